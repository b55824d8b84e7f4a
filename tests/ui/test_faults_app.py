"""The whole window under a fault: keys pressed on a full disk, a vanished drive, a read-only
file or a file another program holds give one clear message and a banner, never a traceback;
no vote lands on a card that is not on screen, and the undo stack matches the file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from fault_injection import (
    inject,
    loop_drive,
    other_writer,
    posix_only,
    short_busy_wait,
    sqlite_error,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore
from xsector_desktop.ui.crash import CrashHandler
from xsector_desktop.ui.main_window import MainWindow

from .conftest import ScriptedAsker


def workshop(path: Path) -> Path:
    with WorkshopStore.create(path, WorkshopInfo("Fault Partnership")) as store:
        for name, sector in (("Ana", "government"), ("Ben", "business"), ("Cy", "nonprofit")):
            store.add_participant(name, sector)
        store.open_round("results")
    return path


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, times: int = 1) -> None:
    page = window.walk_page
    assert page is not None
    target = QApplication.focusWidget() or page
    assert isinstance(target, QWidget)
    for _ in range(times):
        qtbot.keyClick(target, key)


def shown_votes(window: MainWindow) -> list[tuple[str, str, int, int]]:
    assert window.session is not None
    names = {p.id: p.name for p in window.session.store.participants()}
    return [
        (names.get(v.participant_id or 0, "hand"), v.card, v.round, v.value)
        for v in window.session.store.votes()
    ]


def stack_matches_history(window: MainWindow) -> None:
    """The Qt stack mirrors the session's history, label for label and step for step."""
    assert window.session is not None
    done, undone = window.session.history.steps()
    stack = window.undo_stack.stack
    assert stack.count() == len(done) + len(undone) and stack.index() == len(done)
    assert [stack.text(i) for i in range(stack.count())] == [a.text for a in done + undone[::-1]]


@pytest.mark.parametrize("kind", ["disk-full", "drive-gone", "read-only", "in-use"])
def test_keys_pressed_under_a_fault_give_one_message_and_change_nothing(
    qtbot: QtBot, window: MainWindow, asker: ScriptedAsker, tmp_path: Path, kind: str
) -> None:
    assert window.open_path(workshop(tmp_path / "w.xsector"))
    walk, page, session = window.walk, window.walk_page, window.session
    assert walk is not None and page is not None and session is not None
    page.agenda.setFocus()
    ids = {p.name: p.id for p in walk.participants()}
    walk.select(ids["Ana"])
    press(qtbot, window, Qt.Key.Key_4)
    assert shown_votes(window) == [("Ana", "results", 1, 4)]
    stack_matches_history(window)

    faulty = inject(session.store)
    if kind == "in-use":
        short_busy_wait(session.store)
        holder = other_writer(session.store.path)
        holder.__enter__()
    else:
        faulty.arm(kind)
    press(qtbot, window, Qt.Key.Key_5, times=10)  # a facilitator who keeps typing
    press(qtbot, window, Qt.Key.Key_PageDown, times=3)
    window.undo_action.trigger()
    assert len(asker.messages) == 1, asker.messages  # one message, not one per key
    message = asker.messages[0]
    assert "Not saved: vote 5 by Ben." in message and "Everything shown before it" in message
    assert window.safety.banner.isVisibleTo(window)
    assert walk.current == "results" and walk.selected == ids["Ben"]
    assert page.agenda.currentIndex().row() == 0  # the agenda still shows Results
    assert shown_votes(window) == [("Ana", "results", 1, 4)]
    assert window.undo_stack.undoText() == "vote 4 by Ana"
    stack_matches_history(window)

    if kind == "in-use":
        holder.__exit__(None, None, None)
    else:
        faulty.arm(None)
    press(qtbot, window, Qt.Key.Key_5)
    assert not window.safety.banner.isVisibleTo(window)
    assert shown_votes(window) == [("Ana", "results", 1, 4), ("Ben", "results", 1, 5)]
    window.undo_action.trigger()
    assert shown_votes(window) == [("Ana", "results", 1, 4)]
    stack_matches_history(window)
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert walk.current == "charge" and session.store.position() == ("charge", 1)
    assert len(asker.messages) == 1


def test_a_fault_while_a_view_reads_is_told_once_not_as_a_crash(
    window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    assert window.open_path(workshop(tmp_path / "w.xsector"))
    crash = CrashHandler(tmp_path / "crash.log")
    crash.handlers.append(window.safety.unexpected)
    assert window.session is not None
    fault = None
    try:
        window.session.store._conn = _Unreadable(window.session.store._conn)
        window.session.store.votes()
    except Exception as error:  # what a view's refresh would let through to Qt
        fault = error
    assert fault is not None
    for _ in range(5):
        crash(type(fault), fault, None)
    assert crash.dialog is None and not (tmp_path / "crash.log").exists()
    assert asker.messages == [asker.messages[0]] and "could not be read" in asker.messages[0]
    assert window.safety.banner.isVisibleTo(window)
    crash(RuntimeError, RuntimeError("a bug"), None)  # anything else is still a crash
    assert (tmp_path / "crash.log").exists()
    if crash.dialog is not None:
        crash.dialog.close()


class _Unreadable:
    """A connection whose drive has gone: SQLite reads "database disk image is malformed"."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)

    def execute(self, sql: str, params: object = ()) -> sqlite3.Cursor:
        error = sqlite_error("drive-gone")
        error.sqlite_errorcode = 11  # type: ignore[attr-defined]  # SQLITE_CORRUPT
        raise error


def test_save_a_copy_from_the_menu_holds_every_vote_alone(
    window: MainWindow, asker: ScriptedAsker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(workshop(tmp_path / "w.xsector"))
    walk = window.walk
    assert walk is not None
    for person, value in zip(walk.participants(), (1, 2, 3), strict=True):
        walk.vote(person.id, value)
    (tmp_path / "stick").mkdir()
    target = tmp_path / "stick" / "copy.xsector"
    monkeypatch.setattr(asker, "copy_to_save", lambda suggested: target, raising=False)
    window.copy_action.trigger()
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.xsector"]
    with WorkshopStore.open(target, read_only=True) as copy:
        assert [v.value for v in copy.votes()] == [1, 2, 3]
    assert "Saved a copy" in window.statusBar().currentMessage()


def test_closing_with_a_reader_in_a_transaction_tells_the_facilitator(
    window: MainWindow, asker: ScriptedAsker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from xsector_desktop.store import durability

    monkeypatch.setattr(durability, "CLOSE_CHECKPOINT_SECONDS", 0.2)
    path = workshop(tmp_path / "w.xsector")
    assert window.open_path(path)
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM votes").fetchone()
    assert window.walk is not None
    window.walk.vote(window.walk.participants()[0].id, 4)
    window.close_workshop()
    assert len(asker.messages) == 1 and "still only in w.xsector-wal" in asker.messages[0]
    reader.execute("COMMIT")
    reader.close()
    with WorkshopStore.open(path) as again:  # nothing lost, and now the file alone is whole
        assert [v.value for v in again.votes()] == [4]
    alone = tmp_path / "alone.xsector"
    shutil.copy(path, alone)
    with WorkshopStore.open(alone, read_only=True) as copy:
        assert [v.value for v in copy.votes()] == [4]


def test_a_wal_removed_from_outside_is_said(
    window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    path = workshop(tmp_path / "w.xsector")
    assert window.open_path(path)
    walk = window.walk
    assert walk is not None
    people = walk.participants()
    walk.vote(people[0].id, 4)
    path.with_name(path.name + "-wal").unlink()
    walk.vote(people[1].id, 2)
    assert len(asker.messages) == 1 and "deleted w.xsector-wal" in asker.messages[0]
    assert len(shown_votes(window)) == 2


@posix_only
@pytest.mark.parametrize("plug_back", [False, True], ids=["left-out", "plugged-back"])
def test_the_whole_app_on_a_drive_pulled_out_says_so_once_and_keeps_every_vote(
    tmp_path: Path, plug_back: bool
) -> None:
    """A real pulled drive (an ext4 loop device shut down), the app run as the command runs it:
    reads fail too ("malformed"), and the crash handler hands them to the same message.
    Plugged back (the image on a new loop device, as a stick comes back as a new device), the
    banner offers Reconnect; after it the next vote key is stored on the stick."""
    import json
    import os
    import subprocess
    import sys

    home = tmp_path / "home"
    home.mkdir()
    with loop_drive(tmp_path) as stick:
        path = workshop(stick / "w.xsector")
        done = subprocess.run(
            [
                sys.executable,
                str(Path(__file__).with_name("pulled_drive_app.py")),
                path,
                stick,
                home,
                *(["replug"] if plug_back else []),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["voted_before"] == 1
    assert len(report["told"]) == 1 and "Reconnect it" in report["told"][0], report["told"]
    assert report["banner"] and report["current"] == "results"
    assert not report["crash_dialog"] and not report["crash_log"]
    assert report["undo_text"] == "vote 4 by Ana"
    expected = [("results", 1, 4)]
    if plug_back:
        assert report["offered"] and not report["banner_after"]
        assert report["current_after"] == "results"
        assert report["selected_after"] == report["selected_before"]
        assert report["told_on_close"] == []  # closed on a live drive: nothing to tell
        expected.append(("results", 1, 5))
    else:
        assert len(report["told_on_close"]) <= 1
    with loop_drive(tmp_path) as stick:  # the same stick, plugged in again
        with WorkshopStore.open(stick / "w.xsector", read_only=True) as again:
            assert [(v.card, v.round, v.value) for v in again.votes()] == expected
