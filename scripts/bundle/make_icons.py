"""Renders resources/icons/xsector.svg to the PNG, ICO and ICNS files the bundles need.

Usage: python make_icons.py OUT_FOLDER. Qt draws the SVG at each size (a small icon is drawn
small, not scaled down from a large one); Pillow, which ReportLab already brings, writes the
Windows .ico and the macOS .icns from those drawings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image

SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ROOT = Path(__file__).resolve().parents[2]


def render(svg: Path, out: Path) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    pngs = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        pngs[size] = out / f"xsector-{size}.png"
        if not image.save(str(pngs[size])):
            raise SystemExit(f"{pngs[size]}: could not be written")
    del app
    return pngs


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    pngs = render(ROOT / "resources" / "icons" / "xsector.svg", out)
    largest = Image.open(pngs[1024])
    # Pillow picks each size's picture from the images given, so the small ones stay crisp.
    Image.open(pngs[256]).save(
        out / "xsector.ico",
        sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)],
        append_images=[Image.open(pngs[s]) for s in (16, 24, 32, 48, 64, 128)],
    )
    largest.save(out / "xsector.icns")
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
