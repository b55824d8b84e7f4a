"""Text a person or a file supplied, made safe to show next to other text.

Unicode's bidirectional controls (the embeddings and overrides U+202A to U+202E, the isolates
U+2066 to U+2069, the marks U+200E, U+200F and U+061C) change the order in which the characters
around them are drawn: a participant named ``"Ali\\u202egpj.exe"`` is shown as "Aliexe.jpg", and
an unclosed override can reverse the rest of a line, a heading or a table row. xsector shows and
prints every such string with those controls taken out (:func:`without_bidi_controls`), so what
is seen is the characters in the order they were typed; Arabic and Hebrew letters still run
right to left by the ordinary Unicode rules, which need no controls. Where a name sits inside a
sentence on screen, :func:`isolated` also wraps it in FSI ... PDI, so a right-to-left name cannot
pull the numbers or words beside it into its own direction. The stored text is never changed:
exports (CSV, JSON) carry exactly what was typed. docs/security.md says why.
"""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI
    "\u200e\u200f\u061c"  # LRM, RLM, ALM
)
_DROP = dict.fromkeys(map(ord, BIDI_CONTROLS))
FSI, PDI = "\u2068", "\u2069"


def without_bidi_controls(text: str) -> str:
    """The text with every bidirectional control character taken out."""
    return text.translate(_DROP) if any(c in BIDI_CONTROLS for c in text) else text


def _has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text if ord(c) >= 0x590)


def isolated(text: str) -> str:
    """A person's text to set inside a longer line: its controls out, and, when it has
    right-to-left letters, wrapped in FSI ... PDI so it keeps to itself."""
    clean = without_bidi_controls(text)
    return f"{FSI}{clean}{PDI}" if _has_right_to_left(clean) else clean
