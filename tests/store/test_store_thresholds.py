"""The thresholds a facilitator changed live in the workshop file and drive every analysis."""

from __future__ import annotations

from dataclasses import replace

from xsector_desktop.core.signal_settings import (
    THRESHOLDS_KEY,
    SignalSettings,
    thresholds_to_store,
)
from xsector_desktop.core.snapshot import analyse
from xsector_desktop.store import WorkshopStore
from xsector_desktop.store.snapshot_io import load_snapshot


def _split_vote(store: WorkshopStore) -> None:
    """Results round 1: votes spread enough that consensus sits between 0.5 and 0.7."""
    people = store.add_participants(
        [{"name": f"P{i}", "sector": "government", "role": "doer"} for i in range(5)]
    ).record
    store.open_round("results")
    for person, value in zip(people, (2, 3, 4, 4, 5), strict=True):
        store.cast_vote(person.id, "results", 1, value)


def test_stored_thresholds_reach_the_snapshot_and_its_analysis(store: WorkshopStore) -> None:
    _split_vote(store)
    before = analyse(load_snapshot(store)).latest("results")
    assert before is not None and before.consensus is not None
    assert before.level == "watch"  # only the consensus rule fires on these votes
    lowered = replace(SignalSettings(), consensus_watch=round(before.consensus - 0.01, 2))
    store.update_settings({THRESHOLDS_KEY: thresholds_to_store(lowered)})

    snapshot = load_snapshot(store)
    assert snapshot.thresholds == lowered
    assert snapshot.threshold_problems == ()
    after = analyse(snapshot)
    assert after.settings == lowered.with_privacy(store.info().privacy_protection)
    latest = after.latest("results")
    assert latest is not None and latest.level == "calm"


def test_a_hand_edited_bad_threshold_is_set_aside_with_its_reason(store: WorkshopStore) -> None:
    _split_vote(store)
    store.update_settings({THRESHOLDS_KEY: {"consensus_watch": "low", "blocks_storming": 2}})
    snapshot = load_snapshot(store)
    assert snapshot.thresholds == replace(SignalSettings(), blocks_storming=2)
    assert len(snapshot.threshold_problems) == 1
    assert "signal_thresholds.consensus_watch" in snapshot.threshold_problems[0]
    latest = analyse(snapshot).latest("results")
    assert latest is not None and latest.level == "watch"  # the default consensus rule still fires
