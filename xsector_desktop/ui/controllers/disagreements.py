"""The disagreement log of a card: objections, concerns, proposals and parking-lot items."""

from typing import NamedTuple

from xsector_desktop.core.model import (
    DISAGREEMENT_KINDS,
    Disagreement,
    DisagreementKind,
    DisagreementStatus,
)

from . import actions as act
from .phrases import QT_TRANSLATE_NOOP, Phrase
from .walkthrough import Run, WalkthroughController


class LoggedItem(NamedTuple):
    """A logged disagreement with the name of who raised it, as the log panel lists it."""

    item: Disagreement
    raised_by_name: str  # empty when not said


class DisagreementController:
    def __init__(self, walkthrough: WalkthroughController, run: Run) -> None:
        self._walk = walkthrough
        self._session = walkthrough.session
        self._run = run

    def items(self, card: str | None = None) -> list[LoggedItem]:
        names = {p.id: p.name for p in self._walk.participants()}
        found = self._session.store.disagreements(card=card or self._walk.current)
        return [
            LoggedItem(d, names.get(d.raised_by, "") if d.raised_by is not None else "")
            for d in sorted(found, key=lambda d: d.id)
        ]

    def add(self, kind: DisagreementKind, text: str, raised_by: int | None = None) -> bool:
        text = text.strip()
        if self._session.read_only or not text or kind not in DISAGREEMENT_KINDS:
            return False
        if not self._walk.is_card():
            return False
        latest = self._walk.current_round()
        card, number, store = (
            self._walk.current,
            latest.number if latest else 1,
            self._session.store,
        )
        stored = self._run(
            self._session.write(
                Phrase(QT_TRANSLATE_NOOP("actions", "add {kind}"), kind=kind),
                lambda: store.add_disagreement(card, number, kind, text, raised_by=raised_by),
                act.Change("disagreements", card, number),
            )
        )
        return stored is not False

    def set_status(self, item_id: int, status: DisagreementStatus) -> None:
        item = next((i.item for i in self.items() if i.item.id == item_id), None)
        if item is None or item.status == status or self._session.read_only:
            return
        store = self._session.store
        self._run(
            self._session.write(
                Phrase(
                    QT_TRANSLATE_NOOP("actions", "mark {kind} {status}"),
                    kind=item.kind,
                    status=status,
                ),
                lambda: store.set_disagreement_status(item.id, status),
                act.Change("disagreements", item.card, item.round),
            )
        )

    def toggle_status(self, item_id: int) -> None:
        item = next((i.item for i in self.items() if i.item.id == item_id), None)
        if item is not None:
            self.set_status(item_id, "resolved" if item.status == "open" else "open")
