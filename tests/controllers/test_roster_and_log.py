"""Roster and disagreement-log controllers, GUI-free."""

from __future__ import annotations

from pathlib import Path

import pytest

from xsector_desktop.ui.controllers.roster import InputError

from .conftest import Rig


def test_add_edit_remove_and_undo_each(rig: Rig) -> None:
    assert rig.roster.add("  Ana ", "Local Government", "decision-maker")
    assert not rig.roster.add("   ", "business")
    (ana,) = rig.roster.participants()
    assert (ana.name, ana.sector, ana.role) == ("Ana", "government", "decision-maker")
    rig.roster.update(ana.id, name="Ana M.", sector="Tenants' union")
    assert rig.roster.participants()[0].sector == "Tenants' union"
    rig.roster.remove(ana.id)
    assert rig.roster.participants() == []
    rig.history.undo()
    rig.history.undo()
    assert [p.name for p in rig.roster.participants()] == ["Ana"]


def test_csv_import_is_one_undo_step_and_a_bad_row_adds_nothing(rig: Rig, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text("name,sector,role\nAna,government,doer\nBen,business,\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,sector,role\nCy,health,doer\nDee,,doer\n", encoding="utf-8")
    assert rig.roster.import_csv(good) == 2
    with pytest.raises(InputError, match="line 3"):
        rig.roster.import_csv(bad)
    assert [p.name for p in rig.roster.participants()] == ["Ana", "Ben"]
    rig.history.undo()
    assert rig.roster.participants() == []


def test_anonymous_mode_is_an_undoable_setting(rig: Rig) -> None:
    rig.roster.set_anonymous(True)
    assert rig.session.info.anonymous
    rig.history.undo()
    assert not rig.session.info.anonymous


def test_log_records_who_raised_what_and_its_status(rig: Rig) -> None:
    rig.roster.add("Ana", "government")
    ana = rig.roster.participants()[0]
    assert rig.log.add("objection", "Nobody asked the residents.", ana.id)
    assert rig.log.add("proposal", "Hold two neighbourhood meetings.")
    assert not rig.log.add("concern", "   ")
    items = rig.log.items()
    assert [(i.item.kind, i.raised_by_name) for i in items] == [
        ("objection", "Ana"),
        ("proposal", ""),
    ]
    rig.log.toggle_status(items[0].item.id)
    assert rig.log.items()[0].item.status == "resolved"
    rig.history.undo()
    assert rig.log.items()[0].item.status == "open"
    rig.history.undo()
    assert len(rig.log.items()) == 1
