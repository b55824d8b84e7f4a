"""``xsector check``: what state a workshop file is in, found without changing it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import schema, schema_check
from .content_check import content_problems
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
    unusual: list[str] = []
    unusable: list[str] = []
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
        unusual = _schema_findings(conn, format_version, applied)
        if not unusual:  # values are read only from a schema known to be xsector's own
            unusable = content_problems(conn)
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
        unusual_schema=tuple(unusual),
        unusable_values=tuple(unusable),
    )


def _schema_findings(
    conn: sqlite3.Connection, format_version: int, applied: list[str]
) -> list[str]:
    """Each way the schema is not what xsector makes, one line per object."""
    if format_version < 1:
        return [f"its format number is {format_version}, which no xsector writes (user_version)"]
    if not applied:
        return ["no record of its schema steps (table _sqlite_migrations is empty or missing)"]
    known = {name for name, _ in schema.STEPS}
    if any(name not in known for name in applied):
        return []  # a newer xsector's file: reported as such
    gap = schema_check.steps_problem(applied)
    if gap:
        return [gap]
    found = schema_check.objects_of(conn)
    return schema_check.differences(found, schema_check.expected_objects(applied))
