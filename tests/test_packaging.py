"""A non-editable install carries every module and resource, and works from another folder."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed_in_pyproject() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "xsector_desktop").rglob("__init__.py")
    }
    assert on_disk - listed == set(), "add these to [tool.setuptools] packages"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    (built,) = out.glob("xsector_desktop-*.whl")
    return built


def test_the_wheel_holds_every_module_and_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for source in (ROOT / "xsector_desktop").rglob("*.py"):
        assert source.relative_to(ROOT).as_posix() in names
    for folder, target in (("resources", "resources"), ("workshops", "workshops")):
        for data in (ROOT / folder).rglob("*"):
            if data.is_file() and "__pycache__" not in data.parts:
                assert (
                    f"xsector_desktop/{target}/{data.relative_to(ROOT / folder).as_posix()}"
                    in names
                )


def test_the_installed_copy_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONNOUSERSITE": "1"}
    code = (
        "import sys, xsector_desktop\n"
        f"assert xsector_desktop.__file__.startswith({str(site)!r}), xsector_desktop.__file__\n"
        "from xsector_desktop.cli import main\n"
        "assert main(['demo', 'w.xsector']) == 0\n"
        "assert main(['export', 'w.xsector', '--pdf', 'w.pdf', '--handouts', 'h.pdf']) == 0\n"
    )
    # -S would drop the venv's packages; -I would drop PYTHONPATH: run plainly, but from a
    # folder with no xsector_desktop in it, with the unpacked wheel first on the path.
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=elsewhere, env=env,
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert (elsewhere / "w.pdf").stat().st_size > 10_000


def test_the_wheel_installs_a_console_command_and_a_windowed_one(wheel: Path) -> None:
    import configparser
    import importlib

    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")]
        points = configparser.ConfigParser()
        points.read_string(archive.read(name).decode())
    assert dict(points["console_scripts"]) == {"xsector": "xsector_desktop.cli:main"}
    assert dict(points["gui_scripts"]) == {"xsector-gui": "xsector_desktop.cli:gui_main"}
    for target in (*points["console_scripts"].values(), *points["gui_scripts"].values()):
        module, function = target.split(":")
        assert callable(getattr(importlib.import_module(module), function))
