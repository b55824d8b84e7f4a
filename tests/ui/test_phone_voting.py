"""Present > Phone voting in the app: off until turned on, votes land on the console's chips,
off again when turned off and when the workshop closes."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flood import RawPhone
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from xsector_desktop.ui import theme
from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.phones.panel import PhonePanel
from xsector_desktop.ui.translations import install_translators, remove_translators

from .test_voting import hidden_round_file  # noqa: F401  (a fixture)


def in_background(work: Callable[[], Any]) -> dict[str, Any]:
    """Run a phone's requests off the GUI thread, which must stay free to write them."""
    done: dict[str, Any] = {}

    def run() -> None:
        try:
            done["result"] = work()
        except BaseException as error:
            done["error"] = error

    threading.Thread(target=run, daemon=True).start()
    return done


@pytest.fixture
def phones_window(window: MainWindow, hidden_round_file: Path, loopback_only: None) -> MainWindow:  # noqa: F811
    window.phones.host, window.phones.port = "127.0.0.1", 0
    window.open_path(hidden_round_file)
    return window


def test_nothing_listens_until_turned_on(phones_window: MainWindow) -> None:
    assert phones_window.phones.server is None
    assert not phones_window.phones.action.isChecked()
    assert phones_window.phones.action.isEnabled()


def test_a_phone_vote_shows_on_the_console_marked_as_from_a_phone(
    qtbot: QtBot, phones_window: MainWindow
) -> None:
    phones = phones_window.phones
    phones.action.trigger()
    assert phones.server is not None and phones.panel is not None
    address = phones.server.address
    assert phones.panel.address.text() == address and not phones.panel.qr.pixmap().isNull()
    page = phones_window.walk_page
    assert page is not None
    ana_id, ana = next(iter(page.voting.chips.items()))

    joined = in_background(lambda: _join_and_vote(address, ana_id, page.walk.current))
    qtbot.waitUntil(lambda: "result" in joined or "error" in joined, timeout=10_000)
    assert joined.get("result") == (200, 200), joined
    qtbot.waitUntil(lambda: ana.property("phone") is True, timeout=1000)
    assert ana.text().startswith("✓")
    assert ana.accessibleName().endswith("has voted from a phone")
    assert page.voting.status.text() == "Round 1 (hidden) · 1 of 4 have voted"
    assert "Ana" in [phones.panel.joined.item(i).text() for i in range(phones.panel.joined.count())]
    votes = phones_window.session.store.votes(page.walk.current, 1)
    assert [(v.participant_id, v.source) for v in votes] == [(ana_id, "phone")]

    panel = phones.panel
    phones.action.trigger()  # off
    assert phones.server is None and phones.panel is None and not panel.isVisible()
    gone = in_background(lambda: RawPhone(address))
    qtbot.waitUntil(lambda: "result" in gone or "error" in gone, timeout=10_000)
    assert isinstance(gone.get("error"), ConnectionRefusedError)


def _join_and_vote(address: str, participant: int, card: str) -> tuple[int, int]:
    phone = RawPhone(address)
    joined, _ = phone.request("POST", "api/join", {"participant": participant})
    cookie = phone.last_cookie
    voter = RawPhone(address, cookie)
    voted, _ = voter.request("POST", "api/vote", {"card": card, "round": 1, "value": 4})
    return joined, voted


def test_closing_the_workshop_stops_phone_voting(qtbot: QtBot, phones_window: MainWindow) -> None:
    phones = phones_window.phones
    phones.action.trigger()
    assert phones.server is not None
    server = phones.server
    phones_window.close_workshop()
    assert phones.server is None and not server.running
    assert not phones.action.isEnabled()


def test_while_phones_are_served_threads_take_turns_more_often(phones_window: MainWindow) -> None:
    from xsector_desktop.ui.phones.feature import SWITCH_INTERVAL_S

    before = sys.getswitchinterval()
    assert before > SWITCH_INTERVAL_S  # Python's default, 5 ms
    phones = phones_window.phones
    phones.action.trigger()
    assert phones.server is not None
    assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL_S)
    phones.action.trigger()  # off again
    assert phones.server is None
    assert sys.getswitchinterval() == pytest.approx(before)


# Presenting raises the always-on-top control strip, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support raise()")
def test_the_audience_screen_shows_the_join_card_until_hidden(
    qtbot: QtBot, phones_window: MainWindow
) -> None:
    phones = phones_window.phones
    phones.action.trigger()
    phones_window.room.current.toggle_presenting()
    qtbot.waitUntil(lambda: phones.audience_join is not None, timeout=2000)
    join = phones.audience_join
    assert join is not None and phones.server is not None
    assert join.address.text() == phones.server.address
    assert not join.qr.pixmap().isNull()
    # The views give up a strip for the card: it covers none of their text.
    audience = phones_window.room.current.presenter.audience
    views = audience.views
    text_area = views.contentsRect().translated(views.mapTo(audience.content, QPoint(0, 0)))
    assert views.contentsMargins().right() > 0
    assert not text_area.intersects(join.geometry())
    phones.audience_action.trigger()  # the facilitator wants the whole screen back
    assert phones.audience_join is None
    assert views.contentsMargins().right() == 0  # the strip is the views' again
    phones_window.room.current.stop()


def test_the_menu_spells_the_settings_as_the_server_reads_them() -> None:
    from xsector_desktop.phones import view
    from xsector_desktop.ui.phones import menu

    assert (menu.CODE_ONLY_SETTING, menu.SHOW_RESULTS_SETTING) == (
        view.CODE_ONLY_SETTING,
        view.SHOW_RESULTS_SETTING,
    )


STARTS_THE_APP = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from xsector_desktop.ui.main_window import MainWindow
app = QApplication([])
folder = Path(tempfile.mkdtemp())
window = MainWindow(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), folder)
assert window.open_path(Path(sys.argv[1]))
heavy = ("uvicorn", "starlette", "xsector_desktop.phones.desk", "xsector_desktop.ui.phones.feature")
print(sorted(name for name in sys.modules if name.startswith(heavy)))
"""


def test_opening_a_workshop_loads_no_phone_server(hidden_round_file: Path) -> None:  # noqa: F811
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", STARTS_THE_APP, str(hidden_round_file)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_facilitator_frees_a_name_from_the_panel(
    qtbot: QtBot, phones_window: MainWindow
) -> None:
    phones = phones_window.phones
    phones.action.trigger()
    desk, panel = phones.desk, phones.panel
    assert desk is not None and panel is not None
    walk = phones_window.walk
    assert walk is not None
    ben = next(p for p in walk.participants() if p.name == "Ben")
    desk.join_name(ben.id)  # as a phone's request would, from the server's thread
    qtbot.waitUntil(lambda: panel.joined.count() == 1, timeout=1000)
    assert panel.joined.item(0).text() == "Ben"
    assert panel.count.text() == "1 of 4 have joined by phone"
    panel.joined.setCurrentRow(0)
    item = panel.joined.item(0)
    assert phones.voting is not None
    phones.voting._show_joined()  # told again, nothing changed (a new round, say): kept
    assert panel.joined.item(0) is item and panel.joined.currentRow() == 0
    qtbot.mouseClick(panel.free_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.joined.count() == 0, timeout=1000)
    assert desk.joined() == []


def test_a_read_only_workshop_offers_no_phone_voting(
    window: MainWindow,
    hidden_round_file: Path,  # noqa: F811
) -> None:
    assert window.open_path(hidden_round_file, read_only=True)
    assert not window.phones.action.isEnabled()
    assert window.phones.start() is None and window.phones.server is None


def _phone_votes(
    qtbot: QtBot, address: str, participant: int, card: str, value: int
) -> tuple[int, int]:
    def run() -> tuple[int, int]:
        phone = RawPhone(address)
        joined, _ = phone.request("POST", "api/join", {"participant": participant})
        voter = RawPhone(address, phone.last_cookie)
        voted, _ = voter.request("POST", "api/vote", {"card": card, "round": 1, "value": value})
        return joined, voted

    done = in_background(run)
    qtbot.waitUntil(lambda: "result" in done or "error" in done, timeout=10_000)
    assert "error" not in done, done
    result: tuple[int, int] = done["result"]
    return result


def test_a_vote_written_on_the_phones_thread_shows_and_undo_of_a_console_vote_stays_right(
    qtbot: QtBot, phones_window: MainWindow
) -> None:
    """The phones' writer has its own thread and connection; the console reads what it
    committed, and the facilitator's undo history is still right beside it."""
    phones = phones_window.phones
    phones.action.trigger()
    assert phones.server is not None and phones.voting is not None
    assert phones.voting.phone_store is not phones_window.session.store
    page, walk = phones_window.walk_page, phones_window.walk
    assert page is not None and walk is not None
    ids = {p.name: p.id for p in walk.participants()}
    card = walk.current
    walk.new_round()
    assert walk.vote(ids["Ana"], 4)  # keyed on the console
    assert page.voting.status.text() == "Round 1 (hidden) · 1 of 4 have voted"
    desk = phones.desk
    qtbot.waitUntil(lambda: desk.view.vote_round == 1 and desk.view.accepting, timeout=2000)

    assert _phone_votes(qtbot, phones.server.address, ids["Ben"], card, 2) == (200, 200)
    ben = page.voting.chips[ids["Ben"]]
    qtbot.waitUntil(lambda: ben.property("phone") is True, timeout=2000)
    assert page.voting.status.text() == "Round 1 (hidden) · 2 of 4 have voted"
    assert _phone_votes(qtbot, phones.server.address, ids["Ana"], card, 5) == (200, 200)
    ana = page.voting.chips[ids["Ana"]]
    qtbot.waitUntil(lambda: ana.property("phone") is True, timeout=2000)

    assert phones_window.session.undo()  # Ana's console vote: her later phone vote counts
    counted = {v.participant_id: (v.value, v.source) for v in walk.votes(card, 1)}
    assert counted == {ids["Ana"]: (5, "phone"), ids["Ben"]: (2, "phone")}
    assert page.voting.status.text() == "Round 1 (hidden) · 2 of 4 have voted"
    assert ana.property("phone") is True and ben.property("phone") is True
    assert phones_window.session.redo()
    counted = {v.participant_id: (v.value, v.source) for v in walk.votes(card, 1)}
    assert counted == {ids["Ana"]: (5, "phone"), ids["Ben"]: (2, "phone")}
    assert phones_window.session.undo() and phones_window.session.undo()  # and the round
    assert walk.current_round() is None
    assert page.voting.status.text() == "No round yet: vote to open round 1"
    assert ana.property("voted") is False and ben.property("voted") is False


def _serving_round_one(qtbot: QtBot, window: MainWindow) -> tuple[dict[str, int], str, str]:
    """Phone voting on, Ana's console vote opening round 1, the phones told of it: the names'
    ids, the server's address and the card."""
    phones = window.phones
    phones.action.trigger()
    assert phones.server is not None and phones.voting is not None
    walk = window.walk
    assert walk is not None
    ids = {p.name: p.id for p in walk.participants()}
    assert walk.vote(ids["Ana"], 4)
    desk = phones.desk
    qtbot.waitUntil(lambda: desk.view.vote_round == 1 and desk.view.accepting, timeout=2000)
    return ids, phones.server.address, walk.current


def test_a_fault_writing_phone_votes_is_told_once_with_the_banner(
    qtbot: QtBot, phones_window: MainWindow
) -> None:
    from fault_injection import inject

    ids, address, card = _serving_round_one(qtbot, phones_window)
    walk, voting = phones_window.walk, phones_window.phones.voting
    assert walk is not None and voting is not None
    faulty = inject(voting.phone_store)
    faulty.arm("disk-full")
    safety = phones_window.safety
    joined, voted = _phone_votes(qtbot, address, ids["Ben"], card, 2)
    assert joined == 200 and voted >= 500  # the phone is told to try again
    qtbot.waitUntil(lambda: safety.banner.isVisible(), timeout=2000)
    assert "votes from phones" in safety.banner.text()
    assert len(safety.told) == 1
    _phone_votes(qtbot, address, ids["Cy"], card, 3)
    assert len(safety.told) == 1  # the banner stays; no second message
    assert [v.participant_id for v in walk.votes(card, 1)] == [ids["Ana"]]
    faulty.arm(None)
    assert _phone_votes(qtbot, address, ids["Dee"], card, 1)[1] == 200
    qtbot.waitUntil(lambda: not safety.banner.isVisible(), timeout=2000)


def test_a_journal_deleted_while_phones_vote_is_told_once_without_a_console_write(
    qtbot: QtBot, phones_window: MainWindow
) -> None:
    """The phones' connection notices and rescues it; the facilitator hears of it after the
    redraw, though they pressed nothing."""
    from xsector_desktop.store.fileformat import sidecar

    ids, address, card = _serving_round_one(qtbot, phones_window)
    assert _phone_votes(qtbot, address, ids["Ben"], card, 2) == (200, 200)
    sidecar(phones_window.session.store.path, "-wal").unlink()
    assert _phone_votes(qtbot, address, ids["Cy"], card, 3) == (200, 200)
    safety = phones_window.safety
    qtbot.waitUntil(lambda: len(safety.told) == 1, timeout=3000)
    assert "-wal" in safety.told[0]
    assert _phone_votes(qtbot, address, ids["Dee"], card, 1) == (200, 200)
    dee = phones_window.walk_page.voting.chips[ids["Dee"]]  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: dee.property("phone") is True, timeout=2000)
    assert len(safety.told) == 1  # told once
    assert sidecar(phones_window.session.store.path, "-wal").exists()


def settle() -> None:
    """Every layout request and paint posted so far, handled."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(3):  # a layout pass may post another
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def test_a_crowd_of_phone_votes_leaves_the_console_layout_as_it_was(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, loopback_only: None
) -> None:
    """The first vote opens the round and the count grows a digit ("9 of 12" to "12 of 12"):
    neither may move the card or the panels, which would lay the window out again and refit
    the card amid the votes (docs/phones.md, "Keeping the window responsive")."""
    from xsector_desktop.core.model import WorkshopInfo
    from xsector_desktop.store import WorkshopStore

    path = tmp_path / "twelve.xsector"
    with WorkshopStore.create(path, WorkshopInfo("Rivers")) as store:
        store.add_participants([{"name": f"Guest {i}", "sector": "community"} for i in range(12)])
    window.phones.host, window.phones.port = "127.0.0.1", 0
    assert window.open_path(path)
    page, phones = window.walk_page, window.phones
    assert page is not None and phones.start() is not None and phones.desk is not None
    settle()  # the dock and the page are laid out, as they are before anyone votes
    shapes = lambda: (  # noqa: E731
        page.card.geometry(),
        page.voting.geometry(),
        page.rounds.geometry(),
        phones.panel.geometry(),
    )
    before = shapes()
    desk, card = phones.desk, page.walk.current
    tokens = [desk.join_name(p.id) for p in page.walk.participants()]
    answers = [desk.vote(tokens[0], card, 1, 3, None)]  # opens round 1
    answers[0].result(10)
    qtbot.waitUntil(lambda: desk.view.accepting and desk.view.vote_round == 1, timeout=2000)
    answers += [desk.vote(token, card, 1, 4, None) for token in tokens[1:]]
    for answer in answers:
        answer.result(10)
    voting = phones.voting
    assert voting is not None
    qtbot.waitUntil(
        lambda: (
            page.voting.status.text().endswith("12 of 12 have voted")
            and [b.summary.number for b in page.rounds.boxes] == [1]
            and not voting._steps
        ),
        timeout=3000,
    )
    settle()  # and any layout pass they asked for has run
    assert shapes() == before


def test_the_panel_s_buttons_are_not_cut_short_in_spanish(qtbot: QtBot, qapp: QApplication) -> None:
    """Spanish words are longer than the QR code is wide: the panel is measured in the window's
    style (its padding), else "Detener la votación por móvil" lost letters at both ends."""
    installed = install_translators(qapp, "es")
    try:
        window = QMainWindow()
        window.setStyleSheet(theme.STYLESHEET)
        qtbot.addWidget(window)
        panel = PhonePanel(lambda _pid, _voter: None, lambda: None)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
        window.show()
        qtbot.waitExposed(window)
        assert panel.stop_button.text() != "Stop phone voting"
        for button in (panel.free_button, panel.stop_button):
            assert button.width() >= button.sizeHint().width()
    finally:
        remove_translators(qapp, installed)


def test_one_phone_joined_is_said_in_the_singular(qtbot: QtBot) -> None:
    panel = PhonePanel(lambda _pid, _voter: None, lambda: None)
    qtbot.addWidget(panel)
    panel.show_joined([(None, 1, "Phone 1")], None)  # show-of-hands: phones, not names
    assert panel.count.text() == "1 phone has joined"
    panel.show_joined([(None, 1, "Phone 1"), (None, 2, "Phone 2")], None)
    assert panel.count.text() == "2 phones have joined"


def test_in_spanish_the_console_with_phones_on_fits_a_1280_screen(
    qtbot: QtBot,
    qapp: QApplication,
    settings: Any,
    tmp_path: Path,
    sample_file: Path,
    loopback_only: None,
) -> None:
    """The longest interface words and the phone panel beside the walk-through: the console may
    not need more than 1280 pixels (under Xvfb it needed 1338; now 1265)."""
    from .conftest import make_window

    installed = install_translators(qapp, "es")
    try:
        window, _ = make_window(qtbot, settings, tmp_path)
        window.phones.host, window.phones.port = "127.0.0.1", 0
        assert window.open_path(sample_file)  # 18 people: "18 de 18 han votado"
        assert window.walk is not None
        window.walk.go_to("structure")
        window.walk.new_round()  # a hidden round: the longest status line
        window.phones.action.trigger()
        assert window.phones.panel is not None and window.phones.panel.isVisible()
        # The walk-through at its narrowest and the panel beside it.
        page, panel = window.walk_page, window.phones.panel
        assert page is not None
        assert page.minimumSizeHint().width() + panel.width() <= 1280
        window.phones.stop()
        window.close_workshop(to_start=False)
    finally:
        remove_translators(qapp, installed)
