"""One open workshop: its store, deck and scale, its undo history, and the single place changes
and refused writes are announced.

Every write of every controller goes through `attempt`: it runs inside one store transaction,
its changes are announced (`changed`) only once the store has committed them, and a store error
is announced (`refused`) instead, with what was not saved. So each view redraws from one path
whatever made the change (a live vote, a paper ballot, an import, an undo), and a refused write
changes neither the file nor anything on screen. See docs/reliability.md, "Faults".
"""

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import NamedTuple

from xsector_desktop.core.deck import builtin_deck
from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.core.scales import Scale, get_scale
from xsector_desktop.store.errors import StoreError
from xsector_desktop.store.faults import StoreFault

from .actions import Action, Change, StoreWrite, WriteOutcome
from .events import Event
from .history import History
from .store_protocol import SessionStore


class Refusal(NamedTuple):
    """A write the store refused: what the facilitator tried, and why it was not saved.

    `first` is True for the first fault (full disk, locked file, vanished drive, read-only)
    after writes last worked: the window says it loudly once, then keeps a banner up.
    """

    what: str
    error: StoreError
    first: bool

    @property
    def is_fault(self) -> bool:
        return isinstance(self.error, StoreFault)


@dataclass
class WorkshopSession:
    """What every controller of one open workshop shares: the store, as SessionStore says."""

    store: SessionStore
    path: Path | None
    read_only: bool = False
    changed: Event[Change] = field(default_factory=Event)

    def __post_init__(self) -> None:
        self.info: WorkshopInfo = self.store.info()
        self.deck = builtin_deck(self.info.deck)
        self.scale: Scale = get_scale(self.info.scale)
        self.history = History(self.attempt)
        self.refused: Event[Refusal] = Event()
        self.recovered: Event[None] = Event()  # writes work again after a fault
        self.noticed: Event[StoreError] = Event()  # the store handled something worth telling
        self.fault: StoreFault | None = None
        self._held: list[Change] | None = None

    # -- announcing ---------------------------------------------------------------------------

    def notify(self, change: Change) -> None:
        if self._held is not None:  # inside a write: told once it is on disk
            if change not in self._held:
                self._held.append(change)
            return
        if change.kind == "info":
            self.info = self.store.info()
        self.changed.emit(change)

    def notify_in_steps(self, change: Change) -> list[Callable[[], None]]:
        """`notify(change)` cut into one call per listener, for a caller that spreads a large
        redraw over several turns of the event loop (phone votes: docs/phones.md)."""
        if change.kind == "info":
            self.info = self.store.info()
        return [partial(listener, change) for listener in self.changed.listeners()]

    # -- writing ------------------------------------------------------------------------------

    def attempt(self, what: str, write: Callable[[], object]) -> bool:
        """Run `write` as one all-or-nothing store transaction; True when it is on disk.

        `what` names the change in the facilitator's words ("vote 4 by Ana"): when the store
        refuses, `refused` carries it so the window can say what was not saved.
        """
        if self._held is not None:  # a write inside a write: part of the outer transaction
            write()
            return True
        self._held = []
        try:
            with self._batch():
                write()
        except StoreError as error:
            self._held = None
            self._refuse(what, error)
            return False
        except BaseException:
            self._held = None
            raise
        held, self._held = self._held, None
        if self.fault is not None:
            self.fault = None
            self.recovered.emit(None)
        for change in held:
            self.notify(change)
        self.tell_notices()
        return True

    def _batch(self) -> AbstractContextManager[None]:
        return self.store.batch()

    def _refuse(self, what: str, error: StoreError) -> None:
        first = False
        if isinstance(error, StoreFault):
            first = self.fault is None
            self.fault = error
        self.refused.emit(Refusal(what, error, first))

    def refused_elsewhere(self, what: str, error: StoreError) -> None:
        """A write refused on another thread (the phones' writer), told as one of ours is."""
        self._refuse(what, error)

    def worked_elsewhere(self) -> None:
        """A write on another thread went through after a fault: saving works again."""
        if self.fault is not None:
            self.fault = None
            self.recovered.emit(None)

    def tell_notices(self) -> None:
        """Tell what the store noticed and handled by itself (after a write, here or on the
        phones' thread), once each."""
        for notice in self.store.take_notices():
            self.noticed.emit(notice)

    def run(self, action: Action) -> bool:
        """Run a user's change as one undo step (what the controllers' `run` is in the app)."""
        return self.history.run(action)

    def undo(self) -> bool:
        return self.history.undo()

    def redo(self) -> bool:
        return self.history.redo()

    def write[T](
        self,
        text: str,
        write: Callable[[], WriteOutcome[T]],
        change: Change | Callable[[T | None], Change],
    ) -> StoreWrite[T]:
        """An undoable store write that announces `change` (or what it computes from the record)."""
        describe = change if callable(change) else (lambda _record: change)
        return StoreWrite(self.store, self.notify, text, write, describe)

    def close(self) -> None:
        """Close the file; raises StoreError (NotCheckpointed, a failed backup) to be told."""
        self.history.clear()
        self.store.close()
