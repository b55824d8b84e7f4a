"""A suggested reading of the trust cycle (Forming, Storming, Norming, Performing) from the signals.

It is only a suggestion: the facilitator confirms it or picks another stage. The rule looks at
each card's latest round (how many are calm, watch, storming; how many have open objections)
and at the history of rounds (has any card been worked through: raised, discussed, re-voted
and settled?). The first rule that matches wins:

1. Fewer than 3 cards voted                                  -> forming  ("few_cards_voted")
   Too little to read; a group that has just started is forming by definition.
2. At least 25% of voted cards storming, or at least 25% with open objections
                                                             -> storming ("many_storming",
                                                                "objections_open")
3. At least 80% calm, none storming, no open objections, and no card losing consensus
   between its last two rounds (by 0.05 or more):
   a. some card was worked through                           -> performing ("settled",
                                                                "worked_through")
   b. nothing was ever worked through                        -> forming ("honeymoon")
      Broad, easy agreement that has not been tested yet is the honeymoon of Forming.
4. Some card was worked through                              -> norming ("worked_through",
                                                                "still_unsettled", "diverging")
5. Otherwise: differences are out in the open and none has been settled yet
                                                             -> storming ("unresolved")

A card is "worked through" when one of its earlier rounds was watch or storming and its
latest round is at a lower level, or its consensus rose by at least 0.05 since its first round.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from .model import LEVELS, Level, Reason, TrustStage
from .signals import RoundSignals

MIN_CARDS_FOR_READING = 3
STORMING_SHARE = 0.25
OBJECTION_CARD_SHARE = 0.25
PERFORMING_CALM_SHARE = 0.8
# Changes in consensus smaller than this are noise from one or two people moving a point.
CONSENSUS_STEP = 0.05

TRUST_REASON_CODES: tuple[str, ...] = (
    "few_cards_voted",
    "many_storming",
    "objections_open",
    "settled",
    "worked_through",
    "honeymoon",
    "still_unsettled",
    "diverging",
    "unresolved",
)


class TrustReading(NamedTuple):
    """The trust-cycle stage the signals suggest, with its reasons and the cards per level."""

    stage: TrustStage
    reasons: tuple[Reason, ...]
    counts: dict[Level, int]  # latest round of each voted card, per level


def _worked_through(history: Sequence[RoundSignals]) -> bool:
    """True when a card's earlier round raised something that its latest round settled."""
    if len(history) < 2:
        return False
    first, latest = history[0], history[-1]
    earlier_worst = max(LEVELS.index(rs.level) for rs in history[:-1])
    if earlier_worst == 0:
        return False
    if LEVELS.index(latest.level) < earlier_worst:
        return True
    return (
        first.consensus is not None
        and latest.consensus is not None
        and latest.consensus - first.consensus >= CONSENSUS_STEP
    )


def _diverging(latest: RoundSignals) -> bool:
    return latest.convergence is not None and latest.convergence <= -CONSENSUS_STEP


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3)  # whole is at least MIN_CARDS_FOR_READING


def suggest_trust_stage(
    latest_by_card: Sequence[RoundSignals], all_rounds: Sequence[RoundSignals]
) -> TrustReading:
    """The stage the signals suggest, with its reasons (see the module docstring for the rule)."""
    voted = [rs for rs in latest_by_card if rs.n > 0]
    counts: dict[Level, int] = dict.fromkeys(LEVELS, 0)
    for rs in voted:
        counts[rs.level] += 1
    total = len(voted)

    if total < MIN_CARDS_FOR_READING:
        params: dict[str, str | int | float] = {"count": total, "needed": MIN_CARDS_FOR_READING}
        return TrustReading("forming", (Reason("few_cards_voted", params, "calm"),), counts)

    history: dict[str, list[RoundSignals]] = defaultdict(list)
    for rs in sorted(all_rounds, key=lambda r: r.round):
        if rs.n > 0:
            history[rs.card].append(rs)
    worked = sum(1 for rs in voted if _worked_through(history.get(rs.card, [rs])))
    diverging = sum(1 for rs in voted if _diverging(rs))
    objection_cards = sum(1 for rs in voted if rs.open_objections > 0)
    storming = counts["storming"]
    unsettled = counts["watch"] + storming

    storming_reasons: list[Reason] = []
    if storming >= STORMING_SHARE * total:
        storming_reasons.append(
            Reason(
                "many_storming",
                {"count": storming, "total": total, "share": _share(storming, total)},
                "storming",
            )
        )
    if objection_cards >= OBJECTION_CARD_SHARE * total:
        storming_reasons.append(
            Reason("objections_open", {"count": objection_cards, "total": total}, "storming")
        )
    if storming_reasons:
        return TrustReading("storming", tuple(storming_reasons), counts)

    worked_reason = Reason("worked_through", {"count": worked}, "calm")
    if (
        counts["calm"] >= PERFORMING_CALM_SHARE * total
        and storming == 0
        and objection_cards == 0
        and diverging == 0
    ):
        calm_params: dict[str, str | int | float] = {"count": counts["calm"], "total": total}
        if worked:
            return TrustReading(
                "performing", (Reason("settled", calm_params, "calm"), worked_reason), counts
            )
        return TrustReading("forming", (Reason("honeymoon", calm_params, "calm"),), counts)

    if worked:
        reasons = [worked_reason]
        if unsettled:
            reasons.append(Reason("still_unsettled", {"count": unsettled, "total": total}, "watch"))
        if diverging:
            reasons.append(Reason("diverging", {"count": diverging}, "watch"))
        return TrustReading("norming", tuple(reasons), counts)

    reasons = []
    if unsettled:
        reasons.append(Reason("unresolved", {"count": unsettled, "total": total}, "storming"))
    if diverging:
        reasons.append(Reason("diverging", {"count": diverging}, "watch"))
    return TrustReading("storming", tuple(reasons), counts)
