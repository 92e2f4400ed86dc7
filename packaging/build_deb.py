"""The .deb of the frozen program: /opt/ropa-desktop, with what a desktop needs to offer it.

    python packaging/build_deb.py dist/ropa-desktop dist      (make package runs it after PyInstaller)

It installs:
  /opt/ropa-desktop/                      the PyInstaller folder (both programs)
  /usr/bin/ropa, /usr/bin/ropa-desktop    links to them
  /usr/share/applications/               the menu entry; it opens .ropa files (MimeType=, Exec %f)
  /usr/share/icons/hicolor/               the SVG icon and PNGs of the usual sizes
  /usr/share/metainfo/                    AppStream metadata (software centres)
  /usr/share/mime/packages/               the register file's type, *.ropa
  /usr/share/man/man1/ropa.1.gz           the command line's man page
Debian's triggers refresh the MIME, icon and menu caches, so the package needs no scripts.

Depends: every system library that a program, a Python extension or a Qt plugin in the folder
links to and the folder does not bring itself (`ldd` with the folder on the library path), named
by the package that holds it (`dpkg -S`); one missing here is named by Debian's soname rule
(qt_libraries.py). libxcb-cursor0 and the other libraries of Qt's X11 plugin are among them.
Built without root: `dpkg-deb --root-owner-group`.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qt_libraries  # noqa: E402

from ropa_desktop import __version__  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = "ropa-desktop"
APP_ID = "eu.ropa_desktop.RopaDesktop"
INSTALL_DIR = Path("opt") / NAME
ALWAYS = ("libxcb-cursor0",)  # the library most desktops lack (the issue that made this list)

CONTROL = """\
Package: {name}
Version: {version}
Architecture: {arch}
Maintainer: The ROPA Desktop developers <ropa-desktop@localhost>
Installed-Size: {size}
Depends: {depends}
Recommends: shared-mime-info, desktop-file-utils, hicolor-icon-theme
Section: misc
Priority: optional
Description: GDPR record of processing activities and privacy statement
 ROPA Desktop keeps an organisation's record of processing activities
 (Art. 30 GDPR) and publishes the privacy statement (Art. 13 and 14) from it:
 compliance checks, Excel workbook and PDF dossier, versions, approval and a
 verifiable change log, in a register file or on a PostgreSQL server.
 .
 The window is ropa-desktop; ropa does the same jobs on the command line.
"""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: ROPA Desktop

Files: *
Copyright: The ROPA Desktop developers
License: EUPL-1.2

Files: opt/ropa-desktop/_internal/ropa_desktop/resources/fonts/*
Copyright: Bitstream, Inc.; DejaVu changes are in public domain
License: Bitstream-Vera
 See opt/ropa-desktop/_internal/ropa_desktop/resources/fonts/LICENSE-DejaVu.txt

Files: opt/ropa-desktop/_internal/*
Comment: Python, Qt (PySide6, LGPL-3.0) and the Python packages listed in the project's
 constraints.txt, each under its own licence as shipped in its folder.
"""


def is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as stream:
        return stream.read(4) == b"\x7fELF"


def system_libraries(folder: Path) -> dict[str, str | None]:
    """soname -> path outside the folder (None: not found here) of every library the folder needs."""
    elves = [path for path in folder.rglob("*") if is_elf(path)]
    inside = {path.name for path in folder.rglob("*.so*")}
    search = sorted({path.parent for path in elves})
    needed: dict[str, str | None] = {}
    for elf in elves:
        for soname, found in qt_libraries.linked_libraries(elf, search).items():
            if soname in inside or (found and Path(found).resolve().is_relative_to(folder.resolve())):
                continue
            needed[soname] = needed.get(soname) or found
    return needed


def owning_packages(paths: list[str]) -> dict[str, str]:
    """path -> Debian package, by dpkg's database; the /usr merge means a file may be listed either way."""
    variants = {}
    for path in paths:
        for variant in {path, path.removeprefix("/usr"), "/usr" + path if not path.startswith("/usr") else path}:
            variants[variant] = path
    result = subprocess.run(["dpkg", "-S", *variants], capture_output=True, text=True, check=False)
    owners: dict[str, str] = {}
    for line in result.stdout.splitlines():
        match = re.match(r"(.+?): (/.+)$", line)
        if match and match.group(2) in variants:
            package = match.group(1).split(",")[0].split(":")[0].strip()
            owners[variants[match.group(2)]] = package
    return owners


def depends(folder: Path) -> list[str]:
    needed = system_libraries(folder)
    owners = owning_packages([path for path in needed.values() if path]) if shutil.which("dpkg") else {}
    packages = {owners.get(path or "") or qt_libraries.package_for(soname) for soname, path in needed.items()}
    packages.update(ALWAYS)
    packages.discard("libc6")
    libc = subprocess.run(["ldd", "--version"], capture_output=True, text=True, check=False).stdout
    glibc = re.search(r"(\d+\.\d+)\s*$", libc.splitlines()[0]).group(1)  # the frozen Python needs this one or newer
    return [f"libc6 (>= {glibc})", *sorted(packages)]


def install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def man_page(target: Path) -> None:
    import make_manpage

    target.parent.mkdir(parents=True, exist_ok=True)
    text = make_manpage.page(make_manpage._parser()).encode("utf-8")
    with target.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as packed:
        packed.write(text)  # mtime 0 and no file name: the same page gives the same bytes
    target.chmod(0o644)


def build(folder: Path, out: Path, icons: Path) -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    stage = ROOT / "build" / "deb" / NAME
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(folder, stage / INSTALL_DIR, symlinks=True)
    for program in ("ropa", "ropa-desktop"):
        link = stage / "usr" / "bin" / program
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(Path("/") / INSTALL_DIR / program)
    share = stage / "usr" / "share"
    install(HERE / f"{NAME}.desktop", share / "applications" / f"{NAME}.desktop")
    install(HERE / f"{NAME}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    install(HERE / f"{NAME}-mime.xml", share / "mime" / "packages" / f"{NAME}.xml")
    install(
        ROOT / "resources" / "icons" / f"{NAME}.svg", share / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    )
    for png in sorted(icons.glob(f"{NAME}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        install(png, share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png")
    man_page(share / "man" / "man1" / "ropa.1.gz")
    (share / "doc" / NAME).mkdir(parents=True, exist_ok=True)
    (share / "doc" / NAME / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    for path in [stage, *stage.rglob("*")]:  # whatever the umask: readable by all, written by root
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)

    size_kib = sum(path.stat().st_size for path in stage.rglob("*") if path.is_file() and not path.is_symlink()) // 1024
    control = CONTROL.format(
        name=NAME, version=__version__, arch=arch, size=size_kib, depends=", ".join(depends(stage / INSTALL_DIR))
    )
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{NAME}_{__version__}_{arch}.deb"
    # xz at level 3: within a few per cent of the default level 6, in a third of the time.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z3", "--build", str(stage), str(deb)], check=True)
    return deb


def main(argv: list[str]) -> int:
    folder, out = Path(argv[0]), Path(argv[1])
    icons = Path(argv[2]) if len(argv) > 2 else ROOT / "build" / "icons"
    deb = build(folder, out, icons)
    print(f"{deb}: {deb.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
