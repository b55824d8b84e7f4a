#!/usr/bin/env python3
"""Render the export dialog, the PDF preview and ballot entry to PNG at 1280x720.

    scripts/print_screenshots.py [OUT_DIR]      (default: screenshots/)

Offscreen, like scripts/screenshots: each dialog is grabbed and laid over a grab of the main
window where it would open, so the picture is what the facilitator sees on a 1280x720 screen.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VENV_PYTHON = REPO / ".venv" / "bin" / "python"
WIDTH, HEIGHT = 1280, 720

if Path(sys.prefix).resolve() != (REPO / ".venv").resolve():
    subprocess.run(
        ["bash", str(REPO / "scripts" / "bootstrap.sh")], check=True, stdout=subprocess.DEVNULL
    )
    os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(REPO))


def main(out: Path) -> int:
    from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from xsector_desktop.core.snapshot import ballot_code
    from xsector_desktop.store.sample import build_sample
    from xsector_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="xsector-print-shots-"))
    sample = build_sample(work / "riverside.xsector")
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("export/page_size", "Letter")
    exports = work / "exports"
    exports.mkdir()
    settings.setValue("export/folder", str(exports))
    window = MainWindow(settings, sample_folder=work / "samples")
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.open_path(sample)
    assert window.walk is not None
    window.walk.go_to("authority")

    def settle() -> None:
        for _ in range(3):
            app.processEvents()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def over_window(dialog: QWidget, name: str) -> Path:
        settle()
        picture = window.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))  # the window behind a modal look
        shot = dialog.grab()
        corner = QPoint((WIDTH - shot.width()) // 2, max(0, (HEIGHT - shot.height()) // 2))
        painter.fillRect(
            corner.x() + 6, corner.y() + 6, shot.width(), shot.height(), QColor(0, 0, 0, 70)
        )
        painter.drawPixmap(corner, shot)
        painter.end()
        return save(picture, name)

    def save(picture: QPixmap, name: str) -> Path:
        target = out / f"print-{name}.png"
        picture.save(str(target))
        print(target)
        return target

    # The export dialog, after an export of three files.
    dialog = window.printing.show_export()
    assert dialog is not None
    dialog.choices.preview_when_done.setChecked(False)
    dialog.choices.set_checked("pdf", "ballots", "csv")
    dialog.choices.blank_ballots.setValue(5)
    done: list[object] = []
    dialog.export_finished.connect(done.append)
    dialog.start_export()
    while not done:
        app.processEvents()
    dialog.adjustSize()
    over_window(dialog, "export-dialog")

    # The preview of the profile just written, on its third page.
    profile = dialog.choices.chosen_folder / dialog.choices.rows["pdf"].name.text()
    from xsector_desktop.ui.printing.preview import PreviewWindow

    dialog.close()
    preview = PreviewWindow(profile, dialog.choices.rows["pdf"].check.text(), window)
    preview.resize(980, HEIGHT - 40)
    preview.show()
    settle()
    preview.go_to_page(2)
    render_wait = time.monotonic() + 1.5  # QPdfView renders pages on its own thread
    while time.monotonic() < render_wait:
        app.processEvents()
    over_window(preview, "preview")
    preview.close()

    # Ballot entry, part way through a participant's ballot.
    entry = window.printing.show_ballot_entry()
    assert entry is not None and window.session is not None
    person = window.session.store.participants()[4]
    entry.code.setText(ballot_code(window.session.info, person.id).lower())
    entry.code.returnPressed.emit()
    for key in "4532":
        entry.sheet.key_typed.emit(key)
    entry.resize(1000, 600)
    over_window(entry, "ballot-entry")
    entry.close()
    window.close_workshop(to_start=False)
    window.close()
    _ = Qt
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "screenshots"))
