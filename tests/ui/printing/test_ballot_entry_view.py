"""Ballot entry by keyboard alone: three paper ballots keyed in with key clicks, then undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from xsector_desktop.core.snapshot import ballot_code
from xsector_desktop.ui.ballot_entry.view import BallotEntryDialog
from xsector_desktop.ui.controllers.session import WorkshopSession
from xsector_desktop.ui.undo import UndoMirror

from ..conftest import unnamed_controls

# Eleven cards; the 4th (Representatives) and 9th (Financial resources) take a type key too.
BALLOTS = {
    "ana": "54431453212" + "45",  # every card answered
    "ben": "2s3" + "5\r" + "s" * 7,  # Results 2, Charge blank, Authority 3, Rep. 5 no type ...
    "blank": "1111" + "2" + "111" + "1" + "1\r" + "11",
}


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_keys(qtbot: QtBot, keys: str) -> None:
    """Each character as one key press to whatever has the focus, as a facilitator types."""
    for char in keys:
        if char == "\r":
            qtbot.keyClick(focused(), Qt.Key.Key_Return)
        elif char == "\b":
            qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
        else:
            qtbot.keyClicks(focused(), char)


def make_dialog(qtbot: QtBot, session: WorkshopSession) -> tuple[BallotEntryDialog, UndoMirror]:
    stack = UndoMirror()
    stack.attach(session.history)  # as the main window mirrors the session's history
    dialog = BallotEntryDialog(session, session.run, stack)
    stack.setParent(dialog)  # as the main window owns both in the app
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.start_ballot()
    return dialog, stack


def test_three_ballots_keyed_in_by_keyboard_alone(qtbot: QtBot, session: WorkshopSession) -> None:
    dialog, stack = make_dialog(qtbot, session)
    store, info = session.store, session.info
    people = {p.name: p for p in store.participants()}
    ana, ben = people["Ana Morales"], people["Ben Okafor"]
    rounds = {s.key: s.round for s in dialog.entry.preview_slots()}
    before = {v.id for v in store.votes()}
    assert focused() is dialog.code

    # Ana: typed sloppily (lower case, letter O for zero); she voted live before, so a warning.
    type_keys(qtbot, ballot_code(info, ana.id).lower().replace("0", "o") + "\r")
    assert focused() is dialog.sheet and dialog.who.text() == "Ana Morales"
    assert "replaces those votes" in dialog.warning.text() and dialog.warning.isVisible()
    type_keys(qtbot, BALLOTS["ana"][:4])
    assert dialog.sheet.currentRow() == 3 and "which type" in dialog.prompt.text()
    type_keys(qtbot, BALLOTS["ana"][4:])
    assert dialog.prompt.text().startswith("All 11 cards keyed")
    with qtbot.waitSignal(dialog.stored) as ana_stored:
        type_keys(qtbot, "\r")
    assert ana_stored.args[0].votes == 11
    assert focused() is dialog.code and dialog.code.text() == ""
    assert dialog.counter.text() == "1 ballot entered here"

    # Ben: a mistyped key is refused in words, Backspace steps back, S leaves cards blank.
    type_keys(qtbot, ballot_code(info, ben.id) + "\r")
    type_keys(qtbot, "9")
    assert "9 is not on the scale" in dialog.message.text()
    type_keys(qtbot, "4\b" + BALLOTS["ben"] + "\r")

    # A blank ballot: tally votes with no participant.
    type_keys(qtbot, ballot_code(info, None, 1) + "\r")
    assert dialog.who.text() == "Blank ballot 1"
    type_keys(qtbot, BALLOTS["blank"] + "\r")
    assert "Stored ballot B1-" in dialog.message.text()

    new = [v for v in store.votes() if v.id not in before]
    assert {v.source for v in new} == {"paper"}
    ana_votes = {v.card: (v.value, v.type_choice) for v in new if v.participant_id == ana.id}
    assert len(ana_votes) == 11 and ana_votes["representatives"] == (3, "Doer")
    assert ana_votes["financial-resources"] == (1, "Redirected/Aligned")
    ben_votes = {v.card: (v.value, v.type_choice) for v in new if v.participant_id == ben.id}
    assert ben_votes == {"results": (2, None), "authority": (3, None), "representatives": (5, None)}
    tallies = [v for v in new if v.participant_id is None]
    assert len(tallies) == 11 and all(v.value in (1, 2) for v in tallies)
    assert all(v.round == rounds[v.card] for v in new)
    assert stack.count() == 3 and dialog.counter.text() == "3 ballots entered here"

    # Ctrl+Z in the dialog takes the whole blank ballot back.
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [v for v in store.votes() if v.id not in before and v.participant_id is None] == []
    assert dialog.message.text().startswith("Undone: Enter paper ballot B1-")


def test_a_code_from_another_workshop_is_refused_with_a_clear_message(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    from xsector_desktop.core.model import WorkshopInfo

    dialog, stack = make_dialog(qtbot, session)
    elsewhere = ballot_code(WorkshopInfo(partnership="Lakeside", date="2026-01-01"), 3)
    type_keys(qtbot, elsewhere + "\r")
    assert dialog.message.text() == (
        f"Ballot “{elsewhere}” is not from this workshop (or has a typo): its check letters "
        "do not match Riverside Opportunity Partnership."
    )
    assert focused() is dialog.code and dialog.code.text() == elsewhere
    type_keys(qtbot, "nonsense\r")
    assert "is not a ballot code" in dialog.message.text()
    assert stack.count() == 0
    assert unnamed_controls(dialog) == []


def test_escape_starts_the_ballot_over(qtbot: QtBot, session: WorkshopSession) -> None:
    dialog, _stack = make_dialog(qtbot, session)
    person = session.store.participants()[0]
    type_keys(qtbot, ballot_code(session.info, person.id) + "\r" + "543")
    dialog.start_ballot()  # Ctrl+B again mid-ballot keeps the ballot
    assert focused() is dialog.sheet and dialog.entry.state.position == 3
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert dialog.isVisible() and focused() is dialog.code
    assert dialog.entry.state.phase == "code" and dialog.who.text() == ""


def test_a_ballot_of_one_vote_is_confirmed_in_the_singular(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    from xsector_desktop.ui.ballot_entry.words import Words
    from xsector_desktop.ui.controllers.ballot_entry import StoredBallot

    dialog, _ = make_dialog(qtbot, session)
    words = Words(dialog, session)
    one = words.stored(StoredBallot("P1-H3Z", 1, "Ana {n}", 1))  # a name is text, braces too
    assert one == "Stored ballot P1-H3Z (Ana {n}): 1 vote. Type the next code."
    assert words.stored(StoredBallot("B1-XY", None, "", 3)).startswith(
        "Stored ballot B1-XY (blank ballot): 3 votes."
    )
