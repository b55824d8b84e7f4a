"""`xsector signals` speaks the deck's language in its table, as the PDFs do; `--json` never."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from xsector_desktop.cli import main

ROSTER = """name,sector,role
Ana,government,doer
Ben,business,decision-maker
Carla,community,doer
David,nonprofit,doer
Eva,community,decision-maker
Fer,government,doer
"""
# Two cards whose figures have decimals to write: a divided one and a split, negative-A one.
VOTES = "participant,card,round,value\n" + "".join(
    f"{name},{card},1,{value}\n"
    for card, values in (("results", (5, 4, 2, 4, 1, 5)), ("time-frame", (1, 5, 1, 5, 3, 4)))
    for name, value in zip(("Ana", "Ben", "Carla", "David", "Eva", "Fer"), values, strict=True)
)
DECKS = {"en": "living-cities-2013", "es": "living-cities-2013-es"}
A_NUMBER = re.compile(r"-?\d+[.,]\d+")


@pytest.fixture
def workshops(tmp_path: Path) -> dict[str, Path]:
    """The same room, the same votes, once on the English deck and once on the Spanish one."""
    (tmp_path / "people.csv").write_text(ROSTER, encoding="utf-8")
    (tmp_path / "votes.csv").write_text(VOTES, encoding="utf-8")
    made = {}
    for language, deck in DECKS.items():
        path = tmp_path / f"{language}.xsector"
        assert main(["new", str(path), "--partnership", "Alianza Ribera", "--deck", deck]) == 0
        assert main(["import", str(path), "--participants", str(tmp_path / "people.csv")]) == 0
        votes = ["import", str(path), "--votes", str(tmp_path / "votes.csv"), "--reveal"]
        assert main(votes) == 0
        made[language] = path
    return made


def printed(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_a_spanish_workshop_gets_its_table_in_spanish_with_decimal_commas(
    workshops: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    english = printed(capsys, "signals", str(workshops["en"])).splitlines()
    spanish = printed(capsys, "signals", str(workshops["es"])).splitlines()
    assert english[0].split() == [
        "card",
        "rnd",
        "n",
        "A",
        "cons",
        "leik",
        "blk",
        "level",
        "reasons",
    ]
    assert spanish[0].split()[:2] == ["tarjeta", "rda"] and spanish[0].split()[-2:] == [
        "nivel",
        "motivos",
    ]
    assert len(spanish) == len(english) == 3
    for en_line, es_line in zip(english[1:], spanish[1:], strict=True):
        en_cells, es_cells = en_line.split(), es_line.split()
        assert es_cells[0] == en_cells[0]  # the card key, as `import --votes` reads it
        # The figures: agreement A, consensus and Leik's dispersion, the same values written
        # each language's way.
        assert [c.replace(",", ".") for c in es_cells[3:6]] == en_cells[3:6]
        assert all("," in c for c in es_cells[3:6]) and all("." in c for c in en_cells[3:6])
        # The numbers inside the sentences too, and the level in the deck's words.
        assert [n.replace(",", ".") for n in A_NUMBER.findall(es_line)] == A_NUMBER.findall(en_line)
        assert not re.search(r"\d\.\d", es_line)
        assert en_cells[7] == "storming" and es_cells[7] == "conflicto"
    assert "El consenso es bajo: 0,36, por debajo de 0,50." in spanish[1]
    assert "Consensus is low: 0.36, below 0.50." in english[1]
    # The blocks column ends under its heading in both languages, however long the heading.
    for table in (english, spanish):
        heading = table[0].split()[6]
        end = table[0].index(f" {heading}  ") + 1 + len(heading)
        assert [line[end - 2 : end + 2] for line in table[1:]] == [" 0  ", " 0  "]


def test_the_json_is_the_same_for_both_languages_and_stays_english(
    workshops: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    english = printed(capsys, "signals", str(workshops["en"]), "--json")
    spanish = printed(capsys, "signals", str(workshops["es"]), "--json")
    assert spanish == english
    rows = json.loads(spanish)
    assert [(r["card"], r["level"]) for r in rows] == [
        ("results", "storming"),
        ("time-frame", "storming"),
    ]
    assert rows[0]["consensus"] == pytest.approx(0.36, abs=0.005)
    assert isinstance(rows[0]["consensus"], float)
    assert rows[0]["reasons"][0]["text"] == "Consensus is low: 0.36, below 0.50."
