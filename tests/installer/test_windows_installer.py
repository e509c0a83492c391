"""The Windows installer (installer/counselroom.nsi), checked without Windows.

makensis (Debian's nsis) compiles the script against a stand-in bundle laid out like
PyInstaller's dist/CounselRoom; 7-Zip lists what setup.exe would install and reads its
version resource.  What only Windows can show (per-user/per-machine install, shortcuts,
registry, upgrade, uninstall keeping the data folder) runs in .github/workflows/windows.yml;
here the uninstaller's script is checked statically: it deletes program files, shortcuts
and its registry key, never a data path or a Credential Manager entry.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

import nsis_build
import pytest
from nsis_build import (
    INSTALLER_EXTRAS,
    LICENSES_SUBDIR,
    NSI,
    bundle_files,
    compile_installer,
    listed_files,
    make_standin_bundle,
    run_makensis,
    unremoved_top_level,
)

pytestmark = pytest.mark.timeless   # see pyproject.toml: left out of CI's run at a pinned date

VERSION = "0.1.0"
REPO_ROOT = Path(__file__).resolve().parents[2]

needs_makensis = pytest.mark.skipif(
    nsis_build.makensis() is None,
    reason="makensis not installed (Debian: apt-get install nsis); CI installs it",
)
needs_7zip = pytest.mark.skipif(
    nsis_build.sevenzip() is None,
    reason="7zz/7z not installed (Debian: apt-get install 7zip): cannot list the installer's payload",
)


def _script() -> str:
    return NSI.read_text(encoding="utf-8-sig")


def _script_lines() -> list[str]:
    """The script's statements, without comments."""
    lines = []
    for raw in _script().splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        lines.append(line)
    return lines


@pytest.fixture(scope="module")
def standin(tmp_path_factory) -> Path:
    # Spaces and Chinese in the build path, as on a Chinese Windows desktop.
    return make_standin_bundle(tmp_path_factory.mktemp("build") / "构建 目录" / "dist")


@pytest.fixture(scope="module")
def setup_exe(standin, tmp_path_factory) -> Path:
    if nsis_build.makensis() is None:
        pytest.skip("makensis not installed (Debian: apt-get install nsis); CI installs it")
    out = tmp_path_factory.mktemp("out") / f"CounselRoom-{VERSION}-setup.exe"
    # -WX: a text missing in Chinese or English (a makensis warning) fails the build.
    return compile_installer(standin, out, VERSION)


# --- compiling and the payload -----------------------------------------------------------

@needs_makensis
def test_compiles_with_both_languages_and_no_warning(setup_exe):
    assert setup_exe.is_file()
    assert setup_exe.read_bytes()[:2] == b"MZ"
    assert setup_exe.stat().st_size > 100_000   # stub + UI + payload


@needs_makensis
@needs_7zip
def test_installs_every_bundle_file_and_nothing_else(standin, setup_exe):
    payload = bundle_files(standin)
    listed = listed_files(setup_exe)
    assert payload - listed == set(), "bundle files missing from setup.exe"
    assert listed - payload == set(INSTALLER_EXTRAS)


@needs_makensis
@needs_7zip
def test_licence_texts_and_chinese_file_names_are_installed(setup_exe):
    listed = listed_files(setup_exe)
    licences = {p for p in listed if p.startswith(LICENSES_SUBDIR + "/")}
    assert {f"{LICENSES_SUBDIR}/LICENSE.txt", f"{LICENSES_SUBDIR}/THIRD-PARTY-NOTICES.txt",
            f"{LICENSES_SUBDIR}/fonts/OFL.txt"} <= licences
    assert "_internal/counselroom/resources/scales/说明 量表.txt" in listed


@needs_makensis
@needs_7zip
def test_setup_exe_has_version_information_and_the_icon(setup_exe):
    info = nsis_build.version_info(setup_exe)
    assert f"ProductVersion: {VERSION}" in info
    assert f"FileVersion: {VERSION}.0" in info
    assert "ProductName: CounselRoom" in info
    assert "ProductName: 心理咨询室档案管理 (CounselRoom)" in info
    icons = re.findall(r"\.rsrc/\d+/ICON/\d+", info)
    assert len(icons) == 7, info   # 16, 24, 32, 48, 64, 128, 256 px


@needs_makensis
@needs_7zip
def test_installer_needs_no_network(setup_exe):
    plugins = {line.split("$PLUGINSDIR/")[1] for line in _7z_paths(setup_exe) if "$PLUGINSDIR/" in line}
    assert plugins <= {"modern-wizard.bmp", "nsDialogs.dll", "System.dll", "LangDLL.dll", "UserInfo.dll"}
    text = _script()
    for word in ("NSISdl", "inetc", "INetC", "http://", "https://"):
        assert word not in text


def _7z_paths(setup_exe: Path) -> list[str]:
    import subprocess
    out = subprocess.run([nsis_build.sevenzip(), "l", "-slt", "-ba", "-tNsis", str(setup_exe)], check=False,
                         capture_output=True, text=True, encoding="utf-8").stdout
    return [line[7:] for line in out.splitlines() if line.startswith("Path = ")]


# --- readable errors -----------------------------------------------------------------------

@needs_makensis
def test_missing_bundle_dir_fails_with_a_readable_error(tmp_path):
    out = tmp_path / "setup.exe"
    result = run_makensis({"VERSION": VERSION, "OUTFILE": str(out)})
    assert result.returncode != 0
    assert "BUNDLE_DIR is not defined" in result.stdout + result.stderr
    assert "-DBUNDLE_DIR=" in result.stdout + result.stderr
    assert not out.exists()


@needs_makensis
def test_missing_version_and_outfile_fail_with_readable_errors(standin, tmp_path):
    result = run_makensis({"BUNDLE_DIR": str(standin), "OUTFILE": str(tmp_path / "s.exe")})
    assert result.returncode != 0 and "VERSION is not defined" in result.stdout + result.stderr
    result = run_makensis({"VERSION": VERSION, "BUNDLE_DIR": str(standin)})
    assert result.returncode != 0 and "OUTFILE is not defined" in result.stdout + result.stderr


@needs_makensis
@pytest.mark.parametrize("version", ["0.1", "0.1.0rc1", "1.2.3.4"])
def test_a_version_windows_cannot_hold_is_refused(standin, tmp_path, version):
    result = run_makensis({"VERSION": version, "BUNDLE_DIR": str(standin),
                           "OUTFILE": str(tmp_path / "s.exe")})
    assert result.returncode != 0
    assert f"VERSION={version} is not" in result.stdout + result.stderr


@needs_makensis
def test_a_folder_that_is_not_the_bundle_is_refused(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run_makensis({"VERSION": VERSION, "BUNDLE_DIR": str(tmp_path / "empty"),
                           "OUTFILE": str(tmp_path / "s.exe")})
    assert result.returncode != 0
    assert "holds no CounselRoom.exe" in result.stdout + result.stderr


@needs_makensis
def test_a_bundle_without_the_licence_texts_is_refused(tmp_path):
    bundle = make_standin_bundle(tmp_path)
    for path in sorted((bundle / LICENSES_SUBDIR).rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    (bundle / LICENSES_SUBDIR).rmdir()
    result = run_makensis({"VERSION": VERSION, "BUNDLE_DIR": str(bundle),
                           "OUTFILE": str(tmp_path / "s.exe")})
    assert result.returncode != 0
    assert "licence texts are missing" in result.stdout + result.stderr


# --- the uninstaller, statically -------------------------------------------------------------

DELETIONS = re.compile(r"^(Delete|RMDir|DeleteRegKey|DeleteRegValue)\b(.*)$")


def test_every_deletion_is_a_program_file_a_shortcut_or_the_uninstall_key():
    found = []
    for line in _script_lines():
        m = DELETIONS.match(line)
        if not m:
            continue
        command, rest = m.group(1), m.group(2).strip()
        found.append((command, rest))
        for data_word in ("$LOCALAPPDATA", "$APPDATA", "$DataDir", "$PROFILE", "$DOCUMENTS",
                          "$TEMP", "CounselRoom\\backups", "counselroom.db", "counselroom.keys"):
            assert data_word not in rest, line
        if command == "Delete":
            # one named file (no wildcard) in the program folder, the Start menu or the desktop
            assert re.fullmatch(r'"\$(INSTDIR|SMPROGRAMS|DESKTOP)\\[^"*?]+"', rest), line
        elif command == "RMDir":
            if rest.startswith("/r"):
                assert rest == '/r "$INSTDIR\\_internal"', line
            else:
                assert rest == '"$INSTDIR"', line   # only when empty
        else:
            assert rest.startswith('SHCTX "${UNINST_KEY}"'), line
    commands = {c for c, _ in found}
    assert {"Delete", "RMDir", "DeleteRegKey"} <= commands


def test_the_key_store_is_never_touched():
    text = _script().lower()
    for word in ("cmdkey", "credDelete".lower(), "credwrite", "advapi32::cred", "vaultcmd",
                 "exec ", "nsexec", "execwait", "execshell"):
        if word == "exec ":
            # the one Exec starts the application through Explorer from the finish page
            assert text.count("exec '") == 1 and "explorer.exe" in text
            continue
        assert word not in text, word


def test_uninstall_confirmation_says_the_data_stays_in_both_languages():
    text = _script()
    zh = re.search(r'LangString UN_KEEPS_DATA \$\{LANG_SIMPCHINESE\} "([^"]+)"', text).group(1)
    en = re.search(r'LangString UN_KEEPS_DATA \$\{LANG_ENGLISH\} "([^"]+)"', text).group(1)
    assert "您的咨询记录、备份和钥匙串中的密钥不会被删除" in zh
    assert "%LOCALAPPDATA%\\CounselRoom" in zh and "凭据管理器" in zh
    assert "not deleted" in en and "%LOCALAPPDATA%\\CounselRoom" in en and "Credential Manager" in en
    assert '!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UN_KEEPS_DATA)"' in text
    # The text box at the top of that page holds three lines (300 x 30 dialog units,
    # about 75 Latin or 37 Chinese characters a line).
    assert len(zh) <= 100 and len(en) <= 210


def test_every_text_exists_in_chinese_and_english():
    text = _script()
    zh = set(re.findall(r"^LangString (\w+) \$\{LANG_SIMPCHINESE\}", text, re.MULTILINE))
    en = set(re.findall(r"^LangString (\w+) \$\{LANG_ENGLISH\}", text, re.MULTILINE))
    assert zh == en and {"SHORTCUT_NAME", "UN_KEEPS_DATA", "APP_RUNNING"} <= zh
    assert 'LangString SHORTCUT_NAME ${LANG_SIMPCHINESE} "${APP_NAME_ZH}"' in text
    assert '!define APP_NAME_ZH "心理咨询室档案管理"' in text
    languages = re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"', text, re.MULTILINE)
    assert languages == ["SimpChinese", "English"]   # Chinese first: the default


def test_uninstaller_removes_every_top_level_entry_of_the_bundle(tmp_path):
    # A new top-level file in the PyInstaller bundle must be added to REMOVE_PROGRAM_FILES.
    assert unremoved_top_level(make_standin_bundle(tmp_path)) == set()


def test_script_is_utf8_with_a_byte_order_mark():
    # Without the BOM, makensis on Windows reads the Chinese text in the machine's code page.
    raw = NSI.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    raw[3:].decode("utf-8")
    assert "Unicode true" in _script_lines()


# --- the icon ----------------------------------------------------------------------------------

def test_icon_files_have_every_windows_size():
    icons = REPO_ROOT / "resources" / "icons"
    png = (icons / "counselroom.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (256, 256)
    png48 = (icons / "counselroom-48.png").read_bytes()
    assert struct.unpack(">II", png48[16:24]) == (48, 48)
    ico = (icons / "counselroom.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico, 0)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, _h, _, _, _planes, bpp, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        assert bpp == 32 and offset + length <= len(ico)
        sizes.append(w or 256)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]
    wizard = (icons.parent.parent / "installer" / "installer-wizard.bmp").read_bytes()   # Modern UI's welcome/finish picture
    assert wizard[:2] == b"BM" and struct.unpack_from("<iiHH", wizard, 18) == (164, 314, 1, 24)
