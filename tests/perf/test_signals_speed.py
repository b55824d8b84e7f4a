"""Benchmark: the signals of a thousand-person room (11 cards, 3 rounds) in well under a second.

Run with: XSECTOR_PERF=1 .venv/bin/python -m pytest tests/perf/test_signals_speed.py -s
"""

from __future__ import annotations

import statistics
import time

from builders import thousand_person_room

from xsector_desktop.core.scales import get_scale
from xsector_desktop.core.signals import SignalSettings, workshop_signals

BUDGET_SECONDS = 1.0


def test_a_thousand_people_eleven_cards_three_rounds_is_fast() -> None:
    people, cards, votes = thousand_person_room()
    scale = get_scale("agree5")
    seconds = []
    for _ in range(5):
        started = time.perf_counter()
        result = workshop_signals(scale, cards, votes, people, [], SignalSettings())
        seconds.append(time.perf_counter() - started)
        assert len(result) == 33
    median = statistics.median(seconds)
    print(f"\nsignals of 33,000 votes: median {median * 1000:.0f} ms over 5 runs")
    assert median < BUDGET_SECONDS
