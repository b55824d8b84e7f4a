"""What lives with an open workshop (its room, card timer, presenter, phone voting) is built
when it opens and goes, whole, when another workshop takes its place."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from xsector_desktop.store.sample import build_sample
from xsector_desktop.ui.main_window import MainWindow

from .test_voting import hidden_round_file  # noqa: F401  (a fixture)


def _dropped(name: str, ref: weakref.ref[object]) -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deleteLater()s
    gc.collect()
    assert ref() is None, f"the first workshop's {name} is still alive"


# Presenting raises the always-on-top control strip, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support raise()")
def test_opening_a_second_workshop_drops_the_first_ones_room_and_phones(
    qtbot: QtBot,
    window: MainWindow,
    hidden_round_file: Path,  # noqa: F811
    loopback_only: None,
    tmp_path: Path,
) -> None:
    window.phones.host, window.phones.port = "127.0.0.1", 0
    assert window.open_path(hidden_round_file)
    first = window.room.current
    assert first is not None
    assert window.phones.start() is not None
    first.toggle_presenting()
    qtbot.waitUntil(lambda: window.room.current.presenter.audience is not None)  # type: ignore[union-attr]
    first.ensure_profile()
    phones, server = first.phones, window.phones.server
    assert phones is not None and server is not None and server.running
    audience = first.ensure_presenter().audience
    refs = {
        name: weakref.ref(thing)
        for name, thing in [
            ("room", first),
            ("timer", first.timer),
            ("presenting", first.presenting),
            ("profile", first.profile),
            ("phone voting", phones),
            ("phone desk", phones.desk),
        ]
    }
    ticker = first.ticker
    del first, phones

    assert window.open_path(build_sample(tmp_path / "second.xsector"))

    second = window.room.current
    assert second is not None and refs["room"]() is not second
    assert not server.running and window.phones.server is None
    assert not window.phones.action.isChecked() and window.phones.action.isEnabled()
    assert not ticker.isActive()
    assert audience is not None and not audience.isVisible()
    del server, ticker, audience
    for name, ref in refs.items():
        qtbot.waitUntil(lambda name=name, ref=ref: _dropped(name, ref), timeout=2000)
    # The new workshop's room starts clean: not presenting, nothing on the phones.
    assert not second.presenting.presenting and second.phones is None and second.presenter is None
