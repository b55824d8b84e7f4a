"""One writer at a time for a workshop file that more than one connection of this process writes.

The app reads and writes a workshop on its window's thread; while phones vote, a writer thread
of its own writes their votes through a second connection to the same, already open file (a
sibling store, see ``WorkshopStore.sibling``). SQLite would keep the two apart by itself, but a
connection that finds the file busy sleeps in its busy handler, and the window's thread must not
sleep. So the stores of one file share a WriteTurn: every public write of either store takes the
turn first (``_require_writable`` takes it, the public method gives it back on return), a
``batch`` holds it to its end, and the phone writer holds it for a whole job, its checks against
the file included. Whoever waits for the turn wakes the moment it is given back.

The turn also carries what a store may keep in memory between calls and another connection may
change: the deck and scale (``info_version``), which ``update_info`` changes; and the journal
(``journal_version``), which a connection that rescued a deleted ``-wal`` has begun anew.
"""

from __future__ import annotations

import threading
from types import TracebackType


class WriteTurn:
    """A re-entrant lock whose holder can ask how deep it holds it (see the module docstring)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owner: int | None = None
        self._depth = 0
        self.info_version = 0  # bumped by update_info, on whichever connection wrote it
        # Bumped when a connection started a new journal after the -wal was deleted from
        # outside: every other connection of the file opens again before it next reads.
        self.journal_version = 0

    def mine(self) -> bool:
        return self._owner == threading.get_ident()

    def depth(self) -> int:
        """How many times this thread holds the turn (0 when another thread, or none, has it)."""
        return self._depth if self.mine() else 0

    def acquire(self, timeout: float = -1) -> bool:
        """Hold the turn, waiting at most `timeout` seconds (for ever when negative); True
        when held."""
        me = threading.get_ident()
        if self._owner == me:
            self._depth += 1
            return True
        if not self._lock.acquire(timeout=timeout):
            return False
        self._owner, self._depth = me, 1
        return True

    def try_acquire(self) -> bool:
        """Hold the turn if nobody else does, without waiting; True when held."""
        return self.acquire(timeout=0)

    def release(self) -> None:
        if not self.mine():
            raise RuntimeError("the write turn is not held by this thread")
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
            self._lock.release()

    def take(self) -> None:
        """Hold the turn unless this thread already does (for the rest of a public call)."""
        if not self.mine():
            self.acquire()

    def release_to(self, depth: int) -> None:
        """Give back what was taken since `depth` was read (the end of a public call)."""
        while self.depth() > depth:
            self.release()

    def __enter__(self) -> WriteTurn:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
