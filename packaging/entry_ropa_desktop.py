"""The frozen `ropa-desktop`: PyInstaller starts programs from a script, not from an entry point."""

import sys

from ropa_desktop.gui.launch import main

sys.exit(main())
