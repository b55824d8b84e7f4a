"""Notes on the problem-solving cycle, per card or for the whole workshop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.ui.plain_text import PlainLabel

from .. import theme
from ..accessible import buddy_label
from ..controllers.profile import ProfileController


class NotesPanel(QWidget):
    def __init__(self, profile: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        deck = profile.session.deck
        cycle = next((c for c in deck.cycles if c.key == "problem-solving"), None)
        self.stage_keys = cycle.stage_keys if cycle else ()
        caption = PlainLabel(self.tr("PROBLEM-SOLVING NOTES"))
        caption.setObjectName("muted")
        caption.setFont(theme.font(9.5, bold=True))
        self.card = QComboBox()
        self.card.setAccessibleName(self.tr("Note about"))
        self.card.addItem(self.tr("The whole workshop"), None)
        for card in deck.cards:
            self.card.addItem(card.title, card.key)
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Problem-solving stage"))
        for key in self.stage_keys:
            assert cycle is not None
            self.stage.addItem(cycle.stage(key).name, key)
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Note text"))
        self.text.setPlaceholderText(self.tr("What did the group observe, interpret, try…"))
        self.text.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.add_button.clicked.connect(self.add)
        form = QGridLayout()
        form.addWidget(buddy_label(self.tr("About"), self.card), 0, 0)
        form.addWidget(self.card, 0, 1)
        form.addWidget(buddy_label(self.tr("Stage"), self.stage), 1, 0)
        form.addWidget(self.stage, 1, 1)
        form.addWidget(self.text, 2, 0, 1, 2)
        form.addWidget(self.add_button, 3, 1, Qt.AlignmentFlag.AlignRight)
        self.listing = PlainLabel()
        self.listing.setWordWrap(True)
        self.listing.setTextFormat(Qt.TextFormat.PlainText)
        self.listing.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.listing.setAccessibleDescription(self.tr("Notes"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.listing)
        scroll.setAccessibleName(self.tr("Notes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        read_only = profile.session.read_only
        for widget in (self.card, self.stage, self.text, self.add_button):
            widget.setEnabled(not read_only)

    def show_card(self, key: str | None) -> None:
        """Offer the card the meeting is on as what a new note is about."""
        index = self.card.findData(key)
        if index >= 0:
            self.card.setCurrentIndex(index)

    def add(self) -> None:
        if self.profile.add_note(
            self.card.currentData(), self.stage.currentData(), self.text.text()
        ):
            self.text.clear()

    def refresh(self) -> None:
        deck = self.profile.session.deck
        cycle = next((c for c in deck.cycles if c.key == "problem-solving"), None)
        notes = self.profile.notes()
        blocks = []
        for key in (*self.stage_keys, None):
            here = [n for n in notes if n.stage == key]
            if not here:
                continue
            title = cycle.stage(key).name if cycle and key else self.tr("Other notes")
            lines = [title.upper()]
            for note in here:
                about = (
                    deck.card(note.card).title
                    if note.card and deck.has_card(note.card)
                    else self.tr("Whole workshop")
                )
                lines.append(f"  •  {about}: {note.text}")
            blocks.append("\n".join(lines))
        self.listing.setText("\n\n".join(blocks) or self.tr("No notes yet."))
