"""What the facilitator is told when the workshop file refuses a write, and File > Save a copy.

One path for every store error of an open workshop: the session announces a refused write
(`refused`), and this says it. The first fault (a full disk, another program holding the file,
a vanished drive, a read-only file) opens one message that says what was not saved and what to
do; until a write works again a banner stays above the page and each further refusal only
updates it, so a facilitator who keeps pressing keys is not buried in dialogs. A refusal that
is not a fault of the disk (a name already on the roster) is a line in the status bar.
See docs/reliability.md, "Faults".
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from xsector_desktop.store.errors import StoreError
from xsector_desktop.store.faults import StoreFault
from xsector_desktop.ui.plain_text import PlainLabel

from . import shortcuts
from .controllers.session import Refusal, WorkshopSession
from .words import said

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .reconnect import Reconnector


class FileSafety(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.banner = FaultBanner()
        self.session: WorkshopSession | None = None
        self.told: list[str] = []  # the messages opened, in order (tests and the log read it)
        self._not_saved = ""  # the banner's words for the last refusal, and the fault's advice
        self._advice = ""
        # A pulled drive that comes back (ui/reconnect.py, imported on the first such fault).
        self.identity: str | None = None  # the open workshop's, to know it again
        self._reconnector: Reconnector | None = None
        self.reconnect_action = QAction(self.tr("Reconnect the workshop"), window)
        self.reconnect_action.setShortcuts(shortcuts.keys("reconnect"))
        # Presenting on one screen, the audience window has the keyboard: the key works there too.
        self.reconnect_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.reconnect_action.setEnabled(False)
        window.addAction(self.reconnect_action)

    @property
    def reconnector(self) -> Reconnector:
        if self._reconnector is None:
            from .reconnect import Reconnector

            self._reconnector = Reconnector(self)
        return self._reconnector

    # -- a workshop comes and goes ----------------------------------------------------------

    def attach(self, session: WorkshopSession) -> None:
        self.session = session
        session.refused.connect(self._refused)
        session.recovered.connect(self._recovered)
        session.noticed.connect(self._noticed)
        self.banner.hide()
        if self._reconnector is not None:
            self._reconnector.attach()
        try:
            self.identity = session.store.identity() if session.path is not None else None
        except StoreError:
            self.identity = None  # cannot be told apart: Reconnect is never offered

    def detach(self) -> None:
        if self.session is not None:
            self.session.refused.disconnect(self._refused)
            self.session.recovered.disconnect(self._recovered)
            self.session.noticed.disconnect(self._noticed)
        self.session = None
        self.identity = None
        if self._reconnector is not None:
            self._reconnector.stop()
        self.banner.hide()

    def closed_with_problem(self, error: StoreError) -> None:
        """Closing could not finish (a reader kept the journal, the backup failed)."""
        self._tell(self.tr("The workshop was closed, but not completely"), str(error))

    # -- what is said -------------------------------------------------------------------------

    def advice(self, fault: StoreFault) -> str:
        words = {
            "disk-full": self.tr(
                "The disk that holds the workshop is full. Free some space on it (empty the "
                "trash, move large files away), then do it again."
            ),
            "in-use": self.tr(
                "Another program has the workshop file locked (sqlite3, Datasette, a sync "
                "tool). Close that program, then do it again."
            ),
            "drive-gone": self.tr(
                "The drive that holds the workshop cannot be reached. Reconnect it, then do it "
                "again; once the workshop is there again, the banner offers Reconnect, which "
                "opens it again where you are. Nothing shown on screen is lost."
            ),
            "read-only": self.tr(
                "The workshop file can no longer be written. Make it writable again, or keep "
                "working on a copy (File > Save a copy…)."
            ),
            "damaged": self.tr(
                "The workshop file now reads as damaged. Close the workshop and check it "
                "(xsector check); earlier copies are in the .xsector-backups folder beside it."
            ),
        }
        return words[fault.kind]

    def unexpected(self, error: BaseException) -> bool:
        """For the crash handler: a fault that reached it (reading a file whose drive is gone,
        while a view redraws) is told here, once, like a refused write; True when it was."""
        session = self.session
        if session is None or not isinstance(error, StoreFault):
            return False
        first = session.fault is None
        session.fault = error
        self._refused(Refusal("", error, first))
        return True

    def _refused(self, refusal: Refusal) -> None:
        error = refusal.error
        if not isinstance(error, StoreFault):
            self.window.statusBar().showMessage(str(error), 10000)
            return
        not_saved = (
            self.tr("Not saved: {what}.").format(what=said(refusal.what))
            if refusal.what
            else self.tr("The workshop could not be read.")
        )
        self._not_saved, self._advice = not_saved, self.advice(error)
        session = self.session
        if error.kind == "drive-gone" and session is not None and session.path and self.identity:
            self.reconnector.watch_for(session.path)
        self.show_banner()
        if refusal.first:
            self._tell(
                self.tr("Not saved"),
                self.tr(
                    "{not_saved}\n\n{advice}\n\nEverything shown before it is saved.\n\n({detail})"
                ).format(
                    not_saved=not_saved,
                    advice=self.advice(error),
                    detail=f"{error.path}: {error.problem}",
                ),
            )

    def show_banner(self) -> None:
        """The fault, and what to do: what can be done now (Reconnect, another workshop at the
        path) takes the place of the fault's advice."""
        self.banner.setText(
            self.tr("⚠ Changes are not being saved. {not_saved} {advice}").format(
                not_saved=self._not_saved,
                advice=(self._reconnector and self._reconnector.offer_text()) or self._advice,
            )
        )
        self.banner.show()

    def _recovered(self, _none: None) -> None:
        if self._reconnector is not None:
            self._reconnector.stop()
        self.banner.hide()
        self.window.statusBar().showMessage(self.tr("Saving works again."), 10000)

    def _noticed(self, notice: StoreError) -> None:
        self._tell(self.tr("The workshop file was changed from outside"), str(notice))

    def _tell(self, title: str, message: str) -> None:
        self.told.append(message)
        self.window.ask.tell(title, message)

    # -- File > Save a copy… ------------------------------------------------------------------

    def save_copy(self) -> Path | None:
        session = self.session
        if session is None:
            return None
        target = self.window.ask.copy_to_save(_suggested_copy(session))
        if target is None:
            return None
        try:
            written = session.store.save_copy(target)
        except StoreError as error:
            self._tell(self.tr("The copy was not saved"), str(error))
            return None
        self.window.statusBar().showMessage(
            self.tr("Saved a copy: {path}").format(path=written), 10000
        )
        return Path(written)


def _suggested_copy(session: WorkshopSession) -> Path:
    path = session.path or Path("workshop.xsector")
    return path.with_name(f"{path.stem} copy{path.suffix}")


BANNER_STYLE = (
    "#fault_banner { background: #fff3cd; border-bottom: 2px solid #e69f00; }"
    " #fault_banner QLabel { color: #3d2e00; font-weight: bold; }"
    " #fault_banner QPushButton { padding: 4px 14px; font-weight: bold; }"
)


class FaultBanner(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fault_banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # the style sheet's background
        self.setStyleSheet(BANNER_STYLE)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(12, 6, 12, 6)
        self.label = PlainLabel()  # the message may quote a file or workshop name: plain text
        self.label.setWordWrap(True)
        self._row.addWidget(self.label, 1)
        self.setAccessibleName(self.tr("Saving problem"))
        self._buttons: tuple[QPushButton, QPushButton, QPushButton] | None = None
        self.hide()

    def buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        """Reconnect, Open it and Leave it (hidden until offered); made when first asked for."""
        if self._buttons is None:
            made = (QPushButton(), QPushButton(), QPushButton())
            for button in made:
                self._row.addWidget(button)
                button.hide()
            reconnect, open_other, leave = made
            keys = shortcuts.shown_keys(shortcuts.SHORTCUTS["reconnect"])
            # Its key is FileSafety.reconnect_action's, not the button's.
            reconnect.setText(self.tr("Reconnect  {keys}").format(keys=keys))
            reconnect.setAccessibleName(self.tr("Reconnect the workshop"))
            open_other.setText(self.tr("Open it"))
            open_other.setAccessibleName(self.tr("Open the other workshop"))
            leave.setText(self.tr("Leave it"))
            leave.setAccessibleName(self.tr("Leave the other workshop closed"))
            self._buttons = made
        return self._buttons

    @property
    def reconnect(self) -> QPushButton:
        return self.buttons()[0]

    @property
    def open_other(self) -> QPushButton:
        return self.buttons()[1]

    @property
    def leave(self) -> QPushButton:
        return self.buttons()[2]

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # as a QLabel's, which callers and tests use
        self.label.setText(text)

    def offer(self, *, reconnect: bool = False, other: bool = False) -> None:
        """Which buttons show: Reconnect, or Open it and Leave it, or none."""
        if self._buttons is None and not (reconnect or other):
            return
        self.reconnect.setVisible(reconnect)
        self.open_other.setVisible(other)
        self.leave.setVisible(other)
