"""`xsector import FILE --votes CSV --reveal`: past data comes in revealed, and only the rounds
the import opens; without --reveal they stay hidden (and out of the printed profile)."""

from __future__ import annotations

from pathlib import Path

import pytest

from xsector_desktop.cli import main
from xsector_desktop.store.workshop_store import WorkshopStore


def rounds(path: Path) -> dict[tuple[str, int], bool]:
    with WorkshopStore.open(path, read_only=True) as store:
        return {(r.card, r.round): bool(r.revealed_at) for r in store.rounds()}


@pytest.fixture
def people(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text("name,sector,role\nAna,government,doer\nBen,business,doer\n", "utf-8")
    return path


def test_reveal_reveals_the_rounds_the_import_opens_and_no_others(
    empty_workshop: Path, people: Path, tmp_path: Path
) -> None:
    assert main(["import", str(empty_workshop), "--participants", str(people)]) == 0
    first = tmp_path / "first.csv"
    first.write_text("participant,card,round,value\nAna,charge,1,2\n", "utf-8")
    assert main(["import", str(empty_workshop), "--votes", str(first)]) == 0
    assert rounds(empty_workshop) == {("charge", 1): False}  # hidden unless asked

    past = tmp_path / "past.csv"
    past.write_text(
        "participant,card,round,value\nAna,results,1,1\nBen,results,1,1\nBen,charge,1,3\n",
        "utf-8",
    )
    assert main(["import", str(empty_workshop), "--votes", str(past), "--reveal"]) == 0
    # results round 1 was opened by this import: revealed. charge round 1 was already open and
    # hidden: it stays as the facilitator left it.
    assert rounds(empty_workshop) == {("charge", 1): False, ("results", 1): True}


def test_reveal_with_participants_is_a_usage_error(
    empty_workshop: Path, people: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = empty_workshop.read_bytes()
    code = main(["import", str(empty_workshop), "--participants", str(people), "--reveal"])
    assert code == 2
    assert "--reveal goes with --votes" in capsys.readouterr().err
    assert empty_workshop.read_bytes() == before


def test_a_rejected_import_reveals_nothing(
    empty_workshop: Path, people: Path, tmp_path: Path
) -> None:
    assert main(["import", str(empty_workshop), "--participants", str(people)]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("participant,card,round,value\nAna,results,1,4\nBen,results,1,9\n", "utf-8")
    before = empty_workshop.read_bytes()
    assert main(["import", str(empty_workshop), "--votes", str(bad), "--reveal"]) == 4
    assert empty_workshop.read_bytes() == before
    assert rounds(empty_workshop) == {}


def test_the_signals_table_says_where_a_unanimous_no_stands(
    empty_workshop: Path, people: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(empty_workshop), "--participants", str(people)]) == 0
    votes = tmp_path / "no.csv"
    votes.write_text("participant,card,round,value\nAna,results,1,1\nBen,results,1,1\n", "utf-8")
    assert main(["import", str(empty_workshop), "--votes", str(votes), "--reveal"]) == 0
    capsys.readouterr()
    assert main(["signals", str(empty_workshop)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("results"))
    assert "calm" in line and "United: the proposed type does not fit us." in line
    assert main(["signals", str(empty_workshop), "--json"]) == 0
    assert '"direction": "does_not_fit"' in capsys.readouterr().out
