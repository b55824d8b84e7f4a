"""Numbers as people read them: format()'s digits and rounding, the language's decimal mark."""

from __future__ import annotations

import math

from hypothesis import example, given
from hypothesis import strategies as st

from xsector_desktop.core.numbers import NO_VALUE, decimal

finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9)
digits = st.integers(min_value=0, max_value=6)
separators = st.sampled_from([".", ",", "٫"])


def is_negative_zero(text: str) -> bool:
    return text.startswith("-") and set(text[1:]) <= {"0", "."}


@given(finite, digits, st.booleans())
@example(0.125, 2, False)  # exactly half: format() rounds to even, "0.12"
@example(2.675, 2, False)  # just below half in binary: "2.67"
@example(-0.004, 2, True)
def test_the_digits_are_formats_own(value: float, places: int, signed: bool) -> None:
    spec = f"{'+' if signed else ''}.{places}f"
    expected = format(value, spec)
    if is_negative_zero(expected):
        expected = ("+" if signed else "") + expected[1:]
    assert decimal(value, places, signed=signed) == expected


@given(finite, digits, st.booleans(), separators)
def test_only_the_decimal_mark_changes(
    value: float, places: int, signed: bool, separator: str
) -> None:
    with_point = decimal(value, places, signed=signed)
    text = decimal(value, places, signed=signed, separator=separator)
    assert text == with_point.replace(".", separator)
    assert text.count(separator) == (1 if places else 0)
    if separator != ".":
        assert "." not in text  # never a thousands separator either


@given(finite, digits, separators)
def test_what_is_read_back_is_the_number_rounded(value: float, places: int, separator: str) -> None:
    text = decimal(value, places, separator=separator)
    read = float(text.replace(separator, "."))
    # As near as `places` decimals can be (a hair more for the float's own rounding) ...
    assert abs(read - value) <= 0.5 * 10**-places + 1e-9 * max(1.0, abs(value))
    # ... and writing what was read gives the same text: the round trip is stable.
    assert decimal(read, places, separator=separator) == text


@given(st.floats(min_value=-0.00499, max_value=0.0))
def test_a_value_that_rounds_to_zero_has_no_minus(value: float) -> None:
    assert decimal(value) == "0.00"
    assert decimal(value, signed=True) == "+0.00"
    assert decimal(value, signed=True, separator=",") == "+0,00"


def test_negative_zero_and_the_signs_kept() -> None:
    assert decimal(-0.0) == "0.00"
    assert decimal(-0.0, 0) == "0"
    assert decimal(-0.81, signed=True, separator=",") == "-0,81"
    assert decimal(0.81, signed=True, separator=",") == "+0,81"
    assert decimal(-0.006) == "-0.01"


@given(st.sampled_from([math.nan, math.inf, -math.inf]), digits, st.booleans())
def test_what_is_not_a_number_is_a_dash(value: float, places: int, signed: bool) -> None:
    assert decimal(value, places, signed=signed, separator=",") == NO_VALUE


@given(st.floats(min_value=0.0, max_value=1.0))
@example(0.005)
@example(0.125)
def test_a_whole_percentage_rounds_as_formats_percent(share: float) -> None:
    """ui/numbers.percent writes decimal(share * 100, 0): the digits of format(share, ".0%")."""
    assert decimal(share * 100, 0) + "%" == format(share, ".0%")
