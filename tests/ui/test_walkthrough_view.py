"""The walk-through window, driven as a facilitator would, offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.views.agenda import KEY_ROLE, LEVEL_ROLE, AgendaModel


def test_opening_a_workshop_shows_the_walkthrough_with_every_card(
    window: MainWindow, sample_file: Path
) -> None:
    assert window.open_path(sample_file)
    page = window.walk_page
    assert page is not None and window.pages.currentWidget() is page
    model = page.agenda_model
    keys = [
        model.index(r, 0, model.index(g, 0)).data(KEY_ROLE)
        for g in range(3)
        for r in range(model.rowCount(model.index(g, 0)))
    ]
    assert keys[:11] == list(window.session.deck.card_keys)  # type: ignore[union-attr]
    assert len(keys) == 13  # then the two cycles
    revealed_levels = {model.index(r, 0, model.index(0, 0)).data(LEVEL_ROLE) for r in range(6)}
    assert revealed_levels <= {"calm", "watch", "storming"} and None not in revealed_levels


def test_agenda_model_passes_the_model_tester(
    qtmodeltester,
    window: MainWindow,  # type: ignore[no-untyped-def]
    sample_file: Path,
) -> None:
    window.open_path(sample_file)
    assert window.walk is not None
    qtmodeltester.check(AgendaModel(window.walk.agenda()))


def test_the_card_title_is_the_largest_text(window: MainWindow, sample_file: Path) -> None:
    window.open_path(sample_file)
    page = window.walk_page
    assert page is not None and page.card.title_label is not None
    from PySide6.QtWidgets import QLabel

    sizes = [w.font().pointSizeF() for w in window.findChildren(QLabel) if w.isVisible()]
    assert page.card.title_label.font().pointSizeF() == max(sizes)
    assert page.card.title_label.text() == "Results"


def test_page_down_and_the_agenda_move_between_cards(
    qtbot: QtBot, window: MainWindow, sample_file: Path
) -> None:
    window.open_path(sample_file)
    page = window.walk_page
    assert page is not None and window.walk is not None
    with qtbot.waitSignal(page.signals.moved):
        qtbot.keyClick(page.agenda, Qt.Key.Key_PageDown)
    assert window.walk.current == "charge"
    ix = page.agenda_model.index_of("lifespan")
    rect = page.agenda.visualRect(ix)
    with qtbot.waitSignal(page.signals.moved):
        qtbot.mouseClick(page.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.card.title_label is not None and page.card.title_label.text() == "Lifespan"


def test_a_title_cut_short_in_the_agenda_is_whole_in_its_tooltip(
    qtbot: QtBot, window: MainWindow, sample_file: Path
) -> None:
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.open_path(sample_file)
    page = window.walk_page
    assert page is not None and window.walk is not None
    view, model = page.agenda, page.agenda_model
    cycle = window.walk.session.deck.cycle_keys[0]
    ix = model.index_of(cycle)
    title = ix.data(Qt.ItemDataRole.DisplayRole)
    # Wider than its whole row: the screen shows it cut short ("Trust building and ...").
    assert QFontMetrics(view.font()).horizontalAdvance(title) > view.visualRect(ix).width()
    assert ix.data(Qt.ItemDataRole.ToolTipRole).startswith(f"{title}: ")
    assert ix.data(Qt.ItemDataRole.AccessibleDescriptionRole) == model.state_words(
        model.entry(ix)  # type: ignore[arg-type]
    )
    # The rows stay one line high, all alike.
    heights = {
        view.visualRect(model.index_of(k)).height() for k in window.walk.session.deck.card_keys
    }
    assert heights == {view.visualRect(ix).height()}
