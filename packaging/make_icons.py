"""The PNG icons, drawn from resources/icons/ropa-desktop.svg at build time.

The SVG is the one drawing; PNGs made from it cannot drift from it and no binary copies sit in
the repository. Menus that do not draw SVG, the Windows .ico and the macOS .icns use these.

    python packaging/make_icons.py OUTPUT_FOLDER     -> OUTPUT_FOLDER/ropa-desktop-{16..512}.png
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # hicolor's usual sizes
SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "ropa-desktop.svg"


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a build machine has no screen
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QPainter on images needs one)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"ropa-desktop-{size}.png"
        if not image.save(str(target), "PNG"):
            print(f"make_icons: cannot write {target}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
