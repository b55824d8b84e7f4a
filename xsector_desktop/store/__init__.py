"""The workshop file: SQLite through sqlite-utils; no Qt, no ReportLab."""

from .check import check_workshop
from .errors import (
    CorruptWorkshop,
    DuplicateParticipant,
    MigrationFailed,
    NewerWorkshop,
    NotAWorkshop,
    StoreError,
    UnknownRecord,
    WorkshopExists,
    WorkshopInUse,
    WorkshopNotFound,
    WorkshopReadOnly,
)
from .records import Change, CheckResult, HistoryEntry, Note, RoundState, RowRef, TrustReading
from .workshop_store import WorkshopStore

__all__ = [
    "Change",
    "CheckResult",
    "CorruptWorkshop",
    "DuplicateParticipant",
    "HistoryEntry",
    "MigrationFailed",
    "NewerWorkshop",
    "NotAWorkshop",
    "Note",
    "RoundState",
    "RowRef",
    "StoreError",
    "TrustReading",
    "UnknownRecord",
    "WorkshopExists",
    "WorkshopInUse",
    "WorkshopNotFound",
    "WorkshopReadOnly",
    "WorkshopStore",
    "check_workshop",
]
