"""Each phone in its own language: card text from the deck's counterpart, words from a table."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from phone_room import HEADERS, Room

from xsector_desktop import phones
from xsector_desktop.core.deck import builtin_deck, list_builtin_decks
from xsector_desktop.core.deck_language import counterpart, deck_family, same_shape
from xsector_desktop.core.resources import resource_path
from xsector_desktop.phones.language import (
    PHONE_LANGUAGES,
    choose,
    from_accept_language,
    words,
)

ENGLISH = builtin_deck("living-cities-2013")
SPANISH = builtin_deck("living-cities-2013-es")


def state(room: Room, phone: Any, **params: str) -> dict[str, Any]:
    answer = phone.get(room.base + "api/state", params=params, headers=HEADERS)
    assert answer.status_code == 200
    result: dict[str, Any] = answer.json()
    return result


def to_card(room: Room, key: str) -> None:
    room.facilitate(lambda s: s.set_position(key, 1))


def test_every_phone_language_has_every_word_and_placeholder() -> None:
    tables = {language: words(language) for language in PHONE_LANGUAGES}
    english = tables["en"]
    for language, table in tables.items():
        assert set(table) == set(english), f"phone-{language}.json: keys differ from English"
        for key, text in table.items():
            assert text.strip(), f"phone-{language}.json: '{key}' is empty"
            wanted = set(re.findall(r"\{(\w+)\}", english[key]))
            assert set(re.findall(r"\{(\w+)\}", text)) == wanted, f"{language} {key}"
    assert tables["es"]["join.button"] != english["join.button"]
    on_disk = sorted(
        p.stem.removeprefix("phone-") for p in resource_path("messages").glob("phone-*.json")
    )
    assert on_disk == sorted(PHONE_LANGUAGES)
    for language in PHONE_LANGUAGES:
        data = json.loads(resource_path("messages", f"phone-{language}.json").read_text("utf-8"))
        assert data["language"] == language


def test_every_refusal_the_server_sends_has_words_in_every_language() -> None:
    source = "".join(p.read_text("utf-8") for p in Path(next(iter(phones.__path__))).glob("*.py"))
    codes = set(
        re.findall(r"(?:Refused|_error|_refuse)\(\s*(?:send,\s*)?\d{3},\s*\"([a-z-]+)\"", source)
    )
    assert {"not-joined", "taken", "wrong-card", "too-large", "not-found"} <= codes
    for language in PHONE_LANGUAGES:
        missing = {c for c in codes if f"error.{c}" not in words(language)}
        assert not missing, f"phone-{language}.json lacks words for {sorted(missing)}"


def test_the_spanish_deck_is_the_english_decks_counterpart_and_back() -> None:
    assert deck_family(ENGLISH) == deck_family(SPANISH) == "living-cities-2013"
    assert same_shape(ENGLISH, SPANISH)
    assert counterpart(ENGLISH, "es-MX") == SPANISH
    assert counterpart(SPANISH, "en") == ENGLISH
    assert counterpart(ENGLISH, "en-GB") is ENGLISH
    assert counterpart(ENGLISH, "fr") is ENGLISH  # no French deck: the workshop's own
    assert set(list_builtin_decks()) >= {ENGLISH.key, SPANISH.key}


def test_a_counterpart_of_another_shape_is_not_used() -> None:
    fewer = SPANISH._replace(key="living-cities-2013-es", cards=SPANISH.cards[1:])
    assert not same_shape(ENGLISH, fewer)
    other_types = SPANISH.cards[0]._replace(types=())
    assert not same_shape(ENGLISH, SPANISH._replace(cards=(other_types, *SPANISH.cards[1:])))


@pytest.mark.parametrize(
    ("asked", "header", "deck", "expected"),
    [
        ("es", "en-US,en;q=0.9", "en", "es"),  # the phone's own choice wins
        ("", "es-ES,es;q=0.9,en;q=0.8", "en", "es"),
        (None, "fr-FR,fr;q=0.9,en;q=0.5,es;q=0.7", "en", "es"),  # q order, not list order
        ("", "de-DE,fr;q=0.8", "es", "es"),  # neither: the workshop deck's language
        ("", "de-DE", "de", "en"),
        ("klingon", "", "en", "en"),
        ("es" * 30, "x" * 5000, "es", "es"),  # hostile sizes are ignored, not parsed
        (7, "es;q=abc, en;q=0", "en", "en"),
    ],
)
def test_a_phones_language_is_chosen_by_a_clear_rule(
    asked: object, header: str, deck: str, expected: str
) -> None:
    assert choose(asked, header, deck) == expected


def test_accept_language_ignores_refused_languages() -> None:
    assert from_accept_language("es;q=0, en") == "en"
    assert from_accept_language("") is None


def test_a_spanish_phone_gets_spanish_card_text_for_an_english_workshop(room: Room) -> None:
    to_card(room, "representatives")
    spanish, english = room.phone(), room.phone()
    es = state(room, spanish, lang="es")
    en = state(room, english)
    card_es, card_en = SPANISH.card("representatives"), ENGLISH.card("representatives")
    assert es["language"] == "es" and en["language"] == "en"
    assert es["card"]["title"] == card_es.title and en["card"]["title"] == card_en.title
    assert es["card"]["definition"] == card_es.definition
    assert es["card"]["question"] == card_es.question
    assert [t["name"] for t in es["card"]["types"]] == ["Ejecutor", "Decisor"]
    assert es["card"]["types"][0]["characteristics"] == list(card_es.types[0].characteristics)
    assert [t["id"] for t in es["card"]["types"]] == ["Doer", "Decision-maker"]
    assert es["scale"][0]["label"] == "Muy en desacuerdo"
    assert en["scale"][0]["label"] == "Strongly disagree"
    # The type is recorded as the workshop deck names it, whatever the phone showed.
    spanish.post(room.base + "api/join", json={"participant": room.ids["Ana"]}, headers=HEADERS)
    body = {"card": "representatives", "round": 1, "value": 4, "type": "Decision-maker"}
    voted = spanish.post(room.base + "api/vote?lang=es", json=body, headers=HEADERS)
    assert voted.status_code == 200 and voted.json()["mine"]["type"] == "Decision-maker"
    assert voted.json()["card"]["title"] == card_es.title
    body["type"] = "Decisor"  # a shown name is not an id: refused, nothing recorded
    refused = spanish.post(room.base + "api/vote?lang=es", json=body, headers=HEADERS)
    assert refused.status_code == 400 and refused.json()["error"] == "bad-type"
    assert [(v["value"], v["type_choice"]) for v in room.votes_on_disk()] == [(4, "Decision-maker")]


def test_an_english_phone_gets_english_card_text_for_a_spanish_workshop(
    room_factory: Callable[..., Room],
) -> None:
    room = room_factory(deck="living-cities-2013-es")
    to_card(room, "financial-resources")
    phone = room.phone()
    by_default = state(room, phone)  # no Accept-Language from the test client's phone
    assert by_default["language"] == "es"
    assert by_default["card"]["title"] == SPANISH.card("financial-resources").title
    english = phone.get(
        room.base + "api/state", headers={**HEADERS, "Accept-Language": "en-GB,en;q=0.9"}
    ).json()
    assert english["language"] == "en"
    assert english["card"]["title"] == ENGLISH.card("financial-resources").title
    assert [t["name"] for t in english["card"]["types"]] == ["Grants", "Redirected/Aligned"]
    assert [t["id"] for t in english["card"]["types"]] == ["Subvenciones", "Reorientados/alineados"]
    chosen = state(room, phone, lang="en")
    assert chosen["card"]["question"] == ENGLISH.card("financial-resources").question
    assert chosen["scale"][-1]["label"] == "Strongly agree"


def test_the_words_are_served_in_the_phones_language(room: Room) -> None:
    phone = room.phone()
    asked = phone.get(room.base + "api/words", params={"lang": "es"}, headers=HEADERS).json()
    assert asked["language"] == "es" and asked["languages"] == list(PHONE_LANGUAGES)
    assert asked["words"] == words("es")
    browser = phone.get(room.base + "api/words", headers={**HEADERS, "Accept-Language": "es-AR"})
    assert browser.json()["language"] == "es"
    plain = phone.get(room.base + "api/words", params={"lang": "<script>"}, headers=HEADERS)
    assert plain.json()["language"] == "en"  # the English workshop's language
    assert phone.get(room.base + "api/words").status_code == 403  # the page's header is needed
    assert phone.get("/j/not-the-secret/api/words", headers=HEADERS).status_code == 404


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        ("", ""),
        ("es\x00", "es;q=1e999"),
        ("../../etc/passwd", ";;;,,,q=,"),
        ("ES-es", "*"),
        ("é" * 2000, "es-" + "x" * 390),
        ("en es", "\t es \t;\tq=0.5"),
    ],
)
def test_a_hostile_language_is_one_of_the_phone_languages(
    room: Room, lang: str, header: str
) -> None:
    phone = room.phone()
    for path in ("api/state", "api/words"):
        answer = phone.get(
            room.base + path, params={"lang": lang}, headers={**HEADERS, "Accept-Language": header}
        )
        assert answer.status_code == 200
        assert answer.json()["language"] in PHONE_LANGUAGES
