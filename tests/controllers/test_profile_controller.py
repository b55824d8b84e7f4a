"""The profile and sector view from revealed rounds only; the trust choice and notes stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from xsector_desktop.core.model import TRUST_STAGES
from xsector_desktop.store import WorkshopStore
from xsector_desktop.store.sample import build_sample
from xsector_desktop.ui.controllers.history import History
from xsector_desktop.ui.controllers.profile import ProfileController
from xsector_desktop.ui.controllers.session import WorkshopSession
from xsector_desktop.ui.controllers.walkthrough import WalkthroughController


class Sample:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.session = WorkshopSession(WorkshopStore.open(path), path)
        self.history = History()
        self.walk = WalkthroughController(self.session, self.history.run)
        self.profile = ProfileController(self.session, self.history.run)


@pytest.fixture
def sample(tmp_path: Path):  # type: ignore[no-untyped-def]
    made = Sample(build_sample(tmp_path / "riverside.xsector"))
    yield made
    made.session.close()


def test_every_card_has_a_row_in_deck_order(sample: Sample) -> None:
    rows = sample.profile.rows()
    assert [r.card for r in rows] == list(sample.session.deck.card_keys)
    voted = [r for r in rows if r.rounds]
    assert voted, "the sample has revealed rounds"
    for row in voted:
        assert row.level in ("calm", "watch", "storming")
        assert row.position_label == sample.session.scale.point(row.position_value).label
        assert row.framework_types == sample.session.deck.card(row.card).type_names


def test_a_hidden_round_changes_nothing_until_revealed(sample: Sample) -> None:
    before = sample.profile.rows()[sample.session.deck.card_keys.index("results")]
    walk = sample.walk
    walk.go_to("results")
    walk.new_round()
    for person in walk.participants():
        walk.vote(person.id, 1)  # everyone now strongly disagrees, but nobody has seen it
    hidden = sample.profile.rows()[sample.session.deck.card_keys.index("results")]
    assert hidden == before
    view = sample.profile.sector_view("results")
    assert view is not None and view.round == 1
    walk.reveal()
    after = sample.profile.rows()[sample.session.deck.card_keys.index("results")]
    assert after.rounds == before.rounds + 1
    assert after.position_value == 1


def test_confirming_or_overriding_the_trust_stage_is_stored_and_undoable(sample: Sample) -> None:
    trust = sample.profile.trust()
    assert trust.suggested in TRUST_STAGES and trust.reasons and trust.chosen is None
    seen: list[None] = []
    sample.profile.changed.connect(seen.append)
    sample.profile.choose_stage(trust.suggested)
    assert sample.profile.trust().chosen == trust.suggested
    other = next(s for s in TRUST_STAGES if s != trust.suggested)
    sample.profile.choose_stage(other)
    stored = sample.session.store.trust_reading()
    assert stored is not None and (stored.suggested, stored.chosen) == (trust.suggested, other)
    sample.history.undo()
    assert sample.profile.trust().chosen == trust.suggested
    assert len(seen) == 3


def test_problem_solving_notes_per_card_and_for_the_workshop(sample: Sample) -> None:
    already = len(sample.profile.notes())
    assert sample.profile.add_note("charge", "observing", "  Two members mean different things  ")
    assert sample.profile.add_note(None, "determining-and-learning", "Review in June")
    assert not sample.profile.add_note(None, "observing", "   ")
    notes = sample.profile.notes()[already:]
    assert [(n.card, n.stage, n.text) for n in notes] == [
        ("charge", "observing", "Two members mean different things"),
        (None, "determining-and-learning", "Review in June"),
    ]


def test_sector_view_never_has_a_group_under_the_minimum(sample: Sample) -> None:
    people = {p.id: p for p in sample.session.store.participants()}
    for card in sample.session.deck.card_keys:
        view = sample.profile.sector_view(card)
        if view is None:
            continue
        assert view.min_group == 3
        for group in view.groups:
            assert group.n >= 3
            assert sum(group.counts.values()) == group.n
        votes = [
            v
            for v in sample.session.store.votes(card=card, round=view.round)
            if v.participant_id is not None
        ]
        sizes: dict[str, int] = {}
        for v in votes:
            sector = people[v.participant_id].sector
            sizes[sector] = sizes.get(sector, 0) + 1
        small = sum(n for n in sizes.values() if n < 3)
        assert view.held_back == small
        shown = {g.key for g in view.of("sector")}
        assert shown == {s for s, n in sizes.items() if n >= 3}


def test_sector_view_is_none_before_any_reveal(tmp_path: Path) -> None:
    from xsector_desktop.core.model import WorkshopInfo

    path = tmp_path / "empty.xsector"
    WorkshopStore.create(path, WorkshopInfo(partnership="Empty")).close()
    session = WorkshopSession(WorkshopStore.open(path), path)
    try:
        profile = ProfileController(session, History().run)
        assert profile.sector_view("results") is None
        assert all(r.rounds == 0 and r.level is None for r in profile.rows())
        assert profile.trust().suggested == "forming"
    finally:
        session.close()
