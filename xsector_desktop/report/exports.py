"""One entry point for every export, for the CLI and for the app's export worker.

Each kind takes a WorkshopSnapshot; the PDF kinds report progress(done, total) and are safe to
run on a worker thread (nothing here touches Qt, and the font registry is locked).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from ..core.folders import sync_folder
from ..core.snapshot import WorkshopSnapshot
from .ballots import build_ballots_pdf_for
from .data_export import export_csv, export_json
from .handouts import build_handouts_pdf
from .pages import Progress
from .summary import build_summary_pdf

ExportKind = Literal["pdf", "handouts", "ballots", "csv", "json"]
EXPORT_KINDS: tuple[ExportKind, ...] = ("pdf", "handouts", "ballots", "csv", "json")

# An anonymous workshop has no roster to print ballots for, so it gets a stack of blank ones.
BLANK_BALLOTS_WITHOUT_ROSTER = 20


def write(
    kind: str,
    snapshot: WorkshopSnapshot,
    out: Path | str,
    page_size: str = "A4",
    progress: Progress | None = None,
    blank_ballots: int | None = None,
    include_hidden: bool = False,
) -> Path:
    """Write one export; `out` is a file, or a folder for "csv". Returns what was written.

    `include_hidden`: print rounds the room never saw in the PDF summary, each marked.
    """
    target = Path(out)
    if kind == "pdf":
        build_summary_pdf(snapshot, target, page_size, progress, include_hidden)
    elif kind == "handouts":
        build_handouts_pdf(
            snapshot.deck, snapshot.scale, target, page_size, snapshot.info, progress
        )
    elif kind == "ballots":
        roster = bool(snapshot.participants) and not snapshot.info.anonymous
        blanks = (
            blank_ballots
            if blank_ballots is not None
            else (0 if roster else BLANK_BALLOTS_WITHOUT_ROSTER)
        )
        build_ballots_pdf_for(snapshot, target, page_size, blanks, progress)
    elif kind == "csv":
        export_csv(snapshot, target)
    elif kind == "json":
        export_json(snapshot, target)
    else:
        raise ValueError(f"unknown export '{kind}' (known: {', '.join(EXPORT_KINDS)})")
    return target


def write_whole(
    kind: str,
    snapshot: WorkshopSnapshot,
    out: Path | str,
    page_size: str = "A4",
    progress: Progress | None = None,
    blank_ballots: int | None = None,
    include_hidden: bool = False,
    before_rename: Callable[[], object] | None = None,
) -> Path:
    """`write`, under a hidden temporary name beside `out`, renamed into place only when
    complete: a full disk, a kill or a cancel (`before_rename` raising) leaves an earlier good
    export as it was. For "csv" each file of the folder is replaced whole, and the
    facilitator's own files in that folder are left alone."""
    final = Path(out)
    folder = final.parent
    if kind == "csv":
        partial = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".part", dir=folder))
    else:
        handle, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=folder)
        os.close(handle)
        partial = Path(name)
    try:
        write(
            kind,
            snapshot,
            partial,
            page_size=page_size,
            progress=progress,
            blank_ballots=blank_ballots,
            include_hidden=include_hidden,
        )
        if before_rename is not None:
            before_rename()
        if kind == "csv":
            final.mkdir(exist_ok=True)
            for item in sorted(partial.iterdir()):
                os.replace(item, final / item.name)
            sync_folder(final)  # the files' new names in the export's own folder
        else:
            os.replace(partial, final)
        sync_folder(folder)
    finally:
        if partial.is_dir():
            shutil.rmtree(partial, ignore_errors=True)
        elif partial.exists():
            partial.unlink()
    return final
