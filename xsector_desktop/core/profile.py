"""The partnership profile: where the group stands on each card of the deck after the workshop.

One CardProfile per card in deck order, voted or not, so the summary shows the cards the group
did not reach as well. The position is read from each card's latest round: the re-vote after
discussion is the group's considered answer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from .model import NO_ENTRIES, Level
from .signals import RoundSignals


class CardProfile(NamedTuple):
    """Where the group stands on one card after the workshop, read from its latest round."""

    card: str
    framework_types: tuple[str, ...]  # the type or types the framework proposes for the card
    rounds: int  # rounds with votes
    latest: RoundSignals | None  # None when the card was never voted on
    position_rank: float | None  # mean rank of the latest round's ranked votes (1 .. k)
    position_value: int | None  # scale value of the latest round's median ranked vote
    support_share: float | None  # share of ranked votes above the middle of the continuum
    level: Level | None
    type_choices: Mapping[str, int] = NO_ENTRIES

    @property
    def voted(self) -> bool:
        return self.latest is not None


def build_profile(
    card_keys: Sequence[str],
    types_by_card: Mapping[str, Sequence[str]],
    signals: Sequence[RoundSignals],
) -> list[CardProfile]:
    """A profile row for every card key, in the given order.

    `types_by_card` maps a card key to its types' names; a card missing from it has none.
    Rounds with no votes do not count as rounds and never become the latest.
    """
    by_card: dict[str, list[RoundSignals]] = defaultdict(list)
    for rs in signals:
        if rs.n > 0:
            by_card[rs.card].append(rs)
    profile: list[CardProfile] = []
    for card in card_keys:
        rounds = by_card.get(card, [])
        latest = max(rounds, key=lambda rs: rs.round) if rounds else None
        profile.append(
            CardProfile(
                card=card,
                framework_types=tuple(types_by_card.get(card, ())),
                rounds=len(rounds),
                latest=latest,
                position_rank=latest.mean_rank if latest else None,
                position_value=latest.median_value if latest else None,
                support_share=latest.support_share if latest else None,
                level=latest.level if latest else None,
                type_choices=dict(latest.type_choices) if latest else {},
            )
        )
    return profile
