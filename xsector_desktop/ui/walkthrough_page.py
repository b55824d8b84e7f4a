"""The console's main view: agenda | card, rounds and voting | signal and disagreement log.

This page only composes views and routes the controller's change events to the views that show
them; the keys of the walk-through are wired here too, so they work wherever focus is on it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.core.text import isolated
from xsector_desktop.ui.plain_text import PlainLabel

from . import shortcuts, theme
from .controllers.actions import Change
from .controllers.disagreements import DisagreementController
from .controllers.walkthrough import AgendaEntry, WalkthroughController
from .tab_order import follow_layout
from .views.agenda import AgendaModel, AgendaView
from .views.card_view import CardView
from .views.log_panel import LogPanel
from .views.rounds_panel import RoundsPanel
from .views.signals_panel import SignalsPanel
from .views.voting_panel import VotingPanel


class ControllerSignals(QObject):
    """Qt signals for the controllers' plain events, so views and tests can wait on them."""

    changed = Signal(object)
    moved = Signal(str)
    selected = Signal(object)
    refreshed = Signal()

    def __init__(self, walk: WalkthroughController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        walk.session.changed.connect(self.changed.emit)
        walk.moved.connect(self.moved.emit)
        walk.selection_changed.connect(self.selected.emit)


def _panel(*widgets: QWidget, stretch_last: bool = False) -> QFrame:
    frame = QFrame()
    frame.setObjectName("panel")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 10, 10, 10)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_last and i == len(widgets) - 1 else 0)
    return frame


class WalkthroughPage(QWidget):
    def __init__(
        self,
        walk: WalkthroughController,
        log: DisagreementController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("console")
        self.walk = walk
        self.signals = ControllerSignals(walk, self)
        self._tab_order_stale = True
        session = walk.session

        self.heading = PlainLabel()
        self.heading.setFont(theme.font(12, bold=True))
        self.heading.setAccessibleDescription(self.tr("Workshop"))
        # Room for the timer and presenting controls of docs/room.md, at the right of the heading.
        self.header_right = QHBoxLayout()
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addLayout(self.header_right)

        agenda = walk.agenda()
        self.agenda_model = AgendaModel(agenda, self)
        self.agenda = AgendaView(self.agenda_model, walk.go_to)
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous card"))
        self.previous_button.setToolTip(self.tr("Page Up"))
        self.previous_button.clicked.connect(lambda: walk.step(-1))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next card"))
        self.next_button.setToolTip(self.tr("Page Down"))
        self.next_button.clicked.connect(lambda: walk.step(1))
        steps = QWidget()
        steps_row = QHBoxLayout(steps)
        steps_row.setContentsMargins(0, 0, 0, 0)
        steps_row.addWidget(self.previous_button)
        steps_row.addWidget(self.next_button)
        agenda_caption = PlainLabel(self.tr("AGENDA"))
        agenda_caption.setObjectName("muted")
        agenda_caption.setFont(theme.font(9.5, bold=True))
        left = _panel(agenda_caption, self.agenda, steps)
        left.layout().setStretch(1, 1)
        self.left_panel = left  # the room's live view goes under the agenda while presenting
        left.setFixedWidth(215)

        self.card = CardView()
        self.rounds = RoundsPanel(session.scale)
        self.voting = VotingPanel(walk)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(12, 0, 12, 0)
        centre_layout.addWidget(self.card, 1)
        centre_layout.addWidget(self.rounds)
        centre_layout.addWidget(self.voting)

        self.signal_panel = SignalsPanel()
        self.log_panel = LogPanel(log)
        self.cycle_note = PlainLabel(
            self.tr(
                "A behaviour cycle is read and discussed, not voted on. The group's place in the "
                "trust cycle is suggested from the signals of all the cards."
            )
        )
        self.cycle_note.setWordWrap(True)
        self.cycle_note.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.cycle_note.setObjectName("muted")
        right = _panel(self.signal_panel, self.cycle_note, self.log_panel, stretch_last=True)
        right.setFixedWidth(290)

        self.columns = (left, centre, right)
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(left)
        body.addWidget(centre, 1)
        body.addWidget(right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addLayout(header)
        layout.addLayout(body, 1)

        self.signals.changed.connect(self._on_change)
        self.signals.moved.connect(lambda _key: self.refresh_all())
        self.signals.selected.connect(self._on_selected)
        self._install_keys()
        self.refresh_all(agenda)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tab_order_stale = True  # the room's controls join the header after the page

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab: the order follows the layouts (ui/tab_order), worked out when Tab is first
        pressed after the page changed, so opening a workshop does not pay for it. Qt also
        asks here when the page is hidden with the focus in it (closing the workshop, say):
        the focus leaves the page then, and the page's own order does not matter."""
        if self._tab_order_stale and self.isVisible():
            follow_layout(self)
            self._tab_order_stale = False
        return super().focusNextPrevChild(next)

    # -- keys -----------------------------------------------------------------------------

    def _key(self, sequence: str | QKeySequence, slot: object) -> QShortcut:
        shortcut = QShortcut(QKeySequence(sequence), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _install_keys(self) -> None:
        """The walk-through's keys, from ui/shortcuts.py (where the help reads them too)."""
        walk, key = self.walk, shortcuts.key
        self._key(key("reveal"), walk.reveal)
        self._key(key("new-round"), walk.new_round)
        self._key(key("type-choice"), self._cycle_type)
        self._key(key("pick", 0), lambda: walk.select_step(-1))
        self._key(key("pick", 1), lambda: walk.select_step(1))
        self._key(key("card", 0), lambda: walk.step(-1))
        self._key(key("card", 1), lambda: walk.step(1))
        self._key(key("log"), self.log_panel.text.setFocus)
        votes, fewer = shortcuts.SHORTCUTS["vote"].keys, shortcuts.SHORTCUTS["hand-fewer"].keys
        for vote_key, fewer_key in zip(votes, fewer, strict=True):
            value = int(vote_key)
            if walk.session.scale.has_value(value):
                self._key(vote_key, lambda v=value: self.number_key(v))
                self._key(fewer_key, lambda v=value: self.voting.remove_hand(v))

    def number_key(self, value: int) -> None:
        self.voting.cast(value)

    def room_number_key(self, value: int) -> None:
        """A number typed on the audience window (one screen): never a question the room
        would see, so a revealed round is left as it is (N opens the next round)."""
        self.voting.cast(value, may_ask=False)

    def _cycle_type(self) -> None:
        self.walk.cycle_type_choice()
        self.voting.refresh(self.walk.voting_state())

    # -- drawing --------------------------------------------------------------------------

    def _on_selected(self, participant_id: int | None) -> None:
        self.voting.show_selection(participant_id)
        self.voting.refresh(self.walk.voting_state())

    def _on_change(self, change: Change) -> None:
        if change.kind == "profile":
            return
        if change.kind == "votes" and change.card == self.walk.current:
            state = self.walk.voting_state()
            self.voting.refresh(state)
            self.rounds.refresh(self.walk.round_summaries())
            if state.revealed:
                self._refresh_signal()
                self.agenda_model.update_entries(self.walk.agenda())
            self.signals.refreshed.emit()
            return
        # A round opened (or its opening undone) on the card on screen: the card reads as it
        # did, and showing it again would rebuild and re-fit it, the longest part of a redraw.
        same_card = change.kind == "rounds" and change.card == self.walk.current
        self.refresh_all(keep_card=same_card and self.walk.is_card())

    def _refresh_signal(self) -> None:
        latest = self.walk.signals.latest(self.walk.current) if self.walk.is_card() else None
        current = self.walk.current_round() if self.walk.is_card() else None
        types = len(self.walk.session.deck.card(self.walk.current).type_names) if latest else 1
        self.signal_panel.refresh(latest, bool(current and not current.revealed), types)

    def refresh_all(
        self, agenda: list[AgendaEntry] | None = None, *, keep_card: bool = False
    ) -> None:
        """Shows the current card afresh (or, `keep_card`, all but the card itself, which is
        already on screen); `agenda` is the walk's agenda if the caller has it."""
        walk, session = self.walk, self.walk.session
        key = walk.current
        deck = session.deck
        if walk.is_card():
            position = deck.card_keys.index(key) + 1
            if not keep_card:
                self.card.show_card(deck.card(key), position, len(deck.card_keys))
            where = self.tr("Card {n} of {total}").format(n=position, total=len(deck.card_keys))
        else:
            self.card.show_cycle(deck.cycle(key))
            where = deck.cycle(key).title
        info = session.info
        bits = [isolated(info.partnership), isolated(info.date), where]
        if session.read_only:
            bits.append(self.tr("READ-ONLY"))
        self.heading.setText("  ·  ".join(b for b in bits if b))
        self.agenda_model.update_entries(walk.agenda() if agenda is None else agenda)
        self.agenda.follow(key)
        is_card = walk.is_card()
        self.voting.setVisible(is_card)
        self.rounds.setVisible(is_card)
        self.log_panel.setVisible(is_card)
        self.signal_panel.setVisible(is_card)
        self.cycle_note.setVisible(not is_card)
        if is_card:
            self.voting.refresh(walk.voting_state())
            self.rounds.refresh(walk.round_summaries())
            self.log_panel.set_people(walk.participants())
            self.log_panel.refresh(not session.read_only)
            self._refresh_signal()
        self.previous_button.setEnabled(key != walk.keys[0])
        self.next_button.setEnabled(key != walk.keys[-1])
        self._tab_order_stale = True  # chips and type buttons were just built for this card
        self.signals.refreshed.emit()
