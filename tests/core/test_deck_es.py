"""The Spanish deck: the same framework as the English one, card for card, in Spanish."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xsector_desktop.core.deck import Deck, DeckError, builtin_deck, list_builtin_decks, load_deck
from xsector_desktop.core.resources import resource_path

SPANISH = "living-cities-2013-es"


@pytest.fixture(scope="module")
def pair() -> tuple[Deck, Deck]:
    return builtin_deck(), builtin_deck(SPANISH)


def test_the_spanish_deck_ships_and_says_its_language() -> None:
    assert SPANISH in list_builtin_decks()
    raw = json.loads(resource_path("decks", f"{SPANISH}.json").read_text(encoding="utf-8"))
    assert raw["language"] == "es"
    deck = builtin_deck(SPANISH)
    assert (deck.key, deck.language) == (SPANISH, "es")
    assert deck.source.publisher == "Living Cities" and deck.source.version == "1.0"


def test_it_has_the_same_cards_types_and_cycles(pair: tuple[Deck, Deck]) -> None:
    english, spanish = pair
    assert spanish.card_keys == english.card_keys
    for en, es in zip(english.cards, spanish.cards, strict=True):
        assert (es.group, es.number) == (en.group, en.number)
        assert len(es.types) == len(en.types)
        for en_type, es_type in zip(en.types, es.types, strict=True):
            assert len(es_type.characteristics) == len(en_type.characteristics)
    assert [c.key for c in spanish.cycles] == [c.key for c in english.cycles]
    for en_cycle, es_cycle in zip(english.cycles, spanish.cycles, strict=True):
        assert [s.key for s in es_cycle.stages] == [s.key for s in en_cycle.stages]


def test_every_text_is_translated(pair: tuple[Deck, Deck]) -> None:
    english, spanish = pair

    def texts(deck: Deck) -> list[str]:
        out = [deck.title]
        for card in deck.cards:
            out += [card.title, card.definition, card.question]
            for card_type in card.types:
                out += list(card_type.characteristics)
        for cycle in deck.cycles:
            out += [cycle.title, cycle.summary]
            out += [part for stage in cycle.stages for part in (stage.name, stage.summary)]
        return out

    pairs = list(zip(texts(english), texts(spanish), strict=True))
    assert [en for en, es in pairs if en == es] == []
    # Of the type names only "Informal" is the same word in both languages.
    names = [(en.name, es.name) for c, d in zip(english.cards, spanish.cards, strict=True)
             for en, es in zip(c.types, d.types, strict=True)]  # fmt: skip
    assert [en for en, es in names if en == es] == ["Informal"]
    for card in spanish.cards:
        assert card.question.startswith("¿") and card.question.endswith("?")


def test_a_translation_keeps_the_english_keys_but_an_english_deck_must_slug_its_titles(
    tmp_path: Path,
) -> None:
    raw = json.loads(resource_path("decks", f"{SPANISH}.json").read_text(encoding="utf-8"))
    path = tmp_path / "es.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert load_deck(path).card("results").title == "Resultados"
    raw["language"] = "en"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DeckError, match="resultados"):
        load_deck(path)
