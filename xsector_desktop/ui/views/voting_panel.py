"""The voting panel: a chip per participant, the scale's points, tallies, type choice, actions.

Mouse: pick a chip, then a scale point. Keyboard (wired by the main window): the point's number
votes for the picked chip and moves to the next one. In anonymous mode each point has a hand
counter with - and +.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from xsector_desktop.ui.plain_text import PlainLabel

from .. import theme
from ..controllers.walkthrough import VotingState, WalkthroughController
from .chip_strip import ChipStrip
from .correction import Correction, ask_correction
from .discard import discard


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

        self.strip = ChipStrip(scale, walk.select)

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
        layout.addWidget(self.strip)
        type_wrap = QHBoxLayout()
        type_wrap.addWidget(self._type_label)
        type_wrap.addLayout(self._type_row)
        type_wrap.addStretch(1)
        layout.addLayout(type_wrap)
        layout.addLayout(point_row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
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

    # -- drawing ----------------------------------------------------------------------------

    @property
    def chips(self) -> dict[int, QPushButton]:
        """The participants' chips by participant id (the strip's)."""
        return self.strip.chips

    def show_selection(self, participant_id: int | None) -> None:
        self.strip.show_selection(participant_id)

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
        self.strip.show_chips(state.chips, state.revealed)
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
        self.strip.pick(state.selected)
        anonymous = state.anonymous
        writable = not self._walk.session.read_only
        # No chips, no chip area: an empty grey strip reads as something that failed to load.
        self.strip.setVisible(not anonymous and bool(state.chips))
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
