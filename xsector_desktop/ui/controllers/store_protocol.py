"""The workshop store as the controllers use it: every method they call, typed.

The controllers never see WorkshopStore itself, only this protocol, so mypy checks each call
against it; where workshops.py hands a WorkshopStore to a WorkshopSession, mypy checks that the
real store offers all of it with the same signatures. A write that the facilitator may undo
returns its Change: a Written (the record and its Change) for a write that makes a record, the
Change alone otherwise; undo and redo hand that Change back to `retract` and `restore`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from typing import Any, Protocol

from xsector_desktop.core.model import (
    Disagreement,
    DisagreementKind,
    DisagreementStatus,
    Participant,
    Role,
    TrustStage,
    Vote,
    VoteSource,
    WorkshopInfo,
)
from xsector_desktop.store.errors import StoreError
from xsector_desktop.store.reader import WorkshopReader
from xsector_desktop.store.records import Change, Note, NoteKind, Written


class SessionStore(WorkshopReader, Protocol):
    """An open workshop file, as WorkshopSession and the controllers read and write it."""

    # -- reading (besides what a snapshot reads) ------------------------------------------------
    def votes(self, card: str | None = None, round: int | None = None) -> list[Vote]: ...
    def position(self) -> tuple[str, int] | None: ...
    def identity(self) -> str: ...
    def let_go_on_close(self) -> None: ...

    # -- undoable writes --------------------------------------------------------------------
    def cast_vote(
        self,
        participant_id: int | None,
        card: str,
        round: int,
        value: int,
        type_choice: str | None = None,
        comment: str = "",
        source: VoteSource = "live",
    ) -> Written[Vote]: ...
    def add_votes(
        self, rows: Iterable[Mapping[str, Any]], *, reveal_opened: bool = False
    ) -> Written[list[Vote]]: ...
    def open_round(self, card: str) -> Written[int]: ...
    def reveal(self, card: str, round: int) -> Change: ...
    def add_disagreement(
        self,
        card: str,
        round: int,
        kind: DisagreementKind,
        text: str,
        raised_by: int | None = None,
    ) -> Written[Disagreement]: ...
    def set_disagreement_status(
        self, disagreement_id: int, status: DisagreementStatus
    ) -> Change: ...
    def add_participant(
        self, name: str, sector: str, role: Role = "unsaid"
    ) -> Written[Participant]: ...
    def add_participants(self, rows: Iterable[Mapping[str, str]]) -> Written[list[Participant]]: ...
    def update_participant(
        self,
        participant_id: int,
        *,
        name: str | None = None,
        sector: str | None = None,
        role: Role | None = None,
    ) -> Change: ...
    def remove_participant(self, participant_id: int) -> Change: ...
    def add_note(
        self, card: str | None, cycle_stage: str | None, text: str, kind: NoteKind = "note"
    ) -> Written[Note]: ...
    def record_card_time(self, card: str, seconds: float) -> Change: ...
    def record_trust_reading(self, suggested: TrustStage, chosen: TrustStage) -> Change: ...
    def retract(self, change: Change) -> Change: ...
    def restore(self, change: Change) -> Change: ...

    # -- settings, which are not undo history ------------------------------------------------
    def update_info(self, **changes: Any) -> WorkshopInfo: ...
    def update_settings(
        self, changes: dict[str, Any] | None = None, **more: Any
    ) -> dict[str, Any]: ...
    def set_position(self, card: str | None, round: int | None) -> None: ...

    # -- the file ---------------------------------------------------------------------------
    def batch(self) -> AbstractContextManager[None]: ...
    def take_notices(self) -> list[StoreError]: ...
    def close(self, checkpoint_seconds: float = ...) -> None: ...
