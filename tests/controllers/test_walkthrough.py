"""The walk-through controller: moving through the deck, voting, rounds, reveal, undo."""

from __future__ import annotations

from .conftest import Rig


def _people(rig: Rig, n: int) -> list[int]:
    for i in range(n):
        rig.roster.add(f"P{i}", ("government", "business", "community")[i % 3], "doer")
    return [p.id for p in rig.walk.participants()]


def test_moves_through_cards_then_cycles_and_stops_at_the_ends(rig: Rig) -> None:
    walk = rig.walk
    assert walk.current == "results"
    walk.step(-1)
    assert walk.current == "results"
    for _ in range(20):
        walk.step(1)
    assert walk.current == walk.keys[-1]
    assert not walk.is_card()
    assert len(walk.card_keys) == 11


def test_a_vote_in_a_hidden_round_shows_who_voted_but_not_how(rig: Rig) -> None:
    ids = _people(rig, 3)
    rig.walk.vote(ids[0], 4)
    state = rig.walk.voting_state()
    assert state.round == 1 and not state.revealed
    assert (state.voted, state.expected) == (1, 3)
    assert [c.voted for c in state.chips] == [True, False, False]
    assert all(c.value is None for c in state.chips)


def test_reveal_shows_each_value_and_changing_a_vote_keeps_one_per_person(rig: Rig) -> None:
    ids = _people(rig, 2)
    rig.walk.vote(ids[0], 2)
    rig.walk.vote(ids[0], 5)
    rig.walk.vote(ids[1], 3)
    rig.walk.reveal()
    state = rig.walk.voting_state()
    assert state.revealed
    assert [c.value for c in state.chips] == [5, 3]
    assert state.voted == 2


def test_keyboard_entry_votes_for_the_selected_chip_and_moves_on(rig: Rig) -> None:
    ids = _people(rig, 3)
    rig.walk.select(ids[0])
    assert rig.walk.vote_selected(4)
    assert rig.walk.selected == ids[1]
    assert rig.walk.vote_selected(3)
    assert rig.walk.voting_state().voted == 2


def test_undo_of_a_vote_restores_the_earlier_vote_and_redo_brings_it_back(rig: Rig) -> None:
    ids = _people(rig, 1)
    rig.walk.vote(ids[0], 2)
    rig.walk.vote(ids[0], 5)
    rig.walk.reveal()
    rig.history.undo()  # the reveal
    rig.history.undo()  # the change to 5
    rig.walk.reveal()
    assert [c.value for c in rig.walk.voting_state().chips] == [2]


def test_the_first_vote_opens_round_one_and_undo_removes_both(rig: Rig) -> None:
    ids = _people(rig, 1)
    rig.walk.vote(ids[0], 3)
    assert rig.walk.card_state("results") == "voting"
    rig.history.undo()
    assert rig.walk.card_state("results") == "not-started"
    rig.history.redo()
    assert rig.walk.voting_state().voted == 1


def test_new_round_only_after_reveal_and_earlier_rounds_stay(rig: Rig) -> None:
    ids = _people(rig, 2)
    rig.walk.vote(ids[0], 1)
    assert not rig.walk.can_open_round()
    rig.walk.reveal()
    rig.walk.new_round()
    assert [(r.number, r.revealed) for r in rig.walk.rounds()] == [(1, True), (2, False)]
    assert rig.walk.voting_state().voted == 0
    rig.walk.vote(ids[1], 4)
    assert rig.walk.voting_state().round == 2


def test_anonymous_tallies_count_hands_and_minus_removes_the_newest(anonymous_rig: Rig) -> None:
    walk = anonymous_rig.walk
    walk.tally(4, +1)
    walk.tally(4, +1)
    walk.tally(2, +1)
    walk.tally(4, -1)
    state = walk.voting_state()
    assert state.tally[4] == 1 and state.tally[2] == 1
    assert state.voted == 2 and state.expected is None
    anonymous_rig.history.undo()
    assert walk.voting_state().tally[4] == 2


def test_type_choice_is_offered_only_on_cards_with_several_types(rig: Rig) -> None:
    ids = _people(rig, 1)
    assert rig.walk.voting_state().type_options == ()
    rig.walk.go_to("representatives")
    options = rig.walk.voting_state().type_options
    assert len(options) >= 2
    rig.walk.cycle_type_choice()
    assert rig.walk.type_choice == options[0]
    rig.walk.vote(ids[0], 4)
    rig.walk.reveal()
    assert rig.walk.voting_state().chips[0].type_choice == options[0]


def test_navigation_remembers_the_position_in_the_store(rig: Rig) -> None:
    rig.walk.go_to("authority")
    assert rig.session.store.position() == ("authority", 1)
    again = type(rig.walk)(rig.session, rig.history.run)
    assert again.current == "authority"


def test_undo_takes_the_facilitator_back_to_the_card_it_changed(rig: Rig) -> None:
    ids = _people(rig, 1)
    rig.walk.vote(ids[0], 3)
    rig.walk.go_to("structure")
    rig.history.undo()
    assert rig.walk.current == "results"


def test_everything_is_on_disk_and_reopening_resumes_on_the_same_card(rig: Rig) -> None:
    ids = _people(rig, 3)
    rig.walk.go_to("authority")
    rig.walk.vote(ids[0], 2)
    rig.walk.vote(ids[1], 4)
    rig.walk.reveal()
    rig.walk.new_round()
    rig.walk.vote(ids[2], 5)
    rig.log.add("objection", "Residents were not asked.", ids[0])
    again = rig.reopen()
    assert again.walk.current == "authority"
    state = again.walk.voting_state()
    assert (state.round, state.revealed, state.voted) == (2, False, 1)
    assert [(r.number, r.revealed) for r in again.walk.rounds()] == [(1, True), (2, False)]
    assert [i.item.kind for i in again.log.items()] == ["objection"]
    again.session.close()
    rig.session = again.session  # the fixture closes it; closing twice is harmless
