"""Faults to break a workshop with: injected SQLite errors, a small tmpfs, an ext4 loop device
that is shut down like a pulled USB stick, a second writer holding the lock, a clock set back.

Injected errors carry SQLite's own result codes, set on a real ``sqlite3.OperationalError`` the
way the sqlite3 module sets them, so the store maps them exactly as it maps the real thing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

if sys.platform != "win32":
    import fcntl

# name: (extended result code, message), as SQLite 3.40 reports them
FAULTS: dict[str, tuple[int, str]] = {
    "disk-full": (13, "database or disk is full"),
    "drive-gone": (778, "disk I/O error"),  # SQLITE_IOERR_WRITE
    "read-only": (8, "attempt to write a readonly database"),
    "in-use": (5, "database is locked"),
}
_WRITES = ("INSERT", "UPDATE", "DELETE", "COMMIT", "BEGIN", "SAVEPOINT", "RELEASE", "PRAGMA WAL")

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="tmpfs, loop devices and chattr")


def sqlite_error(kind: str) -> sqlite3.OperationalError:
    code, message = FAULTS[kind]
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = kind  # type: ignore[attr-defined]
    return error


class FaultyConnection:
    """Wraps a store's connection; while `fault` is set, every write fails with it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.fault: str | None = None
        self.refused = 0
        self.writes_left: int | None = None  # writes that still succeed once armed

    def arm(self, kind: str | None, after: int | None = None) -> None:
        self.fault, self.writes_left = kind, after

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        if self.fault is not None and sql.lstrip().upper().startswith(_WRITES):
            if self.writes_left:
                self.writes_left -= 1
                return self._conn.execute(sql, params)
            if sql.lstrip().upper().startswith("COMMIT"):
                self._conn.execute("ROLLBACK")  # as SQLite does after a failed commit write
            self.refused += 1
            raise sqlite_error(self.fault)
        return self._conn.execute(sql, params)


def inject(store: Any) -> FaultyConnection:
    """Put a FaultyConnection under `store` (a WorkshopStore); returns it to arm and disarm."""
    faulty = FaultyConnection(store._conn)
    store._conn = faulty
    return faulty


@contextlib.contextmanager
def other_writer(path: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the workshop's write lock (sqlite3 with BEGIN IMMEDIATE)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def short_busy_wait(store: Any) -> None:
    """The app waits 2 s for a lock; the tests need not."""
    store._conn.execute("PRAGMA busy_timeout=50")


class SteppingClock:
    """A clock the test moves, backwards too (a laptop whose clock was set back a day)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now

    def set_back(self, days: float) -> None:
        self.now -= timedelta(days=days)


def _root_can_mount() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and bool(shutil.which("mount"))


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str = "1m") -> Iterator[Path]:
    """A tiny RAM disk, to fill for real; the test is skipped where it cannot be mounted."""
    if not _root_can_mount():
        pytest.skip("mounting a tmpfs needs root on Linux")
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int = 0) -> Path:
    """Use up every free byte of the disk holding `folder` but `leave`; delete the file to free
    the rest."""
    filler = folder / "filler.bin"
    with filler.open("wb") as out:
        with contextlib.suppress(OSError):
            while True:
                out.write(b"\0" * 4096)
                out.flush()
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


EXT4_IOC_SHUTDOWN = 0x8004587D  # _IOR('X', 125, __u32)
EXT4_GOING_FLAGS_NOLOGFLUSH = 2


@contextlib.contextmanager
def loop_drive(work: Path) -> Iterator[Path]:
    """A 16 MiB ext4 file system on a loop device: a USB stick that `pull` can take away."""
    if not _root_can_mount() or not shutil.which("mkfs.ext4"):
        pytest.skip("a loop device needs root, mount and mkfs.ext4 on Linux")
    image, mountpoint = work / "stick.img", work / "stick"
    if not image.exists():  # else: the same stick plugged in again
        with image.open("wb") as out:
            out.truncate(16 * 1024 * 1024)
        subprocess.run(["mkfs.ext4", "-q", str(image)], check=True, capture_output=True)
    mountpoint.mkdir(exist_ok=True)
    done = subprocess.run(
        ["mount", "-o", "loop", str(image), str(mountpoint)], capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a loop device here: {done.stderr.decode().strip()}")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", str(mountpoint)], check=False, capture_output=True)
        subprocess.run(["umount", "-l", str(mountpoint)], check=False, capture_output=True)


def pull(mountpoint: Path) -> None:
    """Every read and write on the drive fails from now on, as when a stick is pulled out."""
    fd = os.open(mountpoint, os.O_RDONLY)
    try:
        fcntl.ioctl(fd, EXT4_IOC_SHUTDOWN, struct.pack("I", EXT4_GOING_FLAGS_NOLOGFLUSH))
    finally:
        os.close(fd)
