"""Phone voting in the app: the Present menu's switch, the console's panel, the QR code."""
