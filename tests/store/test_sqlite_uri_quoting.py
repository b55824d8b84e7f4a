"""sqlite_uri quotes a path only when it has to, and then exactly as urllib.parse.quote does."""

from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from hypothesis import given
from hypothesis import strategies as st

from xsector_desktop.store.fileformat import sqlite_uri

NAME = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/\\\x00"), min_size=1
)


@given(st.lists(NAME, min_size=1, max_size=4))
def test_any_posix_path_is_quoted_as_urllib_would(parts: list[str]) -> None:
    path = PurePosixPath("/", *parts)
    expected = "file://" + quote(path.as_posix(), safe="/:") + "?mode=ro"
    assert sqlite_uri(path, immutable=False) == expected


@given(st.lists(NAME, min_size=1, max_size=4))
def test_any_windows_path_is_quoted_as_urllib_would(parts: list[str]) -> None:
    path = PureWindowsPath("C:\\", *parts)
    expected = "file://" + quote("/" + path.as_posix(), safe="/:") + "?mode=ro&immutable=1"
    assert sqlite_uri(path, immutable=True) == expected


def test_a_plain_path_stays_as_it_is() -> None:
    path = PurePosixPath("/home/ana/Workshops/riverside-2026_03.v2~.xsector")
    assert sqlite_uri(path, immutable=False) == f"file://{path}?mode=ro"
