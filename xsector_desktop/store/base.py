"""What every part of the store shares: the connection, transactions and the undo bookkeeping."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ..core.deck import builtin_deck
from ..core.scales import get_scale
from .errors import StoreError, WorkshopReadOnly
from .records import Change, RowRef


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def live(alias: str, table: str) -> str:
    """SQL that is true while row ``alias`` of ``table`` is not undone (see the ``undone`` view).

    The subquery is not correlated: SQLite runs it once and probes the result for each row.
    """
    return f"{alias}.id NOT IN (SELECT target_id FROM undone WHERE target_table = '{table}')"


class StoreBase:
    _conn: sqlite3.Connection
    _path: Path
    _read_only: bool
    _changed: bool
    last_change: Change | None
    _rules: tuple[frozenset[str], frozenset[int]] | None = None

    @property
    def path(self) -> Path:
        return self._path

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def changed(self) -> bool:
        """Whether this session has written anything to the file."""
        return self._changed

    def _check_length(self, text: object, what: str, limit: int) -> None:
        """Refuse text longer than a file may hold (content_check refuses it on reading)."""
        if isinstance(text, str) and len(text) > limit:
            raise StoreError(
                self._path,
                f"{what} is {len(text)} characters long (at most {limit})",
                "Shorten it",
            )

    def _vote_rules(self) -> tuple[frozenset[str], frozenset[int]]:
        """The deck's card keys and the scale's values, read once (update_info forgets them)."""
        if self._rules is None:
            deck, scale = self._conn.execute("SELECT deck, scale FROM workshop").fetchone()
            self._rules = (
                frozenset(builtin_deck(deck).card_keys),
                frozenset(get_scale(scale).values),
            )
        return self._rules

    def _require_writable(self) -> None:
        if self._read_only:
            raise WorkshopReadOnly(
                self._path, "this workshop was opened read-only", "Open it again to edit it"
            )

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing for writes of several rows; committed (on disk) when the block ends."""
        self._require_writable()
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _record(self, action: str, *rows: RowRef) -> Change:
        self._changed = True
        change = Change(action, rows)
        self.last_change = change
        return change

    def _insert(self, sql: str, params: tuple[object, ...]) -> int:
        row_id = self._conn.execute(sql, params).lastrowid
        assert row_id is not None  # an INSERT always sets it
        return row_id
