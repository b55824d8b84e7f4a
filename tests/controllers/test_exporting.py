"""The export controller without Qt: paper size by locale, folder checks, safe writes, Cancel."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from xsector_desktop.core.snapshot import WorkshopSnapshot
from xsector_desktop.store import WorkshopStore
from xsector_desktop.store.sample import build_sample
from xsector_desktop.ui.controllers import exporting
from xsector_desktop.ui.controllers.exporting import (
    ExportRunner,
    ExportTarget,
    default_page_size,
    folder_problem,
    load_snapshot_of,
    suggested_name,
)


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkshopSnapshot]:
    path = build_sample(tmp_path_factory.mktemp("sample") / "riverside.xsector")
    with WorkshopStore.open(path, read_only=True) as store:
        yield load_snapshot_of(store)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_US", "Letter"),
        ("fr_CA", "Letter"),
        ("en-US", "Letter"),
        ("en_US.UTF-8", "Letter"),
        ("en_GB", "A4"),
        ("de_DE", "A4"),
        ("es_MX", "A4"),
        ("C", "A4"),
        ("", "A4"),
    ],
)
def test_paper_size_follows_the_locale_territory(locale: str, expected: str) -> None:
    assert default_page_size(locale) == expected


def test_file_names_come_from_the_partnership() -> None:
    assert suggested_name("Riverside Opportunity Partnership", "pdf") == (
        "riverside-opportunity-partnership-profile.pdf"
    )
    assert suggested_name("Ça va: São Tomé!", "csv") == "ça-va-são-tomé-data"
    assert suggested_name("///", "json") == "workshop-data.json"


def test_a_folder_that_cannot_take_files_is_named_in_one_line(tmp_path: Path) -> None:
    missing = folder_problem(tmp_path / "nowhere")
    assert missing is not None and "does not exist" in missing and "\n" not in missing
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    assert "is a file" in (folder_problem(a_file) or "")
    assert folder_problem(tmp_path) is None
    assert leftovers(tmp_path) == []  # the probe file is gone


def test_a_folder_without_write_permission_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    problem = folder_problem(tmp_path)
    assert problem == (
        f"Cannot save in {tmp_path}: you do not have permission to write "
        "there. Choose another folder."
    )


@pytest.mark.posix_only  # make_read_only: permission bits, or chattr as root
def test_a_read_only_folder_is_refused(
    tmp_path: Path, make_read_only: Callable[[Path], None]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    make_read_only(locked)
    assert "permission" in (folder_problem(locked) or "")


def test_every_kind_is_written_whole_with_progress_to_the_end(
    snapshot: WorkshopSnapshot, tmp_path: Path
) -> None:
    targets = [
        ExportTarget("pdf", tmp_path / "profile.pdf", "Letter"),
        ExportTarget("handouts", tmp_path / "handouts.pdf", "A4"),
        ExportTarget("ballots", tmp_path / "ballots.pdf", "A4", blank_ballots=2),
        ExportTarget("csv", tmp_path / "data"),
        ExportTarget("json", tmp_path / "data.json"),
    ]
    seen: list[tuple[int, int]] = []
    outcome = ExportRunner(snapshot, targets).run(lambda done, total: seen.append((done, total)))
    assert outcome.ok and outcome.written == targets
    ballots = PdfReader(tmp_path / "ballots.pdf")
    assert len(ballots.pages) == len(snapshot.participants) + 2
    letter = PdfReader(tmp_path / "profile.pdf").pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == sorted(
        ["participants.csv", "votes.csv", "disagreements.csv", "signals.csv"]
    )
    assert (tmp_path / "data.json").read_text(encoding="utf-8").startswith("{")
    dones = [done for done, _ in seen]
    assert dones == sorted(dones) and dones[-1] == 1000 and {t for _, t in seen} == {1000}
    assert leftovers(tmp_path) == []


def test_cancel_leaves_no_half_written_file(snapshot: WorkshopSnapshot, tmp_path: Path) -> None:
    old = tmp_path / "profile.pdf"
    old.write_bytes(b"%PDF-1.4 the earlier export")
    runner = ExportRunner(
        snapshot, [ExportTarget("handouts", tmp_path / "handouts.pdf"), ExportTarget("pdf", old)]
    )
    calls: list[int] = []

    def cancel_midway(done: int, total: int) -> None:
        calls.append(done)
        if done > 500:  # the handouts are done, the profile is under way
            runner.cancel()

    outcome = runner.run(cancel_midway)
    assert outcome.cancelled and not outcome.ok
    assert [t.kind for t in outcome.written] == ["handouts"]
    assert old.read_bytes() == b"%PDF-1.4 the earlier export"  # not replaced by half a file
    assert leftovers(tmp_path) == []


def test_a_failed_write_is_one_clear_line_and_leaves_nothing(
    snapshot: WorkshopSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporting.os, "replace", full_disk)
    outcome = ExportRunner(snapshot, [ExportTarget("json", tmp_path / "d.json")]).run()
    assert (
        outcome.error == f"Cannot save in {tmp_path}: No space left on device. "
        "Choose another folder."
    )
    assert list(tmp_path.iterdir()) == []


def test_nothing_to_print_is_said_not_raised(snapshot: WorkshopSnapshot, tmp_path: Path) -> None:

    empty = snapshot._replace(participants=())
    outcome = ExportRunner(empty, [ExportTarget("ballots", tmp_path / "b.pdf")]).run()
    assert outcome.error is not None and "nothing to print" in outcome.error
    assert list(tmp_path.iterdir()) == []


def test_an_existing_csv_folder_keeps_the_facilitators_own_files(
    snapshot: WorkshopSnapshot, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "my-notes.txt").write_text("mine")
    (folder / "votes.csv").write_text("stale")
    assert ExportRunner(snapshot, [ExportTarget("csv", folder)]).run().ok
    assert (folder / "my-notes.txt").read_text() == "mine"
    assert (folder / "votes.csv").read_text(encoding="utf-8-sig").startswith("vote_id,")
