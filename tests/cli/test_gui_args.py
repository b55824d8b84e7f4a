"""The GUI's everyday command line is read without argparse, exactly as argparse reads it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xsector_desktop.cli import UsageError, _gui_parser, plain_gui_args

WORDS = st.sampled_from(
    [
        "--quit-when-ready",
        "--read-only",
        "--quit",  # an abbreviation argparse accepts
        "--read",
        "--help",
        "-h",
        "--nope",
        "-",
        "",
        "--",
        "riverside.xsector",
        "my workshop.xsector",
        "ÉCOLE.xsector",
        "-odd.xsector",
    ]
)


@given(st.lists(WORDS, max_size=5))
def test_the_fast_reading_agrees_with_argparse_whenever_it_answers(args: list[str]) -> None:
    fast = plain_gui_args(args)
    if fast is None:
        return  # argparse reads it (or refuses it) itself
    assert fast == _gui_parser().parse_args(args)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["riverside.xsector"],
        ["riverside.xsector", "--quit-when-ready"],
        ["--read-only", "riverside.xsector", "--quit-when-ready"],
        ["--read-only", "--read-only"],
    ],
)
def test_everyday_command_lines_take_the_fast_reading(args: list[str]) -> None:
    assert plain_gui_args(args) is not None


@pytest.mark.parametrize(
    "args", [["--help"], ["--quit"], ["a.xsector", "b.xsector"], ["-x"], [""], ["--"]]
)
def test_anything_else_is_left_to_argparse(args: list[str]) -> None:
    assert plain_gui_args(args) is None


def test_a_mistake_still_gets_argparse_s_usage_error() -> None:
    with pytest.raises(UsageError, match="unrecognized arguments"):
        _gui_parser().parse_args(["a.xsector", "b.xsector"])
