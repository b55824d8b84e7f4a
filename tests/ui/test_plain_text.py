"""Tooltips show a person's text as typed, whatever markup or entities it holds."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from xsector_desktop.core.text import without_bidi_controls
from xsector_desktop.ui.plain_text import escaped, tooltip

HOSTILE = [
    "Ana & Ben",
    "<b>bold</b>",
    '<img src="/home/ana/photo.png">',
    "&amp; already an entity",
    "&lt;b&gt; spelled out",
    "&#x41;&#66; numeric",
    "a > b < c",
    "quotes \" and ' stay",
    "<p style='color:red'>x</p>\n  second line",
    "\u202eevil\u202c & <i>",
    "&",
    "<",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_tooltip_reads_back_as_the_text_typed(qtbot: QtBot, text: str) -> None:
    shown = tooltip(text)
    document = QTextDocument()
    document.setHtml(shown)
    assert document.toPlainText() == without_bidi_controls(text)


def test_escaping_leaves_no_markup_and_keeps_plain_text_as_it_is() -> None:
    for text in HOSTILE:
        assert "<" not in escaped(text) and ">" not in escaped(text)
    assert escaped("Ana & Ben") == "Ana &amp; Ben"
    assert escaped("no markup at all") == "no markup at all"
    assert tooltip("no markup at all") == "no markup at all"
