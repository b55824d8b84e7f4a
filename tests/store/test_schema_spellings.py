"""The schema check looks up the migrations' own spellings instead of tokenising them again; a
statement spelled any other way is still normalised and compared, so nothing passes that did not
pass before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore, schema
from xsector_desktop.store.errors import UnusualSchema
from xsector_desktop.store.schema_check import (
    _stored_spellings,
    differences,
    expected_objects,
    migration_spellings,
    normalise_sql,
    objects_of,
)

ALL_STEPS = [name for name, _ in schema.STEPS]
INDEX = "idx_disagreements_card_round"


def test_the_kept_spellings_are_what_the_migrations_store_and_their_normal_forms() -> None:
    made: dict[str, str] = {}
    for end in range(1, len(ALL_STEPS) + 1):
        made.update(migration_spellings(ALL_STEPS[:end]))
    assert dict(_stored_spellings()) == made
    for raw, normal in _stored_spellings().items():
        assert normalise_sql(raw) == normal


def _workshop(tmp_path: Path) -> Path:
    path = tmp_path / "w.xsector"
    WorkshopStore.create(path, WorkshopInfo("Riverside")).close()
    return path


def _respell_index(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"DROP INDEX {INDEX}")
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def _differences(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return differences(objects_of(conn), expected_objects(ALL_STEPS))
    finally:
        conn.close()


def test_a_file_xsector_made_is_found_in_the_kept_spellings(tmp_path: Path) -> None:
    path = _workshop(tmp_path)
    conn = sqlite3.connect(path)
    try:
        stored = [sql for (sql,) in conn.execute("SELECT sql FROM sqlite_master") if sql]
    finally:
        conn.close()
    assert stored and all(sql in _stored_spellings() for sql in stored)
    assert _differences(path) == []


def test_the_same_statement_spelled_otherwise_still_passes(tmp_path: Path) -> None:
    path = _workshop(tmp_path)
    respelled = f'create INDEX "{INDEX}"\n  ON [disagreements] ( "card" , round )'
    assert respelled not in _stored_spellings()
    _respell_index(path, respelled)
    assert _differences(path) == []
    WorkshopStore.open(path, read_only=True).close()  # the whole open agrees


@pytest.mark.parametrize(
    "changed",
    [
        f"CREATE INDEX {INDEX} ON disagreements(card)",
        f"CREATE INDEX {INDEX} ON disagreements(card, round) WHERE round > 1",
        f"CREATE INDEX {INDEX} ON disagreements(round, card)",
    ],
)
def test_a_changed_statement_is_refused_though_its_name_is_kept(
    tmp_path: Path, changed: str
) -> None:
    path = _workshop(tmp_path)
    _respell_index(path, changed)
    assert _differences(path) == [
        f"changed index '{INDEX}' on disagreements, which is not as xsector makes it"
    ]
    with pytest.raises(UnusualSchema):
        WorkshopStore.open(path, read_only=True).close()
