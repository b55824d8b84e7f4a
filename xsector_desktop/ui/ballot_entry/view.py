"""The ballot entry dialog: a stack of paper ballots keyed in by keyboard alone.

Type the ballot code and Enter, then one key per card (the scale point's number; S leaves the
card blank), a second key for the type where a card offers two, Backspace to step back, Enter
to store the ballot, Esc to start the ballot over. The logic lives in
ui/controllers/ballot_entry.py; this only turns keys into intents and draws the state.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.core import palette
from xsector_desktop.core.text import without_bidi_controls
from xsector_desktop.ui.plain_text import PlainLabel

from .. import theme
from ..controllers import actions as act
from ..controllers.ballot_entry import BallotEntry, BallotState
from ..controllers.session import WorkshopSession
from .words import Words

_KEYS = {
    Qt.Key.Key_S: "s",
    Qt.Key.Key_Backspace: "backspace",
    Qt.Key.Key_Return: "enter",
    Qt.Key.Key_Enter: "enter",
    Qt.Key.Key_Escape: "escape",
}
WARNING_STYLE = (
    f"background: #fdf1d8; border-left: 4px solid {theme.OKABE_ITO['orange']}; padding: 6px 8px;"
)
PROBLEM_STYLE = f"color: {palette.VERMILLION_DARK}; font-weight: 600;"  # 5.4:1 on white


class BallotSheet(QTableWidget):
    """The ballot's cards, one per row; takes the answer keys while a ballot is being keyed."""

    key_typed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        key = _KEYS.get(Qt.Key(event.key()))
        if key is None and len(text) == 1 and text.isdigit():
            key = text
        if key is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.key_typed.emit(key)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or event.modifiers():
            super().keyPressEvent(event)  # Tab out, and the window's shortcuts
            return
        event.accept()  # letters must not start the table's own search


class BallotEntryDialog(QDialog):
    stored = Signal(object)  # StoredBallot

    def __init__(
        self,
        session: WorkshopSession,
        run: Callable[[act.Action], None],
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.entry = BallotEntry(session, run)
        self.undo_stack = undo_stack
        self.words = Words(self, session)
        self.setWindowTitle(self.tr("Enter paper ballots"))
        self.setAccessibleName(self.windowTitle())
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(self._build_code_row())
        self.warning = PlainLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.warning)
        self.sheet = self._build_sheet()
        layout.addWidget(self.sheet, 1)
        self.prompt = PlainLabel()
        self.prompt.setFont(theme.font(12, bold=True))
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.legend = PlainLabel(self.words.legend())
        self.legend.setObjectName("muted")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self.message = PlainLabel(" ")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addLayout(self._build_buttons())
        QShortcut(QKeySequence("Ctrl+Z"), self, activated=self.undo_last)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, activated=self.redo_last)
        undo_stack.indexChanged.connect(self._show_undo)
        self._draw(self.entry.state)

    # -- building ------------------------------------------------------------------------

    def _build_code_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = PlainLabel(self.tr("Ballot code:"))
        label.setFont(theme.font(12, bold=True))
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Ballot code"))
        self.code.setPlaceholderText(self.tr("e.g. P7-K3Q, then Enter"))
        self.code.setFont(theme.font(16, bold=True))
        self.code.setMaximumWidth(220)
        self.code.returnPressed.connect(self._code_entered)
        self.code.installEventFilter(self)
        label.setBuddy(self.code)
        self.who = PlainLabel()
        self.who.setFont(theme.font(16, bold=True))
        self.counter = PlainLabel()
        self.counter.setObjectName("muted")
        row.addWidget(label)
        row.addWidget(self.code)
        row.addSpacing(16)
        row.addWidget(self.who, 1)
        row.addWidget(self.counter)
        return row

    def _build_sheet(self) -> BallotSheet:
        sheet = BallotSheet(0, 4)
        sheet.setAccessibleName(self.tr("Ballot cards and answers"))
        sheet.setHorizontalHeaderLabels(
            [self.tr("#"), self.tr("Card"), self.tr("Round"), self.tr("Answer on the paper")]
        )
        sheet.verticalHeader().hide()
        sheet.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        sheet.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        sheet.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        sheet.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        sheet.setFont(theme.font(11))
        header = sheet.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        sheet.setStyleSheet(
            f"QTableWidget::item:selected {{ background: {theme.ACCENT}; color: white; }}"
        )
        sheet.key_typed.connect(self._key)
        return sheet

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.undo_button = QPushButton()
        self.undo_button.setAccessibleName(self.tr("Undo the last step"))
        self.undo_button.clicked.connect(self.undo_last)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close ballot entry"))
        self.close_button.clicked.connect(self.close)
        for button in (self.undo_button, self.close_button):
            button.setAutoDefault(False)  # Enter belongs to the code field and the ballot
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        self._show_undo()
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A line edit claims Ctrl+Z for its own text even when it has nothing to undo; then
        # the key belongs to the workshop's undo (the last ballot).
        if (
            watched is self.code
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.code.isUndoAvailable()
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    # -- intents -------------------------------------------------------------------------

    def start_ballot(self) -> None:
        """Focus where typing goes on: the code field, or the ballot being keyed (Ctrl+B again
        in the middle of a ballot must not throw it away)."""
        if self.entry.state.phase != "code":
            self.sheet.setFocus()
            return
        self.code.setFocus()
        self.code.selectAll()

    def _code_entered(self) -> None:
        self._draw(self.entry.enter_code(self.code.text()))

    def _key(self, key: str) -> None:
        before = self.entry.state
        state = self.entry.key(key)
        if before.phase == "review" and state.last_stored is not before.last_stored:
            assert state.last_stored is not None
            self.stored.emit(state.last_stored)
        self._draw(state)

    def undo_last(self) -> None:
        text = self.undo_stack.undoText()
        if self.undo_stack.canUndo():
            self.undo_stack.undo()
            self._say(self.tr("Undone: {what}.").format(what=text))

    def redo_last(self) -> None:
        text = self.undo_stack.redoText()
        if self.undo_stack.canRedo():
            self.undo_stack.redo()
            self._say(self.tr("Redone: {what}.").format(what=text))

    # -- drawing -------------------------------------------------------------------------

    def _draw(self, state: BallotState) -> None:
        slots = state.slots or self.entry.preview_slots()
        self.sheet.setRowCount(len(slots))
        for row, slot in enumerate(slots):
            answer = self.words.answer(state, row) if state.slots else ""
            for column, text in enumerate((str(slot.number), slot.title, str(slot.round), answer)):
                item = self.sheet.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.sheet.setItem(row, column, item)
                item.setText(without_bidi_controls(text))
        coding = state.phase == "code"
        self.code.setReadOnly(not coding)
        if coding:
            if state.problem is None:
                self.code.setText("")  # ready for the next code; setText drops its own undo
            else:
                self.code.selectAll()  # a mistyped code is corrected, not retyped
            self.sheet.clearSelection()
            self.code.setFocus()
            self.who.setText("")
        else:
            self.code.setText(state.code)
            self.who.setText(self.words.who(state))
            self.sheet.selectRow(min(state.position, len(slots) - 1))
            self.sheet.setFocus()
        self.prompt.setText(self.words.prompt(state))
        warning = self.words.warning(state)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        if state.problem is not None:
            self._say(self.words.problem(state.problem), problem=True)
        elif state.phase == "code" and state.last_stored is not None:
            self._say(self.words.stored(state.last_stored))
        else:
            self._say(" ")
        entered = len(self.entry.stored)
        self.counter.setText(
            (
                self.tr("{n} ballot entered here")
                if entered == 1
                else self.tr("{n} ballots entered here")
            ).format(n=entered)
        )

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setStyleSheet(PROBLEM_STYLE if problem else "")
        self.message.setText(text)

    def _show_undo(self, _index: int = 0) -> None:
        if not shiboken6.isValid(self.undo_stack):
            return  # the stack is being torn down with the main window
        text = self.undo_stack.undoText()
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.undo_button.setText(
            self.tr("Undo: {what} (Ctrl+Z)").format(what=text) if text else self.tr("Undo (Ctrl+Z)")
        )
