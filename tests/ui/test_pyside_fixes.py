"""The refcount guard: thousands of void Qt calls or signal emits must not free None or True."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from xsector_desktop.ui import pyside_fixes


def test_many_void_qt_calls_leave_none_alive(qtbot: QtBot) -> None:
    button = QPushButton("x")
    qtbot.addWidget(button)
    for i in range(20_000):  # more than None's whole count in a fresh 3.11 interpreter
        button.setEnabled(i % 2 == 0)
    assert sys.getrefcount(None) > 1000


class _Ticker(QObject):
    ticked = Signal()


def test_many_signal_emits_leave_true_alive() -> None:
    ticker = _Ticker()
    heard: list[int] = []
    ticker.ticked.connect(lambda: heard.append(1))
    for _ in range(20_000):  # more than True's whole count in a fresh 3.11 interpreter
        ticker.ticked.emit()
    assert len(heard) == 20_000
    assert sys.getrefcount(True) > 1000


def test_the_guard_applies_only_where_the_leak_exists() -> None:
    if sys.version_info >= (3, 12):
        assert not pyside_fixes.needs_guard()
    else:
        assert pyside_fixes.needs_guard() == pyside_fixes._applied
