"""What every part of the store shares: the connection, transactions and the undo bookkeeping."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from ..core.deck import builtin_deck
from ..core.scales import get_scale
from .errors import StoreError, WorkshopReadOnly
from .faults import FileInUse, StoreFault, as_fault
from .records import Change, RowRef
from .write_turn import WriteTurn

Clock = Callable[[], datetime]

# How long a write waits for another program's lock (sqlite3.connect's timeout), and how long
# while that program is known to hold it: the facilitator has been told, and each further key
# press should not freeze the window for the full wait.
BUSY_WAIT_MS = 2000
BUSY_WAIT_WHILE_LOCKED_MS = 200


def system_clock() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def utc_now() -> str:
    return stamp(system_clock())


def live(alias: str, table: str) -> str:
    """SQL that is true while row ``alias`` of ``table`` is not undone (see the ``undone`` view).

    The subquery is not correlated: SQLite runs it once and probes the result for each row.
    """
    return f"{alias}.id NOT IN (SELECT target_id FROM undone WHERE target_table = '{table}')"


class StoreBase:
    _connection: sqlite3.Connection
    _journal_version = 0  # the write turn's journal_version this connection has followed
    _path: Path
    _read_only: bool
    _changed: bool
    _clock: Clock
    _checkpoint_due: bool
    _turn: WriteTurn
    _impatient: bool = False
    _rules: tuple[frozenset[str], frozenset[int]] | None = None
    _rules_version = -1  # the turn's info_version when _rules was read
    # Told, on the thread that wrote, when a write fails with a fault and when one works again
    # after it: how a sibling store's faults reach the facilitator (WorkshopStore.sibling).
    on_fault: Callable[[StoreFault], None] | None = None
    on_recovered: Callable[[], None] | None = None
    _fault_told = False
    # What the busiest reads returned, while the file has not changed since (see _remembered).
    _memo: dict[tuple[object, ...], tuple[object, ...]] | None = None
    _memo_version: tuple[int, int] | None = None

    @property
    def _conn(self) -> sqlite3.Connection:
        """This store's connection. When another connection of the file has started a new
        journal (its ``-wal`` was deleted from outside and rescued, see durability.py), this one
        still holds the deleted journal open and would read a mix of the two; it is opened
        again first, between transactions."""
        if self._journal_version != self._turn.journal_version:
            if not self._connection.in_transaction:
                self._follow_new_journal()
        return self._connection

    @_conn.setter
    def _conn(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def _follow_new_journal(self) -> None:
        raise NotImplementedError  # DurabilityMixin opens the connection again

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
        """The deck's card keys and the scale's values, read once and again after update_info
        (on any connection to the file: the shared write turn counts them)."""
        if self._rules is None or self._rules_version != self._turn.info_version:
            self._rules_version = self._turn.info_version
            deck, scale = self._conn.execute("SELECT deck, scale FROM workshop").fetchone()
            self._rules = (
                frozenset(builtin_deck(deck).card_keys),
                frozenset(get_scale(scale).values),
            )
        return self._rules

    def _remembered[T](self, key: tuple[object, ...], read: Callable[[], list[T]]) -> list[T]:
        """`read()`, or what it returned last time if nothing has written the file since.

        A console redraw asks for the same votes, rounds and roster several times (each view
        reads for itself); with hundreds of people each answer costs a millisecond, and more
        while phone votes keep the interpreter lock busy. The file is the same while this
        connection's change count (``total_changes``) and SQLite's ``data_version`` (which moves
        when another connection, such as the phones' writer, commits) are. Inside a transaction
        nothing is remembered (it may yet be rolled back), and a rollback forgets everything."""
        if self._conn.in_transaction:
            return read()
        version = (
            self._conn.total_changes,
            self._conn.execute("PRAGMA data_version").fetchone()[0],
        )
        if version != self._memo_version or self._memo is None or len(self._memo) > 64:
            self._memo, self._memo_version = {}, version
        found = self._memo.get(key)
        if found is None:
            rows = read()
            self._memo[key] = tuple(rows)
            return rows
        return list(found)  # type: ignore[arg-type]

    def _now(self) -> str:
        """Timestamps only: the order of anything (votes, undo, backups) never depends on them."""
        return stamp(self._clock())

    def _require_writable(self) -> None:
        """Every write starts here: refused on a read-only workshop, else it takes the file's
        write turn, given back when the public method returns (store/write_turn.py)."""
        if self._read_only:
            raise WorkshopReadOnly(
                self._path, "this workshop was opened read-only", "Open it again to edit it"
            )
        self._turn.take()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing for writes of several rows; committed (on disk) when the block ends.

        Inside a batch (see ``WorkshopStore.batch``) it is a savepoint of the batch's
        transaction, so the batch still commits or rolls back as a whole.
        """
        self._require_writable()
        if self._conn.in_transaction:
            with self._savepoint():
                yield self._conn
            return
        self._begin()
        try:
            yield self._conn
            self._commit()
        except BaseException:
            self._rollback()
            raise

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        self._conn.execute("SAVEPOINT part")
        try:
            yield
        except BaseException:
            self._memo = None
            if self._conn.in_transaction:
                with suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK TO part")
                    self._conn.execute("RELEASE part")
            raise
        self._conn.execute("RELEASE part")

    def _begin(self) -> None:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self._fault(error) from error

    def _commit(self) -> None:
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as error:
            # A failed COMMIT leaves the transaction open; roll it back so the next write
            # does not fail with "cannot start a transaction within a transaction".
            self._rollback()
            raise self._fault(error) from error
        self._after_commit()

    def _rollback(self) -> None:
        # SQLite has often rolled back by itself already (a full disk, an I/O error); a
        # ROLLBACK then fails and must not hide the error that caused it.
        self._memo = None
        if self._conn.in_transaction:
            with suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    def _fault(self, error: sqlite3.Error | OSError) -> Exception:
        fault = as_fault(self._path, error)
        if fault is None:
            return error
        self._faulted(fault)
        return fault

    def _faulted(self, fault: StoreFault) -> None:
        if self.on_fault is not None:
            self._fault_told = True
            self.on_fault(fault)
        if isinstance(fault, FileInUse) and not self._impatient:
            with suppress(sqlite3.Error):
                self._conn.execute(f"PRAGMA busy_timeout={BUSY_WAIT_WHILE_LOCKED_MS}")
                self._impatient = True

    def _after_commit(self) -> None:
        """Hook: the store checkpoints here when a checkpoint became due inside a transaction.

        A write went through, so a lock that made writes impatient is gone."""
        if self._fault_told and self.on_recovered is not None:
            self._fault_told = False
            self.on_recovered()
        if self._impatient:
            with suppress(sqlite3.Error):
                self._conn.execute(f"PRAGMA busy_timeout={BUSY_WAIT_MS}")
                self._impatient = False

    def _checkpoint_soon(self) -> None:
        """Ask for a checkpoint now, or when the open transaction commits."""
        self._checkpoint_due = True
        if not self._conn.in_transaction:
            self._after_commit()

    def _record(self, action: str, *rows: RowRef) -> Change:
        self._changed = True
        change = Change(action, rows)
        if not self._conn.in_transaction:
            self._after_commit()
        return change

    def _insert(self, sql: str, params: tuple[object, ...]) -> int:
        row_id = self._conn.execute(sql, params).lastrowid
        assert row_id is not None  # an INSERT always sets it
        return row_id
