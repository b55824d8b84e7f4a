"""The raw data of a workshop as CSV files and as one JSON file.

The same workshop always gives the same bytes: rows come in a fixed order and nothing depends on
the clock. CSV files are UTF-8 with a byte-order mark (so spreadsheet programs show accented,
Greek and Cyrillic names correctly), comma-separated, one header row, "\\n" line ends. Empty
cells mean "none". Booleans are `true`/`false`. Numbers are rounded to 4 decimals.
Names are exported as recorded: the "anonymise names" option only affects the PDF summary.

Text that a spreadsheet would read as a formula is neutralised, as OWASP's guidance on CSV
injection says: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
gets a single quote in front (`=HYPERLINK("http://x")` is written `'=HYPERLINK("http://x")`),
so LibreOffice and Excel show it as text and run nothing. A cell that is a plain number, such
as `-2` or `+0.5`, is left alone and stays a number. To get the typed text back, drop the one
leading quote of a cell whose second character is one of those six. The JSON export is not
changed this way: its strings are exactly what was typed.

participants.csv - one row per person on the roster, in roster order

| column | meaning |
|---|---|
| id | the participant's number in this workshop (votes and disagreements refer to it) |
| name | display name or alias, as typed |
| sector | a sector key (government, business, nonprofit, philanthropy, ...) or free text |
| role | doer, decision-maker or unsaid |

votes.csv - the vote history: every row ever recorded, retracted ones included, in recording order

| column | meaning |
|---|---|
| vote_id | the vote row's number |
| participant_id | who voted; empty for a show-of-hands tally vote (one row per hand) |
| participant | that person's name; empty for a tally vote |
| card | card key, e.g. `authority` |
| round | voting round on that card, from 1 |
| value | the scale point's value |
| label | the scale point's label, e.g. `Agree` |
| type_choice | the type preferred, on cards with two or more types; else empty |
| comment | the voter's comment, if any |
| source | live, tally, paper or import |
| recorded_at | when the row was recorded (ISO 8601), if known |
| retracted | `true` when the row was undone; only `false` rows count |
| retracted_at | when it was undone, if it was |

disagreements.csv - objections, concerns, proposals and parking-lot items, by card and round

| column | meaning |
|---|---|
| id | the item's number |
| card | card key |
| round | the round during which it was raised |
| kind | objection, concern, proposal or parking-lot |
| text | what was said |
| raised_by_id | participant id; empty when not said |
| raised_by | that person's name; empty when not said |
| status | open or resolved |

signals.csv - the storming signals, one row per card and round that has votes, in deck order

| column | meaning |
|---|---|
| card, round | which card and round |
| n | votes cast, points counted apart (abstain, discuss, veto) included |
| votes_V | one column per scale value V: how many votes that point got |
| agreement_a | van der Eijk's agreement A, -1 (polarised) to 1 (unanimous) |
| consensus | Tastle and Wierman's consensus, 0 to 1 |
| dispersion_leik | Leik's ordinal dispersion, 0 (all on one point) to 1 (split between the ends) |
| blocks | blocks and vetoes |
| sector_a, sector_b, sector_gap | the two sectors furthest apart, and their gap in points |
| role_gap | the gap between doers and decision-makers, in scale points |
| open_objections | objections on the card still open |
| convergence | consensus now minus consensus in the card's previous round |
| level | calm, watch or storming |
| reasons | the reasons for the level, in plain English, separated by " / " |

A measure that is not defined (no votes on the scale) is empty. Sectors and roles with too few
voters to be shown under the workshop's privacy rule never appear in a split.

workshop.json - the same content in one file: `format` ("xsector-export"), `version` (1),
`workshop` (the workshop's details, deck and scale keys), `participants`, `votes` (the full
history, as above), `disagreements`, `signals` (with `distribution` as an object from value to
count, `sector_split` and `role_split` as objects, and `reasons` as objects with `code`,
`level`, `params` and `text`, and the stance codes `unity` and `direction` of
docs/signals.md), `rounds`, `notes`, `trust` (the suggested stage and its reasons,
and the stage the facilitator confirmed) and `card_seconds`.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..core.model import Reason, Split
from ..core.signals import RoundSignals
from ..core.snapshot import Analysis, VoteRecord, WorkshopSnapshot, analyse
from .wording import reason_text

EXPORT_FORMAT = "xsector-export"
EXPORT_VERSION = 1
CSV_FILES = ("participants.csv", "votes.csv", "disagreements.csv", "signals.csv")

Cell = str | int | float | bool | None

_VOTE_COLUMNS = ("vote_id", "participant_id", "participant", "card", "round", "value", "label",
                 "type_choice", "comment", "source", "recorded_at", "retracted",
                 "retracted_at")  # fmt: skip
_DISAGREEMENT_COLUMNS = ("id", "card", "round", "kind", "text", "raised_by_id", "raised_by",
                         "status")  # fmt: skip


def _num(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise(text: str) -> str:
    """Text as a CSV cell no spreadsheet runs: a quote before a formula's first character.

    A plain number (``-2``) is a value, not a formula, and is left to stay a number.
    """
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return neutralise(value)
    return str(value)


def history(snapshot: WorkshopSnapshot) -> tuple[VoteRecord, ...]:
    """The vote history; a snapshot built without one is its effective votes, none retracted."""
    return snapshot.vote_history or tuple(VoteRecord(v) for v in snapshot.votes)


def participant_rows(snapshot: WorkshopSnapshot) -> list[dict[str, Cell]]:
    return [
        {"id": p.id, "name": p.name, "sector": p.sector, "role": p.role}
        for p in snapshot.participants
    ]


def vote_rows(snapshot: WorkshopSnapshot) -> list[dict[str, Cell]]:
    names = {p.id: p.name for p in snapshot.participants}
    scale = snapshot.scale
    rows: list[dict[str, Cell]] = []
    for record in history(snapshot):
        vote = record.vote
        rows.append(
            {
                "vote_id": vote.id,
                "participant_id": vote.participant_id,
                "participant": names.get(vote.participant_id, "")
                if vote.participant_id is not None
                else "",
                "card": vote.card,
                "round": vote.round,
                "value": vote.value,
                "label": scale.point(vote.value).label if scale.has_value(vote.value) else "",
                "type_choice": vote.type_choice,
                "comment": vote.comment,
                "source": vote.source,
                "recorded_at": record.recorded_at,
                "retracted": record.retracted,
                "retracted_at": record.retracted_at,
            }
        )
    return rows


def disagreement_rows(snapshot: WorkshopSnapshot) -> list[dict[str, Cell]]:
    names = {p.id: p.name for p in snapshot.participants}
    return [
        {
            "id": d.id,
            "card": d.card,
            "round": d.round,
            "kind": d.kind,
            "text": d.text,
            "raised_by_id": d.raised_by,
            "raised_by": names.get(d.raised_by, "") if d.raised_by is not None else "",
            "status": d.status,
        }
        for d in snapshot.disagreements
    ]


def _reasons_text(reasons: Iterable[Reason]) -> str:
    return " / ".join(reason_text(r) for r in reasons)


def signal_rows(snapshot: WorkshopSnapshot, analysis: Analysis) -> list[dict[str, Cell]]:
    rows: list[dict[str, Cell]] = []
    for s in analysis.signals:
        row: dict[str, Cell] = {"card": s.card, "round": s.round, "n": s.n}
        for point in snapshot.scale.points:
            row[f"votes_{point.value}"] = s.distribution.get(point.value, 0)
        sector = s.sector_split
        row.update(
            {
                "agreement_a": _num(s.agreement_a),
                "consensus": _num(s.consensus),
                "dispersion_leik": _num(s.dispersion_leik),
                "blocks": s.blocks,
                "sector_a": sector.group_a if sector else None,
                "sector_b": sector.group_b if sector else None,
                "sector_gap": _num(sector.gap) if sector else None,
                "role_gap": _num(s.role_split.gap) if s.role_split else None,
                "open_objections": s.open_objections,
                "convergence": _num(s.convergence),
                "level": s.level,
                "reasons": _reasons_text(s.reasons),
            }
        )
        rows.append(row)
    return rows


def _signal_columns(snapshot: WorkshopSnapshot) -> list[str]:
    values = [f"votes_{p.value}" for p in snapshot.scale.points]
    return ["card", "round", "n", *values, "agreement_a", "consensus", "dispersion_leik",
            "blocks", "sector_a", "sector_b", "sector_gap", "role_gap", "open_objections",
            "convergence", "level", "reasons"]  # fmt: skip


def _write_csv(path: Path, columns: Sequence[str], rows: Iterable[dict[str, Cell]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])


def export_csv(
    snapshot: WorkshopSnapshot, out_dir: Path | str, analysis: Analysis | None = None
) -> list[Path]:
    """Write the four CSV files into out_dir (created if missing); returns their paths."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    analysis = analysis or analyse(snapshot)
    tables: list[tuple[str, list[str], list[dict[str, Cell]]]] = [
        ("participants.csv", ["id", "name", "sector", "role"], participant_rows(snapshot)),
        ("votes.csv", list(_VOTE_COLUMNS), vote_rows(snapshot)),
        ("disagreements.csv", list(_DISAGREEMENT_COLUMNS), disagreement_rows(snapshot)),
        ("signals.csv", _signal_columns(snapshot), signal_rows(snapshot, analysis)),
    ]
    written = []
    for name, columns, rows in tables:
        _write_csv(folder / name, columns, rows)
        written.append(folder / name)
    return written


def _split(split: Split | None) -> dict[str, Any] | None:
    if split is None:
        return None
    return {"group_a": split.group_a, "group_b": split.group_b, "mean_a": _num(split.mean_a),
            "mean_b": _num(split.mean_b), "n_a": split.n_a, "n_b": split.n_b,
            "gap": _num(split.gap)}  # fmt: skip


def _reason(reason: Reason) -> dict[str, Any]:
    return {"code": reason.code, "level": reason.level, "params": dict(reason.params),
            "text": reason_text(reason)}  # fmt: skip


def signal_record(s: RoundSignals) -> dict[str, Any]:
    """One card and round's signals as JSON-ready values (`xsector signals --json` prints these)."""
    return {
        "card": s.card,
        "round": s.round,
        "n": s.n,
        "distribution": {str(k): v for k, v in s.distribution.items()},
        "apart": dict(s.apart),
        "agreement_a": _num(s.agreement_a),
        "consensus": _num(s.consensus),
        "dispersion_leik": _num(s.dispersion_leik),
        "blocks": s.blocks,
        "sector_split": _split(s.sector_split),
        "role_split": _split(s.role_split),
        "open_objections": s.open_objections,
        "convergence": _num(s.convergence),
        "type_choices": dict(s.type_choices),
        "level": s.level,
        "unity": s.stance.unity if s.stance else None,
        "direction": s.stance.direction if s.stance else None,
        "reasons": [_reason(r) for r in s.reasons],
    }


def export_data(snapshot: WorkshopSnapshot, analysis: Analysis | None = None) -> dict[str, Any]:
    """Everything export_json writes, as plain JSON-ready values."""
    analysis = analysis or analyse(snapshot)
    info = snapshot.info._asdict()
    info.update({"deck_title": snapshot.deck.title, "scale_name": snapshot.scale.name})
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "workshop": info,
        "participants": participant_rows(snapshot),
        "votes": vote_rows(snapshot),
        "disagreements": disagreement_rows(snapshot),
        "signals": [signal_record(s) for s in analysis.signals],
        "rounds": [r._asdict() for r in snapshot.rounds],
        "notes": [n._asdict() for n in snapshot.notes],
        "trust": {
            "suggested": analysis.trust.stage,
            "reasons": [_reason(r) for r in analysis.trust.reasons],
            "counts": dict(analysis.trust.counts),
            "confirmed": snapshot.trust_stage,
        },
        "card_seconds": {k: snapshot.card_seconds[k] for k in sorted(snapshot.card_seconds)},
    }


def export_json(
    snapshot: WorkshopSnapshot, out_path: Path | str, analysis: Analysis | None = None
) -> Path:
    path = Path(out_path)
    text = json.dumps(export_data(snapshot, analysis), ensure_ascii=False, indent=2)
    path.write_text(text + "\n", encoding="utf-8")
    return path
