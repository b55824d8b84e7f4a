"""CSV and JSON exports: every record goes out and comes back as it was, in a stable order."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from xsector_desktop.core.model import Disagreement, Participant, Vote
from xsector_desktop.core.snapshot import WorkshopSnapshot, analyse
from xsector_desktop.report.data_export import CSV_FILES, export_csv, export_json
from xsector_desktop.report.exports import write


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _opt_int(text: str) -> int | None:
    return int(text) if text else None


def votes_from_rows(rows: list[dict[str, str]]) -> list[tuple[Vote, bool]]:
    return [
        (
            Vote(
                id=int(r["vote_id"]),
                participant_id=_opt_int(r["participant_id"]),
                card=r["card"],
                round=int(r["round"]),
                value=int(r["value"]),
                type_choice=r["type_choice"] or None,
                comment=r["comment"],
                source=r["source"],  # type: ignore[arg-type]
            ),
            r["retracted"] == "true",
        )
        for r in rows
    ]


def test_csv_round_trips_participants_votes_and_disagreements(
    tmp_path: Path, snapshot: WorkshopSnapshot
) -> None:
    written = export_csv(snapshot, tmp_path / "out")
    assert [p.name for p in written] == list(CSV_FILES)
    people = [
        Participant(int(r["id"]), r["name"], r["sector"], r["role"])  # type: ignore[arg-type]
        for r in read_csv(tmp_path / "out" / "participants.csv")
    ]
    assert tuple(people) == snapshot.participants
    history = votes_from_rows(read_csv(tmp_path / "out" / "votes.csv"))
    assert history == [(r.vote, r.retracted) for r in snapshot.vote_history]
    assert [v for v, retracted in history if not retracted] == list(snapshot.votes)
    items = [
        Disagreement(int(r["id"]), r["card"], int(r["round"]), r["kind"], r["text"],  # type: ignore[arg-type]
                     _opt_int(r["raised_by_id"]), r["status"])  # type: ignore[arg-type]
        for r in read_csv(tmp_path / "out" / "disagreements.csv")
    ]  # fmt: skip
    assert tuple(items) == snapshot.disagreements


def test_the_retracted_vote_is_kept_and_flagged(tmp_path: Path, snapshot: WorkshopSnapshot) -> None:
    export_csv(snapshot, tmp_path)
    rows = read_csv(tmp_path / "votes.csv")
    retracted = [r for r in rows if r["retracted"] == "true"]
    assert len(retracted) == 1 and retracted[0]["retracted_at"]
    assert len(rows) == len(snapshot.votes) + 1


def test_signals_csv_matches_the_analysis(tmp_path: Path, snapshot: WorkshopSnapshot) -> None:
    export_csv(snapshot, tmp_path)
    rows = read_csv(tmp_path / "signals.csv")
    analysis = analyse(snapshot)
    assert [(r["card"], int(r["round"])) for r in rows] == [
        (s.card, s.round) for s in analysis.signals
    ]
    for row, signal in zip(rows, analysis.signals, strict=True):
        assert int(row["n"]) == signal.n
        assert row["level"] == signal.level
        counts = {p.value: int(row[f"votes_{p.value}"]) for p in snapshot.scale.points}
        assert counts == {k: v for k, v in signal.distribution.items()}
        if signal.consensus is not None:
            assert abs(float(row["consensus"]) - signal.consensus) < 1e-4


def test_names_in_any_script_survive_the_csv(
    tmp_path: Path, snapshot: WorkshopSnapshot, script_names: tuple[str, ...]
) -> None:
    export_csv(snapshot, tmp_path)
    names = {r["name"] for r in read_csv(tmp_path / "participants.csv")}
    assert set(script_names) <= names


def test_json_holds_the_same_records(tmp_path: Path, snapshot: WorkshopSnapshot) -> None:
    export_json(snapshot, tmp_path / "w.json")
    export_csv(snapshot, tmp_path)
    data = json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))
    assert data["format"] == "xsector-export" and data["version"] == 1
    assert data["workshop"]["partnership"] == snapshot.info.partnership
    for key, name in (("participants", "participants.csv"), ("votes", "votes.csv"),
                      ("disagreements", "disagreements.csv")):  # fmt: skip
        as_text = [{k: "" if v is None else str(v).lower() if isinstance(v, bool) else str(v)
                    for k, v in row.items()} for row in data[key]]  # fmt: skip
        assert as_text == read_csv(tmp_path / name)
    assert data["trust"]["confirmed"] == snapshot.trust_stage
    assert len(data["signals"]) == len(analyse(snapshot).signals)
    assert all(r["text"] for s in data["signals"] for r in s["reasons"])


def test_exports_are_deterministic(tmp_path: Path, snapshot: WorkshopSnapshot) -> None:
    for run in ("a", "b"):
        export_csv(snapshot, tmp_path / run)
        export_json(snapshot, tmp_path / run / "w.json")
    for name in (*CSV_FILES, "w.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_the_export_entry_point_writes_every_kind(
    tmp_path: Path, snapshot: WorkshopSnapshot
) -> None:
    for kind, name in (("pdf", "s.pdf"), ("handouts", "h.pdf"), ("ballots", "b.pdf"),
                       ("csv", "csv"), ("json", "w.json")):  # fmt: skip
        target = write(kind, snapshot, tmp_path / name, page_size="Letter")
        assert target.exists()
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(CSV_FILES)
