"""macOS hands a double-clicked workshop to the running app as a QFileOpenEvent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore
from xsector_desktop.ui.file_open import Application, open_requested_files
from xsector_desktop.ui.main_window import MainWindow

from .conftest import OFFSCREEN_NOISE, ScriptedAsker

# The window is brought to the front, which Qt's offscreen platform cannot do and says so.
offscreen_raise = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"This plugin does not support raise")


@pytest.fixture
def app(qapp: QApplication, window: MainWindow) -> Iterator[Application]:
    assert isinstance(qapp, Application)  # the tests run on the app's own application class
    opener = open_requested_files(qapp, window)
    yield qapp
    qapp.file_open_requested.disconnect(opener.open)


def _workshop(folder: Path, name: str) -> Path:
    path = folder / f"{name}.xsector"
    WorkshopStore.create(path, WorkshopInfo(partnership=name)).close()
    return path


def _double_click(app: Application, path: Path | str) -> bool:
    return QApplication.sendEvent(app, QFileOpenEvent(str(path)))


@offscreen_raise
def test_a_file_open_event_opens_the_workshop(
    qtbot: QtBot, app: Application, window: MainWindow, tmp_path: Path
) -> None:
    path = _workshop(tmp_path, "Riverside")
    window.show_start()
    assert _double_click(app, path)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session is not None and window.session.path == path
    assert "Riverside" in window.windowTitle()


@offscreen_raise
def test_a_second_file_replaces_the_first_and_the_same_file_stays_open(
    qtbot: QtBot, app: Application, window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    first, second = _workshop(tmp_path, "First"), _workshop(tmp_path, "Second")
    window.open_path(first)
    opened = window.session
    _double_click(app, first)  # Finder again on the open file: nothing to refuse
    _double_click(app, second)
    qtbot.waitUntil(lambda: window.session is not None and window.session.path == second)
    assert opened is not None and opened is not window.session
    assert asker.messages == []  # the first was never "in use" by this very window


@offscreen_raise
def test_a_missing_file_is_said_in_words_and_the_window_stays(
    qtbot: QtBot, app: Application, window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    window.show_start()
    _double_click(app, tmp_path / "gone.xsector")
    qtbot.waitUntil(lambda: len(asker.messages) == 1)
    assert "gone.xsector" in asker.messages[0] and window.session is None


def test_an_event_naming_no_local_file_is_not_taken(app: Application) -> None:
    with_signal: list[str] = []
    app.file_open_requested.connect(with_signal.append)
    try:
        assert not _double_click(app, "")
    finally:
        app.file_open_requested.disconnect(with_signal.append)
    assert with_signal == []
