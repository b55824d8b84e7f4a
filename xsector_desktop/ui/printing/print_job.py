"""Printing on a Python thread, so a long profile never freezes the window.

Qt allows a QPainter to paint on a QPrinter outside the GUI thread (Qt's "Painting in threads"),
and QtPdf renders pages from any thread. The job loads its own QPdfDocument from the file, so
closing the preview while it prints takes nothing away from it; it touches no widget. Like the
export worker (worker.py), it reports through plain attributes that the GUI polls at screen rate:
`latest` (done, total), and once `running` is False, `printed` or `error`.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from .preview import pages_to_print, print_pdf

log = logging.getLogger(__name__)


class PrintJob:
    def __init__(self, path: Path, printer: QPrinter, page_count: int) -> None:
        self.path = path
        self.printer = printer  # the dialog's choices; only this job uses it from now on
        self.latest: tuple[int, int] = (0, max(1, len(pages_to_print(printer, page_count))))
        self.printed: int | None = None
        self.error: str | None = None
        self._cancelled = threading.Event()
        self._thread = threading.Thread(target=self._run, name="xsector-print", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def wait(self) -> None:
        self._thread.join()

    def _report(self, done: int, total: int) -> bool:
        self.latest = (done, total)  # replaced whole, so the GUI never reads half of it
        return not self._cancelled.is_set()

    def _run(self) -> None:
        document = QPdfDocument()
        try:
            document.load(str(self.path))
            if document.status() != QPdfDocument.Status.Ready:
                self.error = QCoreApplication.translate(
                    "PreviewWindow", "{path}: cannot be read for printing"
                ).format(path=self.path)
                return
            self.printed = print_pdf(document, self.printer, self._report)
        except OSError as error:
            self.error = str(error)
        except Exception as error:  # a crash here must reach the facilitator, not vanish
            log.exception("printing failed")
            self.error = str(error) or type(error).__name__
        finally:
            document.close()
