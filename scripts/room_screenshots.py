"""The audience screen's shots for scripts/screenshots: hidden round, revealed round, sector view
and profile, at a 1024x768 projector and a 1920x1080 one (offscreen, grabbed like the rest)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

AUDIENCE_SIZES = ((1024, 768), (1920, 1080))


def audience_shots(window: Any, out: Path, settle: Callable[[], None]) -> list[Path]:
    """`window` is a MainWindow with the untouched sample open; returns the files written."""
    from xsector_desktop.ui.room.audience_window import AudienceWindow

    room, walk = window.room.current, window.walk
    presenter = room.ensure_presenter()
    presenting = presenter.presenting
    written: list[Path] = []
    # The hidden round first, as in the console's shots: round 2 on Structure, 14 votes in.
    walk.go_to("structure")
    if walk.can_open_round():
        walk.new_round()
        values = [4, 4, 3, 5, 2, 4, 3, 4, 4, 1, 3, 4, 5, 4]
        for person, value in zip(walk.participants(), values, strict=False):
            walk.vote(person.id, value)
    room.timer.show("structure")
    room.timer.start()
    for width, height in AUDIENCE_SIZES:
        audience = AudienceWindow(walk.session.scale)
        audience.resize(width, height)
        audience.show()

        def shot(
            name: str,
            *,
            at: str | None = None,
            view: str = "card",
            audience: AudienceWindow = audience,
            width: int = width,
            height: int = height,
        ) -> None:
            if at is not None:
                walk.go_to(at)
                room.timer.show(at)
            presenting.show(view)
            presenter.fill(audience)
            settle()
            target = out / f"room-{name}-{width}x{height}.png"
            audience.grab().save(str(target))
            written.append(target)

        shot("hidden-round", at="structure")
        shot("revealed-round", at="authority")
        shot("sector-view", at="authority", view="sector")
        shot("profile", view="profile")
        # The profile pages itself where the room's text does not fit one screen: its last
        # page is the trust cycle.
        pages = audience.profile_page
        if pages.page_count() > 1:
            pages.turn(pages.page_count() - 1)
            settle()
            target = out / f"room-profile-trust-{width}x{height}.png"
            audience.grab().save(str(target))
            written.append(target)
        presenting.show("card")
        audience.close()
        audience.deleteLater()
        settle()
    return written


def presenting_console_shot(window: Any, out: Path, settle: Callable[[], None]) -> Path:
    """The console at 1280x720 while presenting to a second screen: the live view of the room
    under the agenda. The projector is a screen only this shot knows of (offscreen has one)."""
    from xsector_desktop.ui.controllers.presenting import ScreenInfo
    from xsector_desktop.ui.room.presenter import real_screens

    room = window.room.current
    size = window.size()
    window.resize(1280, 720)
    console = real_screens()[0]
    projector = ScreenInfo("projector", console.x + console.width, 0, 1024, 768)
    screens = room.screens
    room.screens = lambda: [*real_screens(), projector]
    presenter = room.ensure_presenter()
    presenter.screens = room.screens
    window.walk.go_to("authority")
    room.toggle_presenting()
    settle()
    settle()
    target = out / "ui-presenting-1280x720.png"
    window.grab().save(str(target))
    room.toggle_presenting()
    room.screens = screens
    presenter.screens = screens
    window.resize(size)
    settle()
    return target
