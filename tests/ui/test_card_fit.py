"""The card's text fit: the largest scale step that fits its space, at any window size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication
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


def test_the_card_text_is_selectable_once_the_pointer_comes_over_it(
    qtbot: QtBot, window: MainWindow, sample_file: Path
) -> None:
    window.resize(1280, 720)
    assert window.open_path(sample_file)
    page = window.walk_page
    assert page is not None and window.walk is not None
    card = page.card
    _assert_best_fit(qtbot, card)
    scale = card.scale
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse

    def all_selectable() -> list[bool]:
        return [bool(label.textInteractionFlags() & selectable) for label in card._labels()]

    assert not any(all_selectable())  # start-up lays the text out the cheaper way
    here = QPointF(20, 20)
    QApplication.sendEvent(card, QEnterEvent(here, here, card.mapToGlobal(here)))
    assert all(all_selectable())
    _assert_best_fit(qtbot, card)
    assert card.scale == scale  # selectable text takes the same room: nothing moves
    with qtbot.waitSignal(page.signals.moved):
        window.walk.go_to("charge")
    assert all(all_selectable())  # the next cards are built selectable
