"""A pulled drive that comes back: the banner offers Reconnect (a button, Ctrl+Shift+R), which
opens the workshop again on the same card with every acknowledged vote, presenting as before;
another workshop at the path is never taken silently (docs/reliability.md, "Faults").

The drive is a folder renamed away (the file is gone from its path) while its writes fail as
a pulled drive's do (SQLite's own I/O error, injected), then renamed back."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from fault_injection import inject
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore
from xsector_desktop.ui.main_window import MainWindow

from .conftest import ScriptedAsker, unnamed_controls
from .room.conftest import Screens
from .test_faults_app import press, shown_votes, workshop


def looks_made(qtbot: QtBot, window: MainWindow, count: int) -> None:
    """Wait until the banner's watch has looked at the path `count` more times."""
    watch = window.safety.reconnector.watch
    seen: list[object] = []
    watch.timer.timeout.connect(lambda: seen.append(None))
    qtbot.waitUntil(lambda: len(seen) >= count, timeout=3000)


def voted_and_pulled(
    qtbot: QtBot,
    window: MainWindow,
    asker: ScriptedAsker,
    tmp_path: Path,
    before_pull: Callable[[], object] = lambda: None,
) -> tuple[Path, Path]:
    """Ana votes 4 on Results, the meeting moves to Charge, Ben votes 2 there (both on disk);
    then the stick is pulled: a vote key gives the one message and the banner."""
    stick = tmp_path / "stick"
    stick.mkdir()
    path = workshop(stick / "w.xsector")
    assert window.open_path(path)
    window.safety.reconnector.watch.timer.setInterval(20)  # the app looks every second
    walk, page, session = window.walk, window.walk_page, window.session
    assert walk is not None and page is not None and session is not None
    page.agenda.setFocus()
    ids = {p.name: p.id for p in walk.participants()}
    walk.select(ids["Ana"])
    press(qtbot, window, Qt.Key.Key_4)
    press(qtbot, window, Qt.Key.Key_PageDown)
    walk.select(ids["Ben"])
    press(qtbot, window, Qt.Key.Key_2)
    assert walk.current == "charge"
    walk.select(ids["Cy"])
    before_pull()
    away = tmp_path / "stick-away"
    os.rename(stick, away)  # pulled: the file is gone from its path...
    inject(session.store).arm("drive-gone")  # ...and writes fail as a pulled drive's do
    press(qtbot, window, Qt.Key.Key_5)
    assert len(asker.messages) == 1 and "Reconnect it" in asker.messages[0]
    assert window.safety.banner.isVisibleTo(window)
    return stick, away


def test_the_key_reconnects_on_the_same_card_with_every_vote(
    qtbot: QtBot, window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    stick, away = voted_and_pulled(qtbot, window, asker, tmp_path)
    banner, safety = window.safety.banner, window.safety
    old = window.session
    looks_made(qtbot, window, 5)  # while the file is gone: nothing is offered
    assert not banner.reconnect.isVisibleTo(window) and not safety.reconnector.action.isEnabled()
    os.rename(away, stick)  # plugged in again
    qtbot.waitUntil(lambda: banner.reconnect.isVisibleTo(window), timeout=3000)
    assert "drive is back" in banner.text() and "Not saved: vote 5 by Cy." in banner.text()
    assert unnamed_controls(banner) == []
    assert banner.reconnect.accessibleName() == "Reconnect the workshop"
    key = safety.reconnector.action.shortcuts()[0]
    assert key.toString() == "Ctrl+Shift+R"
    assert window.walk_page is not None
    qtbot.keyClick(
        window.walk_page.agenda,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.session is not None and window.session is not old
    assert len(asker.messages) == 1  # no second dialog: the old connection went quietly
    assert not banner.isVisibleTo(window)
    assert "connected again" in window.statusBar().currentMessage()
    walk = window.walk
    assert walk is not None and walk.current == "charge"
    assert window.walk_page is not None and window.pages.currentWidget() is window.walk_page
    ids = {p.name: p.id for p in walk.participants()}
    assert walk.selected == ids["Cy"]  # the chip picked when the drive went
    assert sorted(shown_votes(window)) == [("Ana", "results", 1, 4), ("Ben", "charge", 1, 2)]
    press(qtbot, window, Qt.Key.Key_5)  # saving works again
    assert ("Cy", "charge", 1, 5) in shown_votes(window)
    window.close_workshop()
    with WorkshopStore.open(stick / "w.xsector", read_only=True) as again:
        assert len(again.votes()) == 3


def test_presenting_comes_back_on_its_screen_in_its_view_blanked_as_it_was(
    qtbot: QtBot, window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    screens = Screens()
    window.room.screens = screens
    projector = screens.plug_projector()
    stick, away = voted_and_pulled(qtbot, window, asker, tmp_path)
    room = window.room.current
    assert room is not None
    room.toggle_presenting()
    assert room.presenting.presenting and room.presenting.placement.audience == projector
    room.toggle_sector()
    room.presenting.blank("white")
    banner = window.safety.banner
    os.rename(away, stick)
    qtbot.waitUntil(lambda: banner.reconnect.isVisibleTo(window), timeout=3000)
    qtbot.mouseClick(banner.reconnect, Qt.MouseButton.LeftButton)
    assert window.room.current is not room and window.room.current is not None
    presenting = window.room.current.presenting
    assert presenting.presenting and presenting.placement.audience == projector
    assert presenting.blanked and presenting.blank_colour == "white"
    assert presenting.view == "sector"
    assert window.walk is not None and window.walk.current == "charge"
    assert sorted(shown_votes(window)) == [("Ana", "results", 1, 4), ("Ben", "charge", 1, 2)]
    window.close_workshop()


@pytest.mark.parametrize("choice", ["leave", "open"])
def test_another_workshop_at_the_path_is_not_taken_silently(
    qtbot: QtBot, window: MainWindow, asker: ScriptedAsker, tmp_path: Path, choice: str
) -> None:
    stick, away = voted_and_pulled(qtbot, window, asker, tmp_path)
    old = window.session
    stick.mkdir()  # another stick, with another workshop under the same name
    hostile = '<img src="x" width="9999"> Other \u202ePartnership'  # a name is text, not markup
    with WorkshopStore.create(stick / "w.xsector", WorkshopInfo(hostile)):
        pass
    safety = window.safety
    banner = safety.banner
    qtbot.waitUntil(lambda: banner.open_other.isVisibleTo(window), timeout=3000)
    assert 'another workshop (“<img src="x" width="9999"> Other Partnership”)' in banner.text()
    assert banner.label.textFormat() == Qt.TextFormat.PlainText
    assert not banner.reconnect.isVisibleTo(window) and not safety.reconnector.action.isEnabled()
    safety.reconnector.action.trigger()  # the key does nothing here
    assert window.session is old
    if choice == "leave":
        qtbot.mouseClick(banner.leave, Qt.MouseButton.LeftButton)
        assert window.session is old and banner.isVisibleTo(window)
        assert not banner.open_other.isVisibleTo(window) and "another" not in banner.text()
        looks_made(qtbot, window, 5)  # it is looked at again, and not offered again
        assert not banner.open_other.isVisibleTo(window)
        return
    qtbot.mouseClick(banner.open_other, Qt.MouseButton.LeftButton)
    assert window.session is not old and window.session is not None
    assert window.session.info.partnership == hostile
    assert shown_votes(window) == [] and not banner.isVisibleTo(window)
    window.close_workshop()
    with WorkshopStore.open(away / "w.xsector", read_only=True) as ours:  # ours, untouched
        assert len(ours.votes()) == 2


def test_phone_voting_stops_and_the_facilitator_is_told_to_turn_it_on_again(
    qtbot: QtBot, window: MainWindow, asker: ScriptedAsker, tmp_path: Path, loopback_only: None
) -> None:
    window.phones.host, window.phones.port = "127.0.0.1", 0
    phones = window.phones
    stick, away = voted_and_pulled(qtbot, window, asker, tmp_path, phones.start)
    assert phones.server is not None and phones.action.isChecked()
    os.rename(away, stick)
    banner = window.safety.banner
    qtbot.waitUntil(lambda: banner.reconnect.isVisibleTo(window), timeout=3000)
    qtbot.mouseClick(banner.reconnect, Qt.MouseButton.LeftButton)
    assert phones.server is None and not phones.action.isChecked()
    assert phones.action.isEnabled()  # it can be turned on again
    assert len(asker.messages) == 2 and "Phone voting was stopped" in asker.messages[1]
    assert "connected again" in asker.messages[1]
    window.close_workshop()


def test_a_workshop_open_read_only_is_reconnected_read_only(
    qtbot: QtBot, window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    from xsector_desktop.store.faults import DriveGone

    stick = tmp_path / "stick"
    stick.mkdir()
    path = workshop(stick / "w.xsector")
    assert window.open_path(path, read_only=True)
    window.safety.reconnector.watch.timer.setInterval(20)
    os.rename(stick, tmp_path / "away")
    # A read-only session meets the pulled drive on a read, which the crash handler hands over.
    assert window.safety.unexpected(DriveGone(path, "the file cannot be reached (disk I/O error)"))
    os.rename(tmp_path / "away", stick)
    banner = window.safety.banner
    qtbot.waitUntil(lambda: banner.reconnect.isVisibleTo(window), timeout=3000)
    qtbot.mouseClick(banner.reconnect, Qt.MouseButton.LeftButton)
    assert window.session is not None and window.session.read_only
    assert len(asker.messages) == 1
    window.close_workshop()


def test_a_look_that_hangs_on_a_dead_mount_holds_up_neither_the_window_nor_the_next_look(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtCore import QObject

    from xsector_desktop.store import identity
    from xsector_desktop.store.errors import WorkshopNotFound
    from xsector_desktop.ui.reconnect import DriveWatch

    answer = threading.Event()
    looks: list[Path] = []

    def hanging(path: Path) -> identity.Identity:
        looks.append(path)
        answer.wait(10)  # a stat on a dead network mount
        raise WorkshopNotFound(path, "there is no file here")

    monkeypatch.setattr(identity, "workshop_identity", hanging)
    seen: list[object] = []
    owner = QObject()
    watch = DriveWatch(owner, seen.append)
    watch.timer.setInterval(10)
    ticks: list[None] = []
    watch.timer.timeout.connect(lambda: ticks.append(None))
    watch.watch(tmp_path / "w.xsector")
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=3000)  # the window's loop keeps turning
    assert len(looks) == 1 and seen == []  # one look at a time
    answer.set()
    qtbot.waitUntil(lambda: len(seen) >= 1, timeout=3000)
    assert set(map(type, seen)) == {type(None)}  # not found: nothing offered
    qtbot.waitUntil(lambda: len(looks) >= 2, timeout=3000)  # and the next look is made
    watch.stop()


def test_presenting_that_cannot_start_again_is_said(
    qtbot: QtBot, window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    screens = Screens()
    window.room.screens = screens
    screens.plug_projector()
    stick, away = voted_and_pulled(qtbot, window, asker, tmp_path)
    room = window.room.current
    assert room is not None
    room.toggle_presenting()
    assert room.presenting.presenting
    window.room.screens = list  # no screen to present on when it comes back: []
    os.rename(away, stick)
    banner = window.safety.banner
    qtbot.waitUntil(lambda: banner.reconnect.isVisibleTo(window), timeout=3000)
    qtbot.mouseClick(banner.reconnect, Qt.MouseButton.LeftButton)
    assert window.room.current is not None and not window.room.current.presenting.presenting
    assert len(asker.messages) == 2 and "Presenting could not start again" in asker.messages[1]
    assert window.walk is not None and window.walk.current == "charge"
    window.close_workshop()
