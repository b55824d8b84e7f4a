"""Fresh workshop files for the store tests, in the spirit of sqlite-utils' fresh_db."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    return tmp_path / "riverside.xsector"


@pytest.fixture
def store(workshop_path: Path) -> Iterator[WorkshopStore]:
    with WorkshopStore.create(workshop_path, WorkshopInfo("Riverside Opportunity")) as opened:
        yield opened
