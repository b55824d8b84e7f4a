"""The composition root: builds the application, its window and its crash handler, once.

`run_app` is the only entry point the command line calls (lazily, so the other commands never
import Qt). Everything slow that the walk-through does not need at start-up, such as ReportLab,
is imported later, where it is used.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

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

    owns_app = QApplication.instance() is None
    if owns_app:
        # Start-up objects live as long as the app: no collecting while they are made (the
        # command line has already paused it for the imports). It comes back, with them set
        # aside (gc.freeze), once the window is on screen.
        gc.disable()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    data = _data_folder()
    crash = CrashHandler(data / "crash.log")
    crash.install()
    settings = QSettings(ORGANISATION, APPLICATION)
    from .translations import chosen_language, install_translators

    install_translators(app, chosen_language(settings))
    try:
        window = MainWindow(settings, sample_folder=data / "samples", remember=not quit_when_ready)
        if quit_when_ready:
            from .dialogs import Refuser

            window.ask = Refuser(window)  # nobody is there to answer a dialog
        _place(window)
        from .file_open import open_requested_files

        open_requested_files(app, window)  # macOS: a double-click in Finder
        opened = True
        if path is None:
            window.show_start()
        else:
            opened = window.open_path(Path(path), read_only=read_only)
            if not opened:
                window.show_start()
        window.show()
        from PySide6.QtCore import Qt, QTimer

        if owns_app:
            QTimer.singleShot(0, _collect_from_now_on)
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
        _settle_before_exit(settings, owns_app)


def _collect_from_now_on() -> None:
    gc.freeze()
    gc.enable()


def _settle_before_exit(settings: QSettings, owns_app: bool) -> None:
    """Leaves nothing for the interpreter's shutdown to do but free memory, then lets it skip
    the garbage collector's walks over every object still alive (about 20 ms of an exit).

    The window has been closed by now, and its close closed the workshop: the store's lock is
    released, and nothing can be unsaved because every write commits before it returns. The
    settings are written here rather than by their destructor, which a frozen object never
    reaches. Objects alive now are only freed by the process ending, so this happens only when
    run_app made the application, that is when the process ends as it returns; a caller that
    brought its own (a test) keeps its collector as it was.
    """
    settings.sync()
    if owns_app:
        gc.freeze()
