"""The console's dialogs read by a screen reader: every control named, by its label."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.settings_dialog import open_settings

from .accessible_tree import accessible_problems


def test_export_ballot_entry_and_settings_dialogs_can_be_read(
    qtbot: QtBot, window: MainWindow, sample_file: Path
) -> None:
    window.open_path(sample_file)
    assert window.session is not None
    found = {}
    export = window.printing.show_export()
    assert export is not None
    qtbot.waitExposed(export)
    found["export"] = accessible_problems(export)
    export.close()
    ballots = window.printing.show_ballot_entry()
    assert ballots is not None
    qtbot.waitExposed(ballots)
    found["ballots"] = accessible_problems(ballots)
    ballots.close()
    settings = open_settings(window.session, window.run, window)
    qtbot.waitExposed(settings)
    found["settings"] = accessible_problems(settings)
    settings.close()
    assert found == {"export": [], "ballots": [], "settings": []}
