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


def _readable_rows(conn: sqlite3.Connection, table: str) -> Iterator[sqlite3.Row]:
    """Rows in rowid order, stepping over the ones on damaged pages one rowid at a time."""
    try:
        top = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        top = 1_000_000  # the b-tree's edge is unreadable: probe this far, then stop
    last = 0
    while last < top:
        try:
            batch = conn.execute(
                f"SELECT rowid AS _rowid, * FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (last, _BATCH),
            ).fetchall()
        except sqlite3.DatabaseError:
            last += 1
            try:
                row = conn.execute(
                    f"SELECT rowid AS _rowid, * FROM {table} WHERE rowid = ?", (last,)
                ).fetchone()
            except sqlite3.DatabaseError:
                continue
            if row is not None:
                yield row
            continue
        if not batch:
            return
        yield from batch
        last = batch[-1]["_rowid"]


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
    source = connect_read_only(source_path, immutable=not has_wal(source_path))
    source.row_factory = sqlite3.Row
    copied: dict[str, int] = {}
    dropped: dict[str, int] = {}

    def copy_everything(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN")
        for table in COPY_ORDER:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            insert = (
                f"INSERT INTO {table} ({', '.join(columns)})"
                f" VALUES ({', '.join('?' for _ in columns)})"
            )
            try:
                rows = list(_readable_rows(source, table))
            except sqlite3.DatabaseError:
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
        conn.execute("COMMIT")

    try:
        create_workshop_file(target, copy_everything, schema.STEPS)
    finally:
        source.close()
    kept = ", ".join(f"{table} {count}" for table, count in copied.items() if table != "workshop")
    lost = sum(dropped.values())
    return f"{target}: recovered {kept or 'no rows'}; {lost} unreadable or orphaned rows left out"
