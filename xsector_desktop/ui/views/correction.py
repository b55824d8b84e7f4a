"""A vote on a revealed round changes what the room has seen: the question asked first.

Its words keep the voting panel's translation context, where they were first written."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from xsector_desktop.ui.plain_text import isolated, plain_message

Correction = Literal["correct", "new-round", "cancel"]


def ask_correction(parent: QWidget, name: str, round_number: int) -> Correction:
    """A vote on a revealed round changes what the room has seen: ask which is meant."""
    from PySide6.QtWidgets import QMessageBox  # a Qt type only this dialog uses: docs/code.md

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        QCoreApplication.translate("VotingPanel", "Round {n} is revealed").format(n=round_number)
    )
    plain_message(
        box,
        QCoreApplication.translate(
            "VotingPanel",
            "Round {n} has been revealed. Change it with this vote ({name}) as a correction "
            "(the room's result changes), or open round {next} for it?",
        ).format(n=round_number, name=isolated(name), next=round_number + 1),
    )
    correct = box.addButton(
        QCoreApplication.translate("VotingPanel", "Correct round {n}").format(n=round_number),
        QMessageBox.ButtonRole.AcceptRole,
    )
    again = box.addButton(
        QCoreApplication.translate("VotingPanel", "Open round {n}").format(n=round_number + 1),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(again)
    box.exec()
    clicked = box.clickedButton()
    return "correct" if clicked is correct else "new-round" if clicked is again else "cancel"
