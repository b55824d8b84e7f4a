"""Exports from the app: what to write, where, on which paper, and writing it safely.

No Qt here. The export dialog fills in `ExportTarget`s, checks the folder with `folder_problem`
on the GUI thread, and hands a frozen WorkshopSnapshot plus the targets to `run_exports`, which
is what its worker thread calls. The snapshot is read from the store on the GUI thread (a few
milliseconds even for 60 people): the store's connection must be used by one thread at a time,
and a frozen snapshot lets the worker run without touching it at all.

Every file is written under a hidden temporary name in the destination folder and renamed into
place only once it is complete, so a cancelled or failed export never leaves half a file behind
(a rename within one folder is atomic).
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from xsector_desktop.core.snapshot import WorkshopSnapshot
from xsector_desktop.store.snapshot_io import load_snapshot

from .phrases import QT_TRANSLATE_NOOP, Phrase

if TYPE_CHECKING:
    from xsector_desktop.store.reader import WorkshopReader

ExportKind = Literal["pdf", "handouts", "ballots", "csv", "json"]
PageSize = Literal["A4", "Letter"]
PDF_KINDS: tuple[ExportKind, ...] = ("pdf", "handouts", "ballots")
ALL_KINDS: tuple[ExportKind, ...] = ("pdf", "handouts", "ballots", "csv", "json")
SUFFIXES: dict[ExportKind, str] = {
    "pdf": "-profile.pdf",
    "handouts": "-handouts.pdf",
    "ballots": "-ballots.pdf",
    "csv": "-data",
    "json": "-data.json",
}
# Territories whose printers are loaded with US Letter by default.
LETTER_TERRITORIES = frozenset({"US", "CA"})

Progress = Callable[[int, int], None]


class ExportCancelled(Exception):
    """Raised inside a running export when the facilitator pressed Cancel."""


class ExportTarget(NamedTuple):
    """One file (or CSV folder) to export: its kind, its path, the paper, how many blank ballots."""

    kind: ExportKind
    path: Path  # a file, or a folder for "csv"
    page_size: PageSize = "A4"
    blank_ballots: int = 0
    include_hidden: bool = False  # print rounds the room never saw in the PDF, each marked


@dataclass
class ExportOutcome:
    """How an export run ended: the targets written, and whether it was cancelled or failed."""

    written: list[ExportTarget] = field(default_factory=list)
    cancelled: bool = False
    error: str | None = None  # one line for the facilitator, never a traceback

    @property
    def ok(self) -> bool:
        return not self.cancelled and self.error is None


def default_page_size(locale_name: str) -> PageSize:
    """Letter where the locale's territory is the US or Canada ("en_US", "fr_CA"), else A4."""
    territory = locale_name.replace("-", "_").split(".")[0].split("_")
    return "Letter" if len(territory) > 1 and territory[1].upper() in LETTER_TERRITORIES else "A4"


def file_stem(partnership: str) -> str:
    """A file name from the partnership's name: lower case, words joined by hyphens."""
    words = "".join(c if c.isalnum() else " " for c in partnership.lower()).split()
    return "-".join(words)[:60] or "workshop"


def suggested_name(partnership: str, kind: ExportKind) -> str:
    return file_stem(partnership) + SUFFIXES[kind]


def folder_problem(folder: Path) -> str | None:
    """Why nothing can be saved in `folder`, in one line, or None when it can.

    Asking the file system (creating and removing a probe file) is the only honest test: access
    bits lie on network drives, for root, and on read-only mounts.
    """
    if not folder.exists():
        return Phrase(
            QT_TRANSLATE_NOOP(
                "actions", "The folder {folder} does not exist. Choose another folder."
            ),
            folder=str(folder),
        )
    if not folder.is_dir():
        return Phrase(
            QT_TRANSLATE_NOOP("actions", "{folder} is a file, not a folder. Choose a folder."),
            folder=str(folder),
        )
    try:
        handle, probe = tempfile.mkstemp(prefix=".xsector-probe-", dir=folder)
    except OSError as error:
        return _cannot_write(folder, error)
    os.close(handle)
    os.unlink(probe)
    return None


def _cannot_write(where: Path, error: OSError) -> str:
    reason: str = error.strerror or type(error).__name__
    if isinstance(error, PermissionError):
        reason = Phrase(QT_TRANSLATE_NOOP("actions", "you do not have permission to write there"))
    return Phrase(
        QT_TRANSLATE_NOOP("actions", "Cannot save in {where}: {reason}. Choose another folder."),
        where=str(where),
        reason=reason,
    )


class ExportRunner:
    """Writes a list of targets in order; `cancel()` may be called from any thread."""

    def __init__(self, snapshot: WorkshopSnapshot, targets: Sequence[ExportTarget]) -> None:
        self.snapshot = snapshot
        self.targets = list(targets)
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancelled.is_set()

    def run(self, progress: Progress | None = None) -> ExportOutcome:
        """Write every target; progress(done, total) counts per mille of the whole job."""
        outcome = ExportOutcome()
        steps = len(self.targets)
        for index, target in enumerate(self.targets):

            def step_progress(done: int, total: int, index: int = index) -> None:
                if self._cancelled.is_set():
                    raise ExportCancelled
                if progress is not None and total > 0:
                    share = min(done, total) / total
                    progress(round(1000 * (index + share) / steps), 1000)

            try:
                step_progress(0, 1)
                write_safely(self.snapshot, target, step_progress)
            except ExportCancelled:
                outcome.cancelled = True
                return outcome
            except OSError as error:
                outcome.error = _cannot_write(target.path.parent, error)
                return outcome
            except ValueError as error:  # the report's refusals: say, no ballots to print
                outcome.error = f"{target.path.name}: {error}."
                return outcome
            outcome.written.append(target)
            if progress is not None:
                progress(round(1000 * (index + 1) / steps), 1000)
        return outcome


def write_safely(snapshot: WorkshopSnapshot, target: ExportTarget, progress: Progress) -> Path:
    """Write one export under a temporary name, then move it into place whole."""
    from xsector_desktop.report import exports  # ReportLab: docs/code.md

    return exports.write_whole(
        target.kind,
        snapshot,
        target.path,
        page_size=target.page_size,
        progress=progress if target.kind in PDF_KINDS else None,
        blank_ballots=target.blank_ballots if target.kind == "ballots" else None,
        include_hidden=target.include_hidden,
        # The data exports report no progress of their own; a last look before the rename
        # keeps Cancel honest for them too.
        before_rename=lambda: progress(1, 1),
    )


def blank_ballots_default(roster_size: int, anonymous: bool) -> int:
    """Blank ballots to offer: none beside a roster, a stack of 20 for an anonymous workshop."""
    from xsector_desktop.report.exports import BLANK_BALLOTS_WITHOUT_ROSTER

    return 0 if roster_size and not anonymous else BLANK_BALLOTS_WITHOUT_ROSTER


def load_snapshot_of(store: WorkshopReader) -> WorkshopSnapshot:
    """The workshop frozen as values; called on the GUI thread, the store's own thread."""
    return load_snapshot(store)
