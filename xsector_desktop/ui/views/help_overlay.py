"""The shortcut overlay (F1 or ?): every key of the walk-through, over a dimmed window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from xsector_desktop.ui.plain_text import PlainLabel

from .. import theme

# A literal context in each call: tr() on the `context` object would look under its class,
# which pyside6-lupdate cannot see.
translate = QCoreApplication.translate


def shortcut_rows(context: QObject) -> list[tuple[str, str]]:
    from ..room.keys import room_shortcut_rows  # docs/room.md: presenting, timer, profile

    return [
        ("← →", translate("shortcuts", "Previous / next person (chip)")),
        ("1 … 9, 0", translate("shortcuts", "Vote that point for the picked person, then move on")),
        ("Alt + number", translate("shortcuts", "Anonymous mode: one hand fewer on that point")),
        ("C", translate("shortcuts", "Cycle the type choice (cards with two or more types)")),
        ("R", translate("shortcuts", "Reveal the votes of this round")),
        ("N", translate("shortcuts", "New round on this card (after reveal)")),
        ("Page Up / Page Down", translate("shortcuts", "Previous / next card")),
        ("Ctrl+Z", translate("shortcuts", "Undo")),
        ("Ctrl+Shift+Z", translate("shortcuts", "Redo")),
        ("Ctrl+L", translate("shortcuts", "Write in the disagreement log")),
        ("Ctrl+1 / Ctrl+2", translate("shortcuts", "Roster / walk-through")),
        ("F1 or ?", translate("shortcuts", "Show or hide this help")),
        *room_shortcut_rows(context),
    ]


class HelpOverlay(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        card = QFrame(self)
        card.setObjectName("help-card")
        card.setStyleSheet("QFrame#help-card { background: white; border-radius: 10px; }")
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        for row, (keys, what) in enumerate(shortcut_rows(self)):
            key_label = PlainLabel(keys)
            key_label.setFont(theme.font(13, bold=True))
            what_label = PlainLabel(what)
            what_label.setFont(theme.font(13))
            grid.addWidget(key_label, row, 0)
            grid.addWidget(what_label, row, 1)
        title = PlainLabel(self.tr("Keyboard shortcuts"))
        title.setFont(theme.font(20, bold=True))
        close = PlainLabel(self.tr("Esc, F1 or ? closes this"))
        close.setObjectName("muted")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 20, 28, 20)
        inner.addWidget(title)
        inner.addLayout(grid)
        inner.addWidget(close)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.hide()
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.setGeometry(self.parentWidget().rect())
            self.show()
            self.raise_()
            self.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1, Qt.Key.Key_Question):
            self.hide()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
