"""The agenda: every card (traits, factors) and the two cycles, with state and signal level."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from .. import theme
from .. import words as ui_words
from ..controllers.walkthrough import AgendaEntry

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: Qt's default parent, shared as a constant
GROUPS = ("trait", "factor", "cycle")
_NO_PARENT = 0xFFFF  # internalId of a group row; entry rows carry their group's position


class AgendaModel(QAbstractItemModel):
    """Three group rows, each with its entries as children; one column."""

    def __init__(self, entries: Sequence[AgendaEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[list[AgendaEntry]] = [
            [e for e in entries if e.group == g] for g in GROUPS
        ]
        self._titles = (
            self.tr("Foundational traits"),
            self.tr("Factors"),
            self.tr("Behaviour cycles"),
        )

    # -- structure --------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _NO_PARENT) if row < len(GROUPS) else QModelIndex()
        if parent.internalId() != _NO_PARENT or parent.row() >= len(GROUPS):
            return QModelIndex()
        if row >= len(self._groups[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row())

    def parent(self, child: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(child.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(GROUPS)
        if parent.column() != 0 or parent.internalId() != _NO_PARENT:
            return 0
        return len(self._groups[parent.row()])

    def columnCount(self, parent: Index = ROOT) -> int:
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _NO_PARENT:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- content ----------------------------------------------------------------------------

    def entry(self, index: Index) -> AgendaEntry | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._groups[int(index.internalId())][index.row()]

    def state_words(self, entry: AgendaEntry) -> str:
        state = {
            "not-started": self.tr("not started"),
            "voting": self.tr("voting"),
            "revealed": self.tr("revealed"),
            None: self.tr("cycle"),
        }[entry.state]
        if entry.level:
            state += ", " + level_word(self, entry.level)
        if entry.stance is not None:
            state += ", " + ui_words.stance(entry.stance).lower()
        if entry.rounds > 1:
            state += ", " + self.tr("{n} rounds").format(n=entry.rounds)
        return state

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index)
        if entry is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._titles[index.row()]
            if role == Qt.ItemDataRole.FontRole:
                return theme.font(9.5, bold=True)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(theme.MUTED)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.state_words(entry)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            # The title first: the column is narrow and its rows one line high (uniform rows),
            # so a long title ("Trust building and maintenance") is cut short on screen.
            return f"{entry.title}: {self.state_words(entry)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return state_icon(entry)
        if role == KEY_ROLE:
            return entry.key
        if role == STATE_ROLE:
            return entry.state
        if role == LEVEL_ROLE:
            return entry.level
        return None

    def update_entries(self, entries: Sequence[AgendaEntry]) -> None:
        """Same cards, new states: only the rows that changed are announced."""
        for g, group in enumerate(GROUPS):
            fresh = [e for e in entries if e.group == group]
            for row, (old, new) in enumerate(zip(self._groups[g], fresh, strict=True)):
                if old != new:
                    self._groups[g][row] = new
                    ix = self.index(row, 0, self.index(g, 0))
                    self.dataChanged.emit(ix, ix)

    def index_of(self, key: str) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for row, entry in enumerate(group):
                if entry.key == key:
                    return self.index(row, 0, self.index(g, 0))
        return QModelIndex()


def level_word(context: Any, level: str) -> str:
    words = {
        "calm": QCoreApplication.translate("words", "calm"),
        "watch": QCoreApplication.translate("words", "watch"),
        "storming": QCoreApplication.translate("words", "storming"),
    }
    return str(words.get(level, level))


_state_icons: dict[str, QIcon] = {}


def state_icon(entry: AgendaEntry) -> QIcon:
    if entry.level:
        return theme.level_icon(entry.level)
    key = entry.state or "cycle"
    if key not in _state_icons:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        if key == "voting":
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(QColor(theme.ACCENT))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(2, 5, 12, 6, 2, 2)  # a ballot slot: votes are coming in
            painter.end()
        _state_icons[key] = QIcon(pixmap)
    return _state_icons[key]


class AgendaView(QTreeView):
    def __init__(
        self, model: AgendaModel, on_pick: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # The font first: the rows are measured when the groups are expanded, and a font set
        # after that has them measured, and their text laid out, again.
        self.setFont(theme.font(11))
        self.setModel(model)
        self._model = model
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Agenda"))
        self.setAccessibleDescription(self.tr("Every card in order; pick one to go to it"))
        self.setUniformRowHeights(True)
        self.expandToDepth(0)
        self._on_pick = on_pick
        self._following = False
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE)
        if key and not self._following:
            self._on_pick(key)

    def follow(self, key: str) -> None:
        """Show where the group is, without sending it back as a new pick."""
        self._following = True
        try:
            ix = self._model.index_of(key)
            self.selectionModel().setCurrentIndex(
                ix, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.scrollTo(ix)
        finally:
            self._following = False
