"""``admin selftest``: what IT runs after installing, and what every build runs.

Run as the real program in a child process (the way IT and the build run it), and in
process with one piece of the installation taken away at a time: every missing piece
must turn the answer to "not ready" (exit 1), never to a traceback or a false "fine".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_process import run_cli
from counselroom.services import selftest as service_checks
from counselroom.ui import selftest


@pytest.mark.secret_service
def test_an_installation_with_a_real_key_store_passes(secret_service_env):
    result = run_cli(secret_service_env, "--lang", "en", "admin", "selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for found in ("SQLCipher", "4.", "keyring.backends.SecretService.Keyring", "PySide6", "gad7, phq9",
                  "counselroom_zh_CN, counselroom_en, qtbase_zh_CN", "U+4DAE"):
        assert found in out
    assert "FAILED" not in out
    assert out.rstrip().endswith("Everything needed is in place.")


@pytest.mark.secret_service
def test_the_report_is_in_chinese_first(secret_service_env):
    result = run_cli({**secret_service_env, "LANG": "C"}, "admin", "selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "自检" in result.stdout and "密钥库" in result.stdout
    assert result.stdout.rstrip().endswith("所需的一切都已就绪。")


def test_an_unsafe_key_store_makes_the_computer_not_ready(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    result = run_cli(env, "--lang", "en", "admin", "selftest")
    assert result.returncode == 1, result.stdout + result.stderr
    line = next(line for line in result.stdout.splitlines() if "Key store" in line)
    assert "[FAILED" in line and "keyrings.alt.file.PlaintextKeyring" in line
    assert "1 check failed" in result.stdout
    assert result.stderr == ""

    # a build machine has no key store: it is named, not judged
    built = run_cli(env, "--lang", "en", "admin", "selftest", "--without-keystore")
    assert built.returncode == 0, built.stdout
    assert "not judged" in built.stdout


def test_the_headless_program_takes_the_commands_without_admin(capsys, monkeypatch):
    from counselroom import cli

    seen = []
    monkeypatch.setattr(cli, "_run_admin", lambda args: seen.append((args.admin_command, args.lang)) or 0)
    assert cli.admin_main(["--lang", "en", "selftest"]) == 0
    assert seen == [("selftest", "en")]


def _report_with(monkeypatch, **replacements) -> tuple[bool, str]:
    for target, value in replacements.items():
        monkeypatch.setattr(target, value)
    passed, lines = selftest.run(judge_keystore=False)
    return passed, "\n".join(lines)


def test_everything_in_place_passes(qapp, monkeypatch):
    passed, report = _report_with(monkeypatch)
    assert passed, report


def test_a_missing_font_file_fails_on_screen_and_on_paper(qapp, monkeypatch, tmp_path):
    missing = tmp_path / "CounselRoomSansSC-Regular.ttf"
    passed, report = _report_with(monkeypatch, **{
        "counselroom.reports.fonts.font_file": lambda bold=False: missing,
        "counselroom.ui.selftest.font_file": lambda bold=False: missing})
    assert not passed
    failed = [line for line in report.splitlines() if "FAILED" in line]
    assert len(failed) == 2 and all("Font" in line for line in failed)


def test_a_font_without_the_rare_character_fails(qapp, monkeypatch):
    import reportlab

    # Bitstream Vera ships with reportlab; it has no CJK Extension A
    other = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    passed, report = _report_with(monkeypatch, **{"counselroom.reports.fonts.font_file": lambda bold=False: other})
    assert not passed
    assert any("Font for PDFs" in line and "FAILED" in line for line in report.splitlines())


def test_missing_translations_fail(qapp, monkeypatch, tmp_path):
    passed, report = _report_with(monkeypatch, **{
        "counselroom.ui.i18n.qm_path": lambda lang: tmp_path / f"counselroom_{lang}.qm"})
    assert not passed
    line = next(line for line in report.splitlines() if "Translations" in line)
    assert "FAILED" in line and "counselroom_zh_CN" in line.split("missing:")[1]


def test_missing_scales_fail(qapp, monkeypatch, tmp_path):
    from counselroom.services.scales import builtin_definitions

    builtin_definitions.cache_clear()
    try:
        passed, report = _report_with(monkeypatch, **{
            "counselroom.services.scales.resource_path": lambda *parts: tmp_path.joinpath(*parts)})
        assert not passed
        assert any("Scales" in line and "FAILED" in line for line in report.splitlines())
    finally:
        monkeypatch.undo()
        builtin_definitions.cache_clear()


def test_plain_sqlite_is_not_enough(monkeypatch):
    monkeypatch.setattr("counselroom.storage.database.sqlcipher_version", lambda: "")
    check = service_checks.sqlcipher_check()
    assert not check.ok and check.detail == "plain SQLite, no encryption"
