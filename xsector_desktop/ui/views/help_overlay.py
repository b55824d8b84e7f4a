"""The shortcut overlay (F1 or ?): every key of the main window, from ui/shortcuts.py."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from xsector_desktop.ui.plain_text import PlainLabel

from .. import shortcuts, theme


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
        grid.setVerticalSpacing(3)
        rows = shortcuts.help_rows()
        # Two columns: the walk-through and editing keys, then the menus' and the room's, so
        # the whole list fits a 720-pixel-high screen.
        half = (len(rows) + 1) // 2
        for index, (keys, what) in enumerate(rows):
            key_label = PlainLabel(keys)
            key_label.setFont(theme.font(10.5, bold=True))
            what_label = PlainLabel(what)
            what_label.setFont(theme.font(10.5))
            what_label.setWordWrap(True)
            what_label.setMinimumWidth(340)
            row, column = index % half, (index // half) * 2
            grid.addWidget(key_label, row, column)
            grid.addWidget(what_label, row, column + 1)
        title = PlainLabel(self.tr("Keyboard shortcuts"))
        title.setFont(theme.font(16, bold=True))
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
