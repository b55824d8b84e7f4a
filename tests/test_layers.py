"""The dependency direction of the README's "Where things live", as import-linter contracts.

The contracts are in pyproject.toml; `lint-imports` checks every import, those inside functions
included. The checker is also run on a copy of the package with one forbidden import added per
contract, so a contract that cannot fail (a misspelt module, a layer left out) fails here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.fail("lint-imports is not installed: import-linter is in the test extras")
    # The copy under test must win over the installed package: put it first on the path.
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(
        [tool, "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def test_every_layer_contract_is_kept() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("core/model.py", "import PySide6.QtCore", "below ui nothing imports Qt"),
        ("report/wording.py", "import shiboken6", "below ui nothing imports Qt"),
        ("ui/controllers/timer.py", "from PySide6.QtCore import QTimer", "nothing imports Qt"),
        ("core/model.py", "import xsector_desktop.store.errors", "above core"),
        ("core/scales.py", "import sqlite3", "core is pure Python"),
        ("store/errors.py", "import xsector_desktop.ui.controllers.events", "above core"),
        ("report/wording.py", "import xsector_desktop.store.errors", "above core"),
        ("store/errors.py", "import xsector_desktop.report.wording", "above core"),
        ("ui/words.py", "import sqlite3", "speak no SQL"),
        ("store/errors.py", "import reportlab", "the store draws no PDFs"),
        ("ui/words.py", "import xsector_desktop.cli", "above core"),
    ],
)
def test_a_forbidden_import_breaks_its_contract(
    tmp_path: Path, module: str, line: str, contract: str
) -> None:
    shutil.copytree(
        ROOT / "xsector_desktop",
        tmp_path / "xsector_desktop",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "xsector_desktop" / module
    # Inside a function, as a lazy import would be: the contracts see those too.
    target.write_text(
        target.read_text(encoding="utf-8") + f"\n\ndef _late() -> None:\n    {line}\n",
        encoding="utf-8",
    )
    result = _lint_imports(tmp_path)
    assert result.returncode != 0, result.stdout[-4000:]
    assert "1 broken" in result.stdout
    broken = result.stdout.split("Broken contracts", 1)[1]
    assert contract in broken, broken[:2000]
