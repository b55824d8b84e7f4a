"""The export worker: an ExportRunner on its own QThread, reporting through signals.

The thread only ever sees a frozen WorkshopSnapshot and file paths; it touches no widget and no
store. Its signals cross to the GUI thread as queued calls, so slots run where widgets live.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QThread, Signal

from xsector_desktop.core.snapshot import WorkshopSnapshot

from ..controllers.exporting import ExportOutcome, ExportRunner, ExportTarget

log = logging.getLogger(__name__)


class ExportThread(QThread):
    """Emits `progressed(done, total)` while it runs and `outcome_ready(ExportOutcome)` once."""

    progressed = Signal(int, int)
    outcome_ready = Signal(object)

    def __init__(self, snapshot: WorkshopSnapshot, targets: Sequence[ExportTarget],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = ExportRunner(snapshot, targets)
        self.outcome: ExportOutcome | None = None
        self._last_shown = -1

    def cancel(self) -> None:
        self.runner.cancel()

    def run(self) -> None:
        try:
            outcome = self.runner.run(self._report)
        except Exception as error:  # noqa: BLE001 - told to the facilitator in words, and logged
            log.exception("export failed")
            outcome = ExportOutcome(error=self.tr("The export failed: {error}").format(
                error=str(error) or type(error).__name__))
        self.outcome = outcome
        self.outcome_ready.emit(outcome)

    def _report(self, done: int, total: int) -> None:
        # ReportLab calls back once per flowable; the bar only needs each per-mille step once.
        if done != self._last_shown:
            self._last_shown = done
            self.progressed.emit(done, total)
