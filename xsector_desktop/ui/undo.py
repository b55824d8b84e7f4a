"""The Qt face of the session's undo history: a QUndoStack that only mirrors it.

The session's History (controllers/history.py) owns the ordered list of steps and moves a step
only once the store has accepted its undo or redo. This mirror follows it: its commands are
labels that do nothing, and its undo() and redo() ask the history. So a refused undo (a full
disk) moves neither the history, nor the stack, nor the Edit menu's "Undo ..." label, the way
Anki's GUI only puts labels on its core's undo.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from .controllers.actions import Action
from .controllers.history import History
from .words import said


class _Label(QUndoCommand):
    """A step's name on the stack; the history does the work."""

    def redo(self) -> None:
        pass

    def undo(self) -> None:
        pass


class UndoMirror(QObject):
    """What the Edit menu, the ballot dialog and the audience keys use for undo and redo."""

    indexChanged = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._history: History | None = None
        self._mirrored: list[Action] = []

    # -- following a history ----------------------------------------------------------------

    def attach(self, history: History) -> None:
        self.detach()
        self._history = history
        history.changed.connect(self._follow)
        self._follow(None)

    def detach(self) -> None:
        if self._history is not None:
            self._history.changed.disconnect(self._follow)
            self._history = None
        self._follow(None)

    def _follow(self, _none: None) -> None:
        if not shiboken6.isValid(self.stack):  # deleted with its parent: stop following
            if self._history is not None:
                self._history.changed.disconnect(self._follow)
                self._history = None
            return
        done, undone = self._history.steps() if self._history is not None else ([], [])
        wanted = done + undone[::-1]
        index = self.stack.index()
        if wanted == self._mirrored:
            self.stack.setIndex(len(done))  # an undo or a redo
        elif len(wanted) == index + 1 and wanted[:-1] == self._mirrored[:index]:
            self.stack.push(_Label(said(wanted[-1].text)))  # a new step; the undone ones are gone
        else:
            self.stack.clear()  # another workshop, or closed
            for action in wanted:
                self.stack.push(_Label(said(action.text)))
            self.stack.setIndex(len(done))
        self._mirrored = wanted
        self.indexChanged.emit(self.stack.index())

    # -- what the window asks ---------------------------------------------------------------

    def undo(self) -> bool:
        return self._history.undo() if self._history is not None else False

    def redo(self) -> bool:
        return self._history.redo() if self._history is not None else False

    def canUndo(self) -> bool:
        return self.stack.canUndo()

    def canRedo(self) -> bool:
        return self.stack.canRedo()

    def undoText(self) -> str:
        return self.stack.undoText()

    def redoText(self) -> str:
        return self.stack.redoText()

    def count(self) -> int:
        return self.stack.count()

    def index(self) -> int:
        return self.stack.index()

    def make_action(self, parent: QObject, redo: bool = False) -> QAction:
        """An Edit menu entry that reads "Undo vote 4 by Ana" and is greyed when there is none."""
        action = QAction(parent)

        def show(_index: int = 0) -> None:
            what = self.redoText() if redo else self.undoText()
            if redo:
                action.setText(self.tr("&Redo {what}").format(what=what).strip())
            else:
                action.setText(self.tr("&Undo {what}").format(what=what).strip())
            action.setEnabled(self.canRedo() if redo else self.canUndo())

        action.triggered.connect(self.redo if redo else self.undo)
        self.indexChanged.connect(show)
        show()
        return action
