"""A whole workshop as a facilitator would run it: keyboard and mouse, offscreen, no sleeps.

Create a workshop, fill a roster of 12 by keyboard, walk all 11 cards voting by mouse and by
keyboard, reveal, a second round on one card, a proposal and an objection, undo a vote, then
reopen the file and find everything as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from xsector_desktop.ui.dialogs import NewWorkshop
from xsector_desktop.ui.main_window import MainWindow

from .conftest import ScriptedAsker, make_window

ROSTER = [  # name, then what is typed in the sector and role lists to pick an entry
    ("Ana", "g", "de"),
    ("Ben", "b", "do"),
    ("Cy", "n", "do"),
    ("Dee", "c", "n"),
    ("Eli", "h", "de"),
    ("Fay", "e", "do"),
    ("Gus", "p", "de"),
    ("Hal", "g", "n"),
    ("Ida", "b", "do"),
    ("Jo", "c", "de"),
    ("Kit", "n", "n"),
    ("Lu", "g", "do"),
]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_roster_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    page = window.roster_page
    assert page is not None and window.pages.currentWidget() is page
    page.name.setFocus()
    for name, sector_key, role_key in ROSTER:
        assert focused() is page.name
        qtbot.keyClicks(page.name, name)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is page.sector
        qtbot.keyClicks(page.sector, sector_key)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is page.role
        qtbot.keyClicks(page.role, role_key)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)


def test_a_whole_workshop_by_keyboard_and_mouse_survives_reopening(
    qtbot: QtBot,
    window: MainWindow,
    asker: ScriptedAsker,
    new_workshop: NewWorkshop,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    # 1. Create a workshop from the start screen.
    asker.new_answers.append(new_workshop)
    qtbot.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    assert window.session is not None and window.session.info.partnership == "Fresh Partnership"

    # 2. Fill a roster of 12 by keyboard.
    type_roster_by_keyboard(qtbot, window)
    roster = window.roster.participants()
    assert [p.name for p in roster] == [r[0] for r in ROSTER]
    assert roster[0].sector == "government" and roster[0].role == "decision-maker"
    assert roster[1].sector == "business" and roster[1].role == "doer"
    assert roster[3].sector == "community" and roster[3].role == "unsaid"
    assert window.roster_page is not None and window.roster_page.model.rowCount() == 12

    # 3. Walk all 11 cards: even cards by mouse, odd cards by keyboard; reveal each with R.
    qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page, walk = window.walk_page, window.walk
    assert page is not None and walk is not None and window.pages.currentWidget() is page
    cards = list(walk.card_keys)
    for index, card in enumerate(cards):
        assert walk.current == card
        values = [(index + i) % 5 + 1 for i in range(12)]
        if index % 2 == 0:
            for chip, value in zip(page.voting.chips.values(), values, strict=True):
                qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
                qtbot.mouseClick(page.voting.points[value], Qt.MouseButton.LeftButton)
        else:
            for value in values:
                qtbot.keyClick(page.agenda, str(value))
        assert page.voting.status.text() == "Round 1 (hidden) · 12 of 12 have voted"
        qtbot.keyClick(page.agenda, Qt.Key.Key_R)
        assert page.voting.status.text().startswith("Round 1 (revealed)")
        if index < len(cards) - 1:
            with qtbot.waitSignal(page.signals.moved):
                qtbot.keyClick(page.agenda, Qt.Key.Key_PageDown)

    # 4. A second round on Authority, reached by clicking the agenda.
    rect = page.agenda.visualRect(page.agenda_model.index_of("authority"))
    with qtbot.waitSignal(page.signals.moved):
        qtbot.mouseClick(page.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(page.agenda, Qt.Key.Key_N)
    for _ in range(12):
        qtbot.keyClick(page.agenda, Qt.Key.Key_4)
    qtbot.keyClick(page.agenda, Qt.Key.Key_R)
    assert [b.summary.number for b in page.rounds.boxes] == [1, 2]

    # 5. A proposal and an objection, each with who raised it.
    log = page.log_panel
    for kind, who, text in (
        ("proposal", "Ben", "Ask residents to confirm the mandate."),
        ("objection", "Dee", "Nobody gave us this authority."),
    ):
        log.kind.setCurrentIndex(log.kind.findData(kind))
        log.who.setCurrentIndex(log.who.findText(who))
        qtbot.keyClicks(log.text, text)
        qtbot.keyClick(log.text, Qt.Key.Key_Return)
    assert log.model.rowCount() == 2

    # 6. Correct a vote in the revealed round (asked first), then undo it: Ana's round-2 vote
    # goes back to 4.
    ana = roster[0].id
    asked: list[tuple[str, int]] = []
    page.voting.ask_correction = lambda _parent, name, number: (
        asked.append((name, number)) or ("correct")
    )
    qtbot.mouseClick(page.voting.chips[ana], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.voting.points[1], Qt.MouseButton.LeftButton)
    assert asked == [("Ana", 2)]
    assert page.voting.chips[ana].text() == "Ana  1"
    qtbot.keyClick(page.agenda, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.voting.chips[ana].text() == "Ana  4"

    # 7. Close, reopen in a new window, and find everything as it was.
    path = window.session.path
    assert path is not None
    window.close_workshop()
    again, _ = make_window(qtbot, settings, tmp_path)
    assert again.open_path(path)
    walk2, page2 = again.walk, again.walk_page
    assert walk2 is not None and page2 is not None
    assert walk2.current == "authority"
    assert [p.name for p in walk2.participants()] == [r[0] for r in ROSTER]
    for index, card in enumerate(cards):
        first = walk2.votes(card, 1)
        assert sorted(v.value for v in first) == sorted((index + i) % 5 + 1 for i in range(12))
        assert walk2.card_state(card) == "revealed"
    assert [(r.number, r.revealed) for r in walk2.rounds("authority")] == [(1, True), (2, True)]
    assert {v.value for v in walk2.votes("authority", 2)} == {4}
    items = again.log.items("authority")
    assert [(i.item.kind, i.raised_by_name) for i in items] == [
        ("proposal", "Ben"),
        ("objection", "Dee"),
    ]
    assert page2.voting.status.text() == "Round 2 (revealed) · 12 of 12 have voted"
    again.close_workshop(to_start=False)
