from xsector_desktop.cli import main

raise SystemExit(main())
