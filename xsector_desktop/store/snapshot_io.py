"""The whole workshop read out of the store as a core WorkshopSnapshot, for reports and signals."""

from __future__ import annotations

from ..core.deck import builtin_deck
from ..core.model import Vote
from ..core.scales import get_scale
from ..core.signal_settings import THRESHOLDS_KEY, read_thresholds
from ..core.snapshot import Note, RoundRecord, VoteRecord, WorkshopSnapshot
from .reader import WorkshopReader

_VOTE_FIELDS = (
    "id",
    "participant_id",
    "card",
    "round",
    "value",
    "type_choice",
    "comment",
    "source",
)


def load_snapshot(store: WorkshopReader) -> WorkshopSnapshot:
    info = store.info()
    reading = store.trust_reading()
    # The history says which rows are effective, so the effective votes come from it rather
    # than from another read (votes are nearly all of the time on a large workshop).
    rows = store.vote_history()
    history = tuple(
        VoteRecord(
            vote=Vote(*(row[name] for name in _VOTE_FIELDS)),
            recorded_at=row["cast_at"],
            retracted=row["retracted"],
            retracted_at=row["retracted_at"] or "",
        )
        for row in rows
    )
    thresholds = read_thresholds(store.settings().get(THRESHOLDS_KEY), info.privacy_protection)
    effective = tuple(r.vote for r, row in zip(history, rows, strict=True) if row["effective"])
    return WorkshopSnapshot(
        info=info,
        deck=builtin_deck(info.deck),
        scale=get_scale(info.scale),
        participants=tuple(store.participants()),
        votes=effective,
        vote_history=history,
        disagreements=tuple(store.disagreements()),
        rounds=tuple(
            RoundRecord(r.card, r.round, r.opened_at, r.revealed_at or "") for r in store.rounds()
        ),
        trust_stage=reading.chosen if reading else None,
        notes=tuple(Note(n.text, n.card, n.cycle_stage, n.kind) for n in store.notes()),
        card_seconds={card: round(seconds) for card, seconds in store.card_times().items()},
        thresholds=thresholds.settings,
        threshold_problems=thresholds.problems,
    )
