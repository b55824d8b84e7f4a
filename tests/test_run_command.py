"""The README's run command builds the sample workshop and opens the app on it.

The default run never installs anything: scripts/run-tests has already set up .venv, so the
bootstrap inside scripts/run-app has nothing to do. If .venv is missing or older than
pyproject.toml, this test fails with what to run rather than running pip inside the repo.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLED = ROOT / ".venv" / ".xsector-installed"  # scripts/bootstrap.sh's stamp


@pytest.mark.posix_only  # the command is a bash script
def test_run_app_opens_the_sample_and_paints(tmp_path: Path) -> None:
    pyproject = ROOT / "pyproject.toml"
    if not INSTALLED.exists() or pyproject.stat().st_mtime > INSTALLED.stat().st_mtime:
        pytest.fail(".venv is not up to date with pyproject.toml: run bash scripts/bootstrap.sh")
    sample = tmp_path / "sample.xsector"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XSECTOR_SAMPLE": str(sample),
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "run-app"), "--quit-when-ready"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Installing" not in result.stdout + result.stderr  # the bootstrap had nothing to do
    assert sample.exists()
    assert "Traceback" not in result.stderr
