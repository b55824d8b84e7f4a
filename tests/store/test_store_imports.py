"""CSV imports, the sample workshop, repair and the snapshot the reports read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from xsector_desktop.core.imports import InputError
from xsector_desktop.store import WorkshopExists, WorkshopStore, check_workshop
from xsector_desktop.store.csv_import import import_participants, import_votes
from xsector_desktop.store.repair import repair_workshop
from xsector_desktop.store.sample import build_sample

FileStateOf = Callable[[Path], Any]  # the file_state fixture of conftest.py


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_participants_then_votes_from_csv(store: WorkshopStore, tmp_path: Path) -> None:
    people = write(tmp_path / "p.csv", "name,sector,role\nAna,gov,doer\nBen,business,\n")
    assert import_participants(store, people) == 2
    assert [(p.name, p.sector, p.role) for p in store.participants()] == [
        ("Ana", "government", "doer"),
        ("Ben", "business", "unsaid"),
    ]
    votes = write(
        tmp_path / "v.csv",
        "participant,card,round,value,type,comment\nAna,results,1,4,,fine\n,results,1,2,,\n"
        "ben,charge,2,5,,\n",
    )
    assert import_votes(store, votes) == 3
    ana, ben = store.participants()
    assert [(v.participant_id, v.card, v.round, v.value, v.comment) for v in store.votes()] == [
        (ana.id, "results", 1, 4, "fine"),
        (None, "results", 1, 2, ""),
        (ben.id, "charge", 2, 5, ""),
    ]
    assert {v.source for v in store.votes()} == {"import"}


def test_a_bad_row_imports_nothing(store: WorkshopStore, tmp_path: Path) -> None:
    store.add_participant("Ana", "government")
    votes = write(tmp_path / "v.csv", "participant,card,round,value\nAna,results,1,4\nZed,x,1,1\n")
    with pytest.raises(InputError, match="line 3"):
        import_votes(store, votes)
    assert store.votes() == [] and not store.rounds()


def test_the_sample_workshop_has_every_part(tmp_path: Path) -> None:
    path = build_sample(tmp_path / "riverside.xsector")
    with WorkshopStore.open(path, read_only=True) as sample:
        assert sample.info().partnership == "Riverside Opportunity Partnership"
        assert len(sample.participants()) >= 10
        assert all(state.revealed for state in sample.rounds())
        assert any(state.round == 2 for state in sample.rounds())
        assert {d.status for d in sample.disagreements()} == {"open", "resolved"}
        assert sample.notes()
    assert check_workshop(path).ok
    with pytest.raises(WorkshopExists):
        build_sample(path)


def test_check_describes_the_file_in_words(store: WorkshopStore, workshop_path: Path) -> None:
    store.cast_vote(None, "results", 1, 3)
    text = check_workshop(workshop_path).describe()
    assert text.splitlines()[0] == str(workshop_path)
    assert "integrity: ok" in text and "votes 1" in text
    assert text.splitlines()[-1] == "  result: ok"


def test_repair_copies_what_can_be_read(
    store: WorkshopStore, workshop_path: Path, tmp_path: Path, file_state: FileStateOf
) -> None:
    store.add_participant("Ana", "government")
    store.add_votes(
        [{"participant_id": None, "card": "results", "round": 1, "value": 3, "comment": "x" * 80}]
        * 2000
    )
    store.close()
    data = bytearray(workshop_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page_size // 2) * page_size
    data[middle : middle + 12] = b"\xff" * 12
    workshop_path.write_bytes(bytes(data))
    before = file_state(workshop_path)
    assert not check_workshop(workshop_path).ok
    summary = repair_workshop(workshop_path, tmp_path / "rescued.xsector")
    assert "recovered" in summary and "\n" not in summary
    after = file_state(workshop_path)
    assert (after.digest, after.mtime_ns) == (before.digest, before.mtime_ns)
    assert check_workshop(tmp_path / "rescued.xsector").ok
    with WorkshopStore.open(tmp_path / "rescued.xsector", read_only=True) as rescued:
        assert rescued.info().partnership == "Riverside Opportunity"
        assert [p.name for p in rescued.participants()] == ["Ana"]
        assert 1000 < len(rescued.votes()) < 2000  # most votes back; the damaged page's not


def test_the_snapshot_holds_everything_the_reports_read(
    store: WorkshopStore, tmp_path: Path
) -> None:
    snapshot_io = pytest.importorskip("xsector_desktop.store.snapshot_io")
    ana = store.add_participant("Ana", "government").record
    store.open_round("results")
    store.cast_vote(ana.id, "results", 1, 2)
    store.cast_vote(ana.id, "results", 1, 4)
    store.reveal("results", 1)
    store.record_trust_reading("storming", "norming")
    store.record_card_time("results", 90.4)
    store.add_note(None, None, "Ask the council for budget data", kind="next-step")
    snapshot = snapshot_io.load_snapshot(store)
    assert [(note.text, note.kind) for note in snapshot.notes] == [
        ("Ask the council for budget data", "next-step")
    ]
    assert snapshot.votes == tuple(store.votes())
    assert [record.vote.value for record in snapshot.vote_history] == [2, 4]
    assert snapshot.rounds[0].revealed
    assert snapshot.trust_stage == "norming"
    assert snapshot.card_seconds == {"results": 90}
