"""The undo history of one open workshop: the ordered list of steps, and the one source of truth.

The Edit menu, the ballot dialog and the audience screen's keys read it through a Qt mirror
(ui/undo.py) and never keep an order of their own. A step moves between the done and undone
lists only after the store has accepted its write, so a refused undo or redo (a full disk, a
name that would be on the roster twice) leaves both the list and the file as they were.
"""

from __future__ import annotations

from collections.abc import Callable

from .actions import Action
from .events import Event
from .phrases import QT_TRANSLATE_NOOP, Phrase

# Runs one write: True when the store accepted it. The session's attempt() tells the
# facilitator why a write was refused and returns False; the default lets the error rise.
Attempt = Callable[[str, Callable[[], object]], bool]


def _direct(_what: str, write: Callable[[], object]) -> bool:
    write()
    return True


class History:
    def __init__(self, attempt: Attempt = _direct) -> None:
        self._attempt = attempt
        self._done: list[Action] = []
        self._undone: list[Action] = []
        self.changed: Event[None] = Event()

    def run(self, action: Action) -> bool:
        if not self._attempt(action.text, action.apply):
            return False
        self._done.append(action)
        self._undone.clear()
        self.changed.emit(None)
        return True

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo(self) -> bool:
        if not self._done:
            return False
        action = self._done[-1]
        if not self._attempt(
            Phrase(QT_TRANSLATE_NOOP("actions", "undo {what}"), what=action.text), action.revert
        ):
            return False
        self._undone.append(self._done.pop())
        self.changed.emit(None)
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        action = self._undone[-1]
        if not self._attempt(
            Phrase(QT_TRANSLATE_NOOP("actions", "redo {what}"), what=action.text), action.apply
        ):
            return False
        self._done.append(self._undone.pop())
        self.changed.emit(None)
        return True

    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    def steps(self) -> tuple[list[Action], list[Action]]:
        """Copies of the done steps (oldest first) and the undone ones (next redo last)."""
        return list(self._done), list(self._undone)

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self.changed.emit(None)
