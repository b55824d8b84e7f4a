"""Benchmark: `xsector FILE --quit-when-ready` against a bare PySide6 window, in the same run.

Run with: XSECTOR_PERF=1 .venv/bin/python -m pytest tests/perf/test_startup.py -s

Both are whole processes, started the same way, offscreen: the bare one makes a QApplication,
shows one QLabel, paints it and exits; xsector opens the sample workshop, builds the
walk-through, paints it once and exits. Each is run several times, alternating, and the medians
of wall time and of peak resident memory are compared. Targets: at most 2.0x the time and 1.5x
the memory, which holds only while ReportLab and the other slow imports stay lazy.

Peak memory is each child's own VmHWM, read from /proc/self/status by the same small wrapper
around both sides. The rusage of wait4 is not used: on Linux its ru_maxrss also counts the
forked pytest process before exec, which made both sides read the size of pytest.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from xsector_desktop.store.sample import build_sample

RUNS = 7
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


def measure(argv: list[str], bytecode: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS in KiB of one child process run via PEAK_WRAPPER, exit 0.

    Bytecode is cached in `bytecode` (as an installed package has it), even where the
    environment says PYTHONDONTWRITEBYTECODE, so compiling sources is not what gets timed.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(bytecode)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
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
    bytecode = tmp_path / "pycache"
    measure(bare_argv, bytecode)  # warm the file cache and write the bytecode, for both
    measure(app_argv, bytecode)
    bare, app = [], []
    for _ in range(RUNS):
        bare.append(measure(bare_argv, bytecode))
        app.append(measure(app_argv, bytecode))
    bare_time = statistics.median(t for t, _ in bare)
    app_time = statistics.median(t for t, _ in app)
    bare_rss = statistics.median(m for _, m in bare)
    app_rss = statistics.median(m for _, m in app)
    print(
        f"\nstart-up, median of {RUNS}: bare window {bare_time * 1000:.0f} ms, "
        f"{bare_rss / 1024:.1f} MiB; xsector --quit-when-ready {app_time * 1000:.0f} ms, "
        f"{app_rss / 1024:.1f} MiB; ratios time {app_time / bare_time:.2f}x, "
        f"memory {app_rss / bare_rss:.2f}x"
    )
    assert app_time <= TIME_RATIO * bare_time
    assert app_rss <= MEMORY_RATIO * bare_rss
