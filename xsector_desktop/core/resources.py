"""Where bundled data lives, whether run from the repo or from an installed wheel.

resources/ and workshops/ are packages of their own (mapped from the top of the repo in an
editable install, inside xsector_desktop in a wheel), so their folder is found by importing
them. That finds what importlib.resources would, without importing its machinery: about 2 ms
of the app's start-up. The wheel is installed as files, never run zipped.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from pathlib import Path


@cache
def _folder(package: str) -> Path:
    return Path(next(iter(import_module(package).__path__)))


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/ (decks, scales, fonts, ...)."""
    return _folder("xsector_desktop.resources").joinpath(*parts)


def sample_workshop_path(*parts: str) -> Path:
    """Path of a file under workshops/ (the readable sample workshop data)."""
    return _folder("xsector_desktop.workshops").joinpath(*parts)
