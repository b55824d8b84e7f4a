"""The colours and shapes of the signal levels, shared by the screen and the printed page.

Levels never rely on colour alone: each has a word and a shape (calm a circle, watch a triangle,
storming a diamond). The colours are Okabe & Ito's (2008, "Color Universal Design"), which stay
distinct for the common kinds of colour blindness.
"""

from __future__ import annotations

from typing import Final

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
