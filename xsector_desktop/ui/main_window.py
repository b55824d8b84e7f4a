"""The main window: start screen, roster and walk-through pages, menus, undo stack, help.

It owns no workshop logic: it opens a session through the workshops controller, builds the
page controllers over it, and routes the menu's intents. Dialogs go through its Asker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QVBoxLayout, QWidget

from xsector_desktop.core.text import without_bidi_controls
from xsector_desktop.store.errors import StoreError, WorkshopInUse, WorkshopReadOnly
from xsector_desktop.ui.plain_text import button_text

from . import shortcuts, theme
from .controllers.actions import Action, Change
from .controllers.disagreements import DisagreementController
from .controllers.session import WorkshopSession
from .controllers.walkthrough import WalkthroughController
from .controllers.workshops import RecentFiles, build_sample, create_workshop, open_workshop
from .dialogs import Asker
from .file_safety import FileSafety
from .language_menu import LanguageMenu
from .phones.menu import PhoneMenu
from .printing.menu import PrintingMenu
from .recent_settings import RecentSettings
from .room.feature import RoomFeature
from .scale_words import on_screen
from .undo import UndoMirror
from .walkthrough_page import WalkthroughPage

if TYPE_CHECKING:
    # Imported where first used: opening a workshop from the command line needs none of them.
    from .controllers.roster import RosterController
    from .views.help_overlay import HelpOverlay
    from .views.roster_page import RosterPage
    from .views.start_screen import StartScreen


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: QSettings,
        sample_folder: Path,
        asker: Asker | None = None,
        parent: QWidget | None = None,
        *,
        remember: bool = True,
    ) -> None:
        """`remember=False` keeps the recent files and the window's place to this run and out
        of `settings`: a smoke run (--quit-when-ready) must not change the facilitator's."""
        super().__init__(parent)
        self.settings = settings
        self.sample_folder = sample_folder
        self._ask = asker
        self.recent_settings = RecentSettings(settings, self, remember=remember)
        self.recent = RecentFiles(self.recent_settings.load, self.recent_settings.save)
        self.setWindowTitle("xsector")
        self.setStyleSheet(theme.STYLESHEET)
        self.undo_stack = UndoMirror(self)  # mirrors the open session's history
        self.session: WorkshopSession | None = None
        self._stepped_aside = False
        self.walk: WalkthroughController | None = None
        self.walk_page: WalkthroughPage | None = None
        self._roster: RosterController | None = None
        self.roster_page: RosterPage | None = None

        self.pages = QStackedWidget()
        self.safety = FileSafety(self)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.safety.banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        # The start screen and the help overlay are built when first needed, so opening a
        # workshop from the command line pays only for the walk-through.
        self._start: StartScreen | None = None
        self._help: HelpOverlay | None = None
        self._build_menus()
        self.room = RoomFeature(self)  # docs/room.md: presenting, the timer, the profile
        self.phones = PhoneMenu(self)

    @property
    def ask(self) -> Asker:
        if self._ask is None:
            self._ask = Asker(self)
        return self._ask

    @ask.setter
    def ask(self, asker: Asker) -> None:
        self._ask = asker

    @property
    def start(self) -> StartScreen:
        if self._start is None:
            from .views.start_screen import StartScreen

            self._start = StartScreen()
            self._start.new_requested.connect(self.new_workshop)
            self._start.open_requested.connect(self.choose_and_open)
            self._start.sample_requested.connect(self.open_sample)
            self._start.recent_chosen.connect(self.open_path)
            self.pages.addWidget(self._start)
        return self._start

    @property
    def help(self) -> HelpOverlay:
        if self._help is None:
            from .views.help_overlay import HelpOverlay

            self._help = HelpOverlay(self)
        return self._help

    @property
    def roster(self) -> RosterController:
        """The open workshop's roster controller, built when the roster is first used."""
        if self._roster is None:
            from .controllers.roster import RosterController

            assert self.session is not None
            self._roster = RosterController(self.session, self.run)
        return self._roster

    def toggle_help(self) -> None:
        self.help.toggle()

    # -- menus --------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot: object, keys: str | None = None) -> QAction:
        """A menu action; `keys` names its entry in ui/shortcuts.py, where every key is defined."""
        action = QAction(text, self)
        if keys is not None:
            action.setShortcuts(shortcuts.keys(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work with the menu bar hidden too
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New workshop…"), self.new_workshop, "new")
        self._action(file_menu, self.tr("&Open…"), self.choose_and_open, "open")
        self._action(file_menu, self.tr("Open the &sample"), self.open_sample)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.copy_action = self._action(
            file_menu, self.tr("Save a &copy…"), self.safety.save_copy, "save-copy"
        )
        self.close_action = self._action(
            file_menu, self.tr("&Close workshop"), self.close_workshop, "close"
        )
        self._action(file_menu, self.tr("&Quit"), self.close, "quit")
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.make_action(self)
        self.undo_action.setShortcuts(shortcuts.keys("undo"))
        self.redo_action = self.undo_stack.make_action(self, redo=True)
        self.redo_action.setShortcuts(shortcuts.keys("redo"))
        for action in (self.undo_action, self.redo_action):
            edit.addAction(action)
            self.addAction(action)
        workshop = bar.addMenu(self.tr("&Workshop"))
        self.roster_action = self._action(workshop, self.tr("&Roster"), self.show_roster, "roster")
        self.walk_action = self._action(
            workshop, self.tr("&Walk-through"), self.show_walkthrough, "walk-through"
        )
        self.import_action = self._action(
            workshop, self.tr("&Import participants…"), self.import_roster
        )
        self.settings_action = self._action(workshop, self.tr("&Settings…"), self.edit_settings)
        self.printing = PrintingMenu(self, file_menu, workshop, before=self.close_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.toggle_help, "help")
        self.language_menu = LanguageMenu(self, help_menu, self.settings)
        self._update_actions()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent.paths():
            action = self.recent_menu.addAction(button_text(path.stem))  # '&' in a name shows
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))

    def _update_actions(self) -> None:
        has = self.session is not None
        writable = has and self.session is not None and not self.session.read_only
        for action in (self.close_action, self.roster_action, self.walk_action, self.copy_action):
            action.setEnabled(has)
        self.settings_action.setEnabled(has)
        self.import_action.setEnabled(writable)
        self.printing.update(has, writable)

    # -- running actions ----------------------------------------------------------------

    def run(self, action: Action) -> bool:
        """One undo step through the session's history; a refused write is told by
        self.safety and never reaches the history or the undo stack."""
        return self.session.run(action) if self.session is not None else False

    # -- opening and closing ------------------------------------------------------------

    def show_start(self) -> None:
        self.start.set_recent(self.recent.paths())
        self.pages.setCurrentWidget(self.start)
        self.start.new_button.setFocus()

    def new_workshop(self) -> None:
        wanted = self.ask.new_workshop()
        if wanted is None:
            return
        try:
            session = create_workshop(wanted.path, wanted.info)
        except StoreError as error:
            self.ask.tell(self.tr("The workshop was not created"), str(error))
            return
        self.show_session(session)
        if session.path is not None:
            self.recent.add(session.path)  # a new workshop is one to come back to
        self.show_roster()

    def choose_and_open(self) -> None:
        path = self.ask.file_to_open()
        if path is not None:
            self.open_path(path)

    def open_sample(self) -> None:
        try:
            path = build_sample(self.sample_folder)
        except StoreError as error:
            self.ask.tell(self.tr("The sample could not be built"), str(error))
            return
        self.open_path(path)

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        in_use = False  # read-only because another window (or app) is running this workshop
        while True:
            try:
                session = open_workshop(path, read_only=read_only)
                break
            except StoreError as error:
                can_read_only = not read_only and isinstance(
                    error, WorkshopInUse | WorkshopReadOnly
                )
                choice = self.ask.store_error(str(error), can_read_only)
                if choice == "read-only" and can_read_only:
                    read_only, in_use = True, isinstance(error, WorkshopInUse)
                    continue
                if choice == "another":
                    other = self.ask.file_to_open()
                    if other is not None:
                        path, read_only, in_use = other, False, False
                        continue
                return False
        self.show_session(session)
        if in_use:
            self._second_look()
        if session.path is not None:
            self.recent.add(session.path)
        if self.walk is not None and not self.walk.participants() and not session.info.anonymous:
            self.show_roster()
        else:
            self.show_walkthrough()
        return True

    def show_session(self, session: WorkshopSession) -> None:
        self.close_workshop(to_start=False)
        session.scale = on_screen(session.scale)
        self.session = session
        self.walk = WalkthroughController(session, self.run)
        self._roster = None
        self.log = DisagreementController(self.walk, self.run)
        self.walk_page = WalkthroughPage(self.walk, self.log)
        self.roster_page = None  # built when first shown: start-up pays only for the walk-through
        session.changed.connect(self._on_change)
        self.undo_stack.attach(session.history)
        self.safety.attach(session)
        self.pages.addWidget(self.walk_page)
        self.room.attach(session, self.walk, self.walk_page)
        self.phones.attach(session)
        self._show_title()
        self._update_actions()

    def _second_look(self) -> None:
        """This window looks at a workshop another window is running: the projector stays with
        that one, and this window, which opened at the same remembered place, steps down and
        right so the two are not one on top of the other."""
        self.room.set_may_present(False)
        if self._stepped_aside:
            return
        self._stepped_aside = True
        area = self.screen().availableGeometry()
        target = self.geometry().translated(48, 48)
        if target.width() > area.width() - 48 or target.height() > area.height() - 48:
            target.setSize(target.size().shrunkBy(QMargins(0, 0, 48, 48)))
        target.moveTopLeft(
            QPoint(
                min(target.left(), area.right() - target.width()),
                min(target.top(), area.bottom() - target.height()),
            )
        )
        self.setGeometry(target)

    def _show_title(self) -> None:
        if self.session is not None:
            suffix = self.tr(" (read-only)") if self.session.read_only else ""
            name = without_bidi_controls(self.session.info.partnership)
            self.setWindowTitle(f"{name}{suffix} — xsector")

    def _on_change(self, change: Change) -> None:
        if change.kind in ("roster", "info") and self.roster_page is not None:
            self.roster_page.refresh()
        if change.kind == "info":
            self._show_title()

    def close_workshop(self, to_start: bool = True) -> None:
        if self.session is None:
            if to_start:
                self.show_start()
            return
        self.phones.detach()  # stops phone voting before the store closes
        self.undo_stack.detach()
        self.room.detach()
        for page in (self.walk_page, self.roster_page):
            if page is not None:
                self.pages.removeWidget(page)
                page.hide()
                page.deleteLater()
        self.walk_page = self.roster_page = None
        self.walk = None
        session, self.session = self.session, None
        self.safety.detach()
        try:
            session.close()
        except StoreError as error:  # the file is closed; what did not finish is told
            self.safety.closed_with_problem(error)
        self.setWindowTitle("xsector")
        self._update_actions()
        if to_start:
            self.show_start()

    def _ensure_roster_page(self) -> RosterPage | None:
        if self.roster_page is None and self.session is not None:
            from .views.roster_page import RosterPage

            self.roster_page = RosterPage(self.roster)
            self.roster_page.import_requested.connect(self.import_roster)
            self.roster_page.done_requested.connect(self.show_walkthrough)
            self.pages.addWidget(self.roster_page)
        return self.roster_page

    def show_roster(self) -> None:
        page = self._ensure_roster_page()
        if page is not None:
            page.refresh()
            self.pages.setCurrentWidget(page)
            page.name.setFocus()

    def show_walkthrough(self) -> None:
        if self.walk_page is not None:
            self.pages.setCurrentWidget(self.walk_page)
            self.walk_page.agenda.setFocus()

    def edit_settings(self) -> None:
        from .settings_dialog import open_settings  # built only when asked for

        if self.session is not None:
            open_settings(self.session, self.run, self)

    def import_roster(self) -> None:
        """Any CSV, through the column mapping and preview; adds only what the preview shows."""
        page = self._ensure_roster_page()
        path = self.ask.csv_to_import() if page is not None else None
        if page is not None and path is not None:
            from .views.roster_import import import_into

            import_into(self.roster, page.message, self.ask, path, self)

    # -- window ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.recent_settings.remember:
            self.recent_settings.flush()
            if not self._stepped_aside:  # the working window's place is the one to remember
                self.settings.setValue("geometry", self.saveGeometry())
        self.close_workshop(to_start=False)
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape and self._help is not None and self._help.isVisible():
            self.help.hide()
            return
        super().keyPressEvent(event)
