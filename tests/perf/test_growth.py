"""Growth: how each cost of test_load.py grows from a room of 60 to 250 to 1,000 participants.

Run with: XSECTOR_PERF=1 .venv/bin/python -m pytest tests/perf/test_growth.py -s

Each workshop has 11 cards and 3 rounds, everyone voting in every round (660, 2,750 and
33,000 votes). The growth exponent k of cost ~ people^k is the least-squares slope of
log(cost) against log(people): 1 is linear, below 1 means fixed costs still dominate. Every
cost must grow linearly or better. The bound is k < 1.2, not 1.0: three sizes timed on a busy
machine scatter by about 0.1, and reading 33,000 votes into Python objects wakes the garbage
collector more often per object as the heap grows (about 25% of that read at 1,000 people, and
the reason reading is k = 1.05 to 1.13 while its SQL alone is 1.0). A quadratic cost is k = 2.
"""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest
from pytestqt.qtbot import QtBot

SIZES = (60, 250, 1000)
LINEAR_OR_BETTER = 1.2


def _load_helpers() -> ModuleType:
    # The builders and timers live in test_load.py; tests/perf is not a package.
    spec = importlib.util.spec_from_file_location(
        "xsector_perf_load", Path(__file__).with_name("test_load.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


load = _load_helpers()


def growth_exponent(sizes: tuple[int, ...], costs: list[float]) -> float:
    xs = [math.log(n) for n in sizes]
    ys = [math.log(c) for c in costs]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return slope / sum((x - mean_x) ** 2 for x in xs)


def test_the_exponent_fit_recovers_known_growth() -> None:
    assert growth_exponent((10, 100, 1000), [2.0, 20.0, 200.0]) == pytest.approx(1.0)
    assert growth_exponent((10, 100, 1000), [1.0, 100.0, 10_000.0]) == pytest.approx(2.0)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_every_cost_grows_linearly_or_better(qtbot: QtBot, tmp_path: Path) -> None:
    rows: dict[str, list[float]] = {}
    for people in SIZES:
        folder = tmp_path / str(people)
        folder.mkdir()
        path = load.build_workshop(folder / "room.xsector", people)
        data = load.data_costs(path, folder / "summary.pdf")
        app = load.app_costs(qtbot, path, people, folder)
        for name, value in (
            ("xsector signals --json (s)", data.signals_command),
            ("analysis: read + signals (s)", data.analysis),
            ("profile from the analysis (s)", data.profile),
            ("PDF summary (s)", data.pdf_summary),
            ("open and paint in the app (s)", app.app_open),
            ("card switch, median (ms)", app.card_switch_ms),
            ("vote click to repaint, median (ms)", app.vote_ms),
        ):
            rows.setdefault(name, []).append(value)

    header = f"{'cost':<36}" + "".join(f"{n:>10}" for n in SIZES) + f"{'exponent':>10}"
    lines = [header, "-" * len(header)]
    exponents = {}
    for name, values in rows.items():
        exponents[name] = growth_exponent(SIZES, values)
        cells = "".join(f"{v:>10.4f}" if v < 1 else f"{v:>10.2f}" for v in values)
        lines.append(f"{name:<36}{cells}{exponents[name]:>10.2f}")
    print("\n" + "\n".join(lines))
    steep = {name: round(k, 2) for name, k in exponents.items() if k > LINEAR_OR_BETTER}
    assert not steep, f"costs growing faster than linear: {steep}"
