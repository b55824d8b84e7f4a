"""Benchmark: start-up counted in instructions (callgrind), against a bare PySide6 window.

Run with: XSECTOR_PERF=1 .venv/bin/python -m pytest tests/perf/test_startup_instructions.py -s

Wall-clock times drift with a shared machine's load; the number of instructions a process runs
does not, so this is the count a change to start-up is judged by (README, "Measured"). Both
sides run as test_startup.py runs them: offscreen on a 1280x720 screen, fresh settings, a warm
bytecode cache, the sample workshop. Each is counted once under valgrind (a minute or two).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from perf.test_startup import BARE_WINDOW, child_environment

from xsector_desktop.store.sample import build_sample

INSTRUCTION_RATIO = 2.0
COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(argv: list[str], env: dict[str, str], out: Path) -> int:
    """The instructions valgrind's callgrind counted for one run of `argv` (which must exit 0)."""
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *argv],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-800:]
    found = COLLECTED.search(run.stderr)
    assert found is not None, run.stderr[-800:]
    return int(found.group(1))


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="needs valgrind (apt-get install)")
def test_startup_instructions_against_a_bare_window(tmp_path: Path) -> None:
    sample = build_sample(tmp_path / "riverside.xsector")
    env = child_environment(tmp_path)
    bare_argv = [sys.executable, "-c", BARE_WINDOW]
    app_argv = [sys.executable, "-m", "xsector_desktop", str(sample), "--quit-when-ready"]
    for argv in (bare_argv, app_argv):  # the bytecode cache, written once before counting
        subprocess.run(argv, env=env, check=True, capture_output=True)
    bare = instructions(bare_argv, env, tmp_path / "bare.callgrind")
    app = instructions(app_argv, env, tmp_path / "app.callgrind")
    ratio = app / bare
    print(
        f"\nstart-up in instructions, Python {sys.version.split()[0]}: bare window "
        f"{bare / 1e6:,.1f} million, xsector --quit-when-ready {app / 1e6:,.1f} million, "
        f"{ratio:.3f}x (target {INSTRUCTION_RATIO}x)"
    )
    assert ratio <= INSTRUCTION_RATIO
