"""The installer run for real, under 64-bit Wine: install, upgrade, refuse, uninstall.

Releases use NSIS's x86 stub (official NSIS for Windows ships no other); Debian's nsis
also has the amd64 stub, which runs under 64-bit-only Wine (Debian package ``wine64``,
no i386 multiarch needed).  The script is the same; only the stub differs, and the script
already writes the 64-bit registry view and $PROGRAMFILES64 with the x86 stub.

What this shows that compiling cannot: the silent per-user and per-machine installs put
the files, shortcuts and Apps & features entry where they belong; an upgrade goes into the
installed folder and removes the old program files only; a running CounselRoom is refused;
the data folder is refused as an installation folder; the uninstaller leaves the data
folder (and anything else not its own) exactly as it was.

Skipped where wine64 is not installed.  Wine runs in a private prefix and HOME under
tmp_path (no menu entries or desktop files land in the real HOME); its wineserver is
stopped at the end.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import nsis_build
import pytest
from nsis_build import (
    INSTALLER_EXTRAS,
    bundle_files,
    compile_installer,
    make_standin_bundle,
)

pytestmark = pytest.mark.timeless   # see pyproject.toml: left out of CI's run at a pinned date

UNINST_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\CounselRoom"
ZH_NAME = "心理咨询室档案管理"


def _wine64() -> str | None:
    for candidate in (shutil.which("wine64"), "/usr/lib/wine/wine64"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def _wineserver(wine: str) -> str:
    beside = Path(wine).with_name("wineserver")
    return str(beside) if beside.exists() else (shutil.which("wineserver") or "wineserver")


class Wine:
    def __init__(self, root: Path, wine: str):
        self.wine = wine
        self.prefix = root / "prefix"
        self.home = root / "home"
        self.home.mkdir(parents=True)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "WINEPREFIX": str(self.prefix),
            "WINEDEBUG": "-all",
            # no Mono/Gecko download prompts, no menu entries written into HOME
            "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d",
            # Windows file names are Unicode; Wine maps them to UTF-8 only with a UTF-8 LC_CTYPE
            "LC_CTYPE": "C.UTF-8",
            "LANG": "en_US.UTF-8",
        }

    def run(self, *args: str, timeout: float = 120) -> int:
        return subprocess.run([self.wine, *args], check=False, env=self.env, timeout=timeout,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode

    def reg_values(self, root: str) -> dict[str, str]:
        """The Apps & features entry under HKCU or HKLM (64-bit view), {} when absent.

        Read with ``reg export`` (a UTF-16 file): ``reg query`` prints through the console's
        code page, which turns Chinese into question marks.
        """
        export = self.prefix / "drive_c" / "cr-uninstall-key.reg"
        export.unlink(missing_ok=True)
        result = subprocess.run([self.wine, "reg", "export", f"{root}\\{UNINST_KEY}", "C:\\cr-uninstall-key.reg",
                                 "/reg:64", "/y"], check=False, env=self.env, capture_output=True, timeout=60)
        if result.returncode != 0 or not export.exists():
            return {}
        values = {}
        for line in export.read_text(encoding="utf-16").splitlines():
            m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))', line)
            if m:
                name, text, dword = m.groups()
                values[name] = re.sub(r"\\(.)", r"\1", text) if text is not None else str(int(dword, 16))
        return values

    def reg_add(self, root: str, name: str, value: str):
        subprocess.run([self.wine, "reg", "add", f"{root}\\{UNINST_KEY}", "/v", name, "/t", "REG_SZ",
                        "/d", value, "/f", "/reg:64"], check=True, env=self.env, capture_output=True, timeout=60)

    def stop(self):
        subprocess.run([_wineserver(self.wine), "-k"], check=False, env=self.env, timeout=60,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def wine(tmp_path_factory):
    wine64 = _wine64()
    if wine64 is None:
        pytest.skip("wine64 not installed (Debian: apt-get install --no-install-recommends wine64)")
    if nsis_build.makensis() is None:
        pytest.skip("makensis not installed (Debian: apt-get install nsis)")
    w = Wine(tmp_path_factory.mktemp("wine"), wine64)
    try:
        assert w.run("wineboot", "-i", timeout=300) == 0
        users = [p for p in (w.prefix / "drive_c" / "users").iterdir() if p.name != "Public"]
        assert len(users) == 1
        w.user = users[0]
        # Wine links Desktop to HOME; a real folder keeps the shortcuts inside the prefix.
        desktop = w.user / "Desktop"
        if desktop.is_symlink():
            desktop.unlink()
        desktop.mkdir(exist_ok=True)
        w.local = w.user / "AppData" / "Local"
        w.start_menu = w.user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
        w.desktop = desktop
        yield w
    finally:
        w.stop()


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    return make_standin_bundle(tmp_path_factory.mktemp("bundle"))


@pytest.fixture(scope="module")
def setup64(bundle, tmp_path_factory) -> Path:
    if nsis_build.makensis() is None:
        pytest.skip("makensis not installed (Debian: apt-get install nsis)")
    out = tmp_path_factory.mktemp("out") / "CounselRoom-0.1.0-setup-amd64.exe"
    return compile_installer(bundle, out, "0.1.0", target="amd64-unicode")


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {rel: (folder / rel).read_bytes() for rel in _files(folder)}


def _wait_until(condition, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.3)
    return condition()


def _links(folder: Path) -> set[str]:
    return {p.name for p in folder.glob("*.lnk")}


def test_per_user_install_upgrade_and_uninstall_keep_the_data(wine, bundle, setup64):
    program = wine.local / "Programs" / "CounselRoom"
    data = wine.local / "CounselRoom"

    # Chinese: a silent install takes Windows' language, or the one an earlier installation
    # chose (kept in its Apps & features entry).  Wine's language follows LC_CTYPE, which must
    # stay C.UTF-8 for Chinese file names here, so the earlier choice is what is set up.
    wine.reg_add("HKCU", "InstallerLanguage", "2052")
    assert wine.run(str(setup64), "/S", "/CurrentUser") == 0
    assert _files(program) == bundle_files(bundle) | INSTALLER_EXTRAS
    assert _links(wine.start_menu) == {f"{ZH_NAME}.lnk"}
    assert _links(wine.desktop) == {f"{ZH_NAME}.lnk"}
    entry = wine.reg_values("HKCU")
    assert entry["InstallLocation"] == "C:\\users\\" + wine.user.name + "\\AppData\\Local\\Programs\\CounselRoom"
    assert entry["DisplayVersion"] == "0.1.0"
    assert entry["InstallerLanguage"] == "2052"
    assert entry["DisplayName"] == f"{ZH_NAME} (CounselRoom)"
    assert entry["UninstallString"].endswith('uninstall.exe" /CurrentUser')
    assert entry["QuietUninstallString"].endswith('uninstall.exe" /CurrentUser /S')
    for name in ("DisplayName", "Publisher", "DisplayIcon", "EstimatedSize", "NoModify", "NoRepair"):
        assert entry.get(name), name
    assert wine.reg_values("HKLM") == {}

    # The records, as the application leaves them.
    (data / "backups").mkdir(parents=True)
    (data / "counselroom.db").write_bytes(b"encrypted records")
    (data / "counselroom.keys").write_bytes(b"wrapped keys")
    (data / "backups" / "counselroom-20260101-000000-daily.db").write_bytes(b"backup")
    records = _snapshot(data)

    # Upgrade with no mode flag (Wine's user is an administrator): it finds the per-user
    # installation, removes the old program files and nothing else.
    (program / "_internal" / "left-by-the-old-version.dll").write_bytes(b"old")
    (program / "notes-by-it-staff.txt").write_bytes(b"not ours")
    assert wine.run(str(setup64), "/S") == 0
    assert _files(program) == bundle_files(bundle) | INSTALLER_EXTRAS | {"notes-by-it-staff.txt"}
    assert not (wine.prefix / "drive_c" / "Program Files" / "CounselRoom").exists()
    assert _snapshot(data) == records

    # A running CounselRoom.exe (Wine's cmd.exe under that name, waiting on its input).
    shutil.copy(wine.prefix / "drive_c" / "windows" / "system32" / "cmd.exe", program / "CounselRoom.exe")
    running = subprocess.Popen([wine.wine, str(program / "CounselRoom.exe")], env=wine.env,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        running.stdin.write(b"echo cr-ready\r\n")
        running.stdin.flush()
        seen = b""
        deadline = time.monotonic() + 60
        while b"cr-ready" not in seen.replace(b"echo cr-ready", b"") and time.monotonic() < deadline:
            seen += running.stdout.read1(4096)
        before = _snapshot(program)
        assert wine.run(str(setup64), "/S") == 3   # refused: still running
        assert _snapshot(program) == before
    finally:
        try:
            running.stdin.write(b"exit\r\n")
            running.stdin.close()
            running.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            running.kill()
            running.wait(timeout=30)

    # Uninstall: program files, shortcuts and the registry entry go; the data stays.
    assert wine.run(str(program / "uninstall.exe"), "/S", "/CurrentUser") == 0
    assert _wait_until(lambda: not (program / "uninstall.exe").exists())
    assert _files(program) == {"notes-by-it-staff.txt"}   # not its own: kept, and so the folder
    assert _links(wine.start_menu) == set() and _links(wine.desktop) == set()
    assert wine.reg_values("HKCU") == {}
    assert _snapshot(data) == records

    # Without a stranger's file the folder goes too.
    (program / "notes-by-it-staff.txt").unlink()
    assert wine.run(str(setup64), "/S", "/CurrentUser", "/NoDesktopShortcut") == 0
    assert _links(wine.start_menu) == {"CounselRoom.lnk"} and _links(wine.desktop) == set()
    assert wine.run(str(program / "uninstall.exe"), "/S", "/CurrentUser") == 0
    assert _wait_until(lambda: not program.exists())
    assert _snapshot(data) == records


def test_the_data_folder_is_refused_as_installation_folder(wine, setup64):
    data = wine.local / "CounselRoom"
    data.mkdir(parents=True, exist_ok=True)
    (data / "counselroom.db").write_bytes(b"records")
    before = _snapshot(data)
    windows_data = "C:\\users\\" + wine.user.name + "\\AppData\\Local\\CounselRoom"
    for target in (windows_data, windows_data + "\\app"):
        assert wine.run(str(setup64), "/S", "/CurrentUser", f"/D={target}") == 2
        assert _snapshot(data) == before
    assert wine.reg_values("HKCU") == {}


def test_per_machine_install_and_uninstall(wine, bundle, setup64):
    program = wine.prefix / "drive_c" / "Program Files" / "CounselRoom"
    common_menu = wine.prefix / "drive_c" / "ProgramData" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    public_desktop = wine.prefix / "drive_c" / "users" / "Public" / "Desktop"
    assert wine.run(str(setup64), "/S", "/AllUsers") == 0
    assert _files(program) == bundle_files(bundle) | INSTALLER_EXTRAS
    entry = wine.reg_values("HKLM")
    assert entry["InstallLocation"] == "C:\\Program Files\\CounselRoom"
    assert entry["QuietUninstallString"] == '"C:\\Program Files\\CounselRoom\\uninstall.exe" /AllUsers /S'
    assert wine.reg_values("HKCU") == {}
    assert _links(common_menu) == {"CounselRoom.lnk"} and _links(public_desktop) == {"CounselRoom.lnk"}

    assert wine.run(str(program / "uninstall.exe"), "/S", "/AllUsers") == 0
    assert _wait_until(lambda: not program.exists())
    assert wine.reg_values("HKLM") == {}
    assert _links(common_menu) == set() and _links(public_desktop) == set()
