"""The workshop file: SQLite through sqlite-utils; no Qt, no ReportLab."""

from typing import TYPE_CHECKING, Any

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
from .records import (
    Change,
    CheckResult,
    HistoryEntry,
    Note,
    RoundState,
    RowRef,
    TrustReading,
    Written,
)
from .workshop_store import WorkshopStore

if TYPE_CHECKING:
    from .check import check_workshop


def __getattr__(name: str) -> Any:
    # `xsector check` is the only user of check_workshop (and of repair, which it imports):
    # opening a workshop in the window does not load either.
    if name == "check_workshop":
        from .check import check_workshop

        return check_workshop
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "Written",
    "check_workshop",
]
