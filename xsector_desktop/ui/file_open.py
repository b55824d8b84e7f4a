"""Workshops the operating system asks the running app to open.

On macOS, double-clicking a ``.xsector`` file in Finder, or dropping one on the Dock icon, does
not start the app with the file on its command line: the application object receives a
``QFileOpenEvent`` instead, also when that double-click is what started it. Without this,
Finder opened an empty app. Other platforms pass the file on the command line, which
``xsector FILE`` already reads.

The event is caught by overriding the application's own ``event()``, which sees only events
sent to the application object. An application-wide event filter would see every event of
every widget, and calling into Python for each made start-up a fifth slower.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from .main_window import MainWindow


class Application(QApplication):
    """xsector's QApplication: says which files the operating system asks it to open."""

    file_open_requested = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            requested = event.file()
            if requested:  # empty for a URL that is not a local file: nothing of ours
                self.file_open_requested.emit(requested)
                return True
        return super().event(event)


class FileOpener(QObject):
    """Opens each requested workshop in `window`, and brings the window to the front."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def open(self, requested: str) -> None:
        window = self._window
        path = Path(requested)
        session = window.session
        if session is None or session.path is None or not _same_file(session.path, path):
            window.open_path(path)
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def open_requested_files(app: Application, window: MainWindow) -> FileOpener:
    """Have the files `app` is asked to open opened in `window`.

    Queued: the window opens the file after the event has been handled, since opening may ask
    a question in a dialog of its own.
    """
    opener = FileOpener(window)
    app.file_open_requested.connect(opener.open, Qt.ConnectionType.QueuedConnection)
    return opener
