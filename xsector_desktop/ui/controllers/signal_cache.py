"""Storming signals for what the room has seen: revealed rounds only, computed once per change.

A hidden round must not leak into any level or reason on screen, so votes of unrevealed rounds are
left out before the pure signal functions see them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from xsector_desktop.core.model import Level
from xsector_desktop.core.signal_settings import THRESHOLDS_KEY, settings_from
from xsector_desktop.core.signals import workshop_signals

from .session import WorkshopSession

if TYPE_CHECKING:
    from xsector_desktop.core.signals import RoundSignals


class SignalCache:
    def __init__(
        self, session: WorkshopSession, revealed: Callable[[], Iterable[tuple[str, int]]]
    ) -> None:
        self._session = session
        self._revealed = revealed
        self._by_card: dict[str, list[RoundSignals]] | None = None

    def invalidate(self) -> None:
        self._by_card = None

    def _compute(self) -> dict[str, list[RoundSignals]]:
        store, info = self._session.store, self._session.info
        shown = set(self._revealed())
        votes = [v for v in store.votes() if (v.card, v.round) in shown]
        participants = {p.id: p for p in store.participants()}
        # The same reading of the stored thresholds as load_snapshot's, so screen and PDF agree.
        settings = settings_from(store.settings().get(THRESHOLDS_KEY), info.privacy_protection)
        by_card: dict[str, list[RoundSignals]] = {}
        for rs in workshop_signals(
            self._session.scale,
            self._session.deck.card_keys,
            votes,
            participants,
            store.disagreements(),
            settings,
        ):
            by_card.setdefault(rs.card, []).append(rs)
        return by_card

    def for_card(self, card: str) -> list[RoundSignals]:
        if self._by_card is None:
            self._by_card = self._compute()
        return self._by_card.get(card, [])

    def latest(self, card: str) -> RoundSignals | None:
        rounds = self.for_card(card)
        return rounds[-1] if rounds else None

    def level(self, card: str) -> Level | None:
        latest = self.latest(card)
        return latest.level if latest else None
