"""Words the controllers hand to the screen (an undo step's name, why a write was refused),
kept translatable without Qt.

A controller builds a Phrase from an English template and its values; it reads as the English
sentence wherever a str is expected (logs, tests), and the interface shows it in its own
language by translating the template and filling in the values (ui/words.py `said`).
`QT_TRANSLATE_NOOP` only marks the template for pyside6-lupdate, which looks for that name.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "actions"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    return text


class Phrase(str):
    """An English sentence that remembers its template and values, to be said in another
    language."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Phrase:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = values
        return made
