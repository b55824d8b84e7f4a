"""Who typed votes go to: the first person without a vote, then the next without one."""

from __future__ import annotations

from .conftest import Rig


def _people(rig: Rig, names: list[str]) -> list[int]:
    for name in names:
        rig.roster.add(name, "government", "doer")
    return [p.id for p in rig.walk.participants()]


def test_a_new_card_starts_at_the_first_person_without_a_vote(rig: Rig) -> None:
    ana, ben, cy = _people(rig, ["Ana", "Ben", "Cy"])
    rig.walk.go_to("charge")
    rig.walk.vote(ana, 3)
    rig.walk.vote(ben, 2)
    rig.walk.go_to("results")
    assert rig.walk.selected == ana  # nobody has voted on Results
    rig.walk.select(cy)  # the pick on one card never carries over to the next
    rig.walk.go_to("charge")
    assert rig.walk.selected == cy  # the first without a vote on Charge


def test_each_vote_moves_to_the_next_person_without_a_vote(rig: Rig) -> None:
    ana, ben, cy, dee = _people(rig, ["Ana", "Ben", "Cy", "Dee"])
    rig.walk.vote(ben, 4)
    rig.walk.vote(cy, 4)
    rig.walk.select(rig.walk.first_without_vote())
    assert rig.walk.selected == ana
    assert rig.walk.vote_selected(5)
    assert rig.walk.selected == dee  # Ben and Cy already voted
    assert rig.walk.vote_selected(1)
    assert rig.walk.selected is None  # everyone has voted: a typed number does nothing
    assert not rig.walk.vote_selected(2)
    assert rig.walk.voting_state().voted == 4


def test_the_pick_wraps_round_to_an_earlier_person_still_to_vote(rig: Rig) -> None:
    ana, ben, cy = _people(rig, ["Ana", "Ben", "Cy"])
    rig.walk.select(ben)
    rig.walk.vote_selected(3)
    assert rig.walk.selected == cy
    rig.walk.vote_selected(3)
    assert rig.walk.selected == ana


def test_a_new_round_starts_again_at_the_first_person(rig: Rig) -> None:
    ana, ben = _people(rig, ["Ana", "Ben"])
    rig.walk.vote(ana, 2)
    rig.walk.vote(ben, 4)
    rig.walk.reveal()
    assert rig.walk.selected is None  # nobody is picked in a revealed round
    rig.walk.new_round()
    assert rig.walk.selected == ana


def test_a_vote_on_a_revealed_round_is_only_a_chosen_correction(rig: Rig) -> None:
    ana, ben = _people(rig, ["Ana", "Ben"])
    rig.walk.vote(ana, 2)
    rig.walk.vote(ben, 4)
    rig.walk.reveal()
    assert not rig.walk.vote(ana, 5)
    assert [c.value for c in rig.walk.voting_state().chips] == [2, 4]
    assert rig.walk.vote(ana, 5, correction=True)
    assert [c.value for c in rig.walk.voting_state().chips] == [5, 4]
    assert rig.history.undo_text() == "correct Ana's vote to 5"
    rig.history.undo()
    assert [c.value for c in rig.walk.voting_state().chips] == [2, 4]


def test_a_hand_on_a_revealed_round_is_only_a_chosen_correction(anonymous_rig: Rig) -> None:
    walk = anonymous_rig.walk
    walk.tally(4, +1)
    walk.reveal()
    walk.tally(4, +1)
    walk.tally(4, -1)
    assert walk.voting_state().tally[4] == 1
    walk.tally(4, +1, correction=True)
    assert walk.voting_state().tally[4] == 2
