"""Values in a workshop file that xsector could not use, found before anything shows them.

A file whose schema is right may still hold what no xsector writes: a deck or scale that does
not exist here, settings that are not JSON, a vote of 99 on a five-point scale, a name a
megabyte long. Each is reported in words naming the table, the row and the value, so the open
is refused in one line instead of failing later with a traceback. The limits are the ones the
store enforces when writing (``TEXT_LIMITS``), so every file xsector writes passes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import get_args

from ..core.deck import Deck, DeckError, builtin_deck, list_builtin_decks
from ..core.limits import (
    MAX_COMMENT_LENGTH,
    MAX_NAME_LENGTH,
    MAX_SETTINGS_BYTES,
    MAX_TEXT_LENGTH,
)
from ..core.model import DISAGREEMENT_KINDS, ROLES, TRUST_STAGES, VoteSource
from ..core.scales import Scale, builtin_scales

# (table, column, at most this many characters): checked on reading, enforced on writing.
TEXT_LIMITS: tuple[tuple[str, str, int], ...] = (
    ("workshop", "partnership", MAX_NAME_LENGTH),
    ("workshop", "date", MAX_NAME_LENGTH),
    ("workshop", "place", MAX_NAME_LENGTH),
    ("workshop", "facilitator", MAX_NAME_LENGTH),
    ("workshop", "settings", MAX_SETTINGS_BYTES),
    ("participant_changes", "name", MAX_NAME_LENGTH),
    ("participant_changes", "sector", MAX_NAME_LENGTH),
    ("votes", "comment", MAX_COMMENT_LENGTH),
    ("votes", "type_choice", MAX_NAME_LENGTH),
    ("disagreements", "text", MAX_TEXT_LENGTH),
    ("notes", "text", MAX_TEXT_LENGTH),
)

_CHOICES: tuple[tuple[str, str, Sequence[str]], ...] = (
    ("participant_changes", "role", ROLES),
    ("votes", "source", get_args(VoteSource)),
    ("disagreements", "kind", DISAGREEMENT_KINDS),
    ("disagreement_status", "status", ("open", "resolved")),
    ("trust_readings", "suggested", TRUST_STAGES),
    ("trust_readings", "chosen", TRUST_STAGES),
)

_CARD_COLUMNS = (("votes", "card"), ("rounds", "card"), ("disagreements", "card"))


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _first_outside(
    conn: sqlite3.Connection, table: str, column: str, allowed: Iterable[object]
) -> tuple[int, object] | None:
    """The first row whose column holds a value not in ``allowed`` (NULLs are not looked at)."""
    values = list(allowed)
    marks = ", ".join("?" for _ in values) or "NULL"
    return conn.execute(  # type: ignore[no-any-return]
        f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL"
        f" AND {column} NOT IN ({marks}) ORDER BY id LIMIT 1",
        values,
    ).fetchone()


def _measure(column: str) -> str:
    # Settings are measured in bytes (what is parsed), the rest in characters (what is shown).
    return f"length(CAST({column} AS BLOB))" if column == "settings" else f"length({column})"


def _all_clear(conn: sqlite3.Connection, deck: Deck, scale: Scale, settings: str) -> bool:
    """True when nothing below would be found: one pass over each table, every rule at once.

    Opening a workshop of 33,000 votes takes 5 passes over them otherwise (about 45 ms); the
    rule-by-rule queries run only for a file that has something to report.
    """
    try:
        if not isinstance(json.loads(settings), dict):
            return False
    except (ValueError, RecursionError):
        return False
    rules: dict[str, list[tuple[str, list[object]]]] = {}

    def outside(table: str, column: str, allowed: Sequence[object]) -> None:
        marks = ", ".join("?" for _ in allowed)
        rules.setdefault(table, []).append(
            (f"({column} IS NOT NULL AND {column} NOT IN ({marks}))", list(allowed))
        )

    for table, column, limit in TEXT_LIMITS:
        rules.setdefault(table, []).append((f"{_measure(column)} > ?", [limit]))
    outside("votes", "value", scale.values)
    for table, column, choices in _CHOICES:
        outside(table, column, choices)
    for table, column in _CARD_COLUMNS:
        outside(table, column, deck.card_keys)
    for table, conditions in rules.items():
        where = " OR ".join(condition for condition, _ in conditions)
        params = [value for _, values in conditions for value in values]
        if conn.execute(f"SELECT 1 FROM {table} WHERE {where} LIMIT 1", params).fetchone():
            return False
    return True


def content_problems(conn: sqlite3.Connection) -> list[str]:
    """What in the file xsector cannot use, each naming its table and row; [] when all is well.

    Reads only the tables (no views), with the schema already checked.
    """
    problems: list[str] = []
    rows = conn.execute("SELECT id, deck, scale, settings FROM workshop").fetchall()
    if len(rows) != 1:
        return [f"table workshop has {len(rows)} rows (a workshop has exactly one)"]
    known_scales = builtin_scales()
    if rows[0][1] in list_builtin_decks() and rows[0][2] in known_scales:
        try:
            if _all_clear(conn, builtin_deck(rows[0][1]), known_scales[rows[0][2]], rows[0][3]):
                return []
        except DeckError:
            pass  # named below
    for table, column, limit in TEXT_LIMITS:
        measure = _measure(column)
        found = conn.execute(
            f"SELECT id, {measure} FROM {table} WHERE {measure} > ? ORDER BY id LIMIT 1", (limit,)
        ).fetchone()
        if found is not None:
            unit = "bytes" if column == "settings" else "characters"
            problems.append(
                f"{table} row {found[0]}: {column} is {found[1]} {unit} long (at most {limit})"
            )
    _, deck_key, scale_key, settings = rows[0]
    if deck_key not in list_builtin_decks():
        problems.append(
            f"table workshop: deck {_shown(deck_key)} is not a deck this xsector knows"
            f" (known: {', '.join(list_builtin_decks())})"
        )
        deck = None
    else:
        try:
            deck = builtin_deck(deck_key)
        except DeckError as error:  # a broken install rather than a bad file, but still named
            problems.append(str(error))
            deck = None
    scales = builtin_scales()
    if scale_key not in scales:
        problems.append(
            f"table workshop: scale {_shown(scale_key)} is not a vote scale this xsector knows"
            f" (known: {', '.join(scales)})"
        )
    else:
        outside = _first_outside(conn, "votes", "value", scales[scale_key].values)
        if outside is not None:
            problems.append(
                f"votes row {outside[0]}: value {_shown(outside[1])} is not a point of the"
                f" {scale_key} scale ({', '.join(map(str, scales[scale_key].values))})"
            )
    if not any(p.startswith("workshop row") and "settings" in p for p in problems):
        try:
            parsed = json.loads(settings)
        except (ValueError, RecursionError):
            problems.append("table workshop: settings are not JSON")
        else:
            if not isinstance(parsed, dict):
                problems.append(
                    f"table workshop: settings are JSON {type(parsed).__name__}, not an object"
                )
    for table, column, choices in _CHOICES:
        outside = _first_outside(conn, table, column, choices)
        if outside is not None:
            problems.append(
                f"{table} row {outside[0]}: {column} {_shown(outside[1])} is not one of"
                f" {', '.join(choices)}"
            )
    if deck is not None:
        for table, column in _CARD_COLUMNS:
            outside = _first_outside(conn, table, column, deck.card_keys)
            if outside is not None:
                problems.append(
                    f"{table} row {outside[0]}: card {_shown(outside[1])} is not a card of deck"
                    f" {deck.key}"
                )
    return problems
