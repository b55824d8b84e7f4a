"""`xsector FILE --quit-when-ready` paints the walk-through once, as the design's command table
says (the start-up benchmark times one paint, not two), and leaves the facilitator's settings as
they were: a smoke run on a virtual screen must not move their window or their recent files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app_child import run_on_sample

from xsector_desktop.store.sample import build_sample

# Runs the app's own start-up path in a child (it builds its window, settings and crash log as
# a real start does) with an application-wide filter counting the paint events of each widget.
COUNT_PAINTS = """
import collections, json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
from xsector_desktop.ui.app import run_app

app = QApplication(sys.argv[:1])
paints = collections.Counter()
alive = {}  # each widget painted, held so that no other object can take its id
titles = {}

class CountPaints(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            paints[id(watched)] += 1
            alive[id(watched)] = watched
            if isinstance(watched, QLabel) and watched.objectName() == "card-title":
                titles[id(watched)] = watched.text()
        return False

counter = CountPaints()
app.installEventFilter(counter)
code = run_app(Path(sys.argv[1]), quit_when_ready=True)
title_paints = [paints[key] for key in titles]
print(json.dumps({"code": code, "most": max(paints.values()), "widgets": len(paints),
                  "titles": list(titles.values()), "title_paints": title_paints}))
"""


def test_quit_when_ready_paints_each_widget_once(tmp_path: Path) -> None:
    report = run_on_sample(tmp_path, COUNT_PAINTS)
    assert report["code"] == 0
    assert report["titles"], "the card's title was never painted"
    assert report["title_paints"] == [1]
    assert report["widgets"] > 20  # the whole walk-through, not a bare window
    assert report["most"] == 1, f"some widget was painted {report['most']} times"


def test_quit_when_ready_leaves_the_settings_file_as_it_was(tmp_path: Path) -> None:
    sample = build_sample(tmp_path / "riverside.xsector")
    config = tmp_path / "config" / "xsector"
    config.mkdir(parents=True)
    settings = config / "xsector.conf"
    settings.write_text("[General]\nrecent=/somewhere/else.xsector\n", encoding="utf-8")
    before = settings.read_bytes()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    child = subprocess.run(
        [sys.executable, "-m", "xsector_desktop", str(sample), "--quit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    assert settings.read_bytes() == before
    assert sorted(p.name for p in config.iterdir()) == ["xsector.conf"]
