"""Printed words in the workshop's language: the deck's language sets it for every PDF.

The report code is written in English, and each printed phrase goes through `tr()` (or is marked
with `N_()` where it sits in a table and is looked up later). For another language,
resources/messages/report-LANG.json maps each English phrase to its translation; placeholders
in braces stay as they are and are filled in with str.format after the lookup. A test checks
that the Spanish catalogue has every marked phrase and no phrase the code no longer uses.

The language is held in a context variable for the length of one build (see `speaking`), so two
exports on two worker threads, in two languages, do not mix.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import cache
from typing import NamedTuple

from ..core.resources import resource_path

SOURCE_LANGUAGE = "en"
_NO_TRANSLATION: Mapping[str, str] = {}


class Words(NamedTuple):
    """One language's printed words: phrase translations and the decimal separator."""

    messages: Mapping[str, str]
    decimal: str = "."


_ENGLISH = Words(_NO_TRANSLATION)
_current: ContextVar[Words] = ContextVar("xsector_print_words", default=_ENGLISH)


def base_language(tag: str) -> str:
    """ "es-MX" -> "es": the catalogues are per language, not per country."""
    return tag.split("-")[0].split("_")[0].lower() or SOURCE_LANGUAGE


@cache
def _words(language: str) -> Words:
    base = base_language(language)
    if base == SOURCE_LANGUAGE:
        return _ENGLISH
    path = resource_path("messages", f"report-{base}.json")
    if not path.is_file():
        return _ENGLISH
    data = json.loads(path.read_text(encoding="utf-8"))
    return Words(data["messages"], data.get("decimal_separator", "."))


def catalogue(language: str) -> Mapping[str, str]:
    """English phrase -> phrase in language; empty for English and for languages not shipped."""
    return _words(language).messages


def printed_languages() -> list[str]:
    """The languages the PDFs can be printed in."""
    folder = resource_path("messages")
    found = sorted(p.stem.removeprefix("report-") for p in folder.glob("report-*.json"))
    return [SOURCE_LANGUAGE, *found]


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Within the block, `tr()` answers in language."""
    token = _current.set(_words(language))
    try:
        yield
    finally:
        _current.reset(token)


def tr(text: str) -> str:
    """text in the language being printed (text itself when there is no translation)."""
    return _current.get().messages.get(text, text)


def N_(text: str) -> str:  # the gettext convention
    """Mark text for the catalogue where it is defined; it is translated with tr() where used."""
    return text


def decimal(value: float, digits: int = 2, signed: bool = False) -> str:
    """A number as the language being printed writes it ("0.58", or "0,58" in Spanish)."""
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    return text.replace(".", _current.get().decimal)


def percent(share: float) -> str:
    """A share as a whole percentage ("25%", or "25 %" in Spanish, which spaces the sign with
    a no-break space)."""
    return tr("{n}%").format(n=f"{share * 100:.0f}")


MONTHS = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)  # fmt: skip


def long_date(iso: str) -> str:
    """ "2026-03-12" as "12 March 2026" (in the language printed); anything else as typed."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    month = tr(MONTHS[day.month - 1])
    return tr("{day} {month} {year}").format(day=day.day, month=month, year=day.year)
