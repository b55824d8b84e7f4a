"""The None-refcount guard: thousands of void Qt calls must not bring None near zero."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from xsector_desktop.ui import pyside_fixes


def test_many_void_qt_calls_leave_none_alive(qtbot: QtBot) -> None:
    button = QPushButton("x")
    qtbot.addWidget(button)
    for i in range(20_000):  # more than None's whole count in a fresh 3.11 interpreter
        button.setEnabled(i % 2 == 0)
    assert sys.getrefcount(None) > 1000


def test_the_guard_applies_only_where_the_leak_exists() -> None:
    if sys.version_info >= (3, 12):
        assert not pyside_fixes.needs_guard()
    else:
        assert pyside_fixes.needs_guard() == pyside_fixes._applied
