"""CSV exports never start a cell with what a spreadsheet reads as a formula (OWASP)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.report.data_export import (
    FORMULA_STARTS,
    export_csv,
    export_json,
    neutralise,
)
from xsector_desktop.store.snapshot_io import load_snapshot
from xsector_desktop.store.workshop_store import WorkshopStore

ATTACKS = ['=HYPERLINK("http://x","click")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1+1"]


def _is_plain_number(text: str) -> bool:
    """A number as a spreadsheet reads one: digits, a sign, a point, an exponent; no names
    (Python's float() would also take 'inf', 'nan', '1_0' and spaces around)."""
    try:
        float(text)
    except ValueError:
        return False
    return all(c in "0123456789+-.eE" for c in text)


@settings(max_examples=400, deadline=None)
@given(st.text())
@example("=1+1")
@example("-2")
@example("-2+3")
@example("+0E0")
@example("")
@example("'=already quoted")
def test_no_cell_starts_a_formula_and_nothing_is_lost(text: str) -> None:
    cell = neutralise(text)
    if cell.startswith(FORMULA_STARTS):
        assert cell == text and _is_plain_number(text), repr(text)  # -2 stays a number
    # Reversible: drop the one quote put in front of a formula's first character.
    restored = cell[1:] if cell != text else cell
    assert restored == text
    assert cell == text or (cell[0] == "'" and cell[1:].startswith(FORMULA_STARTS))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(FORMULA_STARTS), st.text())
def test_every_formula_start_is_neutralised_unless_a_number(start: str, rest: str) -> None:
    text = start + rest
    cell = neutralise(text)
    assert cell == "'" + text or _is_plain_number(text)


def test_names_and_comments_reach_the_csv_as_text_and_the_json_as_typed(tmp_path: Path) -> None:
    path = tmp_path / "w.xsector"
    with WorkshopStore.create(path, WorkshopInfo("=cmd|' /C calc'!A0")) as store:
        people = [store.add_participant(name, "+sector").record for name in ATTACKS[:4]]
        store.open_round("results")
        for person, comment in zip(people, ATTACKS, strict=False):
            store.cast_vote(person.id, "results", 1, 2, comment=comment)
        store.reveal("results", 1)
        snapshot = load_snapshot(store)
    folder = tmp_path / "csv"
    export_csv(snapshot, folder)
    for written in folder.iterdir():
        with written.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    assert not cell.startswith(FORMULA_STARTS) or _is_plain_number(cell), cell
    with (folder / "participants.csv").open(encoding="utf-8-sig", newline="") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    assert names == ["'" + a for a in ATTACKS[:4]]
    with (folder / "votes.csv").open(encoding="utf-8-sig", newline="") as handle:
        values = [row["value"] for row in csv.DictReader(handle)]
    assert values == ["2"] * 4  # numbers stay numbers
    out = tmp_path / "data.json"
    export_json(snapshot, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [p["name"] for p in data["participants"]] == ATTACKS[:4]  # JSON stays literal
