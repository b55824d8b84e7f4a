"""The same framework in another language: how a deck finds its translations.

The rule (docs/phones.md): a translated deck is named after the deck it translates, plus a hyphen
and its language, ``living-cities-2013`` and ``living-cities-2013-es``. Both belong to the family
``living-cities-2013``; a deck's family is its key with a trailing ``-<language>`` taken off when
that suffix is the deck's own language. A counterpart is only used if it is a faithful
translation in shape: the same card keys, and the same number of types on every card, so that a
vote or a type chosen on it means the same as on the workshop's deck.
"""

from __future__ import annotations

from .deck import Deck, DeckError, builtin_deck, list_builtin_decks


def base_language(tag: str) -> str:
    """ "es-MX" -> "es", "EN" -> "en": translations are per language, not per country."""
    return tag.replace("_", "-").split("-")[0].lower()


def deck_family(deck: Deck) -> str:
    """The key the deck and all its translations share."""
    suffix = f"-{deck.language.lower()}"
    if deck.key.endswith(suffix) and len(deck.key) > len(suffix):
        return deck.key[: -len(suffix)]
    return deck.key


def same_shape(deck: Deck, other: Deck) -> bool:
    """Whether `other` has `deck`'s cards, in any order, each with as many types."""
    if sorted(deck.card_keys) != sorted(other.card_keys):
        return False
    return all(len(c.types) == len(other.card(c.key).types) for c in deck.cards)


def counterpart(deck: Deck, language: str) -> Deck:
    """The bundled deck of `deck`'s family in `language`; `deck` itself when there is none.

    It lists the bundled decks each time: ask once per workshop, not per card."""
    wanted = base_language(language)
    if base_language(deck.language) == wanted:
        return deck
    family = deck_family(deck)
    for key in list_builtin_decks():
        if key != family and not key.startswith(f"{family}-"):
            continue
        try:
            other = builtin_deck(key)
        except (KeyError, DeckError):
            continue  # a broken bundled deck is reported where it is used, not here
        if (
            base_language(other.language) == wanted
            and deck_family(other) == family
            and same_shape(deck, other)
        ):
            return other
    return deck
