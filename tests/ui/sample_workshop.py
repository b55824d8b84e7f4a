"""Build a realistic workshop file for UI tests and benchmarks from the readable sample data.

Uses only the store's public API and the core CSV readers (no SQL), so it stays valid as the
store evolves; the `xsector demo` command does the same for users.
"""

from __future__ import annotations

import json
from pathlib import Path

from xsector_desktop.core.deck import builtin_deck
from xsector_desktop.core.imports import parse_participants_csv, parse_votes_csv
from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.core.resources import sample_workshop_path
from xsector_desktop.core.scales import get_scale
from xsector_desktop.store import WorkshopStore


def build_riverside(path: Path, *, reveal: bool = True, extra_people: int = 0) -> Path:
    folder = sample_workshop_path("riverside")
    spec = json.loads((folder / "workshop.json").read_text(encoding="utf-8"))
    info = WorkshopInfo(**spec["workshop"])
    deck, scale = builtin_deck(info.deck), get_scale(info.scale)
    store = WorkshopStore.create(path, info)
    try:
        people = parse_participants_csv(folder / spec["participants"])
        added = store.add_participants(
            [{"name": p.name, "sector": p.sector, "role": p.role} for p in people]
        ).record
        if extra_people:
            store.add_participants(
                [
                    {"name": f"Guest {i:02d}", "sector": "community", "role": "unsaid"}
                    for i in range(1, extra_people + 1)
                ]
            )
        ids = {p.name: p.id for p in added}
        votes = parse_votes_csv(
            folder / spec["votes"],
            card_types={c.key: [t.name for t in c.types] for c in deck.cards},
            scale=scale,
            roster=list(ids),
        )
        store.add_votes(
            [
                {
                    "participant_id": ids.get(v.participant) if v.participant else None,
                    "card": v.card,
                    "round": v.round,
                    "value": v.value,
                    "type_choice": v.type_choice,
                    "comment": v.comment,
                }
                for v in votes
            ]
        )
        if reveal:
            for state in store.rounds():
                store.reveal(state.card, state.round)
        for d in spec.get("disagreements", []):
            item = store.add_disagreement(
                d["card"],
                d["round"],
                d["kind"],
                d["text"],
                raised_by=ids.get(d.get("raised_by", "")),
            ).record
            if d.get("status") == "resolved":
                store.set_disagreement_status(item.id, "resolved")
    finally:
        store.close()
    return path
