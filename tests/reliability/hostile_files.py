"""Workshop files tampered with on purpose, as someone who mails one to a facilitator might.

Each maker takes a real workshop's bytes and plants one thing with plain sqlite3: a trigger, a
view, a changed table, a value xsector cannot use. Every planted trigger and view that could run
writes to ``marker`` (made empty by :func:`plant`) or renames the partnership to ``PWNED``, so a
test proves that none of them ever ran by finding ``marker`` empty and the name unchanged.
test_bad_files.py tries each of them the four ways it tries every bad file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from xsector_desktop.store import StoreError
from xsector_desktop.store.errors import UnusableValue, UnusualSchema

Maker = Callable[[Path, bytes], None]

UNUSUAL_ADVICE = "writes a clean copy"
UNUSABLE_ADVICE = "made or edited by another program"
MARKER = "marker"
PARTNERSHIP = "Riverside Opportunity Partnership"


def plant(*statements: str, marker: bool = False) -> Maker:
    """A maker: the workshop's bytes, then the statements run on it as one script."""

    def make(path: Path, workshop: bytes) -> None:
        path.write_bytes(workshop)
        conn = sqlite3.connect(path)
        try:
            if marker:
                conn.execute(f"CREATE TABLE {MARKER} (what TEXT)")
            conn.executescript(";\n".join(statements))
            conn.commit()
        finally:
            conn.close()

    make.__doc__ = "; ".join(statements)
    return make


def marker_rows(path: Path) -> list[tuple[str]] | None:
    """What the planted triggers wrote (None when the file has no marker table), read-only."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        try:
            return conn.execute(f"SELECT what FROM {MARKER}").fetchall()
        except sqlite3.OperationalError:
            return None
    finally:
        conn.close()


def partnership(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return str(conn.execute("SELECT partnership FROM workshop").fetchone()[0])
    finally:
        conn.close()


# label, maker, the error it is refused with, words the refusal must contain (the object named)
HOSTILE: list[tuple[str, Maker, type[StoreError], str]] = [
    (
        "a planted AFTER INSERT trigger on votes",
        plant(
            "CREATE TRIGGER keep_one_vote AFTER INSERT ON votes BEGIN"
            " DELETE FROM votes WHERE id < new.id;"
            f" INSERT INTO {MARKER} VALUES ('votes deleted');"
            " UPDATE workshop SET partnership = 'PWNED'; END",
            marker=True,
        ),
        UnusualSchema,
        "foreign trigger 'keep_one_vote' on votes",
    ),
    (
        "votes replaced by a view with an INSTEAD OF trigger",
        plant(
            "PRAGMA legacy_alter_table = ON",
            "ALTER TABLE votes RENAME TO stored_votes",
            "CREATE VIEW votes AS SELECT * FROM stored_votes",
            "CREATE TRIGGER votes_write INSTEAD OF INSERT ON votes BEGIN"
            " INSERT INTO stored_votes (participant_id, card, round, value, comment, source,"
            " cast_at) VALUES (new.participant_id, new.card, new.round, 1, new.comment,"
            " new.source, new.cast_at);"
            f" INSERT INTO {MARKER} VALUES ('vote rewritten'); END",
            marker=True,
        ),
        UnusualSchema,
        "foreign trigger 'votes_write' on votes",
    ),
    (
        "a fake current_votes view",
        plant(
            "DROP VIEW current_votes",
            "CREATE VIEW current_votes AS SELECT id, participant_id, card, round, 5 AS value,"
            " type_choice, comment, source, cast_at FROM votes",
        ),
        UnusualSchema,
        "changed view 'current_votes'",
    ),
    (
        "a recursive view behind current_participants",
        plant(
            "CREATE VIEW endless AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL"
            " SELECT i + 1 FROM n) SELECT i FROM n",
            "DROP VIEW current_participants",
            "CREATE VIEW current_participants AS SELECT c.participant_id AS id, c.name,"
            " c.sector, c.role, c.changed_at FROM participant_changes c, endless"
            " WHERE c.active = 1",
        ),
        UnusualSchema,
        "foreign view 'endless'",
    ),
    (
        "a trigger that fills the settings with blobs",
        plant(
            "CREATE TRIGGER grow AFTER INSERT ON votes BEGIN"
            " UPDATE workshop SET settings = settings || hex(zeroblob(10000000));"
            f" INSERT INTO {MARKER} VALUES ('grown'); END",
            marker=True,
        ),
        UnusualSchema,
        "foreign trigger 'grow' on votes",
    ),
    (
        "a view calling load_extension()",
        plant(
            "DROP VIEW current_rounds",
            "CREATE VIEW current_rounds AS SELECT r.id, r.card, r.round, r.opened_at,"
            " load_extension('/tmp/not-there.so') AS revealed_at FROM rounds r",
        ),
        UnusualSchema,
        "changed view 'current_rounds'",
    ),
    (
        "an unknown deck",
        plant("UPDATE workshop SET deck = 'tarot-1999'"),
        UnusableValue,
        "deck 'tarot-1999' is not a deck this xsector knows",
    ),
    (
        "an unknown scale",
        plant("UPDATE workshop SET scale = 'agree11'"),
        UnusableValue,
        "scale 'agree11' is not a vote scale this xsector knows",
    ),
    (
        "settings that are not JSON",
        plant("UPDATE workshop SET settings = '{thresholds: oops'"),
        UnusableValue,
        "settings are not JSON",
    ),
    (
        "a vote of 99",
        plant("UPDATE votes SET value = 99 WHERE id = 7"),
        UnusableValue,
        "votes row 7: value 99 is not a point of the agree5 scale",
    ),
    (
        "an extra table",
        plant("CREATE TABLE crypto_wallet (address TEXT)"),
        UnusualSchema,
        "foreign table 'crypto_wallet'",
    ),
    (
        "an extra column",
        plant("ALTER TABLE participant_changes ADD COLUMN email TEXT"),
        UnusualSchema,
        "changed table 'participant_changes'",
    ),
    (
        "user_version 0",
        plant("PRAGMA user_version = 0"),
        UnusualSchema,
        "format number is 0",
    ),
    (
        "a missing migration record",
        plant("DELETE FROM _sqlite_migrations WHERE name = 'm002_current_views'"),
        UnusualSchema,
        "no record of 'm002_current_views'",
    ),
    # Our own: the quieter ways a file can mislead or break the app.
    (
        "a dropped index",
        plant("DROP INDEX idx_votes_card_round"),
        UnusualSchema,
        "missing index 'idx_votes_card_round' on votes",
    ),
    (
        "a trigger that swallows every undo",
        plant(
            "CREATE TRIGGER never_forget BEFORE INSERT ON retractions BEGIN"
            f" INSERT INTO {MARKER} VALUES ('undo seen'); SELECT RAISE(IGNORE); END",
            marker=True,
        ),
        UnusualSchema,
        "foreign trigger 'never_forget' on retractions",
    ),
    (
        "an index on an expression",
        plant("CREATE INDEX sneaky ON votes (abs(value))"),
        UnusualSchema,
        "foreign index 'sneaky' on votes",
    ),
    (
        "a partnership name 5,000 characters long",
        plant("UPDATE workshop SET partnership = printf('%5000s', 'x')"),
        UnusableValue,
        "partnership is 5000 characters long (at most 200)",
    ),
    (
        "a megabyte of settings",
        plant("UPDATE workshop SET settings = '{\"pad\": \"' || printf('%1000000s', '') || '\"}'"),
        UnusableValue,
        "settings is 1000011 bytes long",
    ),
    (
        "a role xsector does not know",
        plant("UPDATE participant_changes SET role = 'admin' WHERE id = 1"),
        UnusableValue,
        "participant_changes row 1: role 'admin' is not one of",
    ),
    (
        "a vote on a card not in the deck",
        plant("UPDATE votes SET card = 'tarot' WHERE id = 3"),
        UnusableValue,
        "votes row 3: card 'tarot' is not a card of deck",
    ),
    (
        "settings that are a JSON list",
        plant("UPDATE workshop SET settings = '[1, 2]'"),
        UnusableValue,
        "settings are JSON list, not an object",
    ),
]
