"""The console's partnership profile: every card, the trust cycle with the facilitator's choice,
and the problem-solving notes. P (or the Back button) returns to the walk-through.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.core.model import TRUST_STAGES
from xsector_desktop.ui.plain_text import PlainLabel

from .. import theme
from ..controllers.profile import ProfileController
from . import trust_words
from .notes_panel import NotesPanel
from .rows import ProfileGrid
from .trust_cycle import TrustCycleDrawing


class ProfilePage(QWidget):
    back_requested = Signal()
    refreshed = Signal()
    page_turn = Signal(int)  # Page Down / Page Up: the room's profile, when it has pages

    def __init__(self, profile: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("console")
        self.profile = profile
        title = PlainLabel(self.tr("Partnership profile"))
        title.setFont(theme.font(20, bold=True))
        self.back_button = QPushButton(self.tr("◀ Back to the walk-through (P)"))
        self.back_button.setAccessibleName(self.tr("Back to the walk-through"))
        self.back_button.clicked.connect(self.back_requested.emit)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.back_button)

        self.grid = ProfileGrid(15.0)
        grid_scroll = QScrollArea()
        grid_scroll.setWidgetResizable(True)
        grid_scroll.setFrameShape(QFrame.Shape.NoFrame)
        grid_scroll.setWidget(self.grid)
        grid_scroll.setAccessibleName(self.tr("Every card at a glance"))

        self.cycle = TrustCycleDrawing()
        self.suggestion = PlainLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setFont(theme.font(12.5, bold=True))
        self.reasons = PlainLabel()
        self.reasons.setWordWrap(True)
        self.choice_hint = PlainLabel(
            self.tr("Confirm the suggested stage or choose another (keys 1 to 4):")
        )
        self.choice_hint.setObjectName("muted")
        self.choice_hint.setWordWrap(True)
        self.stage_buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        choices = QHBoxLayout()
        for number, stage in enumerate(TRUST_STAGES, start=1):
            button = QPushButton(f"{number} {trust_words.stage(stage)}")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Choose {s}").format(s=trust_words.stage(stage)))
            button.setToolTip(trust_words.stage_meaning(stage))
            button.clicked.connect(lambda _=False, s=stage: self.profile.choose_stage(s))
            self._group.addButton(button)
            choices.addWidget(button)
            self.stage_buttons[stage] = button
            key = QShortcut(QKeySequence(str(number)), self)
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.activated.connect(lambda s=stage: self.profile.choose_stage(s))
        self.notes = NotesPanel(profile)

        trust_panel = QFrame()
        trust_panel.setObjectName("panel")
        trust_layout = QVBoxLayout(trust_panel)
        caption = PlainLabel(self.tr("TRUST CYCLE"))
        caption.setObjectName("muted")
        caption.setFont(theme.font(9.5, bold=True))
        trust_layout.addWidget(caption)
        trust_layout.addWidget(self.cycle, 1)
        trust_layout.addWidget(self.suggestion)
        trust_layout.addWidget(self.reasons)
        trust_layout.addWidget(self.choice_hint)
        trust_layout.addLayout(choices)
        notes_panel = QFrame()
        notes_panel.setObjectName("panel")
        QVBoxLayout(notes_panel).addWidget(self.notes)
        right = QVBoxLayout()
        right.addWidget(trust_panel, 3)
        right.addWidget(notes_panel, 2)
        body = QHBoxLayout()
        body.addWidget(grid_scroll, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        read_only = profile.session.read_only
        for button in self.stage_buttons.values():
            button.setEnabled(not read_only)
        profile.changed.connect(lambda _none: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.grid.show_rows(self.profile.rows())
        trust = self.profile.trust()
        self.cycle.set_reading(trust.suggested, trust.chosen)
        suggested = trust_words.stage(trust.suggested)
        if trust.chosen is None:
            text = self.tr("Suggested: {s}. Not yet confirmed.").format(s=suggested)
        elif trust.chosen == trust.suggested:
            text = self.tr("{s}: suggested and confirmed.").format(s=suggested)
        else:
            text = self.tr("Chosen: {c} (the signals suggested {s}).").format(
                c=trust_words.stage(trust.chosen), s=suggested
            )
        self.suggestion.setText(text)
        self.reasons.setText("\n".join("• " + trust_words.reason(r) for r in trust.reasons))
        self._group.setExclusive(False)  # so that no stage is checked before a choice
        for stage, button in self.stage_buttons.items():
            button.setChecked(stage == trust.chosen)
            mark = self.tr(" (suggested)") if stage == trust.suggested else ""
            number = TRUST_STAGES.index(stage) + 1
            button.setText(f"{number} {trust_words.stage(stage)}{mark}")
        self._group.setExclusive(True)
        self.notes.refresh()
        self.refreshed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.page_turn.emit(1 if event.key() == Qt.Key.Key_PageDown else -1)
            return
        super().keyPressEvent(event)
