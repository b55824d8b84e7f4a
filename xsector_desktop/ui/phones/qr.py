"""The join address as a QR code, drawn by segno into a QImage (no file, no network)."""

from __future__ import annotations

import io

import segno
from PySide6.QtGui import QImage


def qr_image(address: str, side: int = 200) -> QImage:
    """A black-on-white QR code of `address`, with its quiet zone, at most `side` pixels wide.

    Every module is a whole number of pixels: a code scaled by a fraction has uneven modules,
    which cheap phone cameras misread from the back of a room.
    """
    code = segno.make(address, error="m", micro=False)
    border = 4
    modules = code.symbol_size(scale=1, border=border)[0]
    png = io.BytesIO()
    code.save(
        png,
        kind="png",
        scale=max(1, side // modules),
        border=border,
        dark="#000000",
        light="#ffffff",
    )
    image = QImage()
    image.loadFromData(png.getvalue(), "PNG")
    return image
