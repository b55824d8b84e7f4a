"""The framework deck: cards, their types and the behaviour cycles, read from a data file.

A deck is data (resources/decks/*.json), so a second framework or a translation is just another
file. The loader trusts nothing: a deck that is projected in front of a room full of people must
fail on the facilitator's laptop the day before, with a message that says where, not half-load.
"""

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Literal, NamedTuple

from .datafile import DataFileError
from .resources import resource_path

DECK_FORMAT = "xsector-deck"
DECK_FORMAT_VERSION = 1
DECKS_DIR = "decks"
DEFAULT_DECK = "living-cities-2013"

# The longest text of the bundled deck is about 200 characters; a card read from the back of a
# room, and a handout that keeps one card to one sheet, have room for about twice that.
MAX_TEXT_LENGTH = 600

CardGroup = Literal["trait", "factor"]
CARD_GROUPS: tuple[CardGroup, ...] = ("trait", "factor")


class DeckError(DataFileError):
    """A deck file that cannot be used."""


class DeckSource(NamedTuple):
    """The publication a deck's cards are taken from, for the source line in print."""

    publisher: str
    title: str
    version: str
    date: str
    url: str | None = None


class CardType(NamedTuple):
    """One type the framework proposes for a card, with the characteristics that mark it."""

    name: str
    characteristics: tuple[str, ...]


class Card(NamedTuple):
    """One trait or factor of the deck: what it means, its proposed types and the question asked."""

    key: str
    group: CardGroup
    number: int  # position within its group, from 1
    title: str
    definition: str
    types: tuple[CardType, ...]
    question: str

    @property
    def has_type_choice(self) -> bool:
        """Whether a vote on this card may also say which of its types the voter prefers."""
        return len(self.types) >= 2

    @property
    def type_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.types)


class CycleStage(NamedTuple):
    """One stage of a behaviour cycle, such as Forming in the trust cycle."""

    key: str
    name: str
    summary: str


class Cycle(NamedTuple):
    """A behaviour cycle the deck describes (trust, problem solving): read, not voted on."""

    key: str
    title: str
    summary: str
    stages: tuple[CycleStage, ...]  # in the cycle's own order

    @property
    def stage_keys(self) -> tuple[str, ...]:
        return tuple(s.key for s in self.stages)

    def stage(self, key: str) -> CycleStage:
        for stage in self.stages:
            if stage.key == key:
                return stage
        raise KeyError(
            f"unknown stage '{key}' in cycle '{self.key}' (known: {_known(self.stage_keys)})"
        )


class Deck(NamedTuple):
    """A framework deck as read from its data file: its cards, in walk-through order, and cycles."""

    key: str
    title: str
    version: int  # the deck file format version it was written in
    language: str
    source: DeckSource
    cards: tuple[Card, ...]  # in the order a workshop walks them
    cycles: tuple[Cycle, ...]

    @property
    def card_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.cards)

    @property
    def traits(self) -> tuple[Card, ...]:
        return tuple(c for c in self.cards if c.group == "trait")

    @property
    def factors(self) -> tuple[Card, ...]:
        return tuple(c for c in self.cards if c.group == "factor")

    @property
    def cycle_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.cycles)

    def card(self, key: str) -> Card:
        for card in self.cards:
            if card.key == key:
                return card
        raise KeyError(
            f"unknown card '{key}' in deck '{self.key}' (known: {_known(self.card_keys)})"
        )

    def has_card(self, key: str) -> bool:
        return key in self.card_keys

    def cycle(self, key: str) -> Cycle:
        for cycle in self.cycles:
            if cycle.key == key:
                return cycle
        raise KeyError(
            f"unknown cycle '{key}' in deck '{self.key}' (known: {_known(self.cycle_keys)})"
        )


def _known(keys: Sequence[str]) -> str:
    return ", ".join(keys) or "none"


def slugify(title: str) -> str:
    """The key a title gets: lower case, ASCII, words joined by hyphens, '&' read as 'and'."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = re.split(r"[^a-z0-9]+", ascii_text.lower().replace("&", " and "))
    return "-".join(w for w in words if w)


def load_deck(path: Path) -> Deck:
    """Read and validate a deck file; DeckError names the file, the key path and the problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DeckError(path, "(file)", f"cannot be read: {reason}") from exc
    from .deck_parser import parse_deck  # the validation is long; the types above are the API

    return parse_deck(path, text)


def list_builtin_decks() -> list[str]:
    """Keys of the decks that ship with xsector, sorted."""
    return _deck_keys(resource_path(DECKS_DIR))


def _deck_keys(folder: Path) -> list[str]:
    return sorted(p.stem for p in folder.glob("*.json"))


def builtin_deck(key: str = DEFAULT_DECK) -> Deck:
    """A bundled deck by key (its file name), loaded once; KeyError names the known keys."""
    return _load_builtin_deck(key)


@cache
def _load_builtin_deck(key: str) -> Deck:
    folder = resource_path(DECKS_DIR)
    path = folder / f"{key}.json"
    # The file itself is asked for first; the folder is listed only to name the known keys.
    if Path(key).name != key or not path.is_file():
        known = _deck_keys(folder)
        if key not in known:
            raise KeyError(f"unknown deck '{key}' (known: {_known(known)})")
    deck = load_deck(path)
    if deck.key != key:
        raise DeckError(path, "key", f"'{deck.key}' must match the file name '{key}'")
    return deck
