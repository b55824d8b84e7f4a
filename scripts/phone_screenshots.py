"""Screenshots of phone voting in the app: the console with its phone panel at 1280x720 and the
audience screen with the join card at 1024x768 (offscreen; the server listens on 127.0.0.1).

Usage: .venv/bin/python scripts/phone_screenshots.py OUT_FOLDER
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from xsector_desktop.store.sample import build_sample
    from xsector_desktop.ui.main_window import MainWindow
    from xsector_desktop.ui.phones.audience_join import AudienceJoin
    from xsector_desktop.ui.room.audience_window import AudienceWindow

    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()

    path = build_sample(folder / "riverside.xsector")
    window = MainWindow(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), folder)
    window.resize(1280, 720)
    window.show()
    assert window.open_path(path)
    walk = window.walk
    assert walk is not None
    walk.go_to("structure")
    if walk.can_open_round():
        walk.new_round()
    window.phones.host, window.phones.port = "127.0.0.1", 0
    address = window.phones.start()
    assert address is not None and window.phones.desk is not None
    desk = window.phones.desk
    people = walk.participants()
    for person, value in zip(people[:9], [4, 4, 3, 5, 2, 4, 3, 4, 4], strict=False):
        token = desk.join_name(person.id)
        future = desk.vote(token, "structure", desk.view.vote_round, value, None)
        while not future.done():
            app.processEvents()
    for person, value in zip(people[9:12], [1, 3, 4], strict=False):
        walk.vote(person.id, value)  # keyed in by the facilitator, as before
    settle(0.5)
    window.grab().save(str(out / "phones-console-1280x720.png"))

    room = window.room.current
    presenter = room.ensure_presenter()
    audience = AudienceWindow(walk.session.scale)
    audience.resize(1024, 768)
    audience.show()
    presenter.presenting.show("card")
    presenter.fill(audience)
    AudienceJoin(audience.content, address, audience.views)
    settle()
    audience.grab().save(str(out / "phones-audience-1024x768.png"))
    audience.close()
    window.phones.stop()
    window.close_workshop(to_start=False)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
