"""Workshops the operating system asks the running app to open.

On macOS, double-clicking a ``.xsector`` file in Finder, or dropping one on the Dock icon, does
not start the app with the file on its command line: the app receives a ``QFileOpenEvent``
instead, also when that double-click is what started it. Without this, Finder opened an empty
app. Other platforms pass the file on the command line, which ``xsector FILE`` already reads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent

from .main_window import MainWindow


class FileOpenEvents(QObject):
    """An application event filter that opens each requested workshop in `window`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        requested = event.file()
        if not requested:  # a URL that is not a local file: nothing of ours to open
            return False
        # After the event is handled: opening may ask a question in a dialog of its own.
        QTimer.singleShot(0, self, lambda: self.open(Path(requested)))
        return True

    def open(self, path: Path) -> None:
        window = self._window
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


def open_requested_files(app: QObject, window: MainWindow) -> FileOpenEvents:
    """Have `app` pass the files the system asks it to open to `window`."""
    events = FileOpenEvents(window)
    app.installEventFilter(events)
    return events
