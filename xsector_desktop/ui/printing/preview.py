"""A PDF inside the app: page navigation, zoom, and Print through Qt's print dialog.

`print_pdf` does the printing itself (a page image per sheet, into the printer's painter), apart
from any dialog, so tests can print to a QPrinter set to PDF output and count the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.ui.numbers import percent
from xsector_desktop.ui.plain_text import PlainLabel, plain_message

if TYPE_CHECKING:
    from .print_job import PrintJob

# Print images are rendered at most at this resolution: sharp on paper, and an A4 page stays
# near 35 MB of pixels instead of 140 MB at a 600 dpi printer's own resolution.
PRINT_DPI_LIMIT = 300
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


def pages_to_print(printer: QPrinter, page_count: int) -> range:
    """The 0-based pages the print dialog asked for (all when it named no range)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(page_count)
    return range(max(first, 1) - 1, min(last, page_count))


def on_white(page: QImage) -> QImage:
    """The page on white paper: QtPdf leaves the background transparent, which a printer (or a
    PDF printer's flattening) may turn black, and an opaque image is a third of the size."""
    sheet = QImage(page.size(), QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.drawImage(0, 0, page)
    painter.end()
    return sheet


STRIP_ROWS = 256


def draw_in_strips(painter: QPainter, target: QRectF, image: QImage) -> None:
    """Draw `image` into `target` a band of rows at a time. Each drawImage into a printer holds
    Python's lock for as long as it runs (half a second for a whole 300 dpi page), so a page
    in one piece would stall the window while a print job runs on its thread; bands keep every
    stall short. The bands meet exactly: each one's edges are the same fractions of `target`.
    """
    height = image.height()
    for top in range(0, height, STRIP_ROWS):
        bottom = min(top + STRIP_ROWS, height)
        band = QRectF(
            target.left(),
            target.top() + target.height() * top / height,
            target.width(),
            target.height() * (bottom - top) / height,
        )
        painter.drawImage(band, image, QRectF(0, top, image.width(), bottom - top))


def print_pdf(
    document: QPdfDocument,
    printer: QPrinter,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Print the document's pages on `printer`, each scaled to fit its paper; returns the count.

    The page images keep the document's proportions and sit centred on the sheet, so an A4
    profile prints whole on Letter paper and the other way round. `progress(done, total)` is
    called before each page and after the last; when it returns False the job is abandoned
    (the printer is told to abort) and the pages done so far are returned.
    """
    pages = pages_to_print(printer, document.pageCount())
    if not pages:
        return 0
    printer.setFullPage(True)  # the PDF carries its own margins
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    painter = QPainter()
    if not painter.begin(printer):
        name = printer.printerName() or printer.outputFileName()
        raise OSError(
            QCoreApplication.translate(
                "PreviewWindow", "the printer {name} could not be started"
            ).format(name=name)
        )
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number, index in enumerate(pages):
            if progress is not None and not progress(number, len(pages)):
                printer.abort()
                return number
            if number:
                printer.newPage()
            sheet = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            size = document.pagePointSize(index)
            image = on_white(
                document.render(
                    index, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
                )
            )
            scale = min(sheet.width() / size.width(), sheet.height() / size.height())
            target = QRectF(0, 0, size.width() * scale, size.height() * scale)
            target.moveCenter(sheet.center())
            draw_in_strips(painter, target, image)
    finally:
        painter.end()
    if progress is not None:
        progress(len(pages), len(pages))
    return len(pages)


class PreviewWindow(QDialog):
    """One PDF, opened beside the main window (not modal: the meeting can go on)."""

    printed = Signal(int)  # pages sent to the printer

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("{title} — preview").format(title=title))
        self.setAccessibleName(self.windowTitle())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Page view"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #d9dce1; }")
        self._build_bar()
        self.document.load(str(path))
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.viewport().installEventFilter(self)
        self._show_page(0)
        self._show_zoom()
        self.resize(self._good_size())

    def _button(self, text: str, name: str, slot: object, keys: str | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        if keys:
            button.setToolTip(f"{name} ({QKeySequence(keys).toString()})")
            QShortcut(QKeySequence(keys), self, activated=slot)
        self._bar.addWidget(button)
        return button

    def _build_bar(self) -> None:
        self._bar = QHBoxLayout()
        self.previous_button = self._button(
            "◀", self.tr("Previous page"), self.previous_page, "PgUp"
        )
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda n: self.go_to_page(n - 1))
        self._bar.addWidget(self.page_box)
        self.page_total = PlainLabel()
        self._bar.addWidget(self.page_total)
        self.next_button = self._button("▶", self.tr("Next page"), self.next_page, "PgDown")
        self._bar.addSpacing(16)
        self.zoom_out_button = self._button("−", self.tr("Zoom out"), self.zoom_out, "Ctrl+-")
        self.zoom_label = PlainLabel()
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._bar.addWidget(self.zoom_label)
        self.zoom_in_button = self._button("+", self.tr("Zoom in"), self.zoom_in, "Ctrl+=")
        QShortcut(QKeySequence("Ctrl++"), self, activated=self.zoom_in)
        self.fit_width_button = self._button(
            self.tr("Fit width"), self.tr("Fit the page width"), self.fit_width, "Ctrl+0"
        )
        self.fit_page_button = self._button(
            self.tr("Whole page"), self.tr("Show whole pages"), self.fit_page
        )
        self._bar.addStretch(1)
        self.print_button = self._button(
            self.tr("Print…"), self.tr("Print"), self.print_now, "Ctrl+P"
        )
        self.close_button = self._button(self.tr("Close"), self.tr("Close the preview"), self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self._bar)
        layout.addWidget(self.view, 1)

    def _good_size(self) -> QSize:
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        return QSize(min(980, room.width() - 40), room.height() - 60)

    # -- pages and zoom ------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, index: int) -> None:
        if 0 <= index < self.page_count and index != self.current_page:
            self.view.pageNavigator().jump(index, QPointF(), self.view.zoomFactor())

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def _show_page(self, index: int) -> None:
        total = self.page_count
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, max(total, 1))
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.page_total.setText(self.tr("of {total}").format(total=total))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < total - 1)

    def _zoom_to(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self._show_zoom()

    def zoom_in(self) -> None:
        now = self._effective_zoom()
        self._zoom_to(next((z for z in ZOOM_STEPS if z > now + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        now = self._effective_zoom()
        self._zoom_to(next((z for z in reversed(ZOOM_STEPS) if z < now - 0.01), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._show_zoom()

    def _effective_zoom(self) -> float:
        """The zoom as shown on screen (1.0 is the paper's real size), also while fitting."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count == 0:
            return self.view.zoomFactor()
        # QPdfView draws a point as logicalDpi / 72 pixels times the factor, and keeps its factor
        # at 1.0 while it fits pages by itself, so the fitted factor is worked out here.
        points_to_pixels = self.view.logicalDpiY() / 72
        page = self.document.pagePointSize(max(self.current_page, 0)) * points_to_pixels
        room = self.view.viewport().size()
        margins = self.view.documentMargins()
        wide = (room.width() - margins.left() - margins.right()) / page.width()
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return wide
        high = (room.height() - margins.top() - margins.bottom()) / page.height()
        return min(wide, high)

    def _show_zoom(self) -> None:
        self.zoom_label.setText(percent(self._effective_zoom()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._show_zoom()  # a fitted zoom changes with the window
        return super().eventFilter(watched, event)

    # -- printing ------------------------------------------------------------------------

    def print_now(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.name)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.page_count, 1))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_with(printer)

    def print_with(self, printer: QPrinter) -> PrintJob:
        """Print on a thread (a 17-page profile takes seconds), with a progress bar and Cancel;
        `printed` is emitted with the page count when it is done."""
        from .print_job import PrintJob  # Qt's printing, when first printing: docs/code.md

        job = PrintJob(self.path, printer, self.page_count)
        progress = QProgressDialog(self)
        progress.setWindowTitle(self.tr("Printing"))
        progress.setAccessibleName(self.tr("Printing"))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setRange(0, job.latest[1])
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancel)
        poll = QTimer(progress)
        poll.setInterval(100)

        def look() -> None:
            if progress.wasCanceled():
                job.cancel()
            done, total = job.latest
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(
                self.tr("Printing page {n} of {total}…").format(n=min(done + 1, total), total=total)
            )
            if job.running:
                return
            poll.stop()
            progress.canceled.disconnect(job.cancel)  # closing the dialog emits canceled
            progress.close()
            progress.deleteLater()
            self.print_job = None
            if job.error is not None:
                box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not printed"), "", parent=self)
                plain_message(box, job.error).open()
            elif job.printed is not None and not job.cancelled:
                self.printed.emit(job.printed)

        poll.timeout.connect(look)
        self.print_job: PrintJob | None = job
        self.print_progress = progress
        job.start()
        poll.start()
        progress.show()
        look()
        return job
