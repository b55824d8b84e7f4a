"""The framework deck: the bundled Living Cities deck, and a loader that rejects bad files clearly."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from xsector_desktop.core.deck import (
    DEFAULT_DECK,
    Deck,
    DeckError,
    builtin_deck,
    list_builtin_decks,
    load_deck,
    slugify,
)
from xsector_desktop.core.resources import resource_path

BUILTIN_FILE = resource_path("decks", "living-cities-2013.json")

# DESIGN.md, "The content: the framework deck": the cards in order, with the types the
# framework proposes for each.
DESIGNED_TYPES = {
    "results": ["Specific"],
    "charge": ["Thinking & Doing"],
    "authority": ["Empowered (Apparent)"],
    "representatives": ["Doer", "Decision-maker"],
    "level-of-intervention": ["Systems Change"],
    "time-frame": ["Open"],
    "formation-catalyst": ["Leadership Interest"],
    "structure": ["Informal"],
    "financial-resources": ["Grants", "Redirected/Aligned"],
    "positioning": ["Leader"],
    "lifespan": ["Institutionalization"],
}
TRAIT_TITLES = [
    "Results",
    "Charge",
    "Authority",
    "Representatives",
    "Level of Intervention",
    "Time Frame",
]
FACTOR_TITLES = ["Formation Catalyst", "Structure", "Financial Resources", "Positioning", "Lifespan"]


def valid_raw() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(BUILTIN_FILE.read_text(encoding="utf-8"))
    return raw


def write(tmp_path: Path, raw: Any, name: str = "deck.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    return path


def rejection(tmp_path: Path, mutate: Callable[[dict[str, Any]], object]) -> DeckError:
    raw = valid_raw()
    mutate(raw)
    path = write(tmp_path, raw)
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    error = caught.value
    assert error.path == str(path)
    assert str(error).startswith(f"{path}: {error.key_path}: ")
    return error


# --- the bundled deck ---------------------------------------------------------------------------


def test_builtin_deck_names_its_source() -> None:
    deck = builtin_deck()
    assert (deck.key, deck.language, deck.version) == ("living-cities-2013", "en", 1)
    assert deck.source.publisher == "Living Cities"
    assert (deck.source.version, deck.source.date) == ("1.0", "November 2013")
    assert "cross-sector partnership" in deck.source.title


def test_builtin_deck_has_the_eleven_cards_in_order() -> None:
    deck = builtin_deck()
    assert list(deck.card_keys) == list(DESIGNED_TYPES)
    assert [c.title for c in deck.traits] == TRAIT_TITLES
    assert [c.title for c in deck.factors] == FACTOR_TITLES
    assert [c.number for c in deck.traits] == [1, 2, 3, 4, 5, 6]
    assert [c.number for c in deck.factors] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(("key", "types"), DESIGNED_TYPES.items())
def test_each_card_offers_the_designed_types(key: str, types: list[str]) -> None:
    card = builtin_deck().card(key)
    assert list(card.type_names) == types
    assert card.has_type_choice == (len(types) >= 2)


def test_every_card_has_definition_question_and_characteristics() -> None:
    for card in builtin_deck().cards:
        assert card.definition and card.question.endswith("?"), card.key
        assert "How would you change it?" in card.question, card.key
        for card_type in card.types:
            assert card_type.characteristics, (card.key, card_type.name)
            assert all(point.strip() for point in card_type.characteristics)


def test_only_representatives_and_financial_resources_offer_a_choice() -> None:
    choosers = [c.key for c in builtin_deck().cards if c.has_type_choice]
    assert choosers == ["representatives", "financial-resources"]


def test_trust_cycle_runs_forming_storming_norming_performing() -> None:
    trust = builtin_deck().cycle("trust")
    assert trust.stage_keys == ("forming", "storming", "norming", "performing")
    assert [s.name for s in trust.stages] == ["Forming", "Storming", "Norming", "Performing"]


def test_problem_solving_cycle_stages_in_order() -> None:
    cycle = builtin_deck().cycle("problem-solving")
    assert cycle.stage_keys == (
        "observing",
        "interpreting",
        "identifying-and-testing",
        "determining-and-learning",
    )
    assert cycle.stage("identifying-and-testing").name == "Identifying & testing solutions"
    assert cycle.stage("determining-and-learning").name == "Determining & learning"
    assert all(s.summary for s in cycle.stages)


def test_deck_has_exactly_the_two_cycles() -> None:
    assert builtin_deck().cycle_keys == ("trust", "problem-solving")


def test_builtin_deck_is_listed_cached_and_the_default() -> None:
    assert DEFAULT_DECK in list_builtin_decks()
    assert builtin_deck() is builtin_deck(DEFAULT_DECK)


def test_unknown_lookups_name_the_known_keys() -> None:
    deck = builtin_deck()
    with pytest.raises(KeyError, match="level-of-intervention"):
        deck.card("level")
    with pytest.raises(KeyError, match="problem-solving"):
        deck.cycle("trusting")
    with pytest.raises(KeyError, match="norming"):
        deck.cycle("trust").stage("adjourning")
    with pytest.raises(KeyError, match="living-cities-2013"):
        builtin_deck("no-such-deck")


def test_reloading_the_file_gives_an_equal_deck() -> None:
    assert load_deck(BUILTIN_FILE) == builtin_deck()


# --- slugs --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Level of Intervention", "level-of-intervention"),
        ("Formation Catalyst", "formation-catalyst"),
        ("Results", "results"),
        ("Thinking & Doing", "thinking-and-doing"),
        ("Empowered (Apparent)", "empowered-apparent"),
        ("  Redirected/Aligned ", "redirected-aligned"),
        ("Líder", "lider"),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_every_builtin_card_key_is_the_slug_of_its_title() -> None:
    assert all(c.key == slugify(c.title) for c in builtin_deck().cards)


def test_deck_is_a_frozen_value() -> None:
    deck: Deck = builtin_deck()
    with pytest.raises(AttributeError):
        deck.title = "changed"  # type: ignore[misc]
