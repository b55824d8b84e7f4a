"""Benchmark: the PyInstaller bundle against the same app run from the virtual environment.

Run after scripts/build-bundle, with:
    XSECTOR_PERF=1 .venv/bin/python -m pytest tests/perf/test_bundle.py -s

Both start `xsector FILE --quit-when-ready` on the sample, in pairs back to back (the machine's
load moves both sides of a pair alike), offscreen on a 1280x720 screen with settings of their
own; the ratio is the median of the pairs' ratios. The bundle runs with an empty environment
but for PATH=/usr/bin:/bin, as a facilitator's double-click would, so nothing of the virtual
environment can help it. Sizes are the bundle's folder against the packages xsector needs in
a virtual environment (the build's own, less PyInstaller).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "xsector"
BUILD_VENV = ROOT / "build" / "bundle-venv"
RUNS = 15
SCREEN = {"name": "projector", "x": 0, "y": 0, "width": 1280, "height": 720}

pytestmark = pytest.mark.skipif(
    not (BUNDLE / "xsector").exists(), reason="no bundle: run scripts/build-bundle first"
)


def _environment(folder: Path, base: dict[str, str]) -> dict[str, str]:
    config = folder / "offscreen.json"
    config.write_text(json.dumps({"screens": [{**SCREEN, "logicalDpi": 96, "dpr": 1}]}))
    return {
        **base,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "HOME": str(folder / "home"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
    }


def _seconds(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stderr.decode()[-500:]
    return elapsed


def _mib(folder: Path, skip: tuple[str, ...] = ()) -> float:
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and not any(s in path.parts for s in skip):
            total += path.stat().st_size
    return total / 2**20


def test_bundle_start_up_and_size_against_the_venv(tmp_path: Path) -> None:
    sample = tmp_path / "riverside.xsector"
    venv_env = _environment(tmp_path, dict(os.environ))
    bundle_env = _environment(tmp_path, {"PATH": "/usr/bin:/bin"})
    subprocess.run([sys.executable, "-m", "xsector_desktop", "demo", str(sample)], check=True)
    venv_argv = [sys.executable, "-m", "xsector_desktop", str(sample), "--quit-when-ready"]
    bundle_argv = [str(BUNDLE / "xsector"), str(sample), "--quit-when-ready"]
    _seconds(venv_argv, venv_env)  # warm the file cache (and the venv's bytecode)
    _seconds(bundle_argv, bundle_env)
    pairs = []
    for i in range(RUNS):
        first, second = (venv_argv, bundle_argv) if i % 2 else (bundle_argv, venv_argv)
        one = _seconds(first, venv_env if first is venv_argv else bundle_env)
        two = _seconds(second, venv_env if second is venv_argv else bundle_env)
        pairs.append((one, two) if first is venv_argv else (two, one))
    venv_time = statistics.median(v for v, _ in pairs)
    bundle_time = statistics.median(b for _, b in pairs)
    ratio = statistics.median(b / v for v, b in pairs)
    bundle_size = _mib(BUNDLE)
    packages = ("PyInstaller", "pyinstaller", "altgraph", "pyinstaller_hooks_contrib", "pip")
    venv_size = _mib(BUILD_VENV, skip=packages) if BUILD_VENV.exists() else float("nan")
    print(
        f"\nbundle start-up, median of {RUNS} pairs: venv {venv_time * 1000:.0f} ms, bundle "
        f"{bundle_time * 1000:.0f} ms, ratio {ratio:.2f}x; size: bundle {bundle_size:.0f} MiB, "
        f"the venv's packages {venv_size:.0f} MiB ({bundle_size / venv_size:.2f}x)"
    )
    assert ratio < 1.5  # a bundle that starts much slower than the venv has lost something
