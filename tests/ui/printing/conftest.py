"""Fixtures for the export, preview and ballot-entry tests: an open sample workshop session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from xsector_desktop.ui.controllers.session import WorkshopSession
from xsector_desktop.ui.controllers.workshops import open_workshop

from ..sample_workshop import build_riverside


@pytest.fixture
def session(tmp_path: Path) -> Iterator[WorkshopSession]:
    opened = open_workshop(build_riverside(tmp_path / "riverside.xsector"))
    yield opened
    opened.close()


@pytest.fixture
def export_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def out_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
