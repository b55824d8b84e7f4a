"""Run by test_faults_app.py in a child process: the whole app, as `xsector FILE` builds it
(crash handler installed, no pytest-qt catching errors), on a workshop whose drive is pulled
out while keys are pressed. Prints what the facilitator was told, as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).parents[1]))  # tests/, for fault_injection

from fault_injection import pull

from xsector_desktop.ui.crash import CrashHandler
from xsector_desktop.ui.dialogs import Refuser
from xsector_desktop.ui.main_window import MainWindow


def main(workshop: Path, mountpoint: Path, home: Path) -> None:
    app = QApplication([])
    crash = CrashHandler(home / "crash.log")
    crash.install()
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, home / "samples", remember=False)
    crash.handlers.append(window.safety.unexpected)
    window.ask = asker = Refuser(window)
    window.resize(1280, 720)
    window.show()
    assert window.open_path(workshop)
    walk, page = window.walk, window.walk_page
    assert walk is not None and page is not None
    window.activateWindow()
    page.agenda.setFocus()
    app.processEvents()
    walk.select(walk.participants()[0].id)

    def press(key: Qt.Key) -> None:
        target = QApplication.focusWidget() or page
        assert isinstance(target, QWidget)
        QTest.keyClick(target, key)
        app.processEvents()

    press(Qt.Key.Key_4)
    voted_before = len(walk.voting_state().chips) and walk.voting_state().voted
    pull(mountpoint)
    for key in [Qt.Key.Key_5] * 10 + [Qt.Key.Key_PageDown] * 3 + [Qt.Key.Key_Right] * 2:
        press(key)
    window.undo_action.trigger()
    app.processEvents()
    told = list(asker.messages)
    report = {
        "voted_before": voted_before,
        "told": told,
        "banner": window.safety.banner.isVisibleTo(window),
        "current": walk.current,
        "crash_dialog": crash.dialog is not None,
        "crash_log": (home / "crash.log").exists(),
        "undo_text": window.undo_stack.undoText(),
    }
    window.close()  # closing on a dead drive: told, not crashed
    report["told_on_close"] = asker.messages[len(told) :]
    print(json.dumps(report))
    crash.uninstall()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
