"""A workshop frozen as plain values: everything a report or an export needs, and its analysis.

The CLI and the UI build a WorkshopSnapshot from the store; the report layer reads only this, so
it never touches SQLite and a test can build one by hand. The functions below derive the analysis
(signals per card and round, the profile, the trust-cycle suggestion) with the workshop's own
privacy setting, so every output of one workshop agrees with every other.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Literal, NamedTuple

from .deck import Deck
from .model import NO_ENTRIES, SECTORS, Disagreement, Participant, TrustStage, Vote, WorkshopInfo
from .profile import CardProfile, build_profile
from .scales import Scale
from .signals import RoundSignals, SignalSettings, latest_by_card, workshop_signals
from .trust import TrustReading, suggest_trust_stage

NoteKind = Literal["note", "next-step"]


class VoteRecord(NamedTuple):
    """One row of the vote history, as stored: an undo retracts a row, it never deletes it."""

    vote: Vote
    recorded_at: str = ""  # ISO 8601 timestamp, or empty when not known
    retracted: bool = False
    retracted_at: str = ""


class RoundRecord(NamedTuple):
    """A voting round on one card; revealed_at stays empty while its votes are hidden."""

    card: str
    round: int
    opened_at: str = ""
    revealed_at: str = ""

    @property
    def revealed(self) -> bool:
        return bool(self.revealed_at)


class Note(NamedTuple):
    """Something the facilitator wrote down.

    A note with a stage (a problem-solving stage key such as "observing") is a problem-solving
    note; kind "next-step" marks an agreed next step. card is None for the whole workshop.
    """

    text: str
    card: str | None = None
    stage: str | None = None
    kind: NoteKind = "note"


class WorkshopSnapshot(NamedTuple):
    """Everything one workshop holds, as plain values a report, an export or a test can read."""

    info: WorkshopInfo
    deck: Deck
    scale: Scale
    participants: tuple[Participant, ...] = ()
    votes: tuple[Vote, ...] = ()  # the effective votes: retracted rows already left out
    vote_history: tuple[VoteRecord, ...] = ()  # every row, retracted ones included
    disagreements: tuple[Disagreement, ...] = ()  # the effective ones, with their status
    rounds: tuple[RoundRecord, ...] = ()
    trust_stage: TrustStage | None = None  # the stage the facilitator confirmed, if any
    notes: tuple[Note, ...] = ()
    card_seconds: Mapping[str, int] = NO_ENTRIES  # time spent per card
    # The workshop's own thresholds (min_group follows info.privacy_protection regardless), and
    # why a stored threshold was set aside, if one was (see signal_settings.read_thresholds).
    thresholds: SignalSettings = SignalSettings()
    threshold_problems: tuple[str, ...] = ()

    def participant(self, participant_id: int | None) -> Participant | None:
        for p in self.participants:
            if p.id == participant_id:
                return p
        return None

    def card_rounds(self, card: str) -> tuple[int, ...]:
        """The rounds a card had, from the round records and from the votes, in order."""
        numbers = {r.round for r in self.rounds if r.card == card}
        numbers.update(v.round for v in self.votes if v.card == card)
        return tuple(sorted(numbers))


def revealed_rounds(snapshot: WorkshopSnapshot) -> frozenset[tuple[str, int]]:
    """(card, round) of every round the facilitator revealed to the room."""
    return frozenset((r.card, r.round) for r in snapshot.rounds if r.revealed)


def hidden_rounds(snapshot: WorkshopSnapshot) -> tuple[tuple[str, int], ...]:
    """(card, round) of every round with votes, or opened, that the room never saw, in order."""
    shown = revealed_rounds(snapshot)
    found = {(r.card, r.round) for r in snapshot.rounds} | {
        (v.card, v.round) for v in snapshot.votes
    }
    return tuple(sorted(found - shown))


def revealed_only(snapshot: WorkshopSnapshot) -> WorkshopSnapshot:
    """The snapshot with the votes of hidden rounds left out: what may be printed or shown.

    A round without a round record counts as hidden: nothing says the room saw it.
    """
    shown = revealed_rounds(snapshot)
    return snapshot._replace(
        votes=tuple(v for v in snapshot.votes if (v.card, v.round) in shown),
        vote_history=tuple(
            r for r in snapshot.vote_history if (r.vote.card, r.vote.round) in shown
        ),
    )


def min_group_size(info: WorkshopInfo) -> int:
    """The smallest sector or role group that may be shown on its own in this workshop."""
    return signal_settings(info).min_group


# ---------------------------------------------------------------------------------------------
# Ballot codes: printed on paper ballots so a ballot can be keyed in later and checked.

_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base 32: no I, L, O, U
_CODE_PATTERN = re.compile(r"([PB])(\d{1,4})-([0-9A-Z]{3})")


def _check_letters(info: WorkshopInfo, kind: str, number: int) -> str:
    digest = hashlib.sha256(f"{info.partnership}\n{info.date}\n{kind}{number}".encode()).digest()
    value = int.from_bytes(digest[:4], "big")
    return "".join(_CODE_ALPHABET[(value >> (5 * i)) & 31] for i in range(3))


def ballot_code(info: WorkshopInfo, participant_id: int | None, blank_number: int = 0) -> str:
    """A short code such as "P7-K3Q" (participant 7) or "B2-9XD" (blank ballot 2).

    The three check letters depend on the workshop, so a ballot from another workshop, or a
    mistyped code, is caught when keyed in.
    """
    if participant_id is not None:
        return f"P{participant_id}-{_check_letters(info, 'P', participant_id)}"
    if blank_number < 1:
        raise ValueError("a blank ballot needs a number from 1")
    return f"B{blank_number}-{_check_letters(info, 'B', blank_number)}"


class BallotCode(NamedTuple):
    """Whose paper ballot a keyed-in code names: a participant's, or a numbered blank one."""

    participant_id: int | None
    blank_number: int | None


def parse_ballot_code(info: WorkshopInfo, code: str) -> BallotCode:
    """Read a keyed-in ballot code back; ValueError says what is wrong with it."""
    cleaned = code.strip().upper().replace("O", "0").replace("I", "1").replace("L", "1")
    match = _CODE_PATTERN.fullmatch(cleaned)
    if not match:
        raise ValueError(f"ballot code '{code}' is not of the form P12-ABC or B3-ABC")
    kind, number_text, check = match.groups()
    number = int(number_text)
    if _check_letters(info, kind, number) != check:
        raise ValueError(f"ballot code '{code}' does not belong to this workshop (or has a typo)")
    if kind == "P":
        return BallotCode(participant_id=number, blank_number=None)
    return BallotCode(participant_id=None, blank_number=number)


# ---------------------------------------------------------------------------------------------
# The analysis every output of a workshop shares.


class Analysis(NamedTuple):
    """A workshop's signals, profile and trust suggestion, worked out with its own settings."""

    settings: SignalSettings
    signals: tuple[RoundSignals, ...]  # every card and round with votes: deck order, then round
    profile: tuple[CardProfile, ...]  # one per card of the deck, voted or not
    trust: TrustReading

    def card_signals(self, card: str) -> tuple[RoundSignals, ...]:
        return tuple(s for s in self.signals if s.card == card)

    def latest(self, card: str) -> RoundSignals | None:
        rounds = self.card_signals(card)
        return rounds[-1] if rounds else None


def signal_settings(info: WorkshopInfo, base: SignalSettings | None = None) -> SignalSettings:
    """The facilitator's thresholds with the workshop's own privacy rule applied."""
    return (base or SignalSettings()).with_privacy(info.privacy_protection)


def analyse(snapshot: WorkshopSnapshot, settings: SignalSettings | None = None) -> Analysis:
    """The analysis with `settings`, or else the workshop's own stored thresholds."""
    chosen = signal_settings(snapshot.info, settings or snapshot.thresholds)
    signals = workshop_signals(
        snapshot.scale,
        snapshot.deck.card_keys,
        snapshot.votes,
        {p.id: p for p in snapshot.participants},
        snapshot.disagreements,
        chosen,
    )
    types = {card.key: card.type_names for card in snapshot.deck.cards}
    profile = build_profile(snapshot.deck.card_keys, types, signals)
    trust = suggest_trust_stage(latest_by_card(signals), signals)
    return Analysis(chosen, tuple(signals), tuple(profile), trust)


class GroupPosition(NamedTuple):
    """Where one sector or role group stands on a card in a round (ranks 1 .. k)."""

    kind: Literal["sector", "role"]
    key: str
    n: int
    mean_rank: float


class Breakdown(NamedTuple):
    """Mean positions by sector and by role for one card and round, and the votes left out."""

    groups: tuple[GroupPosition, ...]  # only groups of at least min_group voters
    held_back: int  # ranked voters in groups too small to show
    unknown: int  # ranked votes with no participant (tallies) or no sector on the roster


def breakdown(
    snapshot: WorkshopSnapshot, card: str, round_number: int, min_group: int
) -> Breakdown:
    """Mean position per sector and per role for one card and round, small groups left out.

    Only votes on the support continuum count, as in the signals; "unsaid" is not a role group.
    """
    people = {p.id: p for p in snapshot.participants}
    by_sector: dict[str, list[int]] = {}
    by_role: dict[str, list[int]] = {}
    unknown = 0
    for vote in snapshot.votes:
        if vote.card != card or vote.round != round_number:
            continue
        rank = snapshot.scale.rank_of(vote.value) if snapshot.scale.has_value(vote.value) else None
        if rank is None:
            continue
        person = people.get(vote.participant_id) if vote.participant_id is not None else None
        if person is None or not person.sector:
            unknown += 1
            continue
        by_sector.setdefault(person.sector, []).append(rank)
        if person.role != "unsaid":
            by_role.setdefault(person.role, []).append(rank)
    groups: list[GroupPosition] = []
    held_back = 0
    tables: tuple[tuple[Literal["sector", "role"], dict[str, list[int]]], ...] = (
        ("sector", by_sector),
        ("role", by_role),
    )
    for kind, table in tables:
        for key in sorted(table, key=lambda k: (_sector_order(k), k)):
            ranks = table[key]
            if len(ranks) >= min_group:
                groups.append(GroupPosition(kind, key, len(ranks), sum(ranks) / len(ranks)))
            elif kind == "sector":
                held_back += len(ranks)
    return Breakdown(tuple(groups), held_back, unknown)


def _sector_order(key: str) -> int:
    return SECTORS.index(key) if key in SECTORS else len(SECTORS)


class SectorCount(NamedTuple):
    """How many on the roster are of one sector; sector None is the small ones folded together."""

    sector: str | None  # None for the sectors folded together because they are small
    people: int


def roster_by_sector(snapshot: WorkshopSnapshot) -> tuple[SectorCount, ...]:
    """Participants per sector, in the roster's sector order.

    With privacy protection on, sectors of fewer than 3 people are folded into one row
    (sector None), so a printed count never points at one or two people.
    """
    counts: dict[str, int] = {}
    for person in snapshot.participants:
        counts[person.sector] = counts.get(person.sector, 0) + 1
    smallest = min_group_size(snapshot.info) if snapshot.info.privacy_protection else 1
    rows = [
        SectorCount(s, n)
        for s, n in sorted(counts.items(), key=lambda kv: (_sector_order(kv[0]), kv[0]))
        if n >= smallest
    ]
    folded = sum(n for n in counts.values() if n < smallest)
    if folded:
        rows.append(SectorCount(None, folded))
    return tuple(rows)


def display_names(snapshot: WorkshopSnapshot) -> dict[int, str]:
    """The name to print for each participant: their own, or "Participant 3" when anonymised."""
    if snapshot.info.anonymise_names:
        return {p.id: f"Participant {i}" for i, p in enumerate(snapshot.participants, start=1)}
    return {p.id: p.name for p in snapshot.participants}
