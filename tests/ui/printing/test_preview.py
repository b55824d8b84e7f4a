"""The PDF preview (pages, zoom) and printing, to a QPrinter set to PDF output."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from xsector_desktop.store.snapshot_io import load_snapshot
from xsector_desktop.ui.controllers.session import WorkshopSession
from xsector_desktop.ui.printing.preview import PreviewWindow, pages_to_print, print_pdf

from ..conftest import unnamed_controls


@pytest.fixture
def handouts(session: WorkshopSession, tmp_path: Path) -> Path:
    from xsector_desktop.report import exports

    return exports.write("handouts", load_snapshot(session.store), tmp_path / "handouts.pdf")


@pytest.fixture
def preview(qtbot: QtBot, handouts: Path) -> PreviewWindow:
    window = PreviewWindow(handouts, "Handouts")
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_pages_are_walked_with_buttons_keys_and_the_page_box(
    qtbot: QtBot, preview: PreviewWindow, handouts: Path
) -> None:
    total = len(PdfReader(handouts).pages)
    assert preview.page_count == total
    assert preview.page_total.text() == f"of {total}"
    assert not preview.previous_button.isEnabled()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.current_page == 1 and preview.page_box.value() == 2
    qtbot.keyClick(preview, Qt.Key.Key_PageDown)
    assert preview.current_page == 2
    qtbot.keyClick(preview, Qt.Key.Key_PageUp)
    assert preview.current_page == 1
    preview.page_box.setValue(total)
    assert preview.current_page == total - 1 and not preview.next_button.isEnabled()


def test_zoom_steps_and_fitting(qtbot: QtBot, preview: PreviewWindow) -> None:
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    fitted = preview._effective_zoom()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() > fitted
    assert preview.zoom_label.text() == f"{round(preview.view.zoomFactor() * 100)}%"
    bigger = preview.view.zoomFactor()
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() < bigger
    qtbot.mouseClick(preview.fit_page_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert preview._effective_zoom() < fitted  # a whole page is smaller than the page width
    assert unnamed_controls(preview) == []


def test_printing_renders_every_page_into_the_printer(
    qtbot: QtBot, preview: PreviewWindow, handouts: Path, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    assert print_pdf(preview.document, pdf_printer(out)) == preview.page_count
    assert len(PdfReader(out).pages) == preview.page_count
    printed = QPdfDocument()
    printed.load(str(out))
    page = printed.render(0, QSize(300, 424))
    corner, ink = page.pixelColor(3, 3), page.pixelColor(150, 0)
    assert (corner.red(), corner.green(), corner.blue(), corner.alpha()) == (255, 255, 255, 255)
    assert ink.alpha() == 255  # the page is printed as an opaque sheet, not see-through
    printed.close()


def test_printing_a_page_range(handouts: Path, tmp_path: Path) -> None:
    document = QPdfDocument()
    document.load(str(handouts))
    printer = pdf_printer(tmp_path / "two.pdf")
    printer.setFromTo(2, 3)
    assert list(pages_to_print(printer, document.pageCount())) == [1, 2]
    assert print_pdf(document, printer) == 2
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2
    printer.setFromTo(0, 0)
    assert list(pages_to_print(printer, 4)) == [0, 1, 2, 3]
    document.close()


def test_printing_runs_off_the_gui_thread_with_progress(
    qtbot: QtBot, preview: PreviewWindow, tmp_path: Path
) -> None:
    out = tmp_path / "threaded.pdf"
    ticks: list[int] = []
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start()
    with qtbot.waitSignal(preview.printed, timeout=60_000) as printed:
        job = preview.print_with(pdf_printer(out))
        assert job.running and preview.print_progress.isVisible()
        assert preview.print_progress.maximum() == preview.page_count
    ticker.stop()
    assert printed.args == [preview.page_count]
    assert len(PdfReader(out).pages) == preview.page_count
    assert len(ticks) >= preview.page_count  # the window kept handling events throughout
    assert not preview.print_progress.isVisible()


def test_cancel_stops_printing_between_pages(
    qtbot: QtBot, preview: PreviewWindow, tmp_path: Path
) -> None:
    job = preview.print_with(pdf_printer(tmp_path / "cancelled.pdf"))
    qtbot.mouseClick(preview.print_progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    assert job.cancelled and job.printed is not None and job.printed < preview.page_count
    qtbot.waitUntil(lambda: preview.print_job is None)
