"""The built-in scales' words on screen, in the interface's language.

resources/scales.json is data, which pyside6-lupdate cannot read, so its names and labels are
listed here for the translation files; a test keeps the list equal to the file.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from xsector_desktop.core.scales import Scale

WORDS = (
    QT_TRANSLATE_NOOP("scales", "Agreement, 5 points"),
    QT_TRANSLATE_NOOP("scales", "Strongly disagree"),
    QT_TRANSLATE_NOOP("scales", "Str. disagree"),
    QT_TRANSLATE_NOOP("scales", "Disagree"),
    QT_TRANSLATE_NOOP("scales", "Unsure"),
    QT_TRANSLATE_NOOP("scales", "Agree"),
    QT_TRANSLATE_NOOP("scales", "Strongly agree"),
    QT_TRANSLATE_NOOP("scales", "Str. agree"),
    QT_TRANSLATE_NOOP("scales", "Agreement, 7 points"),
    QT_TRANSLATE_NOOP("scales", "Somewhat disagree"),
    QT_TRANSLATE_NOOP("scales", "Smwt. disagree"),
    QT_TRANSLATE_NOOP("scales", "Neither agree nor disagree"),
    QT_TRANSLATE_NOOP("scales", "Neither"),
    QT_TRANSLATE_NOOP("scales", "Somewhat agree"),
    QT_TRANSLATE_NOOP("scales", "Smwt. agree"),
    QT_TRANSLATE_NOOP("scales", "Fist to five"),
    QT_TRANSLATE_NOOP("scales", "Fist: I block this"),
    QT_TRANSLATE_NOOP("scales", "Fist (block)"),
    QT_TRANSLATE_NOOP("scales", "One: serious concerns, must change"),
    QT_TRANSLATE_NOOP("scales", "One"),
    QT_TRANSLATE_NOOP("scales", "Two: concerns to discuss first"),
    QT_TRANSLATE_NOOP("scales", "Two"),
    QT_TRANSLATE_NOOP("scales", "Three: can live with it"),
    QT_TRANSLATE_NOOP("scales", "Three"),
    QT_TRANSLATE_NOOP("scales", "Four: good, I support it"),
    QT_TRANSLATE_NOOP("scales", "Four"),
    QT_TRANSLATE_NOOP("scales", "Five: fully behind it, will lead"),
    QT_TRANSLATE_NOOP("scales", "Five"),
    QT_TRANSLATE_NOOP("scales", "Gradients of agreement (Kaner)"),
    QT_TRANSLATE_NOOP("scales", "Whole-hearted endorsement"),
    QT_TRANSLATE_NOOP("scales", "Endorse"),
    QT_TRANSLATE_NOOP("scales", "Agreement with a minor point of contention"),
    QT_TRANSLATE_NOOP("scales", "Minor point"),
    QT_TRANSLATE_NOOP("scales", "Support with reservations"),
    QT_TRANSLATE_NOOP("scales", "Reservations"),
    QT_TRANSLATE_NOOP("scales", "Abstain"),
    QT_TRANSLATE_NOOP("scales", "More discussion needed"),
    QT_TRANSLATE_NOOP("scales", "Discuss more"),
    QT_TRANSLATE_NOOP("scales", "Don't like it, but will support it"),
    QT_TRANSLATE_NOOP("scales", "Will support"),
    QT_TRANSLATE_NOOP("scales", "Serious disagreement"),
    QT_TRANSLATE_NOOP("scales", "Serious disagr."),
    QT_TRANSLATE_NOOP("scales", "Veto"),
)


def on_screen(scale: Scale) -> Scale:
    """The scale with its name and labels in the interface's language (values unchanged)."""
    return scale.translated(lambda text: QCoreApplication.translate("scales", text))
