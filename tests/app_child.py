"""Running a script in a child process that starts the app offscreen on the sample workshop, as
a facilitator's first start would (a home, settings and data folders of its own), and reading
the JSON report the script prints last."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from xsector_desktop.store.sample import build_sample


def run_on_sample(tmp_path: Path, script: str, *arguments: str) -> dict[str, Any]:
    """Run `script` with the sample workshop's path and `arguments`; its last line of output,
    parsed as JSON. Fails the test when the child fails."""
    sample = build_sample(tmp_path / "riverside.xsector")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    child = subprocess.run(
        [sys.executable, "-c", script, str(sample), *arguments],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr
    report: dict[str, Any] = json.loads(child.stdout.strip().splitlines()[-1])
    return report
