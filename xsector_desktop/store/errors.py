"""Why a workshop file cannot be used, in words a facilitator can act on.

Every error names the file, says what is wrong and what to do, on one line:
``/home/ana/river.xsector: this file is not an xsector workshop (it is a PNG image). Open a
.xsector file made by xsector.`` The UI shows ``str(error)``; the CLI prints it and exits 3.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A workshop file problem: the path, what is wrong, and what the user can do about it."""

    default_advice = ""

    def __init__(self, path: str | Path, problem: str, advice: str | None = None) -> None:
        self.path = Path(path)
        self.problem = problem.rstrip(".")
        self.advice = (self.default_advice if advice is None else advice).rstrip(".")
        super().__init__(str(self))

    def __str__(self) -> str:
        line = f"{self.path}: {self.problem}."
        if self.advice:
            line += f" {self.advice}."
        return " ".join(line.split())


class WorkshopNotFound(StoreError):
    default_advice = "Check the file name and folder"


class NotAWorkshop(StoreError):
    default_advice = "Open a .xsector file made by xsector"


class CorruptWorkshop(StoreError):
    default_advice = (
        "The file was not changed; open the newest copy in the .xsector-backups folder next to it"
    )


class NewerWorkshop(StoreError):
    default_advice = "Open it with a newer version of xsector; this file was not changed"


class WorkshopInUse(StoreError):
    default_advice = "Close it there first, or open this one read-only"


class WorkshopReadOnly(StoreError):
    default_advice = "Open it read-only, or copy it to a folder you can write to"


class WorkshopExists(StoreError):
    default_advice = "Choose another name, or open the existing workshop"


class MigrationFailed(StoreError):
    default_advice = "The file was not changed; please report this problem"


class DuplicateParticipant(StoreError):
    default_advice = "Use a different name or an alias"


class UnknownRecord(StoreError):
    default_advice = "Reload the workshop; it may have been changed by an undo"


class UnusualSchema(StoreError):
    """Tables, views, indexes or triggers that are not exactly what xsector makes."""

    default_advice = (
        "The file was not changed; xsector check FILE --repair NEW.xsector writes a clean copy"
        " of its data"
    )


class UnusableValue(StoreError):
    """A value xsector cannot use: an unknown deck or scale, settings not JSON, a vote off the
    scale, text over its length limit."""

    default_advice = "The file was not changed; it was made or edited by another program"


class NotCheckpointed(StoreError):
    default_advice = (
        "Keep the -wal file beside it; close the other program, then open and close the "
        "workshop once more before copying or mailing the .xsector file"
    )


class JournalRemoved(StoreError):
    default_advice = (
        "xsector wrote every change shown into the workshop file and started a new journal; "
        "do not delete -wal files while the workshop is open"
    )
