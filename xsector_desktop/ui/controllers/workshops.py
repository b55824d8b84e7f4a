"""Opening and creating workshops, the recent-files list, and the sample workshop.

No Qt here: the start screen calls these and shows any StoreError as a dialog; QSettings only
stores the list that RecentFiles keeps in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore

from .session import WorkshopSession

RECENT_LIMIT = 8
SUFFIX = ".xsector"


def open_workshop(path: Path, *, read_only: bool = False) -> WorkshopSession:
    """Open a workshop file; raises the store's StoreError subclasses with a one-line message."""
    store = WorkshopStore.open(path, read_only=read_only)
    try:
        return WorkshopSession(store, path, read_only=read_only)
    except Exception:
        store.close()
        raise


def create_workshop(path: Path, info: WorkshopInfo) -> WorkshopSession:
    path = with_suffix(path)
    return WorkshopSession(WorkshopStore.create(path, info), path)


def with_suffix(path: Path) -> Path:
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def build_sample(folder: Path) -> Path:
    """The sample workshop as a fresh file in `folder` (made once; reused if it is there)."""
    from xsector_desktop.store.sample import build_sample as build  # not at start-up: docs/code.md

    target = folder / "riverside-sample.xsector"
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        build(target)
    return target


@dataclass
class RecentFiles:
    """Most recent first, no duplicates, at most RECENT_LIMIT, only files that still exist."""

    load: Callable[[], list[str]]
    save: Callable[[list[str]], None]

    def paths(self) -> list[Path]:
        return [Path(p) for p in self.load() if Path(p).exists()][:RECENT_LIMIT]

    def add(self, path: Path) -> None:
        text = str(path.absolute())
        rest = [p for p in self.load() if p != text]
        self.save([text, *rest][:RECENT_LIMIT])

    def forget(self, path: Path) -> None:
        text = str(path.absolute())
        self.save([p for p in self.load() if p != text])
