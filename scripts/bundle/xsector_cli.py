"""The bundle's `xsector`: the command line and the app, as the installed command is."""

from xsector_desktop.cli import main

raise SystemExit(main())
