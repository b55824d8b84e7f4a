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
from dataclasses import dataclass, field
from typing import Literal

from .deck import Deck
from .model import Disagreement, Participant, TrustStage, Vote, WorkshopInfo
from .scales import Scale

NoteKind = Literal["note", "next-step"]


@dataclass(frozen=True)
class VoteRecord:
    """One row of the vote history, as stored: an undo retracts a row, it never deletes it."""

    vote: Vote
    recorded_at: str = ""  # ISO 8601 timestamp, or empty when not known
    retracted: bool = False
    retracted_at: str = ""


@dataclass(frozen=True)
class RoundRecord:
    """A voting round on one card; revealed_at stays empty while its votes are hidden."""

    card: str
    round: int
    opened_at: str = ""
    revealed_at: str = ""

    @property
    def revealed(self) -> bool:
        return bool(self.revealed_at)


@dataclass(frozen=True)
class Note:
    """Something the facilitator wrote down.

    A note with a stage (a problem-solving stage key such as "observing") is a problem-solving
    note; kind "next-step" marks an agreed next step. card is None for the whole workshop.
    """

    text: str
    card: str | None = None
    stage: str | None = None
    kind: NoteKind = "note"


@dataclass(frozen=True)
class WorkshopSnapshot:
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
    card_seconds: Mapping[str, int] = field(default_factory=dict)  # time spent per card

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


def min_group_size(info: WorkshopInfo) -> int:
    """The smallest sector or role group that may be shown on its own.

    With privacy protection on, a group of fewer than 3 voters is not broken out: with 2, each
    can read the other's vote. With it off, 2 is still the least a mean-of-a-group can mean.
    """
    return 3 if info.privacy_protection else 2


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


@dataclass(frozen=True)
class BallotCode:
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
