"""Numbers as a person reads them: the digits str.format writes, with a language's decimal mark.

The caller supplies the decimal separator (the interface's or the printed language's), so the
core knows no language. Rounding is format()'s own, so a number on screen is the number the CSV,
the JSON and the command line round to. There is never a thousands separator: every measure
is a small number, and "1.234" would read as a thousand in one language and as one in another.
"""

from __future__ import annotations

import math

NO_VALUE = "—"


def decimal(value: float, digits: int = 2, *, signed: bool = False, separator: str = ".") -> str:
    """value with `digits` decimals ("0.82"; "+0,81" signed with a comma).

    A value that rounds to zero is written without a minus ("0.00", signed "+0.00"): "-0.00"
    says nothing a room could act on. A value that is not a number at all is a dash.
    """
    if not math.isfinite(value):
        return NO_VALUE
    text = format(value, f"{'+' if signed else ''}z.{max(0, digits)}f")
    return text.replace(".", separator)
