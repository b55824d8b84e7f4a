"""Fixtures for the room: the sample workshop open in a main window, with a hand-moved clock
and a screen list the test controls (an offscreen run has one real screen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from xsector_desktop.store.sample import build_sample
from xsector_desktop.ui.controllers.presenting import ScreenInfo
from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.room.presenter import real_screens

from ..conftest import make_window

# Showing the always-on-top control strip asks the platform to raise it, which Qt's offscreen
# platform cannot do and says so; it says nothing about the app.
OFFSCREEN_RAISE = "This plugin does not support raise()"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_RAISE))


class HandClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Screens:
    """The screens the presenter sees: the real one, plus any a test plugs in."""

    def __init__(self) -> None:
        self.extra: list[ScreenInfo] = []

    def __call__(self) -> list[ScreenInfo]:
        return [*real_screens(), *self.extra]

    def plug_projector(self) -> ScreenInfo:
        console = real_screens()[0]
        projector = ScreenInfo("HDMI-virtual", console.x + console.width, 0, 1024, 768)
        self.extra = [projector]
        return projector


class Room:
    def __init__(self, window: MainWindow, clock: HandClock, screens: Screens, path: Path) -> None:
        self.window, self.clock, self.screens, self.path = window, clock, screens, path

    @property
    def feature(self):  # type: ignore[no-untyped-def]
        return self.window.room

    @property
    def audience(self):  # type: ignore[no-untyped-def]
        presenter = self.window.room.current.presenter
        assert presenter is not None and presenter.audience is not None
        return presenter.audience


@pytest.fixture
def room(qtbot: QtBot, settings: QSettings, tmp_path: Path) -> Iterator[Room]:
    window, _ = make_window(qtbot, settings, tmp_path)
    clock, screens = HandClock(), Screens()
    window.room.clock = clock
    window.room.screens = screens
    path = build_sample(tmp_path / "riverside.xsector")
    assert window.open_path(path)
    yield Room(window, clock, screens, path)
    window.close_workshop(to_start=False)


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person or a screen reader could get from `root` and the widgets in it."""
    texts = [root.windowTitle(), root.accessibleName(), root.accessibleDescription()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        text = getattr(widget, "text", None)
        if callable(text):
            texts.append(str(text()))
    return [t for t in texts if t]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget
