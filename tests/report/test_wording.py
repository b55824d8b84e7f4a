"""Every code the core can produce has plain words, and the words carry the reason's numbers."""

from __future__ import annotations

import pytest

from xsector_desktop.core.model import LEVELS, SECTORS, TRUST_STAGES, Participant, Reason, Vote
from xsector_desktop.core.scales import get_scale
from xsector_desktop.core.signals import REASON_CODES, SignalSettings, round_signals
from xsector_desktop.core.trust import TRUST_REASON_CODES
from xsector_desktop.report.wording import (
    KNOWN_REASON_CODES,
    LEVEL_NAMES,
    SECTOR_NAMES,
    TRUST_STAGE_DESCRIPTIONS,
    TRUST_STAGE_NAMES,
    reason_text,
    sector_name,
)


@pytest.mark.parametrize("code", REASON_CODES + TRUST_REASON_CODES)
def test_every_reason_code_has_a_sentence(code: str) -> None:
    assert code in KNOWN_REASON_CODES
    params: dict[str, str | int | float] = {"count": 2, "total": 5, "needed": 3, "gap": 1.5}
    params |= {"group_a": "health", "group_b": "education", "share": 0.4, "consensus": 0.41}
    text = reason_text(Reason(code, params))
    assert text != f"{code}." and text.endswith(".")
    assert text[0].isupper() or text[0].isdigit()
    assert "{" not in text


def test_unknown_code_is_shown_not_hidden() -> None:
    assert reason_text(Reason("something_new")) == "something_new."


def test_sector_split_reads_like_the_design_example() -> None:
    people = {
        i: Participant(i, f"P{i}", "government" if i <= 3 else "community") for i in range(1, 7)
    }
    votes = [Vote(i, i, "authority", 2, 5 if i <= 3 else 3) for i in people]
    rs = round_signals(get_scale("agree5"), "authority", 2, votes, people, [], SignalSettings())
    split = next(r for r in rs.reasons if r.code == "sector_split")
    assert reason_text(split) == "Community and government voters are 2.0 points apart."


def test_caller_names_and_free_text_sectors() -> None:
    split = Reason("sector_split", {"group_a": "faith groups", "group_b": "business", "gap": 1.25})
    assert reason_text(split) == "Faith groups and business voters are 1.2 points apart."
    named = reason_text(split, {"business": "Local firms"})
    assert named == "Faith groups and Local firms voters are 1.2 points apart."


def test_counts_agree_in_number() -> None:
    assert reason_text(Reason("open_objections", {"count": 1})) == "1 objection is still open."
    assert reason_text(Reason("open_objections", {"count": 3})) == "3 objections are still open."
    assert reason_text(Reason("blocks", {"count": 1, "kind": "veto"})) == "1 person vetoed this."
    assert "2 people blocked" in reason_text(Reason("blocks", {"count": 2, "kind": "block"}))


def test_measures_are_shown_with_two_decimals() -> None:
    text = reason_text(Reason("low_consensus", {"consensus": 0.5812, "threshold": 0.7}))
    assert "0.58" in text and "0.70" in text


def test_every_sector_level_and_stage_has_a_name() -> None:
    assert set(SECTOR_NAMES) == set(SECTORS)
    assert sector_name("community") == "Community residents"
    assert sector_name("faith groups") == "faith groups"
    assert set(LEVEL_NAMES) == set(LEVELS)
    assert set(TRUST_STAGE_NAMES) == set(TRUST_STAGES) == set(TRUST_STAGE_DESCRIPTIONS)


def test_in_spanish_the_sentence_gets_the_capital_not_the_first_sector() -> None:
    from xsector_desktop.report.language import speaking

    split = Reason("sector_split", {"group_a": "community", "group_b": "government", "gap": 2.0})
    with speaking("es"):
        said = reason_text(split)
    assert said == (
        "Los votantes de residentes de la comunidad y de gobierno local están a 2,0 puntos "
        "de distancia."
    )
