"""A Qt-free undo history with the same contract as QUndoStack.push/undo/redo.

The GUI runs actions through QUndoStack (ui/undo.py); GUI-free tests and scripts use this one,
so both exercise the very same Action objects.
"""

from __future__ import annotations

from .actions import Action


class History:
    def __init__(self) -> None:
        self._done: list[Action] = []
        self._undone: list[Action] = []

    def run(self, action: Action) -> None:
        action.apply()
        self._done.append(action)
        self._undone.clear()

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo(self) -> None:
        if self._done:
            action = self._done.pop()
            action.revert()
            self._undone.append(action)

    def redo(self) -> None:
        if self._undone:
            action = self._undone.pop()
            action.apply()
            self._done.append(action)

    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""
