"""Workshop > Settings…: the partnership's details, privacy, printed names and signal thresholds.

The dialog only shows and collects; WorkshopSettingsController checks and writes (one undo step).
Built when the menu item is chosen, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.ui.decimal_spin_box import DecimalSpinBox
from xsector_desktop.ui.plain_text import PlainLabel, plain_message

from .controllers.session import WorkshopSession
from .controllers.workshop_settings import (
    Run,
    SettingsProblem,
    WorkshopSettings,
    WorkshopSettingsController,
)

# Asked before privacy protection goes off: (title, question) -> yes. Tests pass their own.
Confirm = Callable[[str, str], bool]


class _Threshold(NamedTuple):
    """How the settings dialog offers one threshold: its name, what it counts, its range."""

    name: str
    kind: str  # "measure" (a number from low to high), "count" or "share" (shown in %)
    low: float = 0.0
    high: float = 1.0


_THRESHOLDS = (
    _Threshold("consensus_watch", "measure"),
    _Threshold("consensus_storming", "measure"),
    _Threshold("agreement_storming", "measure", -1.0, 1.0),
    _Threshold("blocks_storming", "count"),
    _Threshold("split_watch_share", "share"),
    _Threshold("split_storming_share", "share"),
    _Threshold("objections_watch", "count"),
    _Threshold("discuss_share_watch", "share"),
)


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: WorkshopSettingsController,
        parent: QWidget | None = None,
        confirm: Confirm | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._confirm = confirm or self._ask_yes_no
        self.setWindowTitle(self.tr("Workshop settings"))
        self.setAccessibleName(self.windowTitle())

        self.partnership = self._line(self.tr("Partnership name"))
        self.date = self._line(self.tr("Date"))
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.place = self._line(self.tr("Place"))
        self.facilitator = self._line(self.tr("Facilitator"))
        details = QGroupBox(self.tr("Partnership"))
        form = QFormLayout(details)
        form.addRow(PlainLabel(self.tr("Name")), self.partnership)
        form.addRow(PlainLabel(self.tr("Date")), self.date)
        form.addRow(PlainLabel(self.tr("Place")), self.place)
        form.addRow(PlainLabel(self.tr("Facilitator")), self.facilitator)

        self.protect = QCheckBox(
            self.tr("Protect small groups (never show a sector or role with fewer than 3 voters)")
        )
        self.protect.setAccessibleName(self.tr("Protect small groups"))
        self.aliases = QCheckBox(self.tr("Print aliases only (“Participant 3”, not names)"))
        self.aliases.setAccessibleName(self.tr("Print aliases only"))
        privacy = QGroupBox(self.tr("Privacy"))
        privacy_layout = QVBoxLayout(privacy)
        privacy_layout.addWidget(self.protect)
        privacy_layout.addWidget(self.aliases)

        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        signals = QGroupBox(self.tr("Storming signals"))
        signals_layout = QVBoxLayout(signals)
        intro = PlainLabel(
            self.tr(
                "A card is marked watch or storming as soon as one of these rules fires; "
                "otherwise it is calm. Groups are two sectors, or doers and decision-makers."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        signals_layout.addWidget(intro)
        rules = QGridLayout()
        rules.setHorizontalSpacing(10)
        rules.setColumnStretch(2, 1)
        words = self._threshold_words()
        for row, threshold in enumerate(_THRESHOLDS):
            label, hint = words[threshold.name]
            spin = self._spin(threshold, label)
            spin.setToolTip(hint)
            self.spins[threshold.name] = spin
            caption = PlainLabel(label)
            caption.setBuddy(spin)
            note = PlainLabel(hint)
            note.setObjectName("muted")
            rules.addWidget(caption, row, 0)
            rules.addWidget(spin, row, 1)
            rules.addWidget(note, row, 2)
        signals_layout.addLayout(rules)
        self.restore = QPushButton(self.tr("Restore defaults"))
        self.restore.setAccessibleName(self.tr("Restore the default thresholds"))
        self.restore.clicked.connect(self.restore_defaults)
        restore_row = QHBoxLayout()
        restore_row.addStretch(1)
        restore_row.addWidget(self.restore)
        signals_layout.addLayout(restore_row)

        self.message = PlainLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40e26;")  # dark red: 7:1 on white, plus words
        self.message.setAccessibleName(self.tr("What needs fixing"))

        if settings.read_only:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
        else:
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
            self.buttons.accepted.connect(self.accept)
            self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if settings.read_only:
            note = PlainLabel(
                self.tr("This workshop is open read-only: nothing here can be changed.")
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(details)
        layout.addWidget(privacy)
        layout.addWidget(signals)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.show_settings(settings.current())
        problems = settings.stored_problems()
        if problems:
            self.message.setText(
                self.tr("Set aside from the workshop file: {p}").format(p="; ".join(problems))
            )
        if settings.read_only:
            for control in (details, privacy, signals):
                control.setEnabled(False)

    # -- building ------------------------------------------------------------------------

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(name)
        return line

    def _spin(self, threshold: _Threshold, name: str) -> QSpinBox | QDoubleSpinBox:
        spin: QSpinBox | QDoubleSpinBox
        if threshold.kind == "count":
            spin = QSpinBox()
            spin.setRange(1, 99)
        elif threshold.kind == "share":
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSingleStep(5)
            spin.setSuffix(self.tr(" %"))
        else:
            spin = DecimalSpinBox()
            spin.setDecimals(2)
            spin.setSingleStep(0.05)
            spin.setRange(threshold.low, threshold.high)
        spin.setAccessibleName(name)
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        spin.setKeyboardTracking(False)
        return spin

    def _threshold_words(self) -> dict[str, tuple[str, str]]:
        """Each threshold's label and what it means, in the facilitator's words."""
        return {
            "consensus_watch": (
                self.tr("Watch when consensus is below"),
                self.tr("0: split half and half; 1: everyone agrees."),
            ),
            "consensus_storming": (
                self.tr("Storming when consensus is below"),
                self.tr("At most the watch value."),
            ),
            "agreement_storming": (
                self.tr("Storming when agreement A is below"),
                self.tr("Below 0 the votes form two camps."),
            ),
            "blocks_storming": (
                self.tr("Storming at this many blocks"),
                self.tr("A fist or a veto: someone cannot go along."),
            ),
            "split_watch_share": (
                self.tr("Watch when groups are this far apart"),
                self.tr("Share of the scale: 25 % is 1 point of 5."),
            ),
            "split_storming_share": (
                self.tr("Storming when groups are this far apart"),
                self.tr("At least the watch gap."),
            ),
            "objections_watch": (
                self.tr("Watch at this many open objections"),
                self.tr("Raised and not yet resolved."),
            ),
            "discuss_share_watch": (
                self.tr("Watch when this share asks to discuss more"),
                self.tr("Of the votes; gradients of agreement only."),
            ),
        }

    # -- showing and collecting ------------------------------------------------------------

    def show_settings(self, shown: WorkshopSettings) -> None:
        self.partnership.setText(shown.partnership)
        self.date.setText(shown.date)
        self.place.setText(shown.place)
        self.facilitator.setText(shown.facilitator)
        self.protect.setChecked(shown.privacy_protection)
        self.aliases.setChecked(shown.anonymise_names)
        self._show_thresholds(shown.thresholds)

    def _show_thresholds(self, values: Mapping[str, float | int]) -> None:
        for threshold in _THRESHOLDS:
            spin, value = self.spins[threshold.name], values[threshold.name]
            if threshold.kind == "share":
                spin.setValue(round(value * 100))
            elif isinstance(spin, QSpinBox):
                spin.setValue(int(value))
            else:
                spin.setValue(float(value))

    def restore_defaults(self) -> None:
        self._show_thresholds(self.settings.defaults())

    def wanted(self) -> WorkshopSettings:
        thresholds: dict[str, float | int] = {}
        for threshold in _THRESHOLDS:
            value = self.spins[threshold.name].value()
            if threshold.kind == "share":
                thresholds[threshold.name] = value / 100
            elif threshold.kind == "count":
                thresholds[threshold.name] = int(value)
            else:
                thresholds[threshold.name] = round(float(value), 2)
        return WorkshopSettings(
            partnership=self.partnership.text(),
            date=self.date.text().strip(),
            place=self.place.text(),
            facilitator=self.facilitator.text(),
            privacy_protection=self.protect.isChecked(),
            anonymise_names=self.aliases.isChecked(),
            thresholds=thresholds,
        )

    # -- OK --------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.settings.read_only:
            self.reject()
            return
        wanted = self.wanted()
        problem = self.settings.problem(wanted)
        if problem is not None:
            self._show_problem(problem)
            return
        if self.settings.turns_protection_off(wanted) and not self._confirm(
            self.tr("Turn privacy protection off?"),
            self.tr(
                "Groups of 2 will be shown on the projector and in the PDF: a sector or role "
                "with only two voters can then be read off its mean. Turn the protection off?"
            ),
        ):
            self.protect.setChecked(True)
            return
        if self.settings.changes_ballot_codes(wanted) and not self._confirm(
            self.tr("Change the name or date?"),
            self.tr(
                "Paper ballots carry a code made from the partnership's name and date. Ballots "
                "printed before this change will not be accepted when keyed in; print new ones. "
                "Change it?"
            ),
        ):
            return
        self.settings.apply(wanted)
        super().accept()

    def _show_problem(self, problem: SettingsProblem) -> None:
        texts: dict[SettingsProblem, tuple[str, QWidget]] = {
            "no-partnership": (self.tr("The partnership needs a name."), self.partnership),
            "bad-date": (self.tr("Write the date as YYYY-MM-DD, or leave it empty."), self.date),
            "consensus-order": (
                self.tr("Storming consensus must not be above watch consensus."),
                self.spins["consensus_storming"],
            ),
            "split-order": (
                self.tr("The storming gap must be at least the watch gap."),
                self.spins["split_storming_share"],
            ),
        }
        text, where = texts[problem]
        self.message.setText(text)
        where.setFocus()

    def _ask_yes_no(self, title: str, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            "",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        plain_message(box, question).exec()
        return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)


def open_settings(session: WorkshopSession, run: Run, parent: QWidget) -> SettingsDialog:
    """Workshop > Settings…: the dialog over the open workshop, shown window-modal."""
    dialog = SettingsDialog(WorkshopSettingsController(session, run), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
