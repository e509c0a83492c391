"""Package the frozen bundle as a .deb for 统信 UOS, 银河麒麟 Kylin, Debian and Ubuntu.

    python installer/build_deb.py dist/CounselRoom dist/

The program goes to /opt/counselroom (it brings its own Python and Qt and uses none of the
system's), with `counselroom` and `counselroom-admin` on PATH, a desktop entry named
心理咨询室档案管理 and the icon.  There are no maintainer scripts: installing, upgrading
and removing (even purging) touch nothing outside these files, so every user's data folder
(~/.local/share/CounselRoom) and key-store entries stay.

The lowest glibc the bundle runs on is read from the symbol versions its files need
(objdump -T) and written into Depends, so dpkg refuses a system that is too old instead of
the program failing to start there.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import counselroom

PACKAGE = "counselroom"
PREFIX = Path("opt") / "counselroom"
ICONS = Path("_internal") / "counselroom" / "resources" / "icons"   # inside the bundle

# What Qt's xcb and Wayland platforms, OpenGL and fontconfig need from the system; the
# bundle carries the rest.  A key store is recommended, not required: without one
# CounselRoom says so and creates nothing.
DEPENDS = ["libgl1", "libegl1", "libfontconfig1", "libfreetype6", "libdbus-1-3", "libxkbcommon0",
           "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
           "libxcb-xinerama0", "libxcb-randr0", "libxcb-render-util0", "libxcb-image0",
           "libwayland-client0", "libwayland-cursor0"]
RECOMMENDS = ["gnome-keyring | kwalletmanager | kwalletd6 | kwalletd5 | deepin-keyring-whitebox | ukui-keyring"]

DESKTOP = """\
[Desktop Entry]
Type=Application
Version=1.0
Name=CounselRoom
Name[zh_CN]=心理咨询室档案管理
GenericName=Counselling room records
GenericName[zh_CN]=心理咨询档案
Comment=Encrypted, offline records of a school psychological counselling room
Comment[zh_CN]=学校心理咨询室的加密离线档案
Exec=/{prefix}/CounselRoom
Icon=counselroom
Terminal=false
Categories=Office;Education;
StartupWMClass=CounselRoom
"""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: CounselRoom

Files: *
Comment: CounselRoom and the components it ships. The licence of every component
 (the CJK font under the SIL Open Font License 1.1, Qt and PySide6 under the LGPL-3.0,
 and the others) is in /{prefix}/_internal/counselroom/resources/licenses/ and shown
 in the program under Help > About.
"""

_GLIBC = re.compile(r"\bGLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")


def glibc_floor(bundle: Path) -> tuple[int, ...]:
    """The highest GLIBC_x.y symbol version any ELF file in the bundle needs."""
    highest: tuple[int, ...] = (2, 17)
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=False).stdout
        for match in _GLIBC.finditer(out):
            highest = max(highest, tuple(int(x) for x in match.groups() if x is not None))
    return highest


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def build(bundle: Path, out_dir: Path) -> Path:
    if not (bundle / "counselroom-admin").is_file():
        raise SystemExit(f"not a CounselRoom bundle: {bundle}")
    version = counselroom.__version__
    arch = architecture()
    floor = ".".join(map(str, glibc_floor(bundle)))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "pkg"
        shutil.copytree(bundle, root / PREFIX, symlinks=True)
        bin_dir = root / "usr" / "bin"
        bin_dir.mkdir(parents=True)
        os.symlink(f"/{PREFIX}/CounselRoom", bin_dir / "counselroom")
        os.symlink(f"/{PREFIX}/counselroom-admin", bin_dir / "counselroom-admin")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        (apps / "counselroom.desktop").write_text(DESKTOP.format(prefix=PREFIX), encoding="utf-8")
        for size, name in ((256, "counselroom.png"), (48, "counselroom-48.png")):
            icon_dir = root / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
            icon_dir.mkdir(parents=True)
            shutil.copy2(bundle / ICONS / name, icon_dir / "counselroom.png")
        doc = root / "usr" / "share" / "doc" / PACKAGE
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(COPYRIGHT.format(prefix=PREFIX), encoding="utf-8")
        size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
        control = root / "DEBIAN"
        control.mkdir()
        (control / "control").write_text(
            f"Package: {PACKAGE}\n"
            f"Version: {version}\n"
            f"Architecture: {arch}\n"
            "Maintainer: CounselRoom <counselroom@localhost>\n"
            f"Installed-Size: {size_kib}\n"
            f"Depends: libc6 (>= {floor}), {', '.join(DEPENDS)}\n"
            f"Recommends: {', '.join(RECOMMENDS)}\n"
            "Section: education\n"
            "Priority: optional\n"
            "Description: encrypted offline records for a school counselling room\n"
            " CounselRoom (心理咨询室档案管理) keeps the records of one school psychological\n"
            " counselling room on the room's own computer, encrypted with SQLCipher, and\n"
            " helps the room follow its rules. It never goes online.\n",
            encoding="utf-8")
        for path in [root, *root.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        target = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
        # gzip: a few seconds; xz would save ~25 % of the download and cost a minute per build
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(target)],
                       check=True, stdout=subprocess.DEVNULL)
    print(f"{target} (glibc >= {floor}, {size_kib // 1024} MiB installed)")
    return target


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: build_deb.py BUNDLE_DIR OUT_DIR")
    build(Path(sys.argv[1]), Path(sys.argv[2]))
