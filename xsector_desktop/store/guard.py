"""Every SQLite connection xsector makes, set up for a file that may have come from anyone.

A workshop file arrives by mail or on a memory stick, so it is handled as SQLite's own advice
for application files from elsewhere says ("Defense against the dark arts", sqlite.org/security):

- ``trusted_schema=OFF``: views and triggers in the file may not call functions with side
  effects (``load_extension()`` among them), and extension loading stays off;
- the DEFENSIVE flag: no ``writable_schema``, no writing to shadow tables, no journal tricks;
- ``cell_size_check=ON``: a damaged cell is an error rather than a read past its page;
- limits: strings and blobs of at most 16 MiB, short SQL, shallow expressions and triggers,
  no attached databases;
- a progress handler: a statement that runs longer than :data:`STATEMENT_SECONDS` (a recursive
  view, a monstrous join) is interrupted, and reported as :class:`RunawayQuery`.

The schema itself is checked against what its migrations define before anything else is read
(``schema_check``), so in a file that opens, no foreign view or trigger exists; the settings here
are the second line. docs/security.md says what this defends against.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .errors import StoreError

# Long enough for the largest honest read (33,000 votes: 0.1 s) many times over; short enough
# that a facilitator is told within seconds, rather than watching a frozen window.
STATEMENT_SECONDS = 5.0
# How many SQLite virtual machine steps pass between two looks at the clock (about 1 ms).
_PROGRESS_STEPS = 20_000

LIMITS: Mapping[int, int] = {
    sqlite3.SQLITE_LIMIT_LENGTH: 16 * 1024 * 1024,  # a string or blob; settings are far smaller
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 1_000_000,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 200,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 50,
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 32,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 100,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 10,
}

Params = Any  # what sqlite3 accepts: a sequence, or a mapping for named parameters


class RunawayQuery(StoreError):
    default_advice = (
        "The file was not changed; it may have been edited by another program: "
        "run xsector check on it"
    )


class _Clock:
    """When the statement being run started; the progress handler stops it once too old."""

    __slots__ = ("started", "tripped")

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.tripped = False

    def arm(self) -> None:
        self.started = time.monotonic()
        self.tripped = False

    def __call__(self) -> int:
        if time.monotonic() - self.started > STATEMENT_SECONDS:
            self.tripped = True
            return 1  # non-zero: SQLite interrupts the statement
        return 0


class GuardedCursor(sqlite3.Cursor):
    """A cursor whose statements are timed from their start, and whose runaway is named."""

    connection: GuardedConnection

    def execute(self, sql: str, parameters: Params = (), /) -> GuardedCursor:
        self.connection.clock.arm()
        try:
            super().execute(sql, parameters)
        except sqlite3.OperationalError as error:
            raise self.connection.explain(error) from None
        return self

    def executemany(self, sql: str, seq: Iterable[Params], /) -> GuardedCursor:
        self.connection.clock.arm()
        try:
            super().executemany(sql, seq)
        except sqlite3.OperationalError as error:
            raise self.connection.explain(error) from None
        return self

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.OperationalError as error:
            raise self.connection.explain(error) from None

    def fetchmany(self, size: int | None = 1) -> list[Any]:
        try:
            return super().fetchmany(size if size is not None else self.arraysize)
        except sqlite3.OperationalError as error:
            raise self.connection.explain(error) from None

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.OperationalError as error:
            raise self.connection.explain(error) from None

    # No __next__ here: a Python-level step per row costs a tenth of reading 33,000 votes. A
    # statement stopped while its rows are iterated raises sqlite3.OperationalError
    # ('interrupted'), which the command line and the app report as a file that cannot be read.


class GuardedConnection(sqlite3.Connection):
    """sqlite3.Connection whose every statement is timed (see the module's docstring)."""

    path: Path
    clock: _Clock

    def cursor(self, factory: Any = GuardedCursor) -> Any:
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Params = (), /) -> GuardedCursor:
        cursor: GuardedCursor = self.cursor()
        return cursor.execute(sql, parameters)

    def executemany(self, sql: str, seq: Iterable[Params], /) -> GuardedCursor:
        cursor: GuardedCursor = self.cursor()
        return cursor.executemany(sql, seq)

    def executescript(self, script: str, /) -> sqlite3.Cursor:
        self.clock.arm()
        try:
            return super().executescript(script)
        except sqlite3.OperationalError as error:
            raise self.explain(error) from None

    def explain(self, error: sqlite3.OperationalError) -> Exception:
        """The error to raise instead: RunawayQuery when the clock stopped the statement."""
        if self.clock.tripped and "interrupt" in str(error):
            self.clock.tripped = False
            return RunawayQuery(
                self.path,
                f"reading the workshop took longer than {STATEMENT_SECONDS:g} seconds and was "
                "stopped",
            )
        return error


def harden(conn: sqlite3.Connection, path: Path, *, defensive: bool = True) -> None:
    """Apply the settings above to a new connection (``defensive=False`` only for a read-only
    connection that needs ``writable_schema`` to read a damaged file: see repair.py)."""
    if isinstance(conn, GuardedConnection):
        conn.path = path
        conn.clock = _Clock()
        conn.set_progress_handler(conn.clock, _PROGRESS_STEPS)
    conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, defensive)
    conn.setconfig(sqlite3.SQLITE_DBCONFIG_TRUSTED_SCHEMA, False)
    conn.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, False)
    for limit, value in LIMITS.items():
        conn.setlimit(limit, value)
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    conn.execute("PRAGMA recursive_triggers=OFF")


def connect(target: str | Path, path: Path, *, defensive: bool = True, **options: Any) -> Any:
    """``sqlite3.connect`` with a GuardedConnection, hardened; ``path`` names it in errors."""
    conn = sqlite3.connect(target, factory=GuardedConnection, **options)
    try:
        harden(conn, path, defensive=defensive)
    except BaseException:
        conn.close()
        raise
    return conn
