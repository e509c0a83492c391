"""Build and inspect the Windows installer (installer/counselroom.nsi) from Linux or Windows.

``makensis`` (Debian: ``apt-get install nsis``; Windows: NSIS 3) compiles the script and
``7zz`` (Debian ``7zip``; ``7z`` from p7zip or 7-Zip for Windows works too) lists what the
setup.exe would install, so the payload is checked without running Windows::

    from nsis_build import compile_installer, listed_files, bundle_files

    setup = compile_installer(Path("dist/CounselRoom"), Path("dist/CounselRoom-0.1.0-setup.exe"), "0.1.0")
    assert bundle_files(Path("dist/CounselRoom")) <= listed_files(setup)

Paths are relative to the installation folder, with ``/`` separators.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
NSI = REPO_ROOT / "installer" / "counselroom.nsi"
ICON = REPO_ROOT / "resources" / "icons" / "counselroom.ico"
WIZARD_BITMAP = REPO_ROOT / "installer" / "installer-wizard.bmp"

# What the installer writes into the installation folder besides the bundle.
INSTALLER_EXTRAS = frozenset({"CounselRoom.ico", "uninstall.exe"})
# Where the bundle keeps the licence texts (the script refuses a bundle without them).
LICENSES_SUBDIR = "_internal/counselroom/resources/licenses"


class NsisError(RuntimeError):
    """makensis failed; the message holds its output."""


def makensis() -> str | None:
    """Path of makensis, or None."""
    return shutil.which("makensis")


def sevenzip() -> str | None:
    """Path of a 7-Zip command line that reads NSIS installers (7zz first), or None."""
    for name in ("7zz", "7z"):
        found = shutil.which(name)
        if found:
            return found
    return None


def run_makensis(defines: dict[str, str], *, warnings_as_errors: bool = True,
                 nsi: Path = NSI, target: str | None = None,
                 timeout: float = 600) -> subprocess.CompletedProcess:
    """Run makensis on the script with ``-Dname=value`` defines; the result is returned as is.

    ``target`` (e.g. ``amd64-unicode``) replaces NSIS's default x86-unicode stub: releases
    use the default (the only one official NSIS for Windows ships); a 64-bit stub lets the
    installer run under 64-bit-only Wine in tests.
    """
    tool = makensis()
    if tool is None:
        raise FileNotFoundError("makensis not found (Debian: apt-get install nsis)")
    args = [tool, "-V2", "-INPUTCHARSET", "UTF8"]
    if target:
        args.append(f"-XTarget {target}")
    if warnings_as_errors:
        # A text missing in one of the two languages is a warning: make it fail the build.
        args.append("-WX")
    args += [f"-D{k}={v}" for k, v in defines.items()]
    args.append(str(nsi))
    env = dict(os.environ, LC_ALL="C.UTF-8")
    return subprocess.run(args, check=False, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=timeout, env=env)


def compile_installer(bundle_dir: Path, out: Path, version: str, *,
                      icon: Path | None = None, warnings_as_errors: bool = True,
                      extra_defines: dict[str, str] | None = None, target: str | None = None) -> Path:
    """Compile setup.exe for ``bundle_dir`` (a PyInstaller one-folder bundle) into ``out``.

    Paths are made absolute (makensis changes into the script's folder).  Raises
    NsisError with makensis's output when it fails or writes nothing.
    """
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    defines = {
        "VERSION": version,
        "BUNDLE_DIR": str(Path(bundle_dir).resolve()),
        "OUTFILE": str(out),
        "ICON": str((icon or ICON).resolve()),
        "WIZARD_BITMAP": str(WIZARD_BITMAP.resolve()),
    }
    defines.update(extra_defines or {})
    result = run_makensis(defines, warnings_as_errors=warnings_as_errors, target=target)
    if result.returncode != 0 or not out.is_file():
        raise NsisError(f"makensis exit {result.returncode}\n{result.stdout}\n{result.stderr}")
    return out


def listed_files(setup_exe: Path) -> set[str]:
    """Files setup.exe would write into the installation folder, as 7-Zip lists them.

    NSIS's own plug-ins (``$PLUGINSDIR/…``, unpacked to a temporary folder while the
    installer runs) are left out; the uninstaller and the icon copy are in.
    """
    tool = sevenzip()
    if tool is None:
        raise FileNotFoundError("7zz/7z not found (Debian: apt-get install 7zip)")
    result = subprocess.run([tool, "l", "-slt", "-ba", "-tNsis", str(setup_exe)], check=False,
                            capture_output=True, text=True, encoding="utf-8", errors="replace",
                            timeout=120, env=dict(os.environ, LC_ALL="C.UTF-8"))
    if result.returncode != 0:
        raise RuntimeError(f"{tool} could not list {setup_exe}: {result.stdout}{result.stderr}")
    names = set()
    for line in result.stdout.splitlines():
        if line.startswith("Path = "):
            name = line[len("Path = "):].replace("\\", "/")
            name = name.removeprefix("$INSTDIR/")
            if name.startswith("$PLUGINSDIR/"):
                continue
            names.add(name)
    if not names:
        raise RuntimeError(f"{tool} listed nothing in {setup_exe}:\n{result.stdout}")
    return names


def version_info(setup_exe: Path) -> str:
    """7-Zip's listing of setup.exe as a PE file (version resource, icons)."""
    tool = sevenzip()
    if tool is None:
        raise FileNotFoundError("7zz/7z not found")
    result = subprocess.run([tool, "l", "-tPE", str(setup_exe)], check=False, capture_output=True, text=True,
                            encoding="utf-8", errors="replace", timeout=60)
    return result.stdout


def bundle_files(bundle_dir: Path) -> set[str]:
    """Every file of a bundle, relative, with ``/``."""
    bundle_dir = Path(bundle_dir)
    return {p.relative_to(bundle_dir).as_posix() for p in bundle_dir.rglob("*") if p.is_file()}


def removed_top_level(nsi: Path = NSI) -> set[str]:
    """Top-level names the uninstaller (and an upgrade) removes: the REMOVE_PROGRAM_FILES macro."""
    text = nsi.read_text(encoding="utf-8-sig")
    macro = re.search(r"!macro REMOVE_PROGRAM_FILES\n(.*?)!macroend", text, re.DOTALL)
    if macro is None:
        raise ValueError("no REMOVE_PROGRAM_FILES macro in the script")
    defines = dict(re.findall(r'^!define (\w+) "([^"$]*)"', text, re.MULTILINE))
    names = set()
    for target in re.findall(r'(?:Delete|RMDir /r)\s+"\$INSTDIR\\([^"]+)"', macro.group(1)):
        names.add(re.sub(r"\$\{(\w+)\}", lambda m: defines[m.group(1)], target))
    return names


def unremoved_top_level(bundle_dir: Path, nsi: Path = NSI) -> set[str]:
    """Top-level entries of a bundle the uninstaller would leave behind (should be empty).

    Run it on the real ``dist/CounselRoom`` after changing the PyInstaller spec: a new
    top-level file must be added to REMOVE_PROGRAM_FILES in the script.
    """
    present = {p.name for p in Path(bundle_dir).iterdir()}
    return present - removed_top_level(nsi)


def make_standin_bundle(root: Path) -> Path:
    """A small folder laid out like the PyInstaller bundle ``dist/CounselRoom``; returns it."""
    bundle = Path(root) / "CounselRoom"
    files = {
        "CounselRoom.exe": b"MZ stand-in GUI executable\n",
        "counselroom-admin.exe": b"MZ stand-in console executable\n",
        "_internal/python312.dll": b"stand-in python\n",
        "_internal/base_library.zip": b"PK\x05\x06" + b"\0" * 18,
        "_internal/PySide6/Qt6Core.dll": b"qt core\n",
        "_internal/PySide6/plugins/platforms/qwindows.dll": b"qwindows\n",
        "_internal/PySide6/translations/qtbase_zh_CN.qm": b"qm\n",
        "_internal/counselroom/resources/fonts/CounselRoomSansSC-Regular.ttf": b"ttf\n",
        "_internal/counselroom/resources/translations/counselroom_zh_CN.qm": b"qm\n",
        "_internal/counselroom/resources/scales/说明 量表.txt": "中文文件名\n".encode(),
        "_internal/counselroom/resources/licenses/LICENSE.txt": b"licence\n",
        "_internal/counselroom/resources/licenses/THIRD-PARTY-NOTICES.txt": b"notices\n",
        "_internal/counselroom/resources/licenses/fonts/OFL.txt": b"OFL 1.1\n",
    }
    for rel, data in files.items():
        path = bundle / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return bundle
