"""The workshop file's tables, built and upgraded by sqlite-utils' named migrations.

Names are plain so that sqlite3 and Datasette users can read the file. Rows in the history tables
(votes, rounds, reveals, disagreements, disagreement_status, participant_changes, notes,
trust_readings, card_times) are only ever inserted; an undo is a row in ``retractions``.
A migration is never edited once released: a schema change is a new step appended to STEPS.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .fileformat import MIGRATION_SET

if TYPE_CHECKING:  # sqlite-utils takes ~70 ms to import: only files being built or upgraded need it
    from sqlite_utils import Database, Migrations

MigrationStep = tuple[str, Callable[["Database"], None]]

# Tables a retraction may name: every kind of write the UI can undo.
RETRACTABLE_TABLES: tuple[str, ...] = (
    "participant_changes",
    "votes",
    "rounds",
    "reveals",
    "disagreements",
    "disagreement_status",
    "notes",
    "trust_readings",
    "card_times",
    "retractions",  # a retracted retraction is a redo
)


def m001_create_workshop(db: Database) -> None:
    db.create_table(
        "workshop",
        {
            "id": int,
            "partnership": str,
            "date": str,
            "place": str,
            "facilitator": str,
            "deck": str,
            "scale": str,
            "anonymous": int,
            "anonymise_names": int,
            "privacy_protection": int,
            "settings": str,  # JSON object: signal thresholds and other facilitator choices
            "current_card": str,
            "current_round": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null=["partnership", "deck", "scale", "settings", "created_at", "updated_at"],
        strict=True,
    )
    db.create_table(
        "participants",
        {"id": int, "added_at": str},
        pk="id",
        not_null=["added_at"],
        strict=True,
    )
    db.create_table(
        "participant_changes",
        {
            "id": int,
            "participant_id": int,
            "name": str,
            "sector": str,
            "role": str,
            "active": int,  # 0 records a removal from the roster
            "changed_at": str,
        },
        pk="id",
        not_null=["participant_id", "name", "sector", "role", "active", "changed_at"],
        foreign_keys=[("participant_id", "participants", "id")],
        strict=True,
    )
    db.create_table(
        "rounds",
        {"id": int, "card": str, "round": int, "opened_at": str},
        pk="id",
        not_null=["card", "round", "opened_at"],
        strict=True,
    )
    db.create_table(
        "reveals",
        {"id": int, "round_id": int, "revealed_at": str},
        pk="id",
        not_null=["round_id", "revealed_at"],
        foreign_keys=[("round_id", "rounds", "id")],
        strict=True,
    )
    db.create_table(
        "votes",
        {
            "id": int,
            "participant_id": int,  # NULL: one hand of a show-of-hands tally
            "card": str,
            "round": int,
            "value": int,
            "type_choice": str,
            "comment": str,
            "source": str,
            "cast_at": str,
        },
        pk="id",
        not_null=["card", "round", "value", "comment", "source", "cast_at"],
        foreign_keys=[("participant_id", "participants", "id")],
        strict=True,
    )
    db.create_table(
        "disagreements",
        {
            "id": int,
            "card": str,
            "round": int,
            "kind": str,
            "text": str,
            "raised_by": int,
            "raised_at": str,
        },
        pk="id",
        not_null=["card", "round", "kind", "text", "raised_at"],
        foreign_keys=[("raised_by", "participants", "id")],
        strict=True,
    )
    db.create_table(
        "disagreement_status",
        {"id": int, "disagreement_id": int, "status": str, "changed_at": str},
        pk="id",
        not_null=["disagreement_id", "status", "changed_at"],
        foreign_keys=[("disagreement_id", "disagreements", "id")],
        strict=True,
    )
    db.create_table(
        "retractions",
        {"id": int, "target_table": str, "target_id": int, "retracted_at": str},
        pk="id",
        not_null=["target_table", "target_id", "retracted_at"],
        strict=True,
    )
    db.create_table(
        "card_times",
        {"id": int, "card": str, "seconds": float, "recorded_at": str},
        pk="id",
        not_null=["card", "seconds", "recorded_at"],
        strict=True,
    )
    db.create_table(
        "trust_readings",
        {"id": int, "suggested": str, "chosen": str, "recorded_at": str},
        pk="id",
        not_null=["suggested", "chosen", "recorded_at"],
        strict=True,
    )
    db.create_table(
        "notes",
        {"id": int, "card": str, "cycle_stage": str, "text": str, "added_at": str},
        pk="id",
        not_null=["text", "added_at"],
        strict=True,
    )
    db.table("participant_changes").create_index(["participant_id", "id"])
    db.table("votes").create_index(["card", "round"])
    db.table("votes").create_index(["participant_id", "card", "round", "id"])
    db.table("rounds").create_index(["card", "round"])
    db.table("reveals").create_index(["round_id"])
    db.table("disagreements").create_index(["card", "round"])
    db.table("disagreement_status").create_index(["disagreement_id", "id"])
    db.table("retractions").create_index(["target_table", "target_id"])


def m002_current_views(db: Database) -> None:
    """Views of the current state, so sqlite3 and Datasette readers need not replay the undo rows.

    The store reads through these views too: the rule for what counts lives in one place.
    """
    db.executescript(
        """
        CREATE VIEW undone AS
            SELECT target_table, target_id FROM retractions
            WHERE id NOT IN (
                SELECT target_id FROM retractions WHERE target_table = 'retractions');

        CREATE VIEW current_participants AS
            SELECT c.participant_id AS id, c.name, c.sector, c.role, c.changed_at
            FROM participant_changes c
            WHERE c.active = 1 AND c.id = (
                SELECT max(newer.id) FROM participant_changes newer
                WHERE newer.participant_id = c.participant_id AND newer.id NOT IN (
                    SELECT target_id FROM undone WHERE target_table = 'participant_changes'));

        CREATE VIEW current_votes AS
            SELECT v.* FROM votes v
            WHERE v.id NOT IN (SELECT target_id FROM undone WHERE target_table = 'votes')
            AND (v.participant_id IS NULL OR NOT EXISTS (
                SELECT 1 FROM votes newer
                WHERE newer.participant_id = v.participant_id AND newer.card = v.card
                AND newer.round = v.round AND newer.id > v.id AND newer.id NOT IN (
                    SELECT target_id FROM undone WHERE target_table = 'votes')));

        CREATE VIEW current_rounds AS
            SELECT r.id, r.card, r.round, r.opened_at, (
                SELECT min(s.revealed_at) FROM reveals s
                WHERE s.round_id = r.id AND s.id NOT IN (
                    SELECT target_id FROM undone WHERE target_table = 'reveals')) AS revealed_at
            FROM rounds r
            WHERE r.id NOT IN (SELECT target_id FROM undone WHERE target_table = 'rounds');

        CREATE VIEW current_disagreements AS
            SELECT d.*, coalesce((
                SELECT s.status FROM disagreement_status s
                WHERE s.disagreement_id = d.id AND s.id NOT IN (
                    SELECT target_id FROM undone WHERE target_table = 'disagreement_status')
                ORDER BY s.id DESC LIMIT 1), 'open') AS status
            FROM disagreements d
            WHERE d.id NOT IN (SELECT target_id FROM undone WHERE target_table = 'disagreements');
        """
    )


def m003_note_kind(db: Database) -> None:
    """A note may be an agreed next step, which the summary lists apart from other notes."""
    db.table("notes").add_column("kind", str, not_null_default="note")


STEPS: Sequence[MigrationStep] = (
    ("m001_create_workshop", m001_create_workshop),
    ("m002_current_views", m002_current_views),
    ("m003_note_kind", m003_note_kind),
)


def build_migrations(steps: Sequence[MigrationStep] = STEPS) -> Migrations:
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, step in steps:
        migrations(name=name)(step)
    return migrations


def applied_step_names(conn: sqlite3.Connection) -> list[str]:
    """The steps sqlite-utils' Migrations recorded as applied, in order, read without importing it.

    Opening an up-to-date file (the common case) then needs no sqlite-utils at all; this reads the
    same table, with the same filter and order, as ``Migrations.applied``.
    """
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if exists is None:
        return []
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,),
    )
    return [row[0] for row in rows]


def pending_step_names(applied: Sequence[str], steps: Sequence[MigrationStep] = STEPS) -> list[str]:
    done = set(applied)
    return [name for name, _ in steps if name not in done]
