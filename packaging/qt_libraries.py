"""Which system libraries Qt's X11 platform plugin needs, and which Debian packages hold them.

`make run` asks first (`python packaging/qt_libraries.py --check`): on a desktop without, say,
libxcb-cursor0 (not installed by default on several common Linux desktops) Qt cannot load its
xcb plugin and stops with a message about plugins that does not say what to install. This prints
the one `sudo apt-get install ...` command instead.

The .deb's Depends come from the same names (packaging/build_deb.py): a library missing on the
build machine is still declared.

Quick by design: one `ldd` on the plugin (ldd follows the whole chain), no Qt import.
Standard library only.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Debian names a library's package after its soname (libfoo.so.6 -> libfoo6; a name that ends in
# a digit gets a hyphen: libxkbcommon-x11.so.0 -> libxkbcommon-x11-0). These do not follow it.
PACKAGE_OF_SONAME = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxcb.so.1": "libxcb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libz.so.1": "zlib1g",
    "libdbus-1.so.3": "libdbus-1-3",
    "libcups.so.2": "libcups2",
    "libgcc_s.so.1": "libgcc-s1",
    "libGLdispatch.so.0": "libglvnd0",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    # The C library's parts.
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libutil.so.1": "libc6",
}


def package_for(soname: str) -> str:
    """The Debian package that ships a library, by its soname."""
    if soname in PACKAGE_OF_SONAME:
        return PACKAGE_OF_SONAME[soname]
    match = re.fullmatch(r"(lib[\w.+-]*?)\.so\.(\d+)(?:\.\d+)*", soname)
    if not match:
        return soname
    stem, major = match.group(1).lower(), match.group(2)
    return f"{stem}-{major}" if stem[-1].isdigit() else f"{stem}{major}"


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin in this Python's environment, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def linked_libraries(binary: Path, search: list[Path] = ()) -> dict[str, str | None]:
    """soname -> the file ldd found for it, or None when not found (with `search` on the path)."""
    env = dict(os.environ)
    if search:
        env["LD_LIBRARY_PATH"] = os.pathsep.join([*map(str, search), env.get("LD_LIBRARY_PATH", "")])
    result = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env, check=False)
    found: dict[str, str | None] = {}
    for line in result.stdout.splitlines():
        match = re.match(r"\s*(\S+) => (not found|(\S+))", line)
        if match:
            found[match.group(1)] = None if match.group(2) == "not found" else match.group(3)
    return found


def missing_packages(plugin: Path) -> list[str]:
    return sorted({package_for(name) for name, path in linked_libraries(plugin).items() if path is None})


def install_command(packages: list[str]) -> str:
    return "sudo apt-get install " + " ".join(packages)


def _no_screen_wanted() -> bool:
    """CI and tests run offscreen: no X11 plugin is loaded there, so nothing is missing for them."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    return platform not in ("", "xcb") or no_display


def check() -> int:
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return 0
    plugin = xcb_plugin()
    if plugin is None:
        return 0  # no PySide6 here: the program's own start will say so
    missing = missing_packages(plugin)
    if not missing:
        return 0
    how = install_command(missing) if shutil.which("apt-get") else "install the libraries: " + ", ".join(missing)
    if _no_screen_wanted():
        print(f"note: the window needs system libraries that are missing on a desktop; {how}", file=sys.stderr)
        return 0
    print(
        "ROPA Desktop cannot open its window: Qt's X11 plugin needs system libraries that are missing.\n"
        f"Install them with:\n\n    {how}\n",
        file=sys.stderr,
    )
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 with the install command when one is missing")
    parser.add_argument("--packages", type=Path, metavar="BINARY", help="print the packages BINARY's libraries need")
    parser.add_argument("--bundle", type=Path, metavar="FOLDER", help="with --packages: leave out what FOLDER holds")
    args = parser.parse_args(argv)
    if args.packages:
        bundled = {path.name for path in args.bundle.rglob("*.so*")} if args.bundle else set()
        names = {package_for(name) for name in linked_libraries(args.packages) if name not in bundled}
        print("\n".join(sorted(names)))
        return 0
    return check()


if __name__ == "__main__":
    sys.exit(main())
