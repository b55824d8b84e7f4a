"""What the walk-through's views read: the agenda, the voting panel's state, the rounds.

Everything here is read from the store each time it is asked for (the roster is kept until the
session says it changed), so what a view draws is what is on disk. The controller that moves
the meeting and writes the votes is in walkthrough.py; it inherits these readings.
"""

from __future__ import annotations

from xsector_desktop.core.model import Participant, Vote
from xsector_desktop.store.records import RoundState

from .session import WorkshopSession
from .signal_cache import SignalCache
from .walk_state import (
    AgendaEntry,
    CardState,
    Chip,
    RoundInfo,
    RoundSummary,
    VotingState,
)


class WalkReading:
    """The walk-through's readings, for the controller that holds this state."""

    session: WorkshopSession
    signals: SignalCache
    card_keys: tuple[str, ...]
    current: str
    selected: int | None
    type_choice: str | None
    _participants: list[Participant] | None

    def is_card(self, key: str | None = None) -> bool:
        return (key or self.current) in self.card_keys

    def participants(self) -> list[Participant]:
        if self._participants is None:
            self._participants = list(self.session.store.participants())
        return self._participants

    def rounds(self, card: str | None = None) -> list[RoundInfo]:
        return [
            RoundInfo(r.round, r.revealed)
            for r in sorted(self.session.store.rounds(card or self.current), key=_round_no)
        ]

    def _revealed_rounds(self) -> list[tuple[str, int]]:
        return [(r.card, r.round) for r in self.session.store.rounds() if r.revealed]

    def current_round(self, card: str | None = None) -> RoundInfo | None:
        rounds = self.rounds(card)
        return rounds[-1] if rounds else None

    def card_state(self, card: str) -> CardState:
        return _state(self.rounds(card))

    def agenda(self) -> list[AgendaEntry]:
        deck = self.session.deck
        by_card: dict[str, list[RoundInfo]] = {}
        for r in self.session.store.rounds():  # one query for the whole deck
            by_card.setdefault(r.card, []).append(RoundInfo(r.round, r.revealed))
        entries = []
        for card in deck.cards:
            rounds = sorted(by_card.get(card.key, []), key=lambda r: r.number)
            state = _state(rounds)
            latest = self.signals.latest(card.key)
            entries.append(
                AgendaEntry(
                    card.key,
                    card.title,
                    card.group,
                    state,
                    latest.level if latest else None,
                    len(rounds),
                    latest.stance if latest else None,
                )
            )
        entries += [AgendaEntry(c.key, c.title, "cycle", None, None, 0) for c in deck.cycles]
        return entries

    def votes(self, card: str, round_: int) -> list[Vote]:
        return list(self.session.store.votes(card=card, round=round_))

    def voting_state(self) -> VotingState:
        card = self.current
        latest = self.current_round(card) if self.is_card(card) else None
        number, revealed = (latest.number, latest.revealed) if latest else (0, False)
        votes = self.votes(card, number) if number else []
        by_person = {v.participant_id: v for v in votes if v.participant_id is not None}
        tally: dict[int, int] = {value: 0 for value in self.session.scale.values}
        for vote in votes:
            if vote.participant_id is None:
                tally[vote.value] = tally.get(vote.value, 0) + 1
        chips = tuple(
            Chip(
                p,
                p.id in by_person,
                by_person[p.id].value if revealed and p.id in by_person else None,
                by_person[p.id].type_choice if revealed and p.id in by_person else None,
                p.id in by_person and by_person[p.id].source == "phone",
            )
            for p in self.participants()
        )
        anonymous = self.session.info.anonymous
        deck_card = self.session.deck.card(card) if self.is_card(card) else None
        types = (
            tuple(t.name for t in deck_card.types)
            if deck_card and deck_card.has_type_choice
            else ()
        )
        return VotingState(
            card=card,
            round=number,
            revealed=revealed,
            anonymous=anonymous,
            chips=chips,
            voted=len(votes) if anonymous else len(by_person),
            expected=None if anonymous else len(chips),
            tally=tally,
            type_options=types,
            type_choice=self.type_choice,
            selected=self.selected,
        )

    def round_summaries(self, card: str | None = None) -> list[RoundSummary]:
        card = card or self.current
        if not self.is_card(card):
            return []
        shown = {rs.round: rs for rs in self.signals.for_card(card)}
        summaries = []
        for info in self.rounds(card):
            if info.revealed and info.number in shown:
                rs = shown[info.number]
                summaries.append(
                    RoundSummary(
                        info.number, True, rs.n, dict(rs.distribution), dict(rs.type_choices)
                    )
                )
            elif info.revealed:
                empty = {value: 0 for value in self.session.scale.values}
                summaries.append(RoundSummary(info.number, True, 0, empty))
            else:
                voted = len(self.votes(card, info.number))
                summaries.append(RoundSummary(info.number, False, voted, {}))
        return summaries


def _round_no(r: RoundState) -> int:
    return r.round


def _state(rounds: list[RoundInfo]) -> CardState:
    """A card's progress from its rounds, oldest first."""
    if not rounds:
        return "not-started"
    return "revealed" if rounds[-1].revealed else "voting"
