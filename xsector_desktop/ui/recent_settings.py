"""The recent-workshops list as kept in QSettings: read at once, written a moment after it changes.

Opening a workshop changes the list; writing it then would put a settings write (two fsyncs)
before the window's first paint, so the write waits a second, or until the window closes. A
run that must leave the facilitator's settings alone (--quit-when-ready) keeps the list in
memory only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QTimer

WRITE_DELAY_MS = 1000
KEY = "recent"


class RecentSettings:
    """Load and save callbacks for RecentFiles, over `settings`; see the module docstring."""

    def __init__(self, settings: QSettings, parent: QObject, *, remember: bool = True) -> None:
        self.settings = settings
        self.remember = remember
        self._unsaved: list[str] | None = None
        self.timer = QTimer(parent)
        self.timer.setSingleShot(True)
        self.timer.setInterval(WRITE_DELAY_MS)
        self.timer.timeout.connect(self.flush)

    def load(self) -> list[str]:
        if self._unsaved is not None:
            return list(self._unsaved)
        value = self.settings.value(KEY, [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value or []]

    def save(self, paths: list[str]) -> None:
        self._unsaved = list(paths)
        if self.remember:
            self.timer.start()

    def flush(self) -> None:
        """Write what is waiting now (the window is closing, or the moment has passed)."""
        self.timer.stop()
        if self.remember and self._unsaved is not None:
            self.settings.setValue(KEY, self._unsaved)
            self._unsaved = None
