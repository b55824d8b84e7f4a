"""The export dialog: the choices (export_choices.py) above, progress and status below; runs the
export, or builds a preview, off the GUI thread and opens the preview when asked.

The workshop is frozen into a snapshot here, on the GUI thread that owns the store, and the
worker gets only that snapshot and the paths (see ui/controllers/exporting.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.core import palette
from xsector_desktop.ui.plain_text import PlainLabel

from ..controllers.exporting import (
    PDF_KINDS,
    ExportKind,
    ExportOutcome,
    ExportTarget,
    folder_problem,
    load_snapshot_of,
)
from ..words import plural, said
from .export_choices import ExportChoices, FolderChooser
from .preview import PreviewWindow
from .worker import ExportThread

ERROR_STYLE = f"color: {palette.VERMILLION_DARK}; font-weight: 600;"  # 5.4:1 on white


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
        self.scratch = scratch
        self._thread: ExportThread | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(40)  # the bar follows the worker at about screen rate
        self._poll.timeout.connect(self._show_progress)
        self._exported: dict[ExportKind, Path] = {}
        self._preview_after: ExportKind | None = None
        self.previews: list[PreviewWindow] = []
        self.setWindowTitle(self.tr("Export and print"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.choices = ExportChoices(session, settings, choose_folder, self)
        self.choices.preview_requested.connect(self.preview)
        layout.addWidget(self.choices)
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

    # -- running -------------------------------------------------------------------------

    def start_export(self) -> None:
        if self._thread is not None:
            return
        folder = self.choices.chosen_folder
        targets = self.choices.targets(folder)
        problem = self._problem_with(folder, targets)
        if problem:
            self._tell(problem, error=True)
            return
        self.choices.remember(folder)
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
        self._preview_after = kind
        self._start([self.choices.target(kind, self.scratch)], self.tr("Preparing the preview…"))

    def _start(self, targets: list[ExportTarget], words: str) -> None:
        snapshot = load_snapshot_of(self.session.store)  # type: ignore[attr-defined]
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
        elif outcome.ok and self.choices.preview_when_done.isChecked():
            first = next((t for t in outcome.written if t.kind in PDF_KINDS), None)
            if first is not None:
                self._open_preview(first.kind, first.path)

    def _report(self, outcome: ExportOutcome, previewing: ExportKind | None) -> None:
        if outcome.error:
            self._tell(said(outcome.error), error=True)
        elif outcome.cancelled:
            saved = len(outcome.written)
            self._tell(
                plural(
                    saved,
                    self.tr(
                        "Cancelled. {count} file was saved whole before that; "
                        "nothing is half written."
                    ),
                    self.tr(
                        "Cancelled. {count} files were saved whole before that; "
                        "nothing is half written."
                    ),
                )
                if saved
                else self.tr("Cancelled. Nothing was saved.")
            )
        elif previewing is None:
            folder = outcome.written[0].path.parent if outcome.written else ""
            count = len(outcome.written)
            saved_in = (
                self.tr("Saved {count} file in {folder}.")
                if count == 1
                else self.tr("Saved {count} files in {folder}.")
            )
            # One format call: a folder's name may hold braces of its own.
            self._tell(saved_in.format(count=count, folder=folder))
        else:
            self._tell(" ")

    def _open_preview(self, kind: ExportKind, path: Path) -> None:
        title = self.choices.rows[kind].check.text()
        window = PreviewWindow(path, title, self.parentWidget() or self)
        self.previews.append(window)
        # A slot of the dialog, holding nothing of the window: a lambda that held the window
        # gave up the last reference to it from inside Qt's destructor, and PySide then freed
        # what that destructor still reads (a use after free under valgrind, a crash in tests).
        window.finished.connect(self._forget_closed)
        window.show()
        self.preview_opened.emit(window)

    def _forget_closed(self) -> None:
        self.previews = [w for w in self.previews if w.isVisible()]

    def _tell(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.choices.set_running(running)
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
