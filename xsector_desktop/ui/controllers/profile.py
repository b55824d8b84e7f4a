"""The partnership profile and the sector view, from what the room has seen. Qt-free.

Only revealed rounds count: a hidden round must never show up in a position, a level, the trust
reading or a sector's bar. The analysis is the core's own (`core.snapshot.analyse` and
`breakdown`) over the workshop's snapshot with the hidden rounds' votes left out, so the profile
on screen agrees with the PDF summary.

The facilitator's trust-cycle choice and the problem-solving notes are undoable store writes;
they are announced on this controller's own `changed` event.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from xsector_desktop.core.model import TRUST_STAGES, Level, Reason, TrustStage
from xsector_desktop.core.snapshot import (
    Analysis,
    WorkshopSnapshot,
    analyse,
    breakdown,
    min_group_size,
    revealed_only,
)
from xsector_desktop.core.stance import Stance
from xsector_desktop.store.snapshot_io import load_snapshot

from . import actions as act
from .events import Event
from .phrases import QT_TRANSLATE_NOOP, Phrase
from .session import WorkshopSession

Run = act.Run
PROFILE = act.Change("profile")
GroupKind = Literal["sector", "role"]


class ProfileRow(NamedTuple):
    """One card's line of the partnership profile, from the revealed rounds only."""

    card: str
    title: str
    group: str  # "trait" or "factor"
    framework_types: tuple[str, ...]
    rounds: int
    position_value: int | None  # the scale value of the median vote of the latest round
    position_label: str  # that point's label, or "" when not voted
    support_share: float | None
    consensus: float | None
    level: Level | None
    type_choices: dict[str, int]
    stance: Stance | None = None  # how united and which way, from the latest revealed round


class TrustView(NamedTuple):
    """The trust-cycle stage suggested, with its reasons, and the stage the facilitator chose."""

    suggested: TrustStage
    reasons: tuple[Reason, ...]
    counts: dict[Level, int]
    chosen: TrustStage | None  # what the facilitator confirmed or chose instead; None before


class NoteRow(NamedTuple):
    """A facilitator's note as the notes panel lists it."""

    id: int
    card: str | None  # None for the whole workshop
    stage: str | None  # a problem-solving stage key
    text: str


class GroupRow(NamedTuple):
    """One sector or role group on a card: its size, mean rank and votes per scale point."""

    kind: GroupKind
    key: str
    n: int
    mean_rank: float
    counts: dict[int, int]  # scale value -> votes on the support continuum, in scale order


class SectorView(NamedTuple):
    """A card's latest revealed round by sector and by role, with small groups held back."""

    card: str
    round: int
    groups: tuple[GroupRow, ...]  # only groups of at least min_group voters
    held_back: int  # voters in sector groups too small to show
    unknown: int  # votes with no sector (show-of-hands tallies)
    min_group: int

    def of(self, kind: GroupKind) -> tuple[GroupRow, ...]:
        return tuple(g for g in self.groups if g.kind == kind)


class ProfileController:
    def __init__(self, session: WorkshopSession, run: Run) -> None:
        self.session = session
        self._run = run
        self._snapshot: WorkshopSnapshot | None = None
        self._analysis: Analysis | None = None
        self.changed: Event[None] = Event()
        session.changed.connect(self._on_change)

    def _on_change(self, change: act.Change) -> None:
        self.invalidate()
        if change.kind == "profile":  # a trust reading or a note: only the profile shows them
            self.changed.emit(None)

    # -- the analysis of what was revealed -------------------------------------------------

    def invalidate(self) -> None:
        self._snapshot = None
        self._analysis = None

    def snapshot(self) -> WorkshopSnapshot:
        if self._snapshot is None:
            shown = revealed_only(load_snapshot(self.session.store))
            self._snapshot = shown._replace(scale=self.session.scale)  # labels on screen
        return self._snapshot

    def analysis(self) -> Analysis:
        if self._analysis is None:
            self._analysis = analyse(self.snapshot())
        return self._analysis

    def rows(self) -> list[ProfileRow]:
        deck, scale = self.session.deck, self.session.scale
        rows = []
        for item in self.analysis().profile:
            card = deck.card(item.card)
            value = item.position_value
            rows.append(
                ProfileRow(
                    card=item.card,
                    title=card.title,
                    group=card.group,
                    framework_types=item.framework_types,
                    rounds=item.rounds,
                    position_value=value,
                    position_label=scale.point(value).label if value is not None else "",
                    support_share=item.support_share,
                    consensus=item.latest.consensus if item.latest else None,
                    level=item.level,
                    type_choices=dict(item.type_choices),
                    stance=item.latest.stance if item.latest else None,
                )
            )
        return rows

    # -- the trust cycle -------------------------------------------------------------------

    def trust(self) -> TrustView:
        reading = self.analysis().trust
        stored = self.session.store.trust_reading()
        return TrustView(
            reading.stage, reading.reasons, dict(reading.counts), stored.chosen if stored else None
        )

    def choose_stage(self, stage: TrustStage) -> None:
        """Confirm the suggested stage (choose it) or override it (choose another)."""
        if self.session.read_only or stage not in TRUST_STAGES:
            return
        suggested = self.analysis().trust.stage
        store = self.session.store
        text = Phrase(
            QT_TRANSLATE_NOOP("actions", "trust stage {stage} (suggested {suggested})"),
            stage=stage,
            suggested=suggested,
        )
        self._run(
            self.session.write(text, lambda: store.record_trust_reading(suggested, stage), PROFILE)
        )

    # -- problem-solving notes -------------------------------------------------------------

    def notes(self) -> list[NoteRow]:
        return [NoteRow(n.id, n.card, n.cycle_stage, n.text) for n in self.session.store.notes()]

    def add_note(self, card: str | None, stage: str | None, text: str) -> bool:
        text = text.strip()
        if self.session.read_only or not text:
            return False
        store = self.session.store
        stored = self._run(
            self.session.write(
                Phrase(QT_TRANSLATE_NOOP("actions", "note: {text}"), text=text[:30]),
                lambda: store.add_note(card, stage, text),
                PROFILE,
            )
        )
        return stored is not False

    # -- the sector view -------------------------------------------------------------------

    @property
    def min_group(self) -> int:
        return min_group_size(self.session.info)

    def sector_view(self, card: str) -> SectorView | None:
        """The latest revealed round of `card` by sector and by role; None before a reveal."""
        snapshot = self.snapshot()
        revealed = [r.round for r in snapshot.rounds if r.card == card and r.revealed]
        if not revealed:
            return None
        number = max(revealed)
        smallest = self.min_group
        found = breakdown(snapshot, card, number, smallest)
        counts = _counts_by_group(snapshot, card, number)
        groups = tuple(
            GroupRow(g.kind, g.key, g.n, g.mean_rank, counts.get((g.kind, g.key), {}))
            for g in found.groups
        )
        return SectorView(card, number, groups, found.held_back, found.unknown, smallest)


def _counts_by_group(
    snapshot: WorkshopSnapshot, card: str, number: int
) -> dict[tuple[str, str], dict[int, int]]:
    """Votes per scale point of each sector and role group; the same membership as breakdown."""
    scale = snapshot.scale
    people = {p.id: p for p in snapshot.participants}
    counts: dict[tuple[str, str], dict[int, int]] = {}
    for vote in snapshot.votes:
        if vote.card != card or vote.round != number or vote.participant_id is None:
            continue
        if not scale.has_value(vote.value) or scale.rank_of(vote.value) is None:
            continue
        person = people.get(vote.participant_id)
        if person is None or not person.sector:
            continue
        keys = [("sector", person.sector)]
        if person.role != "unsaid":
            keys.append(("role", person.role))
        for key in keys:
            table = counts.setdefault(key, {p.value: 0 for p in scale.ranked})
            table[vote.value] += 1
    return counts
