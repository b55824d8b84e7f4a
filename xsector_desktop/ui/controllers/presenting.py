"""Presenting to the room: which screen the audience sees, what it shows, and blanking it.

Qt-free. Screens are plain ScreenInfo values, so the choice of screen is a pure function a test
can feed any list of screens (an offscreen test run has only one real screen). What the audience
sees is built here as an AudienceCard: it carries counts and codes, never a participant's name or
an individual vote, so the audience window cannot show what it was never given.
"""

from collections.abc import Callable, Mapping, Sequence
from typing import Literal, NamedTuple

from xsector_desktop.core.model import NO_ENTRIES, Level, Reason
from xsector_desktop.core.stance import Stance

from .events import Event
from .walkthrough import WalkthroughController

AudienceView = Literal["card", "sector", "profile"]
Mode = Literal["two-screens", "one-screen"]
BlankColour = Literal["black", "white"]

TEXT_SCALE_STEPS: tuple[float, ...] = (0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
SETTINGS_TEXT_SCALE = "audience_text_scale"  # workshop setting: the room's text size


class ScreenInfo(NamedTuple):
    """A screen's name, geometry and whether it is primary, so choosing one needs no Qt."""

    name: str
    x: int
    y: int
    width: int
    height: int
    primary: bool = False

    @property
    def area(self) -> int:
        return self.width * self.height


def choose_audience_screen(
    screens: Sequence[ScreenInfo], console: str | None, preferred: str | None = None
) -> ScreenInfo | None:
    """The screen the room should see, or None when the console's screen is the only one.

    The facilitator's own choice wins while that screen is plugged in. Otherwise a projector is
    the screen the console is not on; among several, a screen that is not the primary one (a
    laptop's own panel is usually primary), then the largest.
    """
    others = [s for s in screens if s.name != console]
    if not others:
        return None
    for screen in others:
        if screen.name == preferred:
            return screen
    return sorted(others, key=lambda s: (s.primary, -s.area, s.name))[0]


class Placement(NamedTuple):
    """Where presenting puts the audience window, and the console's screen when it is another."""

    mode: Mode
    audience: ScreenInfo  # the screen the audience window fills
    console: ScreenInfo | None  # the console's screen, when it is another one


def place(
    screens: Sequence[ScreenInfo], console: str | None, preferred: str | None = None
) -> Placement | None:
    """Two screens: the audience on the chosen one. One screen: the audience fills it."""
    if not screens:
        return None
    chosen = choose_audience_screen(screens, console, preferred)
    console_screen = next((s for s in screens if s.name == console), None)
    if chosen is None:
        return Placement("one-screen", console_screen or screens[0], None)
    return Placement("two-screens", chosen, console_screen)


class PresentingController:
    """Whether the room is being presented, where, blanked or not, and which view it sees.

    `save_scale` stores the room's text size (in the workshop's settings); it may be None for a
    read-only workshop, where the size still changes for this session.
    """

    def __init__(
        self, text_scale: float = 1.0, save_scale: Callable[[float], bool | None] | None = None
    ) -> None:
        self.presenting = False
        self.blanked = False
        self.blank_colour: BlankColour = "black"  # B black, as presentation software; W white
        self.view: AudienceView = "card"
        self.placement: Placement | None = None
        self.preferred_screen: str | None = None
        self.text_scale = _nearest_step(text_scale)
        self._save_scale = save_scale
        self.changed: Event[PresentingController] = Event()

    def start(self, screens: Sequence[ScreenInfo], console: str | None) -> Placement | None:
        self.placement = place(screens, console, self.preferred_screen)
        self.presenting = self.placement is not None
        self.blanked = False
        self._emit()
        return self.placement

    def stop(self) -> None:
        if self.presenting:
            self.presenting = False
            self.blanked = False
            self.placement = None
            self._emit()

    def screens_changed(
        self, screens: Sequence[ScreenInfo], console: str | None
    ) -> Placement | None:
        """A screen was plugged in or out: place the audience again (or stop, with none left)."""
        if not self.presenting:
            return None
        placement = place(screens, console, self.preferred_screen)
        if placement is None:
            self.stop()
            return None
        if placement != self.placement:
            self.placement = placement
            self._emit()
        return placement

    def choose_screen(
        self, name: str, screens: Sequence[ScreenInfo], console: str | None
    ) -> Placement | None:
        self.preferred_screen = name
        if not self.presenting:
            return None
        return self.screens_changed(screens, console)

    def next_screen(self, screens: Sequence[ScreenInfo], console: str | None) -> Placement | None:
        """Move the audience to the next screen that is not the console's (Shift+F5)."""
        others = [s.name for s in screens if s.name != console]
        if not others:
            return self.placement
        now = self.placement.audience.name if self.placement else None
        following = others[(others.index(now) + 1) % len(others)] if now in others else others[0]
        return self.choose_screen(following, screens, console)

    def blank(self, colour: BlankColour = "black") -> None:
        if self.presenting and not (self.blanked and self.blank_colour == colour):
            self.blanked = True
            self.blank_colour = colour
            self._emit()

    def unblank(self) -> None:
        if self.blanked:
            self.blanked = False
            self._emit()

    def toggle_blank(self, colour: BlankColour = "black") -> None:
        if self.blanked:
            self.unblank()
        else:
            self.blank(colour)

    def back_or_stop(self) -> None:
        """Esc: from the sector view or the profile, back to the card; on the card, stop.

        Esc is the key a facilitator presses to get out of whatever is on screen; ending the
        presentation from a side view would show the room the console (with one screen, its
        names and votes) when all they meant was to leave that view.
        """
        if self.view != "card":
            self.show("card")
        else:
            self.stop()

    def show(self, view: AudienceView) -> None:
        if view != self.view:
            self.view = view
            self._emit()

    def toggle(self, view: AudienceView) -> None:
        """S or P: show that view, or go back to the card when it is already shown."""
        self.show("card" if self.view == view else view)

    def zoom(self, steps: int) -> float:
        """Ctrl+plus / Ctrl+minus: the room's text one step larger or smaller; 0 resets."""
        if steps == 0:
            chosen = 1.0
        else:
            index = TEXT_SCALE_STEPS.index(self.text_scale) + steps
            chosen = TEXT_SCALE_STEPS[max(0, min(len(TEXT_SCALE_STEPS) - 1, index))]
        if chosen != self.text_scale:
            # Saved first: a size the file refused is not shown either.
            if self._save_scale is not None and self._save_scale(chosen) is False:
                return self.text_scale
            self.text_scale = chosen
            self._emit()
        return self.text_scale

    def _emit(self) -> None:
        self.changed.emit(self)


def _nearest_step(scale: float) -> float:
    return min(TEXT_SCALE_STEPS, key=lambda step: abs(step - scale))


def text_unit(width: int, height: int, text_scale: float) -> float:
    """Pixels per design point for an audience window of this size.

    The design is drawn for 1024x768; a larger screen scales it up in proportion to its
    smaller side, so a wide screen does not make the text taller than it fits.
    """
    return max(0.5, min(width / 1024, height / 768)) * text_scale


# ---------------------------------------------------------------------------------------------
# What the audience sees of the walk-through.


class AudienceCard(NamedTuple):
    """What the room sees of the current card or cycle: counts and codes, never names or votes."""

    key: str
    title: str
    is_cycle: bool
    group: str  # "trait", "factor" or "cycle"
    number: int  # the card's number in its group; 0 for a cycle
    position: int  # 1-based place in the deck's cards; 0 for a cycle
    total: int
    types: tuple[str, ...]  # the framework's proposed type(s)
    definition: str
    question: str
    stages: tuple[str, ...] = ()  # a cycle's stage names
    round: int = 0  # 0 before any round is opened
    revealed: bool = False
    voted: int = 0  # how many have voted in the shown round (never who, never how)
    expected: int | None = None  # roster size; None in show-of-hands mode
    distribution: Mapping[int, int] = NO_ENTRIES  # only once revealed
    level: Level | None = None
    reasons: tuple[Reason, ...] = ()
    type_choices: Mapping[str, int] = NO_ENTRIES
    stance: Stance | None = None  # how united and which way; only once revealed
    consensus: float | None = None
    agreement_a: float | None = None


def audience_card(walk: WalkthroughController) -> AudienceCard:
    deck = walk.session.deck
    key = walk.current
    if not walk.is_card(key):
        cycle = deck.cycle(key)
        return AudienceCard(
            key,
            cycle.title,
            True,
            "cycle",
            0,
            0,
            len(deck.card_keys),
            (),
            cycle.summary,
            "",
            tuple(s.name for s in cycle.stages),
        )
    card = deck.card(key)
    base = AudienceCard(
        key,
        card.title,
        False,
        card.group,
        card.number,
        deck.card_keys.index(key) + 1,
        len(deck.card_keys),
        card.type_names,
        card.definition,
        card.question,
    )
    summaries = walk.round_summaries(key)
    if not summaries:
        return base
    latest = summaries[-1]
    if not latest.revealed:
        state = walk.voting_state()
        return base._replace(round=latest.number, voted=state.voted, expected=state.expected)
    signals = walk.signals.latest(key)
    same_round = signals is not None and signals.round == latest.number
    return base._replace(
        round=latest.number,
        revealed=True,
        voted=latest.voted,
        expected=None if walk.session.info.anonymous else len(walk.participants()),
        distribution=dict(latest.distribution),
        level=signals.level if signals is not None and same_round else None,
        reasons=tuple(signals.reasons) if signals is not None and same_round else (),
        type_choices=dict(latest.type_choices),
        stance=signals.stance if signals is not None and same_round else None,
        consensus=signals.consensus if signals is not None and same_round else None,
        agreement_a=signals.agreement_a if signals is not None and same_round else None,
    )
