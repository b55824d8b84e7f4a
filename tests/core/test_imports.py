from __future__ import annotations

from pathlib import Path

import pytest

from xsector_desktop.core.imports import InputError, parse_participants_csv, parse_votes_csv
from xsector_desktop.core.scales import get_scale

CARDS = {"results": ("Specific",), "representatives": ("Doer", "Decision-maker")}


def write(tmp_path: Path, text: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_participants_are_read_with_sector_aliases_and_roles(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "name,sector,role\nAna,Local government,decision maker\n"
        "Бориc,Community residents,\nCy,Faith groups,doer\n",
    )
    rows = parse_participants_csv(path)
    assert [(r.name, r.sector, r.role) for r in rows] == [
        ("Ana", "government", "decision-maker"),
        ("Бориc", "community", "unsaid"),
        ("Cy", "Faith groups", "doer"),
    ]
    assert [r.line for r in rows] == [2, 3, 4]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("nom,sector\nA,b\n", 1, "missing column(s) name"),
        ("name,sector,role,age\nA,b,doer,3\n", 1, "unknown column(s) age"),
        ("name,sector\nAna,business\nana,nonprofit\n", 3, "in this file twice (first on line 2)"),
        ("name,sector\n,business\n", 2, "name is empty"),
        ("name,sector,role\nAna,business,boss\n", 2, "role 'boss'"),
        ("name,sector\nA\x07na,business\n", 2, "control character"),
        ("name,sector\n" + "x" * 10_000 + ",business\n", 2, "10000 characters"),
        ("name,sector\nAna,business,extra\n", 2, "has 3 fields"),
    ],
)
def test_bad_participant_rows_name_the_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as err:
        parse_participants_csv(path)
    assert err.value.line == line
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_participant_already_in_the_workshop_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "name,sector\nAna,business\n")
    with pytest.raises(InputError, match="already on the roster"):
        parse_participants_csv(path, existing_names=["ANA"])


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("name,sector\nAna,business\nJosé,business\n".encode("latin-1"))
    with pytest.raises(InputError) as err:
        parse_participants_csv(path)
    assert err.value.line == 3


def test_votes_are_read_with_tallies_and_types(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "participant,card,round,value,type,comment\n"
        "Ana,representatives,1,4,Doer,fine\n,results,2,5,,\n",
    )
    rows = parse_votes_csv(path, card_types=CARDS, scale=get_scale("agree5"), roster=["Ana"])
    assert [(r.participant, r.card, r.round, r.value, r.type_choice, r.comment) for r in rows] == [
        ("Ana", "representatives", 1, 4, "Doer", "fine"),
        (None, "results", 2, 5, None, ""),
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Zed,results,1,4", "participant 'Zed' is not on the roster"),
        ("Ana,lifespan-x,1,4", "card 'lifespan-x' is not in the deck"),
        ("Ana,results,0,4", "round '0'"),
        ("Ana,results,one,4", "round 'one'"),
        ("Ana,results,1,6", "value '6' is not on the agree5 scale"),
        ("Ana,results,1,4.5", "value '4.5'"),
        ("Ana,results,1,4,Doer", "type 'Doer' is not a type of card 'results'"),
    ],
)
def test_bad_vote_rows_name_the_line(tmp_path: Path, row: str, message: str) -> None:
    path = write(tmp_path, "participant,card,round,value,type\nAna,results,1,3\n" + row + "\n")
    with pytest.raises(InputError) as err:
        parse_votes_csv(path, card_types=CARDS, scale=get_scale("agree5"), roster=["Ana"])
    assert err.value.line == 3
    assert message in str(err.value)


def test_two_votes_for_one_person_in_one_round_are_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "participant,card,round,value\nAna,results,1,3\nAna,results,1,4\n")
    with pytest.raises(InputError, match="already has a vote"):
        parse_votes_csv(path, card_types=CARDS, scale=get_scale("agree5"), roster=["Ana"])
