"""The snapshot's derived views: privacy settings, group positions, sector counts, names."""

from __future__ import annotations

import threading
from pathlib import Path

from xsector_desktop.core.snapshot import (
    WorkshopSnapshot,
    analyse,
    breakdown,
    display_names,
    min_group_size,
    roster_by_sector,
)
from xsector_desktop.report.summary import build_summary_pdf


def test_privacy_protection_sets_the_smallest_group(snapshot: WorkshopSnapshot) -> None:
    assert min_group_size(snapshot.info) == 3
    assert analyse(snapshot).settings.min_group == 3
    open_info = snapshot.info._replace(privacy_protection=False)
    assert min_group_size(open_info) == 2
    assert analyse(snapshot._replace(info=open_info)).settings.min_group == 2


def test_breakdown_means_match_the_votes_and_hide_small_sectors(
    snapshot: WorkshopSnapshot,
) -> None:
    result = breakdown(snapshot, "authority", 1, 3)
    sectors = {g.key: g for g in result.groups if g.kind == "sector"}
    assert set(sectors) == {"government", "business", "community"}
    people = {p.id: p for p in snapshot.participants}
    government = [v.value for v in snapshot.votes
                  if v.card == "authority" and v.round == 1
                  and people[v.participant_id or 0].sector == "government"]  # fmt: skip
    assert sectors["government"].n == len(government) == 3
    assert sectors["government"].mean_rank == sum(government) / 3
    assert result.held_back == 2  # the philanthropy and nonprofit voters, one each
    roles = {g.key for g in result.groups if g.kind == "role"}
    assert roles == {"doer", "decision-maker"}


def test_a_tally_vote_has_no_group(snapshot: WorkshopSnapshot) -> None:
    tallies = tuple(v._replace(participant_id=None) for v in snapshot.votes)
    result = breakdown(snapshot._replace(votes=tallies), "results", 1, 3)
    assert result.groups == () and result.unknown == len(snapshot.participants)


def test_small_sectors_are_folded_into_one_count(snapshot: WorkshopSnapshot) -> None:
    rows = roster_by_sector(snapshot)
    assert [(r.sector, r.people) for r in rows] == [
        ("government", 3), ("business", 3), ("community", 3), (None, 2)]  # fmt: skip
    opened = snapshot._replace(info=snapshot.info._replace(privacy_protection=False))
    assert sum(r.people for r in roster_by_sector(opened)) == len(snapshot.participants)
    assert all(r.sector is not None for r in roster_by_sector(opened))


def test_anonymised_names_are_aliases_in_roster_order(snapshot: WorkshopSnapshot) -> None:
    assert display_names(snapshot)[4] == snapshot.participants[3].name
    anonymous = snapshot._replace(info=snapshot.info._replace(anonymise_names=True))
    assert display_names(anonymous) == {
        p.id: f"Participant {i}" for i, p in enumerate(snapshot.participants, start=1)
    }


def test_a_summary_built_on_worker_threads_matches_one_built_here(
    tmp_path: Path, snapshot: WorkshopSnapshot
) -> None:
    build_summary_pdf(snapshot, tmp_path / "main.pdf")
    errors: list[BaseException] = []

    def work(name: str) -> None:
        try:
            build_summary_pdf(snapshot, tmp_path / name, progress=lambda done, total: None)
        except BaseException as exc:  # handed back to the test thread
            errors.append(exc)

    workers = [threading.Thread(target=work, args=(f"w{i}.pdf",)) for i in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    expected = (tmp_path / "main.pdf").read_bytes()
    assert (tmp_path / "w0.pdf").read_bytes() == expected
    assert (tmp_path / "w1.pdf").read_bytes() == expected
