"""``check --repair``, last step: make copied values usable, and say what was changed.

The rows have been copied into a fresh file; what content_check would still refuse is fixed
here, the least invented way possible, and each fix is named in the repair's summary:

- settings that are not a JSON object, or too large, are emptied (the defaults apply);
- a deck or scale this xsector does not know is replaced by the default one;
- text over its length limit is cut to the limit;
- a role that is not known becomes "not said";
- rows that cannot mean anything here (a vote off the scale, anything on a card not in the deck,
  an unknown kind, status, source or stage) are left out, with the rows that depend on them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from ..core.deck import DEFAULT_DECK, builtin_deck, list_builtin_decks
from ..core.limits import MAX_SETTINGS_BYTES
from ..core.scales import DEFAULT_SCALE, builtin_scales
from .content_check import _CARD_COLUMNS, _CHOICES, TEXT_LIMITS

# Rows that point at a row of another table, which go when it goes.
_DEPENDENTS = {
    "rounds": (("reveals", "round_id"),),
    "disagreements": (("disagreement_status", "disagreement_id"),),
}


def _drop(conn: sqlite3.Connection, table: str, where: str, params: Sequence[object]) -> int:
    ids = [row[0] for row in conn.execute(f"SELECT id FROM {table} WHERE {where}", params)]
    for child, column in _DEPENDENTS.get(table, ()):
        for row_id in ids:
            conn.execute(f"DELETE FROM {child} WHERE {column} = ?", (row_id,))
    for row_id in ids:
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    return len(ids)


def make_usable(conn: sqlite3.Connection) -> list[str]:
    """Fix in place what xsector could not use; return one phrase per kind of fix made."""
    fixes: list[str] = []
    deck_key, scale_key, settings = conn.execute(
        "SELECT deck, scale, settings FROM workshop"
    ).fetchone()
    try:
        usable = isinstance(json.loads(settings), dict)
    except (ValueError, RecursionError):
        usable = False
    if not usable or len(settings.encode()) > MAX_SETTINGS_BYTES:
        conn.execute("UPDATE workshop SET settings = '{}'")
        fixes.append("settings were not usable and were emptied (the defaults apply)")
    if deck_key not in list_builtin_decks():
        conn.execute("UPDATE workshop SET deck = ?", (DEFAULT_DECK,))
        fixes.append(f"deck '{deck_key}' is unknown here and was set to {DEFAULT_DECK}")
        deck_key = DEFAULT_DECK
    if scale_key not in builtin_scales():
        conn.execute("UPDATE workshop SET scale = ?", (DEFAULT_SCALE,))
        fixes.append(f"scale '{scale_key}' is unknown here and was set to {DEFAULT_SCALE}")
        scale_key = DEFAULT_SCALE
    for table, column, limit in TEXT_LIMITS:
        if column == "settings":
            continue
        cut = conn.execute(
            f"UPDATE {table} SET {column} = substr({column}, 1, ?) WHERE length({column}) > ?",
            (limit, limit),
        ).rowcount
        if cut:
            fixes.append(f"{cut} {table}.{column} cut to {limit} characters")
    roles = conn.execute(
        "UPDATE participant_changes SET role = 'unsaid'"
        " WHERE role NOT IN ('doer', 'decision-maker', 'unsaid')"
    ).rowcount
    if roles:
        fixes.append(f"{roles} unknown roles set to 'not said'")
    values = list(builtin_scales()[scale_key].values)
    left_out = _drop(conn, "votes", f"value NOT IN ({', '.join('?' for _ in values)})", values)
    cards = list(builtin_deck(deck_key).card_keys)
    marks = ", ".join("?" for _ in cards)
    for table, column in _CARD_COLUMNS:
        left_out += _drop(conn, table, f"{column} NOT IN ({marks})", cards)
    for table, column, choices in _CHOICES:
        if table == "participant_changes":
            continue  # roles were mended above
        allowed = list(choices)
        left_out += _drop(
            conn, table, f"{column} NOT IN ({', '.join('?' for _ in allowed)})", allowed
        )
    if left_out:
        fixes.append(f"{left_out} rows with values xsector cannot use left out")
    return fixes
