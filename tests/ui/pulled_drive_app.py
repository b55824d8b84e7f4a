"""Run by test_faults_app.py in a child process: the whole app, as `xsector FILE` builds it
(crash handler installed, no pytest-qt catching errors), on a workshop whose drive is pulled
out while keys are pressed. Prints what the facilitator was told, as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).parents[1]))  # tests/, for fault_injection

from fault_injection import pull

from xsector_desktop.ui.crash import CrashHandler
from xsector_desktop.ui.dialogs import Refuser
from xsector_desktop.ui.main_window import MainWindow


def replug(mountpoint: Path) -> str:
    """The stick plugged in again: the dead file system is let go of (lazily: the app still
    holds files on it) and the image comes back on a new loop device, as a real stick comes
    back as a new device. Returns the device, to let go of when done."""
    image = mountpoint.with_name("stick.img")
    subprocess.run(["umount", "-l", str(mountpoint)], check=True)
    device = subprocess.run(
        ["losetup", "-f", "--show", str(image)], capture_output=True, text=True, check=True
    ).stdout.strip()
    subprocess.run(["mount", device, str(mountpoint)], check=True)
    return device


def main(workshop: Path, mountpoint: Path, home: Path, plug_back: bool) -> None:
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
    device = None
    if plug_back:
        report["selected_before"] = walk.selected
        device = replug(mountpoint)
        reconnect = window.safety.reconnector.action
        deadline = time.monotonic() + 10
        while not reconnect.isEnabled() and time.monotonic() < deadline:
            app.processEvents()  # the banner's look at the path, every second
            time.sleep(0.02)
        report["offered"] = window.safety.banner.reconnect.isVisibleTo(window)
        QTest.mouseClick(window.safety.banner.reconnect, Qt.MouseButton.LeftButton)
        app.processEvents()
        walk = window.walk
        assert walk is not None
        report["current_after"] = walk.current
        report["banner_after"] = window.safety.banner.isVisibleTo(window)
        report["selected_after"] = walk.selected
        walk.select(walk.participants()[1].id)  # Ben: Ana's 4 stays her vote
        press(Qt.Key.Key_5)
    window.close()  # closing on a dead drive: told, not crashed
    report["told_on_close"] = asker.messages[len(told) :]
    if device is not None:
        subprocess.run(["umount", str(mountpoint)], check=True)
        subprocess.run(["losetup", "-d", device], check=True)
    print(json.dumps(report))
    crash.uninstall()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4:] == ["replug"])
