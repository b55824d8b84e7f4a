"""The roster: add, edit, remove and import participants; switch to anonymous tallies."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from xsector_desktop.core.imports import InputError, normalise_sector, parse_participants_csv
from xsector_desktop.core.model import Participant, Role
from xsector_desktop.core.roster_import import PreviewRow

from . import actions as act
from .phrases import QT_TRANSLATE_NOOP, Phrase
from .session import WorkshopSession
from .walkthrough import Run

__all__ = ["InputError", "RosterController"]

ROSTER = act.Change("roster")


class RosterController:
    def __init__(self, session: WorkshopSession, run: Run) -> None:
        self.session = session
        self._run = run

    def participants(self) -> list[Participant]:
        return list(self.session.store.participants())

    def _writable(self) -> bool:
        return not self.session.read_only

    def _stored(self, action: act.Action) -> bool:
        """Run an action; False when the store refused it (the window has said why)."""
        return self._run(action) is not False

    def add(self, name: str, sector: str, role: Role = "unsaid") -> bool:
        name, sector = name.strip(), normalise_sector(sector)
        if not self._writable() or not name or not sector:
            return False
        store = self.session.store
        return self._stored(
            self.session.write(
                Phrase(QT_TRANSLATE_NOOP("actions", "add {name}"), name=name),
                lambda: store.add_participant(name, sector, role),
                ROSTER,
            )
        )

    def update(
        self,
        participant_id: int,
        *,
        name: str | None = None,
        sector: str | None = None,
        role: Role | None = None,
    ) -> bool:
        before = next((p for p in self.participants() if p.id == participant_id), None)
        if before is None or not self._writable():
            return False
        after = before._replace(
            name=name.strip() if name is not None and name.strip() else before.name,
            sector=normalise_sector(sector) if sector and sector.strip() else before.sector,
            role=role or before.role,
        )
        if after == before:
            return False
        store = self.session.store
        return self._stored(
            self.session.write(
                Phrase(QT_TRANSLATE_NOOP("actions", "edit {name}"), name=before.name),
                lambda: store.update_participant(
                    after.id, name=after.name, sector=after.sector, role=after.role
                ),
                ROSTER,
            )
        )

    def remove(self, participant_id: int) -> bool:
        person = next((p for p in self.participants() if p.id == participant_id), None)
        if person is None or not self._writable():
            return False
        store = self.session.store
        return self._stored(
            self.session.write(
                Phrase(QT_TRANSLATE_NOOP("actions", "remove {name}"), name=person.name),
                lambda: store.remove_participant(person.id),
                ROSTER,
            )
        )

    def import_csv(self, path: Path) -> int:
        """Add every row of the CSV as one undo step; raises InputError and adds nothing."""
        rows = parse_participants_csv(path, [p.name for p in self.participants()])
        if not self._writable() or not rows:
            return 0
        store = self.session.store
        mappings = [{"name": r.name, "sector": r.sector, "role": r.role} for r in rows]
        stored = self._stored(
            self.session.write(
                Phrase(QT_TRANSLATE_NOOP("actions", "import {n} participants"), n=len(rows)),
                lambda: store.add_participants(mappings),
                ROSTER,
            )
        )
        return len(rows) if stored else 0

    def add_rows(self, rows: Sequence[PreviewRow]) -> int:
        """Add the previewed rows to be added as one undo step; returns how many."""
        people = [{"name": r.name, "sector": r.sector, "role": r.role} for r in rows]
        if not self._writable() or not people:
            return 0
        store = self.session.store
        stored = self._stored(
            self.session.write(
                Phrase(QT_TRANSLATE_NOOP("actions", "import {n} participants"), n=len(people)),
                lambda: store.add_participants(people),
                ROSTER,
            )
        )
        return len(people) if stored else 0

    def set_anonymous(self, anonymous: bool) -> None:
        if self.session.info.anonymous == anonymous or not self._writable():
            return
        self._run(
            act.UpdateInfo(
                self.session.store,
                self.session.notify,
                {"anonymous": self.session.info.anonymous},
                {"anonymous": anonymous},
                Phrase(QT_TRANSLATE_NOOP("actions", "anonymous tallies"))
                if anonymous
                else Phrase(QT_TRANSLATE_NOOP("actions", "named votes")),
            )
        )
