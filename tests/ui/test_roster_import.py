"""Importing a sign-in sheet: column mapping, a sector per organisation, a preview, a template."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore
from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.views.roster_import import RosterImportDialog

from .accessible_tree import accessible_problems
from .conftest import ScriptedAsker, unnamed_controls

SIGN_IN = (
    "First Name,Last Name,Organization,Email\n"
    "Ana,Diaz,City of Riverside,ana@example.org\n"
    "Ben,Okafor,Okafor Hardware LLC,ben@example.org\n"
    "Cy,Moreau,Riverside Arts,cy@example.org\n"
    "Dee,Park,City of Riverside,dee@example.org\n"
    "Ana,Diaz,City of Riverside,ana@example.org\n"
)


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.xsector"
    WorkshopStore.create(path, WorkshopInfo(partnership="Rivers")).close()
    return path


def test_a_sign_in_sheet_is_mapped_previewed_then_added_in_one_undo_step(
    qtbot: QtBot, window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    window.open_path(_empty(tmp_path))
    page = window.roster_page
    assert page is not None
    sheet = tmp_path / "sign-in.csv"
    sheet.write_text(SIGN_IN, encoding="utf-8")
    seen: dict[str, object] = {}

    def look_then_add(dialog: RosterImportDialog) -> bool:
        qtbot.addWidget(dialog)
        mapping = dialog.mapping()
        seen["mapping"] = (mapping.name, mapping.sector, mapping.organisation)
        seen["unused"] = dialog.unused.text()
        seen["before"] = dialog.add_button.isEnabled()  # Riverside Arts has no sector yet
        seen["first"] = [
            dialog.preview_table.item(0, c).text()
            for c in range(dialog.preview_table.columnCount())
        ]
        seen["roster while previewing"] = page.model.rowCount()
        seen["unnamed"] = unnamed_controls(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen["unreadable"] = accessible_problems(dialog)
        dialog.set_sector("Riverside Arts", "nonprofit")
        seen["summary"] = dialog.summary.text()
        seen["button"] = dialog.add_button.text()
        return True

    asker.csv_answers.append(sheet)
    asker.roster_import_answers.append(look_then_add)
    window.import_roster()
    assert seen == {
        "mapping": ((0, 1), None, 2),
        "unused": "Not kept: Email",
        "before": False,
        "first": ["2", "Ana Diaz", "Government", "added"],
        "roster while previewing": 0,
        "unnamed": [],
        "unreadable": [],
        "summary": "4 to add · 1 skipped · 0 to fix",
        "button": "Add 4 participants",
    }
    people = [(p.name, p.sector) for p in window.roster.participants()]
    assert people == [
        ("Ana Diaz", "government"),
        ("Ben Okafor", "business"),
        ("Cy Moreau", "nonprofit"),
        ("Dee Park", "government"),
    ]
    assert page.message.text() == "Imported 4 participants."
    window.undo_action.trigger()
    assert window.roster.participants() == []


def test_changing_the_mapping_changes_the_preview_and_cancel_adds_nothing(
    qtbot: QtBot, window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    window.open_path(_empty(tmp_path))
    sheet = tmp_path / "sign-in.csv"
    sheet.write_text(SIGN_IN, encoding="utf-8")
    names: list[list[str]] = []

    def remap_then_cancel(dialog: RosterImportDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.name_second.setCurrentIndex(dialog.name_second.findData(-1))  # first name only
        names.append([r.name for r in dialog.rows])
        dialog.organisation_column.setCurrentIndex(dialog.organisation_column.findData(-1))
        assert list(dialog.sector_combos) == [""]  # one sector for everyone now
        dialog.set_sector("", "nonprofit")
        names.append([f"{r.name}/{r.sector}/{r.status}" for r in dialog.rows])
        return False

    asker.csv_answers.append(sheet)
    asker.roster_import_answers.append(remap_then_cancel)
    window.import_roster()
    assert names == [
        ["Ana", "Ben", "Cy", "Dee", "Ana"],
        [
            "Ana/nonprofit/add",
            "Ben/nonprofit/add",
            "Cy/nonprofit/add",
            "Dee/nonprofit/add",
            "Ana/nonprofit/duplicate",
        ],
    ]
    assert window.roster.participants() == []


def test_a_file_that_is_not_a_table_is_refused_with_its_line(
    window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    window.open_path(_empty(tmp_path))
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"First Name,Last Name\nAna,\xff\n")
    asker.csv_answers.append(bad)
    window.import_roster()
    assert window.roster_page is not None
    assert (
        window.roster_page.message.text()
        == f"{bad}, line 2: is not UTF-8 text (save the CSV as UTF-8)"
    )
    assert asker.roster_dialogs == []  # refused before any mapping


def test_the_template_is_saved_and_imports_as_it_is(
    window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    window.open_path(_empty(tmp_path))
    page = window.roster_page
    assert page is not None
    target = tmp_path / "template.csv"
    page.choose_template_path = lambda _parent: target
    page.template_button.click()
    assert target.read_text(encoding="utf-8").splitlines()[0] == "name,sector,role"
    assert page.message.text() == f"Saved the template as {target}."
    asker.csv_answers.append(target)
    window.import_roster()
    assert [(p.name, p.sector, p.role) for p in window.roster.participants()] == [
        ("Ana Diaz", "government", "decision-maker"),
        ("Ben Okafor", "business", "doer"),
        ("Cy Moreau", "community", "unsaid"),
    ]
