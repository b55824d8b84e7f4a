"""The workshop file: one SQLite file per workshop, written so that nothing shown is ever lost.

Every write method commits before it returns, so what the screen shows is on disk. History
tables are only inserted into; an undo is a row in ``retractions``.

A store may be handed to a worker thread (its connection is not tied to the thread that opened
it), but it must be used by one thread at a time. A second thread that writes the same open
file gets a store of its own from :meth:`WorkshopStore.sibling`: another connection, and one
write turn shared between them so that only one writes at a time (store/write_turn.py).

Undo and redo contract
----------------------
Every write that the UI may undo returns the :class:`Change` it made (the rows it added). A
write that makes a record (cast_vote, add_votes, open_round, add_disagreement,
add_participant(s), add_note) returns a :class:`Written`: the record and its Change. The others
(reveal, set_disagreement_status, update_participant, remove_participant, record_card_time,
record_trust_reading) return the Change alone. ``retract(change)`` undoes it,
``restore(change)`` redoes it, and the pair can repeat any number of times::

    vote, change = store.cast_vote(ana.id, "results", 1, 4)
    store.retract(change)                  # undo: Ana's previous vote (if any) counts again
    store.restore(change)                  # redo: the 4 counts again
    store.retract(change)                  # undo again

``retract`` and ``restore`` are writes too and return the retraction rows; keep the original
Change (an undo step holds it) to undo or redo again.
Retracting what is already undone, or restoring what is not, raises UnknownRecord; an undo or
redo that would put two people with the same name on the roster raises DuplicateParticipant
and changes nothing.

Undoable: cast_vote (also a tally hand), add_votes, open_round, reveal, add_disagreement,
set_disagreement_status, add_participant(s), update_participant, remove_participant, add_note,
record_trust_reading, record_card_time. Not undoable, because they are settings rather than
history: update_info, update_settings, set_position.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from ..core.limits import MAX_NAME_LENGTH, MAX_SETTINGS_BYTES
from ..core.model import WorkshopInfo
from . import durability, schema
from .backups import backups_of, take_backup
from .base import Clock, stamp, system_clock
from .discussion import DiscussionMixin
from .durability import DurabilityMixin
from .errors import NotCheckpointed, StoreError, WorkshopReadOnly
from .faults import as_fault
from .opening import OpenedFile, connect_writable, create_workshop_file, open_workshop_file
from .undo import UndoMixin
from .voting import VotingMixin
from .write_turn import WriteTurn

_INFO_FIELDS = WorkshopInfo._fields
_FLAG_FIELDS = ("anonymous", "anonymise_names", "privacy_protection")


def _info_values(info: WorkshopInfo) -> list[object]:
    return [int(v) if isinstance(v, bool) else v for v in info]


def _file_fault(path: Path, error: sqlite3.Error | OSError) -> StoreError:
    fault = as_fault(path, error)
    return fault if fault is not None else StoreError(path, f"the workshop failed ({error})")


class WorkshopStore(UndoMixin, VotingMixin, DiscussionMixin, DurabilityMixin):
    """An open workshop file. Build it with :meth:`create` or :meth:`open`, never directly.

    Every public method raises only StoreError (a StoreFault for a full disk, a file locked by
    another program, a vanished drive or a file that became read-only) for problems of the file
    or the disk; what it was asked to write is then not written (see store/faults.py).
    """

    def __init__(self, path: Path, opened: OpenedFile, clock: Clock = system_clock) -> None:
        self._path = path
        self._conn = opened.conn
        self._lock = opened.lock
        self._read_only = opened.read_only
        self._clock = clock
        self._changed = False
        self._closed = False
        self._checkpoint_due = False
        self._notices = []
        self._turn = WriteTurn()
        self._owner: WorkshopStore | None = None  # the store this one is a sibling of
        self._siblings: list[WorkshopStore] = []
        self._let_go = False  # close() only drops the connection: see let_go_on_close

    # -- lifecycle ------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        info: WorkshopInfo,
        settings: dict[str, Any] | None = None,
        *,
        clock: Clock = system_clock,
    ) -> WorkshopStore:
        """Make a new workshop file; refuses (WorkshopExists) to replace an existing one."""
        target = Path(path).absolute()
        columns = ", ".join(_INFO_FIELDS)
        placeholders = ", ".join("?" for _ in _INFO_FIELDS)

        def populate(conn: sqlite3.Connection) -> None:
            now = stamp(clock())
            conn.execute(
                f"INSERT INTO workshop (id, {columns}, settings, created_at, updated_at)"
                f" VALUES (1, {placeholders}, ?, ?, ?)",
                (*_info_values(info), json.dumps(settings or {}), now, now),
            )

        try:
            create_workshop_file(target, populate, schema.STEPS)
        except (sqlite3.Error, OSError) as error:
            raise _file_fault(target, error) from error
        return cls.open(target, clock=clock)

    @classmethod
    def open(
        cls, path: str | Path, *, read_only: bool = False, clock: Clock = system_clock
    ) -> WorkshopStore:
        """Open a workshop, upgrading its schema (after a backup) when it is from an older xsector.

        Raises a StoreError subclass, leaving the file untouched, when the file is not a
        workshop, is damaged, is from a newer xsector, is open elsewhere or cannot be written.
        """
        target = Path(path).absolute()
        try:
            opened = open_workshop_file(target, read_only=read_only, steps=schema.STEPS)
        except (sqlite3.Error, OSError) as error:
            raise _file_fault(target, error) from error
        return cls(target, opened, clock)

    def sibling(self) -> WorkshopStore:
        """Another connection to this open file, for a thread that writes beside this one.

        It takes no second lock on the file and repeats none of the checks made when it was
        opened: this store holds the lock and made them. Both stores share one write turn, so
        they never write at once (store/write_turn.py), and each may keep its own thread. Close
        it before this store; this store's close closes it first if it is still open.
        """
        if self._read_only:
            raise WorkshopReadOnly(self._path, "this workshop was opened read-only")
        if self._closed or self._owner is not None:
            raise StoreError(self._path, "a sibling is made of an open workshop's own store")
        try:
            conn = connect_writable(self._path)
        except (sqlite3.Error, OSError) as error:
            raise _file_fault(self._path, error) from error
        twin = WorkshopStore(self._path, OpenedFile(conn, _NoLock(), False), self._clock)
        twin._turn, twin._owner = self._turn, self
        self._siblings.append(twin)
        return twin

    def take_notices(self) -> list[StoreError]:
        """What this store and its siblings noticed and handled by themselves since last asked:
        a journal deleted while the phones' writer wrote is told by the window like any other."""
        notices = super().take_notices()
        for twin in self._siblings:
            notices.extend(twin.take_notices())
        return notices

    @property
    def write_turn(self) -> WriteTurn:
        """Held by whoever writes the file, on any of its connections (store/write_turn.py)."""
        return self._turn

    @property
    def changed(self) -> bool:
        """Whether this session, through this store or a sibling, has written to the file."""
        return self._changed or any(s._changed for s in self._siblings)

    def close(self, checkpoint_seconds: float | None = None) -> None:
        """Close the file, leaving the .xsector the whole workshop (a truncating checkpoint);
        a session that wrote anything leaves a backup copy behind.

        Raises NotCheckpointed when a reader kept the last changes in the ``-wal`` for longer
        than `checkpoint_seconds`, or StoreError when the backup failed; the file is closed
        either way and nothing is lost.
        """
        if self._closed:
            return
        self._closed = True
        if self._let_go:
            self._drop()
            return
        if self._owner is not None:  # a sibling: the file, its lock and checkpoint are not ours
            self._conn.close()
            return
        for twin in self._siblings:  # they must be gone before the truncating checkpoint
            twin.close()
        self._changed = self.changed
        unfinished: StoreError | None = None
        problem: Exception | None = None
        try:
            if self._changed and not self._read_only:
                unfinished = self._truncating_checkpoint(
                    durability.CLOSE_CHECKPOINT_SECONDS
                    if checkpoint_seconds is None
                    else checkpoint_seconds
                )
            elif not self._read_only:
                self.checkpoint()  # what an earlier session may have left; nobody waits for it
            if self._changed and not self._read_only:
                take_backup(self._conn, self._path, "on-close", self._clock)
        except (OSError, sqlite3.Error) as error:
            problem = error
        finally:
            self._conn.close()
            self._lock.close()  # only after SQLite has let go of the file
        if unfinished is not None:
            if problem is not None:
                unfinished = NotCheckpointed(
                    self._path,
                    f"{unfinished.problem}; nor could the backup copy be written",
                    unfinished.advice,
                )
            raise unfinished
        if problem is not None:
            raise StoreError(
                self._path,
                f"the backup copy could not be written ({problem})",
                "The workshop itself is saved",
            )

    def let_go_on_close(self) -> None:
        """The drive under this open file went away: from now on close() only drops the
        connections and the lock, and never raises. No checkpoint, no backup, and nothing SQLite
        would do by the file's name (deleting the `-wal`): the name may now be a file on the
        drive plugged in again, which the next open recovers whole from its own `-wal`
        (docs/reliability.md, "Faults")."""
        self._let_go = True
        for store in [self, *self._siblings]:
            store._let_go = True
            with contextlib.suppress(sqlite3.Error, AttributeError):
                store._conn.setconfig(sqlite3.SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, True)

    def _drop(self) -> None:
        for twin in self._siblings:
            twin._let_go = True
            twin.close()
        with contextlib.suppress(sqlite3.Error, OSError):
            self._conn.close()
        with contextlib.suppress(OSError):
            self._lock.close()

    def identity(self) -> str:
        """What tells this workshop from any other file: when it was created
        (store/identity.py reads the same from a file that is not open)."""
        return str(self._conn.execute("SELECT created_at FROM workshop").fetchone()[0])

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def backups(self) -> list[Path]:
        """Backup copies of this workshop, newest first."""
        return backups_of(self._path)

    # -- the workshop itself ----------------------------------------------------------------

    def info(self) -> WorkshopInfo:
        row = self._conn.execute(f"SELECT {', '.join(_INFO_FIELDS)} FROM workshop").fetchone()
        values = dict(zip(_INFO_FIELDS, row, strict=True))
        for flag in _FLAG_FIELDS:
            values[flag] = bool(values[flag])
        return WorkshopInfo(**values)

    def update_info(self, **changes: Any) -> WorkshopInfo:
        unknown = sorted(set(changes) - set(_INFO_FIELDS))
        if unknown:
            raise TypeError(f"WorkshopInfo has no field {unknown[0]!r}")
        self._require_writable()
        updated = self.info()._replace(**changes)
        for name in ("partnership", "date", "place", "facilitator"):
            self._check_length(getattr(updated, name), f"the {name}", MAX_NAME_LENGTH)
        self._rules = None  # the deck or scale may change: votes are checked against the new
        self._turn.info_version += 1  # on every connection to the file
        assignments = ", ".join(f"{name} = ?" for name in _INFO_FIELDS)
        self._conn.execute(
            f"UPDATE workshop SET {assignments}, updated_at = ?",
            (*_info_values(updated), self._now()),
        )
        self._changed = True
        return updated

    def settings(self) -> dict[str, Any]:
        stored = json.loads(self._conn.execute("SELECT settings FROM workshop").fetchone()[0])
        return stored if isinstance(stored, dict) else {}

    def update_settings(self, changes: dict[str, Any] | None = None, **more: Any) -> dict[str, Any]:
        """Merge the given keys into the settings (a value of None removes the key)."""
        self._require_writable()
        merged = self.settings()
        for key, value in {**(changes or {}), **more}.items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        encoded = json.dumps(merged, sort_keys=True)
        if len(encoded.encode()) > MAX_SETTINGS_BYTES:
            raise StoreError(
                self._path,
                f"the settings would take {len(encoded.encode())} bytes (at most"
                f" {MAX_SETTINGS_BYTES})",
                "Remove some of them",
            )
        self._conn.execute(
            "UPDATE workshop SET settings = ?, updated_at = ?", (encoded, self._now())
        )
        self._changed = True
        return merged

    def set_position(self, card: str | None, round: int | None) -> None:
        """Where the meeting is, so that reopening the file resumes there."""
        self._require_writable()
        self._conn.execute(
            "UPDATE workshop SET current_card = ?, current_round = ?, updated_at = ?",
            (card, round, self._now()),
        )
        self._changed = True
        self._checkpoint_soon()  # a card change: the .xsector alone holds the workshop

    def position(self) -> tuple[str, int] | None:
        card, round_number = self._conn.execute(
            "SELECT current_card, current_round FROM workshop"
        ).fetchone()
        if card is None:
            return None
        return card, round_number or 1


class _NoLock:
    """A sibling's stand-in for the file lock, which the store it is a sibling of holds."""

    fd = -1
    mode: str | None = None

    def try_exclusive(self) -> bool:
        return False

    def try_shared(self) -> bool:
        return False

    def close(self) -> None:
        pass


def _faults_typed[**P, R](method: Callable[P, R]) -> Callable[P, R]:
    """A public method whose SQLite or OS error becomes the StoreFault it stands for."""

    @functools.wraps(method)
    def typed(*args: P.args, **kwargs: P.kwargs) -> R:
        store = args[0]
        assert isinstance(store, WorkshopStore)
        depth = store._turn.depth()  # a write takes the turn; it is given back on return
        try:
            return method(*args, **kwargs)
        except (sqlite3.Error, OSError) as error:
            fault = as_fault(store.path, error)
            if fault is None:
                raise
            store._faulted(fault)
            raise fault from error
        finally:
            store._turn.release_to(depth)

    return typed


for _name, _member in list(vars(WorkshopStore).items()) + [
    (name, member) for base in WorkshopStore.__mro__[1:] for name, member in vars(base).items()
]:
    if _name.startswith("_") or _name in ("batch", "close") or not callable(_member):
        continue
    if isinstance(_member, classmethod | staticmethod | property):
        continue
    if hasattr(_member, "__wrapped__"):  # already wrapped, or a context manager
        continue
    if not hasattr(WorkshopStore, _name) or getattr(WorkshopStore, _name) is not _member:
        continue  # overridden further down the MRO: the override is wrapped instead
    setattr(WorkshopStore, _name, _faults_typed(_member))
