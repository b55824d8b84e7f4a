"""Everything that asks the facilitator something in a modal dialog, behind one small object.

The main window never opens a dialog itself; it asks its `Asker`. Tests pass a scripted Asker,
so no flow blocks on a modal window, and the real dialogs are built in one place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.core.scales import builtin_scales
from xsector_desktop.ui.plain_text import PlainLabel, plain_message
from xsector_desktop.ui.scale_words import on_screen

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from .views.roster_import import RosterImportDialog

# The widgets of the dialogs themselves are imported where a dialog is built: with
# --quit-when-ready the Refuser below is all start-up needs, and PySide builds each Qt type
# (with its enums) on first import, which costs start-up time for dialogs nobody opens.

ErrorChoice = Literal["read-only", "another", "cancel"]
FILTER = QT_TRANSLATE_NOOP("Asker", "xsector workshops (*.xsector)")


class NewWorkshop(NamedTuple):
    """The answer to New workshop: where to save the file and the new workshop's details."""

    path: Path
    info: WorkshopInfo


class Asker(QObject):
    """The real, modal dialogs."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def file_to_open(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Open a workshop"), "", self.tr(FILTER)
        )
        return Path(name) if name else None

    def csv_to_import(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Import participants"), "", self.tr("CSV files (*.csv)")
        )
        return Path(name) if name else None

    def new_workshop(self) -> NewWorkshop | None:
        from PySide6.QtWidgets import QFileDialog

        dialog = NewWorkshopDialog(self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        info = dialog.info()
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save the new workshop as"),
            dialog.suggested_file_name(),
            self.tr(FILTER),
        )
        return NewWorkshop(Path(name), info) if name else None

    def roster_import(self, dialog: RosterImportDialog) -> bool:
        """Whether the facilitator pressed Add in the import dialog (column mapping, preview)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def copy_to_save(self, suggested: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save a copy of the workshop"), str(suggested), self.tr(FILTER)
        )
        return Path(name) if name else None

    def store_error(self, message: str, can_read_only: bool) -> ErrorChoice:
        box = store_error_box(self._parent, message, can_read_only)
        box.exec()
        return box.property("choice") or "cancel"

    def tell(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, title, "", parent=self._parent)
        plain_message(box, message).exec()


def store_error_box(parent: QWidget | None, message: str, can_read_only: bool) -> QMessageBox:
    """The dialog for a workshop that cannot be opened: what is wrong, and what can be done."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Asker", "This workshop cannot be opened"))
    plain_message(box, message)  # it names the file: a file name is text, never markup
    box.setAccessibleName(box.windowTitle())
    buttons = []
    if can_read_only:
        buttons.append(
            (
                box.addButton(
                    QCoreApplication.translate("Asker", "Open read-only"),
                    QMessageBox.ButtonRole.AcceptRole,
                ),
                "read-only",
            )
        )
    buttons.append(
        (
            box.addButton(
                QCoreApplication.translate("Asker", "Pick another file…"),
                QMessageBox.ButtonRole.ActionRole,
            ),
            "another",
        )
    )
    buttons.append((box.addButton(QMessageBox.StandardButton.Cancel), "cancel"))
    for button, choice in buttons:
        button.clicked.connect(lambda _=False, c=choice: box.setProperty("choice", c))
    box.setDefaultButton(buttons[0][0])
    return box


def _labelled(text: str, field: QWidget) -> QWidget:
    """A form's label, linked to its field: a screen reader names the field by it."""
    label = PlainLabel(text)
    label.setBuddy(field)
    return label


class NewWorkshopDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLineEdit

        from .date_field import DateField

        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.partnership = QLineEdit()
        self.partnership.setAccessibleName(self.tr("Partnership name"))
        self.date = DateField(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Date"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        self.facilitator = QLineEdit()
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.deck = QComboBox()
        self.deck.addItem(
            self.tr("Living Cities cross-sector partnerships (2013)"), "living-cities-2013"
        )
        self.deck.addItem(
            self.tr("Living Cities cross-sector partnerships (2013), in Spanish"),
            "living-cities-2013-es",
        )
        self.deck.setAccessibleName(self.tr("Deck"))
        self.scale = QComboBox()
        for key, scale in builtin_scales().items():
            self.scale.addItem(on_screen(scale).name, key)
        self.scale.setAccessibleName(self.tr("Vote scale"))
        form = QFormLayout(self)
        form.addRow(_labelled(self.tr("Partnership"), self.partnership), self.partnership)
        form.addRow(_labelled(self.tr("Date"), self.date), self.date)
        form.addRow(_labelled(self.tr("Place"), self.place), self.place)
        form.addRow(_labelled(self.tr("Facilitator"), self.facilitator), self.facilitator)
        form.addRow(_labelled(self.tr("Deck"), self.deck), self.deck)
        form.addRow(_labelled(self.tr("Vote scale"), self.scale), self.scale)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept_if_named(self) -> None:
        if self.partnership.text().strip():
            self.accept()
        else:
            self.partnership.setFocus()

    def info(self) -> WorkshopInfo:
        return WorkshopInfo(
            partnership=self.partnership.text().strip(),
            date=self.date.date().toString("yyyy-MM-dd"),
            place=self.place.text().strip(),
            facilitator=self.facilitator.text().strip(),
            deck=self.deck.currentData(),
            scale=self.scale.currentData(),
        )

    def suggested_file_name(self) -> str:
        words = "".join(c if c.isalnum() else "-" for c in self.partnership.text().lower())
        return "-".join(w for w in words.split("-") if w) + ".xsector"


class Refuser(Asker):
    """Answers every question with "no" and keeps the messages: for --quit-when-ready and tests."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.messages: list[str] = []

    def file_to_open(self) -> Path | None:
        return None

    def csv_to_import(self) -> Path | None:
        return None

    def new_workshop(self) -> NewWorkshop | None:
        return None

    def roster_import(self, dialog: RosterImportDialog) -> bool:
        return False

    def copy_to_save(self, suggested: Path) -> Path | None:
        return None

    def store_error(self, message: str, can_read_only: bool) -> ErrorChoice:
        self.messages.append(message)
        return "cancel"

    def tell(self, title: str, message: str) -> None:
        self.messages.append(message)
