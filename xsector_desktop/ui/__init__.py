"""PySide6 user interface: windows, views, widgets, controllers and undo commands."""
