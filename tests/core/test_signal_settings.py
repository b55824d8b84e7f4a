"""A workshop's own thresholds: stored as the changed ones, read back through one pure function."""

from __future__ import annotations

import json
from dataclasses import fields, replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xsector_desktop.core.signal_settings import (
    PRIVACY_MIN_GROUP,
    PRIVACY_OFF_MIN_GROUP,
    THRESHOLD_NAMES,
    SignalSettings,
    read_thresholds,
    settings_from,
    thresholds_to_store,
)

DEFAULTS = SignalSettings()


@st.composite
def valid_settings(draw: st.DrawFn) -> SignalSettings:
    unit = st.floats(0, 1, allow_nan=False)
    watch, storming = sorted((draw(unit), draw(unit)), reverse=True)
    split_watch, split_storming = sorted((draw(unit), draw(unit)))
    return SignalSettings(
        consensus_watch=watch,
        consensus_storming=storming,
        agreement_storming=draw(st.floats(-1, 1, allow_nan=False)),
        blocks_storming=draw(st.integers(1, 50)),
        split_watch_share=split_watch,
        split_storming_share=split_storming,
        objections_watch=draw(st.integers(1, 50)),
        discuss_share_watch=draw(unit),
    )


@given(valid_settings(), st.booleans())
def test_stored_thresholds_come_back_the_same_through_json(
    chosen: SignalSettings, protection: bool
) -> None:
    stored = json.loads(json.dumps(thresholds_to_store(chosen)))
    reading = read_thresholds(stored, protection)
    assert reading.problems == ()
    assert reading.settings == chosen.with_privacy(protection)


def test_only_the_changed_thresholds_are_stored() -> None:
    assert thresholds_to_store(DEFAULTS) == {}
    changed = replace(DEFAULTS, consensus_watch=0.65, blocks_storming=2)
    assert thresholds_to_store(changed) == {"consensus_watch": 0.65, "blocks_storming": 2}


def test_min_group_follows_the_privacy_setting_not_the_stored_values() -> None:
    stored = {"min_group": 1, "consensus_watch": 0.6}
    assert settings_from(stored, True).min_group == PRIVACY_MIN_GROUP
    assert settings_from(stored, False).min_group == PRIVACY_OFF_MIN_GROUP
    assert "min_group" not in THRESHOLD_NAMES
    assert set(THRESHOLD_NAMES) == {f.name for f in fields(SignalSettings)} - {"min_group"}


def test_nothing_stored_gives_the_defaults_without_a_problem() -> None:
    for stored in (None, {}):
        assert read_thresholds(stored, True) == read_thresholds({}, True)
        assert read_thresholds(stored, True).settings == DEFAULTS
        assert read_thresholds(stored, True).problems == ()


def test_unknown_keys_are_ignored() -> None:
    reading = read_thresholds({"colour": "red", "consensus_watch": 0.6}, True)
    assert reading.settings == replace(DEFAULTS, consensus_watch=0.6)
    assert reading.problems == ()


@pytest.mark.parametrize(
    ("name", "bad"),
    [
        ("consensus_watch", "high"),
        ("consensus_watch", 1.5),
        ("consensus_storming", -0.1),
        ("agreement_storming", -2),
        ("blocks_storming", 0),
        ("blocks_storming", 1.5),
        ("objections_watch", True),
        ("split_watch_share", float("nan")),
        ("discuss_share_watch", None),
        ("discuss_share_watch", [0.3]),
    ],
)
def test_a_bad_stored_value_falls_back_to_its_default_with_a_reason(name: str, bad: object) -> None:
    kept = {"consensus_storming": 0.45} if name != "consensus_storming" else {"blocks_storming": 3}
    reading = read_thresholds({name: bad, **kept}, True)
    assert getattr(reading.settings, name) == getattr(DEFAULTS, name)
    assert reading.settings == replace(DEFAULTS, **kept)  # the good value is still used
    assert len(reading.problems) == 1
    assert f"signal_thresholds.{name}" in reading.problems[0]
    assert "default" in reading.problems[0]


def test_a_combination_settings_refuse_falls_back_to_all_the_defaults() -> None:
    stored = {"consensus_watch": 0.4, "consensus_storming": 0.6, "blocks_storming": 2}
    reading = read_thresholds(stored, False)
    assert reading.settings == DEFAULTS.with_privacy(False)
    assert len(reading.problems) == 1 and "consensus_storming" in reading.problems[0]


def test_a_stored_value_that_is_not_an_object_gives_the_defaults_with_a_reason() -> None:
    reading = read_thresholds([0.6, 0.4], True)
    assert reading.settings == DEFAULTS
    assert reading.problems == ("signal_thresholds: expected an object, found list",)


def test_settings_refuse_thresholds_outside_their_measure() -> None:
    with pytest.raises(ValueError, match="consensus_watch"):
        SignalSettings(consensus_watch=1.2)
    with pytest.raises(ValueError, match="agreement_storming"):
        SignalSettings(agreement_storming=-1.5)
