"""check_workshop reports a file's state and never changes it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from xsector_desktop.store import NotAWorkshop, WorkshopStore, check_workshop, schema
from xsector_desktop.store.fileformat import FORMAT_VERSION

FileStateOf = Callable[[Path], Any]  # the file_state fixture of conftest.py


def test_a_healthy_workshop(
    store: WorkshopStore, workshop_path: Path, file_state: FileStateOf
) -> None:
    store.add_participant("Ana", "government")
    store.cast_vote(None, "results", 1, 3)
    store.cast_vote(None, "results", 1, 4)
    store.close()
    before = file_state(workshop_path)
    result = check_workshop(workshop_path)
    assert result.ok
    assert result.integrity == ["ok"]
    assert result.application_id_ok
    assert result.format_version == FORMAT_VERSION
    assert result.applied_migrations == [name for name, _ in schema.STEPS]
    assert result.pending_migrations == [] and result.unknown_migrations == []
    assert result.counts["votes"] == 2 and result.counts["participants"] == 1
    assert file_state(workshop_path) == before


def test_checking_an_open_workshop_sees_its_latest_votes(
    store: WorkshopStore, workshop_path: Path
) -> None:
    store.cast_vote(None, "results", 1, 3)
    assert check_workshop(workshop_path).counts["votes"] == 1


def test_another_programs_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    result = check_workshop(path)
    assert not result.application_id_ok and not result.ok
    assert result.applied_migrations == []


def test_damage_is_reported(
    store: WorkshopStore, workshop_path: Path, file_state: FileStateOf
) -> None:
    store.add_votes([{"participant_id": None, "card": "results", "round": 1, "value": 1}] * 500)
    store.close()
    data = bytearray(workshop_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[3 * page_size : 3 * page_size + 12] = b"\xff" * 12
    workshop_path.write_bytes(bytes(data))
    before = file_state(workshop_path)
    result = check_workshop(workshop_path)
    assert not result.ok and result.integrity != ["ok"]
    assert file_state(workshop_path) == before


def test_a_truncated_workshop_is_reported(store: WorkshopStore, workshop_path: Path) -> None:
    store.add_votes([{"participant_id": None, "card": "results", "round": 1, "value": 1}] * 500)
    store.close()
    data = workshop_path.read_bytes()
    workshop_path.write_bytes(data[: len(data) // 2])
    result = check_workshop(workshop_path)
    assert not result.ok
    assert any("cut short" in finding for finding in result.integrity)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.xsector"
    path.write_text("hello")
    with pytest.raises(NotAWorkshop):
        check_workshop(path)
