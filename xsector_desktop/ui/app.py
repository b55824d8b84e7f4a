"""The composition root: builds the application, its window and its crash handler, once.

`run_app` is the only entry point the command line calls (lazily, so the other commands never
import Qt). Everything slow that the walk-through does not need at start-up, such as ReportLab,
is imported later, where it is used.
"""

from __future__ import annotations

import sys
from pathlib import Path

ORGANISATION = "xsector"
APPLICATION = "xsector"


def _data_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".xsector")


def _place(window: object) -> None:
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    saved = window.settings.value("geometry")  # type: ignore[attr-defined]
    if saved is not None and window.restoreGeometry(saved):
        return
    screen = window.screen().availableGeometry()
    if screen.width() <= 1440:
        # A laptop on a projector: use the whole screen, even without a window manager.
        window.setGeometry(screen)
    else:
        window.resize(1440, 900)
        window.move(screen.center() - window.rect().center())


def run_app(path: Path | None, *, quit_when_ready: bool = False, read_only: bool = False) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from .crash import CrashHandler
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    data = _data_folder()
    crash = CrashHandler(data / "crash.log")
    crash.install()
    settings = QSettings(ORGANISATION, APPLICATION)
    window = MainWindow(settings, sample_folder=data / "samples")
    if quit_when_ready:
        from .dialogs import Refuser

        window.ask = Refuser(window)  # nobody is there to answer a dialog
    _place(window)
    opened = True
    if path is None:
        window.show_start()
    else:
        opened = window.open_path(Path(path), read_only=read_only)
        if not opened:
            window.show_start()
    window.show()
    if quit_when_ready:
        app.processEvents()
        window.repaint()  # paints now, synchronously: the whole walk-through, once
        window.close()
        crash.uninstall()
        if not opened:
            messages = getattr(window.ask, "messages", [])
            print(f"xsector: {messages[0] if messages else path}", file=sys.stderr)
            return 3
        return 0
    try:
        return app.exec()
    finally:
        crash.uninstall()
