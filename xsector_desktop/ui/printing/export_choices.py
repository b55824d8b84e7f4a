"""What to export, on which paper, into which folder: the export dialog's form.

It holds the choices and remembers them in QSettings (paper, folder, preview when done); it runs
nothing. The dialog around it (export_dialog.py) turns the choices into export targets and runs
them off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.ui.plain_text import PlainLabel

from ..controllers.exporting import (
    ALL_KINDS,
    PDF_KINDS,
    ExportKind,
    ExportTarget,
    PageSize,
    blank_ballots_default,
    default_page_size,
    suggested_name,
)

FolderChooser = Callable[[Path], Path | None]


@dataclass
class OutputRow:
    """The form's widgets for one kind of output: tick box, file name, preview button."""

    kind: ExportKind
    check: QCheckBox
    name: QLineEdit
    preview: QPushButton | None


class ExportChoices(QWidget):
    """`preview_requested(kind)` fires when a row's Preview button is pressed."""

    preview_requested = Signal(str)

    def __init__(
        self,
        session: object,
        settings: QSettings,
        choose_folder: FolderChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self._choose_folder = choose_folder or self._ask_for_folder
        info = session.info  # type: ignore[attr-defined]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._heading(self.tr("What to export")))
        layout.addLayout(self._build_rows(info.partnership))
        layout.addLayout(self._build_paper())
        layout.addWidget(self._heading(self.tr("Where to save")))
        layout.addLayout(self._build_folder())
        self.preview_when_done = QCheckBox(self.tr("Open a preview of the PDF when done"))
        self.preview_when_done.setChecked(self._setting_flag("preview_when_done", True))
        layout.addWidget(self.preview_when_done)
        # Off unless ticked for this export: a hidden round is never printed by default.
        self.include_hidden = QCheckBox(
            self.tr("Print rounds not revealed to the room in the PDF (each marked)")
        )
        layout.addWidget(self.include_hidden)

    # -- building ------------------------------------------------------------------------

    def _heading(self, text: str) -> QLabel:
        label = PlainLabel(text)
        label.setStyleSheet("font-weight: 700; font-size: 11pt;")
        return label

    def _build_rows(self, partnership: str) -> QGridLayout:
        titles: dict[ExportKind, str] = {
            "pdf": self.tr("Partnership profile (PDF)"),
            "handouts": self.tr("Handouts (PDF)"),
            "ballots": self.tr("Paper ballots (PDF)"),
            "csv": self.tr("Data as CSV files (folder)"),
            "json": self.tr("Data as JSON (one file)"),
        }
        about: dict[ExportKind, str] = {
            "pdf": self.tr(
                "Cover, profile at a glance, trust-cycle reading, a page per card, "
                "parking lot and appendix"
            ),
            "handouts": self.tr(
                "The framework on one page, a sheet per card, the two behaviour cycles"
            ),
            "ballots": self.tr("A ballot per participant, with a code to key it in later"),
            "csv": self.tr(
                "participants.csv, votes.csv (with history), disagreements.csv, signals.csv"
            ),
            "json": self.tr("Everything in the CSV files, in one file"),
        }
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.rows: dict[ExportKind, OutputRow] = {}
        line = 0
        for kind in ALL_KINDS:
            check = QCheckBox(titles[kind])
            check.setChecked(kind == "pdf")
            check.setToolTip(about[kind])
            name = QLineEdit(suggested_name(partnership, kind))
            name.setCursorPosition(0)  # the start of a long name says the most
            name.setAccessibleName(self.tr("File name: {what}").format(what=titles[kind]))
            name.setMinimumWidth(260)
            preview = None
            grid.addWidget(check, line, 0)
            grid.addWidget(name, line, 1)
            if kind in PDF_KINDS:
                preview = QPushButton(self.tr("Preview"))
                preview.setAccessibleName(self.tr("Preview: {what}").format(what=titles[kind]))
                preview.clicked.connect(lambda _=False, k=kind: self.preview_requested.emit(k))
                grid.addWidget(preview, line, 2)
            check.toggled.connect(name.setEnabled)
            name.setEnabled(check.isChecked())
            self.rows[kind] = OutputRow(kind, check, name, preview)
            line += 1
            if kind == "ballots":
                grid.addLayout(self._build_ballot_options(), line, 0, 1, 3)
                line += 1
        return grid

    def _build_ballot_options(self) -> QHBoxLayout:
        roster = len(self.session.store.participants())  # type: ignore[attr-defined]
        anonymous = self.session.info.anonymous  # type: ignore[attr-defined]
        people = 0 if anonymous else roster
        row = QHBoxLayout()
        row.setContentsMargins(28, 0, 0, 0)
        words = (
            self.tr("one ballot for each of the {n} participants, plus").format(n=people)
            if people
            else self.tr("no roster to print names on:")
        )
        row.addWidget(PlainLabel(words))
        self.blank_ballots = QSpinBox()
        self.blank_ballots.setRange(0, 500)
        self.blank_ballots.setValue(blank_ballots_default(roster, anonymous))
        self.blank_ballots.setAccessibleName(self.tr("Blank ballots"))
        row.addWidget(self.blank_ballots)
        row.addWidget(PlainLabel(self.tr("blank ballots")))
        row.addStretch(1)
        return row

    def _build_paper(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(PlainLabel(self.tr("Paper:")))
        self.a4 = QRadioButton("A4")
        self.letter = QRadioButton(self.tr("US Letter"))
        self.a4.setAccessibleName(self.tr("A4 paper"))
        self.letter.setAccessibleName(self.tr("US Letter paper"))
        self._paper_group = QButtonGroup(self)
        for button in (self.a4, self.letter):
            self._paper_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        saved = self.settings.value("export/page_size")
        chosen = saved if saved in ("A4", "Letter") else default_page_size(QLocale.system().name())
        (self.letter if chosen == "Letter" else self.a4).setChecked(True)
        return row

    def _build_folder(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.folder = QLineEdit(str(self._default_folder()))
        self.folder.setAccessibleName(self.tr("Folder to save in"))
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.setAccessibleName(self.tr("Choose the folder to save in"))
        self.choose_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        return row

    def _default_folder(self) -> Path:
        """The folder last used for this workshop; else the workshop's own folder, since its
        exports belong beside it (the last folder of another workshop is the wrong place)."""
        workshop = getattr(self.session, "path", None)
        saved = self.settings.value("export/folder")
        saved_for = self.settings.value("export/folder-for")
        if workshop is None or str(saved_for) == str(workshop):
            if saved and Path(str(saved)).is_dir():
                return Path(str(saved))
        if workshop is not None and Path(workshop).parent.is_dir():
            return Path(workshop).parent
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _setting_flag(self, key: str, default: bool) -> bool:
        value = self.settings.value(f"export/{key}", default)
        return value in (True, "true", "1", 1)

    def _ask_for_folder(self, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Save the exports in"), str(start))
        return Path(name) if name else None

    # -- choices -------------------------------------------------------------------------

    @property
    def page_size(self) -> PageSize:
        return "Letter" if self.letter.isChecked() else "A4"

    @property
    def chosen_folder(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def choose_folder(self) -> None:
        chosen = self._choose_folder(Path(self.folder.text()))
        if chosen is not None:
            self.folder.setText(str(chosen))

    def set_checked(self, *kinds: ExportKind) -> None:
        for kind, row in self.rows.items():
            row.check.setChecked(kind in kinds)

    def target(self, kind: ExportKind, folder: Path) -> ExportTarget:
        """kind, under the name typed on its row, in folder, with the paper and options chosen."""
        return ExportTarget(
            kind,
            folder / self.rows[kind].name.text().strip(),
            self.page_size,
            self.blank_ballots.value(),
            self.include_hidden.isChecked(),
        )

    def targets(self, folder: Path) -> list[ExportTarget]:
        return [
            self.target(kind, folder) for kind, row in self.rows.items() if row.check.isChecked()
        ]

    def remember(self, folder: Path) -> None:
        """Keep the paper, the folder (for this workshop) and the preview choice for next time."""
        self.settings.setValue("export/page_size", self.page_size)
        self.settings.setValue("export/folder", str(folder))
        self.settings.setValue("export/folder-for", str(getattr(self.session, "path", "")))
        self.settings.setValue("export/preview_when_done", self.preview_when_done.isChecked())

    def set_running(self, running: bool) -> None:
        """While an export runs, the folder and paper are fixed and no preview can start."""
        for widget in (self.choose_button, self.folder, self.a4, self.letter):
            widget.setEnabled(not running)
        for row in self.rows.values():
            if row.preview is not None:
                row.preview.setEnabled(not running)
