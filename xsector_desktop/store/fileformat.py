"""What makes a file an xsector workshop, checked without writing a byte.

The SQLite header is read straight from the file, so a PNG, a spreadsheet's database or a
half-copied workshop is turned away before SQLite is asked to open it (an SQLite connection in
WAL mode creates ``-wal``/``-shm`` files as soon as it reads). The lock is in ``lock.py``.
"""

import os
from pathlib import Path, PurePath
from typing import NamedTuple

from .errors import CorruptWorkshop, NotAWorkshop

# PRAGMA application_id: the ASCII bytes of "XSEC", so `file` and hex dumps show whose file it is.
APPLICATION_ID = int.from_bytes(b"XSEC", "big")
# PRAGMA user_version: bumped only when a change would mislead an older xsector that ignored it.
# Finer-grained schema changes are the named migrations.
FORMAT_VERSION = 1
MIGRATION_SET = "xsector"

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100

# A few file types people rename by mistake, so the message can say what the file really is.
_KNOWN_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"{", "a JSON text file"),
)


class HeaderFacts(NamedTuple):
    """What a workshop file's SQLite header says, once the header has passed the checks."""

    page_size: int
    application_id: int
    user_version: int
    in_wal_mode: bool


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def has_wal(path: Path) -> bool:
    return sidecar(path, "-wal").exists()


# What urllib.parse.quote(..., safe="/:") leaves as it is: letters, digits, "_.-~" and the safe.
_AS_IS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/:")


def sqlite_uri(path: PurePath, *, immutable: bool) -> str:
    """A read-only SQLite URI for an absolute `path` of either kind (Windows or POSIX).

    Not ``as_uri()``: for a Windows share (``\\\\server\\share\\w.xsector``) that gives
    ``file://server/share/...``, and SQLite refuses a URI naming a host. Here the share stays in
    the path, ``file:////server/share/...``, which SQLite hands to Windows as the UNC path; a
    drive path becomes ``file:///C:/...``. Spaces, '?', '#', '%' and non-Latin letters are
    percent-encoded (UTF-8), which SQLite decodes.
    """
    where = path.as_posix()  # "/home/...", "C:/Users/..." or "//server/share/..."
    where = where if where.startswith("/") else "/" + where
    if not _AS_IS.issuperset(where):
        # Imported here: most paths need no quoting, and loading urllib.parse cost 13 million
        # instructions, 1% of start-up (docs/code.md).
        from urllib.parse import quote

        where = quote(where, safe="/:")
    uri = "file://" + where + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def read_only_uri(path: Path, *, immutable: bool) -> str:
    return sqlite_uri(path.resolve(), immutable=immutable)


def _describe(first_bytes: bytes) -> str:
    for signature, kind in _KNOWN_SIGNATURES:
        if first_bytes.startswith(signature):
            return kind
    return "not an SQLite database"


def probe_header(fd: int, path: Path) -> HeaderFacts:
    """Check the header of an open file; raise NotAWorkshop or CorruptWorkshop."""
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)  # plain read, not pread: Windows has no pread
    header = os.read(fd, HEADER_SIZE)
    if size == 0:
        raise NotAWorkshop(path, "this file is empty (0 bytes), not an xsector workshop")
    if not header.startswith(SQLITE_MAGIC):
        raise NotAWorkshop(path, f"this file is not an xsector workshop ({_describe(header)})")
    if len(header) < HEADER_SIZE:
        raise CorruptWorkshop(path, f"the workshop file is cut short ({size} bytes)")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise NotAWorkshop(
            path, "this is an SQLite database of another program, not an xsector workshop"
        )
    raw_page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptWorkshop(path, "the workshop file's header is damaged")
    in_wal_mode = header[18] == 2 and header[19] == 2
    # The header's page count is trustworthy only when its "valid-for" counter matches the change
    # counter, and only without a pending -wal (a crash mid-checkpoint may leave it ahead).
    change_counter = int.from_bytes(header[24:28], "big")
    page_count = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    expected = page_count * page_size if valid_for == change_counter else 0
    if not has_wal(path) and (size % page_size or size < expected):
        raise CorruptWorkshop(
            path, f"the workshop file is cut short ({size} of {expected or 'more'} bytes)"
        )
    user_version = int.from_bytes(header[60:64], "big")
    return HeaderFacts(page_size, application_id, user_version, in_wal_mode)
