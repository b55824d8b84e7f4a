"""Benchmarks of the store's hot paths: XSECTOR_PERF=1 .venv/bin/python -m pytest tests/perf -s

Committing a vote must cost about what SQLite itself costs: the facilitator clicks, the vote must
be on disk before the screen shows it, and anything the store adds on top is felt in the room.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore

REPETITIONS = 2000
ALLOWED_RATIO = 1.25
CARDS = (
    "results", "charge", "authority", "representatives", "level-of-intervention", "time-frame",
    "formation-catalyst", "structure", "financial-resources", "positioning", "lifespan",
)  # fmt: skip


def bare_twin(store: WorkshopStore, path: Path) -> sqlite3.Connection:
    """A plain sqlite3 database with the store's votes table, its indexes and the same pragmas."""
    source = sqlite3.connect(f"{store.path.as_uri()}?mode=ro", uri=True)
    ddl = [
        row[0]
        for row in source.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name IN ('participants', 'votes')"
            " AND sql IS NOT NULL ORDER BY type DESC"  # tables before their indexes
        )
    ]
    source.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    for statement in ddl:
        conn.execute(statement)
    conn.execute("INSERT INTO participants (id, added_at) VALUES (1, '2026-01-01T00:00:00Z')")
    conn.commit()
    return conn


def test_committing_a_vote_costs_about_a_bare_sqlite_insert(tmp_path: Path) -> None:
    with WorkshopStore.create(tmp_path / "bench.xsector", WorkshopInfo("Bench")) as store:
        ana = store.add_participant("Ana", "government").record
        store.open_round("results")
        bare = bare_twin(store, tmp_path / "bare.db")
        insert = (
            "INSERT INTO votes (participant_id, card, round, value, type_choice, comment,"
            " source, cast_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        )
        store_times: list[float] = []
        bare_times: list[float] = []

        def time_store(i: int) -> None:
            start = time.perf_counter()
            store.cast_vote(ana.id, "results", 1, i % 5 + 1)
            store_times.append(time.perf_counter() - start)

        def time_bare(i: int) -> None:
            start = time.perf_counter()
            bare.execute(insert, (1, "results", 1, i % 5 + 1, None, "", "live",
                                  "2026-01-01T00:00:00.000000Z"))  # fmt: skip
            bare.commit()
            bare_times.append(time.perf_counter() - start)

        for i in range(REPETITIONS):
            # Alternate who goes first so neither always meets a warm or cold disk cache.
            first, second = (time_store, time_bare) if i % 2 else (time_bare, time_store)
            first(i)
            second(i)
        bare.close()
    store_median = statistics.median(store_times)
    bare_median = statistics.median(bare_times)
    ratio = store_median / bare_median
    print(
        f"\nvote commit, median of {REPETITIONS}: WorkshopStore.cast_vote "
        f"{store_median * 1e6:.0f} us, bare sqlite3 INSERT+commit {bare_median * 1e6:.0f} us, "
        f"ratio {ratio:.3f}"
    )
    assert ratio <= ALLOWED_RATIO


def test_reading_33000_effective_votes_is_quick(tmp_path: Path) -> None:
    with WorkshopStore.create(tmp_path / "big.xsector", WorkshopInfo("Big")) as store:
        people = store.add_participants(
            [{"name": f"P{i}", "sector": "health"} for i in range(60)]
        ).record
        store.add_votes(
            {
                "participant_id": people[i % 60].id,
                "card": CARDS[(i // 60) % len(CARDS)],
                "round": i // 660 + 1,
                "value": i % 5 + 1,
            }
            for i in range(33_000)
        )
        timings = []
        for _ in range(5):
            start = time.perf_counter()
            votes = store.votes()
            timings.append(time.perf_counter() - start)
        one_card = []
        for _ in range(20):
            start = time.perf_counter()
            store.votes("results", 1)
            one_card.append(time.perf_counter() - start)
    assert len(votes) == 33_000
    print(
        f"\nvotes(): all 33,000 in {statistics.median(timings) * 1e3:.1f} ms (median of 5); "
        f"one card and round in {statistics.median(one_card) * 1e3:.2f} ms"
    )
    assert statistics.median(timings) < 0.5
    assert statistics.median(one_card) < 0.02
