"""The card timer: a time box per card, counting down, and the time really spent on each card.

Qt-free: the clock is injected (a function returning seconds, like time.monotonic), so a test
moves time by hand. The Qt side only calls `tick()` from a QTimer and draws `state()`.

Time spent is written to the workshop file in small slices (when the card changes, when the
timer pauses, when the workshop closes, and every FLUSH_EVERY seconds while it runs), so a crash
loses at most one slice and a normal close loses nothing. The store sums the slices per card.

The timer runs while the room is being presented (F5 starts it) or after the facilitator
starts it by hand; opening a workshop afterwards to look at it adds no time to any card.
"""

from collections.abc import Callable
from typing import Literal, NamedTuple

from .events import Event
from .phrases import QT_TRANSLATE_NOOP, Phrase
from .store_protocol import SessionStore

Clock = Callable[[], float]
# Runs one store write and says whether the store accepted it (the session's attempt()).
Attempt = Callable[[str, Callable[[], object]], bool]


def _direct(_what: str, write: Callable[[], object]) -> bool:
    write()
    return True


Phase = Literal["plenty", "ending", "over"]

# The boxes T cycles through, in seconds; the agenda's default is the middle one.
PRESET_BOXES: tuple[int, ...] = (180, 300, 600)
DEFAULT_BOX = 300
ENDING_SOON = 60  # the last minute is shown as ending, the cue before time is up
FLUSH_EVERY = 30.0
SETTINGS_BOXES = "time_boxes"  # workshop setting: {card key: seconds}
SETTINGS_DEFAULT = "time_box_default"  # workshop setting: seconds for cards not in time_boxes


class TimerState(NamedTuple):
    """What the timer shows for the card on screen: its time box, time spent, whether running."""

    card: str | None  # None when nothing timed is on screen (a cycle, the profile)
    box: int  # the card's time box, in seconds
    spent: float  # seconds on this card so far, every visit and the running one
    running: bool

    @property
    def remaining(self) -> float:
        """Seconds left in the box; negative once the box is used up."""
        return self.box - self.spent

    @property
    def phase(self) -> Phase:
        if self.remaining <= 0:
            return "over"
        return "ending" if self.remaining <= ENDING_SOON else "plenty"


def clock_text(seconds: float) -> str:
    """04:12 for time left; +01:05 for time over the box (whole seconds, rounded up while left)."""
    if seconds > 0:
        whole = int(seconds) + (0 if seconds == int(seconds) else 1)
        return f"{whole // 60:02d}:{whole % 60:02d}"
    over = int(-seconds)
    return f"+{over // 60:02d}:{over % 60:02d}"


class CardTimer:
    """Times the cards of one workshop; the store keeps the elapsed slices and the time boxes."""

    def __init__(
        self,
        store: SessionStore,
        clock: Clock,
        *,
        timed_cards: tuple[str, ...],
        read_only: bool = False,
        flush_every: float = FLUSH_EVERY,
        attempt: Attempt = _direct,
    ) -> None:
        self._store = store
        self._attempt = attempt
        self._clock = clock
        self._timed = timed_cards
        self._read_only = read_only
        self._flush_every = flush_every
        self._recorded: dict[str, float] = dict(store.card_times())
        settings = store.settings()
        boxes = settings.get(SETTINGS_BOXES, {})
        self._boxes: dict[str, int] = (
            {str(k): int(v) for k, v in boxes.items()} if isinstance(boxes, dict) else {}
        )
        self._default = int(settings.get(SETTINGS_DEFAULT, DEFAULT_BOX))
        self._card: str | None = None
        self._running = False
        self._since = 0.0  # clock reading where the unwritten stretch began (while running)
        self._retry_at = 0.0  # after a refused write, the ticks wait this long to try again
        self.changed: Event[TimerState] = Event()

    # -- reading -------------------------------------------------------------------------

    def box(self, card: str) -> int:
        return self._boxes.get(card, self._default)

    def spent(self, card: str) -> float:
        spent = self._recorded.get(card, 0.0)
        if card == self._card and self._running:
            spent += max(0.0, self._clock() - self._since)
        return spent

    @property
    def running(self) -> bool:
        return self._running

    @property
    def card(self) -> str | None:
        return self._card

    def state(self) -> TimerState:
        card = self._card
        if card is None:
            return TimerState(None, self._default, 0.0, self._running)
        return TimerState(card, self.box(card), self.spent(card), self._running)

    # -- acting --------------------------------------------------------------------------

    def show(self, key: str | None) -> None:
        """The agenda moved to `key`: what was spent on the card before is written first."""
        card = key if key in self._timed else None
        if card == self._card:
            return
        self.flush()
        self._since = self._clock()  # a stretch the file refused is not put on the next card
        self._card = card
        self._emit()

    def start(self) -> None:
        if not self._running:
            self._running = True
            self._since = self._clock()
            self._emit()

    def pause(self) -> None:
        if self._running:
            self.flush()
            self._running = False
            self._emit()

    def toggle(self) -> None:
        if self._running:
            self.pause()
        else:
            self.start()

    def tick(self) -> None:
        """Called about once a second: writes a slice when one is due, and redraws."""
        if self._running and self._card is not None:
            now = self._clock()
            if now - self._since >= self._flush_every and now >= self._retry_at:
                self.flush()
            self._emit()

    def flush(self) -> None:
        """Write the time spent on the current card since the last write.

        A stretch the store refuses stays unwritten and keeps counting, so the next flush
        writes it with the rest; what the timer shows never runs ahead of the file."""
        now = self._clock()
        card = self._card
        if not self._running or card is None:
            self._since = now
            return
        seconds = max(0.0, now - self._since)  # a clock set back writes nothing, never less
        if seconds <= 0:
            self._since = now
            return
        if not self._read_only and not self._attempt(
            Phrase(
                QT_TRANSLATE_NOOP("actions", "{seconds} seconds on {card}"),
                seconds=round(seconds),
                card=card,
            ),
            lambda: self._store.record_card_time(card, seconds),
        ):
            self._retry_at = now + self._flush_every
            return
        self._since = now
        self._recorded[card] = self._recorded.get(card, 0.0) + seconds

    def set_box(self, card: str, seconds: int) -> None:
        if seconds <= 0:
            raise ValueError(f"a time box of {seconds} seconds is not a time box")
        boxes = {**self._boxes, card: int(seconds)}
        if not self._read_only and not self._attempt(
            Phrase(QT_TRANSLATE_NOOP("actions", "the time box of {card}"), card=card),
            lambda: self._store.update_settings({SETTINGS_BOXES: boxes}),
        ):
            return
        self._boxes = boxes
        self._emit()

    def cycle_box(self) -> int:
        """T: the current card's box becomes the next preset (3, 5, 10 minutes, then 3 again)."""
        card = self._card
        if card is None:
            return self._default
        now = self.box(card)
        larger = [p for p in PRESET_BOXES if p > now]
        chosen = larger[0] if larger else PRESET_BOXES[0]
        self.set_box(card, chosen)
        return self.box(card)

    def close(self) -> None:
        """The workshop is closing: keep every second spent."""
        self.flush()
        self._running = False

    def _emit(self) -> None:
        self.changed.emit(self.state())
