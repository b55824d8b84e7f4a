"""Benchmark: `xsector FILE --quit-when-ready` against a bare PySide6 window, in the same run.

Run with: XSECTOR_PERF=1 .venv/bin/python -m pytest tests/perf/test_startup.py -s

Both are whole processes, started the same way, offscreen: the bare one makes a QApplication,
shows one QLabel, paints it and exits; xsector opens the sample workshop, builds the
walk-through, paints it once and exits. They run in pairs, back to back; the time ratio is the
median of the pairs' ratios (a shared machine's load drifts, and a pair sees the same load), and
peak resident memory compares the medians. Targets: at most 2.0x the time and 1.5x
the memory, which holds only while ReportLab and the other slow imports stay lazy.

Both run on the same virtual screen, 1280x720 (the smallest projector the design plans for),
given to Qt's offscreen platform as a configuration file, and with a settings folder of their
own: what a facilitator's earlier runs saved (a window size, recent files) must not change what
is measured, and nothing here may change the facilitator's settings. The app's window fills
that screen, as it does on a laptop at its first start.

Peak memory is each child's own VmHWM, read from /proc/self/status by the same small wrapper
around both sides. The rusage of wait4 is not used: on Linux its ru_maxrss also counts the
forked pytest process before exec, which made both sides read the size of pytest.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from xsector_desktop.store.sample import build_sample

RUNS = 15
TIME_RATIO = 2.0
MEMORY_RATIO = 1.5

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("xsector")
label.show()
app.processEvents()
label.repaint()
"""

# Runs the code or module named by its arguments, then reports this process's peak RSS
# (which exec reset to the child's own) on stderr, also when the code exits with SystemExit.
PEAK_WRAPPER = """
import sys
what, target, *rest = sys.argv[1:]
try:
    if what == "module":
        import runpy
        sys.argv = [target, *rest]
        runpy.run_module(target, run_name="__main__", alter_sys=True)
    else:
        sys.argv = ["-c"]
        exec(compile(target, "<bare>", "exec"), {"__name__": "__main__"})
finally:
    with open("/proc/self/status") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    sys.stderr.write(f"\\npeak-rss-kib {peak}\\n")
"""
PEAK_LINE = re.compile(r"^peak-rss-kib (\d+)$", re.MULTILINE)


SCREEN = {"name": "projector", "x": 0, "y": 0, "width": 1280, "height": 720}


def child_environment(folder: Path) -> dict[str, str]:
    """Offscreen on a 1280x720 screen, with a home, settings and data folders of its own.

    Bytecode is cached under `folder` (as an installed package has it), even where the
    environment says PYTHONDONTWRITEBYTECODE, so compiling sources is not what gets timed.
    """
    config = folder / "offscreen.json"
    config.write_text(json.dumps({"screens": [{**SCREEN, "logicalDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
        "HOME": str(folder / "home"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS in KiB of one child process run via PEAK_WRAPPER, exit 0."""
    started = time.perf_counter()
    child = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    stderr = child.stderr.decode()
    assert child.returncode == 0, f"{argv} exited {child.returncode}: {stderr[-500:]}"
    peaks = PEAK_LINE.findall(stderr)
    assert peaks, f"{argv} did not report its peak memory: {stderr[-500:]}"
    return elapsed, int(peaks[-1])


def test_startup_time_and_memory_against_a_bare_window(tmp_path: Path) -> None:
    sample = build_sample(tmp_path / "riverside.xsector")
    wrapped = [sys.executable, "-c", PEAK_WRAPPER]
    bare_argv = [*wrapped, "code", BARE_WINDOW]
    app_argv = [*wrapped, "module", "xsector_desktop", str(sample), "--quit-when-ready"]
    env = child_environment(tmp_path)
    measure(bare_argv, env)  # warm the file cache and write the bytecode, for both
    measure(app_argv, env)
    bare, app = [], []
    for i in range(RUNS):
        # Each pair runs back to back, in turns first, so a change in the machine's load
        # between pairs moves both sides of a pair alike.
        if i % 2:
            app.append(measure(app_argv, env))
            bare.append(measure(bare_argv, env))
        else:
            bare.append(measure(bare_argv, env))
            app.append(measure(app_argv, env))
    bare_time = statistics.median(t for t, _ in bare)
    app_time = statistics.median(t for t, _ in app)
    bare_rss = statistics.median(m for _, m in bare)
    app_rss = statistics.median(m for _, m in app)
    paired = statistics.median(a / b for (a, _), (b, _) in zip(app, bare, strict=True))
    print(
        f"\nstart-up, median of {RUNS}: bare window {bare_time * 1000:.0f} ms, "
        f"{bare_rss / 1024:.1f} MiB; xsector --quit-when-ready {app_time * 1000:.0f} ms, "
        f"{app_rss / 1024:.1f} MiB; time ratio {paired:.2f}x (median of the pairs' ratios; "
        f"ratio of the medians {app_time / bare_time:.2f}x), memory {app_rss / bare_rss:.2f}x"
    )
    assert paired <= TIME_RATIO
    assert app_rss <= MEMORY_RATIO * bare_rss
