"""Generated deck files: each loads whole and exact, or is refused with the place that is wrong.

tests/core/test_deck.py already drops and retypes every field of the deck. These tests go after
the text itself, the way a translator or an editor breaks a deck: any Unicode in any free-text
field (right-to-left scripts, emoji, quotes, 10,000 characters, control characters), a BOM, a
file cut short at any byte, and a byte changed anywhere. Loading either gives a deck holding
exactly the text that was written, or raises DeckError naming the file and the key path or
line, never anything else. The handouts PDF is then printed from decks that loaded.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xsector_desktop.core.deck import MAX_TEXT_LENGTH, Deck, DeckError, load_deck
from xsector_desktop.core.resources import resource_path
from xsector_desktop.core.scales import get_scale
from xsector_desktop.report.handouts import build_handouts_pdf

EXAMPLES = int(os.environ.get("XSECTOR_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
GENERATED: Counter[str] = Counter()

BUILTIN = resource_path("decks", "living-cities-2013.json").read_bytes()
Where = tuple[str | int, ...]

TEXT = st.text(
    st.characters(categories=["L", "M", "N", "P", "S", "Z", "Cc", "Cf"]),
    min_size=0,
    max_size=80,
) | st.sampled_from(["", "   ", "x" * 10_000, "مرحبا بالعالم", '"quoted", \\ back', "👩🏽‍🌾🏳️‍🌈"])


def builtin_raw() -> Any:
    return json.loads(BUILTIN)


def free_text_spots(raw: Any, where: Where = ()) -> list[Where]:
    """Every string of the deck that is prose rather than a key, slug or code."""
    not_prose = {"format", "key", "group", "language", "url"}
    found: list[Where] = []
    items = (
        raw.items() if isinstance(raw, dict) else enumerate(raw) if isinstance(raw, list) else ()
    )
    for step, value in items:
        here = (*where, step)
        names = {s for s in here if isinstance(s, str)}
        card_title = here[0] == "cards" and here[-1] == "title"  # its slug is the card's key
        if isinstance(value, str) and not names & not_prose and not card_title:
            found.append(here)
        found.extend(free_text_spots(value, here))
    return found


SPOTS = free_text_spots(builtin_raw())


def key_path(where: Where) -> str:
    text = ""
    for step in where:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def value_at(loaded: Deck, where: Where) -> str:
    """Follow a raw key path through the loaded Deck (lists are tuples there, names the same)."""
    node: Any = loaded
    for step in where:
        node = node[step] if isinstance(step, int) else getattr(node, step)
    assert isinstance(node, str)
    return node


def all_text(loaded: Deck) -> Iterator[str]:
    for where in SPOTS:
        yield value_at(loaded, where)


@pytest.fixture(scope="module", autouse=True)
def report_counts() -> Iterator[None]:
    yield
    print(
        f"\nbad decks: {sum(GENERATED.values())} generated files: {dict(sorted(GENERATED.items()))}"
    )


def printable_prose(text: str) -> bool:
    """What the loader accepts as deck prose: not blank, not over its length limit, and only
    characters that are text (no lone surrogate, no control character but line break and tab)."""
    if not text.strip() or len(text) > MAX_TEXT_LENGTH:
        return False
    return all(
        unicodedata.category(ch) != "Cs" and (unicodedata.category(ch) != "Cc" or ch in "\n\t")
        for ch in text
    )


def write(folder: Path, data: bytes) -> Path:
    path = folder / "deck.json"
    path.write_bytes(data)
    return path


def test_the_spots_cover_cards_types_and_cycles() -> None:
    assert ("cards", 3, "types", 1, "characteristics", 0) in SPOTS
    assert ("cycles", 0, "stages", 2, "summary") in SPOTS
    assert ("source", "title") in SPOTS and ("cards", 0, "key") not in SPOTS


@FUZZ
@given(where=st.sampled_from(SPOTS), text=TEXT, ascii_only=st.booleans())
def test_any_text_in_any_prose_field_loads_exactly_or_names_the_field(
    tmp_path_factory: pytest.TempPathFactory, where: Where, text: str, ascii_only: bool
) -> None:
    raw = builtin_raw()
    node = raw
    for step in where[:-1]:
        node = node[step]
    node[where[-1]] = text
    path = write(
        tmp_path_factory.mktemp("prose"), json.dumps(raw, ensure_ascii=ascii_only).encode()
    )
    try:
        loaded = load_deck(path)
    except DeckError as refusal:
        GENERATED["prose refused"] += 1
        assert refusal.key_path == key_path(where), str(refusal)
        assert str(refusal).startswith(f"{path}: {key_path(where)}: ")
        assert not printable_prose(text), f"refused text that is fine: {refusal}"
    else:
        GENERATED["prose loaded"] += 1
        assert value_at(loaded, where) == text.strip()
        assert len(loaded.cards) == 11


@FUZZ
@given(cut=st.integers(0, len(BUILTIN)), bom=st.booleans())
def test_a_deck_cut_short_anywhere_is_refused_with_its_line(
    tmp_path_factory: pytest.TempPathFactory, cut: int, bom: bool
) -> None:
    GENERATED["cut short"] += 1
    data = (b"\xef\xbb\xbf" if bom else b"") + BUILTIN[:cut]
    path = write(tmp_path_factory.mktemp("cut"), data)
    if BUILTIN[:cut].strip() == BUILTIN.strip() and not bom:
        assert len(load_deck(path).cards) == 11  # only trailing white space was lost
        return
    with pytest.raises(DeckError) as refusal:
        load_deck(path)
    where = refusal.value.key_path
    assert where == "(file)" or where.startswith("line "), str(refusal.value)
    if where.startswith("line "):
        assert 1 <= int(where.removeprefix("line ")) <= BUILTIN[:cut].count(b"\n") + 1


@FUZZ
@given(position=st.integers(0, len(BUILTIN) - 1), byte=st.integers(0, 255))
def test_any_byte_changed_anywhere_loads_or_is_refused_clearly(
    tmp_path_factory: pytest.TempPathFactory, position: int, byte: int
) -> None:
    GENERATED["byte changed"] += 1
    data = bytearray(BUILTIN)
    data[position] = byte
    path = write(tmp_path_factory.mktemp("flipped"), bytes(data))
    try:
        loaded = load_deck(path)
    except DeckError as refusal:
        assert str(refusal).startswith(f"{path}: ") and "\n" not in str(refusal)
    else:
        assert len(loaded.cards) == 11
        for text in all_text(loaded):
            text.encode("utf-8")


@settings(FUZZ, max_examples=max(EXAMPLES // 6, 4))
@given(
    where=st.sampled_from(SPOTS),
    text=TEXT.filter(lambda t: printable_prose(t) and len(t) <= 200),
)
def test_handouts_print_from_every_deck_of_ordinary_length_that_loads(
    tmp_path_factory: pytest.TempPathFactory, where: Where, text: str
) -> None:
    GENERATED["loaded, then printed"] += 1
    raw = builtin_raw()
    node = raw
    for step in where[:-1]:
        node = node[step]
    node[where[-1]] = text
    folder = tmp_path_factory.mktemp("printed")
    loaded = load_deck(write(folder, json.dumps(raw).encode()))
    build_handouts_pdf(loaded, get_scale("agree5"), folder / "handouts.pdf")
    assert len(pypdf.PdfReader(folder / "handouts.pdf").pages) >= len(loaded.cards)


def test_a_deck_saved_with_a_bom_is_refused_at_line_1(tmp_path: Path) -> None:
    # Windows editors often save UTF-8 with a BOM. The loader refuses such a deck, clearly; the
    # CSV importer accepts a BOM. Pinned so that a change to either is a decision, not an accident.
    path = write(tmp_path, b"\xef\xbb\xbf" + BUILTIN)
    with pytest.raises(DeckError, match="line 1: not valid JSON") as refusal:
        load_deck(path)
    assert "BOM" in str(refusal.value)


def test_a_lone_surrogate_is_refused_by_the_loader(tmp_path: Path) -> None:
    raw = builtin_raw()
    raw["cards"][0]["definition"] = "broken \ud800 text"
    path = write(tmp_path, json.dumps(raw).encode())  # ensure_ascii writes it as \ud800
    with pytest.raises(DeckError, match="lone surrogate") as refusal:
        load_deck(path)
    assert refusal.value.key_path == "cards[0].definition"


def test_a_definition_too_long_to_print_is_refused_by_the_loader(tmp_path: Path) -> None:
    raw = builtin_raw()
    raw["cards"][0]["definition"] = "word " * 600
    path = write(tmp_path, json.dumps(raw).encode())
    with pytest.raises(DeckError, match=f"at most {MAX_TEXT_LENGTH}") as refusal:
        load_deck(path)
    assert refusal.value.key_path == "cards[0].definition"


def test_the_longest_text_the_loader_accepts_still_prints(tmp_path: Path) -> None:
    raw = builtin_raw()
    raw["cards"][0]["definition"] = ("word " * MAX_TEXT_LENGTH)[: MAX_TEXT_LENGTH - 1] + "."
    raw["cards"][0]["types"][0]["characteristics"] = ["long " * 118 + "point."] * 3
    loaded = load_deck(write(tmp_path, json.dumps(raw).encode()))
    build_handouts_pdf(loaded, get_scale("agree5"), tmp_path / "handouts.pdf")
    assert len(pypdf.PdfReader(tmp_path / "handouts.pdf").pages) >= len(loaded.cards)
