"""Keying in a stack of paper ballots: a code, one key per card, Enter to store the ballot.

No Qt here. The view turns key presses into `key("4")`, `key("s")`, `key("backspace")`,
`key("enter")`, `key("escape")` and draws the BallotState this returns. Problems and warnings
are codes with their details; the view words them (translatably).

A ballot is stored whole, in one `store.add_votes` transaction, as votes with source "paper"
into each card's current round (round 1 when the card has none yet). It is one step on the undo
stack. A blank ballot (code "B3-...") has no name on it, so its votes are tally votes with no
participant; the codes of blank ballots already keyed in are kept in the workshop's settings so
the same blank ballot keyed twice is noticed.
"""

from __future__ import annotations

import re
from typing import Any, Literal, NamedTuple

from xsector_desktop.core.model import Participant, Vote
from xsector_desktop.core.snapshot import ballot_code, parse_ballot_code

from . import actions as act
from .phrases import QT_TRANSLATE_NOOP, Phrase
from .session import WorkshopSession
from .store_protocol import SessionStore

Phase = Literal["code", "cards", "review"]
ProblemKind = Literal[
    "not-a-code",  # detail: what was typed
    "other-workshop",  # detail: what was typed
    "unknown-participant",  # detail: the participant number
    "not-on-scale",  # detail: the key
    "no-such-type",  # detail: the key
    "answer-first",  # Enter on a card with no answer yet
    "empty-ballot",  # every card skipped
    "read-only",
    "not-stored",  # the store refused the write; the main window has said why
]
WarningKind = Literal["already-entered", "replaces-votes", "blank-already-entered"]
BLANKS_SETTING = "paper_blank_ballots"
Run = act.Run
_CODE_SHAPE = re.compile(r"[PB]\d{1,4}-[0-9A-Z]{3}")  # as printed by core.snapshot.ballot_code


class Problem(NamedTuple):
    """Why the last key or code was refused: a code the view puts into words, and its detail."""

    kind: ProblemKind
    detail: str = ""


class EntryWarning(NamedTuple):
    """A caution about the ballot being keyed: already entered, or replacing votes cast before."""

    kind: WarningKind
    votes: int = 0  # votes the ballot replaces


class CardSlot(NamedTuple):
    """One card's place on a paper ballot, with the round its vote goes into."""

    key: str
    title: str
    number: int  # 1-based place on the ballot
    round: int  # where its vote goes
    types: tuple[str, ...]  # the choice of type, when the card offers two or more


class Answer(NamedTuple):
    """What a paper ballot says for one card: a scale value, or None if blank, and any type."""

    value: int | None  # None: left blank on the paper
    type_choice: str | None = None


class StoredBallot(NamedTuple):
    """A ballot just stored, for the confirmation line: its code, whose it is, how many votes."""

    code: str
    participant_id: int | None
    name: str  # empty for a blank ballot
    votes: int


class BallotState(NamedTuple):
    """What the ballot-entry view draws: the phase, the ballot being keyed, a problem or warning."""

    phase: Phase
    code: str = ""
    participant_id: int | None = None
    name: str = ""  # the participant's, empty for a blank ballot
    blank_number: int | None = None
    slots: tuple[CardSlot, ...] = ()
    answers: tuple[Answer, ...] = ()  # one per card answered so far, in ballot order
    pending_value: int | None = None  # a value waiting for its type key
    problem: Problem | None = None
    warning: EntryWarning | None = None
    last_stored: StoredBallot | None = None

    @property
    def position(self) -> int:
        """The index of the card being keyed (len(slots) once every card has its answer)."""
        return len(self.answers)

    @property
    def current(self) -> CardSlot | None:
        return self.slots[self.position] if self.position < len(self.slots) else None

    @property
    def awaiting_type(self) -> bool:
        return self.pending_value is not None


class BallotEntry:
    def __init__(self, session: WorkshopSession, run: Run) -> None:
        self.session = session
        self._run = run
        self.state = BallotState("code")
        self.stored: list[StoredBallot] = []

    # -- the code ----------------------------------------------------------------------

    def enter_code(self, text: str) -> BallotState:
        if self.session.read_only:
            return self._refuse("read-only")
        info = self.session.info
        try:
            code = parse_ballot_code(info, text)
        except ValueError:
            return self._refuse(self._why_not(text), text.strip())
        if code.participant_id is not None:
            person = self._person(code.participant_id)
            if person is None:
                return self._refuse("unknown-participant", str(code.participant_id))
            name, canonical = person.name, ballot_code(info, person.id)
        else:
            if not code.blank_number:
                return self._refuse("not-a-code", text.strip())
            name, canonical = "", ballot_code(info, None, code.blank_number)
        slots = self._slots()
        self.state = BallotState(
            "cards",
            canonical,
            code.participant_id,
            name,
            code.blank_number,
            slots,
            warning=self._warning(code.participant_id, canonical, slots),
            last_stored=self.state.last_stored,
        )
        return self.state

    def _why_not(self, text: str) -> ProblemKind:
        # A code of the right shape whose check letters do not match was printed for another
        # workshop (or mistyped); anything else is not a ballot code at all.
        cleaned = text.strip().upper().replace("O", "0").replace("I", "1").replace("L", "1")
        return "other-workshop" if _CODE_SHAPE.fullmatch(cleaned) else "not-a-code"

    def _person(self, participant_id: int) -> Participant | None:
        return next((p for p in self.session.store.participants() if p.id == participant_id), None)

    def preview_slots(self) -> tuple[CardSlot, ...]:
        """The cards a ballot keyed in now would fill, with the rounds its votes would go to."""
        return self._slots()

    def _slots(self) -> tuple[CardSlot, ...]:
        latest: dict[str, int] = {}
        for state in self.session.store.rounds():
            latest[state.card] = max(latest.get(state.card, 0), state.round)
        return tuple(
            CardSlot(
                card.key,
                card.title,
                number,
                latest.get(card.key, 1),
                card.type_names if card.has_type_choice else (),
            )
            for number, card in enumerate(
                (self.session.deck.card(key) for key in self.session.deck.card_keys), start=1
            )
        )

    def _warning(
        self, participant_id: int | None, code: str, slots: tuple[CardSlot, ...]
    ) -> EntryWarning | None:
        if participant_id is None:
            entered = self.session.store.settings().get(BLANKS_SETTING, [])
            return EntryWarning("blank-already-entered") if code in entered else None
        targets = {(s.key, s.round) for s in slots}
        theirs = [
            v
            for v in self.session.store.votes()
            if v.participant_id == participant_id and (v.card, v.round) in targets
        ]
        if not theirs:
            return None
        paper = any(v.source == "paper" for v in theirs)
        return EntryWarning("already-entered" if paper else "replaces-votes", len(theirs))

    # -- keys on the cards -------------------------------------------------------------

    def key(self, key: str) -> BallotState:
        state = self.state._replace(problem=None)
        if key == "escape":
            self.state = BallotState("code", last_stored=state.last_stored)
        elif state.phase == "code":
            self.state = state
        elif key == "backspace":
            self.state = self._step_back(state)
        elif state.phase == "review":
            self.state = self._store() if key == "enter" else state
        elif key == "s":
            self.state = self._answer(state, Answer(state.pending_value))
        elif key == "enter":
            self.state = (
                self._answer(state, Answer(state.pending_value))
                if state.awaiting_type
                else state._replace(problem=Problem("answer-first"))
            )
        elif key.isdigit():
            self.state = self._digit(state, int(key))
        else:
            self.state = state
        return self.state

    def _digit(self, state: BallotState, digit: int) -> BallotState:
        slot = state.current
        assert slot is not None
        if state.awaiting_type:
            if 1 <= digit <= len(slot.types):
                return self._answer(state, Answer(state.pending_value, slot.types[digit - 1]))
            return state._replace(problem=Problem("no-such-type", str(digit)))
        if not self.session.scale.has_value(digit):
            return state._replace(problem=Problem("not-on-scale", str(digit)))
        if slot.types:
            return state._replace(pending_value=digit)
        return self._answer(state, Answer(digit))

    def _answer(self, state: BallotState, answer: Answer) -> BallotState:
        answers = (*state.answers, answer)
        phase: Phase = "review" if len(answers) == len(state.slots) else "cards"
        return state._replace(answers=answers, pending_value=None, phase=phase)

    def _step_back(self, state: BallotState) -> BallotState:
        if state.awaiting_type:
            return state._replace(pending_value=None)
        if not state.answers:
            return state
        last = state.answers[-1]
        slot = state.slots[len(state.answers) - 1]
        # Stepping back over a card with a type choice leaves its value in place, so only the
        # type is keyed again; a second Backspace takes the value too.
        pending = last.value if slot.types and last.value is not None else None
        return state._replace(answers=state.answers[:-1], pending_value=pending, phase="cards")

    # -- storing -----------------------------------------------------------------------

    def rows(self, state: BallotState | None = None) -> list[dict[str, Any]]:
        state = state or self.state
        return [
            {
                "participant_id": state.participant_id,
                "card": slot.key,
                "round": slot.round,
                "value": answer.value,
                "type_choice": answer.type_choice,
                "source": "paper",
            }
            for slot, answer in zip(state.slots, state.answers, strict=False)
            if answer.value is not None
        ]

    def _store(self) -> BallotState:
        state = self.state
        rows = self.rows(state)
        if not rows:
            return state._replace(problem=Problem("empty-ballot"))
        who = state.name or state.code
        write = self.session.write(
            Phrase(
                QT_TRANSLATE_NOOP("actions", "Enter paper ballot {code} ({who})"),
                code=state.code,
                who=who,
            )
            if state.name
            else Phrase(QT_TRANSLATE_NOOP("actions", "Enter paper ballot {code}"), code=state.code),
            lambda: self.session.store.add_votes(rows),
            act.Change("votes"),
        )
        steps: list[act.Action] = [write]
        if state.blank_number is not None:
            steps.append(RememberBlank(self.session.store, state.code))
        accepted = self._run(act.Steps(write.text, steps) if len(steps) > 1 else write)
        if accepted is False or write.result is None:
            return state._replace(problem=Problem("not-stored"))
        votes: list[Vote] = write.result
        stored = StoredBallot(state.code, state.participant_id, state.name, len(votes))
        self.stored.append(stored)
        return BallotState("code", last_stored=stored)

    def _refuse(self, kind: ProblemKind, detail: str = "") -> BallotState:
        self.state = BallotState(
            "code", problem=Problem(kind, detail), last_stored=self.state.last_stored
        )
        return self.state


class RememberBlank(act.Action):
    """Notes a blank ballot's code as keyed in (workshop settings are not undo history)."""

    def __init__(self, store: SessionStore, code: str) -> None:
        self._store, self.code, self.text = (
            store,
            code,
            Phrase(QT_TRANSLATE_NOOP("actions", "Remember blank ballot {code}"), code=code),
        )

    def _codes(self) -> list[str]:
        return [str(c) for c in self._store.settings().get(BLANKS_SETTING, [])]

    def apply(self) -> None:
        codes = self._codes()
        self._store.update_settings({BLANKS_SETTING: [*codes, self.code]})

    def revert(self) -> None:
        codes = self._codes()
        if self.code in codes:
            codes.remove(self.code)  # one entry: the same blank keyed twice stays noted once
        self._store.update_settings({BLANKS_SETTING: codes or None})
