"""How united a group is and which way it leans: the two codes beside the storming level."""

from __future__ import annotations

from xsector_desktop.core.measures import agreement_a, consensus
from xsector_desktop.core.stance import stance
from xsector_desktop.report.wording import stance_short, stance_text


def of(counts: list[int]):  # type: ignore[no-untyped-def]
    return stance(counts, consensus(counts), agreement_a(counts))


def test_a_unanimous_strongly_disagree_is_united_and_does_not_fit() -> None:
    found = of([14, 0, 0, 0, 0])
    assert found is not None
    assert (found.unity, found.direction) == ("united", "does_not_fit")
    assert stance_text(found) == "United: the proposed type does not fit us."
    assert stance_text(found, types=2) == "United: the proposed types do not fit us."


def test_a_unanimous_strongly_agree_is_united_and_fits() -> None:
    found = of([0, 0, 0, 0, 14])
    assert found is not None and (found.unity, found.direction) == ("united", "fits")
    assert stance_text(found) == "United: the proposed type fits us."


def test_two_camps_at_the_ends_are_split_and_pulled_both_ways() -> None:
    found = of([7, 0, 0, 0, 7])
    assert found is not None and (found.unity, found.direction) == ("split", "no_majority")
    assert stance_text(found).startswith("Split: ")


def test_most_disagreeing_reads_against_the_type_not_as_agreement() -> None:
    # The case: a consensus of about 0.6 when most people disagree.
    found = of([5, 6, 2, 1, 0])
    assert found is not None and found.direction == "does_not_fit"
    assert found.unity in ("divided", "mostly")
    assert "does not fit" in stance_text(found)


def test_a_room_on_the_middle_point_is_unsure() -> None:
    found = of([0, 1, 10, 1, 0])
    assert found is not None and found.direction == "unsure"
    assert stance_short(found) == "United \u00b7 unsure"


def test_the_mirror_of_a_room_leans_the_other_way() -> None:
    for counts in ([3, 5, 1, 0, 0], [0, 2, 3, 6, 4], [1, 1, 1, 1, 9], [4, 0, 1, 2, 0, 0, 0]):
        found, mirrored = of(counts), of(counts[::-1])
        assert found is not None and mirrored is not None
        assert found.unity == mirrored.unity
        swap = {"fits": "does_not_fit", "does_not_fit": "fits"}
        assert mirrored.direction == swap.get(found.direction, found.direction)


def test_no_ranked_vote_has_no_stance() -> None:
    assert stance([0, 0, 0, 0, 0], None, None) is None
    assert stance_text(None) == "No votes on the agreement scale."
