"""Three published measures of agreement on an ordered rating scale.

Each takes a frequency vector over the k points of an ordered scale, from least to most support:
counts or proportions, both work, since every measure normalises by the total. A point nobody
chose is a zero, so the vector always has one entry per scale point.

- `agreement_a`: van der Eijk (2001), "Measuring agreement in ordered rating scales", Quality &
  Quantity 35(3):325-341. -1 when the group is split between the two extremes, 0 when the votes
  are spread evenly, 1 when everyone chose the same point.
- `consensus`: Tastle & Wierman (2007), "Consensus and dissention: a measure of ordinal
  dispersion", Int. J. of Approximate Reasoning 45(3):531-545. 0 (dissent) .. 1 (consensus).
- `dispersion_leik`: Leik (1966), "A measure of ordinal consensus", Pacific Sociological Review
  9(2):85-90. 0 (everyone on one point) .. 1 (half at each extreme).

Edge cases, the same for all three:
- no votes at all (the vector sums to 0): None, because there is nothing to measure, and a
  0 or 1 would read as a real finding on the projector;
- k < 2: None, because one point has no order to disagree along (and each formula divides by
  k - 1).
- k = 2: all three are defined. With only two points an even split is both "uniform" and
  "polarised"; van der Eijk's A gives it 0 (its layer fills every point), while consensus gives
  0 and Leik's D gives 1. The R package agrmt declines A for k < 3; we keep A's layer algorithm
  there because its answer is still well defined.
A negative or non-finite frequency is a programming error and raises ValueError.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from itertools import combinations

Frequencies = Sequence[float]


def _checked(frequencies: Frequencies) -> tuple[list[float], float] | None:
    """The vector as floats and its total, or None when no measure is defined."""
    values = [float(f) for f in frequencies]
    for position, value in enumerate(values, start=1):
        if value < 0 or not math.isfinite(value):
            raise ValueError(f"frequency at scale position {position} is {value}: must be >= 0")
    total = sum(values)
    if len(values) < 2 or total <= 0:
        return None
    return values, total


@cache
def _pattern_agreement(pattern: tuple[bool, ...]) -> float:
    """A for one layer: a pattern of which points are filled (van der Eijk, eqs. 1-3).

    Unimodality U counts triples of points i < j < m: filled-filled-empty and
    empty-filled-filled triples agree with a single peak (TU); filled-empty-filled triples
    contradict it (TDU). A = U * (1 - (S - 1) / (K - 1)) with S the filled points.
    """
    k = len(pattern)
    filled = sum(pattern)
    if filled == 1:
        return 1.0
    spread_penalty = 1.0 - (filled - 1) / (k - 1)
    if spread_penalty == 0.0:
        # Every point filled: uniform, whatever U would be (U is undefined for k = 2).
        return 0.0
    unimodal = bimodal = 0
    for a, b, c in combinations(pattern, 3):  # every i < j < m, in order
        if a and c and not b:
            bimodal += 1
        elif b and (a != c):
            unimodal += 1
    # Here 2 <= S < K, so some triple is informative and the denominator is not 0: an empty
    # point between two filled ones makes a 101; one outside them, a 110 or a 011.
    u = ((k - 2) * unimodal - (k - 1) * bimodal) / ((k - 2) * (unimodal + bimodal))
    return u * spread_penalty


def agreement_a(frequencies: Frequencies) -> float | None:
    """Van der Eijk's agreement A, by his layer algorithm.

    The distribution is peeled into layers: each layer takes the smallest non-zero frequency
    from every filled point; its A is weighted by the share of all votes it holds.
    """
    checked = _checked(frequencies)
    if checked is None:
        return None
    remainder, total = checked
    result = 0.0
    # Each layer empties at least one point, so there are at most k layers.
    while True:
        filled = [f > 0 for f in remainder]
        if not any(filled):
            break
        layer_height = min(f for f in remainder if f > 0)
        weight = layer_height * sum(filled) / total
        result += weight * _pattern_agreement(tuple(filled))
        remainder = [f - layer_height if f > 0 else 0.0 for f in remainder]
        # Float proportions can leave crumbs such as 1e-17; they are not a further layer.
        remainder = [0.0 if f <= total * 1e-12 else f for f in remainder]
    # Rounding can push A a hair past either bound (-1.0000000000000002 for an even split of
    # the extremes of 8 points).
    return min(1.0, max(-1.0, result))


def consensus(frequencies: Frequencies) -> float | None:
    """Tastle & Wierman's Cns = 1 + sum p_i log2(1 - |X_i - mu| / d), d = k - 1.

    Points nobody chose contribute nothing (p_i = 0); skipping them also avoids log2(0) at the
    far extreme when everyone sits at the other end.
    """
    checked = _checked(frequencies)
    if checked is None:
        return None
    values, total = checked
    width = len(values) - 1
    shares = [f / total for f in values]
    mean = sum(position * p for position, p in enumerate(shares, start=1))
    total_log = 0.0
    for position, p in enumerate(shares, start=1):
        if p > 0:
            total_log += p * math.log2(1.0 - abs(position - mean) / width)
    # Each log2 term is at most 0, so Cns <= 1; rounding can leave it a hair below 0.
    return max(0.0, 1.0 + total_log)


def dispersion_leik(frequencies: Frequencies) -> float | None:
    """Leik's ordinal dispersion D = 2 / (k - 1) * sum over points of min(F_i, 1 - F_i).

    F_i is the cumulative share up to point i; the last point (F = 1) adds nothing.
    """
    checked = _checked(frequencies)
    if checked is None:
        return None
    values, total = checked
    cumulative = 0.0
    folded = 0.0
    for value in values[:-1]:
        cumulative += value / total
        folded += min(cumulative, 1.0 - cumulative)
    # No clamp: each term is at most 1/2 and at least 0 even in floats, so D stays in 0 .. 1.
    return 2.0 * folded / (len(values) - 1)
