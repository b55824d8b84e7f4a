"""Undo and redo as rows: ``retract`` hides what a write added, ``restore`` shows it again.

Nothing is ever deleted or updated in a history table. ``retract(change)`` inserts one row in
``retractions`` per row of the change; ``restore(change)`` retracts those retractions. Undoing
again after a redo adds fresh retractions, so a row's state is always: hidden if it has a
retraction that is not itself retracted.
"""

from __future__ import annotations

from typing import Any

from .base import live
from .errors import UnknownRecord
from .records import Change, HistoryEntry, RowRef
from .roster import RosterMixin
from .schema import RETRACTABLE_TABLES

# The time column of each history table, for history().
_TIMESTAMPS: dict[str, str] = {
    "participant_changes": "changed_at",
    "votes": "cast_at",
    "rounds": "opened_at",
    "reveals": "revealed_at",
    "disagreements": "raised_at",
    "disagreement_status": "changed_at",
    "notes": "added_at",
    "trust_readings": "recorded_at",
    "card_times": "recorded_at",
    "retractions": "retracted_at",
}


class UndoMixin(RosterMixin):
    def retract(self, change: Change) -> Change:
        """Undo a write: hide every row it added. Returns the retraction, itself a Change."""
        for ref in change.rows:
            self._check_ref(ref)
            if self.is_retracted(ref):
                raise UnknownRecord(
                    self._path, f"{ref.table} row {ref.id} is already undone", "Nothing to undo"
                )
        return self._retract_rows("retract", change.rows)

    def restore(self, change: Change) -> Change:
        """Redo a write undone by ``retract``: hide the retractions that hide its rows."""
        retractions: list[RowRef] = []
        for ref in change.rows:
            self._check_ref(ref)
            found = [
                RowRef("retractions", row[0])
                for row in self._conn.execute(
                    f"""SELECT id FROM retractions r WHERE target_table = ? AND target_id = ?
                        AND {live("r", "retractions")}""",
                    (ref.table, ref.id),
                )
            ]
            if not found:
                raise UnknownRecord(
                    self._path, f"{ref.table} row {ref.id} is not undone", "Nothing to redo"
                )
            retractions.extend(found)
        return self._retract_rows("restore", tuple(retractions))

    def is_retracted(self, ref: RowRef) -> bool:
        self._check_ref(ref)
        row = self._conn.execute(
            f"SELECT NOT ({live('t', ref.table)}) FROM {ref.table} t WHERE id = ?", (ref.id,)
        ).fetchone()
        if row is None:
            raise UnknownRecord(self._path, f"{ref.table} has no row {ref.id}")
        return bool(row[0])

    def history(self) -> list[HistoryEntry]:
        """Every row of every history table, oldest first, each marked if currently undone."""
        entries: list[HistoryEntry] = []
        for table, time_column in _TIMESTAMPS.items():
            cursor = self._conn.execute(
                f"SELECT t.*, NOT ({live('t', table)}) AS _retracted FROM {table} t ORDER BY id"
            )
            names = [column[0] for column in cursor.description]
            for row in cursor:
                fields: dict[str, Any] = dict(zip(names, row, strict=True))
                retracted = bool(fields.pop("_retracted"))
                entries.append(
                    HistoryEntry(table, fields["id"], fields[time_column], retracted, fields)
                )
        entries.sort(key=lambda entry: (entry.at, _order(entry.table), entry.id))
        return entries

    def _retract_rows(self, action: str, rows: tuple[RowRef, ...]) -> Change:
        now = self._now()
        added: list[RowRef] = []
        with self._transaction():
            for ref in rows:
                added.append(
                    RowRef(
                        "retractions",
                        self._insert(
                            "INSERT INTO retractions (target_table, target_id, retracted_at)"
                            " VALUES (?, ?, ?)",
                            (ref.table, ref.id, now),
                        ),
                    )
                )
            if any(ref.table == "participant_changes" for ref in rows) or action == "restore":
                self._check_roster_names()  # raising here rolls the undo back
        return self._record(action, *added)

    def _check_ref(self, ref: RowRef) -> None:
        if ref.table not in RETRACTABLE_TABLES:
            raise ValueError(f"{ref.table!r} is not a table whose rows can be undone")


def _order(table: str) -> int:
    return list(_TIMESTAMPS).index(table)
