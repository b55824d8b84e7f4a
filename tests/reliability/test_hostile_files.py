"""Files tampered with on purpose: no planted trigger or view ever runs, and repair cleans them.

test_bad_files.py refuses each file of hostile_files.py four ways (store, controller, command
line, whole app) and proves it byte-for-byte unchanged; this adds what is special about them:
the planted code never ran (its marker table stays empty), ``xsector check`` lists every foreign
or changed object, ``check --repair`` writes a clean file with the data, and the connection
settings stop what the schema check would not see.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reliability.hostile_files import HOSTILE, PARTNERSHIP, marker_rows, partnership

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore, guard
from xsector_desktop.store.errors import UnusualSchema
from xsector_desktop.store.guard import RunawayQuery
from xsector_desktop.store.opening import connect_read_only
from xsector_desktop.store.schema_check import build_expected, expected_objects
from xsector_desktop.ui.controllers.workshops import open_workshop

Fixture = Callable[..., Any]
WITH_CODE = [h for h in HOSTILE if "trigger" in h[3] or "view" in h[3]]
SCHEMA_ONLY = [h for h in HOSTILE if h[2] is UnusualSchema]
VALUES_ONLY = [h for h in HOSTILE if h[2] is not UnusualSchema]


@pytest.fixture(scope="module")
def workshop_bytes(tmp_path_factory: pytest.TempPathFactory, real_workshop: Fixture) -> bytes:
    return real_workshop(tmp_path_factory.mktemp("real") / "real.xsector", votes=30).read_bytes()


@pytest.mark.parametrize("hostile", WITH_CODE, ids=[h[0] for h in WITH_CODE])
def test_planted_code_never_runs_whatever_is_tried(
    hostile: tuple[Any, ...], workshop_bytes: bytes, tmp_path: Path, cli: Fixture
) -> None:
    _label, make, error, _problem = hostile
    path = tmp_path / "mailed.xsector"
    make(path, workshop_bytes)
    planted_marker = marker_rows(path)
    votes = tmp_path / "votes.csv"
    votes.write_text("participant,card,round,value\nAna,results,1,4\n,results,2,3\n", "utf-8")
    for open_it in (WorkshopStore.open, open_workshop):
        for read_only in (False, True):
            with pytest.raises(error):
                open_it(path, read_only=read_only)
    for argv in (
        ("import", path, "--votes", votes),
        ("signals", path),
        ("export", path, "--csv", tmp_path / "csv"),
        ("check", path),
    ):
        assert cli(*argv).code == 3, argv
    # Reading every row through the hardened connection (as repair does) runs nothing either.
    assert cli("check", path, "--repair", tmp_path / "clean.xsector").code == 0
    assert marker_rows(path) == planted_marker  # [] where a trigger would have written
    assert partnership(path) == PARTNERSHIP


def test_check_lists_every_foreign_or_changed_object(
    workshop_bytes: bytes, tmp_path: Path, cli: Fixture
) -> None:
    path = tmp_path / "mailed.xsector"
    make = next(
        h[1] for h in HOSTILE if h[0] == "votes replaced by a view with an INSTEAD OF trigger"
    )
    make(path, workshop_bytes)
    run = cli("check", path)
    assert run.code == 3
    report = run.out
    for finding in (
        "foreign trigger 'votes_write' on votes",
        "foreign table 'marker'",
        "foreign table 'stored_votes'",
        "missing table 'votes'",
        "foreign view 'votes'",
    ):
        assert finding in report, report
    assert run.err.count("\n") == 1 and "(and 6 more, listed above)" in run.err
    assert "--repair NEW.xsector" in run.err


@pytest.mark.parametrize("hostile", SCHEMA_ONLY, ids=[h[0] for h in SCHEMA_ONLY])
def test_repair_writes_a_clean_file_with_the_data(
    hostile: tuple[Any, ...], workshop_bytes: bytes, tmp_path: Path, cli: Fixture
) -> None:
    label, make, _error, _problem = hostile
    path, clean = tmp_path / "mailed.xsector", tmp_path / "clean.xsector"
    make(path, workshop_bytes)
    run = cli("check", path, "--repair", clean)
    assert run.code == 0, run
    assert cli("check", clean).code == 0
    with WorkshopStore.open(clean, read_only=True) as store:
        conn = sqlite3.connect(f"{clean.as_uri()}?mode=ro", uri=True)
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        conn.close()
        assert names == {name for _kind, name in expected_objects(_all_steps())}
        assert store.info().partnership == PARTNERSHIP
        if "votes replaced" in label:  # the votes sat in a table xsector does not know
            assert "not tables in the original, left out: votes" in run.out
            assert store.votes() == []
        else:
            assert len(store.votes("results", 1)) == 12  # Ana and Ben once, 10 tally hands
            assert len(store.vote_history()) == 30


# What the repair says it did for each file whose values xsector cannot use.
REPAIRED = {
    "an unknown deck": "deck 'tarot-1999' is unknown here and was set to living-cities-2013",
    "an unknown scale": "scale 'agree11' is unknown here and was set to agree5",
    "settings that are not JSON": "settings were not usable and were emptied",
    "a vote of 99": "1 rows with values xsector cannot use left out",
    "a partnership name 5,000 characters long": "1 workshop.partnership cut to 200 characters",
    "a megabyte of settings": "settings were not usable and were emptied",
    "a role xsector does not know": "1 unknown roles set to 'not said'",
    "a vote on a card not in the deck": "1 rows with values xsector cannot use left out",
    "settings that are a JSON list": "settings were not usable and were emptied",
}


@pytest.mark.parametrize("hostile", VALUES_ONLY, ids=[h[0] for h in VALUES_ONLY])
def test_repair_makes_unusable_values_usable_and_says_how(
    hostile: tuple[Any, ...], workshop_bytes: bytes, tmp_path: Path, cli: Fixture
) -> None:
    label, make, _error, _problem = hostile
    path, clean = tmp_path / "mailed.xsector", tmp_path / "clean.xsector"
    make(path, workshop_bytes)
    run = cli("check", path, "--repair", clean)
    assert run.code == 0, run
    assert REPAIRED[label] in run.out, run.out
    assert cli("check", clean).code == 0
    with WorkshopStore.open(clean) as store:
        kept = len(store.vote_history())
        assert kept == (29 if "vote" in label else 30)
        assert len(store.participants()) == 2


def _all_steps() -> list[str]:
    from xsector_desktop.store.schema import STEPS

    return [name for name, _ in STEPS]


def test_the_kept_schema_is_what_the_migrations_build() -> None:
    """schema_expected.json is a cache of the migrations, never a second copy to keep by hand."""
    names = _all_steps()
    for end in range(1, len(names) + 1):
        assert expected_objects(names[:end]) == build_expected(names[:end]), names[:end]


def test_a_runaway_read_is_stopped_in_bounded_time(
    tmp_path: Path, real_workshop: Fixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The schema check keeps a recursive view out of any file that opens; this is the second
    # line, for whatever a query of ours might still meet: a statement past its time is stopped.
    monkeypatch.setattr(guard, "STATEMENT_SECONDS", 0.3)
    path = real_workshop(tmp_path / "w.xsector", votes=3)
    conn = connect_read_only(path, immutable=True)
    started = time.monotonic()
    with pytest.raises(RunawayQuery) as stopped:
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        ).fetchone()
    assert time.monotonic() - started < 3
    assert str(path) in str(stopped.value) and "longer than 0.3 seconds" in str(stopped.value)
    assert conn.execute("SELECT count(*) FROM votes").fetchone() == (3,)  # usable afterwards
    conn.close()


def test_the_connection_refuses_what_a_file_could_smuggle_in(
    tmp_path: Path, real_workshop: Fixture
) -> None:
    path = real_workshop(tmp_path / "w.xsector", votes=3)
    with WorkshopStore.open(path) as store:
        conn = store._conn
        assert conn.execute("PRAGMA trusted_schema").fetchone() == (0,)
        assert conn.execute("PRAGMA cell_size_check").fetchone() == (1,)
        assert conn.getconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE) is True
        assert conn.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED) == 0
        with pytest.raises(sqlite3.OperationalError, match="not authorized"):
            conn.execute("SELECT load_extension('/tmp/not-there.so')").fetchone()
        conn.execute("PRAGMA writable_schema=ON")  # DEFENSIVE: silently has no effect
        with pytest.raises(sqlite3.Error):
            conn.execute("UPDATE sqlite_master SET sql = 'x' WHERE name = 'votes'")
        with pytest.raises(sqlite3.DataError):
            conn.execute("SELECT zeroblob(17 * 1024 * 1024)").fetchone()
        # A view calling load_extension(), were one to get past the schema check, fails cleanly.
        conn.execute("CREATE TEMP VIEW sneaky AS SELECT load_extension('/tmp/x.so') AS x")
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("SELECT * FROM sneaky").fetchone()


def test_the_whole_app_opens_a_workshop_named_like_a_huge_picture(
    tmp_path: Path, offline_run: Fixture
) -> None:
    # On a real display this name made the app lay out a 100,000-pixel picture and die (SIGSEGV,
    # exit 139). Offscreen the window only grew (test_hostile_text.py checks every widget's
    # size); here the whole app, as installed, opens it for editing and read-only and paints.
    huge = '<img src="x" width="100000" height="100000"/>'
    path = tmp_path / "huge.xsector"
    with WorkshopStore.create(path, WorkshopInfo(huge, place=huge)) as store:
        person = store.add_participant(huge, huge).record
        store.open_round("results")
        store.cast_vote(person.id, "results", 1, 3, comment=huge)
        store.add_disagreement("results", 1, "objection", huge, person.id)
        store.reveal("results", 1)
    report = offline_run([path, "--quit-when-ready"], [path, "--read-only", "--quit-when-ready"])
    assert report["codes"] == [0, 0], report["stderr"]
