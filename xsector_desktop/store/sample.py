"""``xsector demo``: the sample workshop built from the readable files in ``workshops/``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

from ..core.model import DisagreementKind, DisagreementStatus, WorkshopInfo
from ..core.resources import sample_workshop_path
from .csv_import import import_participants, import_votes
from .workshop_store import WorkshopStore

SAMPLE_FORMAT = "xsector-sample"


def build_sample(path: str | Path, sample: str = "riverside") -> Path:
    """Create ``path`` (which must not exist) holding the named sample workshop."""
    sample_folder = sample_workshop_path(sample)
    description: dict[str, Any] = json.loads(
        (sample_folder / "workshop.json").read_text(encoding="utf-8")
    )
    if description.get("format") != SAMPLE_FORMAT:
        raise ValueError(f"{sample_folder / 'workshop.json'}: not an {SAMPLE_FORMAT} file")
    target = Path(path)
    with WorkshopStore.create(target, WorkshopInfo(**description["workshop"])) as store:
        import_participants(store, sample_folder / description["participants"])
        import_votes(store, sample_folder / description["votes"])
        _fill_in(store, description)
    return target


def _fill_in(store: WorkshopStore, description: dict[str, Any]) -> None:
    if description.get("revealed") == "all":
        for state in store.rounds():
            store.reveal(state.card, state.round)
    ids = {person.name: person.id for person in store.participants()}
    for item in description.get("disagreements", []):
        raised, _ = store.add_disagreement(
            item["card"],
            item["round"],
            cast(DisagreementKind, item["kind"]),
            item["text"],
            raised_by=ids[item["raised_by"]] if item.get("raised_by") else None,
        )
        status = cast(DisagreementStatus, item.get("status", "open"))
        if status != "open":
            store.set_disagreement_status(raised.id, status)
    for note in description.get("notes", []):
        store.add_note(note.get("card"), note.get("stage"), note["text"])
