"""The table `xsector signals` prints: one line per card and round, in the deck's language.

As in the PDFs (language.py), the deck's language sets the words and the numbers: the headings,
the level, where the group stands and the reasons are said in it, and numbers are written its way
(0,58 in Spanish). Card keys stay as they are: they are what `xsector import --votes` reads.
`xsector signals --json` prints `data_export.signal_record` instead, the same in every language.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.deck import Deck
from ..core.model import LEVELS
from ..core.signals import RoundSignals
from .language import N_, decimal, speaking, tr
from .wording import level_name, reason_text, stance_text

# Short, like the figures under them; A and Leik are the measures' own names (docs/signals.md).
HEADINGS = (N_("card"), N_("rnd"), "n", "A", N_("cons"), "leik", N_("blk"))
LEVEL_HEADING, REASONS_HEADING = N_("level"), N_("reasons")
WIDTHS = (22, 3, 3, 6, 5, 5, 3)


def _figure(value: float | None) -> str:
    return "-" if value is None else decimal(value, 2)


def _line(cells: Sequence[str], widths: Sequence[int], level: str, reasons: str) -> str:
    card, *figures = (
        cell.ljust(width) if column == 0 else cell.rjust(width)
        for column, (cell, width) in enumerate(zip(cells, widths, strict=True))
    )
    return f"{card} {' '.join(figures)}  {level} {reasons}"


def signals_table(deck: Deck, signals: Sequence[RoundSignals]) -> list[str]:
    """The heading line, then a line per round, in deck order, in the deck's language."""
    with speaking(deck.language):
        types = {card.key: len(card.type_names) for card in deck.cards}
        headings = [tr(h) for h in HEADINGS]
        # A heading longer in this language than its column widens the column, not the line.
        widths = [max(w, len(h)) for w, h in zip(WIDTHS, headings, strict=True)]
        words = {level: level_name(level).lower() for level in LEVELS}
        # Wide enough for every level's word, so the reasons line up from one run to the next.
        level_width = max(len(word) for word in [tr(LEVEL_HEADING), *words.values()]) + 1
        lines = [_line(headings, widths, tr(LEVEL_HEADING).ljust(level_width), tr(REASONS_HEADING))]
        for s in signals:
            # Where the group stands first, then why the level: the level alone has no direction.
            stance = stance_text(s.stance, types.get(s.card, 1))
            reasons = "; ".join(reason_text(reason) for reason in s.reasons)
            figures = (s.agreement_a, s.consensus, s.dispersion_leik)
            cells = [s.card, str(s.round), str(s.n), *map(_figure, figures), str(s.blocks)]
            level = words[s.level].ljust(level_width)
            lines.append(_line(cells, widths, level, f"{stance} {reasons}"))
    return lines
