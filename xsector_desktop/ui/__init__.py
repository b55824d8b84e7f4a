"""PySide6 user interface: windows, views, widgets, controllers and undo commands."""

from .pyside_fixes import keep_none_alive

keep_none_alive()
