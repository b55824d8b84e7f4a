"""Contrast, computed from the palette: every text and shape colour on its background."""

from __future__ import annotations

import pytest

from xsector_desktop.core import palette
from xsector_desktop.core.palette import (
    MINIMUM,
    PAIRS,
    blend,
    contrast,
    scale_colour,
    scale_text_pairs,
    text_on,
)


def test_the_contrast_ratio_is_wcags() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near-miss
    assert contrast("#ffffff", "#777777") == contrast("#777777", "#ffffff")


@pytest.mark.parametrize("pair", [*PAIRS, *scale_text_pairs()], ids=lambda p: p.what)
def test_every_pair_in_use_reaches_wcag_aa(pair: palette.Pair) -> None:
    ratio = contrast(pair.foreground, pair.background)
    assert ratio >= MINIMUM[pair.kind], f"{pair.what}: {ratio:.2f}:1"


def test_what_was_too_faint_before_is_now_either_outlined_or_darker() -> None:
    # The watch triangle was an orange fill alone on white; it is outlined now.
    assert contrast(palette.LEVEL_COLOURS["watch"], palette.PAPER) == pytest.approx(2.25, abs=0.01)
    assert contrast(palette.OUTLINE, palette.PAPER) >= 3.0
    # The placeholder was Qt's default, the text colour at half opacity.
    faded = blend(palette.INK, palette.PAPER, 128 / 255)
    assert contrast(faded, palette.PAPER) == pytest.approx(3.36, abs=0.02)
    assert contrast(palette.MUTED, palette.PAPER) >= 4.5
    # White on Okabe-Ito vermillion, the timer past its time box.
    assert contrast("#ffffff", palette.OKABE_ITO["vermillion"]) == pytest.approx(3.87, abs=0.01)
    assert contrast("#ffffff", palette.VERMILLION_DARK) >= 4.5


def test_scale_colours_run_from_vermillion_to_blue_on_every_scale() -> None:
    for k in range(2, 10):
        colours = [scale_colour(rank, k) for rank in range(1, k + 1)]
        assert colours[0] == palette.SCALE_ANCHORS[0].lower()
        assert colours[-1] == palette.SCALE_ANCHORS[-1].lower()
        assert len(set(colours)) == k  # every point its own colour
    assert scale_colour(None, 5) == palette.APART


def test_text_on_a_colour_is_whichever_reads_better() -> None:
    assert text_on("#0072B2") == palette.PAPER
    assert text_on("#E69F00") == palette.INK_ROOM
    assert text_on("#D55E00") == palette.INK_ROOM  # 4.88:1, where white gives 3.87:1
