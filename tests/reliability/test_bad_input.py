"""Generated CSV imports: each file is imported whole and right, or refused whole at its line.

Hypothesis writes participant and vote files the way people do: columns in any order or
missing, a BOM, CRLF, blank lines, names in Arabic, Cyrillic or with emoji, quotes, commas and
newlines inside fields, 10,000-character names, control characters, unknown cards, values off
the scale, people twice. Each file carries at most one planted defect, so the test knows the
answer without asking the importer: no defect means every row is read back exactly as
intended; a defect means a refusal that names the line where the bad row starts, and a
workshop file that is byte-for-byte what it was. Both ways in are tried for every file: the
store's csv_import (what the app calls) and ``xsector import``.

The PDF summary and the ballots are then built from generated workshops that were accepted.
Examples per test: XSECTOR_FUZZ_EXAMPLES (default 60; the PDF test runs a quarter of that).
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from xsector_desktop.cli import main
from xsector_desktop.core.deck import builtin_deck
from xsector_desktop.core.imports import InputError
from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.report import exports
from xsector_desktop.store import WorkshopStore
from xsector_desktop.store.csv_import import import_participants, import_votes
from xsector_desktop.store.snapshot_io import load_snapshot

EXAMPLES = int(os.environ.get("XSECTOR_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
GENERATED: Counter[str] = Counter()

ROSTER = (
    ("Ana", "government", "decision-maker"),
    ("Ben Okafor", "business", "doer"),
    ("محمد علي", "community", "unsaid"),
    ('O\'Brien, "Pat"', "nonprofit", "doer"),
    ("👩🏽‍🌾 Fay", "philanthropy", "unsaid"),
    ("Zoë", "education", "doer"),
)
DECK = builtin_deck()
CARD_TYPES = {card.key: card.type_names for card in DECK.cards}
SCALE_VALUES = (1, 2, 3, 4, 5)  # agree5, the default scale of a new workshop

# Letters of several scripts, marks, digits, punctuation (quotes and commas included), symbols
# (emoji), spaces of every width, and the invisible joiners and direction marks real names use.
TEXT_CHARACTERS = st.characters(categories=["L", "M", "N", "P", "S", "Zs"]) | st.sampled_from(
    ["\u200d", "\u200f", "\u202e", "\u2066", "\ufeff", "\u2028", "\t", '"', ",", "'"]
)
CONTROL_CHARACTERS = st.sampled_from(
    ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\n", "\r", "\r\n"]
)
SECTOR_SPELLINGS = (
    ("government", "government"),
    ("Local Government", "government"),
    ("GOV", "government"),
    ("business", "business"),
    ("Non-Profit", "nonprofit"),
    ("community   residents", "community"),
    ("foundation", "philanthropy"),
    (" health ", "health"),
    ("Arts  council", "Arts council"),
    ("Église locale", "Église locale"),
    ("قطاع خاص", "قطاع خاص"),
)
ROLE_SPELLINGS = (
    ("doer", "doer"),
    ("DOER", "doer"),
    ("Decision Maker", "decision-maker"),
    ("decision-maker", "decision-maker"),
    ("", "unsaid"),
    ("not said", "unsaid"),
)


def normal(name: str) -> str:
    """A name as the roster keeps it: runs of white space become one space."""
    return " ".join(name.split())


SPACING = st.sampled_from([" ", " ", "  ", "\t", "\u00a0", " \u3000"])


def words() -> st.SearchStrategy[list[str]]:
    word = st.text(TEXT_CHARACTERS, min_size=1, max_size=20).filter(lambda w: normal(w) != "")
    return st.lists(word, min_size=1, max_size=3)


@st.composite
def names(draw: st.DrawFn) -> str:
    """One to three words, spaced the way people type (double spaces, tabs, wide spaces)."""
    parts = draw(words())
    return "".join(part + draw(SPACING) for part in parts[:-1]) + parts[-1]


def respaced(name: str) -> str:
    """The same name typed again with other spacing: the roster counts it as the same name."""
    return "  \t".join(name.split()) + " "


def line_breaks(text: str) -> int:
    return len(re.findall(r"\r\n|\r|\n", text))


@dataclass(frozen=True)
class Planted:
    """A generated CSV file and what importing it must do."""

    data: bytes
    defect: str | None  # None: every row must be imported
    line: int | None  # where the refusal must point (the first line of the bad row)
    rows: tuple[tuple[Any, ...], ...]  # what must be read back when there is no defect


@st.composite
def csv_file(
    draw: st.DrawFn,
    required: tuple[str, ...],
    optional: tuple[str, ...],
    rows: list[dict[str, str]],
    bad_row: tuple[int, str] | None,
    needed: str | None,
    defects: bool,
) -> Planted:
    """Lay the rows out as CSV; a header defect is planted here, a row defect by the caller.

    ``needed`` is an optional column the planted row defect is in, so it must be there.
    """
    chosen = draw(st.lists(st.sampled_from(optional), unique=True))
    columns = draw(
        st.permutations(
            [*required, *chosen, *([needed] if needed not in chosen and needed else [])]
        )
    )
    header_defects = ["missing column", "unknown column", "column twice", "empty"]
    # One defect per file, so the test knows where the refusal must point.
    header_may_break = defects and bad_row is None
    header_defect = draw(st.sampled_from([None] * 8 + (header_defects if header_may_break else [])))
    if header_defect == "missing column":
        columns.remove(draw(st.sampled_from(required)))
    elif header_defect == "unknown column":
        columns.insert(draw(st.integers(0, len(columns))), "email")
    elif header_defect == "column twice":
        columns.append(draw(st.sampled_from(required)))
    spelled = [draw(st.sampled_from([c, c.upper(), f" {c.title()} "])) for c in columns]
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline, quoting=quoting)
    if header_defect != "empty":
        writer.writerow(spelled)
    line = None
    for index, row in enumerate(rows):
        if draw(st.integers(0, 9)) == 0:
            buffer.write(newline)  # a blank line, which the importer steps over
        if bad_row is not None and bad_row[0] == index:
            line = line_breaks(buffer.getvalue()) + 1
        cells = [row.get(c.strip().lower(), "") for c in columns]
        if bad_row == (index, "too many fields"):
            cells.append("surplus")
        writer.writerow(cells)
    bom = draw(st.sampled_from(["", "\ufeff"]))
    data = (bom + buffer.getvalue()).encode("utf-8")
    if header_defect is not None:
        return Planted(data, header_defect, 1, ())
    return Planted(data, None if bad_row is None else bad_row[1], line, ())


@st.composite
def participant_files(draw: st.DrawFn, defects: bool = True) -> Planted:
    taken = {normal(name).casefold() for name, _, _ in ROSTER}
    rows: list[dict[str, str]] = []
    expected: list[tuple[str, str, str]] = []
    for _ in range(draw(st.integers(0, 6))):
        name = draw(names().filter(lambda n: normal(n).casefold() not in taken))
        taken.add(normal(name).casefold())
        sector, sector_key = draw(st.sampled_from(SECTOR_SPELLINGS))
        role, role_key = draw(st.sampled_from(ROLE_SPELLINGS))
        rows.append({"name": name, "sector": sector, "role": role})
        expected.append((normal(name), sector_key, role_key))
    bad_row, needed = None, None
    if defects and rows and draw(st.booleans()):
        index = draw(st.integers(0, len(rows) - 1))
        defect = draw(
            st.sampled_from(
                [
                    "empty name",
                    "10,000-character name",
                    "control character",
                    "unknown role",
                    "empty sector",
                    "name already on the roster",
                    "name twice in the file",
                    "name twice, spaced differently",
                    "too many fields",
                ]
            )
        )
        if defect.startswith("name twice") and index == 0:
            defect = "name already on the roster"
        row = rows[index]
        if defect == "empty name":
            row["name"] = draw(st.sampled_from(["", "   ", "\t"]))
        elif defect == "10,000-character name":
            row["name"] = draw(st.sampled_from(["n", "ü", "س", "😀"])) * 10_000
        elif defect == "control character":
            control = draw(CONTROL_CHARACTERS)
            field = draw(st.sampled_from(["name", "sector"]))
            row[field] = f"a{control}b" if field == "sector" else f"{row['name']}x{control}y"
        elif defect == "unknown role":
            needed = "role"
            row["role"] = draw(st.sampled_from(["chair", "doer!", "decider", "—"]))
        elif defect == "empty sector":
            row["sector"] = draw(st.sampled_from(["", "  "]))
        elif defect == "name already on the roster":
            row["name"] = draw(st.sampled_from([name for name, _, _ in ROSTER])).upper()
        elif defect == "name twice in the file":
            earlier = rows[draw(st.integers(0, index - 1))]["name"]
            # Swapping case keeps the name the same person only where case folding agrees
            # (not for the dotless i: "ı".swapcase() is "I", which folds to "i").
            swapped = earlier.swapcase()
            same = swapped.casefold() == earlier.casefold()
            row["name"] = "  " + (swapped if same else earlier)
        elif defect == "name twice, spaced differently":
            row["name"] = respaced(rows[draw(st.integers(0, index - 1))]["name"])
        bad_row = (index, defect)
    laid_out = draw(csv_file(("name", "sector"), ("role",), rows, bad_row, needed, defects))
    if "role" not in laid_out.data.decode("utf-8-sig").split("\n", 1)[0].lower():
        expected = [(name, sector, "unsaid") for name, sector, _ in expected]
    return Planted(laid_out.data, laid_out.defect, laid_out.line, tuple(expected))


@st.composite
def vote_files(draw: st.DrawFn, defects: bool = True) -> Planted:
    rows: list[dict[str, str]] = []
    expected: list[tuple[Any, ...]] = []
    voted: set[tuple[str, str, int]] = set()
    for _ in range(draw(st.integers(0, 8))):
        person = draw(st.sampled_from([None, *(name for name, _, _ in ROSTER)]))
        card = draw(st.sampled_from(DECK.card_keys))
        round_number = draw(st.integers(1, 3))
        if person is not None and (person, card, round_number) in voted:
            person = None  # a second tally hand is fine; a second vote of one person is not
        if person is not None:
            voted.add((person, card, round_number))
        value = draw(st.sampled_from(SCALE_VALUES))
        choice = draw(st.sampled_from(["", *CARD_TYPES[card]]))
        comment = draw(st.text(TEXT_CHARACTERS, max_size=120))
        spelled = "" if person is None else draw(st.sampled_from([person, person.upper()]))
        rows.append(
            {
                "participant": spelled,
                "card": draw(st.sampled_from([card, f" {card} "])),
                "round": draw(st.sampled_from([str(round_number), f" {round_number}"])),
                "value": draw(st.sampled_from([str(value), f"{value} "])),
                "type": choice,
                "comment": comment,
            }
        )
        expected.append((person, card, round_number, value, choice or None, comment))
    bad_row, needed = None, None
    if defects and rows and draw(st.booleans()):
        index = draw(st.integers(0, len(rows) - 1))
        row = rows[index]
        defect = draw(
            st.sampled_from(
                [
                    "unknown participant",
                    "unknown card",
                    "bad round",
                    "value off the scale",
                    "value that is not a number",
                    "type not of the card",
                    "long comment",
                    "control character",
                    "too many fields",
                    "same person twice",
                ]
            )
        )
        if defect == "same person twice" and not any(r["participant"] for r in rows[:index]):
            defect = "unknown participant"
        if defect == "unknown participant":
            row["participant"] = draw(st.sampled_from(["Nobody", "Ana Maria", "Ben  Okafor2"]))
        elif defect == "unknown card":
            row["card"] = draw(st.sampled_from(["Results", "result", "level of intervention"]))
        elif defect == "bad round":
            row["round"] = draw(st.sampled_from(["0", "100", "1.0", "one", "", "-1", "²"]))
        elif defect == "value off the scale":
            row["value"] = draw(st.sampled_from(["0", "6", "-3", "99999999999999999999"]))
        elif defect == "value that is not a number":
            typos = st.sampled_from(["--3", "3.0", "+4", "4,", "1e0", "", " ", "four", "½"])
            row["value"] = draw(
                typos
                | st.text(st.sampled_from("-+.,e 0123456789"), min_size=1, max_size=4).filter(
                    lambda text: not re.fullmatch(r"\s*[1-5]\s*", text)
                )
            )
        elif defect == "type not of the card":
            needed = "type"
            row["type"] = "Vague"
        elif defect == "long comment":
            needed = "comment"
            row["comment"] = "y" * draw(st.sampled_from([2001, 10_000]))
        elif defect == "control character":
            needed = "comment"
            row["comment"] = f"before{draw(CONTROL_CHARACTERS)}after"
        elif defect == "same person twice":
            earlier = draw(st.sampled_from([r for r in rows[:index] if r["participant"]]))
            row.update(participant=earlier["participant"], card=earlier["card"])
            row["round"] = earlier["round"]
        bad_row = (index, defect)
    laid_out = draw(
        csv_file(
            ("participant", "card", "round", "value"),
            ("type", "comment"),
            rows,
            bad_row,
            needed,
            defects,
        )
    )
    header = laid_out.data.decode("utf-8-sig").split("\n", 1)[0].lower()
    expected = [
        (
            person,
            card,
            round_number,
            value,
            choice if "type" in header else None,
            comment if "comment" in header else "",
        )
        for person, card, round_number, value, choice, comment in expected
    ]
    return Planted(laid_out.data, laid_out.defect, laid_out.line, tuple(expected))


class Workshop(bytes):
    """A workshop file's bytes that print short, so a failing example stays readable."""

    def __repr__(self) -> str:
        return f"<workshop file, {len(self)} bytes>"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A workshop with a varied roster and a few votes; each example imports into a copy."""
    path = tmp_path_factory.mktemp("template") / "template.xsector"
    with WorkshopStore.create(path, WorkshopInfo("Fuzzed partnership")) as store:
        people = store.add_participants(
            [{"name": n, "sector": s, "role": r} for n, s, r in ROSTER]
        ).record
        store.cast_vote(people[0].id, "results", 1, 4)
        store.cast_vote(None, "charge", 1, 2)
    return Workshop(path.read_bytes())


@pytest.fixture(scope="module", autouse=True)
def report_counts() -> Iterator[None]:
    yield
    print(
        f"\nbad input: {sum(GENERATED.values())} generated files: {dict(sorted(GENERATED.items()))}"
    )


@dataclass(frozen=True)
class Copy:
    workshop: Path
    csv: Path
    bytes_before: bytes


def copies(template: bytes, planted: Planted, folder: Path) -> Iterator[Copy]:
    for way in ("store", "cli"):
        workshop_folder = folder / way
        workshop_folder.mkdir()
        workshop = workshop_folder / "workshop.xsector"
        workshop.write_bytes(template)
        source = folder / f"{way} input.csv"
        source.write_bytes(planted.data)
        yield Copy(workshop, source, template)


def check_refusal(copy: Copy, planted: Planted, error: str, *, exit_code: int | None) -> None:
    where = f"{copy.csv}, line {planted.line}: "
    if exit_code is not None:
        assert exit_code == 4, (planted.defect, error)
        assert error.startswith("xsector: ") and error.count("\n") == 1, error
        assert error.rstrip().endswith("(nothing was imported)"), error
    assert where in error, (planted.defect, error)
    assert copy.workshop.read_bytes() == copy.bytes_before  # byte for byte
    assert sorted(p.name for p in copy.workshop.parent.iterdir()) == ["workshop.xsector"]


Importer = Callable[[WorkshopStore, Path], int]


def run_both_ways(
    template: bytes,
    planted: Planted,
    option: str,
    importer: Importer,
    read_back: Callable[[WorkshopStore], list[tuple[Any, ...]]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    GENERATED[planted.defect or "accepted"] += 1
    with tempfile.TemporaryDirectory() as folder:
        store_way, cli_way = copies(template, planted, Path(folder))
        with WorkshopStore.open(store_way.workshop) as store:
            before = read_back(store)
            try:
                count = importer(store, store_way.csv)
            except InputError as refusal:
                assert planted.defect is not None, f"refused a good file: {refusal}"
                assert refusal.line == planted.line, (planted.defect, str(refusal))
                refused = str(refusal)
            else:
                assert planted.defect is None, f"accepted a file with {planted.defect}"
                assert count == len(planted.rows)
                assert read_back(store) == before + list(planted.rows)
        if planted.defect is not None:
            check_refusal(store_way, planted, refused, exit_code=None)

        capsys.readouterr()
        code = main(["import", str(cli_way.workshop), option, str(cli_way.csv)])
        out, err = capsys.readouterr()
        if planted.defect is None:
            assert (code, err) == (0, ""), err
            with WorkshopStore.open(cli_way.workshop, read_only=True) as viewer:
                assert read_back(viewer) == before + list(planted.rows)
        else:
            assert out == ""
            check_refusal(cli_way, planted, err, exit_code=code)


def roster_of(store: WorkshopStore) -> list[tuple[Any, ...]]:
    return [(p.name, p.sector, p.role) for p in store.participants()]


def vote_rows_of(store: WorkshopStore) -> list[tuple[Any, ...]]:
    names = {p.id: p.name for p in store.participants()}
    return [
        (
            names.get(row["participant_id"]),
            *(row[c] for c in ("card", "round", "value", "type_choice", "comment")),
        )
        for row in store.vote_history()
        if row["source"] == "import"
    ]


# Files Hypothesis found that once broke the importer, kept so that they stay fixed.
NAME_WITH_A_NEWLINE = Planted(
    b'name,sector\n\n"0x\ny",government\n\n00,government\n', "control character", 3, ()
)
DOTLESS_I = Planted(  # "ı" and "I" fold differently: two people, not a name typed twice
    b"name,sector\n\n0 0 \xc4\xb1,government\n\n  0 0 I,government\n",
    None,
    None,
    (("0 0 \u0131", "government", "unsaid"), ("0 0 I", "government", "unsaid")),
)
SAME_NAME_OTHER_SPACING = Planted(
    b"name,sector\n\n0 0,government\n\n0  \t0 ,government\n",
    "name twice, spaced differently",
    5,
    (),
)
DOUBLE_MINUS = Planted(
    b"participant,card,round,value\n,results,1,--3\n", "value that is not a number", 2, ()
)
VOTER_WITH_OTHER_SPACING = Planted(
    b"participant,card,round,value\nBen   Okafor,charge,1,5\n",
    None,
    None,
    (("Ben Okafor", "charge", 1, 5, None, ""),),
)


@FUZZ
@example(planted=NAME_WITH_A_NEWLINE)
@example(planted=DOTLESS_I)
@example(planted=SAME_NAME_OTHER_SPACING)
@given(planted=participant_files())
def test_participant_files_import_whole_or_not_at_all(
    template: bytes, planted: Planted, capsys: pytest.CaptureFixture[str]
) -> None:
    run_both_ways(template, planted, "--participants", import_participants, roster_of, capsys)


@FUZZ
@example(planted=DOUBLE_MINUS)
@example(planted=VOTER_WITH_OTHER_SPACING)
@given(planted=vote_files())
def test_vote_files_import_whole_or_not_at_all(
    template: bytes, planted: Planted, capsys: pytest.CaptureFixture[str]
) -> None:
    run_both_ways(template, planted, "--votes", import_votes, vote_rows_of, capsys)


@settings(FUZZ, max_examples=max(EXAMPLES // 4, 5))
@given(
    people=participant_files(defects=False),
    votes=vote_files(defects=False),
)
def test_the_pdf_summary_and_ballots_survive_every_accepted_input(
    template: bytes, people: Planted, votes: Planted
) -> None:
    GENERATED["accepted, then printed"] += 1
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        workshop = folder / "printed.xsector"
        workshop.write_bytes(template)
        (folder / "people.csv").write_bytes(people.data)
        (folder / "votes.csv").write_bytes(votes.data)
        with WorkshopStore.open(workshop) as store:
            import_participants(store, folder / "people.csv")
            import_votes(store, folder / "votes.csv")
            snapshot = load_snapshot(store)
        for kind in ("pdf", "ballots"):
            out = exports.write(kind, snapshot, folder / f"{kind}.pdf")
            pages = pypdf.PdfReader(out).pages
            assert len(pages) >= 1
            assert "Fuzzed partnership" in pages[0].extract_text()
