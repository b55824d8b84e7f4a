"""Presenting without Qt: the choice of screen, blanking, views, text size, audience content."""

from __future__ import annotations

from pathlib import Path

import pytest

from xsector_desktop.store import WorkshopStore
from xsector_desktop.store.sample import build_sample
from xsector_desktop.ui.controllers.history import History
from xsector_desktop.ui.controllers.presenting import (
    TEXT_SCALE_STEPS,
    PresentingController,
    ScreenInfo,
    audience_card,
    choose_audience_screen,
    place,
    text_unit,
)
from xsector_desktop.ui.controllers.session import WorkshopSession
from xsector_desktop.ui.controllers.walkthrough import WalkthroughController

LAPTOP = ScreenInfo("eDP-1", 0, 0, 1366, 768, primary=True)
PROJECTOR = ScreenInfo("HDMI-1", 1366, 0, 1024, 768)
TV = ScreenInfo("DP-2", 2390, 0, 1920, 1080)


def test_one_screen_means_the_audience_fills_the_console_screen() -> None:
    assert choose_audience_screen([LAPTOP], "eDP-1") is None
    placement = place([LAPTOP], "eDP-1")
    assert placement is not None
    assert placement.mode == "one-screen" and placement.audience == LAPTOP


def test_two_screens_put_the_audience_on_the_other_one() -> None:
    placement = place([LAPTOP, PROJECTOR], "eDP-1")
    assert placement is not None and placement.mode == "two-screens"
    assert placement.audience == PROJECTOR and placement.console == LAPTOP
    # Whichever screen the console is on, the audience goes to the other.
    assert choose_audience_screen([LAPTOP, PROJECTOR], "HDMI-1") == LAPTOP


def test_among_several_the_non_primary_largest_wins_unless_one_was_chosen() -> None:
    assert choose_audience_screen([LAPTOP, PROJECTOR, TV], "eDP-1") == TV
    assert choose_audience_screen([LAPTOP, PROJECTOR, TV], "eDP-1", preferred="HDMI-1") == PROJECTOR
    # A chosen screen that is unplugged falls back to the automatic choice.
    assert choose_audience_screen([LAPTOP, TV], "eDP-1", preferred="HDMI-1") == TV


def test_screens_plugged_in_and_out_during_the_meeting() -> None:
    presenting = PresentingController()
    seen: list[object] = []
    presenting.changed.connect(seen.append)
    presenting.start([LAPTOP], "eDP-1")
    assert presenting.placement is not None and presenting.placement.mode == "one-screen"
    presenting.screens_changed([LAPTOP, PROJECTOR], "eDP-1")
    assert presenting.placement.mode == "two-screens"
    assert presenting.placement.audience == PROJECTOR
    presenting.screens_changed([LAPTOP], "eDP-1")  # the projector cable is pulled
    assert presenting.presenting and presenting.placement.mode == "one-screen"
    presenting.screens_changed([], None)
    assert not presenting.presenting
    assert len(seen) == 4


def test_next_screen_and_chosen_screen() -> None:
    presenting = PresentingController()
    screens = [LAPTOP, PROJECTOR, TV]
    presenting.start(screens, "eDP-1")
    assert presenting.placement is not None and presenting.placement.audience == TV
    presenting.next_screen(screens, "eDP-1")
    assert presenting.placement.audience == PROJECTOR
    presenting.next_screen(screens, "eDP-1")
    assert presenting.placement.audience == TV
    presenting.stop()
    presenting.start(screens, "eDP-1")
    assert presenting.placement is not None and presenting.placement.audience == TV


def test_blank_only_while_presenting_and_stop_unblanks() -> None:
    presenting = PresentingController()
    presenting.blank()
    assert not presenting.blanked
    presenting.start([LAPTOP], "eDP-1")
    presenting.toggle_blank()
    assert presenting.blanked
    presenting.toggle_blank()
    assert not presenting.blanked
    presenting.blank()
    presenting.stop()
    assert not presenting.blanked and not presenting.presenting


def test_views_toggle_back_to_the_card() -> None:
    presenting = PresentingController()
    presenting.toggle("profile")
    assert presenting.view == "profile"
    presenting.toggle("sector")
    assert presenting.view == "sector"
    presenting.toggle("sector")
    assert presenting.view == "card"


def test_text_scale_steps_are_bounded_and_saved() -> None:
    saved: list[float] = []
    presenting = PresentingController(1.02, saved.append)
    assert presenting.text_scale == 1.0
    assert presenting.zoom(+1) > 1.0
    for _ in range(30):
        presenting.zoom(+1)
    assert presenting.text_scale == TEXT_SCALE_STEPS[-1]
    presenting.zoom(0)
    assert presenting.text_scale == 1.0
    for _ in range(30):
        presenting.zoom(-1)
    assert presenting.text_scale == TEXT_SCALE_STEPS[0]
    assert saved[-1] == TEXT_SCALE_STEPS[0]


def test_text_unit_follows_the_smaller_side_of_the_screen() -> None:
    assert text_unit(1024, 768, 1.0) == 1.0
    assert text_unit(1920, 1080, 1.0) == pytest.approx(1080 / 768)
    assert text_unit(1920, 1080, 1.25) == pytest.approx(1.25 * 1080 / 768)


@pytest.fixture
def walk(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = build_sample(tmp_path / "riverside.xsector")
    session = WorkshopSession(WorkshopStore.open(path), path)
    yield WalkthroughController(session, History().run)
    session.close()


def test_audience_card_hidden_round_has_counts_only(walk: WalkthroughController) -> None:
    walk.go_to("structure")
    walk.new_round()
    people = walk.participants()
    for person in people[:5]:
        walk.vote(person.id, 4)
    card = audience_card(walk)
    assert (card.round, card.revealed, card.voted, card.expected) == (2, False, 5, len(people))
    assert card.distribution == {} and card.level is None and card.reasons == ()
    names = {p.name for p in people}
    assert not names & {str(v) for v in card._asdict().values()}


def test_audience_card_after_reveal_has_the_distribution_and_level(
    walk: WalkthroughController,
) -> None:
    walk.go_to("authority")
    card = audience_card(walk)
    assert card.revealed and card.round == 2
    assert sum(card.distribution.values()) == card.voted > 0
    assert card.level in ("calm", "watch", "storming") and card.reasons
    assert card.types == ("Empowered (Apparent)",)


def test_audience_card_for_a_cycle(walk: WalkthroughController) -> None:
    walk.go_to("trust")
    card = audience_card(walk)
    assert card.is_cycle and card.stages == ("Forming", "Storming", "Norming", "Performing")
