"""A roster from any spreadsheet: a sign-in sheet's columns mapped to name, sector and role.

The facilitator rarely has a ``name,sector,role`` file; they have the sign-in sheet
(``First Name,Last Name,Organization,Email``). `read_table` reads any CSV whole, `guess_mapping`
proposes which columns make the name, the sector, the role and the organisation, and `preview`
says, row by row, what would be added, with the sector chosen per organisation. Nothing here
writes: the caller adds the rows `preview` marks "add", in one step. E-mail addresses are never
kept (they are not needed in a meeting, and the workshop file is shared); an organisation only
chooses its people's sector. See docs/roster.md.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal, NamedTuple

from .imports import (
    ROLE_ALIASES,
    InputError,
    check_text,
    normalise_name,
    normalise_sector,
)
from .limits import MAX_NAME_LENGTH
from .model import ROLES, SECTORS, Role

MAX_ROWS = 5000  # a workshop is 5 to 60 people; more is the wrong file
MAX_COLUMNS = 60

TEMPLATE_CSV = (
    "name,sector,role\r\n"
    "Ana Diaz,government,decision-maker\r\n"
    "Ben Okafor,business,doer\r\n"
    "Cy Moreau,community,\r\n"
)


class Table(NamedTuple):
    """A CSV read whole: its header and its non-blank rows with their file line numbers."""

    path: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


class ColumnMapping(NamedTuple):
    """Which columns (by index into the header) make each field; None: not in the file.

    `name` lists one or more columns joined with a space (first name, last name).
    """

    name: tuple[int, ...]
    sector: int | None = None
    role: int | None = None
    organisation: int | None = None


Status = Literal["add", "duplicate", "on-roster", "no-name", "error"]


class PreviewRow(NamedTuple):
    """One row as it would be added, or why it would not be."""

    line: int
    name: str
    sector: str
    role: Role
    organisation: str
    status: Status
    problem: str = ""  # for "error": what is wrong with the row


def read_table(path: Path) -> Table:
    """Any CSV (comma, semicolon or tab separated), checked to be readable text; raises
    InputError naming the file and line otherwise."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, None, f"cannot be read ({exc.strerror or exc})") from exc
    return parse_table(data, str(path))


def parse_table(data: bytes, name: str) -> Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(name, line, "is not UTF-8 text (save the CSV as UTF-8)") from exc
    if "\x00" in text:
        raise InputError(name, text[: text.index("\x00")].count("\n") + 1, "contains a NUL byte")
    first_line = text.split("\n", 1)[0]
    # Spreadsheets in many countries save CSV with semicolons; take whichever the header uses.
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, tuple[str, ...]]] = []
    try:
        header_row = next(reader, None)
        if header_row is None or not any(cell.strip() for cell in header_row):
            raise InputError(name, 1, "is empty; the first line must name the columns")
        header = tuple(" ".join(cell.split()) for cell in header_row)
        if len(header) > MAX_COLUMNS:
            raise InputError(name, 1, f"has {len(header)} columns (at most {MAX_COLUMNS})")
        end_of_previous = reader.line_num
        for row in reader:
            line, end_of_previous = end_of_previous + 1, reader.line_num
            if not row or all(not cell.strip() for cell in row):
                continue
            if len(rows) == MAX_ROWS:
                raise InputError(name, line, f"has more than {MAX_ROWS} rows")
            cells = tuple(row[: len(header)]) + ("",) * (len(header) - len(row))
            if any(cell.strip() for cell in row[len(header) :]):
                raise InputError(name, line, f"has {len(row)} fields, the header has {len(header)}")
            rows.append((line, cells))
    except csv.Error as exc:
        raise InputError(name, reader.line_num, f"is not valid CSV ({exc})") from exc
    return Table(name, header, tuple(rows))


def _folded(title: str) -> str:
    return "".join(ch for ch in title.casefold() if ch.isalnum())


_FULL_NAME = {"name", "fullname", "participant", "displayname", "alias", "nameoralias", "nombre"}
_FIRST = {"firstname", "first", "givenname", "forename", "prenom", "prénom"}
_LAST = {"lastname", "last", "surname", "familyname", "apellido", "apellidos"}
_SECTOR = {"sector", "sectors"}
_ROLE = {"role", "roles"}
_ORGANISATION = {
    "organisation",
    "organization",
    "org",
    "company",
    "agency",
    "affiliation",
    "employer",
    "institution",
    "organizacion",
    "organización",
}


def guess_mapping(header: Sequence[str]) -> ColumnMapping:
    """The mapping a facilitator would most likely pick for these column titles."""
    titles = [_folded(h) for h in header]

    def find(words: set[str]) -> int | None:
        return next((i for i, t in enumerate(titles) if t in words), None)

    full, first, last = find(_FULL_NAME), find(_FIRST), find(_LAST)
    if full is not None:
        name: tuple[int, ...] = (full,)
    else:
        name = tuple(i for i in (first, last) if i is not None)
    if not name and header:
        name = (0,)
    return ColumnMapping(name, find(_SECTOR), find(_ROLE), find(_ORGANISATION))


def _cell(cells: Sequence[str], index: int | None) -> str:
    return cells[index] if index is not None and 0 <= index < len(cells) else ""


def organisations(table: Table, mapping: ColumnMapping) -> list[str]:
    """The organisations of the rows with no sector of their own, in order of appearance."""
    found: dict[str, str] = {}
    for _line, cells in table.rows:
        if mapping.sector is not None and _cell(cells, mapping.sector).strip():
            continue
        organisation = normalise_name(_cell(cells, mapping.organisation))
        found.setdefault(organisation.casefold(), organisation)
    return list(found.values())


# Words in an organisation's name that suggest its sector: only a first guess, which the
# facilitator sees and can change for each organisation before anything is added.
_SECTOR_HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("philanthropy", ("foundation", "fund", "trust", "philanthrop", "endowment")),
    ("education", ("school", "university", "college", "academy", "education", "district")),
    ("health", ("hospital", "health", "clinic", "medical", "care")),
    (
        "government",
        (
            "city of",
            "county",
            "council",
            "department",
            "ministry",
            "municipal",
            "state of",
            "government",
            "authority",
            "office of",
            "mayor",
            "agency",
        ),
    ),
    ("business", ("inc", "llc", "ltd", "corp", "company", "bank", "group", "plc", "gmbh")),
    (
        "nonprofit",
        (
            "association",
            "alliance",
            "coalition",
            "network",
            "society",
            "nonprofit",
            "charity",
            "centre",
            "center",
            "services",
            "united way",
        ),
    ),
    ("community", ("resident", "neighbo", "tenant", "community", "block club")),
)


def guess_sector(organisation: str) -> str | None:
    """A sector key suggested by an organisation's name, or None when nothing suggests one."""
    words = "".join(ch if ch.isalnum() else " " for ch in organisation.casefold()).split()
    padded = f" {' '.join(words)} "
    for sector, hints in _SECTOR_HINTS:
        for hint in hints:
            if " " in hint:
                found = f" {hint} " in padded
            else:
                # Long stems match the start of a word ("philanthrop-ic"); short ones only a
                # whole word, so "inc" is not found in "inclusive".
                found = any(w == hint or (len(hint) >= 5 and w.startswith(hint)) for w in words)
            if found:
                return sector
    direct = normalise_sector(organisation)
    return direct if direct in SECTORS else None


def row_name(cells: Sequence[str], mapping: ColumnMapping) -> str:
    return normalise_name(" ".join(_cell(cells, i) for i in mapping.name))


def preview(
    table: Table,
    mapping: ColumnMapping,
    sector_for: Mapping[str, str],
    existing_names: Sequence[str] = (),
) -> list[PreviewRow]:
    """What each row would become. `sector_for` maps an organisation (as `organisations` lists
    it, case aside; "" for rows without one) to a sector; a row's own sector column wins.

    A name already on the roster, or earlier in the file, is skipped (people sign in twice);
    a row with no name is skipped; a row that cannot be stored is an "error" that stops the
    import until it is fixed in the file.
    """
    by_folded = {k.casefold(): v for k, v in sector_for.items()}
    taken = {n.casefold() for n in existing_names}
    seen: set[str] = set()
    result: list[PreviewRow] = []
    for line, cells in table.rows:
        organisation = normalise_name(_cell(cells, mapping.organisation))
        raw_name = " ".join(_cell(cells, i) for i in mapping.name)
        name = normalise_name(raw_name)
        own_sector = _cell(cells, mapping.sector).strip()
        sector = (
            normalise_sector(own_sector)
            if own_sector
            else by_folded.get(organisation.casefold(), "")
        )
        role_text = " ".join(_cell(cells, mapping.role).split()).casefold()
        role: Role = ROLE_ALIASES.get(role_text, "unsaid")

        problem = check_text(raw_name, "name", max_length=MAX_NAME_LENGTH, required=False)
        if problem is None and own_sector:
            problem = check_text(own_sector, "sector", max_length=MAX_NAME_LENGTH, required=True)
        if problem is None and role_text not in ROLE_ALIASES:
            problem = f"role '{_cell(cells, mapping.role)}' is not one of {', '.join(ROLES)}"
        if problem is None and name and not sector:
            problem = "no sector: choose one for its organisation"
        status: Status
        if problem:
            status = "error"
        elif not name:
            status = "no-name"
        elif name.casefold() in taken:
            status = "on-roster"
        elif name.casefold() in seen:
            status = "duplicate"
        else:
            status = "add"
            seen.add(name.casefold())
        result.append(PreviewRow(line, name, sector, role, organisation, status, problem or ""))
    return result


def first_error(rows: Sequence[PreviewRow], path: str) -> InputError | None:
    """The first row that stops the import, as the one-line error the app shows."""
    bad = next((r for r in rows if r.status == "error"), None)
    return InputError(path, bad.line, bad.problem) if bad else None
