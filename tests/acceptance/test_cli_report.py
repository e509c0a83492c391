"""``admin report``: a period's work report as PDF and XLSX, headless (issue 16 §3)."""

from __future__ import annotations

import io
import subprocess
import zipfile

import pytest
from pypdf import PdfReader

import pinned_clock
from cli_process import one_line_error, run_cli

pytestmark = pytest.mark.secret_service

PW = "春眠不觉晓处处闻啼鸟"


def cli(env, *args, stdin: str = "") -> subprocess.CompletedProcess:
    return run_cli(env, *args, stdin=stdin, timeout=300)


def _last_month() -> str:
    today = pinned_clock.today()
    year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    return f"{year:04d}-{month:02d}"


def test_report_writes_a_suppressed_draft_pdf_and_workbook(secret_service_env, tmp_path):
    env = secret_service_env
    data, out = tmp_path / "data", tmp_path / "usb"
    out.mkdir()
    init = cli(env, "admin", "init", "--data-dir", str(data), "--user", "wang", "--room", "䶮山中学心理辅导室",
               stdin=PW + "\n")
    assert init.returncode == 0, init.stderr
    demo = cli(env, "admin", "demo", "--data-dir", str(data), "--user", "wang", "--clients", "30", "--years", "1",
               stdin=PW + "\n")
    assert demo.returncode == 0, demo.stderr
    period = _last_month()

    made = cli(env, "--lang", "en", "admin", "report", "--data-dir", str(data), "--user", "wang",
               "--period", period, "--out", str(out), stdin=PW + "\n")
    assert made.returncode == 0, made.stderr
    pdf_path, xlsx_path = made.stdout.split()
    assert pdf_path.endswith(f"CounselRoom-report-{period}-draft.pdf") and xlsx_path.endswith("-draft.xlsx")
    assert "not signed" in one_line_error(made)
    pdf = (out / pdf_path.rsplit("/", 1)[-1]).read_bytes()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "DRAFT" in text and "Monthly work report" in text and "<5" in text
    with zipfile.ZipFile(out / xlsx_path.rsplit("/", 1)[-1]) as book:
        assert any(name.startswith("xl/worksheets/") for name in book.namelist())
    assert sorted(p.name for p in out.iterdir()) == [f"CounselRoom-report-{period}-draft.pdf",
                                                       f"CounselRoom-report-{period}-draft.xlsx"]


def test_report_usage_errors_are_one_line_and_exit_2(secret_service_env, tmp_path):
    env = secret_service_env
    data, out = tmp_path / "data", tmp_path / "usb"
    out.mkdir()
    assert cli(env, "admin", "init", "--data-dir", str(data), "--user", "wang", stdin=PW + "\n").returncode == 0
    base = ("--lang", "en", "admin", "report", "--data-dir", str(data), "--user", "wang")

    bad_period = cli(env, *base, "--period", "2026-13", "--out", str(out), stdin=PW + "\n")
    assert bad_period.returncode == 2 and "is not a period" in one_line_error(bad_period)
    a_range = cli(env, *base, "--period", "2026-11-01..2026-11-05", "--out", str(out), stdin=PW + "\n")
    assert a_range.returncode == 2 and "not a month, a term or a school year" in one_line_error(a_range)
    no_folder = cli(env, *base, "--period", "2026-11", "--out", str(tmp_path / "missing"), stdin=PW + "\n")
    assert no_folder.returncode == 2 and "There is no folder" in one_line_error(no_folder)
    wrong = cli(env, *base, "--period", "2026-11", "--out", str(out), stdin="wrong password here\n")
    assert wrong.returncode == 2 and "Wrong user name or password" in one_line_error(wrong)
    assert list(out.iterdir()) == []
