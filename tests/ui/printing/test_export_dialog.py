"""The export dialog: exports off the GUI thread with progress, Cancel, errors in words, paper."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QSettings, Qt
from pytestqt.qtbot import QtBot

from xsector_desktop.ui.controllers.exporting import ExportOutcome, default_page_size
from xsector_desktop.ui.controllers.session import WorkshopSession
from xsector_desktop.ui.printing.export_dialog import ExportDialog
from xsector_desktop.ui.printing.preview import PreviewWindow

from ..conftest import unnamed_controls


def make_dialog(
    qtbot: QtBot,
    session: WorkshopSession,
    settings: QSettings,
    tmp_path: Path,
    folder: Path | None = None,
) -> ExportDialog:
    dialog = ExportDialog(
        session, settings, tmp_path / "scratch", choose_folder=lambda _start: folder
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export(qtbot: QtBot, dialog: ExportDialog) -> ExportOutcome:
    with qtbot.waitSignal(dialog.export_finished, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    outcome = blocker.args[0]
    assert isinstance(outcome, ExportOutcome)
    return outcome


def close_previews(dialog: ExportDialog) -> None:
    for window in list(dialog.previews):
        window.close()


def test_the_chosen_files_are_exported_and_the_profile_previewed(
    qtbot: QtBot,
    session: WorkshopSession,
    export_settings: QSettings,
    tmp_path: Path,
    out_folder: Path,
) -> None:
    dialog = make_dialog(qtbot, session, export_settings, tmp_path, folder=out_folder)
    qtbot.mouseClick(dialog.choices.choose_button, Qt.MouseButton.LeftButton)  # the injected folder
    assert dialog.choices.folder.text() == str(out_folder)
    dialog.choices.set_checked("pdf", "ballots", "csv", "json")
    dialog.choices.blank_ballots.setValue(3)
    steps: list[int] = []
    dialog.progress.valueChanged.connect(steps.append)
    with qtbot.waitSignal(dialog.preview_opened, timeout=60000) as opened:
        outcome = export(qtbot, dialog)
    assert outcome.ok and [t.kind for t in outcome.written] == ["pdf", "ballots", "csv", "json"]
    names = sorted(p.name for p in out_folder.iterdir())
    assert names == sorted(
        dialog.choices.rows[k].name.text() for k in ("pdf", "ballots", "csv", "json")
    )
    ballots = PdfReader(out_folder / dialog.choices.rows["ballots"].name.text())
    assert len(ballots.pages) == len(session.store.participants()) + 3
    assert steps and steps[-1] == 1000 and steps == sorted(steps)
    assert dialog.status.text() == f"Saved 4 files in {out_folder}."
    preview = opened.args[0]
    assert isinstance(preview, PreviewWindow)
    profile = out_folder / dialog.choices.rows["pdf"].name.text()
    assert preview.path == profile
    assert preview.page_count == len(PdfReader(profile).pages)
    close_previews(dialog)


def test_cancel_stops_the_export_and_leaves_no_partial_file(
    qtbot: QtBot,
    session: WorkshopSession,
    export_settings: QSettings,
    tmp_path: Path,
    out_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xsector_desktop.report import exports

    started, may_go_on = threading.Event(), threading.Event()

    def slow_write(
        kind: str,
        snapshot: object,
        out: Path,
        page_size: str = "A4",
        progress: object = None,
        blank_ballots: object = None,
        include_hidden: bool = False,
    ) -> Path:
        Path(out).write_bytes(b"%PDF half of it")
        assert callable(progress)
        progress(1, 10)
        started.set()
        may_go_on.wait(30)
        progress(2, 10)  # the runner's cancel check fires here
        raise AssertionError("the export went on after Cancel")

    monkeypatch.setattr(exports, "write", slow_write)
    dialog = make_dialog(qtbot, session, export_settings, tmp_path)
    dialog.choices.folder.setText(str(out_folder))
    try:
        with qtbot.waitSignal(dialog.export_finished, timeout=30000) as blocker:
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
            assert dialog.running and not dialog.export_button.isEnabled()
            qtbot.waitUntil(started.is_set)
            # The bar follows the worker while it runs: a tenth of the one file written.
            qtbot.waitUntil(lambda: dialog.progress.value() == 100)
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # Cancel export
            assert dialog.isVisible()  # Cancel stops the export, not the dialog
            may_go_on.set()
    finally:
        may_go_on.set()
    assert blocker.args[0].cancelled
    assert list(out_folder.iterdir()) == []
    assert "Nothing was saved" in dialog.status.text()
    assert dialog.export_button.isEnabled() and dialog.cancel_button.text() == "Close"


def test_a_folder_that_cannot_be_written_is_said_in_words(
    qtbot: QtBot,
    session: WorkshopSession,
    export_settings: QSettings,
    tmp_path: Path,
    out_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make_dialog(qtbot, session, export_settings, tmp_path)
    dialog.choices.folder.setText(str(tmp_path / "gone"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.running
    assert (
        dialog.status.text() == f"The folder {tmp_path / 'gone'} does not exist. "
        "Choose another folder."
    )

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    dialog.choices.folder.setText(str(out_folder))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.running
    assert "you do not have permission to write there" in dialog.status.text()
    assert "Traceback" not in dialog.status.text()


def test_one_file_saved_is_said_in_the_singular_whatever_the_folder_is_called(
    qtbot: QtBot, session: WorkshopSession, export_settings: QSettings, tmp_path: Path
) -> None:
    folder = tmp_path / "out {count} {0}"  # braces in a name are the name, not a placeholder
    folder.mkdir()
    dialog = make_dialog(qtbot, session, export_settings, tmp_path)
    dialog.choices.folder.setText(str(folder))
    dialog.choices.set_checked("json")
    assert export(qtbot, dialog).ok
    assert dialog.status.text() == f"Saved 1 file in {folder}."


def test_paper_follows_the_locale_then_the_last_choice(
    qtbot: QtBot,
    session: WorkshopSession,
    export_settings: QSettings,
    tmp_path: Path,
    out_folder: Path,
) -> None:
    first = make_dialog(qtbot, session, export_settings, tmp_path)
    assert first.choices.page_size == default_page_size(QLocale.system().name())
    first.choices.folder.setText(str(out_folder))
    first.choices.set_checked("json")
    (first.choices.a4 if first.choices.page_size == "Letter" else first.choices.letter).setChecked(
        True
    )
    chosen = first.choices.page_size
    assert export(qtbot, first).ok
    again = make_dialog(qtbot, session, export_settings, tmp_path)
    assert again.choices.page_size == chosen
    assert again.choices.folder.text() == str(out_folder)


def test_preview_from_the_dialog_builds_a_scratch_copy(
    qtbot: QtBot,
    session: WorkshopSession,
    export_settings: QSettings,
    tmp_path: Path,
    out_folder: Path,
) -> None:
    dialog = make_dialog(qtbot, session, export_settings, tmp_path)
    dialog.choices.folder.setText(str(out_folder))
    with qtbot.waitSignal(dialog.preview_opened, timeout=60000) as opened:
        qtbot.mouseClick(dialog.choices.rows["handouts"].preview, Qt.MouseButton.LeftButton)
    window = opened.args[0]
    assert window.path.parent == tmp_path / "scratch" and window.page_count > 5
    assert list(out_folder.iterdir()) == []  # a preview saves nothing in the chosen folder
    assert dialog.previews == [window]
    close_previews(dialog)
    assert dialog.previews == []  # a closed preview is let go


def test_nothing_ticked_and_every_control_named(
    qtbot: QtBot,
    session: WorkshopSession,
    export_settings: QSettings,
    tmp_path: Path,
) -> None:
    dialog = make_dialog(qtbot, session, export_settings, tmp_path)
    assert unnamed_controls(dialog) == []
    dialog.choices.set_checked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Tick at least one thing to export."
