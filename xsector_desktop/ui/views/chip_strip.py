"""The strip of participant chips under the round's status: one fixed-size chip a person, the
picked one down, redrawn only where a vote changed it.

Redrawing a chip costs a restyle (its border and fill follow its state), and a burst of phone
votes may change hundreds at once. So a refresh redraws only the chips whose state changed, at
least CHIPS_AT_ONCE of them at once (so a room of ordinary size is up to date when `show`
returns) and beyond that for at most CHIP_BUDGET_MS per turn of the event loop, the rest on the
next turns: the window keeps painting and taking input while a crowd's votes arrive.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QWidget

from xsector_desktop.core.scales import Scale
from xsector_desktop.ui.plain_text import button_text, isolated, tooltip

from ..controllers.walkthrough import Chip
from .discard import discard
from .flow_layout import FlowLayout

CHIP_CHARACTERS = 40
CHIPS_AT_ONCE = 24
CHIP_BUDGET_MS = 4.0
CHIP_AREA_CAP = 172  # about five rows of chips; more scroll


class ChipStrip(QScrollArea):
    # Its words keep the voting panel's context in the translations, where they were first.

    def __init__(self, scale: Scale, clicked: Callable[[int], None]) -> None:
        super().__init__()
        self._scale = scale
        self._clicked = clicked
        self.chips: dict[int, QPushButton] = {}
        self._box = QWidget()
        self._layout = FlowLayout(self._box, spacing=5)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(self._box)
        self.setAccessibleName(QCoreApplication.translate("VotingPanel", "Participants"))
        # Tab goes from chip to chip; the area itself is no stop (it scrolls to a focused chip).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._signature: tuple[tuple[int, str], ...] = ()
        # What each chip shows now (its Chip and whether the round was revealed), and the chips
        # still to redraw; a later refresh replaces what is still waiting.
        self._shown: dict[int, tuple[Chip, bool]] = {}
        self._waiting: dict[int, tuple[Chip, bool]] = {}
        self.clock: Callable[[], float] = time.perf_counter  # replaced by tests
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(lambda: self._redraw_waiting(at_least=1))

    def fit(self) -> None:
        """As tall as the chips need (up to a cap), so the card above keeps the rest."""
        fallback = self.parentWidget() or self
        width = self.contentsRect().width() - 2 or fallback.width()
        needed = self._layout.heightForWidth(max(200, width)) + 4
        self.setFixedHeight(max(36, min(needed, CHIP_AREA_CAP)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def show_chips(self, chips: tuple[Chip, ...], revealed: bool) -> None:
        """Chips for `chips`, built again only when the roster changed, each redrawn only where
        its state did."""
        signature = tuple((c.participant.id, c.participant.name) for c in chips)
        rebuilt = signature != self._signature
        if rebuilt:
            self._rebuild(chips)
            self._signature = signature
            self.fit()
        # A reveal changes only the chips with a value to show.
        looks = {c.participant.id: (c, revealed and c.value is not None) for c in chips}
        # Chips still waiting from an earlier refresh keep their pace (a burst of phone votes
        # redraws the panel more than once): no second batch of CHIPS_AT_ONCE in one turn.
        at_least = 0 if self._more.isActive() else CHIPS_AT_ONCE
        self._waiting = {pid: look for pid, look in looks.items() if self._shown.get(pid) != look}
        self._redraw_waiting(at_least, all_at_once=rebuilt)  # new chips are never shown blank

    @property
    def chips_waiting(self) -> int:
        """How many chips are still to be redrawn (a burst is spread over turns)."""
        return len(self._waiting)

    def pick(self, participant_id: int | None) -> None:
        # A click toggles a chip by itself, whatever the pick: so every chip is looked at,
        # but only one that is wrong is set (reading is cheap, setting repaints).
        for pid, button in self.chips.items():
            if button.isChecked() != (pid == participant_id):
                button.setChecked(pid == participant_id)

    def show_selection(self, participant_id: int | None) -> None:
        self.pick(participant_id)
        if participant_id in self.chips:
            self.ensureWidgetVisible(self.chips[participant_id])

    # -- drawing ----------------------------------------------------------------------------

    def _rebuild(self, chips: tuple[Chip, ...]) -> None:
        for button in self.chips.values():
            self._layout.removeWidget(button)
            discard(button)
        self.chips = {}
        self._shown, self._waiting = {}, {}
        # No QButtonGroup: the walk-through's pick decides which chip is down, and that may be
        # none (everyone has voted, or the round is revealed), which an exclusive group cannot
        # show; and Tab would skip from a group's checked button past the rest of the group.
        for chip in chips:
            button = QPushButton()  # text and spoken name: _redraw_chip
            button.setAccessibleName(chip.participant.name)
            button.setCheckable(True)
            button.setObjectName("chip")
            # Set before the chip is first polished, so a new chip needs no second polish
            # (and start-up does not build PySide's QStyle type just for that).
            button.setProperty("voted", chip.voted)
            button.setProperty("phone", chip.phone)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, pid=chip.participant.id: self._clicked(pid))
            self._layout.addWidget(button)
            self.chips[chip.participant.id] = button
        self._fix_size(chips)

    def _fix_size(self, chips: tuple[Chip, ...]) -> None:
        """Every chip as wide as the widest text any chip can show (a tick before the name, or
        the name and a revealed value), so a vote never moves a chip: a click lands on the
        person the facilitator aimed at, and the rows never reflow as votes come in."""
        if not chips:
            return
        values = self._scale.values
        texts = [chip_text(chip._replace(voted=True), revealed=False) for chip in chips]
        texts += [
            chip_text(chip._replace(value=v), revealed=True) for chip in chips for v in values
        ]
        # One style for every chip: the widest text by the font decides, then one size hint
        # with it gives the padding and border too (a size hint per text cost 5 ms for 18).
        probe = self.chips[chips[0].participant.id]
        probe.ensurePolished()
        metrics = probe.fontMetrics()
        probe.setText(max(texts, key=metrics.horizontalAdvance))
        hint = probe.sizeHint()
        width, height = hint.width(), hint.height()
        probe.setText(chip_text(chips[0], revealed=False))
        for button in self.chips.values():
            button.setFixedSize(width + 4, height)  # + the thicker border of the picked chip

    def _redraw_waiting(self, at_least: int = CHIPS_AT_ONCE, all_at_once: bool = False) -> None:
        started = self.clock()
        done = 0
        while self._waiting:
            spent = (self.clock() - started) * 1000
            if not all_at_once and done >= at_least and spent >= CHIP_BUDGET_MS:
                self._more.start()  # the rest once the window has had its turn
                return
            pid = next(iter(self._waiting))
            chip, revealed = self._waiting.pop(pid)
            self._redraw_chip(self.chips[pid], chip, revealed)
            self._shown[pid] = (chip, revealed)
            done += 1

    def _redraw_chip(self, button: QPushButton, chip: Chip, revealed: bool) -> None:
        # Chips have a fixed size: new text never moves a chip or re-lays the rows out.
        text = chip_text(chip, revealed)
        if button.text() != text:
            button.setText(text)
        tip = tooltip(chip.type_choice or "")
        if button.toolTip() != tip:
            button.setToolTip(tip)
        spoken = self._spoken(chip, revealed)
        if button.accessibleName() != spoken:
            button.setAccessibleName(spoken)
        # A vote from a phone gives the chip a dashed border: same size, so nothing moves.
        if button.property("voted") != chip.voted or button.property("phone") != chip.phone:
            button.setProperty("voted", chip.voted)
            button.setProperty("phone", chip.phone)
            button.style().unpolish(button)
            button.style().polish(button)

    def _spoken(self, chip: Chip, revealed: bool) -> str:
        """What a screen reader says for a chip: the name, then whether (and once revealed,
        how) the person voted; "pressed" is read from the chip's checked state."""
        name = chip.participant.name
        if revealed and chip.value is not None:
            point = self._scale.point(chip.value)
            return QCoreApplication.translate(
                "VotingPanel", "{name}: voted {value}, {label}"
            ).format(name=name, value=chip.value, label=point.label)
        if chip.voted and chip.phone:
            return QCoreApplication.translate(
                "VotingPanel", "{name}: has voted from a phone"
            ).format(name=name)
        if chip.voted:
            return QCoreApplication.translate("VotingPanel", "{name}: has voted").format(name=name)
        return QCoreApplication.translate("VotingPanel", "{name}: has not voted").format(name=name)


def chip_text(chip: Chip, revealed: bool) -> str:
    full = chip.participant.name
    # A chip is a button in a row: a name longer than CHIP_CHARACTERS is cut with an ellipsis
    # rather than widening the row past the screen (the roster shows it whole).
    short = full if len(full) <= CHIP_CHARACTERS else full[: CHIP_CHARACTERS - 1] + "…"
    name = button_text(isolated(short))  # a typed '&' is shown, not taken as a shortcut
    if revealed and chip.value is not None:
        return f"{name}  {chip.value}"
    return ("✓ " if chip.voted else "") + name
