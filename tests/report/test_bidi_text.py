"""Bidirectional controls typed into a name reorder nothing in the PDFs (core/text.py)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.core.text import BIDI_CONTROLS, isolated, without_bidi_controls
from xsector_desktop.report import exports
from xsector_desktop.store.snapshot_io import load_snapshot
from xsector_desktop.store.workshop_store import WorkshopStore

SPOOFED = "Ali\u202egpj.exe"  # drawn as "Aliexe.jpg" by a renderer that obeys the override


def test_the_core_function_takes_every_control_out_and_keeps_the_rest() -> None:
    text = "".join(sorted(BIDI_CONTROLS)) + "Ana \u0645\u0631\u062d\u0628\u0627 12"
    assert without_bidi_controls(text) == "Ana \u0645\u0631\u062d\u0628\u0627 12"
    assert without_bidi_controls("plain") == "plain"
    assert isolated("Ana") == "Ana"  # left to right: nothing added
    assert (
        isolated("\u202e\u0645\u0631\u062d\u0628\u0627")
        == "\u2068\u0645\u0631\u062d\u0628\u0627\u2069"
    )


def test_the_summary_and_ballots_print_the_name_in_typed_order(tmp_path: Path) -> None:
    path = tmp_path / "w.xsector"
    with WorkshopStore.create(path, WorkshopInfo(f"Partners {SPOOFED}")) as store:
        person = store.add_participant(SPOOFED, f"sector {SPOOFED}").record
        store.add_participant("Ben", "business")
        store.open_round("results")
        store.cast_vote(person.id, "results", 1, 4)
        store.add_disagreement("results", 1, "objection", f"said by {SPOOFED}", person.id)
        store.reveal("results", 1)
        snapshot = load_snapshot(store)
    for kind in ("pdf", "ballots"):
        out = tmp_path / f"{kind}.pdf"
        exports.write(kind, snapshot, out)
        text = "".join(page.extract_text() for page in PdfReader(out).pages)
        assert "Aligpj.exe" in text, kind
        assert not BIDI_CONTROLS & set(text), kind
