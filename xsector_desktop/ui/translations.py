"""The interface's language: the system's, unless the facilitator chose one (Help > Language).

Qt's own machinery: every interface string goes through tr() or QCoreApplication.translate(),
pyside6-lupdate collects them into resources/translations/xsector_LANG.ts, and
scripts/build-translations compiles those into the .qm files loaded here (bootstrap runs it).
Qt's own dialogs and buttons (Cancel, file dialogs) come from the qtbase catalogue that ships
with PySide6. The choice is an interface preference, kept in QSettings; the language of the
printed outputs is the workshop deck's (see docs/printing.md).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from xsector_desktop.core.resources import resource_path

LANGUAGE_SETTING = "ui/language"
SYSTEM = "system"
SOURCE_LANGUAGE = "en"
# Each language under its own name, so anyone can find theirs whatever is on screen now.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}


def chosen_language(settings: QSettings, system: QLocale | None = None) -> str:
    """The language to show: the saved choice, else the system's if offered, else English."""
    saved = settings.value(LANGUAGE_SETTING, SYSTEM)
    if isinstance(saved, str) and saved in LANGUAGES:
        return saved
    locale = system or QLocale.system()
    for name in locale.uiLanguages():
        base = name.replace("_", "-").split("-")[0].lower()
        if base in LANGUAGES:
            return base
    return SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the catalogues for language; English needs none. Returns what was
    installed, so a caller (a test) can remove it again."""
    # Numbers follow the words: every QLocale() and spin box made from now on writes them as
    # the interface's language does ("0,82" in Spanish; see ui/numbers.py).
    QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    folder = resource_path("translations")
    if ours.load(f"xsector_{language}", str(folder)):
        app.installTranslator(ours)
        installed.append(ours)
        QLocale.setDefault(QLocale(language))
    else:
        print(
            f"xsector: {folder}/xsector_{language}.qm is missing, so the interface stays in "
            "English: run scripts/build-translations (scripts/bootstrap.sh does)",
            file=sys.stderr,
        )
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
