"""The composition root: builds the application, its window and its crash handler, once.

`run_app` is the only entry point the command line calls (lazily, so the other commands never
import Qt). Everything slow that the walk-through does not need at start-up, such as ReportLab,
is imported later, where it is used.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The window's Qt-free half (its controllers, and the store and core under them), imported
# before PySide6 is: PySide6's import hook reads the source of each module imported after it,
# looking for its own name, and for these that reading was 19 million instructions, 1.3% of
# start-up (measured with callgrind; see the README's "Measured").
from .controllers import disagreements, presenting, timer, workshops  # noqa: F401

# isort: split
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from .crash import CrashHandler
from .dialogs import Refuser
from .file_open import Application, open_requested_files
from .main_window import MainWindow
from .translations import chosen_language, install_translators

ORGANISATION = "xsector"
APPLICATION = "xsector"


def _data_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".xsector")


def _place(window: object) -> None:
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
    app = QApplication.instance() or Application(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(APPLICATION)  # Linux: the window takes xsector.desktop's icon
    data = _data_folder()
    crash = CrashHandler(data / "crash.log")
    crash.install()
    settings = QSettings(ORGANISATION, APPLICATION)
    install_translators(app, chosen_language(settings))
    try:
        window = MainWindow(settings, sample_folder=data / "samples", remember=not quit_when_ready)
        crash.handlers.append(window.safety.unexpected)  # a drive gone while reading, say
        if quit_when_ready:
            window.ask = Refuser(window)  # nobody is there to answer a dialog
        _place(window)
        if isinstance(app, Application):  # a caller's own application may not be ours
            open_requested_files(app, window)  # macOS: a double-click in Finder
        opened = True
        if path is None:
            window.show_start()
        else:
            opened = window.open_path(Path(path), read_only=read_only)
            if not opened:
                window.show_start()
        window.show()
        if not quit_when_ready:
            return app.exec()
        # Showing posts the window's expose; handling it maps the window and paints the whole
        # walk-through, once. (WA_Mapped rather than windowHandle().isExposed(): the window
        # handle's Python type would be made for this one question.)
        app.processEvents()
        if not window.testAttribute(Qt.WidgetAttribute.WA_Mapped):
            window.repaint()  # a platform that exposes later: paint now, synchronously
        window.close()
        if not opened:
            messages = getattr(window.ask, "messages", [])
            print(f"xsector: {messages[0] if messages else path}", file=sys.stderr)
            return 3
        return 0
    finally:
        crash.uninstall()
        settings.sync()
