"""The bundle's `xsector-gui`: the app with no console window (Windows, and the macOS .app)."""

from xsector_desktop.cli import gui_main

raise SystemExit(gui_main())
