"""Keeping the .xsector file the whole workshop: checkpoints, the journal, a copy, batches.

In WAL mode a commit lands in ``NAME.xsector-wal``; only a checkpoint copies it into the
``.xsector`` file itself. A facilitator copies or mails the ``.xsector`` alone, so whenever the
app is idle the file must hold everything: a checkpoint runs after each reveal, new round and
card change, and a truncating one when the workshop closes (see docs/reliability.md, "Faults").
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from ..core.folders import sync_folder
from .base import StoreBase
from .errors import JournalRemoved, NotCheckpointed, StoreError
from .faults import as_fault
from .fileformat import sidecar
from .opening import connect_writable

# A reader inside a read transaction (sqlite3, Datasette) stops a truncating checkpoint; it is
# tried again for about this long before the facilitator is told.
CLOSE_CHECKPOINT_SECONDS = 3.0
_CLOSE_BUSY_MS = 250


class DurabilityMixin(StoreBase):
    _notices: list[StoreError]

    # -- batches ----------------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several writes as one transaction: all of them are on disk, or none (an undo step).

        The file's write turn is held from start to end (store/write_turn.py)."""
        depth = self._turn.depth()
        try:
            self._require_writable()
            if self._conn.in_transaction:
                with self._savepoint():
                    yield
                return
            self._begin()
            try:
                yield
            except BaseException:
                self._rollback()
                raise
            self._commit()
        finally:
            self._turn.release_to(depth)

    # -- checkpoints --------------------------------------------------------------------------

    def _after_commit(self) -> None:
        super()._after_commit()
        self._watch_journal()
        if self._checkpoint_due:
            self.checkpoint()

    def checkpoint(self) -> bool:
        """Copy what the journal holds into the .xsector file; True when all of it was copied.

        A failure here loses nothing (the changes are committed in the journal), so it is not
        raised: the next checkpoint, or the one on close, tries again and says so if it fails.
        """
        self._checkpoint_due = False
        if self._read_only or self._conn.in_transaction:
            return False
        try:
            busy, _log, _copied = self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:
            return False
        return bool(busy == 0)

    def _truncating_checkpoint(self, seconds: float) -> StoreError | None:
        """On close: everything into the file and the journal emptied, retried while busy."""
        deadline = time.monotonic() + seconds
        self._conn.execute(f"PRAGMA busy_timeout={_CLOSE_BUSY_MS}")
        while True:
            try:
                busy = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except sqlite3.Error as error:
                fault = as_fault(self._path, error)
                return NotCheckpointed(
                    self._path,
                    f"the last changes could not be copied from {self._path.name}-wal into the "
                    f"workshop file ({fault.problem if fault else error})",
                    f"Keep the -wal file beside it. {fault.advice}" if fault else None,
                )
            if busy == 0:
                return None
            if time.monotonic() >= deadline:
                return NotCheckpointed(
                    self._path,
                    f"the last changes are still only in {self._path.name}-wal because another "
                    "program (sqlite3, Datasette) is reading the workshop",
                )
            time.sleep(0.05)

    # -- the journal removed from outside ----------------------------------------------------

    def _watch_journal(self) -> None:
        """A ``-wal`` deleted under an open workshop would take the session with it at the next
        crash: the changes live only in that (now nameless) file. Copy them into the workshop
        file at once, start a new journal, and tell the facilitator."""
        if self._read_only or self._conn.in_transaction:
            return
        journal = sidecar(self._path, "-wal")
        if journal.exists() or not self._path.exists():
            return
        problem = f"another program deleted {journal.name} while the workshop was open"
        try:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            self._reconnect()
        except (sqlite3.Error, OSError, StoreError) as error:
            # The write itself is committed; what failed is the rescue, so it is told, not raised.
            fault = None if isinstance(error, StoreError) else as_fault(self._path, error)
            self._notices.append(
                JournalRemoved(
                    self._path,
                    f"{problem}, and its changes could not be copied into the workshop file "
                    f"({fault.problem if fault else error})",
                    "Do not close xsector; save a copy of the workshop (File > Save a copy…) "
                    "to another disk now",
                )
            )
            return
        self._turn.journal_version += 1  # the file's other connections follow (StoreBase._conn)
        self._journal_version = self._turn.journal_version
        self._notices.append(JournalRemoved(self._path, problem))

    def _reconnect(self) -> None:
        fresh = connect_writable(self._path)  # before letting go of the old one, which may stay
        old, self._connection = self._connection, fresh
        self._memo = None  # a new connection counts its changes from zero
        old.close()

    def _follow_new_journal(self) -> None:
        self._journal_version = self._turn.journal_version  # once, whether or not it opens
        try:
            self._reconnect()
        except (sqlite3.Error, OSError) as error:
            raise self._fault(error) from error

    def take_notices(self) -> list[StoreError]:
        """What the store noticed and handled by itself since last asked (to be told once)."""
        notices, self._notices = self._notices, []
        return notices

    # -- a copy -------------------------------------------------------------------------------

    def save_copy(self, target: str | Path) -> Path:
        """One consistent, self-contained copy of the workshop as it is now, via SQLite's backup
        API; written under a temporary name and renamed, so `target` is never half written."""
        destination_path = Path(target).absolute()
        if destination_path == self._path or (
            destination_path.exists() and os.path.samefile(destination_path, self._path)
        ):
            raise StoreError(
                destination_path,
                "this is the workshop itself",
                "Choose another name or folder for the copy",
            )
        partial = destination_path.with_name(f".{destination_path.name}.{os.getpid()}.part")
        try:
            destination = sqlite3.connect(partial)
            try:
                self._conn.backup(destination)
                # The copy travels alone: no -wal beside it, whatever reads it.
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
            os.replace(partial, destination_path)
            sync_folder(destination_path.parent)
        except (sqlite3.Error, OSError) as error:
            fault = as_fault(destination_path, error)
            raise (fault or error) from error
        finally:
            for leftover in (partial, *(sidecar(partial, s) for s in ("-journal", "-wal"))):
                with suppress(OSError):
                    leftover.unlink(missing_ok=True)
        return destination_path
