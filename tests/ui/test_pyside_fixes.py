"""The refcount guard: thousands of void Qt calls or signal emits must not free None or True."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Signal,
)
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


_ROOT = QModelIndex()


class _Rows(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return None  # what the app's models answer for most roles, on every paint


def test_many_model_answers_of_none_through_qt_leave_none_alive() -> None:
    """A Python data() returning None, called from C++ (here through a proxy, as views call it),
    loses a reference to None about every other call on PySide6 6.12: the guard covers it."""
    rows = _Rows()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(rows)
    first = proxy.index(0, 0)
    for _ in range(20_000):
        assert proxy.data(first) is None
    assert sys.getrefcount(None) > 1000


def test_the_guard_applies_only_where_the_leak_exists() -> None:
    if sys.version_info >= (3, 12):
        assert not pyside_fixes.needs_guard()
    else:
        assert pyside_fixes.needs_guard() == pyside_fixes._applied


def _pyside_verdict(module_name: str) -> bool:
    """Whether PySide6's own import hook would find that the module uses it."""
    feature = sys.modules["shibokensupport.feature"]
    return bool(feature._mod_uses_pyside(sys.modules[module_name]))


def test_modules_recorded_qt_free_are_those_pyside_would_find_free_of_it() -> None:
    import xsector_desktop.store  # noqa: F401  (loaded as the app loads them before Qt)
    from xsector_desktop.ui import app  # noqa: F401
    from xsector_desktop.ui.controllers import walkthrough  # noqa: F401

    verdicts: dict[str, int] = {}
    recorded = pyside_fixes.qt_free_verdicts(verdicts, list(sys.modules))
    assert "xsector_desktop.store.workshop_store" in recorded
    assert "xsector_desktop.ui.controllers.walkthrough" in recorded
    assert "typing" in recorded
    not_ours = ("xsector_desktop.ui", "xsector_desktop.ui.app", "PySide6.QtCore", "pytestqt")
    for qt_facing in (*not_ours, "__main__"):
        assert qt_facing not in recorded
    assert verdicts == {name: -1 for name in recorded}
    wrongly = [name for name in recorded if _pyside_verdict(name)]
    assert wrongly == []


def test_a_verdict_pyside_already_reached_is_kept() -> None:
    verdicts = {"typing": 0}
    assert pyside_fixes.qt_free_verdicts(verdicts, ["typing", "json"]) == ["json"]
    assert verdicts == {"typing": 0, "json": -1}


def test_recording_reaches_pyside_registry() -> None:
    import xsector_desktop.core.model  # noqa: F401

    pyside_fixes.record_qt_free_modules()
    feature = sys.modules["shibokensupport.feature"]
    assert feature.pyside_feature_dict["xsector_desktop.core.model"] == -1
