"""The printed words: every phrase the report code marks has its Spanish, and nothing stale."""

from __future__ import annotations

import ast
import json
import re
import string
from pathlib import Path

import xsector_desktop.report as report_package
from xsector_desktop.core.resources import resource_path
from xsector_desktop.report.language import (
    N_,
    base_language,
    catalogue,
    percent,
    printed_languages,
    speaking,
    tr,
)

REPORT_DIR = Path(report_package.__file__).parent


def marked_phrases() -> set[str]:
    """Every string literal passed to tr() or N_() in the report package."""
    found: set[str] = set()
    for path in REPORT_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def scale_phrases() -> set[str]:
    """The built-in scales' names and point labels: data, printed through tr() too."""
    raw = json.loads(resource_path("scales.json").read_text(encoding="utf-8"))
    found: set[str] = set()
    for scale in raw["scales"]:
        found.add(scale["name"])
        for point in scale["points"]:
            found.update((point["label"], point["short"]))
    return found


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_spanish_catalogue_has_every_phrase_and_no_stale_one() -> None:
    spanish = catalogue("es")
    wanted = marked_phrases() | scale_phrases()
    assert len(marked_phrases()) > 20
    missing = sorted(wanted - set(spanish))
    stale = sorted(set(spanish) - wanted)
    assert missing == [], f"no Spanish for {missing}"
    assert stale == [], f"no longer used: {stale}"


def test_each_translation_keeps_the_placeholders_and_markup() -> None:
    for english, spanish in catalogue("es").items():
        assert spanish.strip(), english
        assert fields(spanish) == fields(english), english
        assert re.findall(r"</?\w+>", spanish) == re.findall(r"</?\w+>", english), english


def test_the_catalogue_file_names_its_language() -> None:
    raw = json.loads(resource_path("messages", "report-es.json").read_text(encoding="utf-8"))
    assert raw["language"] == "es"
    assert printed_languages() == ["en", "es"]


def test_the_language_holds_for_one_build_only() -> None:
    phrase = N_("Paper ballot")
    assert tr(phrase) == "Paper ballot"
    with speaking("es-MX"):
        assert tr(phrase) == catalogue("es")[phrase] != phrase
        with speaking("en"):
            assert tr(phrase) == phrase
        assert tr(phrase) != phrase
    assert tr(phrase) == phrase
    with speaking("fr"):  # not shipped: English rather than nothing
        assert tr(phrase) == phrase
    assert base_language("es_ES") == "es"


def test_a_spanish_percentage_never_leaves_its_sign_on_the_next_line() -> None:
    assert percent(0.25) == "25%"
    with speaking("es"):
        # Spanish spaces the sign; a no-break space keeps "25" and "%" on one line in a narrow
        # table cell, where an ordinary space let ReportLab break between them.
        assert percent(0.25) == "25\u00a0%"
