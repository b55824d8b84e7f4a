"""Load: a workshop of 1,000 participants, 11 cards and 3 rounds (33,000 votes), built through
the store, and a walk-through with 200 participants.

Run with: XSECTOR_PERF=1 .venv/bin/python -m pytest tests/perf/test_load.py -s

What is timed is what a facilitator waits for: ``xsector signals --json`` on the whole workshop
(open, read, analyse, print), the same analysis without the command line, the partnership
profile built from it (the data behind the app's profile), the PDF summary, opening the
workshop in the app and painting it, and frames of the walk-through: a card switch, and a vote
from the click on a scale point to the repainted window (the store's commit included). A frame
is 16.7 ms at 60 Hz; the median must fit in one. tests/perf/test_growth.py measures how these
costs grow with the room, with the helpers below.
"""

from __future__ import annotations

import contextlib
import io
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pypdf
import pytest
from pytestqt.qtbot import QtBot

from xsector_desktop.cli import main
from xsector_desktop.core.deck import builtin_deck
from xsector_desktop.core.model import ROLES, SECTORS, WorkshopInfo
from xsector_desktop.core.profile import build_profile
from xsector_desktop.core.snapshot import analyse
from xsector_desktop.report import exports
from xsector_desktop.store import WorkshopStore
from xsector_desktop.store.snapshot_io import load_snapshot

FRAME_MS = 1000 / 60
ROUNDS = 3
if TYPE_CHECKING:
    from xsector_desktop.ui.main_window import MainWindow

DECK = builtin_deck()
# Each sector leans its own way on each card, so the signals have splits and levels to find.
LEANING = random.Random(2013)


def build_workshop(path: Path, people: int, seed: int = 1) -> Path:
    """Every participant votes on every card in every round; each round is revealed."""
    votes = random.Random(seed)
    lean = {(s, c.key): LEANING.uniform(-1.5, 1.5) for s in SECTORS for c in DECK.cards}
    with WorkshopStore.create(path, WorkshopInfo(f"Load test, {people} people")) as store:
        roster = store.add_participants(
            [
                {
                    "name": f"Person {n:04d}",
                    "sector": SECTORS[n % len(SECTORS)],
                    "role": ROLES[n % len(ROLES)],
                }
                for n in range(people)
            ]
        ).record
        for card in DECK.cards:
            for round_number in range(1, ROUNDS + 1):
                store.open_round(card.key)
                # Later rounds drift together: convergence, as discussion is meant to bring.
                shifts = {s: lean[s, card.key] / round_number for s in SECTORS}
                store.add_votes(
                    {
                        "participant_id": person.id,
                        "card": card.key,
                        "round": round_number,
                        "value": min(5, max(1, round(votes.gauss(3.4, 1.0) + shift))),
                        "source": "live",
                    }
                    for person in roster
                    for shift in (shifts[person.sector],)
                )
                store.reveal(card.key, round_number)
            store.add_disagreement(card.key, 1, "objection", "Not how we work", roster[0].id)
    return path


def seconds(action: Callable[[], object], repeat: int = 3) -> float:
    """The median wall time of a few runs: steadier than one, cheaper than many."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


@dataclass
class Costs:
    """Seconds for the data costs, milliseconds for the app's frames."""

    signals_command: float
    analysis: float
    profile: float
    pdf_summary: float
    app_open: float = float("nan")
    card_switch_ms: float = float("nan")
    vote_ms: float = float("nan")


def data_costs(path: Path, out: Path) -> Costs:
    def signals_command() -> None:
        with contextlib.redirect_stdout(io.StringIO()) as printed:
            assert main(["signals", str(path), "--json"]) == 0
        assert printed.getvalue().count('"card":') == len(DECK.cards) * ROUNDS

    types = {card.key: card.type_names for card in DECK.cards}
    with WorkshopStore.open(path, read_only=True) as store:
        snapshot = load_snapshot(store)
        result = analyse(snapshot)

        def analysis() -> None:
            analyse(load_snapshot(store))

        def profile() -> None:
            rows = build_profile(DECK.card_keys, types, result.signals)
            assert all(row.rounds == ROUNDS for row in rows)

        def pdf() -> None:
            exports.write("pdf", snapshot, out)

        costs = Costs(
            signals_command=seconds(signals_command),
            analysis=seconds(analysis),
            profile=seconds(profile),
            pdf_summary=seconds(pdf, repeat=1),
        )
    assert len(pypdf.PdfReader(out).pages) > len(DECK.cards)
    assert len(result.signals) == len(DECK.cards) * ROUNDS
    return costs


def shown_window(qtbot: QtBot, folder: Path) -> MainWindow:
    """The app's main window at 1280x720 on screen, its settings kept in `folder`."""
    from PySide6.QtCore import QSettings

    from xsector_desktop.ui.main_window import MainWindow

    window = MainWindow(
        QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
        sample_folder=folder,
    )
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def app_costs(qtbot: QtBot, path: Path, people: int, folder: Path, votes: int = 40) -> Costs:
    """Open the workshop in the app, switch through every card twice, and record votes."""
    from PySide6.QtCore import Qt

    window = shown_window(qtbot, folder)
    started = time.perf_counter()
    assert window.open_path(path)
    window.repaint()
    opened = time.perf_counter() - started
    walk, page = window.walk, window.walk_page
    assert walk is not None and page is not None

    switches: list[float] = []
    for lap in range(2):
        for card in (DECK.card_keys[1:] + DECK.card_keys[:1]) if lap else DECK.card_keys:
            started = time.perf_counter()
            walk.go_to(card)  # what a click in the agenda or the arrow key does
            window.repaint()
            switches.append((time.perf_counter() - started) * 1000)

    walk.go_to("lifespan")
    walk.new_round()  # a fresh hidden round: every click below records a vote
    assert len(page.voting.chips) == people
    voted: list[float] = []
    for index in range(votes):
        # Chips are read afresh each time: the panel may rebuild them after a vote.
        chip = list(page.voting.chips.values())[index]
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)  # pick the person (not timed)
        started = time.perf_counter()
        qtbot.mouseClick(page.voting.points[1 + index % 5], Qt.MouseButton.LeftButton)
        window.repaint()
        voted.append((time.perf_counter() - started) * 1000)
    assert len(walk.votes("lifespan", ROUNDS + 1)) == votes
    window.close_workshop(to_start=False)
    return Costs(
        float("nan"),
        float("nan"),
        float("nan"),
        float("nan"),
        app_open=opened,
        card_switch_ms=statistics.median(switches),
        vote_ms=statistics.median(voted),
    )


def test_signals_and_the_pdf_summary_for_33000_votes(tmp_path: Path) -> None:
    started = time.perf_counter()
    path = build_workshop(tmp_path / "thousand.xsector", 1000)
    built = time.perf_counter() - started
    with WorkshopStore.open(path, read_only=True) as store:
        assert len(store.participants()) == 1000
        assert len(store.votes()) == 1000 * len(DECK.cards) * ROUNDS == 33_000
    costs = data_costs(path, tmp_path / "summary.pdf")
    print(
        f"\n1,000 participants, 33,000 votes (built through the store in {built:.1f} s):"
        f"\n  xsector signals --json   {costs.signals_command:6.2f} s"
        f"\n  analysis (read+signals)  {costs.analysis:6.2f} s"
        f"\n  profile                  {costs.profile:6.2f} s"
        f"\n  PDF summary              {costs.pdf_summary:6.2f} s"
    )
    assert costs.signals_command < 10 and costs.pdf_summary < 30


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_walk_through_with_200_people_keeps_within_a_frame(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = build_workshop(tmp_path / "two hundred.xsector", 200)
    costs = app_costs(qtbot, path, 200, tmp_path)
    print(
        f"\nwalk-through with 200 participants (6,600 votes on file):"
        f"\n  open and paint           {costs.app_open * 1000:6.0f} ms"
        f"\n  card switch, median      {costs.card_switch_ms:6.1f} ms"
        f"\n  vote click, median       {costs.vote_ms:6.1f} ms (commit, re-read, repaint)"
    )
    assert costs.card_switch_ms < FRAME_MS
    assert costs.vote_ms < FRAME_MS


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_profile_view_of_1000_people_completes(qtbot: QtBot, tmp_path: Path) -> None:
    """The app's profile page (P), not only the numbers behind it, for 33,000 votes."""
    path = build_workshop(tmp_path / "thousand.xsector", 1000)
    window = shown_window(qtbot, tmp_path)
    assert window.open_path(path)
    started = time.perf_counter()
    window.room.current.toggle_profile()
    window.repaint()
    shown = time.perf_counter() - started
    page = window.room.current.profile_page
    assert page is not None and window.pages.currentWidget() is page
    assert len(page.findChildren(type(page.suggestion))) > len(DECK.cards)  # a row per card
    window.close_workshop(to_start=False)
    print(f"\nprofile view, 1,000 participants (33,000 votes): shown in {shown * 1000:.0f} ms")
    assert shown < 10
