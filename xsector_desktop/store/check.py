"""``xsector check``: what state a workshop file is in, found without changing it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import schema
from .errors import CorruptWorkshop, NotAWorkshop
from .fileformat import APPLICATION_ID, SQLITE_MAGIC, has_wal, probe_header
from .lock import lock_on
from .opening import _open_descriptor, connect_read_only, wrap
from .records import CheckResult
from .repair import repair_workshop

__all__ = ["check_workshop", "repair_workshop"]


def check_workshop(path: str | Path) -> CheckResult:
    """Run SQLite's full integrity check and read the schema version, read-only.

    Raises NotAWorkshop (or WorkshopNotFound) when the file is not an SQLite database at all;
    every other finding is reported in the result.
    """
    target = Path(path).absolute()
    lock = lock_on(_open_descriptor(target))
    findings: list[str] = []
    try:
        try:
            probe_header(lock.fd, target)
        except NotAWorkshop as refusal:
            with target.open("rb") as stream:
                if not stream.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                    raise
            del refusal  # another program's SQLite file: report what it is below
        except CorruptWorkshop as damage:
            findings.append(damage.problem)
        conn = connect_read_only(target, immutable=not has_wal(target))
        try:
            return _examine(conn, target, findings)
        finally:
            conn.close()
    finally:
        lock.close()


def _examine(conn: sqlite3.Connection, target: Path, findings: list[str]) -> CheckResult:
    application_id = format_version = 0
    applied: list[str] = []
    pending: list[str] = []
    counts: dict[str, int] = {}
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        format_version = conn.execute("PRAGMA user_version").fetchone()[0]
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"] or not findings:
            findings.extend(integrity)
        db = wrap(conn)
        migrations = schema.build_migrations(schema.STEPS)
        applied = [m.name for m in migrations.applied(db)]
        pending = [m.name for m in migrations.pending(db)]
        for table in db.table_names():
            counts[table] = db[table].count
    except sqlite3.DatabaseError as error:
        findings.append(str(error))
    known = {name for name, _ in schema.STEPS}
    return CheckResult(
        path=str(target),
        integrity=findings,
        application_id_ok=application_id == APPLICATION_ID,
        format_version=format_version,
        applied_migrations=applied,
        pending_migrations=pending,
        unknown_migrations=[name for name in applied if name not in known],
        counts=counts,
    )
