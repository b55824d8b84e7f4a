"""Each phone's own language, whatever the projector shows (docs/phones.md).

Two things change with it: the page's own words, from a small table per language
(resources/messages/phone-LANG.json, data served to the page), and the card text, from the
workshop deck's counterpart in that language (core/deck_language.py). The scale's labels come
from the printed words' catalogue, which already holds the built-in scales in every language the
PDFs speak.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from ..core.deck import Deck
from ..core.deck_language import base_language, counterpart
from ..core.resources import resource_path
from ..report.language import catalogue

PHONE_LANGUAGES = ("en", "es")  # a phone-LANG.json for each; tests check they match
_MAX_ACCEPT_LANGUAGE = 400  # a header longer than any browser sends is not read at all


@cache
def words(language: str) -> dict[str, str]:
    """The page's words in one of PHONE_LANGUAGES (KeyError for any other)."""
    if language not in PHONE_LANGUAGES:
        raise KeyError(f"no phone words for '{language}' (known: {', '.join(PHONE_LANGUAGES)})")
    path = resource_path("messages", f"phone-{language}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data["words"].items()}


def supported(tag: object) -> str | None:
    """The phone language a tag such as "es-MX" asks for, or None."""
    if not isinstance(tag, str) or not 0 < len(tag) <= 35:
        return None
    base = base_language(tag.strip())
    return base if base in PHONE_LANGUAGES else None


def from_accept_language(header: str) -> str | None:
    """The first phone language in an Accept-Language header, by its q order."""
    if len(header) > _MAX_ACCEPT_LANGUAGE:
        return None
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                continue
        language = supported(tag)
        if language is not None and weight > 0:
            ranked.append((-weight, position, language))
    return min(ranked)[2] if ranked else None


def choose(asked: object, accept_language: str, deck_language: str) -> str:
    """The phone's language: what it asked for (its remembered choice), else its browser's
    language, else the workshop deck's, else English."""
    return (
        supported(asked)
        or from_accept_language(accept_language)
        or supported(deck_language)
        or PHONE_LANGUAGES[0]
    )


def scale_label(label: str, language: str) -> str:
    """A built-in scale's label (English in scales.json) in `language`."""
    return catalogue(language).get(label, label)


def phone_decks(deck: Deck) -> dict[str, Deck]:
    """The workshop deck as each phone language shows it (its counterparts, found once)."""
    return {language: counterpart(deck, language) for language in PHONE_LANGUAGES}


def card_text(deck: Deck, shown_in: Deck, key: str) -> dict[str, Any]:
    """The card `key` of the workshop's `deck` as a phone shows it, worded by `shown_in`. Each
    type carries `id`, its name in the workshop's deck, which is what a vote records, and
    `name`, what the phone shows."""
    card = deck.card(key)
    shown = shown_in.card(key)
    return {
        "key": card.key,
        "title": shown.title,
        "definition": shown.definition,
        "types": [
            {"id": own.name, "name": said.name, "characteristics": list(said.characteristics)}
            for own, said in zip(card.types, shown.types, strict=True)
        ],
        "question": shown.question,
    }
