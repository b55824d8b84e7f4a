"""The export dialog never prints a hidden round unless the facilitator ticks it for this export."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from xsector_desktop.ui.controllers.session import WorkshopSession
from xsector_desktop.ui.printing.export_dialog import ExportDialog


def text_of(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "") for p in PdfReader(path).pages).split())


def test_a_hidden_round_is_printed_only_when_asked_for_and_then_marked(
    qtbot: QtBot, session: WorkshopSession, export_settings: QSettings, tmp_path: Path
) -> None:
    store = session.store
    number = store.open_round("time-frame").record
    people = store.participants()[:9]
    store.add_votes(
        {"participant_id": p.id, "card": "time-frame", "round": number, "value": 2} for p in people
    )
    dialog = ExportDialog(session, export_settings, tmp_path / "scratch")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.choices.include_hidden.isChecked()  # never by default
    dialog.choices.preview_when_done.setChecked(False)
    dialog.choices.set_checked("pdf")
    texts = []
    for ticked, folder in ((False, tmp_path / "plain"), (True, tmp_path / "marked")):
        folder.mkdir()
        dialog.choices.folder.setText(str(folder))
        dialog.choices.include_hidden.setChecked(ticked)
        with qtbot.waitSignal(dialog.export_finished, timeout=60000) as done:
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert done.args[0].ok
        texts.append(text_of(folder / dialog.choices.rows["pdf"].name.text()))
        for window in list(dialog.previews):
            window.close()
    plain, marked = texts
    assert f"Round {number} was not revealed in the room, so its votes are not printed" in plain
    assert f"{number} (not revealed)" not in plain
    assert f"{number} (not revealed)" in marked and "at the facilitator's request" in marked
