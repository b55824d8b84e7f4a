"""The join address as a QR code, drawn by segno into a QImage (no file, no network)."""

from __future__ import annotations

import io

import segno
from PySide6.QtGui import QImage


def qr_image(address: str, scale: int = 8) -> QImage:
    """A black-on-white QR code of `address` with its quiet zone; error correction M."""
    code = segno.make(address, error="m", micro=False)
    png = io.BytesIO()
    code.save(png, kind="png", scale=scale, border=4, dark="#000000", light="#ffffff")
    image = QImage()
    image.loadFromData(png.getvalue(), "PNG")
    return image
