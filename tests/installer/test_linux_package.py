"""The frozen bundle and the .deb, as a school's IT teacher gets them (issue 13).

The .deb is installed on this machine with apt (dependencies resolved like on a 统信/麒麟
desktop), used through the programs on PATH under a real Secret Service — self-check,
set-up, demo data, a quarter's archive and its verification, the window up to the login —
and removed again: every user's data folder and key-store entries must survive that.

These run the frozen programs, which follow the computer's real clock, not the suite's
pinned one: the quarter to archive is computed from the real date the programs see.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import pinned_clock
from counselroom import __version__
from counselroom.domain.archive import Quarter
from linux_package import artefact, run, screenshot, wait_for_window, x_display

pytestmark = pytest.mark.timeless

PASSWORD = "Frozen-Build-2026!"
PASSPHRASE = "SEVEN-TIGERS-CROSS-THE-RIVER-4271"


@pytest.fixture(scope="module")
def bundle() -> Path:
    return artefact("COUNSELROOM_BUNDLE")


@pytest.fixture(scope="module")
def deb() -> Path:
    return artefact("COUNSELROOM_DEB")


def _files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# --- the bundle -------------------------------------------------------------------------------

@pytest.mark.secret_service
def test_the_bundle_checks_itself_under_a_real_key_store(bundle, secret_service_env):
    result = run(bundle / "counselroom-admin", "--lang", "en", "selftest", env=secret_service_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "keyring.backends.SecretService.Keyring" in result.stdout
    assert f"CounselRoom         {__version__}" in result.stdout


def test_the_bundle_leaves_out_what_the_room_never_uses(bundle):
    names = [str(p.relative_to(bundle)) for p in bundle.rglob("*")]
    for unwanted in ("libQt6Qml", "libQt6Quick", "WebEngine", "VirtualKeyboard", "libgtk-3", "libqgtk3",
                     "/pytest", "/hypothesis", "keyrings/alt", "/fontTools", "setuptools"):
        assert not [n for n in names if unwanted in n], unwanted
    resources = bundle / "_internal" / "counselroom" / "resources"
    assert {p.name for p in (resources / "translations").iterdir()} == {
        "counselroom_en.qm", "counselroom_zh_CN.qm", "qt_supplement_zh_CN.qm"}
    assert (resources / "licenses" / "index.json").is_file()
    assert (resources / "fonts" / "OFL.txt").is_file()


# --- the .deb ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def installed(deb):
    if os.geteuid() != 0:
        pytest.skip("installing a .deb needs root")
    subprocess.run(["dpkg", "--purge", "counselroom"], capture_output=True)
    result = subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", str(deb.resolve())],
                            capture_output=True, text=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    yield
    subprocess.run(["dpkg", "--purge", "counselroom"], capture_output=True)


@pytest.fixture(scope="module")
def room(installed, secret_service_env, tmp_path_factory):
    """A room set up by the installed program, in a data folder with a Chinese name."""
    data = tmp_path_factory.mktemp("home") / "张老师" / "咨询室 数据"
    result = run("counselroom-admin", "init", "--data-dir", str(data), "--user", "zhang",
                 "--name", "张老师", stdin=PASSWORD + "\n", env=secret_service_env)
    assert result.returncode == 0, result.stderr
    return data


def test_the_package_installs_programs_on_path_a_menu_entry_and_the_icon(installed):
    assert Path("/usr/bin/counselroom-admin").resolve() == Path("/opt/counselroom/counselroom-admin")
    assert Path("/usr/bin/counselroom").resolve() == Path("/opt/counselroom/CounselRoom")
    entry = Path("/usr/share/applications/counselroom.desktop").read_text(encoding="utf-8")
    assert "Name[zh_CN]=心理咨询室档案管理" in entry and "Exec=/opt/counselroom/CounselRoom" in entry
    assert Path("/usr/share/icons/hicolor/256x256/apps/counselroom.png").is_file()
    status = subprocess.run(["dpkg-query", "-W", "-f", "${Version} ${Depends}", "counselroom"],
                            capture_output=True, text=True).stdout
    assert status.startswith(__version__) and "libc6 (>= 2." in status


@pytest.mark.secret_service
def test_the_installed_programs_keep_records_and_archive_a_quarter(room, secret_service_env, tmp_path):
    env = secret_service_env
    selftest = run("counselroom-admin", "selftest", env=env)
    assert selftest.returncode == 0, selftest.stdout
    demo = run("counselroom-admin", "demo", "--data-dir", str(room), "--user", "zhang", "--clients", "15",
               stdin=PASSWORD + "\n", env=env)
    assert demo.returncode == 0, demo.stderr
    check = run("counselroom-admin", "check", "--data-dir", str(room), "--user", "zhang",
                stdin=PASSWORD + "\n", env=env)
    assert check.returncode == 0, check.stdout + check.stderr

    usb = tmp_path / "U盘"
    usb.mkdir()
    quarter = Quarter.last_complete(pinned_clock.computer_today())   # the frozen program's clock
    export = run("counselroom-admin", "export", "--data-dir", str(room), "--user", "zhang",
                 "--quarter", str(quarter), "--out", str(usb), "--acknowledge-unsettled",
                 stdin=f"{PASSWORD}\n{PASSPHRASE}\n", env=env)
    assert export.returncode == 0, export.stderr
    archive = Path(export.stdout.strip().splitlines()[-1])
    assert archive.parent == usb and archive.is_file()
    verify = run("counselroom-admin", "verify-archive", str(archive), "--data-dir", str(room), "--user", "zhang",
                 stdin=f"{PASSWORD}\n{PASSPHRASE}\n", env=env)
    assert verify.returncode == 0, verify.stdout + verify.stderr


@pytest.mark.secret_service
def test_the_installed_window_opens_to_the_login(room, secret_service_env, tmp_path):
    shots = Path(os.environ.get("COUNSELROOM_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    with x_display() as display:
        env = {k: v for k, v in secret_service_env.items() if k != "QT_QPA_PLATFORM"}
        window = subprocess.Popen(["counselroom", "--data-dir", str(room), "--lang", "en"],
                                  env={**env, "DISPLAY": display}, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True)
        try:
            wait_for_window(display, "CounselRoom — log in", window)
            shot = screenshot(display, shots / "deb-login.png")
            assert shot.stat().st_size > 10_000
        finally:
            window.terminate()
            window.wait(timeout=20)


@pytest.mark.secret_service
def test_removing_the_package_keeps_every_record_and_key(room, secret_service_env):
    from keyring.backends import SecretService

    before = _files(room)
    assert "counselroom.db" in before and "counselroom.keys" in before
    items_before = _counselroom_secrets(SecretService)
    assert items_before

    for command in (["apt-get", "remove", "-y", "-q", "counselroom"], ["dpkg", "--purge", "counselroom"]):
        result = subprocess.run(command, capture_output=True, text=True,
                                env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
        assert result.returncode == 0, result.stderr
    assert not Path("/opt/counselroom").exists()
    assert shutil.which("counselroom-admin") is None
    assert _files(room) == before
    assert _counselroom_secrets(SecretService) == items_before


def _counselroom_secrets(secret_service) -> list[tuple[str, str]]:
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        return sorted((item.get_attributes().get("service", ""), item.get_attributes().get("username", ""))
                      for item in collection.get_all_items()
                      if item.get_attributes().get("service", "").startswith("CounselRoom"))
    finally:
        connection.close()
