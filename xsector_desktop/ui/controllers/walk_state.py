"""What the walk-through controller hands its views: plain, immutable records of the deck's
progress, the current round and its chips (the controller is in walkthrough.py)."""

from collections.abc import Mapping
from typing import Literal, NamedTuple

from xsector_desktop.core.model import NO_ENTRIES, Level, Participant
from xsector_desktop.core.stance import Stance

AgendaGroup = Literal["trait", "factor", "cycle"]
CardState = Literal["not-started", "voting", "revealed"]


class RoundInfo(NamedTuple):
    """One round of a card: its number and whether its votes are revealed."""

    number: int
    revealed: bool


class AgendaEntry(NamedTuple):
    """One line of the agenda: a card or cycle, how far its voting got, its level, its rounds."""

    key: str
    title: str
    group: AgendaGroup
    state: CardState | None  # None for a cycle, which is read, not voted on
    level: Level | None
    rounds: int
    stance: Stance | None = None  # how united and which way, beside the level (core.stance)


class Chip(NamedTuple):
    """One participant's chip on the voting panel: whether they voted and, once revealed, how."""

    participant: Participant
    voted: bool
    value: int | None  # only once the round is revealed
    type_choice: str | None
    phone: bool = False  # the vote came from the person's phone


class VotingState(NamedTuple):
    """What the voting panel draws for the current card's latest round."""

    card: str
    round: int  # 0 until the card's first round is opened
    revealed: bool
    anonymous: bool
    chips: tuple[Chip, ...]
    voted: int
    expected: int | None  # roster size; None in anonymous mode
    tally: dict[int, int]  # hands per scale value this round (anonymous mode)
    type_options: tuple[str, ...]
    type_choice: str | None
    selected: int | None  # participant id


class RoundSummary(NamedTuple):
    """One round of a card as the rounds panel shows it; its counts only once revealed."""

    number: int
    revealed: bool
    voted: int
    distribution: dict[int, int]  # scale value -> votes; empty while the round is hidden
    type_choices: Mapping[str, int] = NO_ENTRIES  # type name -> votes, on reveal
