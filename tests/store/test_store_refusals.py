"""Files the store must refuse, each with a clear error and each left exactly as it was."""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import (
    CorruptWorkshop,
    NewerWorkshop,
    NotAWorkshop,
    StoreError,
    WorkshopNotFound,
    WorkshopStore,
)
from xsector_desktop.store.fileformat import FORMAT_VERSION

FileStateOf = Callable[[Path], Any]  # the file_state fixture of conftest.py


def real_workshop(path: Path, votes: int = 400) -> Path:
    with WorkshopStore.create(path, WorkshopInfo("Real")) as store:
        ana = store.add_participant("Ana", "government").record
        store.add_votes(
            [
                {
                    "participant_id": ana.id,
                    "card": "results",
                    "round": 1,
                    "value": i % 5 + 1,
                    "comment": "x" * 50,
                }
                for i in range(votes)
            ]
        )
    return path


def png_bytes() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def make_empty(path: Path) -> None:
    path.write_bytes(b"")


def make_random(path: Path) -> None:
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(8192)))


def make_png(path: Path) -> None:
    path.write_bytes(png_bytes())


def make_other_app(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Zed')")
    conn.commit()
    conn.close()


def make_truncated(path: Path) -> None:
    real = real_workshop(path.with_name("whole.xsector"))
    data = real.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def make_cut_header(path: Path) -> None:
    path.write_bytes(real_workshop(path.with_name("whole.xsector")).read_bytes()[:60])


def make_unknown_migration(path: Path) -> None:
    real_workshop(path, votes=3)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('xsector', 'm900_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()


def make_newer_format(path: Path) -> None:
    real_workshop(path, votes=3)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {FORMAT_VERSION + 1}")
    conn.close()


def make_damaged_page(path: Path) -> None:
    real_workshop(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Scribble over the b-tree header of a page in the middle: SQLite's check must notice.
    middle = (len(data) // page_size // 2) * page_size
    data[middle : middle + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))


CASES: list[tuple[str, Callable[[Path], None], type[StoreError], str]] = [
    ("zero bytes", make_empty, NotAWorkshop, "empty"),
    ("random bytes", make_random, NotAWorkshop, "not an SQLite database"),
    ("png renamed", make_png, NotAWorkshop, "PNG image"),
    ("another app", make_other_app, NotAWorkshop, "another program"),
    ("truncated", make_truncated, CorruptWorkshop, "cut short"),
    ("cut header", make_cut_header, CorruptWorkshop, "cut short"),
    ("damaged page", make_damaged_page, CorruptWorkshop, "damaged"),
    ("unknown migration", make_unknown_migration, NewerWorkshop, "m900_from_the_future"),
    ("newer format", make_newer_format, NewerWorkshop, "format 2"),
]


@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
@pytest.mark.parametrize(("label", "make", "error", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_refused_file_is_left_exactly_as_it_was(
    tmp_path: Path,
    label: str,
    make: Callable[[Path], None],
    error: type[StoreError],
    words: str,
    read_only: bool,
    file_state: FileStateOf,
) -> None:
    path = tmp_path / "candidate.xsector"
    make(path)
    before = file_state(path)
    with pytest.raises(error) as refused:
        WorkshopStore.open(path, read_only=read_only)
    message = str(refused.value)
    assert words in message
    assert message.startswith(f"{path}: ") and "\n" not in message and message.endswith(".")
    assert file_state(path) == before  # same bytes and mtime; no -wal, -shm or backups beside


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(WorkshopNotFound, match="there is no file here"):
        WorkshopStore.open(tmp_path / "nowhere.xsector")


def test_a_folder_is_not_a_workshop(tmp_path: Path) -> None:
    with pytest.raises(NotAWorkshop, match="folder"):
        WorkshopStore.open(tmp_path)


def test_a_path_with_spaces_and_non_latin_letters_works(tmp_path: Path) -> None:
    folder = tmp_path / "Встреча 2026 #1 ?"
    folder.mkdir()
    path = folder / "Ρίβερσαϊντ ünion 東京.xsector"
    with WorkshopStore.create(path, WorkshopInfo("Ρίβερσαϊντ")) as store:
        store.cast_vote(None, "results", 1, 3)
    with WorkshopStore.open(path) as store:
        assert store.info().partnership == "Ρίβερσαϊντ"
        assert len(store.votes()) == 1
    with WorkshopStore.open(path, read_only=True) as viewer:
        assert len(viewer.votes()) == 1
