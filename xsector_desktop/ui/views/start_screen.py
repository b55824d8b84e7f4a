"""The start screen: new workshop, open one, a recent one, or the sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.core.text import without_bidi_controls
from xsector_desktop.ui.plain_text import PlainLabel

from .. import theme


class StartScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("console")
        title = PlainLabel(self.tr("xsector"))
        title.setFont(theme.font(34, bold=True))
        subtitle = PlainLabel(
            self.tr("Walk a cross-sector partnership through its traits and factors")
        )
        subtitle.setFont(theme.font(14))
        subtitle.setObjectName("muted")
        self.new_button = QPushButton(self.tr("New workshop…  (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New workshop"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button = QPushButton(self.tr("Open a workshop…  (Ctrl+O)"))
        self.open_button.setAccessibleName(self.tr("Open a workshop"))
        self.open_button.clicked.connect(self.open_requested.emit)
        self.sample_button = QPushButton(self.tr("Open the sample workshop"))
        self.sample_button.setAccessibleName(self.tr("Open the sample workshop"))
        self.sample_button.clicked.connect(self.sample_requested.emit)
        for button in (self.new_button, self.open_button, self.sample_button):
            button.setFont(theme.font(13))
            button.setMinimumHeight(44)
        # Before any workshop is opened the heading says so: a heading over nothing looked like
        # a list that failed to load.
        self.recent_title = PlainLabel(self.tr("No recent workshops yet"))
        self.recent_title.setFont(theme.font(12, bold=True))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent workshops"))
        self.recent.setFont(theme.font(12))
        self.recent.setSpacing(3)
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(12)
        column.addWidget(self.new_button)
        column.addWidget(self.open_button)
        column.addWidget(self.sample_button)
        column.addSpacing(12)
        column.addWidget(self.recent_title)
        column.addWidget(self.recent, 1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addWidget(holder, 1, Qt.AlignmentFlag.AlignHCenter)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        self.recent_title.setText(
            self.tr("Recent workshops") if paths else self.tr("No recent workshops yet")
        )
        for path in paths:
            # A file's name is text like any other: no bidirectional controls (core/text.py).
            item = QListWidgetItem(without_bidi_controls(f"{path.stem}    —    {path.parent}"))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, path.stem)
            self.recent.addItem(item)
        if paths:
            self.recent.setCurrentRow(0)
