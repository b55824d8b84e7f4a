"""The export worker: an ExportRunner on its own Python thread.

The thread only ever sees a frozen WorkshopSnapshot and file paths; it touches no widget, no
store and nothing of Qt. It reports through plain attributes that the GUI thread reads from a
timer at screen rate: `latest` (done, total), and, once `running` is False, `outcome` or
`error`.

Why a Python thread and no signal of our own: in PySide6 6.12 on CPython 3.11 every `emit()` of
a Python-defined Signal drops a reference to True that it never took, and a QThread's Python
`run()` goes through the same bindings; the suite once crashed inside an export running on a
QThread. A plain `threading.Thread` keeps PySide out of the worker altogether. Polling also
keeps the bar from redrawing more often than the screen can show.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

from xsector_desktop.core.snapshot import WorkshopSnapshot

from ..controllers.exporting import ExportOutcome, ExportRunner, ExportTarget

log = logging.getLogger(__name__)


class ExportThread:
    def __init__(self, snapshot: WorkshopSnapshot, targets: Sequence[ExportTarget]) -> None:
        self.runner = ExportRunner(snapshot, targets)
        self.outcome: ExportOutcome | None = None
        self.error: str | None = None  # what went wrong, when run() raised
        self.latest: tuple[int, int] = (0, 1)  # replaced whole, so a reader never sees half
        self._thread = threading.Thread(target=self._run, name="xsector-export", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self) -> None:
        self._thread.join()

    def cancel(self) -> None:
        self.runner.cancel()

    def _run(self) -> None:
        try:
            self.outcome = self.runner.run(self._report)
        except Exception as error:
            log.exception("export failed")
            self.error = str(error) or type(error).__name__

    def _report(self, done: int, total: int) -> None:
        self.latest = (done, total)
