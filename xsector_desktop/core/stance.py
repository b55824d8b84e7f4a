"""Where a group stands on a card, and how united it is: two codes the words are made from.

The storming level says how much people agree *with each other*; it says nothing of which way.
A unanimous "Strongly disagree" is calm, and so is a unanimous "Strongly agree": the stance
tells them apart. Codes and numbers only; the UI and the report word them (docs/signals.md).

- `unity`, from consensus and agreement A: "united" (consensus at least UNITED_CONSENSUS),
  "mostly" (at least the watch threshold), "divided" (at least the storming threshold), "split"
  (below it, or two camps: agreement A below its storming threshold).
- `direction`, from the mean position of the ranked votes against the middle of the support
  continuum: "fits" when the mean is at least DIRECTION_BAND of the scale's range above the
  middle, "does_not_fit" when as far below it; inside that band, "unsure" when half the votes
  or more are on the middle point itself, and "no_majority" otherwise (pulled both ways).
"""

from collections.abc import Sequence
from typing import Literal, NamedTuple

from .signal_settings import SignalSettings

Unity = Literal["united", "mostly", "divided", "split"]
Direction = Literal["fits", "does_not_fit", "unsure", "no_majority"]
UNITIES: tuple[Unity, ...] = ("united", "mostly", "divided", "split")
DIRECTIONS: tuple[Direction, ...] = ("fits", "does_not_fit", "unsure", "no_majority")

# Consensus from which a room reads as one voice: everyone on one point is 1.0; half on each of
# two neighbouring points of a 5-point scale is 0.81; 60/40 on two points two apart is 0.56.
UNITED_CONSENSUS = 0.80
# How far from the middle the mean must be to lean one way: a tenth of the range, 0.4 of a point
# on a 5-point scale, so one stray vote in a room of unsure people does not make a direction.
DIRECTION_BAND = 0.10


class Stance(NamedTuple):
    """How united a round's voters are and which way they lean, with the shares behind it."""

    unity: Unity
    direction: Direction
    above: float  # share of the ranked votes above the middle of the continuum (support)
    below: float  # share below it (against)
    middle: float  # share on the middle point (only scales with an odd number of points)
    mean_rank: float  # 1 (least support) .. k (most)


def stance(
    rank_counts: Sequence[int],
    consensus: float | None,
    agreement: float | None,
    settings: SignalSettings | None = None,
) -> Stance | None:
    """The stance of one round from its votes per ranked point (least support first).

    None when no vote is on the continuum: there is nothing to stand on.
    """
    total = sum(rank_counts)
    if total <= 0 or consensus is None:
        return None
    settings = settings or SignalSettings()
    k = len(rank_counts)
    middle_rank = (k + 1) / 2  # ranks run 1..k
    above = sum(c for i, c in enumerate(rank_counts) if i + 1 > middle_rank) / total
    below = sum(c for i, c in enumerate(rank_counts) if i + 1 < middle_rank) / total
    middle = max(0.0, 1.0 - above - below)
    mean = sum((i + 1) * c for i, c in enumerate(rank_counts)) / total
    band = DIRECTION_BAND * (k - 1)
    if mean >= middle_rank + band and above > 0:
        direction: Direction = "fits"
    elif mean <= middle_rank - band and below > 0:
        direction = "does_not_fit"
    elif middle >= 0.5:
        direction = "unsure"
    else:
        direction = "no_majority"
    two_camps = agreement is not None and agreement < settings.agreement_storming
    if two_camps or consensus < settings.consensus_storming:
        unity: Unity = "split"
    elif consensus < settings.consensus_watch:
        unity = "divided"
    elif consensus < UNITED_CONSENSUS:
        unity = "mostly"
    else:
        unity = "united"
    return Stance(unity, direction, above, below, middle, mean)
