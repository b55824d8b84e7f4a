"""macOS hands a double-clicked workshop to the running app as a QFileOpenEvent."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore
from xsector_desktop.ui.file_open import open_requested_files
from xsector_desktop.ui.main_window import MainWindow

from .conftest import OFFSCREEN_NOISE, ScriptedAsker

# The window is brought to the front, which Qt's offscreen platform cannot do and says so.
offscreen_raise = pytest.mark.qt_log_ignore(
    OFFSCREEN_NOISE, r"This plugin does not support raise\(\)"
)


def _workshop(folder: Path, name: str) -> Path:
    path = folder / f"{name}.xsector"
    WorkshopStore.create(path, WorkshopInfo(partnership=name)).close()
    return path


def _double_click(path: Path | str) -> bool:
    app = QApplication.instance()
    assert app is not None
    return QApplication.sendEvent(app, QFileOpenEvent(str(path)))


@offscreen_raise
def test_a_file_open_event_opens_the_workshop(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = _workshop(tmp_path, "Riverside")
    events = open_requested_files(QApplication.instance(), window)
    try:
        window.show_start()
        assert _double_click(path)
        qtbot.waitUntil(lambda: window.session is not None)
        assert window.session is not None and window.session.path == path
        assert "Riverside" in window.windowTitle()
    finally:
        QApplication.instance().removeEventFilter(events)


@offscreen_raise
def test_a_second_file_replaces_the_first_and_the_same_file_stays_open(
    qtbot: QtBot, window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    first, second = _workshop(tmp_path, "First"), _workshop(tmp_path, "Second")
    events = open_requested_files(QApplication.instance(), window)
    try:
        window.open_path(first)
        opened = window.session
        _double_click(first)  # Finder again on the open file: nothing to refuse
        _double_click(second)
        qtbot.waitUntil(lambda: window.session is not None and window.session.path == second)
        assert opened is not None and opened is not window.session
        assert asker.messages == []  # the first was never "in use" by this very window
    finally:
        QApplication.instance().removeEventFilter(events)


@offscreen_raise
def test_a_missing_file_is_said_in_words_and_the_window_stays(
    qtbot: QtBot, window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    events = open_requested_files(QApplication.instance(), window)
    try:
        window.show_start()
        _double_click(tmp_path / "gone.xsector")
        qtbot.waitUntil(lambda: len(asker.messages) == 1)
        assert "gone.xsector" in asker.messages[0] and window.session is None
    finally:
        QApplication.instance().removeEventFilter(events)


@offscreen_raise
def test_other_events_pass_through(window: MainWindow) -> None:
    events = open_requested_files(QApplication.instance(), window)
    try:
        assert not _double_click("")  # no local file named: not ours
    finally:
        QApplication.instance().removeEventFilter(events)
