"""The frozen `ropa`: PyInstaller starts programs from a script, not from an entry point."""

import sys

from ropa_desktop.cli import main

sys.exit(main())
