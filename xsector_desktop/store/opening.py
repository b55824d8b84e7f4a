"""Opening and creating workshop files without ever harming one we refuse.

The order matters: the header is read from a plain file descriptor, the lock is taken on that
descriptor, the file is inspected through a read-only SQLite connection (``immutable`` when no
``-wal`` exists, so SQLite creates no sidecar files), and only a file that passed all of that is
opened for writing, backed up and migrated.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..core.folders import sync_folder
from . import schema, schema_check
from .guard import connect

if TYPE_CHECKING:
    from sqlite_utils import Database
from .backups import take_backup
from .base import BUSY_WAIT_MS
from .content_check import content_problems
from .errors import (
    CorruptWorkshop,
    MigrationFailed,
    NewerWorkshop,
    NotAWorkshop,
    StoreError,
    UnusableValue,
    UnusualSchema,
    WorkshopExists,
    WorkshopInUse,
    WorkshopNotFound,
    WorkshopReadOnly,
)
from .fileformat import (
    APPLICATION_ID,
    FORMAT_VERSION,
    has_wal,
    probe_header,
    read_only_uri,
)
from .lock import FileLock, lock_on


class OpenedFile(NamedTuple):
    """A workshop file opened for a session: its connection, the lock on it, whether read-only."""

    conn: sqlite3.Connection
    lock: FileLock
    read_only: bool


def wrap(conn: sqlite3.Connection) -> Database:
    from sqlite_utils import Database

    return Database(conn, recursive_triggers=False, execute_plugins=False)


def _open_descriptor(path: Path) -> int:
    if path.is_dir():
        raise NotAWorkshop(path, "this is a folder, not an xsector workshop")
    try:
        return os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise WorkshopNotFound(path, "there is no file here") from None
    except IsADirectoryError:
        raise NotAWorkshop(path, "this is a folder, not an xsector workshop") from None
    except PermissionError:
        raise StoreError(
            path, "you do not have permission to read this file", "Ask its owner to share it"
        ) from None


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK):
        raise WorkshopReadOnly(path, "the workshop file is read-only")
    if not os.access(path.parent, os.W_OK):
        raise WorkshopReadOnly(
            path,
            "its folder cannot be written to (xsector keeps a journal and backups beside it)",
        )


def connect_read_only(path: Path, *, immutable: bool, defensive: bool = True) -> sqlite3.Connection:
    try:
        conn: sqlite3.Connection = connect(
            read_only_uri(path, immutable=immutable),
            path,
            defensive=defensive,
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
        return conn
    except sqlite3.Error as error:
        raise CorruptWorkshop(path, f"SQLite cannot open the workshop ({error})") from None


def inspect(
    conn: sqlite3.Connection, path: Path, steps: Sequence[schema.MigrationStep]
) -> list[str]:
    """Refuse a damaged, foreign, newer or tampered-with file; return the migrations still to run.

    Only PRAGMAs, sqlite_master and the migration records are read before the schema has been
    found to be exactly what the migrations make (schema_check), so no view or trigger of the
    file's own runs; the values are checked after that (content_check).
    """
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        applied = schema.applied_step_names(conn)
        pending = schema.pending_step_names(applied, steps)
        found = schema_check.objects_of(conn)
    except sqlite3.DatabaseError as error:
        raise CorruptWorkshop(path, f"the workshop file is damaged ({error})") from None
    if application_id != APPLICATION_ID:
        raise NotAWorkshop(path, "this is an SQLite database of another program")
    if problems != ["ok"]:
        raise CorruptWorkshop(path, f"the workshop file is damaged ({problems[0]})")
    if user_version > FORMAT_VERSION:
        raise NewerWorkshop(
            path,
            f"it was saved in format {user_version}; this xsector reads up to {FORMAT_VERSION}",
        )
    known = {name for name, _ in steps}
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise NewerWorkshop(
            path, f"it was saved by a newer xsector (schema step '{unknown[0]}' is unknown here)"
        )
    if user_version < 1:
        raise UnusualSchema(
            path, f"its format number is {user_version}, which no xsector writes (user_version)"
        )
    if not applied:
        raise UnusualSchema(
            path, "it has no record of its schema steps (table _sqlite_migrations is empty)"
        )
    gap = schema_check.steps_problem(applied)
    if gap:
        raise UnusualSchema(path, gap)
    differences = schema_check.differences(found, schema_check.expected_objects(applied))
    if differences:
        more = f" (and {len(differences) - 1} more)" if len(differences) > 1 else ""
        raise UnusualSchema(path, f"it has a {differences[0]}{more}")
    try:
        unusable = content_problems(conn)
    except sqlite3.DatabaseError as error:
        raise CorruptWorkshop(path, f"the workshop file is damaged ({error})") from None
    if unusable:
        more = f" (and {len(unusable) - 1} more)" if len(unusable) > 1 else ""
        raise UnusableValue(path, f"{unusable[0]}{more}")
    return pending


def connection_pragmas(platform: str) -> list[str]:
    """What every writing connection sets first, on `platform` (a ``sys.platform`` value).

    WAL with synchronous=FULL puts each commit on disk before it returns. On macOS an fsync
    only reaches the drive's cache, so a power cut can still lose it; F_FULLFSYNC (SQLite's
    fullfsync, which also covers checkpoints) asks the drive to write it through.
    """
    pragmas = ["PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"]
    if platform == "darwin":
        pragmas.append("PRAGMA fullfsync=ON")
    return pragmas


def connect_writable(path: Path) -> sqlite3.Connection:
    try:
        # isolation_level=None: a single INSERT commits itself (one fsync, no extra round trip);
        # multi-row writes open their own BEGIN IMMEDIATE.
        conn: sqlite3.Connection = connect(
            path, path, isolation_level=None, check_same_thread=False, timeout=BUSY_WAIT_MS / 1000
        )
        for pragma in connection_pragmas(sys.platform):
            conn.execute(pragma)
    except sqlite3.OperationalError as error:
        raise WorkshopReadOnly(path, f"the workshop cannot be written ({error})") from None
    return conn


def _apply(conn: sqlite3.Connection, path: Path, steps: Sequence[schema.MigrationStep]) -> None:
    try:
        schema.build_migrations(steps).apply(wrap(conn))
    except Exception as error:
        raise MigrationFailed(path, f"upgrading the workshop failed ({error})") from error


def open_workshop_file(
    path: Path, *, read_only: bool, steps: Sequence[schema.MigrationStep]
) -> OpenedFile:
    lock = lock_on(_open_descriptor(path))
    try:
        probe_header(lock.fd, path)
        wal_exists = has_wal(path)
        if read_only:
            # With no -wal and no writer, hold a shared lock so no writer can start under an
            # immutable reader; with a writer present, read live through its -wal instead.
            immutable = not wal_exists and lock.try_shared()
            conn = connect_read_only(path, immutable=immutable)
            try:
                pending = inspect(conn, path, steps)
                if pending:  # upgrade a copy in memory; the file itself stays as it is
                    memory: sqlite3.Connection = connect(
                        ":memory:", path, isolation_level=None, check_same_thread=False
                    )
                    conn.backup(memory)
                    conn.close()
                    conn = memory
                    _apply(conn, path, steps)
            except BaseException:
                conn.close()
                raise
            return OpenedFile(conn, lock, read_only=True)
        if not lock.try_exclusive():
            raise WorkshopInUse(path, "the workshop is open in another xsector window")
        _check_writable(path)
        probe = connect_read_only(path, immutable=not wal_exists)
        try:
            pending = inspect(probe, path, steps)
            if pending:
                take_backup(probe, path, "before-upgrade")
        finally:
            probe.close()
        conn = connect_writable(path)
        if pending:
            try:
                _apply(conn, path, steps)
            except BaseException:
                conn.close()
                raise
        return OpenedFile(conn, lock, read_only=False)
    except BaseException:
        lock.close()
        raise


def create_workshop_file(
    path: Path,
    populate: Callable[[sqlite3.Connection], None],
    steps: Sequence[schema.MigrationStep],
) -> None:
    """Build the file under a temporary name and link it into place only when complete."""
    if path.exists() or path.is_symlink():
        raise WorkshopExists(path, "a file with this name already exists")
    if not path.parent.is_dir():
        raise WorkshopNotFound(path, "its folder does not exist")
    if not os.access(path.parent, os.W_OK):
        raise WorkshopReadOnly(path, "its folder cannot be written to", "Choose another folder")
    building = path.with_name(f".{path.name}.{os.getpid()}.creating")
    try:
        conn = connect(building, path, isolation_level=None)
        try:
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version={FORMAT_VERSION}")
            for pragma in connection_pragmas(sys.platform):
                conn.execute(pragma)
            schema.build_migrations(steps).apply(wrap(conn))
            populate(conn)
        finally:
            conn.close()
        try:
            # link() refuses to replace an existing file, closing the race with the check above.
            os.link(building, path)
        except FileExistsError:
            raise WorkshopExists(path, "a file with this name already exists") from None
        except OSError:  # file systems without hard links (FAT memory sticks)
            if path.exists():
                raise WorkshopExists(path, "a file with this name already exists") from None
            os.replace(building, path)
    finally:
        for leftover in (
            building,
            *(building.with_name(building.name + s) for s in ("-wal", "-shm", "-journal")),
        ):
            leftover.unlink(missing_ok=True)
    sync_folder(path.parent)  # the new name on disk too, not only the file's bytes
