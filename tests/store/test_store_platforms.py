"""What differs between Linux, macOS and Windows: the lock, the pragmas, the file's URI."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

import pytest

from xsector_desktop.store import WorkshopInUse, WorkshopStore
from xsector_desktop.store.fileformat import sqlite_uri
from xsector_desktop.store.lock import PosixLock, WindowsLock, lock_on, lock_type_for
from xsector_desktop.store.opening import (
    connect_read_only,
    connect_writable,
    connection_pragmas,
)


@pytest.mark.parametrize(
    ("platform", "kind"),
    [("win32", WindowsLock), ("linux", PosixLock), ("darwin", PosixLock), ("freebsd14", PosixLock)],
)
def test_each_platform_gets_the_lock_that_works_there(platform: str, kind: type) -> None:
    assert lock_type_for(platform) is kind


def test_only_the_posix_lock_has_a_shared_mode() -> None:
    assert PosixLock.shared_locks and not WindowsLock.shared_locks


# The child takes the lock the way the store does (lock_on, on this platform's kind), says so,
# and holds it until its stdin closes.
LOCK_HOLDER = """
import os, sys
from xsector_desktop.store.lock import lock_on
lock = lock_on(os.open(sys.argv[1], os.O_RDONLY | getattr(os, "O_BINARY", 0)))
print("held" if lock.try_exclusive() else "refused", type(lock).__name__, flush=True)
sys.stdin.read()
lock.close()
"""


def test_a_second_opener_is_refused_through_the_platform_lock_and_offered_read_only(
    store: WorkshopStore, workshop_path: Path
) -> None:
    store.close()
    child = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(workshop_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().split() == ["held", lock_type_for(sys.platform).__name__]
        with pytest.raises(WorkshopInUse) as refused:
            WorkshopStore.open(workshop_path)
        assert "open this one read-only" in str(refused.value)
        with WorkshopStore.open(workshop_path, read_only=True) as viewer:
            assert viewer.read_only
    finally:
        child.communicate("", timeout=30)
    assert child.returncode == 0
    WorkshopStore.open(workshop_path).close()  # the lock went with the holder's close


def test_the_lock_is_released_by_close_for_the_next_opener(
    store: WorkshopStore, workshop_path: Path
) -> None:
    store.close()
    first = lock_on(_descriptor(workshop_path))
    second = lock_on(_descriptor(workshop_path))
    try:
        assert first.try_exclusive() and first.mode == "exclusive"
        assert not second.try_exclusive() and second.mode is None
        first.close()
        assert second.try_exclusive()
    finally:
        first.close()
        second.close()
    assert first.fd == second.fd == -1


def _descriptor(path: Path) -> int:
    return os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))


def test_macos_writes_through_the_drive_cache_and_the_others_need_not() -> None:
    mac = connection_pragmas("darwin")
    assert "PRAGMA fullfsync=ON" in mac
    for platform in ("linux", "win32"):
        assert not any("fullfsync" in p for p in connection_pragmas(platform))
        assert connection_pragmas(platform) == [p for p in mac if "fullfsync" not in p]


def test_every_pragma_of_every_platform_is_one_sqlite_takes(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "any.db", isolation_level=None)
    try:
        for pragma in connection_pragmas("darwin"):
            conn.execute(pragma)
        settings = [
            conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "synchronous", "foreign_keys", "fullfsync")
        ]
    finally:
        conn.close()
    assert settings == ["wal", 2, 1, 1]


def test_the_writing_connection_has_this_platform_s_pragmas(
    store: WorkshopStore, workshop_path: Path
) -> None:
    store.close()
    conn = connect_writable(workshop_path)
    try:
        fullfsync = conn.execute("PRAGMA fullfsync").fetchone()[0]
        synchronous = conn.execute("PRAGMA synchronous").fetchone()[0]
    finally:
        conn.close()
    assert (fullfsync, synchronous) == (1 if sys.platform == "darwin" else 0, 2)


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (
            PureWindowsPath(r"\\fileserver\workshops\Riverside 2026.xsector"),
            "file:////fileserver/workshops/Riverside%202026.xsector?mode=ro",
        ),
        (
            PureWindowsPath(r"\\fileserver\share$\Zoë\w.xsector"),
            "file:////fileserver/share%24/Zo%C3%AB/w.xsector?mode=ro",
        ),
        (
            PureWindowsPath(r"C:\Users\Ana\Documents\#1 100% sure.xsector"),
            "file:///C:/Users/Ana/Documents/%231%20100%25%20sure.xsector?mode=ro",
        ),
        (
            PurePosixPath("/home/ana/what? #1 100%.xsector"),
            "file:///home/ana/what%3F%20%231%20100%25.xsector?mode=ro",
        ),
        (PurePosixPath("/tmp/a:b/w.xsector"), "file:///tmp/a:b/w.xsector?mode=ro"),
    ],
)
def test_the_read_only_uri_of_each_kind_of_path(path: PureWindowsPath, uri: str) -> None:
    assert sqlite_uri(path, immutable=False) == uri
    assert sqlite_uri(path, immutable=True) == uri + "&immutable=1"
    assert urlsplit(uri).netloc == ""  # SQLite refuses a URI that names a host


def test_sqlite_refuses_the_host_form_and_takes_the_share_in_the_path() -> None:
    share = PureWindowsPath(r"\\fileserver\workshops\w.xsector")
    with pytest.raises(sqlite3.OperationalError, match="invalid uri authority"):
        sqlite3.connect(share.as_uri() + "?mode=ro", uri=True)
    # Here (not Windows) the share's path simply does not exist: refused as a missing file,
    # not as a bad URI.
    with pytest.raises(sqlite3.OperationalError, match="unable to open database file"):
        sqlite3.connect(sqlite_uri(share, immutable=False), uri=True).execute(
            "SELECT 1 FROM sqlite_schema"
        )


@pytest.mark.parametrize("name", ["what? #1 100%.xsector", "Zoë & Ωmega.xsector", "a:b.xsector"])
def test_a_workshop_whose_name_needs_escaping_opens_read_only(
    store: WorkshopStore, workshop_path: Path, name: str
) -> None:
    store.close()
    odd = workshop_path.with_name(name)
    workshop_path.rename(odd)
    conn = connect_read_only(odd, immutable=True)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == int.from_bytes(b"XSEC")
    finally:
        conn.close()
