"""``xsector import``: participants and votes from CSV, checked whole, then written in one go.

Parsing and checking are core's (core.imports); this module looks up what the checks need from
the workshop (roster, deck, scale) and writes the accepted rows in one transaction, so a file
with one bad row changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.deck import builtin_deck
from ..core.imports import parse_participants_csv, parse_votes_csv
from ..core.scales import get_scale
from .errors import StoreError

if TYPE_CHECKING:
    from .workshop_store import WorkshopStore


def import_participants(store: WorkshopStore, path: Path) -> int:
    """Add the participants of a ``name,sector,role`` CSV; returns how many were added."""
    rows = parse_participants_csv(path, [person.name for person in store.participants()])
    store.add_participants([{"name": r.name, "sector": r.sector, "role": r.role} for r in rows])
    return len(rows)


def import_votes(store: WorkshopStore, path: Path, *, reveal: bool = False) -> int:
    """Add the votes of a ``participant,card,round,value[,type,comment]`` CSV; returns the count.

    An empty participant is a show-of-hands tally vote. Rounds not yet opened are opened, and
    stay hidden unless `reveal` (past data the room already discussed): then the rounds this
    import opens are revealed in the same transaction. Rounds that were already open keep
    whatever state they had.
    """
    info = store.info()
    try:
        deck = builtin_deck(info.deck)
        scale = get_scale(info.scale)
    except KeyError as unknown:
        raise StoreError(
            store.path, f"the workshop uses {unknown.args[0]}", "Use a newer xsector"
        ) from None
    roster = store.participants()
    rows = parse_votes_csv(
        path,
        card_types={card.key: card.type_names for card in deck.cards},
        scale=scale,
        roster=[person.name for person in roster],
    )
    ids = {person.name: person.id for person in roster}
    store.add_votes(
        (
            {
                "participant_id": None if row.participant is None else ids[row.participant],
                "card": row.card,
                "round": row.round,
                "value": row.value,
                "type_choice": row.type_choice,
                "comment": row.comment,
                "source": "import",
            }
            for row in rows
        ),
        reveal_opened=reveal,
    )
    return len(rows)
