"""The deck loader's checks: decoded JSON in, a Deck out, or DeckError at the first problem.

Split from deck.py, which holds the deck's types and how bundled decks are found; this module is
everything a deck file must satisfy, each refusal naming its key path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from .deck import (
    CARD_GROUPS,
    DECK_FORMAT,
    DECK_FORMAT_VERSION,
    MAX_TEXT_LENGTH,
    Card,
    CardType,
    Cycle,
    CycleStage,
    Deck,
    DeckError,
    DeckSource,
    slugify,
)

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# BCP 47 in its everyday shape: "en", "es", "fr-CA", "zh-Hant".
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
# What a text may not hold: Unicode's control characters (category Cc) other than newline and
# tab, and surrogates (Cs), which stand alone in a decoded string only when it is not text.
# One regular-expression scan rather than a category look-up per character: the built-in deck
# is checked at every start-up.
_NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def parse_deck(path: Path, text: str) -> Deck:
    try:
        raw = json.loads(text, object_pairs_hook=_remember_repeats)
    except json.JSONDecodeError as exc:
        raise DeckError(path, f"line {exc.lineno}", f"not valid JSON: {exc.msg}") from exc
    return _Parser(path).deck(raw)


class _KeyedObject(dict[str, Any]):
    """A JSON object that remembers which of its keys were written twice.

    json keeps the last of two equal keys without a word; in a hand-edited deck that hides a
    typo or a stale copy, so the parser reports it with the object's key path instead.
    """

    repeated: tuple[str, ...] = ()


def _remember_repeats(pairs: list[tuple[str, Any]]) -> _KeyedObject:
    obj = _KeyedObject(pairs)
    if len(obj) != len(pairs):
        names = [name for name, _ in pairs]
        obj.repeated = tuple(n for i, n in enumerate(names) if n in names[:i])
    return obj


def _join(where: str, name: str | int) -> str:
    if isinstance(name, int):
        return f"{where}[{name}]"
    return f"{where}.{name}" if where else name


class _Parser:
    """Turns the decoded JSON into a Deck, stopping at the first problem with its key path."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> NoReturn:
        raise DeckError(self.path, where, problem)

    def fields(
        self, raw: Any, where: str, required: Sequence[str], optional: Sequence[str] = ()
    ) -> dict[str, Any]:
        if not isinstance(raw, dict):
            self.fail(where or "(document)", "must be an object")
        repeated = getattr(raw, "repeated", ())
        if repeated:
            self.fail(_join(where, repeated[0]), "is written twice in the same object")
        allowed = (*required, *optional)
        for name in raw:
            if name not in allowed:
                import difflib  # only a deck with a mistake needs it: not at start-up

                close = difflib.get_close_matches(name, allowed, n=1)
                hint = f"did you mean '{close[0]}'?" if close else f"expected: {', '.join(allowed)}"
                self.fail(_join(where, name), f"unknown field ({hint})")
        for name in required:
            if name not in raw:
                self.fail(_join(where, name), "is missing")
        return raw

    def text(self, obj: dict[str, Any], where: str, name: str) -> str:
        return self.text_value(obj[name], _join(where, name))

    def text_value(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            self.fail(where, f"must be a string, not {_json_type(value)}")
        if not value.strip():
            self.fail(where, "must not be empty")
        if len(value) > MAX_TEXT_LENGTH:
            self.fail(where, f"is {len(value)} characters long; a deck's texts are projected and "
                      f"printed on one sheet, so at most {MAX_TEXT_LENGTH}")  # fmt: skip
        bad = _NOT_TEXT.search(value)
        if bad is not None:
            code = ord(bad.group())
            if 0xD800 <= code <= 0xDFFF:
                self.fail(where, f"holds a lone surrogate (U+{code:04X}), which is not text")
            self.fail(where, f"holds a control character (U+{code:04X})")
        return value.strip()

    def slug(self, obj: dict[str, Any], where: str, name: str) -> str:
        value = self.text(obj, where, name)
        if not _SLUG.fullmatch(value):
            self.fail(_join(where, name), f"'{value}' must be a lower-case slug like 'time-frame'")
        return value

    def whole_number(self, obj: dict[str, Any], where: str, name: str) -> int:
        value = obj[name]
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(_join(where, name), f"must be a whole number, not {_json_type(value)}")
        if value < 1:
            self.fail(_join(where, name), "must be 1 or more")
        return value

    def items(self, obj: dict[str, Any], where: str, name: str, *, allow_empty: bool) -> list[Any]:
        value = obj[name]
        if not isinstance(value, list):
            self.fail(_join(where, name), f"must be a list, not {_json_type(value)}")
        if not value and not allow_empty:
            self.fail(_join(where, name), "must not be empty")
        return value

    def check_unique(self, keys: Sequence[str], where: str, field: str, label: str) -> None:
        first_seen: dict[str, int] = {}
        for i, key in enumerate(keys):
            if key in first_seen:
                self.fail(
                    f"{where}[{i}].{field}",
                    f"{label} '{key}' is already used by {where}[{first_seen[key]}]",
                )
            first_seen[key] = i

    def deck(self, raw: Any) -> Deck:
        if not isinstance(raw, dict):
            self.fail("(document)", "must be a JSON object")
        self.check_format(raw)
        obj = self.fields(
            raw, "", ("format", "version", "key", "title", "language", "source", "cards", "cycles")
        )
        key = self.slug(obj, "", "key")
        title = self.text(obj, "", "title")
        language = self.text(obj, "", "language")
        if not _LANGUAGE.fullmatch(language):
            self.fail("language", f"'{language}' must be a language tag such as 'en' or 'es-MX'")
        source = self.source(obj["source"], "source")
        cards_raw = self.items(obj, "", "cards", allow_empty=False)
        # Card keys are slugs of the English titles (the command-line contract names them); a
        # deck in another language keeps the keys of the English deck it translates.
        english = language.split("-")[0].lower() == "en"
        cards = tuple(self.card(c, f"cards[{i}]", english) for i, c in enumerate(cards_raw))
        self.check_unique([c.key for c in cards], "cards", "key", "card key")
        self.check_numbering(cards)
        cycles_raw = self.items(obj, "", "cycles", allow_empty=True)
        cycles = tuple(self.cycle(c, f"cycles[{i}]") for i, c in enumerate(cycles_raw))
        self.check_unique([c.key for c in cycles], "cycles", "key", "cycle key")
        return Deck(key, title, DECK_FORMAT_VERSION, language, source, cards, cycles)

    def check_format(self, raw: dict[str, Any]) -> None:
        """Format and version first: a newer file may hold fields this loader never heard of."""
        if raw.get("format") != DECK_FORMAT:
            problem = "is missing" if "format" not in raw else f"must be '{DECK_FORMAT}'"
            self.fail("format", f"{problem}: this is not an xsector deck file")
        version = raw.get("version")
        if "version" not in raw:
            self.fail("version", "is missing")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.fail("version", f"must be a whole number from 1, not {json.dumps(version)}")
        if version > DECK_FORMAT_VERSION:
            self.fail(
                "version",
                f"deck format {version} was made by a newer xsector; this one reads up to "
                f"{DECK_FORMAT_VERSION}: update xsector to use this deck",
            )

    def check_numbering(self, cards: Sequence[Card]) -> None:
        next_number = dict.fromkeys(CARD_GROUPS, 1)
        for i, card in enumerate(cards):
            expected = next_number[card.group]
            if card.number != expected:
                self.fail(
                    f"cards[{i}].number",
                    f"is {card.number} but should be {expected}: the {card.group} cards "
                    "must be numbered 1, 2, 3, ... in the order they appear",
                )
            next_number[card.group] = expected + 1

    def source(self, raw: Any, where: str) -> DeckSource:
        obj = self.fields(raw, where, ("publisher", "title", "version", "date"), ("url",))
        url = None
        if obj.get("url") is not None:
            url = self.text(obj, where, "url")
        return DeckSource(
            publisher=self.text(obj, where, "publisher"),
            title=self.text(obj, where, "title"),
            version=self.text(obj, where, "version"),
            date=self.text(obj, where, "date"),
            url=url,
        )

    def card(self, raw: Any, where: str, english: bool = True) -> Card:
        fields = ("key", "group", "number", "title", "definition", "types", "question")
        obj = self.fields(raw, where, fields)
        key = self.slug(obj, where, "key")
        group = obj["group"]
        if group not in CARD_GROUPS:
            self.fail(f"{where}.group", f"must be 'trait' or 'factor', not {json.dumps(group)}")
        number = self.whole_number(obj, where, "number")
        title = self.text(obj, where, "title")
        definition = self.text(obj, where, "definition")
        types_raw = self.items(obj, where, "types", allow_empty=False)
        types = tuple(self.card_type(t, f"{where}.types[{i}]") for i, t in enumerate(types_raw))
        self.check_unique([t.name for t in types], f"{where}.types", "name", "type")
        question = self.text(obj, where, "question")
        if english and key != slugify(title):
            self.fail(
                f"{where}.key",
                f"'{key}' must be the slug of the title '{title}', that is '{slugify(title)}'",
            )
        return Card(key, group, number, title, definition, types, question)

    def card_type(self, raw: Any, where: str) -> CardType:
        obj = self.fields(raw, where, ("name", "characteristics"))
        name = self.text(obj, where, "name")
        points_raw = self.items(obj, where, "characteristics", allow_empty=False)
        points = tuple(
            self.text_value(p, _join(f"{where}.characteristics", i))
            for i, p in enumerate(points_raw)
        )
        return CardType(name, points)

    def cycle(self, raw: Any, where: str) -> Cycle:
        obj = self.fields(raw, where, ("key", "title", "summary", "stages"))
        key = self.slug(obj, where, "key")
        title = self.text(obj, where, "title")
        summary = self.text(obj, where, "summary")
        stages_raw = self.items(obj, where, "stages", allow_empty=False)
        stages = tuple(self.stage(s, f"{where}.stages[{i}]") for i, s in enumerate(stages_raw))
        self.check_unique([s.key for s in stages], f"{where}.stages", "key", "stage key")
        return Cycle(key, title, summary, stages)

    def stage(self, raw: Any, where: str) -> CycleStage:
        obj = self.fields(raw, where, ("key", "name", "summary"))
        return CycleStage(
            key=self.slug(obj, where, "key"),
            name=self.text(obj, where, "name"),
            summary=self.text(obj, where, "summary"),
        )


_JSON_TYPE_NAMES: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (bool, "true/false"),  # before int: JSON's true is a Python int too
    ((int, float), "a number"),
    (str, "a string"),
    (list, "a list"),
    (dict, "an object"),
)


def _json_type(value: Any) -> str:
    """A value's type as a deck author thinks of it: JSON's names, not Python's."""
    if value is None:
        return "null"
    return next(name for kind, name in _JSON_TYPE_NAMES if isinstance(value, kind))
