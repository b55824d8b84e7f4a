"""What people raised on this card: objections, concerns, proposals, parking-lot items.

Add with the form (kind, who, text, Enter); Space or double-click on an item toggles it between
open and resolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.core.model import DISAGREEMENT_KINDS, Participant
from xsector_desktop.core.text import without_bidi_controls
from xsector_desktop.ui.plain_text import PlainLabel, isolated, tooltip

from .. import theme, words
from ..accessible import buddy_label
from ..controllers.disagreements import DisagreementController, LoggedItem

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: Qt's default parent, shared as a constant
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_MARKS = {"objection": "!", "concern": "?", "proposal": "+", "parking-lot": "P"}


class LogModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[LoggedItem] = []

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def set_items(self, items: Sequence[LoggedItem]) -> None:
        if list(items) == self._items:
            return
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> LoggedItem:
        return self._items[row]

    def describe(self, logged: LoggedItem) -> str:
        d = logged.item
        who = f" ({isolated(logged.raised_by_name)})" if logged.raised_by_name else ""
        done = "" if d.status == "open" else " · " + words.status(d.status)
        return f"{KIND_MARKS.get(d.kind, '·')} {words.kind(d.kind)}{who}{done}: {d.text}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        logged = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return without_bidi_controls(self.describe(logged))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.describe(logged))
        if role == Qt.ItemDataRole.ForegroundRole and logged.item.status != "open":
            return QColor(theme.MUTED)
        if role == ID_ROLE:
            return logged.item.id
        return None


class LogList(QListView):
    def __init__(self, on_toggle: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_toggle = on_toggle
        self.setWordWrap(True)
        self.doubleClicked.connect(lambda ix: self._on_toggle(ix.data(ID_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self._on_toggle(self.currentIndex().data(ID_ROLE))
            return
        super().keyPressEvent(event)


class LogPanel(QWidget):
    def __init__(self, log: DisagreementController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._log = log
        caption = PlainLabel(self.tr("RAISED"))
        caption.setObjectName("muted")
        caption.setFont(theme.font(9.5, bold=True))
        self.model = LogModel(self)
        self.list = LogList(log.toggle_status)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Raised on this card"))
        self.list.setAccessibleDescription(self.tr("Space toggles open or resolved"))
        self.kind = QComboBox()
        for kind in DISAGREEMENT_KINDS:
            self.kind.addItem(words.kind(kind), kind)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Raised by"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What was raised? (Enter adds)"))
        self.text.setAccessibleName(self.tr("What was raised"))
        self.text.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to the log"))
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("Kind"), self.kind, muted=True))
        row.addWidget(self.kind, 1)
        row.addWidget(buddy_label(self.tr("By"), self.who, muted=True))
        row.addWidget(self.who, 1)
        self.who.setAccessibleName(self.tr("Raised by"))
        entry = QHBoxLayout()
        entry.addWidget(self.text, 1)
        entry.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addLayout(entry)
        self.setAccessibleName(self.tr("Disagreement log"))
        self._people: tuple[tuple[int, str], ...] | None = None

    def set_people(self, people: Sequence[Participant]) -> None:
        signature = tuple((p.id, p.name) for p in people)
        if signature == self._people:
            return
        self._people = signature
        current = self.who.currentData()
        self.who.clear()
        self.who.addItem(self.tr("not said"), None)
        for p in people:
            self.who.addItem(without_bidi_controls(p.name), p.id)
        found = self.who.findData(current)
        self.who.setCurrentIndex(max(0, found))

    def add(self) -> None:
        if self._log.add(self.kind.currentData(), self.text.text(), self.who.currentData()):
            self.text.clear()

    def refresh(self, enabled: bool) -> None:
        self.model.set_items(self._log.items())
        for widget in (self.kind, self.who, self.text, self.add_button):
            widget.setEnabled(enabled)
