"""A keyboard-only walk-through of the sample workshop (`xsector demo FILE`), from F5 to the
profile, with one screen: every step is a key pressed wherever the keyboard is, never a click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from xsector_desktop.cli import main as cli
from xsector_desktop.core.model import TRUST_STAGES
from xsector_desktop.ui.main_window import MainWindow

from .conftest import Room

NO = Qt.KeyboardModifier.NoModifier


def keyboard_target() -> QWidget:
    """Where a key goes: the focused widget, or else the active window."""
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key | str, modifier: Qt.KeyboardModifier = NO) -> None:
    qtbot.keyClick(keyboard_target(), key, modifier)


def test_from_f5_to_the_profile_with_the_keyboard_alone(
    qtbot: QtBot, room: Room, tmp_path: Path
) -> None:
    window: MainWindow = room.window
    demo = tmp_path / "demo.xsector"
    assert cli(["demo", str(demo)]) == 0
    assert window.open_path(demo)
    walk, feature = window.walk, room.feature
    assert walk is not None and window.pages.currentWidget() is window.walk_page

    # To the first card, then present.
    for _ in walk.keys:
        press(qtbot, Qt.Key.Key_PageUp)
    assert walk.current == walk.keys[0]
    press(qtbot, Qt.Key.Key_F5)
    assert feature.current.presenting.presenting
    audience = room.audience
    qtbot.waitUntil(lambda: QApplication.activeWindow() is audience)
    assert audience.card_page.title.text() == walk.session.deck.cards[0].title.upper()
    assert feature.current.timer.running

    # Blank and back.
    press(qtbot, Qt.Key.Key_B)
    assert audience.blanked
    press(qtbot, Qt.Key.Key_Space)
    assert not audience.blanked and walk.current == walk.keys[0]

    # Walk every card; on each revealed one, a look at the sector view and back.
    seen = [walk.current]
    for _ in walk.card_keys[1:]:
        press(qtbot, Qt.Key.Key_PageDown)
        seen.append(walk.current)
        if walk.card_state(walk.current) == "revealed":
            press(qtbot, Qt.Key.Key_S)
            assert audience.view == "sector"
            press(qtbot, Qt.Key.Key_S)
            assert audience.view == "card"
    assert seen == list(walk.card_keys)

    # A fresh round on the last card: the room sees it open, then revealed.
    press(qtbot, Qt.Key.Key_N)
    assert audience.card_page.voted.text().startswith("0 of ")
    press(qtbot, Qt.Key.Key_T)  # a longer time box for the discussion
    press(qtbot, Qt.Key.Key_R)
    assert audience.card_page.status.text().endswith("revealed")
    # (An empty round reveals nothing: undo it, so the profile keeps the group's last answer.)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert walk.current_round().number == 1

    # The profile, on both screens; the facilitator confirms the suggested stage.
    press(qtbot, Qt.Key.Key_P)
    assert audience.view == "profile"
    assert window.pages.currentWidget() is feature.current.profile_page
    suggested = feature.current.profile.trust().suggested
    press(qtbot, str(TRUST_STAGES.index(suggested) + 1))
    stored = window.session.store.trust_reading()
    assert stored is not None and stored.chosen == stored.suggested == suggested
    assert audience.profile_page.cycle.chosen == suggested

    # Esc leaves the profile for the card, and the room keeps its screen (with one screen, the
    # console must not come up in front of the room); a second Esc ends presenting.
    press(qtbot, Qt.Key.Key_Escape)
    assert feature.current.presenting.presenting and audience.view == "card"
    assert QApplication.activeWindow() is audience
    press(qtbot, Qt.Key.Key_Escape)
    assert not feature.current.presenting.presenting
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_P)  # the console's own profile, for the notes
    assert window.pages.currentWidget() is feature.current.profile_page
    notes = feature.current.profile_page.notes
    for _ in range(20):
        if QApplication.focusWidget() is notes.text:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is notes.text
    qtbot.keyClicks(keyboard_target(), "Next: ask residents about the mandate")
    press(qtbot, Qt.Key.Key_Return)
    assert window.session.store.notes()[-1].text == "Next: ask residents about the mandate"
    press(qtbot, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.walk_page
