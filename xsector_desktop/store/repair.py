"""``xsector check --repair OUT``: copy every row SQLite can still read into a new workshop.

The damaged file is only read. Rows keep their ids, so retractions still point at what they
undo; a row whose parent was lost (a vote of a participant that could not be read) is dropped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from . import schema
from .errors import NotAWorkshop, WorkshopExists
from .fileformat import SQLITE_MAGIC, has_wal
from .opening import connect_read_only, create_workshop_file
from .repair_values import make_usable

# Parents before children, so foreign keys hold while copying.
COPY_ORDER = (
    "workshop",
    "participants",
    "participant_changes",
    "rounds",
    "reveals",
    "votes",
    "disagreements",
    "disagreement_status",
    "retractions",
    "card_times",
    "trust_readings",
    "notes",
)
_BATCH = 256
# When a table's last rowid cannot be read, stepping stops after this many unreadable rowids in
# a row: far more than one page holds, so only rows past the end of the b-tree are given up.
_GIVE_UP_AFTER = 4096


def _readable_rows(
    conn: sqlite3.Connection, table: str, damaged: set[str]
) -> Iterator[sqlite3.Row]:
    """Rows in rowid order, stepping over the ones on damaged pages one rowid at a time.

    A table SQLite failed to read anywhere is added to ``damaged``: rows on a damaged page
    leave no trace to count, so the summary names the table instead.
    """
    top: int | None
    try:
        top = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        damaged.add(table)
        top = None  # the b-tree's right edge is unreadable
    last = found = 0
    while top is None or last < top:
        try:
            batch = conn.execute(
                f"SELECT rowid AS _rowid, * FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (last, _BATCH),
            ).fetchall()
        except sqlite3.DatabaseError:
            damaged.add(table)
            last += 1
            if top is None and last - found > _GIVE_UP_AFTER:
                return
            try:
                row = conn.execute(
                    f"SELECT rowid AS _rowid, * FROM {table} WHERE rowid = ?", (last,)
                ).fetchone()
            except sqlite3.DatabaseError:
                continue
            if row is not None:
                found = last
                yield row
            continue
        if not batch:
            return
        yield from batch
        last = found = batch[-1]["_rowid"]


def repair_workshop(path: str | Path, out: str | Path) -> str:
    """Write what can be read of ``path`` into the new workshop ``out``; return a summary line."""
    source_path, target = Path(path).absolute(), Path(out).absolute()
    if target.exists():
        raise WorkshopExists(target, "a file with this name already exists")
    with source_path.open("rb") as stream:
        if stream.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise NotAWorkshop(
                source_path, "this file is not an SQLite database; nothing to recover"
            )
    # DEFENSIVE would turn writable_schema off. Without it SQLite refuses a file shorter than its
    # header says (a copy cut short) before reading a single page; the connection is read-only
    # (mode=ro), so nothing can be written through it, and trusted_schema stays off.
    source = connect_read_only(source_path, immutable=not has_wal(source_path), defensive=False)
    source.execute("PRAGMA writable_schema=ON")
    source.row_factory = sqlite3.Row
    copied: dict[str, int] = {}
    dropped: dict[str, int] = {}
    damaged: set[str] = set()
    fixes: list[str] = []
    # Rows are read only from the file's real tables: a view or trigger of the file's own is
    # never copied, and a view standing in for one of xsector's tables is read as nothing.
    try:
        real_tables = {
            row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    except sqlite3.DatabaseError:
        real_tables = set(COPY_ORDER)  # a damaged schema page: try every table by name
    not_tables = [table for table in COPY_ORDER if table not in real_tables]

    def copy_everything(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN")
        for table in COPY_ORDER:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            insert = (
                f"INSERT INTO {table} ({', '.join(columns)})"
                f" VALUES ({', '.join('?' for _ in columns)})"
            )
            if table in not_tables:
                continue
            try:
                rows = list(_readable_rows(source, table, damaged))
            except sqlite3.DatabaseError:
                damaged.add(table)
                rows = []
            for row in rows:
                try:
                    conn.execute(insert, [row[c] if c in row.keys() else None for c in columns])
                except sqlite3.Error:  # a lost parent, or a value the new schema refuses
                    dropped[table] = dropped.get(table, 0) + 1
                else:
                    copied[table] = copied.get(table, 0) + 1
        if not copied.get("workshop"):
            conn.execute(
                "INSERT INTO workshop (id, partnership, date, place, facilitator, deck, scale,"
                " anonymous, anonymise_names, privacy_protection, settings, created_at,"
                " updated_at) VALUES (1, ?, '', '', '', 'living-cities-2013', 'agree5', 0, 0,"
                " 1, '{}', datetime('now'), datetime('now'))",
                (f"Recovered from {source_path.name}",),
            )
        fixes.extend(make_usable(conn))
        conn.execute("COMMIT")

    try:
        create_workshop_file(target, copy_everything, schema.STEPS)
    finally:
        source.close()
    kept = ", ".join(f"{table} {count}" for table, count in copied.items() if table != "workshop")
    lost = sum(dropped.values())
    summary = f"{target}: recovered {kept or 'no rows'}; {lost} orphaned or invalid rows left out"
    if fixes:
        summary += "; " + "; ".join(fixes)
    if not_tables:
        summary += f"; not tables in the original, left out: {', '.join(not_tables)}"
    if damaged:
        summary += (
            f"; damaged: {', '.join(t for t in COPY_ORDER if t in damaged)}"
            " (rows there may be missing: compare with the newest backup)"
        )
    return summary
