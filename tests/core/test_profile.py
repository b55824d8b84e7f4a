"""The partnership profile: one row per card, read from its latest round."""

from __future__ import annotations

import pytest
from builders import tally

from xsector_desktop.core.model import Vote
from xsector_desktop.core.profile import build_profile
from xsector_desktop.core.scales import get_scale
from xsector_desktop.core.signals import SignalSettings, workshop_signals

DECK = ["results", "charge", "authority"]
TYPES = {"results": ["Specific"], "charge": ["Thinking & Doing"]}


def test_every_card_in_deck_order_even_unvoted() -> None:
    scale = get_scale("agree5")
    votes = tally("charge", 1, [1, 5]) + tally("results", 1, [4, 4, 5])
    rows = build_profile(DECK, TYPES, workshop_signals(scale, DECK, votes, {}, []))
    assert [row.card for row in rows] == DECK
    assert rows[0].framework_types == ("Specific",)
    unvoted = rows[2]
    assert not unvoted.voted and unvoted.rounds == 0 and unvoted.framework_types == ()
    assert (unvoted.position_rank, unvoted.level, unvoted.support_share) == (None, None, None)


def test_position_comes_from_the_latest_round() -> None:
    scale = get_scale("agree5")
    first = tally("charge", 1, [1, 1, 2, 5])
    second = [
        Vote(900 + i, None, "charge", 2, v, t)
        for i, (v, t) in enumerate([(4, "doing"), (4, "thinking"), (5, "doing"), (2, None)])
    ]
    signals = workshop_signals(scale, DECK, first + second, {}, [], SignalSettings())
    row = build_profile(DECK, TYPES, signals)[1]
    assert row.rounds == 2 and row.latest is not None and row.latest.round == 2
    assert row.position_rank == pytest.approx((4 + 4 + 5 + 2) / 4)
    assert row.position_value == 4  # ranks 2, 4, 4, 5: lower middle is 4
    assert row.support_share == pytest.approx(3 / 4)
    assert row.type_choices == {"doing": 2, "thinking": 1}
    assert row.level == row.latest.level


def test_position_value_is_a_scale_value_not_a_rank() -> None:
    # On gradients8 value 1 (whole-hearted endorsement) is the top rank, 5.
    scale = get_scale("gradients8")
    signals = workshop_signals(scale, DECK, tally("results", 1, [1, 1, 2, 7]), {}, [])
    row = build_profile(DECK, TYPES, signals)[0]
    assert row.position_value == 2  # ranks 1, 4, 5, 5: lower middle is rank 4 = value 2
    assert row.support_share == pytest.approx(3 / 4)


def test_support_share_leaves_out_the_middle_point_of_an_odd_scale() -> None:
    scale = get_scale("agree5")
    signals = workshop_signals(scale, DECK, tally("results", 1, [3, 3, 4, 5]), {}, [])
    assert build_profile(DECK, TYPES, signals)[0].support_share == pytest.approx(2 / 4)
