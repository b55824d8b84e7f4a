"""The one palette of the console and the projector, and the contrast every pairing keeps.

Levels never rely on colour alone: each has a word and a shape (calm a circle, watch a triangle,
storming a diamond). The colours are Okabe & Ito's (2008, "Color Universal Design"), which stay
distinct for the common kinds of colour blindness. Pale Okabe-Ito colours (orange 2.25:1 on
white, sky blue 2.31:1) are only ever fills: every coloured shape has a dark OUTLINE, and text on
a colour is INK or PAPER, whichever reads better (`text_on`). `PAIRS` lists every text and shape
colour on its background, and tests/core/test_palette.py holds each to WCAG 2.2: 4.5:1 for text,
3:1 for large text (24 px, or 18.7 px bold) and for the edges of shapes and controls.
docs/accessibility.md has the figures.
"""

from typing import Final, Literal, NamedTuple

from .model import Level

OKABE_ITO: Final = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

PAPER: Final = "#ffffff"
PANEL: Final = "#f3f4f6"  # the console's side panels
INK: Final = "#1a1a1a"  # console text
MUTED: Final = "#555555"  # console secondary text and placeholders
INK_ROOM: Final = "#111111"  # a washed-out projector needs the darkest text
MUTED_ROOM: Final = "#3a3a3a"  # the lightest text the room is asked to read
RULE: Final = "#5f5f5f"  # lines and outlines of bars on the projector
TRACK: Final = "#d9d9d9"  # the empty part of a bar (its outline is RULE)
OUTLINE: Final = "#111111"  # the edge of every coloured shape
BORDER: Final = "#6b7280"  # a control's edge
DISABLED_TEXT: Final = "#666666"
DISABLED_FILL: Final = "#f0f0f0"
HOVER: Final = "#e8f1fa"
VOTED_FILL: Final = "#dcefe6"  # a chip whose person has voted
ACCENT: Final = OKABE_ITO["blue"]
# Vermillion darkened until white text on it, and it as text on white, read at 5.4:1
# (Okabe-Ito's own vermillion gives 3.87:1 with white).
VERMILLION_DARK: Final = "#B34A00"
ENDING_FILL: Final = "#fbe3b0"  # the timer's last minute
BLANK: Final = "#000000"

LEVEL_COLOURS: Final[dict[Level, str]] = {
    "calm": OKABE_ITO["bluish_green"],
    "watch": OKABE_ITO["orange"],
    "storming": OKABE_ITO["vermillion"],
}

LEVEL_SHAPES: Final[dict[Level, str]] = {
    "calm": "circle",
    "watch": "triangle",
    "storming": "diamond",
}

# The same shapes as characters, for text that carries the mark inline.
LEVEL_SYMBOLS: Final[dict[Level, str]] = {"calm": "\u25cf", "watch": "\u25b2", "storming": "\u25c6"}

# A diverging run, saturated so that a pale projector keeps the points apart: least support
# vermillion, then orange, a neutral grey, sky blue, most support blue. Points off the scale's
# continuum (abstain, more discussion, veto) are reddish purple.
SCALE_ANCHORS: Final = ("#D55E00", "#E69F00", "#8c8c8c", "#56B4E9", "#0072B2")
APART: Final = OKABE_ITO["reddish_purple"]


def _channels(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(red: float, green: float, blue: float) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(round(c) for c in (red, green, blue)))


def scale_colour(rank: int | None, k: int) -> str:
    """The colour of a scale point, the same on the console and on the projector (its number
    and label are always beside it)."""
    if rank is None:
        return APART
    t = (rank - 1) / max(1, k - 1) * (len(SCALE_ANCHORS) - 1)
    low = min(int(t), len(SCALE_ANCHORS) - 2)
    a, b, u = _channels(SCALE_ANCHORS[low]), _channels(SCALE_ANCHORS[low + 1]), t - low
    return _hex(*(x + (y - x) * u for x, y in zip(a, b, strict=True)))


def relative_luminance(colour: str) -> float:
    """WCAG 2.2's relative luminance of an sRGB colour written #rrggbb."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in _channels(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.2's contrast ratio, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def blend(foreground: str, background: str, alpha: float) -> str:
    """`foreground` drawn at `alpha` (0..1) over `background`: what the eye gets."""
    f, b = _channels(foreground), _channels(background)
    return _hex(*(y + (x - y) * alpha for x, y in zip(f, b, strict=True)))


def text_on(fill: str, dark: str = INK_ROOM, light: str = PAPER) -> str:
    """Dark or light text, whichever has more contrast on `fill`."""
    return dark if contrast(dark, fill) >= contrast(light, fill) else light


Kind = Literal["text", "large text", "shape"]
MINIMUM: Final[dict[Kind, float]] = {"text": 4.5, "large text": 3.0, "shape": 3.0}


class Pair(NamedTuple):
    """A colour the app draws on a background, and what it is."""

    what: str
    foreground: str
    background: str
    kind: Kind


PAIRS: Final[tuple[Pair, ...]] = (
    # the console
    Pair("console text", INK, PAPER, "text"),
    Pair("console text on a panel", INK, PANEL, "text"),
    Pair("muted text and placeholders", MUTED, PAPER, "text"),
    Pair("muted text on a panel", MUTED, PANEL, "text"),
    Pair("a picked chip, an agenda selection", PAPER, ACCENT, "text"),
    Pair("a voted chip's name", INK, VOTED_FILL, "text"),
    Pair("a button's text on hover", INK, HOVER, "text"),
    Pair("a disabled button's text", DISABLED_TEXT, DISABLED_FILL, "text"),
    Pair("a button's edge", BORDER, PAPER, "shape"),
    Pair("a button's edge on a panel", BORDER, PANEL, "shape"),
    Pair("a focused button's edge", ACCENT, PAPER, "shape"),
    Pair("a voted chip's edge", OKABE_ITO["bluish_green"], PAPER, "shape"),
    Pair("a level mark's outline", OUTLINE, PAPER, "shape"),
    Pair("a level mark's outline on a panel", OUTLINE, PANEL, "shape"),
    Pair("a bar's outline", OUTLINE, PAPER, "shape"),
    Pair("error text", VERMILLION_DARK, PAPER, "text"),
    # both: the card timer
    Pair("the timer", INK_ROOM, PAPER, "text"),
    Pair("the timer's last minute", INK_ROOM, ENDING_FILL, "text"),
    Pair("the timer past its time box", PAPER, VERMILLION_DARK, "text"),
    # the projector
    Pair("the room's text", INK_ROOM, PAPER, "text"),
    Pair("the room's muted text", MUTED_ROOM, PAPER, "text"),
    Pair("the room's rules and bar outlines", RULE, PAPER, "shape"),
    Pair("the voted bar's fill", ACCENT, TRACK, "shape"),
    Pair("the chosen trust stage's name", PAPER, ACCENT, "large text"),
    Pair("the blanked console view's word", PAPER, BLANK, "text"),
)


def scale_text_pairs(k_values: tuple[int, ...] = (2, 3, 4, 5, 6, 7, 8, 9)) -> list[Pair]:
    """Every count written on a scale colour (sector bars), in the colour `text_on` picks."""
    fills = {scale_colour(rank, k) for k in k_values for rank in range(1, k + 1)} | {APART}
    return [Pair(f"a count on {fill}", text_on(fill), fill, "text") for fill in sorted(fills)]
