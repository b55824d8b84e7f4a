"""The three agreement measures against published reference values and their defining properties."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xsector_desktop.core.measures import agreement_a, consensus, dispersion_leik

MEASURES = (agreement_a, consensus, dispersion_leik)

# The example distribution of the R package agrmt (Ruedin), used in its help pages for
# agreement(), consensus() and Leik(): 7 ordered categories, 1000 respondents.
AGRMT_EXAMPLE = (30, 40, 210, 130, 530, 50, 10)

frequency_vectors = st.lists(
    st.integers(min_value=0, max_value=200), min_size=2, max_size=11
).filter(lambda v: sum(v) > 0)


def test_agreement_matches_agrmt_reference() -> None:
    # agrmt man/agreement.Rd: "The rate of agreement is given as 0.6113333"
    assert agreement_a(AGRMT_EXAMPLE) == pytest.approx(0.6113333, abs=1e-7)


def test_consensus_matches_agrmt_reference() -> None:
    # agrmt man/consensus.Rd: "The degree of consensus is given as 0.7256876"
    assert consensus(AGRMT_EXAMPLE) == pytest.approx(0.7256876, abs=1e-7)


def test_leik_matches_agrmt_reference() -> None:
    # agrmt man/Leik.Rd: "The ordinal dispersion is given as 0.287"
    assert dispersion_leik(AGRMT_EXAMPLE) == pytest.approx(0.287, abs=5e-4)


def test_agreement_of_a_single_layer_pattern_from_van_der_eijk() -> None:
    # van der Eijk (2001) p. 333, second pattern (also agrmt's pattern.agreement example):
    # 1010000 over K = 7. Triples: one 101 (TDU = 1); 110 with each of the four empty points
    # after the second filled one (TU = 4). U = (5*4 - 6*1) / (5*5) = 0.56; S = 2, so
    # A = 0.56 * (1 - 1/6).
    assert agreement_a((1, 0, 1, 0, 0, 0, 0)) == pytest.approx(0.56 * 5 / 6)


def test_agreement_when_the_single_peak_and_two_peak_triples_balance() -> None:
    # 0101 over K = 4: (1,2,4) is 011 (TU = 1), (2,3,4) is 101 (TDU = 1), the rest say nothing.
    # U = (2*1 - 3*1) / (2*2) = -1/4; S = 2, so A = -1/4 * (1 - 1/3) = -1/6. Equal counts are
    # not "no information": U is still negative.
    assert agreement_a((0, 1, 0, 1)) == pytest.approx(-1 / 6)


@pytest.mark.parametrize(
    ("measure", "frequencies", "bound"),
    [
        # An even split over 8 points adds up to A = -1.0000000000000002 before the clamp.
        (agreement_a, [1, 0, 0, 0, 0, 0, 0, 1], -1.0),
        # A crumb of a vote beside nearly everyone on one point: 1.0000000000000002 unclamped.
        (agreement_a, [0.0, 0.0, 1.0000000000000002, 1e-16], 1.0),
        # Shares a hair from an even split of the extremes: Cns = -2.2e-16 unclamped.
        (consensus, [0.0001381030479136388, 0, 0, 0, 0, 0.0001381030479136488], 0.0),
    ],
)
def test_rounding_never_pushes_a_measure_past_its_bound(
    measure: Callable[[Sequence[float]], float | None], frequencies: list[float], bound: float
) -> None:
    assert measure(frequencies) == bound


def test_float_crumbs_of_a_layer_are_not_a_further_layer() -> None:
    # 0.1 + 0.2 is 0.30000000000000004: peeling a layer of 0.3 leaves 5.6e-17 at the first point.
    # Read as a layer of its own, that crumb would make an evenly spread room a hair above 0.
    assert agreement_a([0.1 + 0.2, 0.3, 0.3]) == 0.0


def test_leik_of_float_shares_at_its_extremes_is_exact() -> None:
    # Each of Leik's terms is at most one half, so D lands on its bounds without a clamp.
    assert dispersion_leik([0.1 + 0.2, 0, 0, 0.3]) == 1.0
    assert dispersion_leik([0, 0, 0.1 + 0.2]) == 0.0


def test_counts_and_proportions_give_the_same_values() -> None:
    shares = [f / sum(AGRMT_EXAMPLE) for f in AGRMT_EXAMPLE]
    for measure in MEASURES:
        assert measure(shares) == pytest.approx(measure(AGRMT_EXAMPLE))


@pytest.mark.parametrize("measure", MEASURES)
def test_no_votes_and_too_short_scales_have_no_value(measure: object) -> None:
    assert callable(measure)
    assert measure([0, 0, 0, 0, 0]) is None
    assert measure([]) is None
    assert measure([7]) is None


@pytest.mark.parametrize("measure", MEASURES)
def test_negative_frequency_is_rejected(measure: object) -> None:
    assert callable(measure)
    with pytest.raises(ValueError, match="position 2"):
        measure([1, -1, 3])


def test_two_point_scale_even_split() -> None:
    # With two points an even split is uniform and polarised at once: A's layer covers every
    # point (A = 0); consensus and Leik treat it as the two extremes.
    assert agreement_a([4, 4]) == 0
    assert consensus([4, 4]) == pytest.approx(0)
    assert dispersion_leik([4, 4]) == pytest.approx(1)


@given(frequency_vectors)
def test_bounds(v: list[int]) -> None:
    a, cns, d = agreement_a(v), consensus(v), dispersion_leik(v)
    assert a is not None and cns is not None and d is not None
    assert -1 <= a <= 1
    assert 0 <= cns <= 1
    assert 0 <= d <= 1


@given(frequency_vectors)
def test_mirror_symmetry(v: list[int]) -> None:
    # Reversing the scale (most support first) describes the same spread of opinion.
    for measure in MEASURES:
        forward, backward = measure(v), measure(v[::-1])
        assert forward is not None and backward is not None
        assert backward == pytest.approx(forward, abs=1e-9)


@given(st.integers(min_value=2, max_value=11), st.data(), st.integers(min_value=1, max_value=500))
def test_unanimous(k: int, data: st.DataObject, count: int) -> None:
    position = data.draw(st.integers(min_value=0, max_value=k - 1))
    v = [0] * k
    v[position] = count
    assert agreement_a(v) == 1
    assert consensus(v) == 1
    assert dispersion_leik(v) == 0


@given(st.integers(min_value=3, max_value=11), st.integers(min_value=1, max_value=500))
def test_even_split_between_the_extremes(k: int, half: int) -> None:
    v = [half] + [0] * (k - 2) + [half]
    assert agreement_a(v) == pytest.approx(-1)
    assert consensus(v) == pytest.approx(0)
    assert dispersion_leik(v) == pytest.approx(1)


@given(st.integers(min_value=2, max_value=11), st.integers(min_value=1, max_value=50))
def test_uniform_distribution(k: int, each: int) -> None:
    v = [each] * k
    # van der Eijk: perfect uniformity is A = 0 by construction (a single layer over all points).
    assert agreement_a(v) == 0
    # Tastle & Wierman with p_i = 1/k and mu = (k + 1) / 2, written out independently.
    mu = (k + 1) / 2
    expected_cns = 1 + sum(math.log2(1 - abs(i - mu) / (k - 1)) for i in range(1, k + 1)) / k
    assert consensus(v) == pytest.approx(expected_cns)
    # Leik with F_i = i / k: 2/(k-1) * sum min(i/k, 1 - i/k).
    expected_d = 2 / (k - 1) * sum(min(i / k, 1 - i / k) for i in range(1, k))
    assert dispersion_leik(v) == pytest.approx(expected_d)


def test_uniform_five_points_against_hand_values() -> None:
    # k = 5: Cns = 1 + (2 log2 0.5 + 2 log2 0.75) / 5; Leik = 2/4 * (0.2 + 0.4 + 0.4 + 0.2).
    assert consensus([1] * 5) == pytest.approx(1 + (2 * -1 + 2 * math.log2(0.75)) / 5)
    assert dispersion_leik([1] * 5) == pytest.approx(0.6)
