"""Paper ballots keyed in (Ctrl+B) reach every view at once: the rounds chart, the storming
signal and the audience screen, through the session's one notification path."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from xsector_desktop.core.snapshot import ballot_code
from xsector_desktop.ui.controllers.ballot_entry import BallotEntry

from .conftest import Room
from .test_presenting import start


def test_a_keyed_ballot_updates_the_chart_the_signal_and_the_audience(
    qtbot: QtBot, room: Room
) -> None:
    window, walk = room.window, room.window.walk
    page = window.walk_page
    walk.go_to("authority")
    start(qtbot, room)
    latest = walk.rounds()[-1]
    assert latest.revealed
    before = walk.round_summaries()[-1].distribution
    assert room.audience.card_page.chart.counts() == before
    signal_before = page.signal_panel.accessibleDescription()

    # A blank paper ballot (no name on it) whose third card, Authority, says 1.
    entry = BallotEntry(window.session, window.run)
    entry.enter_code(ballot_code(window.session.info, None, 1))
    for key in "11" + "1" + "31" + "111" + "11" + "1" + "11":
        entry.key(key)
    assert entry.key("enter").phase == "code"

    after = dict(before)
    after[1] += 1
    assert walk.round_summaries()[-1].distribution == after
    chart = page.rounds.boxes[-1].chart
    assert chart is not None and chart.counts() == after  # the console's chart
    assert room.audience.card_page.chart.counts() == after  # the projector
    assert page.signal_panel.accessibleDescription() != signal_before  # the signal
    assert walk.signals.latest("authority").n == sum(after.values())
