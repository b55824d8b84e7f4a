"""PySide6 user interface: windows, views, widgets, controllers and undo commands."""

from .pyside_fixes import keep_singletons_alive

keep_singletons_alive()
