"""The core and store test suites pass in a process where Qt cannot even be imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_core_and_store_suites_run_without_qt() -> None:
    env = {**os.environ, "XSECTOR_FORBID_QT": "1"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:pytest-qt",
            "-p",
            "no:cacheprovider",
            "-W",
            "ignore::pytest.PytestConfigWarning",
            "tests/core",
            "tests/store",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
    assert "PySide6" not in result.stdout


def test_the_guard_really_refuses_qt() -> None:
    env = {**os.environ, "XSECTOR_FORBID_QT": "1"}
    probe = ROOT / "tests" / "core" / "test_scales.py"
    code = "import runpy, sys; sys.path.insert(0, 'tests'); import conftest; import PySide6"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert probe.exists()
    assert result.returncode != 0
    assert "must run without Qt" in result.stderr
