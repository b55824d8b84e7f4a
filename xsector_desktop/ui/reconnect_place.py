"""Where the facilitator was when the drive went, to be put back there after Reconnect
(ui/reconnect.py): the card, the person picked, the page, and the room as it was presented.

Imported only when Reconnect is pressed: typing compiles a record's string annotations when the
class is made, which start-up should not pay for (tests/ui/test_startup_records.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .main_window import MainWindow


class Place(NamedTuple):
    """Where the facilitator was, to be put back there after reconnecting."""

    card: str | None
    selected: int | None
    on_roster: bool
    presenting: bool
    screen: str | None
    view: str
    blanked: str | None  # "black" or "white" when the room's screen was blanked
    phones: bool

    @classmethod
    def of(cls, window: MainWindow) -> Place:
        walk, room = window.walk, window.room.current
        showing = room.presenting if room is not None else None
        placement = showing.placement if showing is not None else None
        return cls(
            walk.current if walk is not None else None,
            walk.selected if walk is not None else None,
            window.roster_page is not None and window.pages.currentWidget() is window.roster_page,
            bool(showing and showing.presenting),
            placement.audience.name if placement is not None else None,
            showing.view if showing is not None else "card",
            showing.blank_colour if showing is not None and showing.blanked else None,
            room is not None and room.phones is not None,
        )

    def restore(self, window: MainWindow) -> bool:
        """Put the window back here; False when presenting could not start again."""
        walk = window.walk
        if walk is not None and self.card is not None and walk.current != self.card:
            walk.go_to(self.card)
        if walk is not None and self.selected in {p.id for p in walk.participants()}:
            walk.select(self.selected)
        if self.on_roster:
            window.show_roster()
        else:
            window.show_walkthrough()
        room = window.room.current
        if room is None:
            return not self.presenting
        if self.presenting:
            room.presenting.preferred_screen = self.screen
            room.toggle_presenting()
        if self.view != "card":
            room.presenting.show(self.view)  # type: ignore[arg-type]  # the sector view, profile
        if self.blanked is not None and room.presenting.presenting:
            room.presenting.blank(self.blanked)  # type: ignore[arg-type]
        return room.presenting.presenting or not self.presenting
