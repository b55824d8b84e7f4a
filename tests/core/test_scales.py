from __future__ import annotations

import json
from pathlib import Path

import pytest

from xsector_desktop.core.scales import (
    DEFAULT_SCALE,
    ScaleError,
    builtin_scales,
    get_scale,
    load_scales,
)


def test_builtin_scales_are_the_four_designed() -> None:
    assert set(builtin_scales()) == {"agree5", "agree7", "fist5", "gradients8"}
    assert DEFAULT_SCALE == "agree5"


def test_gradients8_counts_abstain_discuss_and_veto_apart() -> None:
    g = get_scale("gradients8")
    apart = {p.label: p.apart for p in g.points if p.apart}
    assert apart == {"Abstain": "abstain", "More discussion needed": "discuss", "Veto": "veto"}
    assert g.k == 5
    assert [p.value for p in g.ranked] == [7, 6, 3, 2, 1]
    assert [p.value for p in g.points if p.block] == [8]


def test_fist5_zero_is_a_block_on_the_continuum() -> None:
    f = get_scale("fist5")
    assert f.point(0).block and f.rank_of(0) == 1
    assert f.k == 6


def test_unknown_scale_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="agree5"):
        get_scale("nope")


def test_bad_scales_file_names_the_key_path(tmp_path: Path) -> None:
    bad = tmp_path / "s.json"
    bad.write_text(
        json.dumps(
            {
                "format": "xsector-scales",
                "version": 1,
                "scales": [
                    {
                        "key": "x",
                        "points": [
                            {"value": 1, "label": "a", "rank": 1},
                            {"value": 2, "label": "b", "rank": 3},
                        ],
                    }
                ],
            }
        )
    )
    with pytest.raises(ScaleError) as err:
        load_scales(bad)
    assert err.value.key_path == "scales[0].points"
    assert str(bad) in str(err.value)


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "s.json"
    bad.write_text('{\n"format": "xsector-scales",\n oops\n}')
    with pytest.raises(ScaleError, match="line 3"):
        load_scales(bad)
