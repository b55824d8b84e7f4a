"""Storming signals per card and round: counts, measures, splits, privacy, levels and reasons."""

from __future__ import annotations

import random

import pytest
from builders import objection, roster, tally, thousand_person_room, votes_for
from hypothesis import given
from hypothesis import strategies as st

from xsector_desktop.core.measures import agreement_a, consensus, dispersion_leik
from xsector_desktop.core.model import (
    LEVELS,
    Disagreement,
    Participant,
    Vote,
)
from xsector_desktop.core.scales import Scale, get_scale
from xsector_desktop.core.signals import (
    REASON_CODES,
    RoundSignals,
    SignalSettings,
    latest_by_card,
    round_signals,
    workshop_signals,
)

AGREE5 = get_scale("agree5")
GRADIENTS = get_scale("gradients8")
FIST = get_scale("fist5")
NOBODY: dict[int, Participant] = {}
NO_DISAGREEMENTS: list[Disagreement] = []


def signals_of(
    values: list[int], scale: Scale = AGREE5, settings: SignalSettings | None = None
) -> RoundSignals:
    """One tally round of `values` on the results card."""
    return round_signals(scale, "results", 1, tally("results", 1, values), NOBODY, [], settings)


def codes(rs: RoundSignals) -> list[str]:
    return [r.code for r in rs.reasons]


def test_distribution_lists_every_scale_value_in_scale_order() -> None:
    rs = signals_of([7, 7, 8, 4, 5, 5, 1], scale=GRADIENTS)
    assert list(rs.distribution) == list(GRADIENTS.values)
    assert rs.distribution == {1: 1, 2: 0, 3: 0, 4: 1, 5: 2, 6: 0, 7: 2, 8: 1}
    assert rs.n == 7


def test_apart_points_are_counted_but_not_measured() -> None:
    rs = signals_of([1, 1, 2, 4, 5, 5, 8], scale=GRADIENTS)
    assert rs.apart == {"abstain": 1, "discuss": 2, "veto": 1}
    assert rs.ranked_n == 3
    # Ranked counts in rank order (rank 1 = value 7 ... rank 5 = value 1): 0,0,0,1,2.
    ranked = [0, 0, 0, 1, 2]
    assert rs.agreement_a == agreement_a(ranked)
    assert rs.consensus == consensus(ranked)
    assert rs.dispersion_leik == dispersion_leik(ranked)
    assert rs.mean_rank == pytest.approx((4 + 5 + 5) / 3)


def test_veto_is_a_block_and_makes_the_round_storming() -> None:
    rs = signals_of([1, 1, 1, 8], scale=GRADIENTS)
    assert rs.blocks == 1
    assert rs.level == "storming"
    block = next(r for r in rs.reasons if r.code == "blocks")
    assert block.params == {"count": 1, "kind": "veto"}


def test_a_fist_is_a_block_on_the_continuum() -> None:
    rs = signals_of([5, 5, 5, 0], scale=FIST)
    assert rs.blocks == 1 and rs.ranked_n == 4
    assert rs.reasons[0].code == "blocks" and rs.reasons[0].params["kind"] == "block"


def test_two_camps_are_polarised_storming() -> None:
    rs = signals_of([1, 1, 1, 5, 5, 5])
    assert rs.agreement_a is not None and rs.agreement_a < 0
    assert rs.level == "storming"
    assert {"polarised", "low_consensus"} <= set(codes(rs))


def test_unanimous_round_is_calm_with_its_reason() -> None:
    rs = signals_of([4] * 6)
    assert rs.level == "calm"
    assert codes(rs) == ["calm"]
    assert (rs.agreement_a, rs.consensus, rs.dispersion_leik) == (1, 1, 0)


def test_consensus_between_the_thresholds_is_watch() -> None:
    settings = SignalSettings()
    values = [2, 2, 2, 4, 4, 4]
    cns = consensus([0, 3, 0, 3, 0])
    assert cns is not None and settings.consensus_storming <= cns < settings.consensus_watch
    rs = signals_of(values)
    low = next(r for r in rs.reasons if r.code == "low_consensus")
    assert low.level == "watch" and rs.level == "watch"


def test_thresholds_are_the_facilitators_to_change() -> None:
    values = [2, 2, 2, 4, 4, 4]
    assert signals_of(values).level == "watch"
    assert (
        signals_of(
            values, settings=SignalSettings(consensus_watch=0.4, consensus_storming=0.3)
        ).level
        == "calm"
    )


def test_no_votes_is_calm_with_a_no_votes_reason() -> None:
    rs = signals_of([])
    assert rs.n == 0 and rs.consensus is None and rs.mean_rank is None
    assert codes(rs) == ["no_votes"] and rs.level == "calm"


def test_only_apart_votes_has_no_measures() -> None:
    rs = signals_of([4, 4, 4], scale=GRADIENTS)
    assert rs.ranked_n == 0 and rs.agreement_a is None
    assert codes(rs) == ["no_ranked_votes"] and rs.level == "calm"


def test_many_requests_for_discussion_raise_a_watch() -> None:
    rs = signals_of([1, 1, 1, 5, 5], scale=GRADIENTS)
    reason = next(r for r in rs.reasons if r.code == "discussion_requested")
    assert reason.params["count"] == 2 and reason.level == "watch"


def _split_room() -> tuple[dict[int, Participant], list[Vote]]:
    people = roster(
        [("government", "decision-maker", 3), ("community", "doer", 3), ("business", "doer", 2)]
    )
    # Government agrees (4), community disagrees (2), business in the middle (3).
    values = [4, 4, 4, 2, 2, 2, 3, 3]
    return people, votes_for("charge", 1, list(zip(people, values, strict=True)))


def test_sector_split_names_the_two_furthest_sectors() -> None:
    people, votes = _split_room()
    rs = round_signals(AGREE5, "charge", 1, votes, people, [])
    split = rs.sector_split
    assert split is not None
    assert {split.group_a, split.group_b} == {"government", "community"}
    assert split.gap == pytest.approx(2.0)
    reason = next(r for r in rs.reasons if r.code == "sector_split")
    assert reason.level == "storming" and reason.params["gap"] == pytest.approx(2.0)


def test_privacy_keeps_small_groups_out_unless_turned_off() -> None:
    people = roster([("government", "doer", 3), ("business", "decision-maker", 2)])
    votes = votes_for("charge", 1, list(zip(people, [4, 4, 4, 1, 1], strict=True)))
    protected = round_signals(AGREE5, "charge", 1, votes, people, [], SignalSettings())
    assert protected.sector_split is None and protected.role_split is None
    open_settings = SignalSettings().with_privacy(False)
    assert open_settings.min_group == 2
    exposed = round_signals(AGREE5, "charge", 1, votes, people, [], open_settings)
    assert exposed.sector_split is not None and exposed.sector_split.n_b == 3
    assert exposed.role_split is not None


def test_min_group_below_the_design_floor_is_refused() -> None:
    with pytest.raises(ValueError, match="min_group"):
        SignalSettings(min_group=1)


def test_role_split_is_doers_against_decision_makers() -> None:
    people, votes = _split_room()
    rs = round_signals(AGREE5, "charge", 1, votes, people, [])
    split = rs.role_split
    assert split is not None
    assert (split.group_a, split.group_b) == ("doer", "decision-maker")
    assert (split.n_a, split.n_b) == (5, 3)
    assert split.mean_a == pytest.approx((2 * 3 + 3 * 2) / 5)
    assert split.mean_b == pytest.approx(4)


def test_tally_votes_count_but_belong_to_no_group() -> None:
    people = roster([("government", "doer", 3)])
    votes = votes_for("charge", 1, list(zip(people, [5, 5, 5], strict=True))) + tally(
        "charge", 1, [1, 1, 1]
    )
    rs = round_signals(AGREE5, "charge", 1, votes, people, [])
    assert rs.n == 6 and rs.distribution[1] == 3
    assert rs.sector_split is None


def test_open_objections_from_this_and_earlier_rounds_raise_a_watch() -> None:
    disagreements = [
        objection("results", 1),
        objection("results", 2),
        objection("results", 1, "resolved"),
        objection("charge", 1),
    ]
    round1 = round_signals(
        AGREE5, "results", 1, tally("results", 1, [4, 4, 4]), NOBODY, disagreements
    )
    round2 = round_signals(
        AGREE5, "results", 2, tally("results", 2, [4, 4, 4]), NOBODY, disagreements
    )
    assert (round1.open_objections, round2.open_objections) == (1, 2)
    assert round2.level == "watch" and codes(round2) == ["open_objections"]


def test_unknown_value_names_the_vote() -> None:
    with pytest.raises(ValueError, match=r"vote \d+ .*value 9 .*agree5"):
        signals_of([9])


def test_type_choices_median_and_support() -> None:
    votes = [
        Vote(i, None, "financial-resources", 1, v, t)
        for i, (v, t) in enumerate([(5, "grants"), (4, "grants"), (2, "redirected"), (1, None)])
    ]
    rs = round_signals(AGREE5, "financial-resources", 1, votes, NOBODY, [])
    assert rs.type_choices == {"grants": 2, "redirected": 1}
    assert rs.median_value == 2  # lower middle of 1, 2, 4, 5
    assert rs.support_share == pytest.approx(0.5)


def test_workshop_signals_orders_cards_and_rounds_and_fills_convergence() -> None:
    votes = (
        tally("charge", 2, [4, 4, 4, 4])
        + tally("results", 1, [3, 3])
        + tally("charge", 1, [1, 5, 1, 5])
        + tally("not-in-deck", 1, [3])
    )
    all_rounds = workshop_signals(
        AGREE5, ["results", "charge"], votes, NOBODY, [], SignalSettings()
    )
    assert [(rs.card, rs.round) for rs in all_rounds] == [
        ("results", 1),
        ("charge", 1),
        ("charge", 2),
        ("not-in-deck", 1),
    ]
    first, second = all_rounds[1], all_rounds[2]
    assert first.convergence is None
    assert first.consensus is not None and second.consensus is not None
    assert second.convergence == pytest.approx(second.consensus - first.consensus)
    assert [rs.round for rs in latest_by_card(all_rounds)] == [1, 2, 1]


values_on_agree5 = st.lists(st.sampled_from(AGREE5.values), max_size=40)


@given(values_on_agree5, st.randoms(use_true_random=False))
def test_order_of_votes_does_not_matter(values: list[int], rnd: random.Random) -> None:
    people = roster([("government", "doer", 20), ("community", "decision-maker", 20)])
    votes = votes_for("results", 1, list(zip(people, values, strict=False)))
    shuffled = list(votes)
    rnd.shuffle(shuffled)
    a = round_signals(AGREE5, "results", 1, votes, people, [])
    b = round_signals(AGREE5, "results", 1, shuffled, people, [])
    assert a == b


@given(values_on_agree5)
def test_level_is_the_highest_reason_level_and_every_code_is_known(values: list[int]) -> None:
    rs = signals_of(values)
    assert rs.reasons
    assert rs.level == max((r.level for r in rs.reasons), key=LEVELS.index)
    assert all(r.code in REASON_CODES for r in rs.reasons)
    if rs.level != "calm":
        assert "calm" not in codes(rs)


def test_a_thousand_people_eleven_cards_three_rounds() -> None:
    # The speed of this room is measured in tests/perf/test_signals_speed.py.
    people, cards, votes = thousand_person_room()
    result = workshop_signals(AGREE5, cards, votes, people, [], SignalSettings())
    assert [(rs.card, rs.round) for rs in result] == [(c, r) for c in cards for r in (1, 2, 3)]
    assert all(rs.n == rs.ranked_n == 1000 for rs in result)
    one = next(rs for rs in result if (rs.card, rs.round) == ("card-0", 1))
    expected = round_signals(
        AGREE5, "card-0", 1, [v for v in votes if (v.card, v.round) == ("card-0", 1)], people, []
    )
    assert one == expected
    assert one.sector_split is not None and one.role_split is not None
