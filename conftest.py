"""Root test configuration. Qt must run headless before any QApplication exists."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
