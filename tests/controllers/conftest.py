"""Fixtures for GUI-free controller tests: a fresh workshop, controllers wired to a History."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore
from xsector_desktop.ui.controllers.disagreements import DisagreementController
from xsector_desktop.ui.controllers.history import History
from xsector_desktop.ui.controllers.roster import RosterController
from xsector_desktop.ui.controllers.session import WorkshopSession
from xsector_desktop.ui.controllers.walkthrough import WalkthroughController


class Rig:
    """Everything a facilitator's session holds, without Qt."""

    def __init__(self, path: Path, info: WorkshopInfo) -> None:
        self.path = path
        self.session = WorkshopSession(WorkshopStore.create(path, info), path)
        self.history = History()
        self.walk = WalkthroughController(self.session, self.history.run)
        self.roster = RosterController(self.session, self.history.run)
        self.log = DisagreementController(self.walk, self.history.run)
        self.changes: list[object] = []
        self.session.changed.connect(self.changes.append)

    def reopen(self) -> Rig:
        """Close the file and open it again, as after quitting the app (or a crash)."""
        self.session.close()
        again = Rig.__new__(Rig)
        again.path = self.path
        again.session = WorkshopSession(WorkshopStore.open(self.path), self.path)
        again.history = History()
        again.walk = WalkthroughController(again.session, again.history.run)
        again.roster = RosterController(again.session, again.history.run)
        again.log = DisagreementController(again.walk, again.history.run)
        again.changes = []
        return again


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    made = Rig(tmp_path / "w.xsector", WorkshopInfo(partnership="Test Partnership"))
    yield made
    made.session.store.close()


@pytest.fixture
def anonymous_rig(tmp_path: Path) -> Iterator[Rig]:
    made = Rig(tmp_path / "a.xsector", WorkshopInfo(partnership="Hands", anonymous=True))
    yield made
    made.session.store.close()
