"""The trust-cycle suggestion: each stage from the signals that should suggest it."""

from __future__ import annotations

import math
from typing import Any

import pytest
from builders import objection, tally

from xsector_desktop.core.model import Disagreement, Vote
from xsector_desktop.core.scales import get_scale
from xsector_desktop.core.signals import (
    RoundSignals,
    SignalSettings,
    latest_by_card,
    workshop_signals,
)
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


# One test per sub-rule of docs/signals.md's trust-cycle suggestion, with the others false.


def deck_rounds(
    rounds_by_card: list[list[str]], disagreements: list[Disagreement] | None = None
) -> list[RoundSignals]:
    votes: list[Vote] = []
    keys = [f"card-{i}" for i in range(len(rounds_by_card))]
    for key, levels in zip(keys, rounds_by_card, strict=True):
        for round_number, level in enumerate(levels, start=1):
            votes += tally(key, round_number, SHAPES[level])
    return workshop_signals(AGREE5, keys, votes, {}, disagreements or [], SignalSettings())


def suggest(rounds: list[RoundSignals]) -> TrustReading:
    # The rounds in reverse order: the rule must sort each card's history by round itself.
    return suggest_trust_stage(latest_by_card(rounds), list(reversed(rounds)))


def changed(rounds: list[RoundSignals], card: str, round_: int, **fields: Any) -> None:
    """Set fields of one round in place: for thresholds that real votes cannot hit exactly."""
    at = next(i for i, rs in enumerate(rounds) if (rs.card, rs.round) == (card, round_))
    rounds[at] = rounds[at]._replace(**fields)


def test_two_cards_are_too_few_and_three_are_enough() -> None:
    assert codes(reading([["calm"]] * 2)) == ["few_cards_voted"]
    assert reading([["calm"]] * 2).reasons[0].params == {"count": 2, "needed": 3}
    assert codes(reading([["calm"]] * 3)) == ["honeymoon"]


def test_a_card_without_votes_is_not_counted_as_voted() -> None:
    rounds = deck_rounds([["calm"]] * 3)
    changed(rounds, "card-2", 1, n=0)
    r = suggest(rounds)
    assert codes(r) == ["few_cards_voted"] and r.reasons[0].params["count"] == 2
    assert r.counts == {"calm": 2, "watch": 0, "storming": 0}


@pytest.mark.parametrize(
    ("cards", "expected"),
    [
        (3, ["many_storming"]),  # a third
        (4, ["many_storming"]),  # a quarter: at the share
        (5, ["unresolved"]),  # a fifth: just below
        (11, ["unresolved"]),
    ],
)
def test_many_storming_from_a_quarter_of_the_cards(cards: int, expected: list[str]) -> None:
    r = reading([["storming"]] + [["calm"]] * (cards - 1))
    assert r.stage == "storming" and codes(r) == expected


def test_many_storming_names_its_share() -> None:
    r = reading([["storming"]] + [["calm"]] * 2)
    assert r.reasons[0].params == {"count": 1, "total": 3, "share": 0.333}
    assert r.reasons[0].level == "storming"


@pytest.mark.parametrize(
    ("cards", "expected"),
    [(3, ["objections_open"]), (4, ["objections_open"]), (5, ["unresolved"])],
)
def test_objections_open_from_a_quarter_of_the_cards(cards: int, expected: list[str]) -> None:
    r = reading([["calm"]] * cards, [objection("card-0", 1)])
    assert r.counts["storming"] == 0
    assert r.stage == "storming" and codes(r) == expected
    if expected == ["objections_open"]:
        assert r.reasons[0].params == {"count": 1, "total": cards}


def test_a_resolved_objection_does_not_count() -> None:
    r = reading([["calm"]] * 4, [objection("card-0", 1, "resolved")])
    assert codes(r) == ["honeymoon"]


@pytest.mark.parametrize(
    ("calm_cards", "expected"),
    [(3, "performing"), (2, "norming")],  # 4 of 5 calm (80%, at the share); 3 of 4 (75%)
)
def test_performing_from_eighty_percent_calm(calm_cards: int, expected: str) -> None:
    r = reading([["watch", "calm"]] + [["calm"]] * calm_cards + [["watch"]])
    assert r.stage == expected
    if expected == "performing":
        assert codes(r) == ["settled", "worked_through"]
        assert r.reasons[0].params == {"count": calm_cards + 1, "total": calm_cards + 2}
    else:
        assert codes(r) == ["worked_through", "still_unsettled"]
        assert r.reasons[1].params == {"count": 1, "total": calm_cards + 2}


def test_one_storming_card_keeps_eighty_percent_calm_from_performing() -> None:
    r = reading([["storming", "calm"]] + [["calm"]] * 3 + [["storming"]])
    assert r.counts == {"calm": 4, "watch": 0, "storming": 1}
    assert r.stage == "norming" and codes(r) == ["worked_through", "still_unsettled"]


def test_one_objection_keeps_eighty_percent_calm_from_performing() -> None:
    r = reading([["watch", "calm"]] + [["calm"]] * 4, [objection("card-1", 1)])
    assert r.counts == {"calm": 4, "watch": 1, "storming": 0}
    assert r.stage == "norming"


@pytest.mark.parametrize(
    ("convergence", "diverging"),
    [(-0.06, True), (-0.05, True), (math.nextafter(-0.05, 0.0), False), (0.0, False)],
)
def test_losing_consensus_by_the_step_keeps_a_calm_room_from_performing(
    convergence: float, diverging: bool
) -> None:
    rounds = deck_rounds([["watch", "calm"]] + [["calm", "calm"]] + [["calm"]] * 3)
    changed(rounds, "card-1", 2, convergence=convergence)
    r = suggest(rounds)
    if diverging:
        assert r.stage == "norming" and codes(r) == ["worked_through", "diverging"]
        assert r.reasons[1].params == {"count": 1}
    else:
        assert r.stage == "performing"


def test_a_calm_room_where_nothing_was_worked_through_is_the_honeymoon() -> None:
    r = reading([["calm"]] * 4 + [["watch"]])  # 80% calm
    assert r.stage == "forming" and codes(r) == ["honeymoon"]
    assert r.reasons[0].params == {"count": 4, "total": 5}
    assert codes(reading([["calm"]] * 3 + [["watch"]])) == ["unresolved"]  # 75%


def test_norming_names_only_what_is_true() -> None:
    r = reading([["storming", "calm"]] + [["calm"]] * 2 + [["watch"]] * 2)
    assert r.stage == "norming" and codes(r) == ["worked_through", "still_unsettled"]
    assert r.reasons[1].params == {"count": 2, "total": 5}
    rounds = deck_rounds([["storming", "calm"]] + [["calm", "calm"]] * 2 + [["calm"]] * 3)
    changed(rounds, "card-1", 2, convergence=-0.1)
    changed(rounds, "card-2", 2, convergence=-0.1)
    r = suggest(rounds)
    assert r.stage == "norming" and codes(r) == ["worked_through", "diverging"]
    assert r.reasons[1].params == {"count": 2}


def test_unresolved_names_the_unsettled_cards_and_any_divergence() -> None:
    r = reading([["watch"]] * 2 + [["calm"]] * 3)
    assert r.stage == "storming" and codes(r) == ["unresolved"]
    assert r.reasons[0].params == {"count": 2, "total": 5} and r.reasons[0].level == "storming"
    rounds = deck_rounds([["watch"]] * 2 + [["calm", "calm"]] + [["calm"]] * 2)
    changed(rounds, "card-2", 2, convergence=-0.2)
    assert codes(suggest(rounds)) == ["unresolved", "diverging"]


# Worked through: a card's history decides between performing and the honeymoon when the other
# four cards are calm and its latest round is calm too.
@pytest.mark.parametrize(
    ("history", "worked"),
    [
        (["calm"], False),
        (["calm", "calm"], False),
        (["watch", "calm"], True),
        (["storming", "calm"], True),
        (["watch", "calm", "calm"], True),  # any earlier round counts, not just the previous
        (["calm", "watch", "calm"], True),
    ],
)
def test_worked_through_by_level(history: list[str], worked: bool) -> None:
    r = reading([history] + [["calm"]] * 4)
    assert r.stage == ("performing" if worked else "forming")


def test_watch_that_turns_to_storming_is_not_worked_through() -> None:
    # 1 storming card of 5 is under the storming share; worked through would make this norming.
    r = reading([["watch", "storming"]] + [["calm"]] * 4)
    assert r.stage == "storming" and codes(r) == ["unresolved", "diverging"]
    r = reading([["storming", "watch"]] + [["calm"]] * 4)  # 80% calm, one card worked through
    assert r.stage == "performing" and r.reasons[1].params == {"count": 1}


@pytest.mark.parametrize(
    ("first", "latest", "worked"),
    [
        (0.0, 0.05, True),  # rose by the step exactly
        (0.0, math.nextafter(0.05, 0.0), False),
        (0.0, 0.06, True),
        (0.5, 0.25, False),
        (None, 0.9, False),
    ],
)
def test_worked_through_by_rising_consensus(
    first: float | None, latest: float | None, worked: bool
) -> None:
    # A card still at watch in its last round: only its consensus can say it was worked through.
    rounds = deck_rounds([["watch", "watch"]] + [["calm"]] * 4)
    changed(rounds, "card-0", 1, consensus=first)
    changed(rounds, "card-0", 2, consensus=latest, convergence=None)
    r = suggest(rounds)
    assert r.stage == ("performing" if worked else "forming")


def test_rising_consensus_on_a_card_that_was_always_calm_is_not_worked_through() -> None:
    rounds = deck_rounds([["calm", "calm"]] + [["calm"]] * 4)
    changed(rounds, "card-0", 1, consensus=0.0)
    changed(rounds, "card-0", 2, consensus=0.9, convergence=0.9)
    assert codes(suggest(rounds)) == ["honeymoon"]
    changed(rounds, "card-0", 2, consensus=None, convergence=None)
    changed(rounds, "card-0", 1, level="watch")
    assert suggest(rounds).stage == "performing"


def test_a_card_with_a_single_vote_is_voted() -> None:
    votes = [v for i in range(3) for v in tally(f"card-{i}", 1, [4])]
    rounds = workshop_signals(AGREE5, ["card-0", "card-1", "card-2"], votes, {}, [])
    assert codes(suggest(rounds)) == ["honeymoon"]


def test_single_vote_rounds_are_part_of_a_cards_history() -> None:
    votes = tally("card-0", 1, [1]) + tally("card-0", 2, [4])
    votes += [v for i in range(1, 5) for v in tally(f"card-{i}", 1, [4, 4, 4])]
    rounds = workshop_signals(AGREE5, [f"card-{i}" for i in range(5)], votes, {}, [])
    changed(rounds, "card-0", 1, level="watch")
    assert suggest(rounds).stage == "performing"


def test_a_round_without_votes_is_left_out_of_a_cards_history() -> None:
    # Rising consensus counts from the card's first round with votes.
    rounds = deck_rounds([["calm", "watch", "watch"]] + [["calm"]] * 4)
    changed(rounds, "card-0", 1, n=0, consensus=None)
    changed(rounds, "card-0", 2, consensus=0.0)
    changed(rounds, "card-0", 3, consensus=0.1, convergence=None)
    assert suggest(rounds).stage == "performing"


def test_a_storming_card_counts_as_unsettled() -> None:
    r = reading([["storming", "calm"]] + [["calm"]] * 3 + [["storming"]])
    assert codes(r) == ["worked_through", "still_unsettled"]
    assert r.reasons[1].params == {"count": 1, "total": 5}
    r = reading([["watch"], ["storming"]] + [["calm"]] * 6)
    assert codes(r) == ["unresolved"] and r.reasons[0].params == {"count": 2, "total": 8}
