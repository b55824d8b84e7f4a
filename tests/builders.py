"""Small builders of core records for tests (pytest puts tests/ on the import path)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import count

from xsector_desktop.core.model import Disagreement, DisagreementStatus, Participant, Role, Vote

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
