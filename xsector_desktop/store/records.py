"""Values the store hands out besides the core model's records."""

from collections.abc import Mapping
from typing import Any, Literal, NamedTuple

from ..core.model import NO_ENTRIES, TrustStage
from .fileformat import FORMAT_VERSION

NoteKind = Literal["note", "next-step"]
NOTE_KINDS: tuple[NoteKind, ...] = ("note", "next-step")


class RowRef(NamedTuple):
    """One row of one history table."""

    table: str
    id: int


class Change(NamedTuple):
    """What one write added: pass it to ``retract`` to undo and to ``restore`` to redo."""

    action: str  # e.g. "cast_vote", "reveal", "remove_participant"
    rows: tuple[RowRef, ...]


class Written[T](NamedTuple):
    """What a write that makes a record returns: the record, and the Change that undoes it."""

    record: T
    change: Change


class RoundState(NamedTuple):
    """A voting round on one card as stored: when it was opened and, once revealed, when."""

    card: str
    round: int
    opened_at: str
    revealed_at: str | None = None

    @property
    def revealed(self) -> bool:
        return self.revealed_at is not None


class TrustReading(NamedTuple):
    """The trust-cycle stage the facilitator chose, the one suggested, and when it was recorded."""

    suggested: TrustStage
    chosen: TrustStage
    recorded_at: str


class Note(NamedTuple):
    """A note as stored: on a card or the whole workshop, maybe tied to a problem-solving stage."""

    id: int
    card: str | None
    cycle_stage: str | None
    text: str
    added_at: str
    kind: NoteKind = "note"  # "next-step": an agreed next step


class HistoryEntry(NamedTuple):
    """One row of any history table, with whether an undo currently hides it."""

    table: str
    id: int
    at: str
    retracted: bool
    fields: Mapping[str, Any] = NO_ENTRIES


class CheckResult(NamedTuple):
    """What ``xsector check`` found in a workshop file: integrity, format, schema steps, rows."""

    path: str
    integrity: list[str]  # ["ok"] when SQLite finds nothing wrong
    application_id_ok: bool
    format_version: int
    applied_migrations: list[str]
    pending_migrations: list[str]
    unknown_migrations: list[str]  # applied by a newer xsector
    counts: dict[str, int]
    # Each table, view, index or trigger that is not as xsector makes it (foreign, changed or
    # missing), and each value xsector cannot use; both refuse the file when it is opened.
    unusual_schema: tuple[str, ...] = ()
    unusable_values: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        # Pending migrations are fine: opening the file upgrades it (after a backup).
        return (
            self.integrity == ["ok"]
            and self.application_id_ok
            and self.format_version <= FORMAT_VERSION
            and not self.unknown_migrations
            and not self.unusual_schema
            and not self.unusable_values
        )

    def describe(self) -> str:
        """A few readable lines for ``xsector check``; the last says ok or what is wrong."""
        integrity = "ok" if self.integrity == ["ok"] else "; ".join(self.integrity[:5])
        rows = ", ".join(
            f"{table} {count}" for table, count in self.counts.items() if not table.startswith("_")
        )
        lines = [
            self.path,
            f"  integrity: {integrity}",
            f"  application id: {'xsector workshop' if self.application_id_ok else 'NOT xsector'}",
            f"  format: {self.format_version} (this xsector reads up to {FORMAT_VERSION})",
            f"  schema steps: {', '.join(self.applied_migrations) or 'none'}",
        ]
        if self.pending_migrations:
            lines.append(f"  upgrade due on next open: {', '.join(self.pending_migrations)}")
        if self.unknown_migrations:
            lines.append(f"  from a newer xsector: {', '.join(self.unknown_migrations)}")
        if self.unusual_schema:
            lines.append("  schema: not as xsector makes it:")
            lines.extend(f"    {finding}" for finding in self.unusual_schema)
        if self.unusable_values:
            lines.append("  values xsector cannot use:")
            lines.extend(f"    {finding}" for finding in self.unusable_values)
        lines.append(f"  rows: {rows or 'none'}")
        lines.append("  result: ok" if self.ok else "  result: PROBLEMS FOUND")
        return "\n".join(lines)
