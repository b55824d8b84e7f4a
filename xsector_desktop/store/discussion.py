"""What the room said and decided: disagreements, notes, the trust reading, time per card."""

from __future__ import annotations

from typing import cast

from ..core.limits import MAX_TEXT_LENGTH
from ..core.model import (
    DISAGREEMENT_KINDS,
    TRUST_STAGES,
    Disagreement,
    DisagreementKind,
    DisagreementStatus,
    TrustStage,
)
from .base import StoreBase, live
from .errors import StoreError, UnknownRecord
from .records import NOTE_KINDS, Change, Note, NoteKind, RowRef, TrustReading, Written

DISAGREEMENT_STATUSES: tuple[DisagreementStatus, ...] = ("open", "resolved")


class DiscussionMixin(StoreBase):
    def add_disagreement(
        self,
        card: str,
        round: int,
        kind: DisagreementKind,
        text: str,
        raised_by: int | None = None,
    ) -> Written[Disagreement]:
        self._require_writable()
        if kind not in DISAGREEMENT_KINDS:
            raise StoreError(
                self._path,
                f"'{kind}' is not one of {', '.join(DISAGREEMENT_KINDS)}",
                "Use one of those kinds",
            )
        self._check_length(text, "the text", MAX_TEXT_LENGTH)
        if card not in self._vote_rules()[0]:
            raise StoreError(
                self._path, f"card '{card}' is not a card of this workshop's deck", "Name a card"
            )
        if raised_by is not None and not self._exists("participants", raised_by):
            raise UnknownRecord(self._path, f"participant {raised_by} does not exist")
        disagreement_id = self._insert(
            "INSERT INTO disagreements (card, round, kind, text, raised_by, raised_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (card, round, kind, text, raised_by, self._now()),
        )
        change = self._record("add_disagreement", RowRef("disagreements", disagreement_id))
        return Written(Disagreement(disagreement_id, card, round, kind, text, raised_by), change)

    def set_disagreement_status(self, disagreement_id: int, status: DisagreementStatus) -> Change:
        self._require_writable()
        if status not in DISAGREEMENT_STATUSES:
            raise StoreError(
                self._path,
                f"'{status}' is not one of {', '.join(DISAGREEMENT_STATUSES)}",
                "Use one of those",
            )
        if not any(d.id == disagreement_id for d in self.disagreements()):
            raise UnknownRecord(self._path, f"disagreement {disagreement_id} does not exist")
        status_id = self._insert(
            "INSERT INTO disagreement_status (disagreement_id, status, changed_at)"
            " VALUES (?, ?, ?)",
            (disagreement_id, status, self._now()),
        )
        return self._record("set_disagreement_status", RowRef("disagreement_status", status_id))

    def disagreements(self, card: str | None = None) -> list[Disagreement]:
        """Disagreements not undone, oldest first, each with its current status."""
        sql = f"""SELECT id, card, round, kind, text, raised_by, status
                  FROM current_disagreements {"WHERE card = ?" if card is not None else ""}
                  ORDER BY id"""
        params = (card,) if card is not None else ()
        return [
            Disagreement(
                row[0],
                row[1],
                row[2],
                cast(DisagreementKind, row[3]),
                row[4],
                row[5],
                cast(DisagreementStatus, row[6]),
            )
            for row in self._conn.execute(sql, params)
        ]

    def record_card_time(self, card: str, seconds: float) -> Change:
        """Add time spent on a card; a card visited twice sums both visits."""
        self._require_writable()
        if seconds < 0:
            raise StoreError(self._path, f"{seconds} seconds is negative", "Record elapsed time")
        row_id = self._insert(
            "INSERT INTO card_times (card, seconds, recorded_at) VALUES (?, ?, ?)",
            (card, float(seconds), self._now()),
        )
        return self._record("record_card_time", RowRef("card_times", row_id))

    def card_times(self) -> dict[str, float]:
        sql = f"""SELECT card, sum(seconds) FROM card_times t WHERE {live("t", "card_times")}
                  GROUP BY card ORDER BY min(id)"""
        return {card: total for card, total in self._conn.execute(sql)}

    def record_trust_reading(self, suggested: TrustStage, chosen: TrustStage) -> Change:
        """Keep the stage the signals suggested next to the one the facilitator chose."""
        self._require_writable()
        for stage in (suggested, chosen):
            if stage not in TRUST_STAGES:
                raise StoreError(
                    self._path,
                    f"'{stage}' is not one of {', '.join(TRUST_STAGES)}",
                    "Use one of those stages",
                )
        row_id = self._insert(
            "INSERT INTO trust_readings (suggested, chosen, recorded_at) VALUES (?, ?, ?)",
            (suggested, chosen, self._now()),
        )
        return self._record("record_trust_reading", RowRef("trust_readings", row_id))

    def trust_reading(self) -> TrustReading | None:
        """The latest reading not undone, or None before the facilitator has chosen one."""
        row = self._conn.execute(
            f"""SELECT suggested, chosen, recorded_at FROM trust_readings t
                WHERE {live("t", "trust_readings")} ORDER BY id DESC LIMIT 1"""
        ).fetchone()
        if row is None:
            return None
        return TrustReading(cast(TrustStage, row[0]), cast(TrustStage, row[1]), row[2])

    def add_note(
        self, card: str | None, cycle_stage: str | None, text: str, kind: NoteKind = "note"
    ) -> Written[Note]:
        """A problem-solving note about a card, a cycle stage, or (both None) the workshop.

        ``kind="next-step"`` marks an agreed next step.
        """
        self._require_writable()
        if kind not in NOTE_KINDS:
            raise StoreError(
                self._path, f"'{kind}' is not one of {', '.join(NOTE_KINDS)}", "Use one of those"
            )
        self._check_length(text, "the note", MAX_TEXT_LENGTH)
        now = self._now()
        note_id = self._insert(
            "INSERT INTO notes (card, cycle_stage, text, added_at, kind) VALUES (?, ?, ?, ?, ?)",
            (card, cycle_stage, text, now, kind),
        )
        change = self._record("add_note", RowRef("notes", note_id))
        return Written(Note(note_id, card, cycle_stage, text, now, kind), change)

    def notes(self) -> list[Note]:
        sql = f"""SELECT id, card, cycle_stage, text, added_at, kind FROM notes n
                  WHERE {live("n", "notes")} ORDER BY id"""
        return [Note(*row) for row in self._conn.execute(sql)]

    def _exists(self, table: str, row_id: int) -> bool:
        query = f"SELECT 1 FROM {table} WHERE id = ?"  # table names come from code, never input
        return self._conn.execute(query, (row_id,)).fetchone() is not None
