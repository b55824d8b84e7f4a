"""The trust-cycle suggestion: each stage from the signals that should suggest it."""

from __future__ import annotations

from builders import objection, tally

from xsector_desktop.core.model import Disagreement, Vote
from xsector_desktop.core.scales import get_scale
from xsector_desktop.core.signals import SignalSettings, latest_by_card, workshop_signals
from xsector_desktop.core.trust import TRUST_REASON_CODES, TrustReading, suggest_trust_stage

AGREE5 = get_scale("agree5")
# Tally rounds that give each level on their own (checked in test_round_shapes_give_their_level).
SHAPES: dict[str, list[int]] = {
    "calm": [4, 4, 4, 4, 5],
    "watch": [2, 2, 2, 4, 4, 4],
    "storming": [1, 1, 1, 5, 5, 5],
}


def reading(
    rounds_by_card: list[list[str]], disagreements: list[Disagreement] | None = None
) -> TrustReading:
    """The suggestion for a deck where card i went through the given levels, round by round."""
    votes: list[Vote] = []
    keys = [f"card-{i}" for i in range(len(rounds_by_card))]
    for key, levels in zip(keys, rounds_by_card, strict=True):
        for round_number, level in enumerate(levels, start=1):
            votes += tally(key, round_number, SHAPES[level])
    rounds = workshop_signals(AGREE5, keys, votes, {}, disagreements or [], SignalSettings())
    result = suggest_trust_stage(latest_by_card(rounds), rounds)
    assert all(r.code in TRUST_REASON_CODES for r in result.reasons)
    assert result.reasons
    return result


def codes(r: TrustReading) -> list[str]:
    return [reason.code for reason in r.reasons]


def test_round_shapes_give_their_level() -> None:
    for level, values in SHAPES.items():
        rounds = workshop_signals(AGREE5, ["x"], tally("x", 1, values), {}, [], SignalSettings())
        assert rounds[0].level == level


def test_few_cards_voted_is_forming() -> None:
    r = reading([["storming"], ["storming"]])
    assert r.stage == "forming" and codes(r) == ["few_cards_voted"]
    assert r.counts == {"calm": 0, "watch": 0, "storming": 2}


def test_easy_agreement_with_nothing_raised_is_the_honeymoon() -> None:
    r = reading([["calm"]] * 8)
    assert r.stage == "forming" and codes(r) == ["honeymoon"]


def test_a_quarter_of_cards_storming_is_storming() -> None:
    r = reading([["storming"]] * 2 + [["calm"]] * 6)
    assert r.stage == "storming" and codes(r) == ["many_storming"]
    assert r.reasons[0].params["count"] == 2 and r.reasons[0].params["total"] == 8


def test_open_objections_on_many_cards_is_storming() -> None:
    objections = [objection("card-0", 1), objection("card-1", 1)]
    r = reading([["calm"]] * 8, objections)
    assert r.stage == "storming" and "objections_open" in codes(r)


def test_differences_raised_and_none_settled_is_storming() -> None:
    r = reading([["watch"]] * 3 + [["calm"]] * 5)
    assert r.stage == "storming" and codes(r) == ["unresolved"]


def test_earlier_storming_that_is_settling_is_norming() -> None:
    r = reading(
        [["storming", "watch"], ["storming", "calm"], ["watch"], ["watch"]] + [["calm"]] * 4
    )
    assert r.stage == "norming"
    assert codes(r)[:2] == ["worked_through", "still_unsettled"]
    assert r.reasons[0].params["count"] == 2


def test_worked_through_and_nearly_all_calm_is_performing() -> None:
    r = reading([["storming", "calm"], ["watch", "calm"]] + [["calm"]] * 8)
    assert r.stage == "performing"
    assert codes(r) == ["settled", "worked_through"]
    assert r.counts == {"calm": 10, "watch": 0, "storming": 0}


def test_one_open_objection_keeps_a_settled_group_from_performing() -> None:
    r = reading([["storming", "calm"]] + [["calm"]] * 9, [objection("card-3", 1)])
    assert r.stage == "norming"


def test_losing_consensus_on_a_revote_is_named() -> None:
    r = reading([["storming", "calm"], ["calm", "watch"]] + [["calm"]] * 4 + [["watch"]] * 2)
    assert r.stage == "norming" and "diverging" in codes(r)
