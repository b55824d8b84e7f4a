from __future__ import annotations

from pathlib import Path

import pytest

from xsector_desktop.cli import main


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A fresh copy of the sample workshop, built through the CLI."""
    path = tmp_path / "riverside.xsector"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def empty_workshop(tmp_path: Path) -> Path:
    path = tmp_path / "empty.xsector"
    assert main(["new", str(path), "--partnership", "Eastside Health Alliance"]) == 0
    return path
