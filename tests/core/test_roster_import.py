"""A roster from a sign-in sheet: reading any CSV, mapping its columns, the preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xsector_desktop.core.imports import InputError, parse_participants_csv
from xsector_desktop.core.roster_import import (
    TEMPLATE_CSV,
    ColumnMapping,
    first_error,
    guess_mapping,
    guess_sector,
    organisations,
    parse_table,
    preview,
    read_table,
)

SIGN_IN = (
    "First Name,Last Name,Organization,Email\n"
    "Ana,Diaz,City of Riverside,ana@example.org\n"
    "Ben,Okafor,Okafor Hardware LLC,ben@example.org\n"
    "Cy,Moreau,Riverside Community Foundation,\n"
    "Dee,Park,City of Riverside,dee@example.org\n"
    ",,,\n"
    "Ana,Diaz,City of Riverside,ana@example.org\n"
    "Eli,Stone,,eli@example.org\n"
)


def write(tmp_path: Path, text: str, name: str = "sheet.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_sign_in_sheet_maps_first_and_last_name_and_organisation(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, SIGN_IN))
    assert table.header == ("First Name", "Last Name", "Organization", "Email")
    mapping = guess_mapping(table.header)
    assert mapping == ColumnMapping(name=(0, 1), sector=None, role=None, organisation=2)
    assert organisations(table, mapping) == [
        "City of Riverside",
        "Okafor Hardware LLC",
        "Riverside Community Foundation",
        "",
    ]
    sectors = {
        "city of riverside": "government",  # case does not matter
        "Okafor Hardware LLC": "business",
        "Riverside Community Foundation": "philanthropy",
        "": "community",
    }
    rows = preview(table, mapping, sectors, existing_names=["Dee Park"])
    assert [(r.line, r.name, r.sector, r.status) for r in rows] == [
        (2, "Ana Diaz", "government", "add"),
        (3, "Ben Okafor", "business", "add"),
        (4, "Cy Moreau", "philanthropy", "add"),
        (5, "Dee Park", "government", "on-roster"),
        (7, "Ana Diaz", "government", "duplicate"),  # signed in twice; line 6 is blank
        (8, "Eli Stone", "community", "add"),
    ]
    assert all(r.role == "unsaid" for r in rows)
    assert all("@" not in field for r in rows for field in r if isinstance(field, str))
    assert first_error(rows, table.path) is None


def test_a_row_whose_organisation_has_no_sector_yet_stops_the_import(tmp_path: Path) -> None:
    path = write(tmp_path, SIGN_IN)
    table = read_table(path)
    rows = preview(table, guess_mapping(table.header), {"City of Riverside": "government"})
    error = first_error(rows, table.path)
    assert error is not None
    assert str(error) == f"{path}, line 3: no sector: choose one for its organisation"


def test_the_native_columns_and_semicolons_are_read_too(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "Name;Sector;Role\nAna;Local government;decision maker\n"))
    mapping = guess_mapping(table.header)
    assert mapping == ColumnMapping(name=(0,), sector=1, role=2, organisation=None)
    assert organisations(table, mapping) == []  # everyone has a sector of their own
    [row] = preview(table, mapping, {})
    assert (row.name, row.sector, row.role, row.status) == (
        "Ana",
        "government",
        "decision-maker",
        "add",
    )


def test_the_template_is_a_file_the_plain_import_accepts(tmp_path: Path) -> None:
    path = write(tmp_path, TEMPLATE_CSV, "template.csv")
    assert [r.sector for r in parse_participants_csv(path)] == [
        "government",
        "business",
        "community",
    ]
    table = read_table(path)
    assert all(r.status == "add" for r in preview(table, guess_mapping(table.header), {}))


@pytest.mark.parametrize(
    ("organisation", "sector"),
    [
        ("City of Riverside", "government"),
        ("Riverside County Council", "government"),
        ("Riverside Community Foundation", "philanthropy"),
        ("Northside School District", "education"),
        ("St. Mary's Hospital", "health"),
        ("Okafor Hardware LLC", "business"),
        ("Inclusive Futures", None),  # "inc" only as a whole word
        ("Eastside Tenants Association", "nonprofit"),
        ("Business", "business"),
        ("", None),
    ],
)
def test_an_organisation_suggests_a_sector(organisation: str, sector: str | None) -> None:
    assert guess_sector(organisation) == sector


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        (b"", 1, "is empty"),
        (b"name,sector\nAna,\xff\n", 2, "is not UTF-8"),
        (b"name,sector\nA\x00na,business\n", 2, "NUL byte"),
        (b'name,sector\n"Ana,business\n', 2, "is not valid CSV"),
        (b"name,sector\nAna,business,doer,extra\n", 2, "has 4 fields, the header has 2"),
        (b",".join([b"c"] * 61) + b"\n", 1, "has 61 columns"),
    ],
)
def test_bad_files_are_refused_naming_the_line(data: bytes, line: int, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_table(data, "x.csv")
    assert caught.value.line == line
    assert message in caught.value.problem


def test_bad_rows_are_errors_with_their_problem(tmp_path: Path) -> None:
    text = "name,sector,role\nA\x07na,business,\nBen,business,boss\n" + "C" * 201 + ",health,\n"
    table = read_table(write(tmp_path, text))
    rows = preview(table, guess_mapping(table.header), {})
    assert [(r.status, r.problem.split(" (")[0]) for r in rows] == [
        ("error", "name contains a control character"),
        ("error", "role 'boss' is not one of doer, decision-maker, unsaid"),
        ("error", "name is 201 characters long"),
    ]


@given(st.binary(max_size=400))
def test_any_bytes_are_read_or_refused_cleanly(data: bytes) -> None:
    try:
        table = parse_table(data, "any.csv")
    except InputError as error:
        assert str(error).startswith("any.csv")
        return
    mapping = guess_mapping(table.header)
    rows = preview(table, mapping, {o: "business" for o in organisations(table, mapping)})
    assert len(rows) == len(table.rows)
    for row in rows:
        assert row.status in ("add", "duplicate", "on-roster", "no-name", "error")
        assert "\n" not in row.name and row.name == row.name.strip()
