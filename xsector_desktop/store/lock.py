"""One writer per workshop file, across processes, on every platform xsector ships for.

The lock is held on the workshop file itself, through the descriptor the header was read from,
so there is no lock file to leave behind, and the operating system drops the lock when the
holding process dies: a crash never leaves a stale lock.

- POSIX (Linux, macOS): ``flock``, shared for a reader of an idle file, exclusive for a writer.
- Windows: ``msvcrt.locking``, which has only exclusive locks, on one byte far beyond anything
  SQLite reads, writes or locks (its largest file is under 2**48 bytes and its own locks sit at
  1 GiB), so the lock never gets in the way of SQLite's I/O. A reader there takes no lock and
  reads live through SQLite's own locking instead of as an immutable file.
"""

from __future__ import annotations

import os
import sys
from typing import Protocol

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


class FileLock(Protocol):
    """A lock on an open workshop file; `close` releases it and closes the descriptor."""

    fd: int
    mode: str | None  # "shared", "exclusive", or None while nothing is held

    def try_exclusive(self) -> bool: ...
    def try_shared(self) -> bool: ...
    def close(self) -> None: ...


class PosixLock:
    """An ``flock`` held on an open file descriptor for as long as the session lasts."""

    shared_locks = True

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.mode: str | None = None

    def _try(self, exclusive: bool) -> bool:
        if sys.platform != "win32":  # as written, so that mypy checks each platform's side
            operation = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
            try:
                fcntl.flock(self.fd, operation | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            self.mode = "exclusive" if exclusive else "shared"
            return True
        raise OSError("flock does not exist on Windows")

    def try_exclusive(self) -> bool:
        return self._try(exclusive=True)

    def try_shared(self) -> bool:
        return self._try(exclusive=False)

    def close(self) -> None:
        # Closing the descriptor releases the flock; never close it while SQLite still has the
        # file open, since on POSIX that would also drop SQLite's own fcntl locks.
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
            self.mode = None


# Far past SQLite's largest possible file and its lock bytes at 0x40000000; Windows allows
# locking beyond the end of a file, and the C runtime's _locking takes a 64-bit position.
WINDOWS_LOCK_OFFSET = 2**62


class WindowsLock:
    """An exclusive ``msvcrt.locking`` byte on an open file descriptor; no shared mode."""

    shared_locks = False

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.mode: str | None = None

    def try_exclusive(self) -> bool:
        if sys.platform == "win32":  # as written, so that mypy checks each platform's side
            os.lseek(self.fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            try:
                msvcrt.locking(self.fd, msvcrt.LK_NBLCK, 1)
            except OSError:  # another process holds the byte
                return False
            self.mode = "exclusive"
            return True
        raise OSError("msvcrt exists only on Windows")

    def try_shared(self) -> bool:
        return False  # msvcrt has no shared lock: the reader reads live instead

    def close(self) -> None:
        if self.fd < 0:
            return
        if sys.platform == "win32":
            if self.mode == "exclusive":
                # Windows frees a dead process's locks itself, but only "eventually": unlock
                # now, so a second window can open the file the moment this one closes it.
                os.lseek(self.fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
                msvcrt.locking(self.fd, msvcrt.LK_UNLCK, 1)
        os.close(self.fd)
        self.fd = -1
        self.mode = None


def lock_type_for(platform: str) -> type[PosixLock] | type[WindowsLock]:
    """The lock that works on `platform` (a ``sys.platform`` value)."""
    return WindowsLock if platform == "win32" else PosixLock


def lock_on(fd: int) -> FileLock:
    """A lock of this platform's kind for the open file `fd`, not yet held; it owns `fd`."""
    return lock_type_for(sys.platform)(fd)
