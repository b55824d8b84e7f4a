"""The README's run command builds the sample workshop and opens the app on it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.posix_only  # the command is a bash script
def test_run_app_opens_the_sample_and_paints(tmp_path: Path) -> None:
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
    assert sample.exists()
    assert "Traceback" not in result.stderr
