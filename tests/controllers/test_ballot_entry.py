"""Keying in paper ballots without Qt: codes, one key per card, whole-ballot store and undo."""

from __future__ import annotations

from pathlib import Path

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.core.snapshot import ballot_code
from xsector_desktop.ui.controllers.ballot_entry import BLANKS_SETTING, BallotEntry, BallotState

from .conftest import Rig

# The deck's 11 cards in order; Representatives (4th) and Financial resources (9th) offer two
# types, so each takes a second key.
FULL_BALLOT = ["5", "4", "4", "3", "1", "4", "5", "3", "2", "1", "2", "4", "5"]
EXPECTED = {
    "results": (5, None),
    "charge": (4, None),
    "authority": (4, None),
    "representatives": (3, "Doer"),
    "level-of-intervention": (4, None),
    "time-frame": (5, None),
    "formation-catalyst": (3, None),
    "structure": (2, None),
    "financial-resources": (1, "Redirected/Aligned"),
    "positioning": (4, None),
    "lifespan": (5, None),
}


def _people(rig: Rig, n: int) -> list[int]:
    for i in range(n):
        rig.roster.add(f"Person {i}", "community", "doer")
    return [p.id for p in rig.session.store.participants()]


def _press(entry: BallotEntry, keys: list[str]) -> BallotState:
    state = entry.state
    for key in keys:
        state = entry.key(key)
        assert state.problem is None, (key, state.problem)
    return state


def _sloppy(code: str) -> str:
    """The code as a hurried facilitator types it: lower case, letter O for zero."""
    return code.lower().replace("0", "o")


def test_a_ballot_keyed_in_full_is_stored_as_paper_votes_in_one_step(rig: Rig) -> None:
    person = _people(rig, 2)[1]
    entry = BallotEntry(rig.session, rig.history.run)
    code = ballot_code(rig.session.info, person)
    state = entry.enter_code(_sloppy(code))
    assert (state.phase, state.code, state.name) == ("cards", code, "Person 1")
    assert state.current is not None and state.current.key == "results"
    state = _press(entry, FULL_BALLOT)
    assert state.phase == "review"
    state = entry.key("enter")
    assert state.phase == "code" and state.last_stored is not None
    assert state.last_stored.votes == 11
    votes = rig.session.store.votes()
    assert {v.card: (v.value, v.type_choice) for v in votes} == EXPECTED
    assert {(v.participant_id, v.round, v.source) for v in votes} == {(person, 1, "paper")}
    assert rig.history.undo_text() == f"Enter paper ballot {code} (Person 1)"
    rig.history.undo()
    assert rig.session.store.votes() == [] and rig.session.store.rounds() == []
    rig.history.redo()
    assert len(rig.session.store.votes()) == 11


def test_votes_go_into_each_cards_current_round(rig: Rig) -> None:
    person = _people(rig, 1)[0]
    store = rig.session.store
    store.open_round("results")
    store.open_round("results")
    store.open_round("structure")
    entry = BallotEntry(rig.session, rig.history.run)
    state = entry.enter_code(ballot_code(rig.session.info, person))
    assert {s.key: s.round for s in state.slots if s.key in ("results", "structure", "charge")} == {
        "results": 2,
        "structure": 1,
        "charge": 1,
    }
    _press(entry, FULL_BALLOT)
    entry.key("enter")
    assert {v.card: v.round for v in store.votes()}["results"] == 2


def test_skip_backspace_and_refused_keys(rig: Rig) -> None:
    person = _people(rig, 1)[0]
    entry = BallotEntry(rig.session, rig.history.run)
    entry.enter_code(ballot_code(rig.session.info, person))
    assert entry.key("9").problem is not None and entry.key("9").problem.kind == "not-on-scale"
    assert entry.key("enter").problem.kind == "answer-first"  # type: ignore[union-attr]
    state = _press(entry, ["s", "4", "3"])  # Results left blank; Charge 4; Authority 3
    assert [a.value for a in state.answers] == [None, 4, 3]
    state = _press(entry, ["2"])  # Representatives: a value, then its type
    assert state.awaiting_type and state.pending_value == 2
    assert entry.key("3").problem.kind == "no-such-type"  # type: ignore[union-attr]
    state = _press(entry, ["backspace"])  # the value goes, still on Representatives
    assert not state.awaiting_type and state.position == 3
    state = _press(entry, ["5", "enter"])  # Enter: no type chosen
    assert state.answers[-1].value == 5 and state.answers[-1].type_choice is None
    state = _press(entry, ["backspace"])  # back onto Representatives' type, value kept
    assert state.position == 3 and state.pending_value == 5
    state = _press(entry, ["2", "backspace", "backspace", "backspace"])
    assert state.position == 2 and not state.awaiting_type  # Authority again
    state = _press(entry, ["1", "4", "2"] + ["s"] * 7)
    assert state.phase == "review"
    state = _press(entry, ["backspace"])
    assert state.phase == "cards" and state.current is not None and state.current.key == "lifespan"
    _press(entry, ["s", "enter"])
    stored = {v.card: (v.value, v.type_choice) for v in rig.session.store.votes()}
    assert stored == {
        "charge": (4, None),
        "authority": (1, None),
        "representatives": (4, "Decision-maker"),
    }


def test_codes_from_elsewhere_and_nonsense_are_refused(rig: Rig, tmp_path: Path) -> None:
    person = _people(rig, 1)[0]
    entry = BallotEntry(rig.session, rig.history.run)
    other = WorkshopInfo(partnership="Another Partnership", date="2025-01-01")
    state = entry.enter_code(ballot_code(other, person))
    assert state.phase == "code" and state.problem is not None
    assert state.problem.kind == "other-workshop"
    assert entry.enter_code("hello").problem.kind == "not-a-code"  # type: ignore[union-attr]
    missing = entry.enter_code(ballot_code(rig.session.info, 99))
    assert missing.problem is not None and missing.problem.kind == "unknown-participant"
    assert missing.problem.detail == "99"
    assert rig.session.store.votes() == []


def test_a_second_ballot_for_someone_is_warned_and_replaces_the_first(rig: Rig) -> None:
    first, second = _people(rig, 2)
    rig.walk.vote(second, 3)  # voted live on Results
    entry = BallotEntry(rig.session, rig.history.run)
    assert entry.enter_code(ballot_code(rig.session.info, first)).warning is None
    _press(entry, [*FULL_BALLOT, "enter"])
    again = entry.enter_code(ballot_code(rig.session.info, first))
    assert again.warning is not None
    assert (again.warning.kind, again.warning.votes) == ("already-entered", 11)
    entry.key("escape")
    live = entry.enter_code(ballot_code(rig.session.info, second))
    assert live.warning is not None and (live.warning.kind, live.warning.votes) == (
        "replaces-votes",
        1,
    )


def test_a_blank_ballot_is_stored_as_tally_votes_and_remembered(rig: Rig) -> None:
    entry = BallotEntry(rig.session, rig.history.run)
    code = ballot_code(rig.session.info, None, 3)
    state = entry.enter_code(_sloppy(code))
    assert (state.blank_number, state.name, state.warning) == (3, "", None)
    _press(entry, [*FULL_BALLOT, "enter"])
    votes = rig.session.store.votes()
    assert len(votes) == 11 and {v.participant_id for v in votes} == {None}
    assert {v.source for v in votes} == {"paper"}
    assert rig.session.store.settings()[BLANKS_SETTING] == [code]
    warned = entry.enter_code(code).warning
    assert warned is not None and warned.kind == "blank-already-entered"
    entry.key("escape")
    rig.history.undo()
    assert rig.session.store.votes() == []
    assert BLANKS_SETTING not in rig.session.store.settings()
    rig.history.redo()
    assert len(rig.session.store.votes()) == 11
    assert rig.session.store.settings()[BLANKS_SETTING] == [code]


def test_an_all_blank_ballot_stores_nothing_and_escape_abandons(rig: Rig) -> None:
    person = _people(rig, 1)[0]
    entry = BallotEntry(rig.session, rig.history.run)
    before = rig.history.undo_text()
    entry.enter_code(ballot_code(rig.session.info, person))
    state = _press(entry, ["s"] * 11)
    assert entry.key("enter").problem.kind == "empty-ballot"  # type: ignore[union-attr]
    assert state.phase == "review" and rig.session.store.votes() == []
    assert entry.key("escape").phase == "code"
    assert rig.history.undo_text() == before


def test_fist_to_five_takes_zero_and_refuses_six(tmp_path: Path) -> None:
    rig = Rig(tmp_path / "f.xsector", WorkshopInfo(partnership="Fists", scale="fist5"))
    try:
        person = _people(rig, 1)[0]
        entry = BallotEntry(rig.session, rig.history.run)
        entry.enter_code(ballot_code(rig.session.info, person))
        assert entry.key("6").problem.kind == "not-on-scale"  # type: ignore[union-attr]
        state = _press(entry, ["0"])
        assert state.answers[0].value == 0
    finally:
        rig.session.store.close()


def test_a_read_only_workshop_takes_no_ballots(rig: Rig) -> None:
    from xsector_desktop.store import WorkshopStore
    from xsector_desktop.ui.controllers.session import WorkshopSession

    person = _people(rig, 1)[0]
    rig.session.store.close()
    store = WorkshopStore.open(rig.path, read_only=True)
    try:
        session = WorkshopSession(store, rig.path, read_only=True)
        state = BallotEntry(session, rig.history.run).enter_code(ballot_code(session.info, person))
        assert state.phase == "code" and state.problem is not None
        assert state.problem.kind == "read-only"
    finally:
        store.close()
