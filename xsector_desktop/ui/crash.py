"""The crash handler: an unexpected error is logged to a file and told in a dialog, not a traceback.

Every vote is already on disk when it is shown, so the dialog can say so: nothing is lost, and
the facilitator can carry on or reopen the workshop.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog


# A literal context in each call, so that pyside6-lupdate files every phrase under it.
translate = QCoreApplication.translate


class CrashHandler:
    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.dialog: QDialog | None = None
        self._previous = sys.excepthook
        # Asked first: True when the error was a fault of the disk or the file that one of them
        # has told in its own words (the window's FileSafety), so no crash dialog follows.
        self.handlers: list[Callable[[BaseException], bool]] = []

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, tb)
            return
        if any(handler(error) for handler in self.handlers):
            return
        self.log(kind, error, tb)
        self.show(error)

    def log(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        try:
            self.log_file.parent.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            with self.log_file.open("a", encoding="utf-8") as out:
                out.write(f"--- {stamp}\n")
                out.write("".join(traceback.format_exception(kind, error, tb)))
        except OSError:
            traceback.print_exception(kind, error, tb)  # the log itself failed: stderr is left

    def show(self, error: BaseException) -> None:
        if QApplication.instance() is None:
            return
        from PySide6.QtWidgets import QMessageBox  # only when there is something to say

        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("crash", "xsector hit a problem"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # an error may quote a name from the file
        box.setText(
            translate("crash", "Something went wrong: {error}").format(
                error=str(error) or type(error).__name__
            )
        )
        box.setInformativeText(
            translate(
                "crash", "Every vote shown on screen is already saved. The details are in {log}."
            ).format(log=self.log_file)
        )
        box.setAccessibleName(box.windowTitle())
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.dialog = box
        box.open()  # not exec(): the meeting's window stays usable behind it
