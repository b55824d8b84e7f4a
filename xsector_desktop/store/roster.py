"""The roster: who is in the room, kept as a history of changes so every edit can be undone.

``participants`` gives each person a stable id (votes point at it); ``participant_changes``
holds their name, sector and role over time. The latest change that is not undone is the
person's current state; a change with ``active = 0`` is a removal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..core.limits import MAX_NAME_LENGTH
from ..core.model import ROLES, Participant, Role
from .base import StoreBase
from .errors import DuplicateParticipant, StoreError, UnknownRecord
from .records import Change, RowRef, Written

_INSERT_CHANGE = (
    "INSERT INTO participant_changes (participant_id, name, sector, role, active, changed_at)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)

_CURRENT = "SELECT id, name, sector, role FROM current_participants ORDER BY id"


class RosterMixin(StoreBase):
    def participants(self) -> list[Participant]:
        """Everyone currently on the roster, in the order they were added."""
        return self._remembered(
            ("participants",),
            lambda: [
                Participant(id=row[0], name=row[1], sector=row[2], role=row[3])
                for row in self._conn.execute(_CURRENT)
            ],
        )

    def participant(self, participant_id: int) -> Participant:
        for person in self.participants():
            if person.id == participant_id:
                return person
        raise UnknownRecord(self._path, f"participant {participant_id} is not on the roster")

    def add_participant(
        self, name: str, sector: str, role: Role = "unsaid"
    ) -> Written[Participant]:
        added = self._add([{"name": name, "sector": sector, "role": role}], numbered=False)
        return Written(added.record[0], added.change)

    def add_participants(self, rows: Iterable[Mapping[str, str]]) -> Written[list[Participant]]:
        """Add people from mappings with ``name``, ``sector`` and optional ``role``, all or none.

        A rejected row raises before anything is written; its message names the row (1-based).
        """
        return self._add(rows, numbered=True)

    def _add(
        self, rows: Iterable[Mapping[str, str]], *, numbered: bool
    ) -> Written[list[Participant]]:
        taken = {person.name.casefold() for person in self.participants()}
        people: list[tuple[str, str, Role]] = []
        for number, row in enumerate(rows, start=1):
            where = f"row {number}: " if numbered else ""
            name, sector, role = self._validated(
                row.get("name", ""), row.get("sector", ""), row.get("role") or "unsaid", where
            )
            if name.casefold() in taken:
                raise DuplicateParticipant(
                    self._path, f"{where}a participant named '{name}' is already on the roster"
                )
            taken.add(name.casefold())
            people.append((name, sector, role))
        added: list[Participant] = []
        refs: list[RowRef] = []
        now = self._now()
        with self._transaction():
            for name, sector, role in people:
                person_id = self._insert("INSERT INTO participants (added_at) VALUES (?)", (now,))
                change_id = self._insert(_INSERT_CHANGE, (person_id, name, sector, role, 1, now))
                added.append(Participant(person_id, name, sector, role))
                refs.append(RowRef("participant_changes", change_id))
        action = "add_participants" if len(added) != 1 else "add_participant"
        return Written(added, self._record(action, *refs))

    def update_participant(
        self,
        participant_id: int,
        *,
        name: str | None = None,
        sector: str | None = None,
        role: Role | None = None,
    ) -> Change:
        current = self.participant(participant_id)
        new_name, new_sector, new_role = self._validated(
            current.name if name is None else name,
            current.sector if sector is None else sector,
            current.role if role is None else role,
            "",
        )
        if new_name.casefold() != current.name.casefold():
            self._refuse_taken_name(new_name)
        return self._write_change(
            "update_participant", participant_id, new_name, new_sector, new_role, active=True
        )

    def remove_participant(self, participant_id: int) -> Change:
        current = self.participant(participant_id)
        return self._write_change(
            "remove_participant",
            participant_id,
            current.name,
            current.sector,
            current.role,
            active=False,
        )

    def _write_change(
        self, action: str, participant_id: int, name: str, sector: str, role: Role, *, active: bool
    ) -> Change:
        self._require_writable()
        change_id = self._insert(
            _INSERT_CHANGE, (participant_id, name, sector, role, int(active), self._now())
        )
        return self._record(action, RowRef("participant_changes", change_id))

    def _refuse_taken_name(self, name: str) -> None:
        if any(p.name.casefold() == name.casefold() for p in self.participants()):
            raise DuplicateParticipant(
                self._path, f"a participant named '{name}' is already on the roster"
            )

    def _check_roster_names(self) -> None:
        """Raise if an undo or redo would leave two people with the same name on the roster."""
        seen: set[str] = set()
        for person in self.participants():
            if person.name.casefold() in seen:
                raise DuplicateParticipant(
                    self._path,
                    f"this would put two participants named '{person.name}' on the roster",
                    "Rename one of them first",
                )
            seen.add(person.name.casefold())

    def _validated(self, name: str, sector: str, role: str, where: str) -> tuple[str, str, Role]:
        name, sector = " ".join(name.split()), " ".join(sector.split())
        if not name:
            raise StoreError(
                self._path, f"{where}a participant needs a name", "Type a name or an alias"
            )
        self._check_length(name, f"{where}the name", MAX_NAME_LENGTH)
        self._check_length(sector, f"{where}the sector", MAX_NAME_LENGTH)
        if role not in ROLES:
            raise StoreError(
                self._path,
                f"{where}role '{role}' is not one of {', '.join(ROLES)}",
                "Use one of those roles",
            )
        return name, sector, role
