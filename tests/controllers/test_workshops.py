"""Opening, creating and remembering workshops, without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store.errors import NotAWorkshop, WorkshopInUse
from xsector_desktop.ui.controllers.workshops import (
    RECENT_LIMIT,
    RecentFiles,
    build_sample,
    create_workshop,
    open_workshop,
)


def test_create_adds_the_suffix_and_open_reads_it_back(tmp_path: Path) -> None:
    made = create_workshop(tmp_path / "river", WorkshopInfo(partnership="River", scale="fist5"))
    assert made.path == tmp_path / "river.xsector"
    made.close()
    again = open_workshop(tmp_path / "river.xsector")
    try:
        assert again.info.partnership == "River" and again.scale.key == "fist5"
        assert len(again.deck.card_keys) == 11
    finally:
        again.close()


def test_open_refuses_a_file_that_is_not_a_workshop_and_leaves_it_alone(tmp_path: Path) -> None:
    junk = tmp_path / "junk.xsector"
    junk.write_bytes(b"not a database at all")
    with pytest.raises(NotAWorkshop, match=r"junk\.xsector"):
        open_workshop(junk)
    assert junk.read_bytes() == b"not a database at all"


def test_a_second_opening_is_refused_unless_read_only(tmp_path: Path) -> None:
    first = create_workshop(tmp_path / "w", WorkshopInfo(partnership="W"))
    try:
        with pytest.raises(WorkshopInUse):
            open_workshop(tmp_path / "w.xsector")
        viewer = open_workshop(tmp_path / "w.xsector", read_only=True)
        assert viewer.read_only
        viewer.close()
    finally:
        first.close()


def test_recent_files_most_recent_first_unique_bounded_and_existing(tmp_path: Path) -> None:
    saved: list[str] = []
    recent = RecentFiles(lambda: list(saved), lambda paths: saved.__setitem__(slice(None), paths))
    files = []
    for i in range(RECENT_LIMIT + 2):
        path = tmp_path / f"w{i}.xsector"
        path.write_text("", encoding="utf-8")
        files.append(path)
        recent.add(path)
    recent.add(files[3])
    assert recent.paths()[0] == files[3]
    assert len(recent.paths()) == RECENT_LIMIT and len(set(recent.paths())) == RECENT_LIMIT
    files[3].unlink()
    assert files[3] not in recent.paths()
    recent.forget(files[-1])
    assert files[-1] not in recent.paths()


def test_the_sample_is_built_once_and_then_reused(tmp_path: Path) -> None:
    first = build_sample(tmp_path / "samples")
    stamp = first.stat().st_mtime_ns
    assert build_sample(tmp_path / "samples") == first and first.stat().st_mtime_ns == stamp
    session = open_workshop(first)
    try:
        assert session.info.partnership.startswith("Riverside")
    finally:
        session.close()


def test_the_controllers_import_without_any_of_pyside() -> None:
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "import xsector_desktop.ui.controllers.walkthrough, xsector_desktop.ui.controllers.roster\n"
        "import xsector_desktop.ui.controllers.workshops, xsector_desktop.ui.controllers.history\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "raise SystemExit(', '.join(loaded) or None)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
