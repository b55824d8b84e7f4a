"""Undoable actions: each user change to a workshop, as a pair apply/revert over the store.

The store's contract (see xsector_desktop/store/workshop_store.py): every undoable write returns
the rows it added, its Change; `retract(change)` hides them, `restore(change)` shows
them again. Nothing is ever deleted, so the history keeps every step while the effective view
(what the screen and every analysis see) follows undo and redo.

Each action tells the session what changed through `notify`, so the views redraw however the
action was run: first time, undo or redo.
"""

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from contextlib import suppress
from typing import Any, Literal, NamedTuple

from xsector_desktop.core.model import Vote
from xsector_desktop.store.records import Change as Written_rows
from xsector_desktop.store.records import RowRef, Written

from .store_protocol import SessionStore

# "profile": a trust reading or a problem-solving note, which only the profile shows.
ChangeKind = Literal["votes", "rounds", "disagreements", "roster", "info", "profile"]


class Change(NamedTuple):
    """What the screen must redraw after an action (not the store's record of the write)."""

    kind: ChangeKind
    card: str | None = None
    round: int | None = None


Notify = Callable[[Change], None]
# Runs an action as one undo step; False when the store refused it (None: a runner that raises).
Run = Callable[["Action"], bool | None]


class Action(ABC):
    """One step on the undo stack. `text` is the label the Edit menu shows ("Undo vote ...")."""

    text: str = ""

    @abstractmethod
    def apply(self) -> None: ...

    @abstractmethod
    def revert(self) -> None: ...


# What an undoable store write returns: the record it made and its rows, or its rows alone.
type WriteOutcome[T] = Written[T] | Written_rows


class StoreWrite[T](Action):
    """One undoable store write: the first apply() makes it, later ones restore it.

    `write` performs the write and returns what the store returns (see WriteOutcome);
    `describe` turns the record it made (None for a write without one) into the Change to
    announce (an opened round only knows its number once it is written).
    """

    def __init__(
        self,
        store: SessionStore,
        notify: Notify,
        text: str,
        write: Callable[[], WriteOutcome[T]],
        describe: Callable[[T | None], Change],
    ) -> None:
        self._store, self._notify, self.text = store, notify, text
        self._write, self._describe = write, describe
        self.result: T | None = None
        self.written: Written_rows | None = None  # the rows this write added
        self._announce: Change | None = None

    def apply(self) -> None:
        if self.written is None:
            outcome = self._write()
            if isinstance(outcome, Written):
                self.result, self.written = outcome.record, outcome.change
            else:
                self.written = outcome
            self._announce = self._describe(self.result)
        else:
            self._store.restore(self.written)
        assert self._announce is not None
        self._notify(self._announce)

    def revert(self) -> None:
        assert self.written is not None and self._announce is not None  # applied before
        self._store.retract(self.written)
        self._notify(self._announce)


class WithdrawVote(Action):
    """Take one effective vote out (a tally "minus"): the retraction of its cast."""

    def __init__(self, store: SessionStore, notify: Notify, vote: Vote, text: str) -> None:
        self._store, self._notify, self.vote, self.text = store, notify, vote, text
        self._cast = Written_rows("cast_vote", (RowRef("votes", vote.id),))

    def apply(self) -> None:
        self._store.retract(self._cast)
        self._notify(Change("votes", self.vote.card, self.vote.round))

    def revert(self) -> None:
        self._store.restore(self._cast)
        self._notify(Change("votes", self.vote.card, self.vote.round))


class UpdateInfo(Action):
    """Workshop settings are not history in the store, so undo writes the old values back."""

    def __init__(
        self,
        store: SessionStore,
        notify: Notify,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
    ) -> None:
        self._store, self._notify, self.text = store, notify, text
        self._before, self._after = before, after

    def apply(self) -> None:
        self._store.update_info(**self._after)
        self._notify(Change("info"))

    def revert(self) -> None:
        self._store.update_info(**self._before)
        self._notify(Change("info"))


class Steps(Action):
    """Several actions that undo as one (opening round 1 with its first vote, a CSV import)."""

    def __init__(self, text: str, steps: Sequence[Action]) -> None:
        self.text, self.steps = text, list(steps)

    def apply(self) -> None:
        _all_or_nothing(self.steps, "apply", "revert")

    def revert(self) -> None:
        _all_or_nothing(list(reversed(self.steps)), "revert", "apply")


def _all_or_nothing(steps: Sequence[Action], do: str, undo: str) -> None:
    """A failed step takes back the ones before it. The session runs every step inside one
    store transaction, which the failure rolls back anyway; taking back here keeps a runner
    without one (a script, a test) all or nothing too, and never hides the first error."""
    done: list[Action] = []
    try:
        for step in steps:
            getattr(step, do)()
            done.append(step)
    except Exception:
        for step in reversed(done):
            with suppress(Exception):
                getattr(step, undo)()
        raise
