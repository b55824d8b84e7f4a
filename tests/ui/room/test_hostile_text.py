"""Text is text: hostile names, sectors, comments, notes and partnerships, through every page.

A workshop is filled with strings that Qt would take for markup (an image the size of a
building, a local picture, a table 99,999 pixels wide, a style sheet), a right-to-left override,
an ampersand, a formula. The test walks the walk-through on every card, the roster, the profile,
the sector view, the settings, export and ballot-entry dialogs, a message box and the audience
screen, and at every step checks that every label shows plain text, no widget is wider or taller
than the screen, the local picture was never read (its access time stays where it was put), and
what is shown is what was typed (bidirectional controls taken out: core/text.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.core.text import without_bidi_controls
from xsector_desktop.store import WorkshopStore
from xsector_desktop.ui.controllers.actions import Change
from xsector_desktop.ui.dialogs import store_error_box
from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.views.chip_strip import CHIP_CHARACTERS

from ..conftest import make_window
from .conftest import focused

CONSOLE = (1280, 720)
PROJECTOR = (1024, 768)
BIG_IMAGE = '<img src="x" width="100000" height="100000"/>'


def hostile_strings(picture: Path) -> list[str]:
    return [
        BIG_IMAGE,
        f'<img src="{picture}">',
        "<b>bold</b> & <i>italic</i>",
        '<a href="http://example.invalid/">click me</a>',
        "Ali\u202egpj.exe",
        "\u2067مرحبا\u2069 12 Ana",
        "Tom & Jerry",
        '=HYPERLINK("http://example.invalid","open")',
        '<table width="99999"><tr><td>wide</td></tr></table>',
        "&lt;not markup&gt; &amp; &#60;",
        "<style>*{font-size:900px}</style>big",
        "<h1>Heading</h1><hr/>",
        "W" * 120,
    ]


def shown(typed: str) -> str:
    """What the screen must show for a typed string: the same, bidirectional controls taken out."""
    return without_bidi_controls(typed)


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    """A real PNG whose access time is set far in the past: reading it would move it."""
    from PySide6.QtGui import QImage

    path = tmp_path / "photo.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(path))
    os.utime(path, (0, path.stat().st_mtime))
    return path


def never_read(path: Path) -> bool:
    return path.stat().st_atime == 0


def build_hostile(path: Path, strings: list[str]) -> Path:
    with WorkshopStore.create(path, WorkshopInfo(strings[0], place=strings[1])) as store:
        people = store.add_participants(
            {"name": name, "sector": strings[(i + 3) % len(strings)], "role": "doer"}
            for i, name in enumerate(strings)
        ).record
        store.open_round("results")
        for i, (person, comment) in enumerate(zip(people, reversed(strings), strict=True)):
            store.cast_vote(person.id, "results", 1, i % 5 + 1, comment=comment)
        store.reveal("results", 1)
        for person, text in zip(people, strings, strict=True):
            store.add_disagreement("results", 1, "concern", text, raised_by=person.id)
            store.add_note("results", None, text)
    return path


def audit(root: QWidget, limit: tuple[int, int]) -> None:
    """Every label under root is plain text and nothing under it outgrows the screen."""
    width, height = limit
    assert root.width() <= width and root.height() <= height, (root, root.size())
    minimum = root.minimumSizeHint()
    assert minimum.width() <= width and minimum.height() <= height, (root, minimum)
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.text():  # an icon's label has no text
            assert widget.textFormat() == Qt.TextFormat.PlainText, (widget, widget.text())
        chain = []
        parent = widget
        while parent is not None:
            chain.append(f"{type(parent).__name__}:{parent.objectName()}")
            parent = parent.parentWidget()
        # Inside a scroll area a long unbroken word may make content wider than the view (it
        # scrolls); anywhere else nothing may be wider than the screen. Either way no text can
        # make a widget thousands of pixels wide, as a picture 100,000 pixels wide would.
        scrolls = "QWidget:qt_scrollarea_viewport" in chain
        assert widget.width() <= width * (2 if scrolls else 1), (chain, widget.size())
        assert widget.height() <= height * (8 if scrolls else 1), (chain, widget.size())
        tip = widget.toolTip()
        assert "<img" not in tip and "<table" not in tip, (widget, tip)


def texts(root: QWidget) -> str:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel) and widget.text():  # an icon's label has no text
            found.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text().replace("&&", "&"))
    return "\n".join(found)


@pytest.fixture
def hostile_window(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, picture: Path
) -> Iterator[tuple[MainWindow, list[str]]]:
    strings = hostile_strings(picture)
    path = build_hostile(tmp_path / "hostile.xsector", strings)
    window, _ = make_window(qtbot, settings, tmp_path)
    assert window.open_path(path)
    yield window, strings
    window.close_workshop(to_start=False)


def test_every_page_shows_hostile_text_as_typed_and_loads_nothing(
    qtbot: QtBot, hostile_window: tuple[MainWindow, list[str]], picture: Path
) -> None:
    window, strings = hostile_window
    page = window.walk_page
    assert page is not None and window.session is not None
    audit(window, CONSOLE)
    assert shown(strings[0]) in page.heading.text()
    assert window.windowTitle().startswith(strings[0])

    walk = window.walk
    for key in walk.keys:  # every card and cycle of the agenda
        walk.go_to(key)
        audit(window, CONSOLE)
    walk.go_to("results")
    for person in walk.participants():  # each chip selected in turn
        walk.select(person.id)
    audit(window, CONSOLE)
    chips = page.voting.chips
    for person in walk.participants():
        on_chip = chips[person.id].text().replace("&&", "&").rsplit("  ", 1)[0]
        if len(person.name) <= CHIP_CHARACTERS:
            assert on_chip == shown(person.name)
        else:  # a very long name is cut on its chip, never widening the row
            assert on_chip == person.name[: CHIP_CHARACTERS - 1] + "…"
    logged = [page.log_panel.model.index(row, 0).data() for row in range(len(strings))]
    for typed in strings:
        assert any(shown(typed) in row for row in logged), typed

    window.show_roster()
    roster = window.roster_page
    assert roster is not None
    audit(window, CONSOLE)
    model = roster.table.model()
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == [shown(s) for s in strings]
    sectors = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert sectors == [shown(strings[(i + 3) % len(strings)]) for i in range(len(strings))]
    window.show_walkthrough()

    page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_S)  # the sector view, docked
    assert (
        window.room.current.sector_dock is not None and window.room.current.sector_dock.isVisible()
    )
    audit(window, CONSOLE)
    qtbot.keyClick(focused(), Qt.Key.Key_S)

    qtbot.keyClick(focused(), Qt.Key.Key_P)  # the profile, with its notes
    profile = window.room.current.profile_page
    assert profile is not None and window.pages.currentWidget() is profile
    audit(window, CONSOLE)
    listing = profile.notes.listing.text()
    for typed in strings:
        assert shown(typed) in listing, typed
    qtbot.keyClick(focused(), Qt.Key.Key_P)

    assert never_read(picture)


def test_every_dialog_and_the_audience_screen_keep_hostile_text_plain(
    qtbot: QtBot, hostile_window: tuple[MainWindow, list[str]], picture: Path, tmp_path: Path
) -> None:
    window, strings = hostile_window
    session = window.session
    assert session is not None

    window.settings_action.trigger()
    from xsector_desktop.ui.settings_dialog import SettingsDialog

    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.partnership.text() == strings[0]  # edited as typed, controls and all
    audit(dialog, CONSOLE)
    dialog.reject()

    window.printing.choose_folder = lambda _start: tmp_path
    export = window.printing.show_export()
    assert export is not None
    audit(export, CONSOLE)
    export.close()
    entry = window.printing.show_ballot_entry()
    assert entry is not None
    audit(entry, CONSOLE)
    entry.close()

    box = store_error_box(window, f"{tmp_path / strings[0]}.xsector: {strings[1]}", True)
    qtbot.addWidget(box)
    box.show()
    audit(box, CONSOLE)
    assert f"{strings[0]}.xsector: {strings[1]}" in texts(box)
    box.close()

    page = window.walk_page
    assert page is not None
    page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F5)  # the audience screen
    presenter = window.room.current.presenter
    assert presenter is not None and presenter.audience is not None
    audience = presenter.audience
    qtbot.waitUntil(audience.isVisible)
    audit(audience, (audience.width(), audience.height()))
    for partnership in strings:  # every hostile string as the partnership's name, on screen
        session.store.update_info(partnership=partnership)
        session.notify(Change("info"))
        assert shown(partnership) in page.heading.text()
        audit(window, CONSOLE)
        audit(audience, (audience.width(), audience.height()))
        for person in strings:  # the audience screen shows no names
            if len(person) > 20:
                assert shown(person) not in texts(audience) or person == partnership
    qtbot.keyClick(audience, Qt.Key.Key_Escape)
    assert never_read(picture)
    assert QApplication.activeModalWidget() is None
