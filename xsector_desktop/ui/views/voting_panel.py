"""The voting panel: a chip per participant, the scale's points, tallies, type choice, actions.

Mouse: pick a chip, then a scale point. Keyboard (wired by the main window): the point's number
votes for the picked chip and moves to the next one. In anonymous mode each point has a hand
counter with - and +.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.ui.plain_text import (
    PlainLabel,
    button_text,
    isolated,
    tooltip,
)

from .. import theme
from ..controllers.walkthrough import Chip, VotingState, WalkthroughController
from .correction import Correction, ask_correction
from .discard import discard
from .flow_layout import FlowLayout

CHIP_CHARACTERS = 40
# Redrawing a chip costs a restyle (its border and fill follow its state); a burst of votes may
# change hundreds at once. So a refresh redraws only the chips whose state changed, at least
# CHIPS_AT_ONCE of them at once (so a room of ordinary size is up to date when refresh returns)
# and beyond that for at most CHIP_BUDGET_MS per turn of the event loop, the rest on the next
# turns: the window keeps painting and taking input while a crowd's votes arrive.
CHIPS_AT_ONCE = 24
CHIP_BUDGET_MS = 4.0


def _button(text: str, accessible: str, *, checkable: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setCheckable(checkable)
    return button


class VotingPanel(QWidget):
    def __init__(self, walk: WalkthroughController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._walk = walk
        # Replaced by tests, which answer without a modal dialog.
        self.ask_correction: Callable[[QWidget, str, int], Correction] = ask_correction
        scale = walk.session.scale
        self.status = PlainLabel()
        self.status.setFont(theme.font(13, bold=True))
        self.status.setAccessibleDescription(self.tr("Round status"))

        self.chips: dict[int, QPushButton] = {}
        self._chip_box = QWidget()
        self._chip_layout = FlowLayout(self._chip_box, spacing=5)
        self._chip_scroll = QScrollArea()
        self._chip_scroll.setWidgetResizable(True)
        self._chip_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._chip_scroll.setWidget(self._chip_box)
        self._chip_scroll.installEventFilter(self)
        self._chip_scroll.setAccessibleName(self.tr("Participants"))
        # Tab goes from chip to chip; the area itself is no stop (it scrolls to a focused chip).
        self._chip_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self._type_row = QHBoxLayout()
        self._type_label = PlainLabel(self.tr("Type (C):"))
        self._type_buttons: dict[str | None, QPushButton] = {}
        self._type_options: tuple[str, ...] = ()

        self.points: dict[int, QPushButton] = {}
        self.minus: dict[int, QPushButton] = {}
        point_row = QHBoxLayout()
        point_row.setSpacing(6)
        for point in scale.points:
            box = QVBoxLayout()
            button = _button(
                f"{point.value}  {point.short}",
                self.tr("Vote %1: %2").replace("%1", str(point.value)).replace("%2", point.label),
            )
            button.setToolTip(point.label)
            # Narrow side padding: the five points stretch to fill their row anyway, and their
            # smallest width sets how narrow the console can go (Spanish labels and the phone
            # panel beside it needed more than a 1280-pixel screen).
            button.setObjectName("point")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, v=point.value: self._point_clicked(v))
            self.points[point.value] = button
            box.addWidget(button)
            minus = _button("−", self.tr("One hand fewer for %1").replace("%1", point.label))
            minus.clicked.connect(lambda _=False, v=point.value: self.remove_hand(v))
            self.minus[point.value] = minus
            box.addWidget(minus)
            point_row.addLayout(box)

        self.reveal_button = _button(self.tr("Reveal  (R)"), self.tr("Reveal the votes"))
        self.reveal_button.clicked.connect(self._walk.reveal)
        self.new_round_button = _button(self.tr("New round  (N)"), self.tr("Open a new round"))
        self.new_round_button.clicked.connect(self._walk.new_round)
        for button in (self.reveal_button, self.new_round_button):
            button.setObjectName("round-action")  # narrow side padding too, as the points
        self._hint_text = ""
        self.hint = PlainLabel()
        self.hint.setObjectName("muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A hint may be cut short on a narrow screen; it must never push the panels apart.
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        actions = QHBoxLayout()
        actions.addWidget(self.status)
        actions.addWidget(self.hint, 1)
        actions.addWidget(self.reveal_button)
        actions.addWidget(self.new_round_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(actions)
        layout.addWidget(self._chip_scroll)
        type_wrap = QHBoxLayout()
        type_wrap.addWidget(self._type_label)
        type_wrap.addLayout(self._type_row)
        type_wrap.addStretch(1)
        layout.addLayout(type_wrap)
        layout.addLayout(point_row)
        self._chip_signature: tuple[tuple[int, str], ...] = ()
        # What each chip shows now (its Chip and whether the round was revealed), and the chips
        # still to redraw; a later refresh replaces what is still waiting.
        self._shown: dict[int, tuple[Chip, bool]] = {}
        self._waiting: dict[int, tuple[Chip, bool]] = {}
        self.clock: Callable[[], float] = time.perf_counter  # replaced by tests
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(lambda: self._redraw_waiting(at_least=1))

    CHIP_AREA_CAP = 172  # about five rows of chips; more scroll

    def _fit_chip_area(self) -> None:
        """As tall as the chips need (up to a cap), so the card above keeps the rest."""
        width = self._chip_scroll.contentsRect().width() - 2 or self.width()
        needed = self._chip_layout.heightForWidth(max(200, width)) + 4
        self._chip_scroll.setFixedHeight(max(36, min(needed, self.CHIP_AREA_CAP)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._chip_scroll and event.type() == QEvent.Type.Resize:
            self._fit_chip_area()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_chip_area()
        self._set_hint(self._hint_text)

    def _set_hint(self, text: str) -> None:
        """Show the hint whole, or not at all: half a hint reads as nonsense."""
        self._hint_text = text
        fits = self.hint.fontMetrics().horizontalAdvance(text) <= self.hint.width()
        self.hint.setText(text if fits else "")
        self.hint.setToolTip(text)

    # -- intents ----------------------------------------------------------------------------

    def _point_clicked(self, value: int) -> None:
        self.cast(value)

    def cast(self, value: int, *, may_ask: bool = True) -> None:
        """A scale point, clicked or typed: a hand in anonymous mode, else the picked person's
        vote. On a revealed round it asks first: a correction, a new round, or nothing."""
        walk = self._walk
        if walk.session.read_only:
            return
        if walk.is_revealed() and not may_ask:
            return
        if walk.session.info.anonymous:
            self._hand(value, +1)
            return
        if walk.selected is None:
            return
        if not walk.is_revealed():
            walk.vote_selected(value)
            return
        person = next((p for p in walk.participants() if p.id == walk.selected), None)
        latest = walk.current_round()
        if person is None or latest is None:
            return
        choice = self.ask_correction(self, person.name, latest.number)
        if choice == "correct":
            walk.vote_selected(value, correction=True)
        elif choice == "new-round":
            walk.new_round()
            walk.vote(person.id, value)
            walk.select(walk.first_without_vote(after=person.id))

    def remove_hand(self, value: int) -> None:
        """One hand fewer on a point (−, or Alt+number); on a revealed round it asks first."""
        if not self._walk.session.read_only:
            self._hand(value, -1)

    def _hand(self, value: int, delta: int) -> None:
        walk = self._walk
        latest = walk.current_round()
        if not walk.is_revealed() or latest is None:
            walk.tally(value, delta)
            return
        point = walk.session.scale.point(value).label
        what = (
            self.tr("one hand more for {point}")
            if delta > 0
            else self.tr("one hand fewer for {point}")
        ).format(point=point)
        choice = self.ask_correction(self, what, latest.number)
        if choice == "correct":
            walk.tally(value, delta, correction=True)
        elif choice == "new-round" and delta > 0:
            walk.new_round()
            walk.tally(value, delta)

    def _chip_clicked(self, participant_id: int) -> None:
        self._walk.select(participant_id)

    # -- drawing ----------------------------------------------------------------------------

    def _rebuild_chips(self, chips: tuple[Chip, ...]) -> None:
        for button in self.chips.values():
            self._chip_layout.removeWidget(button)
            discard(button)
        self.chips = {}
        self._shown, self._waiting = {}, {}
        # No QButtonGroup: the walk-through's pick decides which chip is down, and that may be
        # none (everyone has voted, or the round is revealed), which an exclusive group cannot
        # show; and Tab would skip from a group's checked button past the rest of the group.
        for chip in chips:
            button = _button("", chip.participant.name, checkable=True)  # text: refresh()
            button.setObjectName("chip")
            # Set before the chip is first polished, so a new chip needs no second polish
            # (and start-up does not build PySide's QStyle type just for that).
            button.setProperty("voted", chip.voted)
            button.setProperty("phone", chip.phone)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, pid=chip.participant.id: self._chip_clicked(pid))
            self._chip_layout.addWidget(button)
            self.chips[chip.participant.id] = button
        self._fix_chip_size(chips)

    def _fix_chip_size(self, chips: tuple[Chip, ...]) -> None:
        """Every chip as wide as the widest text any chip can show (a tick before the name, or
        the name and a revealed value), so a vote never moves a chip: a click lands on the
        person the facilitator aimed at, and the rows never reflow as votes come in."""
        if not chips:
            return
        values = self._walk.session.scale.values
        texts = [self._chip_text(chip._replace(voted=True), revealed=False) for chip in chips]
        texts += [
            self._chip_text(chip._replace(value=v), revealed=True) for chip in chips for v in values
        ]
        # One style for every chip: the widest text by the font decides, then one size hint
        # with it gives the padding and border too (a size hint per text cost 5 ms for 18).
        probe = self.chips[chips[0].participant.id]
        probe.ensurePolished()
        metrics = probe.fontMetrics()
        probe.setText(max(texts, key=metrics.horizontalAdvance))
        hint = probe.sizeHint()
        width, height = hint.width(), hint.height()
        probe.setText(self._chip_text(chips[0], revealed=False))
        for button in self.chips.values():
            button.setFixedSize(width + 4, height)  # + the thicker border of the picked chip

    def _rebuild_types(self, options: tuple[str, ...]) -> None:
        for button in self._type_buttons.values():
            self._type_row.removeWidget(button)
            discard(button)
        self._type_buttons = {}
        for name in (None, *options) if options else ():
            text = name if name is not None else self.tr("not said")
            button = _button(text, self.tr("Type choice: %1").replace("%1", text), checkable=True)
            button.clicked.connect(lambda _=False, n=name: self._pick_type(n))
            self._type_row.addWidget(button)
            self._type_buttons[name] = button
        self._type_options = options

    def _pick_type(self, name: str | None) -> None:
        self._walk.set_type_choice(name)
        self.refresh(self._walk.voting_state())

    def _chip_text(self, chip: Chip, revealed: bool) -> str:
        full = chip.participant.name
        # A chip is a button in a row: a name longer than CHIP_CHARACTERS is cut with an
        # ellipsis rather than widening the row past the screen (the roster shows it whole).
        short = full if len(full) <= CHIP_CHARACTERS else full[: CHIP_CHARACTERS - 1] + "…"
        name = button_text(isolated(short))  # a typed '&' is shown, not taken as a shortcut
        if revealed and chip.value is not None:
            return f"{name}  {chip.value}"
        return ("✓ " if chip.voted else "") + name

    def _chip_accessible_name(self, chip: Chip, revealed: bool) -> str:
        """What a screen reader says for a chip: the name, then whether (and once revealed,
        how) the person voted; "pressed" is read from the chip's checked state."""
        name = chip.participant.name
        if revealed and chip.value is not None:
            point = self._walk.session.scale.point(chip.value)
            return self.tr("{name}: voted {value}, {label}").format(
                name=name, value=chip.value, label=point.label
            )
        if chip.voted and chip.phone:
            return self.tr("{name}: has voted from a phone").format(name=name)
        if chip.voted:
            return self.tr("{name}: has voted").format(name=name)
        return self.tr("{name}: has not voted").format(name=name)

    def show_selection(self, participant_id: int | None) -> None:
        self._pick(participant_id)
        if participant_id in self.chips:
            self._chip_scroll.ensureWidgetVisible(self.chips[participant_id])

    def _pick(self, participant_id: int | None) -> None:
        # A click toggles a chip by itself, whatever the pick: so every chip is looked at,
        # but only one that is wrong is set (reading is cheap, setting repaints).
        for pid, button in self.chips.items():
            if button.isChecked() != (pid == participant_id):
                button.setChecked(pid == participant_id)

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

    @property
    def chips_waiting(self) -> int:
        """How many chips are still to be redrawn (a burst is spread over turns)."""
        return len(self._waiting)

    def _redraw_chip(self, button: QPushButton, chip: Chip, revealed: bool) -> None:
        # Chips have a fixed size: new text never moves a chip or re-lays the rows out.
        text = self._chip_text(chip, revealed)
        if button.text() != text:
            button.setText(text)
        tip = tooltip(chip.type_choice or "")
        if button.toolTip() != tip:
            button.setToolTip(tip)
        spoken = self._chip_accessible_name(chip, revealed)
        if button.accessibleName() != spoken:
            button.setAccessibleName(spoken)
        # A vote from a phone gives the chip a dashed border: same size, so nothing moves.
        if button.property("voted") != chip.voted or button.property("phone") != chip.phone:
            button.setProperty("voted", chip.voted)
            button.setProperty("phone", chip.phone)
            button.style().unpolish(button)
            button.style().polish(button)

    def status_text(self, state: VotingState) -> str:
        if state.round == 0 and state.expected == 0:
            # A new workshop has no one to vote yet: say where people come from, rather than
            # invite a vote nobody can cast.
            return self.tr("No participants yet: add them on the roster (Ctrl+1)")
        if state.round == 0:
            return self.tr("No round yet: vote to open round 1")
        shown = self.tr("revealed") if state.revealed else self.tr("hidden")
        if state.expected is None:
            count = (
                self.tr("1 hand counted")
                if state.voted == 1
                else self.tr("{n} hands counted").format(n=state.voted)
            )
        else:
            count = self.tr("{voted} of {expected} have voted").format(
                voted=state.voted, expected=state.expected
            )
        return self.tr("Round {round} ({shown}) · {count}").format(
            round=state.round, shown=shown, count=count
        )

    def refresh(self, state: VotingState) -> None:
        signature = tuple((c.participant.id, c.participant.name) for c in state.chips)
        rebuilt = signature != self._chip_signature
        if rebuilt:
            self._rebuild_chips(state.chips)
            self._chip_signature = signature
            self._fit_chip_area()
        if state.type_options != self._type_options:
            self._rebuild_types(state.type_options)
        self.status.setText(self.status_text(state))
        # As wide as the round's longest count ("18 of 18") from the start, and before the first
        # round as wide as round 1 will be: a line that grew a digit with each burst of phone
        # votes laid the whole console out again (and refitted the card) each time.
        full = state._replace(voted=max(state.voted, state.expected or 999))
        widest = max(
            self.status.fontMetrics().horizontalAdvance(self.status_text(s))
            for s in (full, full._replace(round=max(full.round, 1)))
        )
        if self.status.minimumWidth() != widest:
            self.status.setMinimumWidth(widest)
        # A reveal changes only the chips with a value to show.
        looks = {c.participant.id: (c, state.revealed and c.value is not None) for c in state.chips}
        # Chips still waiting from an earlier refresh keep their pace (a burst of phone votes
        # redraws the panel more than once): no second batch of CHIPS_AT_ONCE in one turn.
        at_least = 0 if self._more.isActive() else CHIPS_AT_ONCE
        self._waiting = {pid: look for pid, look in looks.items() if self._shown.get(pid) != look}
        self._redraw_waiting(at_least, all_at_once=rebuilt)  # new chips are never shown blank
        self._pick(state.selected)
        anonymous = state.anonymous
        writable = not self._walk.session.read_only
        # No chips, no chip area: an empty grey strip reads as something that failed to load.
        self._chip_scroll.setVisible(not anonymous and bool(state.chips))
        for value, button in self.points.items():
            point = self._walk.session.scale.point(value)
            label = f"{value}  {point.short}"
            if anonymous:
                label += f"  ·  {state.tally.get(value, 0)}"
            button.setText(label)
            self.minus[value].setVisible(anonymous)
            self.minus[value].setEnabled(writable and state.tally.get(value, 0) > 0)
            button.setEnabled(writable and (anonymous or state.selected is not None))
        has_types = bool(state.type_options)
        self._type_label.setVisible(has_types)
        for name, button in self._type_buttons.items():
            button.setChecked(name == state.type_choice)
        self.reveal_button.setEnabled(self._walk.can_reveal())
        self.new_round_button.setEnabled(self._walk.can_open_round())
        if anonymous:
            self._set_hint(self.tr("Number key: one hand more · Alt+number: one fewer"))
        elif state.selected is None and state.revealed:
            self._set_hint(self.tr("N opens a new round · pick a person to correct a vote"))
        elif state.selected is None and state.expected and state.voted >= state.expected:
            self._set_hint(self.tr("Everyone has voted · R reveals"))
        elif state.selected is None:
            self._set_hint(self.tr("← → picks a person, a number votes"))
        else:
            self._set_hint("")
