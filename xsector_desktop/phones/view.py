"""What the phones may see of the room, read from the store on the store's own thread.

A RoomView is built after every change the facilitator or a phone makes and handed to the
server as one immutable value, so the server's threads never touch SQLite to answer a phone.
It holds nothing that identifies anyone's vote: before a reveal not even a count goes out, and
after it only the distribution, and only when the facilitator chose to show it on phones.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from ..core.deck import Card, Deck, builtin_deck
from ..core.model import WorkshopInfo
from ..core.scales import Scale, get_scale

# Workshop settings (stored in the workshop file) that shape phone voting; ui/phones/menu.py
# spells them too, so that building the window loads none of this package.
CODE_ONLY_SETTING = "phones_code_only"  # join by typing the ballot code; the roster is not shown
SHOW_RESULTS_SETTING = "phones_show_results"  # after a reveal, phones show the distribution


class CardView(NamedTuple):
    """A card as a phone shows it: title, definition, types with characteristics, question."""

    key: str
    title: str
    definition: str
    types: tuple[tuple[str, tuple[str, ...]], ...]  # (type name, its characteristics)
    question: str

    @property
    def type_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.types)


class RoomView(NamedTuple):
    """The room as every phone may see it; `version` grows with every change phones must see."""

    info: WorkshopInfo
    code_only: bool
    scale: tuple[tuple[int, str], ...]  # (value, label) in the scale's order
    roster: tuple[tuple[int, str], ...]  # (participant id, name); empty when not shown
    card: CardView | None  # None while the facilitator is on a cycle, not a card
    round: int  # the card's open or latest round; 0 before its first
    revealed: bool
    result: tuple[tuple[int, int], ...] | None  # (value, votes) after a reveal, if shown
    version: int = 0

    @property
    def anonymous(self) -> bool:
        return self.info.anonymous

    @property
    def accepting(self) -> bool:
        """Whether a phone may vote now: a card is up and its round is not yet revealed."""
        return self.card is not None and not self.revealed

    @property
    def vote_round(self) -> int:
        """The round a vote cast now goes to (the first vote on a card opens round 1)."""
        return max(self.round, 1)

    def same_content(self, other: RoomView | None) -> bool:
        return other is not None and self._replace(version=0) == other._replace(version=0)

    def participant_ids(self) -> frozenset[int]:
        return frozenset(pid for pid, _ in self.roster)


def card_view(card: Card) -> CardView:
    return CardView(
        card.key,
        card.title,
        card.definition,
        tuple((t.name, tuple(t.characteristics)) for t in card.types),
        card.question,
    )


class WorkshopFacts(NamedTuple):
    """What does not change while a workshop is open: its deck and scale."""

    deck: Deck
    scale: Scale


def workshop_facts(store: Any) -> WorkshopFacts:
    info = store.info()
    return WorkshopFacts(builtin_deck(info.deck), get_scale(info.scale))


def build_view(store: Any, facts: WorkshopFacts, current: str | None = None) -> RoomView:
    """Read the room from a WorkshopStore; call it on the thread that owns the store.

    `current` is the card on the facilitator's screen (the app knows it); without it, the
    position saved in the file (``xsector serve``).
    """
    info = store.info()
    settings = store.settings()
    code_only = bool(settings.get(CODE_ONLY_SETTING, False))
    show_results = bool(settings.get(SHOW_RESULTS_SETTING, True))
    if current is None:
        position = store.position()
        current = position[0] if position is not None else None
    card: CardView | None = None
    round_number, revealed = 0, False
    result: tuple[tuple[int, int], ...] | None = None
    if current is not None and facts.deck.has_card(current):
        card = card_view(facts.deck.card(current))
        rounds = sorted(store.rounds(card.key), key=lambda r: r.round)
        if rounds:
            round_number, revealed = rounds[-1].round, rounds[-1].revealed
        if revealed and show_results:
            counts = dict.fromkeys(facts.scale.values, 0)
            for vote in store.votes(card.key, round_number):
                if vote.value in counts:
                    counts[vote.value] += 1
            result = tuple(counts.items())
    roster: tuple[tuple[int, str], ...] = ()
    if not info.anonymous:
        roster = tuple((p.id, p.name) for p in store.participants())
    return RoomView(
        info=info,
        code_only=code_only and not info.anonymous,
        scale=tuple((p.value, p.label) for p in facts.scale.points),
        roster=roster,
        card=card,
        round=round_number,
        revealed=revealed,
        result=result,
    )
