"""SQLite and operating-system failures, turned into the few faults a facilitator can act on.

A write can fail for reasons that have nothing to do with the workshop: the disk is full,
another program (sqlite3, Datasette, a sync client) holds the file's write lock, the USB stick
was pulled, or the file or its folder became read-only. Each becomes one ``StoreFault`` subclass
whose message says what to do; the write it interrupted changed nothing (SQLite rolls it back),
so everything already shown stays saved. See docs/reliability.md, "Faults".
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Literal

from .errors import StoreError

FaultKind = Literal["disk-full", "in-use", "drive-gone", "read-only", "damaged"]

# Primary result codes (the low byte of an extended code), from sqlite3.h.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26
_SQLITE_PERM = 3


class StoreFault(StoreError):
    """The file could not be written or read just now; the attempted change was not saved."""

    kind: FaultKind = "drive-gone"


class DiskFull(StoreFault):
    kind: FaultKind = "disk-full"
    default_advice = "Free some space on that disk, then try again; everything shown is saved"


class FileInUse(StoreFault):
    kind: FaultKind = "in-use"
    default_advice = (
        "Another program has the workshop file open for writing (sqlite3, Datasette, a sync "
        "tool): close it, then try again; everything shown is saved"
    )


class DriveGone(StoreFault):
    kind: FaultKind = "drive-gone"
    default_advice = "Reconnect the drive that holds it, then try again; nothing shown is lost"


class FileReadOnlyNow(StoreFault):
    kind: FaultKind = "read-only"
    default_advice = (
        "Make the file and its folder writable again, or save a copy elsewhere; "
        "everything shown is saved"
    )


_ERRNO_FAULTS: dict[int, type[StoreFault]] = {
    errno.ENOSPC: DiskFull,
    errno.EDQUOT: DiskFull,
    errno.EFBIG: DiskFull,
    errno.EBUSY: FileInUse,
    errno.ETXTBSY: FileInUse,
    errno.EROFS: FileReadOnlyNow,
    errno.EACCES: FileReadOnlyNow,
    errno.EPERM: FileReadOnlyNow,
}

_SQLITE_FAULTS: dict[int, type[StoreFault]] = {
    _SQLITE_FULL: DiskFull,
    _SQLITE_BUSY: FileInUse,
    _SQLITE_LOCKED: FileInUse,
    _SQLITE_READONLY: FileReadOnlyNow,
    _SQLITE_PERM: FileReadOnlyNow,
    _SQLITE_IOERR: DriveGone,
    _SQLITE_CANTOPEN: DriveGone,
    # A file that opened and passed its check moments ago and now reads as damaged is, in
    # practice, a drive that went away under it (the issue that brought this module in).
    _SQLITE_CORRUPT: DriveGone,
    _SQLITE_NOTADB: DriveGone,
}


class FileDamaged(StoreFault):
    kind: FaultKind = "damaged"
    default_advice = (
        "Close the workshop and run xsector check on it; copies are in the .xsector-backups "
        "folder beside it"
    )


_WHAT: dict[type[StoreFault], str] = {
    FileDamaged: "the file reads as damaged",
    DiskFull: "the disk is full",
    FileInUse: "another program has the file locked",
    DriveGone: "the file cannot be reached",
    FileReadOnlyNow: "the file cannot be written",
}

# Windows reports a file held open by another program as a sharing or lock violation.
_WINDOWS_IN_USE = {32, 33}


def fault_class(error: BaseException) -> type[StoreFault] | None:
    """The fault an error stands for, or None when it is not a fault of the file or the disk."""
    if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return None  # a broken rule or a closed connection is a bug, not a fault of the disk
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int):
            return _SQLITE_FAULTS.get(code & 0xFF)
        text = str(error).lower()  # an error made without a code (older Pythons, wrappers)
        for words, kind in (
            ("disk is full", DiskFull),
            ("locked", FileInUse),
            ("readonly", FileReadOnlyNow),
            ("disk i/o", DriveGone),
            ("malformed", DriveGone),
        ):
            if words in text:
                return kind
        return None
    if isinstance(error, OSError):
        if getattr(error, "winerror", None) in _WINDOWS_IN_USE:
            return FileInUse
        return _ERRNO_FAULTS.get(error.errno or 0, DriveGone)
    return None


def _cannot_write(path: Path) -> bool:
    try:
        journal = path.with_name(path.name + "-wal")
        files = [path, path.parent] + ([journal] if journal.exists() else [])
        return path.exists() and not all(os.access(f, os.W_OK) for f in files)
    except OSError:
        return False


def _readable(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            file.read(4096)
    except OSError:
        return False
    return True


def as_fault(path: Path, error: BaseException) -> StoreFault | None:
    """The typed fault for `error` on the workshop at `path`, naming the cause in brackets."""
    kind = fault_class(error)
    if kind is None:
        return None
    if kind is DriveGone and isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if _cannot_write(path):
            # SQLite reports a write the kernel refused (EPERM, EROFS) as a plain I/O error.
            kind = FileReadOnlyNow
        elif code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) and _readable(path):
            kind = FileDamaged  # the drive answers: the damage is in the file itself
    detail = getattr(error, "strerror", None) or str(error) or type(error).__name__
    fault = kind(path, f"{_WHAT[kind]} ({detail})")
    fault.__cause__ = error
    return fault
