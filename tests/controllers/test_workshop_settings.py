"""The workshop settings controller, without Qt: what OK writes, what undo puts back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.core.signal_settings import THRESHOLDS_KEY, SignalSettings
from xsector_desktop.store import WorkshopStore
from xsector_desktop.store.snapshot_io import load_snapshot
from xsector_desktop.ui.controllers.actions import Change
from xsector_desktop.ui.controllers.history import History
from xsector_desktop.ui.controllers.session import WorkshopSession
from xsector_desktop.ui.controllers.workshop_settings import WorkshopSettingsController

from .conftest import Rig


def _controller(rig: Rig) -> WorkshopSettingsController:
    return WorkshopSettingsController(rig.session, rig.history.run)


def test_ok_writes_details_switches_and_changed_thresholds_as_one_undo_step(rig: Rig) -> None:
    settings = _controller(rig)
    before = settings.current()
    assert before.thresholds == settings.defaults()
    wanted = before._replace(
        partnership="  Riverside Compact ",
        place="Town hall",
        privacy_protection=False,
        anonymise_names=True,
        thresholds={**before.thresholds, "consensus_watch": 0.65},
    )
    assert settings.turns_protection_off(wanted)
    assert settings.apply(wanted)

    store = rig.session.store
    info = store.info()
    assert (info.partnership, info.place) == ("Riverside Compact", "Town hall")
    assert not info.privacy_protection and info.anonymise_names
    assert store.settings()[THRESHOLDS_KEY] == {"consensus_watch": 0.65}
    chosen = replace(SignalSettings(), consensus_watch=0.65).with_privacy(False)
    assert load_snapshot(store).thresholds == chosen
    assert rig.changes[-1] == Change("info")
    assert rig.session.info == info  # the session follows, so every view reads the new info

    rig.history.undo()
    assert store.info() == WorkshopInfo(partnership="Test Partnership")
    assert THRESHOLDS_KEY not in store.settings()
    assert settings.current() == before
    rig.history.redo()
    assert store.settings()[THRESHOLDS_KEY] == {"consensus_watch": 0.65}
    assert not store.info().privacy_protection


def test_restoring_the_defaults_removes_the_stored_thresholds(rig: Rig) -> None:
    settings = _controller(rig)
    start = settings.current()
    settings.apply(start._replace(thresholds={**start.thresholds, "blocks_storming": 2}))
    assert rig.session.store.settings()[THRESHOLDS_KEY] == {"blocks_storming": 2}
    settings.apply(settings.current()._replace(thresholds=settings.defaults()))
    assert THRESHOLDS_KEY not in rig.session.store.settings()


def test_nothing_changed_writes_nothing(rig: Rig) -> None:
    settings = _controller(rig)
    assert not settings.apply(settings.current())
    assert rig.changes == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"partnership": "  "}, "no-partnership"),
        ({"date": "12/03/2026"}, "bad-date"),
        ({"date": "2026-3-1"}, "bad-date"),
        ({"thresholds": {"consensus_watch": 0.4, "consensus_storming": 0.6}}, "consensus-order"),
        ({"thresholds": {"split_watch_share": 0.6, "split_storming_share": 0.5}}, "split-order"),
    ],
)
def test_settings_that_cannot_be_applied_say_why_and_write_nothing(
    rig: Rig, change: dict[str, object], problem: str
) -> None:
    settings = _controller(rig)
    start = settings.current()
    thresholds = {**start.thresholds, **change.pop("thresholds", {})}  # type: ignore[dict-item]
    wanted = start._replace(thresholds=thresholds, **change)  # type: ignore[arg-type]
    assert settings.problem(wanted) == problem
    assert not settings.apply(wanted)
    assert rig.session.store.info() == WorkshopInfo(partnership="Test Partnership")
    assert rig.changes == []


def test_a_read_only_workshop_changes_nothing(rig: Rig) -> None:
    rig.session.close()
    with WorkshopStore.open(rig.path, read_only=True) as store:
        session = WorkshopSession(store, rig.path, read_only=True)
        settings = WorkshopSettingsController(session, History().run)
        assert settings.read_only
        wanted = settings.current()._replace(privacy_protection=False)
        assert not settings.apply(wanted)
        assert store.info().privacy_protection


def test_a_hand_edited_threshold_is_named_and_shown_as_its_default(rig: Rig) -> None:
    rig.session.store.update_settings({THRESHOLDS_KEY: {"objections_watch": 0}})
    settings = _controller(rig)
    assert settings.current().thresholds == settings.defaults()
    (problem,) = settings.stored_problems()
    assert "objections_watch" in problem
