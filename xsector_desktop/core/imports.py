"""Reading participant and vote CSV files, all or nothing.

Every row is checked before anything is written; the first bad row raises `InputError` naming the
file, the line and what is wrong. The caller writes the returned rows in one transaction.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from .limits import MAX_COMMENT_LENGTH, MAX_NAME_LENGTH
from .model import ROLES, SECTORS, Role
from .scales import Scale

# Words people type for a sector, mapped to its key; anything else is kept as an "other" sector.
SECTOR_ALIASES: dict[str, str] = {
    **{key: key for key in SECTORS},
    "local government": "government",
    "gov": "government",
    "public": "government",
    "non-profit": "nonprofit",
    "nonprofits": "nonprofit",
    "community residents": "community",
    "resident": "community",
    "residents": "community",
    "foundation": "philanthropy",
}

ROLE_ALIASES: dict[str, Role] = {
    "doer": "doer",
    "decision-maker": "decision-maker",
    "decision maker": "decision-maker",
    "decisionmaker": "decision-maker",
    "": "unsaid",
    "unsaid": "unsaid",
    "not said": "unsaid",
}


class InputError(ValueError):
    """Rejected input: names the file, the line (1 = header) and the problem."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        where = f"{path}, line {line}" if line is not None else str(path)
        super().__init__(f"{where}: {problem}")
        self.path = str(path)
        self.line = line
        self.problem = problem


class ParticipantRow(NamedTuple):
    """One checked row of a participants CSV, with the file line it came from."""

    line: int
    name: str
    sector: str
    role: Role


class VoteRow(NamedTuple):
    """One checked row of a votes CSV, ready to store, with the file line it came from."""

    line: int
    participant: str | None  # roster name, None for a show-of-hands tally vote
    card: str
    round: int
    value: int
    type_choice: str | None
    comment: str


def normalise_name(text: str) -> str:
    """A name as the roster stores it: trimmed, each run of white space one space."""
    return " ".join(text.split())


def normalise_sector(text: str) -> str:
    cleaned = " ".join(text.split())
    return SECTOR_ALIASES.get(cleaned.casefold(), cleaned)


def check_text(value: str, what: str, *, max_length: int, required: bool) -> str | None:
    """The problem with a free-text field, or None when it is fine."""
    if required and not value.strip():
        return f"{what} is empty"
    if len(value) > max_length:
        return f"{what} is {len(value)} characters long (at most {max_length})"
    for ch in value:
        if unicodedata.category(ch) == "Cc" and ch not in "\t":
            return f"{what} contains a control character (U+{ord(ch):04X})"
    return None


def _rows(
    path: Path, required: Sequence[str], optional: Sequence[str]
) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, None, f"cannot be read ({exc.strerror or exc})") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, line, "is not UTF-8 text (save the CSV as UTF-8)") from exc
    if "\x00" in text:
        raise InputError(path, text[: text.index("\x00")].count("\n") + 1, "contains a NUL byte")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            raise InputError(path, 1, f"is empty; expected the columns {','.join(required)}")
        columns = [h.strip().lower() for h in header]
        missing = [c for c in required if c not in columns]
        if missing:
            raise InputError(
                path,
                1,
                f"missing column(s) {', '.join(missing)}; "
                f"expected {','.join([*required, *optional])}",
            )
        unknown = [c for c in columns if c not in (*required, *optional)]
        if unknown:
            raise InputError(
                path,
                1,
                f"unknown column(s) {', '.join(unknown)}; "
                f"expected {','.join([*required, *optional])}",
            )
        if len(set(columns)) != len(columns):
            raise InputError(path, 1, "a column appears twice")
        # A quoted field may hold line breaks: name the line where the row starts, which is
        # where an editor shows it, not the line where the reader finished it.
        end_of_previous = reader.line_num
        for row in reader:
            line, end_of_previous = end_of_previous + 1, reader.line_num
            if not row or all(not cell.strip() for cell in row):
                continue
            if len(row) > len(columns):
                raise InputError(
                    path, line, f"has {len(row)} fields, the header has {len(columns)}"
                )
            yield line, {c: (row[i] if i < len(row) else "") for i, c in enumerate(columns)}
    except csv.Error as exc:
        raise InputError(path, reader.line_num, f"is not valid CSV ({exc})") from exc


def parse_participants_csv(path: Path, existing_names: Sequence[str] = ()) -> list[ParticipantRow]:
    """Participants from CSV columns name,sector,role; role may be empty (not said)."""
    on_roster = {n.casefold() for n in existing_names}
    first_line: dict[str, int] = {}  # a name earlier in this file, and its line
    result: list[ParticipantRow] = []
    for line, row in _rows(path, ("name", "sector"), ("role",)):
        problem = check_text(row["name"].strip(), "name", max_length=MAX_NAME_LENGTH, required=True)
        if problem is None:
            problem = check_text(row["sector"], "sector", max_length=MAX_NAME_LENGTH, required=True)
        if problem:
            raise InputError(path, line, problem)
        # The roster keeps names with runs of white space made one space, so "Ana  Maria" and
        # "Ana Maria" are one person: find that here, with the line, not when writing.
        name = normalise_name(row["name"])
        # Two different faults, two different messages: a name cannot be "already on the
        # roster" when the roster is empty and the name is only repeated in the file.
        if name.casefold() in on_roster:
            raise InputError(path, line, f"participant '{name}' is already on the roster")
        if name.casefold() in first_line:
            raise InputError(
                path,
                line,
                f"participant '{name}' is in this file twice (first on line "
                f"{first_line[name.casefold()]})",
            )
        first_line[name.casefold()] = line
        role_text = " ".join(row.get("role", "").split()).casefold()
        if role_text not in ROLE_ALIASES:
            raise InputError(path, line, f"role '{row['role']}' is not one of {', '.join(ROLES)}")
        result.append(
            ParticipantRow(line, name, normalise_sector(row["sector"]), ROLE_ALIASES[role_text])
        )
    return result


def parse_votes_csv(
    path: Path,
    *,
    card_types: Mapping[str, Sequence[str]],
    scale: Scale,
    roster: Sequence[str],
) -> list[VoteRow]:
    """Votes from CSV columns participant,card,round,value[,type,comment].

    `card_types` maps each card key of the deck to its type names; `roster` holds the names.
    """
    by_name = {n: n for n in roster}
    folded: dict[str, list[str]] = {}
    for n in roster:
        folded.setdefault(n.casefold(), []).append(n)
    seen_votes: set[tuple[str, str, int]] = set()
    result: list[VoteRow] = []
    for line, row in _rows(path, ("participant", "card", "round", "value"), ("type", "comment")):
        problem = check_text(
            row["participant"].strip(), "participant", max_length=MAX_NAME_LENGTH, required=False
        )
        if problem:
            raise InputError(path, line, problem)
        raw_name = normalise_name(row["participant"])
        participant: str | None = None
        if raw_name:
            participant = by_name.get(raw_name)
            if participant is None and len(folded.get(raw_name.casefold(), [])) == 1:
                participant = folded[raw_name.casefold()][0]
            if participant is None:
                raise InputError(path, line, f"participant '{raw_name}' is not on the roster")
        card = row["card"].strip()
        if card not in card_types:
            raise InputError(
                path, line, f"card '{card}' is not in the deck (cards: {', '.join(card_types)})"
            )
        round_text = row["round"].strip()
        if not round_text.isdecimal() or not 1 <= int(round_text) <= 99:
            raise InputError(path, line, f"round '{round_text}' is not a whole number from 1 to 99")
        value_text = row["value"].strip()
        digits = value_text[1:] if value_text.startswith("-") else value_text
        value = int(value_text) if digits.isdecimal() else None
        if value is None or not scale.has_value(value):
            allowed = ", ".join(str(v) for v in scale.values)
            raise InputError(
                path, line, f"value '{value_text}' is not on the {scale.key} scale ({allowed})"
            )
        type_choice = row.get("type", "").strip() or None
        types = card_types[card]
        if type_choice is not None and type_choice not in types:
            raise InputError(
                path,
                line,
                f"type '{type_choice}' is not a type of card '{card}' ({', '.join(types)})",
            )
        comment = row.get("comment", "")
        problem = check_text(comment, "comment", max_length=MAX_COMMENT_LENGTH, required=False)
        if problem:
            raise InputError(path, line, problem)
        if participant is not None:
            key = (participant, card, int(round_text))
            if key in seen_votes:
                raise InputError(
                    path,
                    line,
                    f"'{participant}' already has a vote on {card}, "
                    f"round {round_text}, earlier in this file",
                )
            seen_votes.add(key)
        result.append(
            VoteRow(line, participant, card, int(round_text), value, type_choice, comment)
        )
    return result
