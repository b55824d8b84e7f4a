"""The export dialog: which outputs, which paper, which folder; runs the export off the GUI thread.

The workshop is frozen into a snapshot here, on the GUI thread that owns the store, and the
worker gets only that snapshot and the paths (see ui/controllers/exporting.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.core import palette
from xsector_desktop.ui.plain_text import PlainLabel

from ..controllers.exporting import (
    ALL_KINDS,
    PDF_KINDS,
    ExportKind,
    ExportOutcome,
    ExportTarget,
    PageSize,
    blank_ballots_default,
    default_page_size,
    folder_problem,
    load_snapshot_of,
    suggested_name,
)
from ..words import said
from .preview import PreviewWindow
from .worker import ExportThread

FolderChooser = Callable[[Path], Path | None]
ERROR_STYLE = f"color: {palette.VERMILLION_DARK}; font-weight: 600;"  # 5.4:1 on white


@dataclass
class OutputRow:
    """The export dialog's widgets for one kind of output: tick box, file name, preview button."""

    kind: ExportKind
    check: QCheckBox
    name: QLineEdit
    preview: QPushButton | None


class ExportDialog(QDialog):
    """`export_finished(ExportOutcome)` fires on the GUI thread once an export or preview ends."""

    export_finished = Signal(object)
    preview_opened = Signal(object)  # the PreviewWindow

    def __init__(
        self,
        session: object,
        settings: QSettings,
        scratch: Path,
        choose_folder: FolderChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.scratch = scratch
        self._choose_folder = choose_folder or self._ask_for_folder
        self._thread: ExportThread | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(40)  # the bar follows the worker at about screen rate
        self._poll.timeout.connect(self._show_progress)
        self._exported: dict[ExportKind, Path] = {}
        self._preview_after: ExportKind | None = None
        self.previews: list[PreviewWindow] = []
        info = session.info  # type: ignore[attr-defined]
        self.setWindowTitle(self.tr("Export and print"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
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
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.status = PlainLabel(" ")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(self._build_buttons())
        self._set_running(False)

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
                preview.clicked.connect(lambda _=False, k=kind: self.preview(k))
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

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export the chosen files"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        row.addWidget(self.cancel_button)
        row.addWidget(self.export_button)
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

    def choose_folder(self) -> None:
        chosen = self._choose_folder(Path(self.folder.text()))
        if chosen is not None:
            self.folder.setText(str(chosen))

    def set_checked(self, *kinds: ExportKind) -> None:
        for kind, row in self.rows.items():
            row.check.setChecked(kind in kinds)

    def targets(self, folder: Path) -> list[ExportTarget]:
        return [
            ExportTarget(
                kind,
                folder / row.name.text().strip(),
                self.page_size,
                self.blank_ballots.value(),
                self.include_hidden.isChecked(),
            )
            for kind, row in self.rows.items()
            if row.check.isChecked()
        ]

    # -- running -------------------------------------------------------------------------

    def start_export(self) -> None:
        if self._thread is not None:
            return
        folder = Path(self.folder.text().strip()).expanduser()
        targets = self.targets(folder)
        problem = self._problem_with(folder, targets)
        if problem:
            self._tell(problem, error=True)
            return
        self.settings.setValue("export/page_size", self.page_size)
        self.settings.setValue("export/folder", str(folder))
        self.settings.setValue("export/folder-for", str(getattr(self.session, "path", "")))
        self.settings.setValue("export/preview_when_done", self.preview_when_done.isChecked())
        self._preview_after = None
        self._start(targets, self.tr("Exporting…"))

    def _problem_with(self, folder: Path, targets: list[ExportTarget]) -> str | None:
        if not targets:
            return self.tr("Tick at least one thing to export.")
        if any(not t.path.name for t in targets):
            return self.tr("Every file needs a name.")
        problem = folder_problem(folder)
        return said(problem) if problem is not None else None

    def preview(self, kind: ExportKind) -> None:
        """Show a PDF: the one just exported, or a fresh one built in a scratch folder."""
        written = self._exported.get(kind)
        if written is not None and written.exists():
            self._open_preview(kind, written)
            return
        if self._thread is not None:
            return
        self.scratch.mkdir(parents=True, exist_ok=True)
        target = ExportTarget(
            kind,
            self.scratch / self.rows[kind].name.text().strip(),
            self.page_size,
            self.blank_ballots.value(),
            self.include_hidden.isChecked(),
        )
        self._preview_after = kind
        self._start([target], self.tr("Preparing the preview…"))

    def _start(self, targets: list[ExportTarget], words: str) -> None:
        snapshot = load_snapshot_of(self.session.store)  # type: ignore[attr-defined]
        self._running_targets = targets
        thread = ExportThread(snapshot, targets)
        self._thread = thread
        self.progress.setValue(0)
        self._tell(words)
        self._set_running(True)
        thread.start()
        self._poll.start()

    def _show_progress(self) -> None:
        if self._thread is not None:
            done, total = self._thread.latest
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            if not self._thread.running:
                self._on_thread_finished()

    def _on_thread_finished(self) -> None:
        thread = self._thread
        assert thread is not None
        outcome: ExportOutcome = thread.outcome or ExportOutcome(
            error=self.tr("The export failed: {error}").format(error=thread.error)
        )
        self._poll.stop()
        done, total = thread.latest
        self.progress.setMaximum(total)
        self.progress.setValue(done if outcome.ok else 0)
        self._thread = None
        self._set_running(False)
        previewing = self._preview_after
        if previewing is None:
            for target in outcome.written:
                self._exported[target.kind] = target.path
        self._report(outcome, previewing)
        self.export_finished.emit(outcome)
        if outcome.ok and previewing is not None:
            self._open_preview(previewing, outcome.written[0].path)
        elif outcome.ok and self.preview_when_done.isChecked():
            first = next((t for t in outcome.written if t.kind in PDF_KINDS), None)
            if first is not None:
                self._open_preview(first.kind, first.path)

    def _report(self, outcome: ExportOutcome, previewing: ExportKind | None) -> None:
        if outcome.error:
            self._tell(said(outcome.error), error=True)
        elif outcome.cancelled:
            saved = len(outcome.written)
            self._tell(
                self.tr(
                    "Cancelled. {n} file(s) were saved whole before that; nothing is half written."
                ).format(n=saved)
                if saved
                else self.tr("Cancelled. Nothing was saved.")
            )
        elif previewing is None:
            folder = outcome.written[0].path.parent if outcome.written else ""
            self._tell(
                self.tr("Saved {n} file(s) in {folder}.").format(
                    n=len(outcome.written), folder=folder
                )
            )
        else:
            self._tell(" ")

    def _open_preview(self, kind: ExportKind, path: Path) -> None:
        title = self.rows[kind].check.text()
        window = PreviewWindow(path, title, self.parentWidget() or self)
        self.previews.append(window)
        window.destroyed.connect(lambda _=None, w=window: self._forget(w))
        window.show()
        self.preview_opened.emit(window)

    def _forget(self, window: PreviewWindow) -> None:
        if window in self.previews:
            self.previews.remove(window)

    def _tell(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def _set_running(self, running: bool) -> None:
        for widget in (self.export_button, self.choose_button, self.folder, self.a4, self.letter):
            widget.setEnabled(not running)
        for row in self.rows.values():
            if row.preview is not None:
                row.preview.setEnabled(not running)
        self.cancel_button.setText(self.tr("Cancel export") if running else self.tr("Close"))
        self.progress.setVisible(running or self.progress.value() > 0)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def reject(self) -> None:
        # Escape or Cancel while an export runs stops the export and keeps the dialog open.
        if self._thread is not None:
            self._thread.cancel()
            self._tell(self.tr("Cancelling…"))
            return
        super().reject()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._thread is not None:
            self._thread.cancel()
            self._thread.wait()
        super().closeEvent(event)
