"""Import participants from any CSV: map its columns, pick a sector per organisation, preview.

The mapping, the sector guesses and the preview are core's (core.roster_import); this dialog
only shows them and collects the facilitator's choices. Nothing is added until "Add" is pressed,
and then only the rows the preview marks to be added, as one undo step (the caller's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.core.imports import InputError
from xsector_desktop.core.model import SECTORS
from xsector_desktop.core.roster_import import (
    TEMPLATE_CSV,
    ColumnMapping,
    PreviewRow,
    Table,
    first_error,
    guess_mapping,
    guess_sector,
    organisations,
    preview,
    read_table,
)

from .. import words
from ..accessible import buddy_label
from ..plain_text import PlainLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from ..controllers.roster import RosterController
    from ..dialogs import Asker

NONE = -1  # the combo item for "no column"


def save_template(path: Path) -> None:
    """The template: the columns the import reads without any mapping, with three examples."""
    path.write_text(TEMPLATE_CSV, encoding="utf-8", newline="")


def ask_template_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RosterImportDialog", "Save a roster template"),
        "roster-template.csv",
        QCoreApplication.translate("RosterImportDialog", "CSV files (*.csv)"),
    )
    return Path(name) if name else None


def import_into(
    roster: RosterController, message: QLabel, ask: Asker, path: Path, parent: QWidget
) -> int:
    """Read `path`, let the facilitator map and preview it (`ask.roster_import`), then add what
    the preview marks "added" as one undo step. Says the outcome in `message`; returns the
    number added."""
    try:
        table = read_table(path)
    except InputError as error:
        message.setText(str(error))
        return 0
    dialog = RosterImportDialog(table, [p.name for p in roster.participants()], parent)
    try:
        if not ask.roster_import(dialog):
            return 0
        error = first_error(dialog.rows, table.path)
        if error is not None:
            message.setText(str(error))
            return 0
        added = roster.add_rows(dialog.to_add())
    finally:
        dialog.deleteLater()
    if added:  # 0: the file refused the import, and the window has said why
        message.setText(
            QCoreApplication.translate("RosterPage", "Imported {n} participants.").format(n=added)
        )
    return added


class RosterImportDialog(QDialog):
    def __init__(
        self, table: Table, existing_names: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = table
        self._existing = tuple(existing_names)
        # Replaced by tests, which answer without a file dialog.
        self.choose_template_path: Callable[[QWidget], Path | None] = ask_template_path
        self.setWindowTitle(self.tr("Import participants"))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 620)
        guess = guess_mapping(table.header)

        source = PlainLabel(
            (
                self.tr("{file}: 1 row") if len(table.rows) == 1 else self.tr("{file}: {n} rows")
            ).format(file=Path(table.path).name, n=len(table.rows))
        )
        self.name_first = self._column_combo(self.tr("Name"), guess.name[0] if guess.name else 0)
        self.name_second = self._column_combo(
            self.tr("then (joined with a space)"),
            guess.name[1] if len(guess.name) > 1 else NONE,
            none=self.tr("nothing"),
        )
        self.sector_column = self._column_combo(
            self.tr("Sector column"), guess.sector, none=self.tr("none: by organisation")
        )
        self.role_column = self._column_combo(
            self.tr("Role column"), guess.role, none=self.tr("none: not said")
        )
        self.organisation_column = self._column_combo(
            self.tr("Organisation column"), guess.organisation, none=self.tr("none")
        )
        self.unused = PlainLabel()
        self.unused.setObjectName("muted")
        self.unused.setWordWrap(True)
        form = QFormLayout()
        for combo in (
            self.name_first,
            self.name_second,
            self.sector_column,
            self.role_column,
            self.organisation_column,
        ):
            label = PlainLabel(combo.accessibleName())
            label.setBuddy(combo)
            form.addRow(label, combo)
        form.addRow(self.unused)

        self.organisations = QTableWidget(0, 2)
        self.organisations.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Sector")])
        self.organisations.setAccessibleName(self.tr("Sector for each organisation"))
        self.organisations.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.organisations.verticalHeader().hide()
        self.sector_combos: dict[str, QComboBox] = {}

        self.preview_table = QTableWidget(0, 4)
        self.preview_table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Name"), self.tr("Sector"), self.tr("What happens")]
        )
        self.preview_table.setAccessibleName(self.tr("Preview"))
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.verticalHeader().hide()
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.summary = PlainLabel()
        self.summary.setAccessibleDescription(self.tr("Import summary"))

        self.template_button = QPushButton(self.tr("Save a template CSV…"))
        self.template_button.setAccessibleName(self.tr("Save a roster template CSV"))
        self.template_button.clicked.connect(self.save_template)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(
            self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.template_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(source)
        left.addLayout(form)
        top.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(PlainLabel(self.tr("Sector for each organisation")))
        right.addWidget(self.organisations)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 2)
        preview_caption = PlainLabel(self.tr("Preview: nothing is added until you press Add"))
        layout.addWidget(preview_caption)
        layout.addWidget(self.preview_table, 3)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)
        self.rows: list[PreviewRow] = []
        self._fill_organisations()
        self.refresh()

    def _column_combo(self, label: str, selected: int | None, none: str = "") -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(label)
        if none:
            combo.addItem(none, NONE)
        for index, title in enumerate(self.table.header):
            combo.addItem(title or self.tr("column {n}").format(n=index + 1), index)
        found = combo.findData(NONE if selected is None else selected)
        combo.setCurrentIndex(max(0, found))
        combo.currentIndexChanged.connect(self._mapping_changed)
        return combo

    def mapping(self) -> ColumnMapping:
        def column(combo: QComboBox) -> int | None:
            data = combo.currentData()
            return None if data in (None, NONE) else int(data)

        name = tuple(
            c for c in (column(self.name_first), column(self.name_second)) if c is not None
        )
        return ColumnMapping(
            name,
            column(self.sector_column),
            column(self.role_column),
            column(self.organisation_column),
        )

    def _mapping_changed(self, _index: int = 0) -> None:
        self._fill_organisations()
        self.refresh()

    def _fill_organisations(self) -> None:
        chosen = {org: combo.currentData() for org, combo in self.sector_combos.items()}
        found = organisations(self.table, self.mapping())
        self.organisations.setRowCount(len(found))
        self.sector_combos = {}
        for row, organisation in enumerate(found):
            shown = organisation or self.tr("(no organisation)")
            combo = QComboBox()
            # A label, not a table item: a screen reader names the sector list by it.
            self.organisations.setCellWidget(row, 0, buddy_label(shown, combo))
            combo.addItem(self.tr("Choose a sector"), "")
            for key in SECTORS:
                combo.addItem(words.sector(key), key)
            combo.setAccessibleName(self.tr("Sector for {org}").format(org=shown))
            self.organisations.setRowHeight(row, max(combo.sizeHint().height(), 26))
            wanted = chosen.get(organisation) or guess_sector(organisation) or ""
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            self.organisations.setCellWidget(row, 1, combo)
            self.sector_combos[organisation] = combo

    def set_sector(self, organisation: str, sector: str) -> None:
        combo = self.sector_combos[organisation]
        combo.setCurrentIndex(combo.findData(sector))

    def _status_text(self, row: PreviewRow) -> str:
        return {
            "add": self.tr("added"),
            "duplicate": self.tr("skipped: the same name is earlier in the file"),
            "on-roster": self.tr("skipped: already on the roster"),
            "no-name": self.tr("skipped: no name"),
        }.get(row.status, self.tr("problem: {what}").format(what=row.problem))

    def refresh(self) -> None:
        sectors = {org: combo.currentData() or "" for org, combo in self.sector_combos.items()}
        mapping = self.mapping()
        self.rows = preview(self.table, mapping, sectors, self._existing)
        used = {*mapping.name, mapping.sector, mapping.role, mapping.organisation}
        unused = [t for i, t in enumerate(self.table.header) if i not in used and t]
        self.unused.setText(
            self.tr("Not kept: {columns}").format(columns=", ".join(unused)) if unused else ""
        )
        self.preview_table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            sector = words.sector(row.sector) if row.sector else ""
            for column, text in enumerate(
                (str(row.line), row.name, sector, self._status_text(row))
            ):
                self.preview_table.setItem(index, column, QTableWidgetItem(text))
        adding = sum(r.status == "add" for r in self.rows)
        problems = sum(r.status == "error" for r in self.rows)
        skipped = len(self.rows) - adding - problems
        self.summary.setText(
            self.tr("{add} to add · {skip} skipped · {bad} to fix").format(
                add=adding, skip=skipped, bad=problems
            )
        )
        self.add_button.setText(
            self.tr("Add 1 participant")
            if adding == 1
            else self.tr("Add {n} participants").format(n=adding)
        )
        self.add_button.setEnabled(adding > 0 and problems == 0)

    def to_add(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.status == "add"]

    def save_template(self) -> Path | None:
        path = self.choose_template_path(self)
        if path is not None:
            save_template(path)
        return path
