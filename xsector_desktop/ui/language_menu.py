"""Help > Language: the interface's language, as the system's or chosen (a QSettings preference).

The choice takes effect the next time xsector starts: the window's strings are translated once,
when it is built (see ui/translations.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from .translations import LANGUAGE_SETTING, LANGUAGES, SYSTEM


class LanguageMenu(QObject):
    def __init__(self, window: QMainWindow, parent_menu: QMenu, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.menu = parent_menu.addMenu(self.tr("&Language"))
        self.group = QActionGroup(self)
        saved = settings.value(LANGUAGE_SETTING, SYSTEM)
        choices = [(SYSTEM, self.tr("As the system")), *LANGUAGES.items()]
        self.actions: dict[str, QAction] = {}
        for code, label in choices:
            action = self.menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == saved or (code == SYSTEM and saved not in LANGUAGES))
            self.group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.actions[code] = action

    def choose(self, code: str) -> None:
        self.settings.setValue(LANGUAGE_SETTING, code)
        self.window.statusBar().showMessage(
            self.tr("The new language shows the next time xsector starts."), 10000
        )
