"""The walk-through: where the group is in the deck, and every voting action on a card.

Widgets call one method per intent (go to a card, pick a chip, vote, reveal, new round) and draw
the state objects it reads for them (walk_reading.py); the store is the only source of truth,
read back after each change, so what the screen shows is what is on disk.
"""

from __future__ import annotations

from xsector_desktop.core.model import Participant, VoteSource

from . import actions as act
from .events import Event
from .phrases import QT_TRANSLATE_NOOP, Phrase
from .session import WorkshopSession
from .signal_cache import SignalCache
from .walk_reading import WalkReading
from .walk_state import (
    AgendaEntry,
    AgendaGroup,
    CardState,
    Chip,
    RoundInfo,
    RoundSummary,
    VotingState,
)

__all__ = [
    "AgendaEntry",
    "AgendaGroup",
    "CardState",
    "Chip",
    "RoundInfo",
    "RoundSummary",
    "Run",
    "VotingState",
    "WalkthroughController",
]

Run = act.Run


class WalkthroughController(WalkReading):
    def __init__(self, session: WorkshopSession, run: Run) -> None:
        self.session = session
        self._run = run
        self.moved: Event[str] = Event()
        self.selection_changed: Event[int | None] = Event()
        deck = session.deck
        self.card_keys: tuple[str, ...] = deck.card_keys
        self.keys: tuple[str, ...] = deck.card_keys + deck.cycle_keys
        self._participants: list[Participant] | None = None
        self.signals = SignalCache(session, self._revealed_rounds)
        self.selected: int | None = None
        self.type_choice: str | None = None
        self.current = self._resume_key()
        self.selected = self.first_without_vote()
        session.changed.connect(self._on_change)

    def _resume_key(self) -> str:
        position = self.session.store.position()
        card = position[0] if position else None
        return card if card in self.keys else self.keys[0]

    # -- moving --------------------------------------------------------------------------

    def go_to(self, key: str) -> bool:
        """Move the meeting to `key`; False, staying where it is, when the store refused to
        record the move (a vote must never land on a card that is not on screen)."""
        if key not in self.keys:
            raise KeyError(f"unknown card '{key}'")
        if key == self.current:
            return True
        if not self._remember_position(key):
            return False
        self.current = key
        self.type_choice = None
        self.selected = self.first_without_vote()
        self.moved.emit(key)
        return True

    def step(self, delta: int) -> bool:
        index = self.keys.index(self.current) + delta
        return self.go_to(self.keys[max(0, min(len(self.keys) - 1, index))])

    def _remember_position(self, key: str | None = None) -> bool:
        key = key or self.current
        if self.session.read_only or not self.is_card(key):
            return True
        latest = self.current_round(key)
        number, store = latest.number if latest else 1, self.session.store
        if store.position() == (key, number):  # already there: the phones' writer put it there
            return True
        title = self.session.deck.card(key).title
        return self.session.attempt(
            Phrase(QT_TRANSLATE_NOOP("actions", "the move to {title}"), title=title),
            lambda: store.set_position(key, number),
        )

    def _voted_ids(self) -> set[int]:
        latest = self.current_round() if self.is_card() else None
        if latest is None:
            return set()
        return {
            v.participant_id
            for v in self.votes(self.current, latest.number)
            if v.participant_id is not None
        }

    def first_without_vote(self, after: int | None = None) -> int | None:
        """Who typed votes go to next: the first person (after `after`, wrapping round) with no
        vote in the card's open round. None when everyone has voted, or when the latest round is
        revealed: a vote there is a correction, which the facilitator picks a chip for."""
        if not self.is_card() or self.session.info.anonymous:
            return None
        latest = self.current_round()
        if latest is not None and latest.revealed:
            return None
        ids = [p.id for p in self.participants()]
        start = ids.index(after) + 1 if after in ids else 0
        voted = self._voted_ids()
        return next((pid for pid in ids[start:] + ids[:start] if pid not in voted), None)

    def select(self, participant_id: int | None) -> None:
        self.selected = participant_id
        self.selection_changed.emit(participant_id)

    def select_step(self, delta: int) -> None:
        people = self.participants()
        if not people:
            return
        ids = [p.id for p in people]
        index = ids.index(self.selected) + delta if self.selected in ids else 0
        self.select(ids[index % len(ids)])

    def set_type_choice(self, name: str | None) -> None:
        self.type_choice = name

    def cycle_type_choice(self) -> None:
        options: list[str | None] = [None, *self.voting_state().type_options]
        if len(options) > 1:
            index = options.index(self.type_choice) if self.type_choice in options else 0
            self.type_choice = options[(index + 1) % len(options)]

    # -- acting --------------------------------------------------------------------------

    def _writable(self) -> bool:
        """A read-only workshop can be walked and looked at; every write is quietly refused
        (the window says READ-ONLY and disables the controls that write)."""
        return not self.session.read_only

    def _open_round_step(self, card: str, text: str) -> act.Action:
        store = self.session.store
        return self.session.write(
            text, lambda: store.open_round(card), lambda number: act.Change("rounds", card, number)
        )

    def _round_to_vote_in(self, text: str, step: act.Action) -> act.Action:
        """Voting on a card with no round yet opens round 1 with the same, single undo step."""
        if self.current_round() is not None:
            return step
        return act.Steps(text, [self._open_round_step(self.current, text), step])

    def _cast(
        self, participant_id: int | None, value: int, source: VoteSource, text: str
    ) -> act.Action:
        store, card = self.session.store, self.current
        latest = self.current_round()
        number = latest.number if latest else 1
        type_choice = self.type_choice
        return self.session.write(
            text,
            lambda: store.cast_vote(
                participant_id, card, number, value, type_choice=type_choice, source=source
            ),
            act.Change("votes", card, number),
        )

    def is_revealed(self) -> bool:
        """Whether the current card's latest round is revealed: a vote now would change what
        the room has already seen."""
        latest = self.current_round() if self.is_card() else None
        return latest is not None and latest.revealed

    def vote(self, participant_id: int, value: int, *, correction: bool = False) -> bool:
        """Cast a vote in the latest round; False when there was nothing to cast or the store
        refused it. A revealed round takes a vote only as a `correction` the facilitator chose."""
        if not self._writable() or not self.is_card() or not self.session.scale.has_value(value):
            return False
        if self.is_revealed() and not correction:
            return False
        person = next((p for p in self.participants() if p.id == participant_id), None)
        if person is None:
            return False
        text = Phrase(
            QT_TRANSLATE_NOOP("actions", "vote {value} by {name}"), value=value, name=person.name
        )
        if correction:
            text = Phrase(
                QT_TRANSLATE_NOOP("actions", "correct {name}'s vote to {value}"),
                name=person.name,
                value=value,
            )
        step = self._round_to_vote_in(text, self._cast(participant_id, value, "live", text))
        return self._run(step) is not False

    def vote_selected(self, value: int, *, correction: bool = False) -> bool:
        """Cast the selected person's vote and move on to the next person without a vote; a
        refused vote keeps the chip selected, so the facilitator can try again."""
        if self.selected is None:
            return False
        voter = self.selected
        if not self.vote(voter, value, correction=correction):
            return False
        if not correction:
            self.select(self.first_without_vote(after=voter))
        return True

    def tally(self, value: int, delta: int, *, correction: bool = False) -> None:
        """One hand more (delta > 0) or fewer on a point; on a revealed round only as a
        `correction` the facilitator chose, as for a named vote."""
        if not self._writable() or not self.is_card() or not self.session.scale.has_value(value):
            return
        if self.is_revealed() and not correction:
            return
        latest = self.current_round()
        store = self.session.store
        if delta > 0:
            text = Phrase(QT_TRANSLATE_NOOP("actions", "hand for {value}"), value=value)
            self._run(self._round_to_vote_in(text, self._cast(None, value, "tally", text)))
            return
        if latest is None:
            return
        hands = [
            v
            for v in self.votes(self.current, latest.number)
            if v.participant_id is None and v.value == value
        ]
        if hands:
            newest = max(hands, key=lambda v: v.id)
            self._run(
                act.WithdrawVote(
                    store,
                    self.session.notify,
                    newest,
                    Phrase(QT_TRANSLATE_NOOP("actions", "remove hand for {value}"), value=value),
                )
            )

    def can_reveal(self) -> bool:
        latest = self.current_round()
        return self._writable() and self.is_card() and latest is not None and not latest.revealed

    def reveal(self) -> None:
        latest = self.current_round()
        if self._writable() and self.can_reveal() and latest is not None:
            card, number, store = self.current, latest.number, self.session.store
            self._run(
                self.session.write(
                    Phrase(
                        QT_TRANSLATE_NOOP("actions", "reveal {card} round {number}"),
                        card=card,
                        number=number,
                    ),
                    lambda: store.reveal(card, number),
                    act.Change("rounds", card, number),
                )
            )

    def can_open_round(self) -> bool:
        latest = self.current_round()
        return self._writable() and self.is_card() and (latest is None or latest.revealed)

    def new_round(self) -> None:
        if self._writable() and self.can_open_round():
            latest = self.current_round()
            text = Phrase(
                QT_TRANSLATE_NOOP("actions", "open round {number} on {card}"),
                number=(latest.number if latest else 0) + 1,
                card=self.current,
            )
            self._run(self._open_round_step(self.current, text))

    def _on_change(self, change: act.Change) -> None:
        if change.kind == "profile":
            return
        if change.kind == "roster":
            self._participants = None
        # A change with no card (a paper ballot, an import) may touch any revealed round.
        if (
            change.kind != "votes"
            or change.card is None
            or self._is_revealed(change.card, change.round)
        ):
            self.signals.invalidate()
        if change.kind == "rounds" and change.card == self.current:
            self._remember_position()  # a new round is where the meeting now is
            self.select(self.first_without_vote())
        if change.kind == "roster" and self.selected not in {p.id for p in self.participants()}:
            self.select(self.first_without_vote())
        # Undoing a change on another card takes the facilitator to where it happened.
        if change.card and change.card != self.current and change.card in self.keys:
            self.go_to(change.card)

    def _is_revealed(self, card: str | None, round_: int | None) -> bool:
        return any(r.number == round_ and r.revealed for r in self.rounds(card)) if card else False
