"""Screen words read as English without a translation file: one objection, two objections."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import Reason
from xsector_desktop.ui import words
from xsector_desktop.ui.profile import trust_words


def test_counts_agree_with_their_nouns(qtbot: QtBot) -> None:
    assert words.reason(Reason("open_objections", {"count": 1})) == "1 open objection"
    assert words.reason(Reason("open_objections", {"count": 2})) == "2 open objections"
    assert words.reason(Reason("blocks", {"count": 1})) == "1 block or veto"
    assert words.reason(Reason("blocks", {"count": 3})) == "3 blocks or vetoes"


def test_trust_reasons_agree_with_their_nouns(qtbot: QtBot) -> None:
    one = trust_words.reason(Reason("few_cards_voted", {"count": 1, "needed": 3}))
    assert one == "Only 1 card revealed; a reading needs 3"
    many = trust_words.reason(Reason("worked_through", {"count": 3}))
    assert many == "3 cards moved towards agreement after a re-vote"
    assert "(s)" not in trust_words.reason(Reason("diverging", {"count": 1}))
