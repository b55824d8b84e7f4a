"""Small builders of core records for tests (pytest puts tests/ on the import path)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import count

from xsector_desktop.core.model import (
    SECTORS,
    Disagreement,
    DisagreementStatus,
    Participant,
    Role,
    Vote,
)

_ids = count(1)


def roster(groups: Iterable[tuple[str, Role, int]]) -> dict[int, Participant]:
    """Participants from (sector, role, how many) triples, ids 1, 2, 3, ..."""
    people: dict[int, Participant] = {}
    for sector, role, how_many in groups:
        for _ in range(how_many):
            pid = len(people) + 1
            people[pid] = Participant(pid, f"P{pid}", sector, role)
    return people


def votes_for(
    card: str, round_: int, values_by_participant: Iterable[tuple[int | None, int]]
) -> list[Vote]:
    return [Vote(next(_ids), pid, card, round_, value) for pid, value in values_by_participant]


def tally(card: str, round_: int, values: Sequence[int]) -> list[Vote]:
    """Show-of-hands votes: one row per hand, no participant."""
    return votes_for(card, round_, [(None, v) for v in values])


def objection(card: str, round_: int, status: DisagreementStatus = "open") -> Disagreement:
    return Disagreement(next(_ids), card, round_, "objection", "we cannot", None, status)


def thousand_person_room() -> tuple[dict[int, Participant], list[str], list[Vote]]:
    """1,000 people in every sector and role, 11 cards, 3 rounds: 33,000 votes."""
    roles: tuple[Role, ...] = ("doer", "decision-maker", "unsaid")
    people = {
        pid: Participant(pid, f"P{pid}", SECTORS[pid % len(SECTORS)], roles[pid % 3])
        for pid in range(1, 1001)
    }
    cards = [f"card-{c}" for c in range(11)]
    votes = [
        Vote(len(cards) * 3 * pid + r * 11 + c, pid, card, r, 1 + (pid * (c + 1) + r) % 5)
        for pid in people
        for c, card in enumerate(cards)
        for r in (1, 2, 3)
    ]
    return people, cards, votes
