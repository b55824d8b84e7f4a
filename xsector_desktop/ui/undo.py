"""Qt's undo framework over the controllers' actions: one QUndoCommand per Action.

Undo lives in the store (retraction rows); the stack only orders the steps and labels them for
the Edit menu, the way Anki's GUI puts labels on its core's undo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from .controllers.actions import Action


class ActionCommand(QUndoCommand):
    def __init__(self, action: Action, on_error: Callable[[Exception], None] | None = None) -> None:
        super().__init__(action.text)
        self.action = action
        self._on_error = on_error
        self._already_applied = True

    def redo(self) -> None:
        # The runner applies the action before pushing, so a store error reaches the caller and
        # nothing lands on the stack; push()'s own call to redo() must then do nothing.
        if self._already_applied:
            self._already_applied = False
            return
        self._guarded(self.action.apply)

    def undo(self) -> None:
        self._guarded(self.action.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        # A refused undo (say, it would put two people of the same name on the roster) is told
        # in words; it must not reach the crash handler from inside Qt's undo stack.
        if self._on_error is None:
            step()
            return
        try:
            step()
        except Exception as error:
            self._on_error(error)


def stack_runner(stack: QUndoStack) -> Callable[[Action], None]:
    def run(action: Action) -> None:
        action.apply()
        stack.push(ActionCommand(action))

    return run
