"""Where bundled data lives, whether run from the repo or from an installed wheel."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/ (decks, scales, fonts, ...)."""
    return Path(str(files("xsector_desktop.resources").joinpath(*parts)))


def sample_workshop_path(*parts: str) -> Path:
    """Path of a file under workshops/ (the readable sample workshop data)."""
    return Path(str(files("xsector_desktop.workshops").joinpath(*parts)))
