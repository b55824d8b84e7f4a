"""House style as tests: ruff everywhere, mypy strict below ui and on ui/controllers."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(Path(sys.executable).parent))
    if path is None:
        pytest.fail(f"{name} is not installed: it is in the test extras of pyproject.toml")
    return path


def test_ruff_finds_nothing() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "--no-cache", "--output-format", "concise",
         "xsector_desktop", "tests", "scripts"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]


def test_ruff_format_changes_nothing() -> None:
    # One layout for every file, so a diff shows what changed and not who formatted it.
    result = subprocess.run(
        [_tool("ruff"), "format", "--check", "--no-cache", "xsector_desktop", "tests", "scripts"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]


def test_mypy_strict_on_core_store_report_and_controllers() -> None:
    # The packages are pyproject.toml's [tool.mypy] files.
    result = subprocess.run(
        [_tool("mypy"), "--no-incremental", "--cache-dir", "/dev/null"],
        cwd=ROOT, capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]
    assert "Success" in result.stdout
