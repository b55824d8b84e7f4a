"""The files scripts/build-bundle packs, checked without building (the build takes minutes)."""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from xsector_desktop.store.fileformat import APPLICATION_ID, SQLITE_MAGIC

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "resources" / "desktop"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def _desktop_entry() -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP / "xsector.desktop", encoding="utf-8")
    return entry["Desktop Entry"]


def test_the_mime_type_recognises_a_workshop_by_name_and_by_its_header() -> None:
    kind = ET.parse(DESKTOP / "xsector-mime.xml").getroot().find("m:mime-type", MIME_NS)
    assert kind is not None
    assert [g.get("pattern") for g in kind.findall("m:glob", MIME_NS)] == ["*.xsector"]
    outer = kind.find("m:magic/m:match", MIME_NS)
    assert outer is not None and outer.get("offset") == "0"
    assert (outer.get("value") or "").encode() + b"\0" == SQLITE_MAGIC
    inner = outer.find("m:match", MIME_NS)
    assert inner is not None and (inner.get("type"), inner.get("offset")) == ("big32", "68")
    assert int(inner.get("value") or "", 16) == APPLICATION_ID
    assert _desktop_entry()["MimeType"] == f"{kind.get('type')};"


def test_the_desktop_entry_opens_a_file_with_the_installed_command() -> None:
    entry = _desktop_entry()
    assert entry["Exec"] == "xsector %f" and entry["Icon"] == "xsector"
    assert entry["Terminal"] == "false"
    validate = shutil.which("desktop-file-validate")
    if validate is not None:
        done = subprocess.run([validate, str(DESKTOP / "xsector.desktop")], capture_output=True)
        assert done.returncode == 0 and not done.stdout, done.stdout.decode()


@pytest.mark.skipif(
    sys.platform != "linux" or shutil.which("update-mime-database") is None,
    reason="needs freedesktop.org shared-mime-info (Linux)",
)
def test_a_linux_desktop_knows_a_workshop_with_no_extension(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(DESKTOP / "xsector-mime.xml", packages / "xsector.xml")
    subprocess.run(["update-mime-database", str(tmp_path / "mime")], check=True)
    from xsector_desktop.core.model import WorkshopInfo
    from xsector_desktop.store import WorkshopStore

    workshop = tmp_path / "w.xsector"
    WorkshopStore.create(workshop, WorkshopInfo("Riverside")).close()
    nameless = tmp_path / "attachment"
    nameless.write_bytes(workshop.read_bytes())
    other = tmp_path / "other.db"
    other.write_bytes(SQLITE_MAGIC + bytes(200))
    # Qt reads the same database as the desktop's file managers (XDG_DATA_DIRS).
    code = (
        "import sys\nfrom PySide6.QtCore import QMimeDatabase\n"
        "print(*(QMimeDatabase().mimeTypeForFile(f).name() for f in sys.argv[1:]))"
    )
    env = {**os.environ, "XDG_DATA_DIRS": f"{tmp_path}:/usr/share"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(nameless), str(other)],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stdout.split()[0] == "application/x-xsector-workshop"
    assert done.stdout.split()[1] != "application/x-xsector-workshop"


def test_the_icon_is_a_square_svg() -> None:
    svg = ET.parse(ROOT / "resources" / "icons" / "xsector.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 256 256"


def test_the_bundle_s_programs_call_the_installed_commands() -> None:
    points = {"xsector_cli": "main", "xsector_gui": "gui_main"}
    spec = (ROOT / "scripts" / "bundle" / "xsector.spec").read_text(encoding="utf-8")
    assert 'ENTRY_POINTS = ("xsector_cli", "xsector_gui")' in spec
    assert 'collect_data_files("xsector_desktop")' in spec  # resources/, workshops/ inside
    from xsector_desktop import cli

    for script, function in points.items():
        tree = ast.parse((ROOT / "scripts" / "bundle" / f"{script}.py").read_text())
        imported = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert [(i.module, [a.name for a in i.names]) for i in imported] == [
            ("xsector_desktop.cli", [function])
        ]
        assert callable(getattr(cli, function))
