"""The Present menu: every action of the room with its keys, built once for the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from .. import shortcuts
from .workshop_room import WorkshopRoom

if TYPE_CHECKING:
    from .feature import RoomFeature


class PresentMenu(QObject):
    """The menu and the keys; what each action does lives in WorkshopRoom."""

    def __init__(self, feature: RoomFeature) -> None:
        super().__init__(feature)
        on = feature.on_room  # each action acts on the open workshop's room
        self.feature = feature
        bar = feature.window.menuBar()
        self.menu = QMenu(self.tr("&Present"), self.feature.window)
        menus = [a for a in bar.actions() if a.menu() is not None]
        if menus:
            bar.insertMenu(menus[-1], self.menu)  # before Help
        else:
            bar.addMenu(self.menu)
        self.page_actions: list[QAction] = []  # keys that work only on the room's pages
        self.present_action = self._act(
            self.tr("&Present to the room"),
            on(WorkshopRoom.toggle_presenting),
            "present",
            page=False,
        )
        self.stop_action = self._act(
            self.tr("Back to the card, or &stop presenting"),
            on(WorkshopRoom.back_or_stop),
            "back-or-stop",
            page=True,
        )
        self.blank_action = self._act(
            self.tr("&Blank the audience screen (black)"),
            on(WorkshopRoom.toggle_blank),
            "blank",
            page=True,
        )
        self.white_action = self._act(
            self.tr("Blank the audience screen &white"),
            on(WorkshopRoom.toggle_white),
            "white",
            page=True,
        )
        self.next_screen_action = self._act(
            self.tr("Audience on the &next screen"),
            on(WorkshopRoom.next_screen),
            "next-screen",
            page=False,
        )
        self.screens_menu = self.menu.addMenu(self.tr("Audience &screen"))
        self.screens_menu.aboutToShow.connect(self._fill_screens)
        self.menu.addSeparator()
        self.larger_action = self._act(
            self.tr("&Larger text"), on(lambda room: room.zoom(+1)), "larger", page=False
        )
        self.smaller_action = self._act(
            self.tr("S&maller text"), on(lambda room: room.zoom(-1)), "smaller", page=False
        )
        self.reset_action = self._act(
            self.tr("&Text size 100%"), on(lambda room: room.zoom(0)), "text-reset", page=False
        )
        self.menu.addSeparator()
        self.time_box_action = self._act(
            self.tr("&Time box 3 / 5 / 10 minutes"),
            on(WorkshopRoom.cycle_time_box),
            "time-box",
            page=True,
        )
        self.timer_action = self._act(
            self.tr("Start or pause the &card timer"),
            on(WorkshopRoom.toggle_timer),
            "timer",
            page=True,
        )
        self.sector_action = self._act(
            self.tr("Votes by s&ector and role"),
            on(WorkshopRoom.toggle_sector),
            "sector",
            page=True,
        )
        self.profile_action = self._act(
            self.tr("Partnership p&rofile"), on(WorkshopRoom.toggle_profile), "profile", page=True
        )
        self.strip_action = self._act(
            self.tr("&Hide or show the control strip"),
            on(WorkshopRoom.toggle_strip),
            "strip",
            page=True,
        )

    def _act(self, text: str, slot: object, keys: str, *, page: bool) -> QAction:
        """An action in the Present menu. `page`: its key works only on the walk-through and
        profile pages, so letters never fire while typing in the roster."""
        action = QAction(text, self.feature.window)
        action.setShortcuts(shortcuts.keys(keys))  # keys: its name in ui/shortcuts.py
        action.triggered.connect(slot)
        self.menu.addAction(action)
        if page:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.page_actions.append(action)
        else:
            self.feature.window.addAction(action)
        return action

    def update(self, *, has_workshop: bool, presenting: bool) -> None:
        for action in self.menu.actions():
            action.setEnabled(has_workshop)
        for action in (
            self.stop_action,
            self.blank_action,
            self.white_action,
            self.next_screen_action,
            self.strip_action,
        ):
            action.setEnabled(presenting)
        self.present_action.setText(
            self.tr("&Stop presenting") if presenting else self.tr("&Present to the room")
        )

    def _fill_screens(self) -> None:
        room = self.feature.current
        self.screens_menu.clear()
        console = room.presenter.console_screen() if room and room.presenter else None
        placement = room.presenting.placement if room else None
        chosen = placement.audience.name if placement else None
        for info in self.feature.screens():
            label = f"{info.name} ({info.width}×{info.height})"
            if info.name == console:
                label += self.tr(" — the console")
            action = self.screens_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(info.name == chosen)
            choose = self.feature.on_room(lambda room, n=info.name: room.choose_screen(n))
            action.triggered.connect(choose)
