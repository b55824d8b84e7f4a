"""The roster: a table of participants and an entry row built for fast keyboard entry.

Type a name, Tab, pick the sector (first letter jumps), Tab, pick the role, Enter: the person is
added and the cursor is back in the name field for the next one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.core.model import ROLES, SECTORS, Participant
from xsector_desktop.core.text import without_bidi_controls
from xsector_desktop.ui.plain_text import PlainLabel

from .. import theme, words
from ..accessible import buddy_label
from ..controllers.roster import RosterController
from ..tab_order import follow_layout
from .roster_import import ask_template_path, save_template

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: Qt's default parent, shared as a constant
OTHER = "__other__"
COLUMNS = ("name", "sector", "role")


class RosterModel(QAbstractTableModel):
    def __init__(self, roster: RosterController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roster = roster
        self._people: list[Participant] = []
        self._headers = (self.tr("Name or alias"), self.tr("Sector"), self.tr("Role"))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def set_people(self, people: Sequence[Participant]) -> None:
        if list(people) == self._people:
            return
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def person(self, row: int) -> Participant:
        return self._people[row]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(COLUMNS) else None
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "name":
                return without_bidi_controls(person.name)
            if column == "sector":
                return without_bidi_controls(words.sector(person.sector))
            return words.role(person.role)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(person, column)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self._roster.session.read_only else base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        person = self._people[index.row()]
        # The controller writes and the session's change event refreshes this model.
        return self._roster.update(person.id, **{COLUMNS[index.column()]: str(value)})


def sector_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for key in SECTORS:
        combo.addItem(words.sector(key), key)
    combo.addItem(QCoreApplication.translate("RosterPage", "Other (say which)…"), OTHER)
    return combo


def role_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for key in ROLES:
        combo.addItem(words.role(key), key)
    combo.setCurrentIndex(ROLES.index("unsaid"))
    return combo


class ChoiceDelegate(QStyledItemDelegate):
    """Sector and role edited with the same lists as the entry row."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = COLUMNS[index.column()]
        if column == "role":
            return role_combo(parent)
        if column == "sector":
            combo = sector_combo(parent)
            combo.setEditable(True)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            found = editor.findData(value)
            if found >= 0:
                editor.setCurrentIndex(found)
            else:
                editor.setEditText(str(value))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            text = editor.currentText()
            value = (
                data
                if data not in (None, OTHER) and text == editor.itemText(editor.currentIndex())
                else text
            )
            model.setData(index, value)
            return
        super().setModelData(editor, model, index)


class RosterTable(QTableView):
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


def _ask_template_path(parent: QWidget) -> Path | None:
    return ask_template_path(parent)


class RosterPage(QWidget):
    import_requested = Signal()
    done_requested = Signal()

    def __init__(self, roster: RosterController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("console")
        self.roster = roster
        # Replaced by tests, which answer without a file dialog.
        self.choose_template_path: Callable[[QWidget], Path | None] = _ask_template_path
        title = PlainLabel(self.tr("Roster"))
        title.setFont(theme.font(22, bold=True))
        self.count = PlainLabel()
        self.count.setObjectName("muted")
        self.anonymous = QCheckBox(self.tr("Anonymous: count show-of-hands tallies, no names"))
        self.anonymous.setAccessibleName(self.tr("Anonymous mode"))
        self.anonymous.toggled.connect(self.roster.set_anonymous)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setAccessibleName(self.tr("Import participants from a CSV file"))
        self.import_button.clicked.connect(self.import_requested.emit)
        self.template_button = QPushButton(self.tr("Template CSV…"))
        self.template_button.setAccessibleName(self.tr("Save a roster template CSV"))
        self.template_button.setToolTip(
            self.tr("A CSV with the columns name, sector, role to fill in a spreadsheet")
        )
        self.template_button.clicked.connect(self.save_template)
        self.done_button = QPushButton(self.tr("Start the walk-through ▶"))
        self.done_button.setAccessibleName(self.tr("Go to the walk-through"))
        self.done_button.clicked.connect(self.done_requested.emit)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.template_button)
        top.addWidget(self.import_button)
        top.addWidget(self.done_button)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name or alias"))
        self.name.setAccessibleName(self.tr("New participant's name"))
        self.sector = sector_combo()
        self.sector.setAccessibleName(self.tr("New participant's sector"))
        self.other_sector = QLineEdit()
        self.other_sector.setPlaceholderText(self.tr("Which sector?"))
        self.other_sector.setAccessibleName(self.tr("The other sector, in your words"))
        self.other_sector.hide()
        self.sector.currentIndexChanged.connect(
            lambda _i: self.other_sector.setVisible(self.sector.currentData() == OTHER)
        )
        self.role = role_combo()
        self.role.setAccessibleName(self.tr("New participant's role"))
        self.add_button = QPushButton(self.tr("Add  (Enter)"))
        self.add_button.setAccessibleName(self.tr("Add the participant"))
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.other_sector.returnPressed.connect(self.add)
        entry = QHBoxLayout()
        entry.addWidget(buddy_label(self.tr("Name"), self.name, muted=True))
        entry.addWidget(self.name, 3)
        entry.addWidget(buddy_label(self.tr("Sector"), self.sector, muted=True))
        entry.addWidget(self.sector, 2)
        entry.addWidget(self.other_sector, 2)
        entry.addWidget(buddy_label(self.tr("Role"), self.role, muted=True))
        entry.addWidget(self.role, 2)
        # The names say whose details these are: the row adds a new participant.
        self.name.setAccessibleName(self.tr("New participant's name"))
        self.sector.setAccessibleName(self.tr("New participant's sector"))
        self.role.setAccessibleName(self.tr("New participant's role"))
        entry.addWidget(self.add_button)
        for combo in (self.sector, self.role):
            combo.installEventFilter(self)

        self.model = RosterModel(roster, self)
        self.table = RosterTable()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setAccessibleName(self.tr("Participants"))
        # Tab leaves the table (arrows move between its cells), so Tab never gets stuck in it.
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleDescription(self.tr("F2 edits a cell; Delete removes the person"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.delete_pressed.connect(self.remove_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected participant"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = PlainLabel()
        self.message.setAccessibleDescription(self.tr("Roster message"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.anonymous)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        follow_layout(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QComboBox) and event.type() == QEvent.Type.FocusIn:
            # Tabbing in starts a fresh type-to-pick: "b" means Business, not "g" + "b".
            watched.view().keyboardSearch("")
        # Enter on a closed sector or role list adds the row, as it does in the name field.
        if (
            watched in (self.sector, self.role)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add()
            return True
        return super().eventFilter(watched, event)

    def add(self) -> None:
        sector = self.sector.currentData()
        if sector == OTHER:
            sector = self.other_sector.text()
        name = self.name.text()
        if not name.strip():
            self.message.setText(self.tr("Type a name first."))
            self.name.setFocus()
            return
        if self.roster.add(name, sector, self.role.currentData()):
            self.message.setText(self.tr("Added {name}.").format(name=name.strip()))
            self.name.clear()
            self.other_sector.clear()
            self.name.setFocus()

    def save_template(self) -> None:
        path = self.choose_template_path(self)
        if path is None:
            return
        try:
            save_template(path)
        except OSError as error:
            self.message.setText(
                self.tr("{file}: cannot be written ({why})").format(
                    file=path, why=error.strerror or error
                )
            )
            return
        self.message.setText(self.tr("Saved the template as {file}.").format(file=path))

    def remove_selected(self) -> None:
        rows = sorted({ix.row() for ix in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        for row in reversed(rows):
            self.roster.remove(self.model.person(row).id)

    def refresh(self) -> None:
        people = self.roster.participants()
        self.model.set_people(people)
        self.count.setText(
            self.tr("1 participant")
            if len(people) == 1
            else self.tr("{n} participants").format(n=len(people))
        )
        self.anonymous.blockSignals(True)
        self.anonymous.setChecked(self.roster.session.info.anonymous)
        self.anonymous.blockSignals(False)
        writable = not self.roster.session.read_only
        for widget in (
            self.name,
            self.sector,
            self.other_sector,
            self.role,
            self.add_button,
            self.import_button,
            self.remove_button,
            self.anonymous,
        ):
            widget.setEnabled(writable)
