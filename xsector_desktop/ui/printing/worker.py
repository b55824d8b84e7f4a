"""The export worker: an ExportRunner on its own QThread.

The thread only ever sees a frozen WorkshopSnapshot and file paths; it touches no widget and no
store. It reports through two plain attributes that the GUI thread reads: `latest` (done,
total), polled by a timer at screen rate, and `outcome`, read when Qt's own `finished` signal
arrives on the GUI thread.

Why no signal of our own: in PySide6 6.12 every `emit()` of a Python-defined Signal drops a
reference to True that it never took (see the report of the printing branch); ReportLab calls
back once per flowable, so a signal per step would use up True's count within a few exports.
Polling also keeps the bar from redrawing more often than the screen can show.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QThread

from xsector_desktop.core.snapshot import WorkshopSnapshot

from ..controllers.exporting import ExportOutcome, ExportRunner, ExportTarget

log = logging.getLogger(__name__)


class ExportThread(QThread):
    def __init__(self, snapshot: WorkshopSnapshot, targets: Sequence[ExportTarget],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = ExportRunner(snapshot, targets)
        self.outcome: ExportOutcome | None = None
        self.latest: tuple[int, int] = (0, 1)  # replaced whole, so a reader never sees half

    def cancel(self) -> None:
        self.runner.cancel()

    def run(self) -> None:
        try:
            outcome = self.runner.run(self._report)
        except Exception as error:
            log.exception("export failed")
            outcome = ExportOutcome(error=self.tr("The export failed: {error}").format(
                error=str(error) or type(error).__name__))
        self.outcome = outcome

    def _report(self, done: int, total: int) -> None:
        self.latest = (done, total)
