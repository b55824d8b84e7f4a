"""The thresholds that turn the storming measures into a level, with why each default is what it is.

They are defaults: a workshop may store its own (the thresholds it changed, under
THRESHOLDS_KEY in the workshop file's settings), and the privacy setting changes `min_group`.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, NamedTuple, Self

PRIVACY_MIN_GROUP = 3  # docs/signals.md, "Privacy": groups of fewer than 3 are not broken out
PRIVACY_OFF_MIN_GROUP = 2  # docs/signals.md, "Privacy": the floor with the protection off
THRESHOLDS_KEY = "signal_thresholds"  # the workshop settings' key for the changed thresholds


@dataclass(frozen=True)
class SignalSettings:
    """Thresholds that turn the numbers into a level. Defaults the facilitator can change.

    consensus_watch = 0.7, consensus_storming = 0.5 (Tastle & Wierman's Cns):
        On a 5-point scale a group split evenly between "disagree" and "agree" scores 0.58 and
        votes spread evenly over all five points score 0.43, so below 0.5 the room holds clearly
        different views; a group mostly on one point with a few one step away stays above 0.7.
    agreement_storming = 0.0 (van der Eijk's A):
        A below 0 means the votes lean towards two camps rather than one peak or an even spread;
        that is polarisation, the clearest storming pattern.
    blocks_storming = 1:
        A fist or a veto says "I cannot go along with this": one is enough to stop and talk.
    split_watch_share = 0.25, split_storming_share = 0.5 (share of the continuum, k - 1):
        Two sectors (or doers and decision-makers) a quarter of the scale apart - one point on a
        5-point scale - see the card differently; half the scale apart (two points) means one
        group leans for and the other against.
    objections_watch = 1:
        An open objection is unfinished business even when the votes look calm.
    discuss_share_watch = 0.25:
        When a quarter of the room asks for more discussion (gradients of agreement), the card
        is not settled whatever the ranked votes say.
    min_group = 3 (privacy):
        A sector or role group with fewer voters is never broken out, so no one's vote can be
        read off a group mean. Turning privacy protection off lowers it to 2 (docs/signals.md);
        a "group" of one would simply be that person's vote.
    """

    consensus_watch: float = 0.7
    consensus_storming: float = 0.5
    agreement_storming: float = 0.0
    blocks_storming: int = 1
    split_watch_share: float = 0.25
    split_storming_share: float = 0.5
    objections_watch: int = 1
    discuss_share_watch: float = 0.25
    min_group: int = PRIVACY_MIN_GROUP

    def __post_init__(self) -> None:
        if self.min_group < PRIVACY_OFF_MIN_GROUP:
            raise ValueError(f"min_group is {self.min_group}: must be at least 2")
        if self.consensus_storming > self.consensus_watch:
            raise ValueError("consensus_storming must not be above consensus_watch")
        if self.split_watch_share > self.split_storming_share:
            raise ValueError("split_watch_share must not be above split_storming_share")
        if self.blocks_storming < 1 or self.objections_watch < 1:
            raise ValueError("blocks_storming and objections_watch must be at least 1")
        for name, low, high in _RANGES:
            value = getattr(self, name)
            if not low <= value <= high:
                raise ValueError(f"{name} is {value}: must be from {low} to {high}")

    def with_privacy(self, protection: bool) -> Self:
        """These settings with the privacy rule on (groups >= 3) or off (groups >= 2)."""
        return replace(self, min_group=PRIVACY_MIN_GROUP if protection else PRIVACY_OFF_MIN_GROUP)


# The measures' own ranges: a threshold outside them could never (or would always) fire.
_RANGES = (
    ("consensus_watch", 0.0, 1.0),
    ("consensus_storming", 0.0, 1.0),
    ("agreement_storming", -1.0, 1.0),
    ("split_watch_share", 0.0, 1.0),
    ("split_storming_share", 0.0, 1.0),
    ("discuss_share_watch", 0.0, 1.0),
)

# Every field but min_group, which follows the privacy setting rather than a stored number.
THRESHOLD_NAMES: tuple[str, ...] = tuple(
    f.name for f in fields(SignalSettings) if f.name != "min_group"
)
_WHOLE_NUMBERS = frozenset({"blocks_storming", "objections_watch"})


class ThresholdReading(NamedTuple):
    """The settings a workshop's stored thresholds give, and why any stored value was set aside."""

    settings: SignalSettings
    problems: tuple[str, ...] = ()  # one line each, naming the key and what is wrong


def read_thresholds(stored: object, protection: bool) -> ThresholdReading:
    """The workshop's thresholds from what its settings hold under THRESHOLDS_KEY.

    A hand-edited file must not stop the signals: unknown keys are ignored, a value of the wrong
    kind or out of range falls back to its default, and a combination SignalSettings refuses
    (storming above watch) falls back to all the defaults; each with a reason.
    """
    defaults = SignalSettings().with_privacy(protection)
    if stored is None:
        return ThresholdReading(defaults)
    if not isinstance(stored, Mapping):
        kind = type(stored).__name__
        return ThresholdReading(defaults, (f"{THRESHOLDS_KEY}: expected an object, found {kind}",))
    problems: list[str] = []
    chosen: dict[str, Any] = {}  # only values _checked accepted for their field
    for name in THRESHOLD_NAMES:
        if name not in stored:
            continue
        value, problem = _checked(name, stored[name])
        if problem:
            problems.append(f"{THRESHOLDS_KEY}.{name}: {problem}; the default is used")
        else:
            chosen[name] = value
    try:
        settings = replace(defaults, **chosen)
    except ValueError as refused:
        problems.append(f"{THRESHOLDS_KEY}: {refused}; the defaults are used")
        settings = defaults
    return ThresholdReading(settings, tuple(problems))


def settings_from(stored: object, protection: bool) -> SignalSettings:
    """The SignalSettings of a workshop: its stored thresholds and its privacy rule."""
    return read_thresholds(stored, protection).settings


def thresholds_to_store(settings: SignalSettings) -> dict[str, float | int]:
    """The thresholds that differ from the defaults: what a workshop stores under THRESHOLDS_KEY.

    Only the changed ones, so a workshop that kept a default follows it if a later version
    improves it.
    """
    defaults = SignalSettings()
    return {
        name: getattr(settings, name)
        for name in THRESHOLD_NAMES
        if getattr(settings, name) != getattr(defaults, name)
    }


def _checked(name: str, value: object) -> tuple[float | int, str]:
    """The value if it has the field's kind, else a reason (bool is not a number here)."""
    whole = name in _WHOLE_NUMBERS
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0, f"{value!r} is not a {'whole number' if whole else 'number'}"
    if whole and not (isinstance(value, int) or value.is_integer()):
        return 0, f"{value!r} is not a whole number"
    if not math.isfinite(value):
        return 0, f"{value!r} is not a finite number"
    if whole:
        if value < 1:
            return 0, f"{value!r} must be at least 1"
        return int(value), ""
    for field_name, low, high in _RANGES:
        if field_name == name and not low <= value <= high:
            return 0, f"{value!r} must be from {low} to {high}"
    return float(value), ""
