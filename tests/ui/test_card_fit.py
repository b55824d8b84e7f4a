"""The card's text fit: the largest scale step that fits its space, at any window size."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.views.card_view import CardView


def _space(card: CardView) -> tuple[int, int]:
    area = card.contentsRect()
    bar = card.verticalScrollBar()
    return area.width() - (bar.width() if bar.isVisible() else 0), area.height()


def _fits_at(card: CardView, scale: float) -> bool:
    width, height = _space(card)
    card._apply_scale(scale)
    return card._needed_height(width) <= height


@pytest.mark.parametrize(
    "size", [(800, 600), (1280, 690), (1280, 720), (1400, 760), (1500, 780), (1920, 1080)]
)
def test_the_chosen_scale_fits_and_the_next_step_up_does_not(
    qtbot: QtBot, window: MainWindow, sample_file: Path, size: tuple[int, int]
) -> None:
    window.resize(*size)
    assert window.open_path(sample_file)
    page = window.walk_page
    assert page is not None
    _assert_best_fit(qtbot, page.card)


def _assert_best_fit(qtbot: QtBot, card: CardView) -> None:
    qtbot.waitUntil(lambda: card._fitted == (card._content, *_space(card)))
    assert card._labels(), "the card shown has no labels to fit"
    chosen = card.scale
    steps = CardView._STEPS
    assert chosen in steps
    index = steps.index(chosen)
    larger_fits = index + 1 < len(steps) and _fits_at(card, steps[index + 1])
    chosen_fits = _fits_at(card, chosen)
    assert not larger_fits
    assert chosen_fits or chosen == CardView.MIN_SCALE


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="A card built into the shown view is fitted before the layout shows its labels "
    "(Qt shows them at the next turn of the loop), so it keeps its 1.0 sizes. Showing them "
    "before fit() fixes it but doubles a card switch (8 -> 16 ms; a frame is 16.7 ms).",
)
@pytest.mark.parametrize("card_key", ["charge", "lifespan"])
def test_a_card_moved_to_is_fitted_too(
    qtbot: QtBot, window: MainWindow, sample_file: Path, card_key: str
) -> None:
    window.resize(1280, 690)
    assert window.open_path(sample_file)
    page = window.walk_page
    assert page is not None and window.walk is not None
    _assert_best_fit(qtbot, page.card)
    with qtbot.waitSignal(page.signals.moved):
        window.walk.go_to(card_key)
    _assert_best_fit(qtbot, page.card)
    title = page.card.title_label
    assert title is not None
    assert title.font().pointSizeF() == pytest.approx(28.0 * page.card.scale)
