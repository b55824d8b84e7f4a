"""Is a file's schema exactly what its migrations make? Checked on every open, before any read.

A workshop file may come from anyone, and SQLite runs whatever views and triggers a file
carries: a trigger planted on ``votes`` would run on the next import, and a ``current_votes``
view could show made-up votes. So every table, index, view and trigger in the file is compared,
by name and by normalised SQL, with what the project's own migrations make at the same schema
steps; anything missing, changed or extra is reported and the file is refused.

What the migrations make is not written down by hand: :func:`build_expected` applies them to a
fresh in-memory database. Doing that costs sqlite-utils' import and about 0.1 s, too much for
every start-up, so the result for each released set of steps is kept in
``schema_expected.json`` next to this file (regenerate with
``python -m xsector_desktop.store.schema_check``); a test builds every entry again and fails if
the two differ. Steps missing from that file are built on the spot.

The same file keeps each statement exactly as the migrations spell it, with its normalised
form: a file xsector made holds those very strings, so its statements are looked up instead of
tokenised again on every open (most of the check's cost). The lookup is by the whole statement,
so a statement that differs by one character is normalised afresh and compared as before.
"""

import json
import re
import sqlite3
import sys
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from . import schema

EXPECTED_FILE = Path(__file__).with_name("schema_expected.json")

# SQLite's own bookkeeping that an honest file may gain from ANALYZE or ``PRAGMA optimize``
# (statistics the query planner reads; they cannot run code).
_TOLERATED = {
    ("table", "sqlite_stat1"): "create table sqlite_stat1(tbl,idx,stat)",
    ("table", "sqlite_stat4"): "create table sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}

_TOKEN = re.compile(
    r"""
    (?P<string>'(?:[^']|'')*')           # a string literal, kept exactly
    | "(?P<dq>(?:[^"]|"")*)"             # "identifier"
    | \[(?P<br>[^\]]*)\]                 # [identifier]
    | `(?P<bt>(?:[^`]|``)*)`             # `identifier`
    | (?P<word>[A-Za-z_][A-Za-z0-9_$]*)  # a keyword or bare identifier
    | (?P<number>\d+(?:\.\d*)?)
    | (?P<space>\s+|--[^\n]*|/\*.*?\*/)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def normalise_sql(sql: str) -> str:
    """One spelling of a statement: identifiers unquoted, words in lower case, no layout.

    Two statements that SQLite reads the same way up to quoting, case and white space come out
    equal (sqlite-utils has quoted names with [] and with ""), and string literals are kept
    exactly, so ``'votes'`` and ``'Votes'`` stay different.
    """
    out: list[str] = []
    for match in _TOKEN.finditer(sql):
        kind = match.lastgroup
        if kind == "space":
            continue
        if kind == "string":
            out.append(match.group())
        elif kind in ("dq", "br", "bt"):
            quote = {"dq": '"', "br": "", "bt": "`"}[kind]
            name = match.group(kind)
            out.append((name.replace(quote * 2, quote) if quote else name).lower())
        else:
            out.append(match.group().lower())
    text = ""
    for token in out:
        # A space only where two words would otherwise run together.
        if (
            text
            and (text[-1].isalnum() or text[-1] == "_")
            and (token[0].isalnum() or token[0] == "_")
        ):
            text += " "
        text += token
    return text


class SchemaObject(NamedTuple):
    """One table, index, view or trigger as the file (or the expected schema) defines it."""

    kind: str  # table, index, view or trigger
    name: str
    table: str  # the table it belongs to (itself for a table)
    sql: str  # normalised; "" for SQLite's automatic indexes


Objects = dict[tuple[str, str], SchemaObject]


Row = tuple[str, str, str, "str | None"]


def _master_rows(conn: sqlite3.Connection) -> list[Row]:
    return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()


def objects_of(conn: sqlite3.Connection) -> Objects:
    """Every object in the file's schema, read from sqlite_master (nothing else is run)."""
    known = _stored_spellings()
    return {
        (kind, name): SchemaObject(
            kind, name, table, known.get(sql or "") or normalise_sql(sql or "")
        )
        for kind, name, table, sql in _master_rows(conn)
    }


def _migrated_rows(step_names: Sequence[str]) -> list[Row]:
    from sqlite_utils import Database

    steps = [step for step in schema.STEPS if step[0] in set(step_names)]
    conn = sqlite3.connect(":memory:")
    try:
        schema.build_migrations(steps).apply(Database(conn))
        return _master_rows(conn)
    finally:
        conn.close()


def build_expected(step_names: Sequence[str]) -> Objects:
    """The schema the named migration steps make, built fresh in memory through sqlite-utils."""
    return {
        (kind, name): SchemaObject(kind, name, table, normalise_sql(sql or ""))
        for kind, name, table, sql in _migrated_rows(step_names)
    }


def migration_spellings(step_names: Sequence[str]) -> dict[str, str]:
    """Each statement the named steps make, exactly as SQLite stores it, with its normal form."""
    return {sql: normalise_sql(sql) for _, _, _, sql in _migrated_rows(step_names) if sql}


def _key(step_names: Sequence[str]) -> str:
    return ",".join(step_names)


@cache
def _stored_file() -> Mapping[str, object]:
    try:
        loaded = json.loads(EXPECTED_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _stored_part(name: str) -> Mapping[str, Any]:
    part = _stored_file().get(name)
    return part if isinstance(part, dict) else {}


def _stored_spellings() -> Mapping[str, str]:
    return _stored_part("spellings")


@cache
def _expected(key: str) -> Objects:
    stored = _stored_part("schemas").get(key)
    if stored is None:
        return build_expected(key.split(","))
    return {(o[0], o[1]): SchemaObject(*o) for o in stored}


def expected_objects(step_names: Sequence[str]) -> Objects:
    """What a file with exactly these schema steps applied must contain (cached per steps)."""
    return _expected(_key(step_names))


def _describe(obj: SchemaObject) -> str:
    where = f" on {obj.table}" if obj.kind in ("index", "trigger") else ""
    return f"{obj.kind} '{obj.name}'{where}"


def differences(found: Objects, expected: Objects) -> list[str]:
    """Each foreign, changed or missing object, in words naming it; [] when the two agree.

    Foreign and changed objects come first: they are the ones that could run or mislead.
    """
    foreign, changed, missing = [], [], []
    for key, obj in sorted(found.items(), key=lambda item: _rank(item[0][0])):
        wanted = expected.get(key)
        if wanted is None:
            if _TOLERATED.get(key) == obj.sql:
                continue
            foreign.append(f"foreign {_describe(obj)}, which xsector never makes")
        elif (wanted.sql, wanted.table) != (obj.sql, obj.table):
            changed.append(f"changed {_describe(obj)}, which is not as xsector makes it")
    for key, wanted in expected.items():
        if key not in found:
            missing.append(f"missing {_describe(wanted)}")
    return foreign + changed + missing


def _rank(kind: str) -> int:
    # Triggers run code, views return made-up rows: those are named first.
    return {"trigger": 0, "view": 1, "table": 2, "index": 3}.get(kind, 4)


def steps_problem(applied: Sequence[str]) -> str | None:
    """Applied steps must be the first steps of the migrations, in order (no step skipped)."""
    names = [name for name, _ in schema.STEPS]
    if list(applied) != names[: len(applied)]:
        skipped = next(
            (n for n in names[: len(applied)] if n not in applied), names[len(applied) - 1]
        )
        return f"its record of schema steps is incomplete (no record of '{skipped}')"
    return None


def write_expected_file() -> None:
    """Regenerate schema_expected.json from the migrations: one entry per released prefix."""
    names = [name for name, _ in schema.STEPS]
    schemas, spellings = {}, {}
    for end in range(1, len(names) + 1):
        built = build_expected(names[:end])
        schemas[_key(names[:end])] = [list(o) for o in sorted(built.values())]
        spellings.update(migration_spellings(names[:end]))
    entries = {"schemas": schemas, "spellings": spellings}
    EXPECTED_FILE.write_text(json.dumps(entries, indent=1, sort_keys=True) + "\n", "utf-8")


if __name__ == "__main__":
    write_expected_file()
    print(f"wrote {EXPECTED_FILE}", file=sys.stderr)
