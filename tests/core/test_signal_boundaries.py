"""Every threshold of SignalSettings just below, at and just above, through round_signals.

docs/signals.md gives the rules: "below" thresholds (consensus, agreement A) fire strictly below,
"or more" thresholds (blocks, splits, objections, discussion share, group size) fire at the
threshold. Where real votes cannot land exactly on a threshold, the threshold is moved to the
room's own number, one float step either side.
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from builders import objection, roster, tally, votes_for

from xsector_desktop.core.measures import agreement_a, consensus
from xsector_desktop.core.model import Disagreement, Participant, Role
from xsector_desktop.core.scales import Scale, ScalePoint, get_scale
from xsector_desktop.core.signals import (
    RoundSignals,
    SignalSettings,
    round_signals,
    workshop_signals,
)

AGREE5 = get_scale("agree5")
GRADIENTS = get_scale("gradients8")
FIST = get_scale("fist5")
DEFAULTS = SignalSettings()
NOBODY: dict[int, Participant] = {}


def tallied(
    values: list[int],
    scale: Scale = AGREE5,
    settings: SignalSettings = DEFAULTS,
    disagreements: list[Disagreement] | None = None,
) -> RoundSignals:
    votes = tally("results", 1, values)
    return round_signals(scale, "results", 1, votes, NOBODY, disagreements or [], settings)


def reason_levels(rs: RoundSignals) -> dict[str, str]:
    return {r.code: r.level for r in rs.reasons}


def below(x: float) -> float:
    return math.nextafter(x, -math.inf)


def above(x: float) -> float:
    return math.nextafter(x, math.inf)


# A room split between "disagree" and "agree": its consensus (0.585) is the threshold's pivot.
SPLIT_ROOM = [2, 2, 2, 4, 4, 4]
SPLIT_CNS = consensus([0, 3, 0, 3, 0])


@pytest.mark.parametrize(
    ("watch", "expected"),
    [(below(SPLIT_CNS), None), (SPLIT_CNS, None), (above(SPLIT_CNS), "watch")],
    ids=["threshold below the room", "at", "threshold above the room"],
)
def test_consensus_watch_fires_strictly_below(watch: float, expected: str | None) -> None:
    settings = SignalSettings(consensus_watch=watch, consensus_storming=0.0)
    rs = tallied(SPLIT_ROOM, settings=settings)
    assert reason_levels(rs).get("low_consensus") == expected
    if expected:
        low = next(r for r in rs.reasons if r.code == "low_consensus")
        assert low.params == {"consensus": SPLIT_CNS, "threshold": watch}


@pytest.mark.parametrize(
    ("storming", "expected"),
    [(below(SPLIT_CNS), "watch"), (SPLIT_CNS, "watch"), (above(SPLIT_CNS), "storming")],
    ids=["threshold below the room", "at", "threshold above the room"],
)
def test_consensus_storming_fires_strictly_below(storming: float, expected: str) -> None:
    settings = SignalSettings(consensus_watch=1.0, consensus_storming=storming)
    rs = tallied(SPLIT_ROOM, settings=settings)
    assert reason_levels(rs)["low_consensus"] == expected
    assert rs.level == expected
    low = next(r for r in rs.reasons if r.code == "low_consensus")
    assert low.params["threshold"] == (storming if expected == "storming" else 1.0)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([3, 3, 3, 3, 4], None),  # 0.88: above both
        ([2, 2, 2, 4, 4, 4], "watch"),  # 0.585: between
        ([1, 1, 1, 5, 5, 5], "storming"),  # 0.0: below both
    ],
)
def test_default_consensus_thresholds(values: list[int], expected: str | None) -> None:
    assert reason_levels(tallied(values)).get("low_consensus") == expected


TWO_CAMPS = [1, 1, 1, 1, 5, 5, 5]
TWO_CAMPS_A = agreement_a([4, 0, 0, 0, 3])


@pytest.mark.parametrize(
    ("threshold", "polarised"),
    [(below(TWO_CAMPS_A), False), (TWO_CAMPS_A, False), (above(TWO_CAMPS_A), True)],
    ids=["threshold below the room", "at", "threshold above the room"],
)
def test_agreement_storming_fires_strictly_below(threshold: float, polarised: bool) -> None:
    assert TWO_CAMPS_A is not None and TWO_CAMPS_A < 0
    rs = tallied(TWO_CAMPS, settings=SignalSettings(agreement_storming=threshold))
    assert ("polarised" in reason_levels(rs)) is polarised


@pytest.mark.parametrize(
    ("values", "polarised"),
    [
        ([1, 1, 1, 5, 5, 5], True),  # two camps: A < 0
        ([1, 2, 3, 4, 5], False),  # evenly spread: A is exactly 0, the default threshold
        ([1, 2, 3, 3, 4, 5], False),  # a small peak: A just above 0
    ],
)
def test_default_agreement_threshold(values: list[int], polarised: bool) -> None:
    rs = tallied(values)
    assert ("polarised" in reason_levels(rs)) is polarised
    if polarised:
        assert reason_levels(rs)["polarised"] == "storming"


@pytest.mark.parametrize(
    ("threshold", "blocks", "fires"),
    [(1, 0, False), (1, 1, True), (1, 2, True), (2, 1, False), (2, 2, True), (2, 3, True)],
)
def test_blocks_fire_at_the_threshold(threshold: int, blocks: int, fires: bool) -> None:
    settings = DEFAULTS if threshold == 1 else SignalSettings(blocks_storming=threshold)
    rs = tallied([3, 3, 3, 3, 3, 3] + [0] * blocks, scale=FIST, settings=settings)
    assert rs.blocks == blocks
    assert reason_levels(rs).get("blocks") == ("storming" if fires else None)


def _two_groups(values_a: list[int], values_b: list[int], role_split: bool) -> RoundSignals:
    groups: list[tuple[str, Role, int]]
    if role_split:
        groups = [("government", "doer", len(values_a)), ("government", "decision-maker", 3)]
    else:
        groups = [("government", "unsaid", len(values_a)), ("community", "unsaid", 3)]
    people = roster(groups)
    votes = votes_for("charge", 1, list(zip(people, values_a + values_b, strict=True)))
    return round_signals(AGREE5, "charge", 1, votes, people, [], DEFAULTS)


# Gaps in points on a 5-point scale (width 4): watch at 1 point (25%), storming at 2 (50%).
SPLITS = [
    ([3, 3, 3], [3, 4, 4], None),  # 2/3 point
    ([3, 3, 3], [4, 4, 4], "watch"),  # 1 point: at the watch share
    ([3, 3, 3], [4, 4, 5], "watch"),  # 4/3 points
    ([3, 3, 3], [4, 5, 5], "watch"),  # 5/3 points: just below the storming share
    ([3, 3, 3], [5, 5, 5], "storming"),  # 2 points: at the storming share
    ([2, 3, 3], [5, 5, 5], "storming"),  # 7/3 points
]


@pytest.mark.parametrize(("values_a", "values_b", "expected"), SPLITS)
@pytest.mark.parametrize("role_split", [False, True], ids=["sectors", "roles"])
def test_split_shares_fire_at_the_threshold(
    values_a: list[int], values_b: list[int], expected: str | None, role_split: bool
) -> None:
    rs = _two_groups(values_a, values_b, role_split)
    split = rs.role_split if role_split else rs.sector_split
    assert split is not None
    assert split.gap == pytest.approx(sum(values_b) / 3 - sum(values_a) / 3)
    code = "role_split" if role_split else "sector_split"
    assert reason_levels(rs).get(code) == expected


@pytest.mark.parametrize(
    ("field", "threshold", "expected"),
    [
        ("split_watch_share", below(0.25), "watch"),
        ("split_watch_share", 0.25, "watch"),
        ("split_watch_share", above(0.25), None),
        ("split_storming_share", below(0.25), "storming"),
        ("split_storming_share", 0.25, "storming"),
        ("split_storming_share", above(0.25), "watch"),
    ],
)
def test_split_thresholds_one_float_step_either_side(
    field: str, threshold: float, expected: str | None
) -> None:
    # A one-point gap is exactly a quarter of the scale's range.
    settings = replace(
        SignalSettings(split_watch_share=0.0, split_storming_share=1.0), **{field: threshold}
    )
    people = roster([("government", "unsaid", 3), ("community", "unsaid", 3)])
    votes = votes_for("charge", 1, list(zip(people, [3, 3, 3, 4, 4, 4], strict=True)))
    rs = round_signals(AGREE5, "charge", 1, votes, people, [], settings)
    assert reason_levels(rs).get("sector_split") == expected


def test_a_split_reason_names_both_groups_and_their_means() -> None:
    rs = _two_groups([3, 3, 4], [5, 5, 5], role_split=False)
    reason = next(r for r in rs.reasons if r.code == "sector_split")
    assert reason.params == {
        "group_a": "government",
        "group_b": "community",
        "gap": 1.667,
        "mean_a": 3.333,
        "mean_b": 5.0,
    }


@pytest.mark.parametrize(
    ("threshold", "open_count", "fires"),
    [(1, 0, False), (1, 1, True), (1, 2, True), (2, 1, False), (2, 2, True), (2, 3, True)],
)
def test_open_objections_fire_at_the_threshold(
    threshold: int, open_count: int, fires: bool
) -> None:
    settings = DEFAULTS if threshold == 1 else SignalSettings(objections_watch=threshold)
    disagreements = [objection("results", 1) for _ in range(open_count)]
    rs = tallied([4, 4, 4], settings=settings, disagreements=disagreements)
    assert rs.open_objections == open_count
    assert reason_levels(rs).get("open_objections") == ("watch" if fires else None)
    assert rs.level == ("watch" if fires else "calm")


DISCUSS, STRONGLY_AGREE = 5, 7  # gradients8 values


@pytest.mark.parametrize(
    ("discuss", "others", "fires"),
    [
        (0, 4, False),
        (1, 9, False),  # a tenth of the room
        (1, 4, False),  # a fifth: just below a quarter
        (1, 3, True),  # a quarter: at the threshold
        (2, 5, True),  # 2 of 7: just above
    ],
)
def test_discussion_share_fires_at_a_quarter(discuss: int, others: int, fires: bool) -> None:
    rs = tallied([DISCUSS] * discuss + [STRONGLY_AGREE] * others, scale=GRADIENTS)
    assert rs.apart["discuss"] == discuss
    found = next((r for r in rs.reasons if r.code == "discussion_requested"), None)
    assert (found is not None) is fires
    if found is not None:
        share = round(discuss / (discuss + others), 3)
        assert found.params == {"count": discuss, "share": share}
        assert found.level == "watch"


@pytest.mark.parametrize(
    ("threshold", "fires"), [(below(0.2), True), (0.2, True), (above(0.2), False)]
)
def test_discussion_share_one_float_step_either_side(threshold: float, fires: bool) -> None:
    rs = tallied(
        [DISCUSS] + [STRONGLY_AGREE] * 4, GRADIENTS, SignalSettings(discuss_share_watch=threshold)
    )
    assert ("discussion_requested" in reason_levels(rs)) is fires


@pytest.mark.parametrize(
    ("protection", "smaller_group", "broken_out"),
    [(True, 2, False), (True, 3, True), (True, 4, True), (False, 1, False), (False, 2, True)],
)
def test_groups_are_broken_out_from_min_group(
    protection: bool, smaller_group: int, broken_out: bool
) -> None:
    settings = DEFAULTS.with_privacy(protection)
    people = roster([("government", "doer", smaller_group), ("community", "decision-maker", 4)])
    values = [1] * smaller_group + [5] * 4
    votes = votes_for("charge", 1, list(zip(people, values, strict=True)))
    rs = round_signals(AGREE5, "charge", 1, votes, people, [], settings)
    assert (rs.sector_split is not None) is broken_out
    assert (rs.role_split is not None) is broken_out
    assert ("sector_split" in reason_levels(rs)) is broken_out


@pytest.mark.parametrize(
    ("values", "median"),
    [
        ([4], 4),
        ([1, 2], 1),  # even count: the lower middle
        ([1, 2, 3], 2),  # odd count: the middle one
        ([1, 2, 3, 4], 2),
        ([1, 2, 3, 4, 5], 3),
        ([1, 1, 5], 1),
        ([1, 5, 5], 5),
        ([5, 5, 1, 1, 1, 2, 2], 2),
    ],
)
def test_median_value(values: list[int], median: int) -> None:
    assert tallied(values).median_value == median


def test_median_follows_the_ranked_order_not_the_values() -> None:
    # gradients8 ranks 7 (endorse) above 6 above 3, 2, 1; apart points are left out.
    assert tallied([7, 6, 1, 4, 5], scale=GRADIENTS).median_value == 6
    assert tallied([4, 5, 8], scale=GRADIENTS).median_value is None


@pytest.mark.parametrize(
    ("values", "share"),
    [([3], 0.0), ([3, 4], 0.5), ([2, 3, 4, 5], 0.5), ([4, 5, 5], 1.0), ([1, 2, 3], 0.0)],
)
def test_support_share_counts_only_votes_above_the_middle(values: list[int], share: float) -> None:
    assert tallied(values).support_share == share


def test_mean_rank_is_the_mean_of_ranks() -> None:
    assert tallied([1, 2, 2, 5]).mean_rank == 2.5
    assert tallied([7, 7, 6, 1], scale=GRADIENTS).mean_rank == (1 + 1 + 2 + 5) / 4


def _sector_room(groups: list[tuple[str, list[int]]]) -> RoundSignals:
    people = roster([(sector, "unsaid", len(values)) for sector, values in groups])
    values = [v for _, group_values in groups for v in group_values]
    votes = votes_for("charge", 1, list(zip(people, values, strict=True)))
    return round_signals(AGREE5, "charge", 1, votes, people, [], DEFAULTS)


def test_the_split_is_between_the_lowest_and_highest_means_whatever_the_group_sizes() -> None:
    rs = _sector_room(
        [("government", [3, 3, 3, 3]), ("business", [5, 5, 5]), ("community", [1, 1, 1, 2, 2])]
    )
    split = rs.sector_split
    assert split is not None
    assert (split.group_a, split.group_b) == ("community", "business")
    assert (split.mean_a, split.mean_b) == (1.4, 5.0)
    assert (split.n_a, split.n_b) == (5, 3)


def test_equal_means_name_the_first_two_groups_in_roster_order() -> None:
    # Free-text sectors come after the built-in ones, alphabetically and whatever their case.
    rs = _sector_room(
        [("zoo keepers", [3, 3, 3]), ("Faith groups", [3, 3, 3]), ("community", [3, 3, 3, 3])]
    )
    split = rs.sector_split
    assert split is not None
    assert (split.group_a, split.group_b, split.gap) == ("community", "Faith groups", 0.0)
    assert (split.n_a, split.n_b) == (4, 3)
    rs = _sector_room([("zoo keepers", [3, 3, 3]), ("Faith groups", [3, 3, 3])])
    assert rs.sector_split is not None
    assert (rs.sector_split.group_a, rs.sector_split.group_b) == ("Faith groups", "zoo keepers")


def test_a_free_text_sector_is_a_group_like_any_other() -> None:
    rs = _sector_room([("Faith groups", [1, 1, 1]), ("government", [5, 5, 5])])
    split = rs.sector_split
    assert split is not None and split.gap == 4.0
    assert (split.group_a, split.group_b) == ("Faith groups", "government")
    assert reason_levels(rs)["sector_split"] == "storming"


def _scale(ranked: int) -> Scale:
    points = [ScalePoint(v, str(v), str(v), rank=v) for v in range(1, ranked + 1)]
    points.append(ScalePoint(9, "Abstain", "A", apart="abstain"))
    return Scale(f"ranked{ranked}", f"{ranked} ranked points", tuple(points))


def test_a_split_on_a_two_point_scale_is_the_whole_range() -> None:
    scale = _scale(2)
    people = roster([("government", "unsaid", 3), ("community", "unsaid", 3)])
    votes = votes_for("charge", 1, list(zip(people, [1, 1, 1, 2, 2, 2], strict=True)))
    rs = round_signals(scale, "charge", 1, votes, people, [], DEFAULTS)
    assert rs.sector_split is not None and rs.sector_split.gap == 1.0
    assert reason_levels(rs)["sector_split"] == "storming"


def test_a_one_point_continuum_has_no_split_to_speak_of() -> None:
    # Nothing to disagree along: no measure, and a split (gap 0 on a range of 0) raises nothing.
    scale = _scale(1)
    people = roster([("government", "unsaid", 3), ("community", "unsaid", 3)])
    votes = votes_for("charge", 1, list(zip(people, [1, 1, 1, 1, 1, 9], strict=True)))
    rs = round_signals(scale, "charge", 1, votes, people, [], DEFAULTS)
    assert rs.consensus is None and rs.ranked_n == 5
    assert rs.sector_split is None  # community has only 2 ranked voters
    votes = votes_for("charge", 1, list(zip(people, [1] * 6, strict=True)))
    rs = round_signals(scale, "charge", 1, votes, people, [], DEFAULTS)
    assert rs.sector_split is not None and rs.sector_split.gap == 0.0
    assert [r.code for r in rs.reasons] == ["calm"]


def test_reasons_come_most_serious_first() -> None:
    rs = tallied([4, 4, 4, 4, 0], scale=FIST, disagreements=[objection("results", 1)])
    assert [r.level for r in rs.reasons] == ["storming", "watch", "watch"]
    assert rs.reasons[0].code == "blocks"


@pytest.mark.parametrize(("values", "share"), [([3], 1.0), ([2], 0.0), ([0, 2, 3, 5], 0.5)])
def test_support_share_on_an_even_number_of_ranked_points(values: list[int], share: float) -> None:
    # fist5 ranks six points (0..5): the upper half is 3, 4 and 5.
    assert tallied(values, scale=FIST).support_share == share


def test_workshop_signals_use_the_workshops_thresholds() -> None:
    votes = tally("results", 1, SPLIT_ROOM)
    loose = SignalSettings(consensus_watch=0.5, consensus_storming=0.4)
    assert [rs.level for rs in workshop_signals(AGREE5, ["results"], votes, {}, [])] == ["watch"]
    assert [rs.level for rs in workshop_signals(AGREE5, ["results"], votes, {}, [], loose)] == [
        "calm"
    ]
