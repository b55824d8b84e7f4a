"""pytest-qt fixtures: a main window over a temporary settings file and a scripted Asker."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.ui.dialogs import ErrorChoice, NewWorkshop, Refuser
from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.views.roster_import import RosterImportDialog

from .sample_workshop import build_riverside

# Qt's offscreen platform warns about this on every shown top-level window; it says nothing
# about the app, so it alone must not fail a test (every other Qt warning still does).
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


class ScriptedAsker(Refuser):
    """Answers the main window's questions from lists a test fills in, and records what it saw."""

    def __init__(self, parent: MainWindow) -> None:
        super().__init__(parent)
        self.open_answers: list[Path | None] = []
        self.csv_answers: list[Path | None] = []
        self.new_answers: list[NewWorkshop | None] = []
        self.error_answers: list[ErrorChoice] = []
        self.read_only_offered: list[bool] = []
        # Each answers one import dialog (it may change the mapping first); none left: Add.
        self.roster_import_answers: list[Callable[[RosterImportDialog], bool]] = []
        self.roster_dialogs: list[RosterImportDialog] = []

    def file_to_open(self) -> Path | None:
        return self.open_answers.pop(0) if self.open_answers else None

    def csv_to_import(self) -> Path | None:
        return self.csv_answers.pop(0) if self.csv_answers else None

    def new_workshop(self) -> NewWorkshop | None:
        return self.new_answers.pop(0) if self.new_answers else None

    def roster_import(self, dialog: RosterImportDialog) -> bool:
        self.roster_dialogs.append(dialog)
        return self.roster_import_answers.pop(0)(dialog) if self.roster_import_answers else True

    def store_error(self, message: str, can_read_only: bool) -> ErrorChoice:
        self.messages.append(message)
        self.read_only_offered.append(can_read_only)
        return self.error_answers.pop(0) if self.error_answers else "cancel"


def unnamed_controls(root: QWidget) -> list[str]:
    """The app's own controls under `root` that a screen reader could not name.

    Qt's internal parts (a table's corner button and headers, a combo box's popup list) are
    named by their owner, so they are left out.
    """
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QHeaderView):
            continue
        if widget.objectName().startswith("qt_") or _inside_a_combo(widget):
            continue
        named = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
        if not named:
            found.append(widget.objectName() or type(widget).__name__)
    return found


def _inside_a_combo(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox) or type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_window(
    qtbot: QtBot, settings: QSettings, folder: Path
) -> tuple[MainWindow, ScriptedAsker]:
    window = MainWindow(settings, sample_folder=folder / "samples")
    asker = ScriptedAsker(window)
    window.ask = asker
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show_start()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window, asker


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, tmp_path: Path) -> Iterator[MainWindow]:
    made, _ = make_window(qtbot, settings, tmp_path)
    yield made
    made.close_workshop(to_start=False)


@pytest.fixture
def asker(window: MainWindow) -> ScriptedAsker:
    assert isinstance(window.ask, ScriptedAsker)
    return window.ask


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    return build_riverside(tmp_path / "riverside.xsector")


@pytest.fixture
def new_workshop(tmp_path: Path) -> NewWorkshop:
    return NewWorkshop(
        tmp_path / "fresh", WorkshopInfo(partnership="Fresh Partnership", date="2026-03-12")
    )
