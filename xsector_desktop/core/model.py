"""The workshop's records as plain, immutable values.

These types are the contract between the layers: the store reads and writes them, the signal
functions take them, the reports and the UI show them. They hold codes and numbers, never
sentences meant for the screen.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

# Sector keys offered by the roster; anything else is an "other (say which)" sector and is kept
# as the text the facilitator typed.
SECTORS: tuple[str, ...] = (
    "government",
    "business",
    "nonprofit",
    "philanthropy",
    "community",
    "education",
    "health",
)

Role = Literal["doer", "decision-maker", "unsaid"]
ROLES: tuple[Role, ...] = ("doer", "decision-maker", "unsaid")

DisagreementKind = Literal["objection", "concern", "proposal", "parking-lot"]
DISAGREEMENT_KINDS: tuple[DisagreementKind, ...] = (
    "objection",
    "concern",
    "proposal",
    "parking-lot",
)

DisagreementStatus = Literal["open", "resolved"]

VoteSource = Literal["live", "tally", "paper", "import", "phone"]

Level = Literal["calm", "watch", "storming"]
LEVELS: tuple[Level, ...] = ("calm", "watch", "storming")

# The default of a record's mapping field: empty and read-only, so one object serves them all.
NO_ENTRIES: Mapping[Any, Any] = MappingProxyType({})

TrustStage = Literal["forming", "storming", "norming", "performing"]
TRUST_STAGES: tuple[TrustStage, ...] = ("forming", "storming", "norming", "performing")


class WorkshopInfo(NamedTuple):
    """A workshop's details, its deck and scale, and how it treats names and small groups."""

    partnership: str
    date: str = ""  # ISO date, YYYY-MM-DD, or empty
    place: str = ""
    facilitator: str = ""
    deck: str = "living-cities-2013"
    scale: str = "agree5"
    anonymous: bool = False  # votes are show-of-hands tallies, no roster
    anonymise_names: bool = False  # print aliases only in the PDF appendix
    privacy_protection: bool = True  # hide sector/role groups of fewer than 3 voters


class Participant(NamedTuple):
    """One person on the workshop's roster, with their sector and role."""

    id: int
    name: str
    sector: str  # a key of SECTORS, or free text for "other"
    role: Role = "unsaid"


class Vote(NamedTuple):
    """One participant's point on the scale for one card in one round.

    participant_id is None for a show-of-hands tally vote: one row per hand.
    """

    id: int
    participant_id: int | None
    card: str
    round: int
    value: int
    type_choice: str | None = None
    comment: str = ""
    source: VoteSource = "live"


class Disagreement(NamedTuple):
    """An objection, concern, proposal or parking-lot item logged on a card in a round."""

    id: int
    card: str
    round: int
    kind: DisagreementKind
    text: str
    raised_by: int | None = None  # participant id, or None when not said
    status: DisagreementStatus = "open"


class Reason(NamedTuple):
    """Why a level was given: a code plus the numbers and names that fill it in.

    Codes are rendered to words by the report (English) and the UI (translated).
    """

    code: str
    params: Mapping[str, str | int | float] = NO_ENTRIES
    level: Level = "watch"  # the level this reason alone would give


class Split(NamedTuple):
    """The gap between the mean positions of two groups, in scale points."""

    group_a: str
    group_b: str
    mean_a: float
    mean_b: float
    n_a: int
    n_b: int

    @property
    def gap(self) -> float:
        return abs(self.mean_a - self.mean_b)
