"""The framework deck: the bundled Living Cities deck, and a loader that rejects bad files."""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xsector_desktop.core import deck as deck_module
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
MINIMAL_DECK = Path(__file__).parent / "decks" / "minimal-es.json"

# Living Cities' framework (2013), as the README's "Using it in a workshop" walks it: the cards
# in order, with the types the framework proposes for each.
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
FACTOR_TITLES = [
    "Formation Catalyst",
    "Structure",
    "Financial Resources",
    "Positioning",
    "Lifespan",
]


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


def test_has_card_and_type_names() -> None:
    deck = builtin_deck()
    assert deck.has_card("time-frame") and not deck.has_card("Time Frame")
    assert deck.card("financial-resources").type_names == ("Grants", "Redirected/Aligned")


# --- wording: projected on a wall and printed, in the project's own words -----------------------

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_66710a77f12b9a2c.txt"


def deck_sentences() -> list[str]:
    deck = builtin_deck()
    texts = [deck.title]
    for card in deck.cards:
        texts += [card.definition, card.question]
        texts += [point for t in card.types for point in t.characteristics]
    for cycle in deck.cycles:
        texts += [cycle.summary, *(stage.summary for stage in cycle.stages)]
    return [s for text in texts for s in re.split(r"(?<=[.?!])\s+", text)]


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))


def test_sentences_are_short_enough_to_project() -> None:
    longest = max(deck_sentences(), key=lambda s: len(s.split()))
    assert len(longest.split()) <= 20, longest


def test_deck_text_is_paraphrased_not_copied_from_the_seed() -> None:
    if not SEED.exists():
        pytest.skip("the seed sits in shared/, beside the repository")
    run = 6  # six words in a row shared with the seed would be copying, not a framework term

    def runs(ws: list[str]) -> set[tuple[str, ...]]:
        return {tuple(ws[i : i + run]) for i in range(len(ws) - run + 1)}

    seed_runs = runs(words(SEED.read_text(encoding="utf-8")))
    copied = [s for s in deck_sentences() if runs(words(s)) & seed_runs]
    assert copied == []


# --- which decks ship ---------------------------------------------------------------------------


def test_builtin_decks_are_the_files_in_resources_decks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    decks_dir = tmp_path / "decks"
    decks_dir.mkdir()
    (decks_dir / "notes.txt").write_text("not a deck", encoding="utf-8")
    (decks_dir / "minimal-es.json").write_bytes(MINIMAL_DECK.read_bytes())
    misnamed = json.loads(MINIMAL_DECK.read_text(encoding="utf-8"))
    (decks_dir / "other-name.json").write_text(json.dumps(misnamed), encoding="utf-8")
    monkeypatch.setattr(deck_module, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    deck_module._load_builtin_deck.cache_clear()
    try:
        assert list_builtin_decks() == ["minimal-es", "other-name"]
        assert builtin_deck("minimal-es").language == "es"
        with pytest.raises(DeckError) as caught:
            builtin_deck("other-name")
        assert caught.value.key_path == "key"
        assert "other-name" in caught.value.problem
    finally:
        deck_module._load_builtin_deck.cache_clear()


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


# --- a second deck is just another file ---------------------------------------------------------


def test_a_minimal_deck_in_another_language_loads() -> None:
    deck = load_deck(MINIMAL_DECK)
    assert (deck.key, deck.language) == ("minimal-es", "es")
    assert deck.card_keys == ("resultados",)
    assert deck.factors == () and deck.cycles == ()
    assert deck.source.url is None


# --- rejections: each names the file and the key path -------------------------------------------


def test_missing_file_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "absent.json"
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert caught.value.key_path == "(file)"
    assert str(caught.value).startswith(f"{path}: (file): cannot be read")


def test_file_that_is_not_utf8_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"title": "Acción"}'.encode("latin-1"))
    with pytest.raises(DeckError, match="cannot be read") as caught:
        load_deck(path)
    assert caught.value.path == str(path)


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "xsector-deck",\n  "version": 1,\n  oops\n}', encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert caught.value.key_path == "line 4"
    assert str(caught.value).startswith(f"{path}: line 4: not valid JSON")


def test_a_json_list_is_not_a_deck(tmp_path: Path) -> None:
    path = write(tmp_path, [1, 2])
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert caught.value.key_path == "(document)"


@pytest.mark.parametrize("value", ["xsector-scales", None, 1])
def test_wrong_format_is_rejected(tmp_path: Path, value: object) -> None:
    error = rejection(tmp_path, lambda raw: raw.update(format=value))
    assert error.key_path == "format"
    assert "not an xsector deck" in error.problem


def test_missing_format_is_rejected(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw.pop("format"))
    assert error.key_path == "format"


def test_newer_version_says_a_newer_xsector_made_it(tmp_path: Path) -> None:
    def from_the_future(raw: dict[str, Any]) -> None:
        raw["version"] = 2
        raw["a_field_from_the_future"] = True  # must not mask the version message

    error = rejection(tmp_path, from_the_future)
    assert error.key_path == "version"
    assert "newer xsector" in error.problem


@pytest.mark.parametrize("value", [0, "1", True, 1.0, None])
def test_bad_version_is_rejected(tmp_path: Path, value: object) -> None:
    error = rejection(tmp_path, lambda raw: raw.update(version=value))
    assert error.key_path == "version"


def test_missing_card_field_is_named(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw["cards"][3].pop("definition"))
    assert (error.key_path, error.problem) == ("cards[3].definition", "is missing")


def test_wrongly_typed_number_is_named(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw["cards"][0].update(number="1"))
    assert error.key_path == "cards[0].number"
    assert "whole number" in error.problem


def test_characteristic_that_is_not_text_is_named(tmp_path: Path) -> None:
    error = rejection(
        tmp_path, lambda raw: raw["cards"][8]["types"][1]["characteristics"].append(7)
    )
    assert error.key_path == "cards[8].types[1].characteristics[2]"


@pytest.mark.parametrize(
    "where",
    [
        ("title",),
        ("source", "publisher"),
        ("cards", 2, "definition"),
        ("cards", 2, "question"),
        ("cards", 3, "types", 0, "name"),
        ("cards", 3, "types", 0, "characteristics", 1),
        ("cycles", 0, "stages", 2, "summary"),
    ],
)
def test_empty_strings_are_rejected(tmp_path: Path, where: tuple[str | int, ...]) -> None:
    def blank(raw: dict[str, Any]) -> None:
        set_at(raw, where, "   ")

    error = rejection(tmp_path, blank)
    assert error.key_path == key_path_of(where)
    assert error.problem == "must not be empty"


def test_duplicate_card_keys_are_rejected(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw["cards"].append(copy.deepcopy(raw["cards"][0])))
    assert error.key_path == "cards[11].key"
    assert "already used by cards[0]" in error.problem


def test_card_key_must_be_the_slug_of_its_title(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw["cards"][4].update(key="intervention-level"))
    assert error.key_path == "cards[4].key"
    assert "'level-of-intervention'" in error.problem


def test_card_key_must_be_lower_case(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw["cards"][5].update(key="Time-Frame"))
    assert error.key_path == "cards[5].key"
    assert "slug" in error.problem


def test_card_title_change_without_key_change_is_caught(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw["cards"][5].update(title="Timeframe"))
    assert error.key_path == "cards[5].key"


def test_card_without_a_type_is_rejected(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw["cards"][1].update(types=[]))
    assert (error.key_path, error.problem) == ("cards[1].types", "must not be empty")


def test_type_without_characteristics_is_rejected(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw["cards"][1]["types"][0].update(characteristics=[]))
    assert error.key_path == "cards[1].types[0].characteristics"


def test_duplicate_type_names_are_rejected(tmp_path: Path) -> None:
    def doubled(raw: dict[str, Any]) -> None:
        raw["cards"][3]["types"][1]["name"] = "Doer"

    error = rejection(tmp_path, doubled)
    assert error.key_path == "cards[3].types[1].name"
    assert "'Doer'" in error.problem


@pytest.mark.parametrize("group", ["traits", "Factor", "", None])
def test_bad_group_is_rejected(tmp_path: Path, group: object) -> None:
    error = rejection(tmp_path, lambda raw: raw["cards"][6].update(group=group))
    assert error.key_path == "cards[6].group"


def test_numbers_must_not_skip(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw["cards"][2].update(number=4))
    assert error.key_path == "cards[2].number"
    assert "should be 3" in error.problem


def test_numbers_must_follow_deck_order(tmp_path: Path) -> None:
    def swapped(raw: dict[str, Any]) -> None:
        raw["cards"][7], raw["cards"][8] = raw["cards"][8], raw["cards"][7]

    error = rejection(tmp_path, swapped)
    assert error.key_path == "cards[7].number"


@pytest.mark.parametrize("number", [0, -1])
def test_numbers_start_at_one(tmp_path: Path, number: int) -> None:
    error = rejection(tmp_path, lambda raw: raw["cards"][0].update(number=number))
    assert error.key_path == "cards[0].number"


def test_unknown_top_level_field_is_rejected(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw.update(licence="CC"))
    assert error.key_path == "licence"
    assert "unknown field" in error.problem


def test_typo_in_a_card_field_is_rejected_with_a_hint(tmp_path: Path) -> None:
    def typo(raw: dict[str, Any]) -> None:
        raw["cards"][9]["defintion"] = raw["cards"][9].pop("definition")

    error = rejection(tmp_path, typo)
    assert error.key_path == "cards[9].defintion"
    assert "did you mean 'definition'?" in error.problem


def test_unknown_field_in_a_type_or_stage_is_rejected(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw["cards"][0]["types"][0].update(proposed=True))
    assert error.key_path == "cards[0].types[0].proposed"
    error = rejection(tmp_path, lambda raw: raw["cycles"][1]["stages"][0].update(order=1))
    assert error.key_path == "cycles[1].stages[0].order"


def test_a_field_written_twice_is_rejected(tmp_path: Path) -> None:
    text = BUILTIN_FILE.read_text(encoding="utf-8")
    twice = text.replace('"title": "Charge",', '"title": "Charge",\n      "title": "Charges",', 1)
    assert twice != text
    path = tmp_path / "twice.json"
    path.write_text(twice, encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert caught.value.key_path == "cards[1].title"
    assert "twice" in caught.value.problem


def test_duplicate_stage_keys_are_rejected(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw["cycles"][0]["stages"][3].update(key="norming"))
    assert error.key_path == "cycles[0].stages[3].key"


def test_duplicate_cycle_keys_are_rejected(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw["cycles"][1].update(key="trust"))
    assert error.key_path == "cycles[1].key"


def test_cycle_without_stages_is_rejected(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw["cycles"][0].update(stages=[]))
    assert error.key_path == "cycles[0].stages"


def test_deck_without_cards_is_rejected(tmp_path: Path) -> None:
    error = rejection(tmp_path, lambda raw: raw.update(cards=[]))
    assert error.key_path == "cards"


@pytest.mark.parametrize("language", ["English", "EN", "e"])
def test_language_must_be_a_language_tag(tmp_path: Path, language: str) -> None:
    error = rejection(tmp_path, lambda raw: raw.update(language=language))
    assert error.key_path == "language"


def test_source_url_may_be_left_out(tmp_path: Path) -> None:
    raw = valid_raw()
    del raw["source"]["url"]
    assert load_deck(write(tmp_path, raw)).source.url is None


# --- helpers for addressing a spot in the raw JSON ----------------------------------------------

Where = tuple[str | int, ...]


def key_path_of(where: Where) -> str:
    text = ""
    for step in where:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def parent_of(raw: Any, where: Where) -> Any:
    for step in where[:-1]:
        raw = raw[step]
    return raw


def set_at(raw: Any, where: Where, value: object) -> None:
    parent_of(raw, where)[where[-1]] = value


def spots(raw: Any, where: Where = ()) -> list[tuple[Where, bool]]:
    """Every place in the raw deck, with whether a loader must insist on it being there."""
    found: list[tuple[Where, bool]] = []
    children = (
        raw.items() if isinstance(raw, dict) else enumerate(raw) if isinstance(raw, list) else ()
    )
    for step, value in children:
        here = (*where, step)
        found.append((here, here[-2:] != ("source", "url")))
        found.extend(spots(value, here))
    return found


ALL_SPOTS = spots(valid_raw())
REQUIRED_FIELDS = [
    where for where, required in ALL_SPOTS if required and isinstance(where[-1], str)
]
OPTIONAL_FIELDS = [where for where, required in ALL_SPOTS if not required]


def wrong_values_for(value: object, optional: bool) -> list[object]:
    """JSON values of another type than the one the valid deck holds at a spot."""
    candidates: list[object] = [None, "text", 7, 2.5, True, [], {}, ["text"], {"name": "x"}]
    wrong = [c for c in candidates if type(c) is not type(value)]
    return [c for c in wrong if c is not None] if optional else wrong


def test_the_mutation_spots_reach_deep_into_the_deck() -> None:
    assert ("cards", 10, "types", 0, "characteristics", 1) in [w for w, _ in ALL_SPOTS]
    assert ("cycles", 1, "stages", 3, "key") in REQUIRED_FIELDS
    assert OPTIONAL_FIELDS == [("source", "url")]


@settings(max_examples=300, deadline=None)
@given(where=st.sampled_from(REQUIRED_FIELDS))
def test_dropping_any_required_field_names_it(
    tmp_path_factory: pytest.TempPathFactory, where: Where
) -> None:
    raw = valid_raw()
    del parent_of(raw, where)[where[-1]]
    path = write(tmp_path_factory.mktemp("dropped"), raw)
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert caught.value.key_path == key_path_of(where)
    assert caught.value.path == str(path)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), spot=st.sampled_from(ALL_SPOTS))
def test_a_wrongly_typed_value_anywhere_is_named(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, spot: tuple[Where, bool]
) -> None:
    where, required = spot
    raw = valid_raw()
    original = parent_of(raw, where)[where[-1]]
    wrong = data.draw(st.sampled_from(wrong_values_for(original, optional=not required)))
    set_at(raw, where, wrong)
    path = write(tmp_path_factory.mktemp("retyped"), raw)
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert caught.value.key_path == key_path_of(where)
    assert str(caught.value).startswith(f"{path}: {key_path_of(where)}: ")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(max_examples=200, deadline=None)
@given(spot=st.sampled_from(ALL_SPOTS), value=JSON_VALUES)
def test_any_value_anywhere_loads_or_raises_deck_error(
    tmp_path_factory: pytest.TempPathFactory, spot: tuple[Where, bool], value: object
) -> None:
    raw = valid_raw()
    set_at(raw, spot[0], value)
    path = write(tmp_path_factory.mktemp("fuzzed"), raw)
    try:
        deck = load_deck(path)
    except DeckError as error:
        assert error.key_path and error.problem
    else:
        assert len(deck.cards) == 11


def test_the_text_check_refuses_exactly_control_characters_and_surrogates() -> None:
    """The deck's one-scan text check stands for Unicode's categories: every code point in Cc
    (but newline and tab) or Cs is refused, and no other."""
    from xsector_desktop.core.deck_parser import _NOT_TEXT

    refused = {c for c in range(0x110000) if _NOT_TEXT.match(chr(c))}
    not_text = {c for c in range(0x110000) if unicodedata.category(chr(c)) in ("Cc", "Cs")}
    assert refused == not_text - {ord("\n"), ord("\t")}
