"""Qt's undo framework over the controllers' actions: one QUndoCommand per Action.

Undo lives in the store (retraction rows); the stack only orders the steps and labels them for
the Edit menu, the way Anki's GUI puts labels on its core's undo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from .controllers.actions import Action


class ActionCommand(QUndoCommand):
    def __init__(self, action: Action) -> None:
        super().__init__(action.text)
        self.action = action
        self._already_applied = True

    def redo(self) -> None:
        # The runner applies the action before pushing, so a store error reaches the caller and
        # nothing lands on the stack; push()'s own call to redo() must then do nothing.
        if self._already_applied:
            self._already_applied = False
            return
        self.action.apply()

    def undo(self) -> None:
        self.action.revert()


def stack_runner(stack: QUndoStack) -> Callable[[Action], None]:
    def run(action: Action) -> None:
        action.apply()
        stack.push(ActionCommand(action))

    return run
