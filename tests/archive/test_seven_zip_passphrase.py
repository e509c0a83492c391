"""What the application accepts and teaches about the archive passphrase is what the real 7-Zip
program accepts: the exported archive opens with the passphrase exactly as shown and printed,
and with no other form of it; a form 7-Zip refuses is never accepted without the exact form
being named (reader, verification, ``admin verify-archive``). And the README inside says how
to type it, with each table's true row count."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest

from archive_fixtures import _quarter_template, exported, run_7z  # noqa: F401 - fixtures
from cli_process import one_line_error, run_cli
from counselroom.archive.passphrase import typed_variants
from counselroom.archive.verify import ArchiveStatus, open_archive, verify_archive

pytestmark = pytest.mark.timeless   # see pyproject.toml: left out of CI's run at a pinned date


def _forms(passphrase: str) -> dict[str, str]:
    """The ways a generated passphrase is typed back from paper."""
    return {
        "exact": passphrase,
        "small letters": passphrase.lower(),
        "no hyphens": passphrase.replace("-", ""),
        "spaces for hyphens": passphrase.replace("-", " "),
        "small letters, spaces": passphrase.lower().replace("-", " "),
        "first group small": passphrase[:4].lower() + passphrase[4:],
        "a space after it": passphrase + " ",
        "a space before it": " " + passphrase,
        "one character wrong": passphrase[:-1] + ("2" if passphrase[-1] != "2" else "3"),
    }


def _opens_in_7zip(path: Path, passphrase: str) -> bool:
    done = run_7z("t", f"-p{passphrase}", str(path))
    if done.returncode == 0:
        assert "Everything is Ok" in done.stdout, done.stdout
    return done.returncode == 0


def test_7zip_opens_the_export_only_with_the_passphrase_exactly_as_shown(exported):
    path, passphrase = exported["result"].path, exported["passphrase"]
    assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){5}", passphrase)
    assert _opens_in_7zip(path, passphrase)
    for name, typed in _forms(passphrase).items():
        if name != "exact":
            assert not _opens_in_7zip(path, typed), name


def test_what_the_application_accepts_silently_7zip_accepts_too(exported):
    """Every form is tried in the application and in 7-Zip: one that the application opens without
    a word opens in 7-Zip too; one that 7-Zip refuses either does not open or comes back with the
    exact form, and that form opens in 7-Zip."""
    path, passphrase = exported["result"].path, exported["passphrase"]
    in_7zip: dict[str, bool] = {}

    def seven_zip_opens(text: str) -> bool:
        if text not in in_7zip:
            in_7zip[text] = _opens_in_7zip(path, text)
        return in_7zip[text]

    told = []
    for name, typed in _forms(passphrase).items():
        report = verify_archive(path, typed)
        if report.status is ArchiveStatus.WRONG_PASSPHRASE:
            assert not seven_zip_opens(typed), name
            assert name == "one character wrong"
            continue
        assert report.status is ArchiveStatus.SOUND, (name, report)
        if report.exact_passphrase is None:
            assert seven_zip_opens(typed), f"{name}: accepted silently, but 7-Zip refuses it"
            assert typed == passphrase
        else:
            assert not seven_zip_opens(typed), name
            assert report.exact_passphrase == passphrase and seven_zip_opens(report.exact_passphrase)
            told.append(name)
    assert sorted(told) == sorted(set(_forms(passphrase)) - {"exact", "one character wrong"})


def test_the_reader_given_another_form_opens_and_names_the_exact_one(exported):
    path, passphrase = exported["result"].path, exported["passphrase"]
    with open_archive(path, passphrase) as reader:
        assert reader.exact_passphrase is None
    loose = passphrase.lower().replace("-", " ")
    reader = open_archive(path, loose)
    try:
        assert reader.exact_passphrase == passphrase and reader.quarter == exported["room"].quarter
    finally:
        reader.close()
    assert reader.exact_passphrase is None             # forgotten with the rest


def test_a_typed_passphrase_is_tried_as_typed_before_any_variant(tmp_path):
    """A passphrase of one's own that happens to look like a generated one in small letters is
    used exactly as typed: the upper-case form 7-Zip would refuse never opens it."""
    from counselroom.archive.export import pack

    typed = "k7qm-3xrt-9hny-2sp6-rs2s-dq2e"
    archive = tmp_path / "own.7z"
    archive.write_bytes(pack([("manifest.json", b"{}")], typed))
    assert _opens_in_7zip(archive, typed) and not _opens_in_7zip(archive, typed.upper())
    assert typed_variants(typed) == [typed.upper()]
    assert verify_archive(archive, typed).exact_passphrase is None
    assert verify_archive(archive, typed.upper()).status is ArchiveStatus.WRONG_PASSPHRASE


def test_verify_archive_on_the_command_line_names_the_exact_form(exported):
    """Decided: a form 7-Zip refuses still checks the archive (same exit codes: the archive is what is
    checked), and one line on stderr names the form to type in 7-Zip."""
    path, passphrase = exported["result"].path, exported["passphrase"]
    env = dict(os.environ)
    exact = run_cli(env, "--lang", "en", "admin", "verify-archive", str(path), stdin=passphrase + "\n")
    assert exact.returncode == 0 and "is sound" in exact.stdout and exact.stderr.strip() == ""
    loose = run_cli(env, "--lang", "en", "admin", "verify-archive", str(path),
                    stdin=passphrase.lower().replace("-", " ") + "\n")
    assert loose.returncode == 0 and "is sound" in loose.stdout
    line = one_line_error(loose)
    assert passphrase in line and "7-Zip" in line and "capital letters and hyphens" in line
    wrong = run_cli(env, "--lang", "en", "admin", "verify-archive", str(path), stdin="K7QM-3XRT\n")
    assert wrong.returncode == 2 and "does not open" in one_line_error(wrong)


def _readme_tables(readme: str) -> dict[str, int]:
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"^(\w+)  \((\d+) 行 rows\)$", readme, re.MULTILINE)}


def test_the_readme_teaches_the_exact_passphrase_and_counts_every_table_right(exported, tmp_path):
    out = tmp_path / "x"
    done = run_7z("x", f"-p{exported['passphrase']}", f"-o{out}", str(exported["result"].path),
                  "README.txt", "records.sqlite")
    assert done.returncode == 0, done.stdout + done.stderr
    readme = (out / "README.txt").read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    for text in ("7-Zip → 打开", "输入密码", "大写字母不能改成小写", "连字符“-”不能省略",
                 "Enter password", "capital letters stay capitals", "hyphens (-) are typed too",
                 "byte for byte"):
        assert text in readme, text
    listed = _readme_tables(readme)
    conn = sqlite3.connect(out / "records.sqlite")
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        actual = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        info_columns = [r[1] for r in conn.execute("PRAGMA table_info(archive_info)")]
    finally:
        conn.close()
    assert listed == actual
    assert listed["archive_info"] > 0 and "archive_info  (0 行 rows)" not in readme
    at = readme.index("archive_info  (")
    assert ", ".join(f"{c} TEXT" for c in info_columns) in readme[at:at + 400]   # its columns too
    assert listed["visits"] == exported["result"].counts["visits"] > 0


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_receipt_prints_the_passphrase_exactly_and_says_how_to_type_it(exported, lang):
    from counselroom.reports.archive_receipt import build_archive_receipt

    result = exported["result"]
    fields = dict(room_name="实验中学心理咨询室", quarter=result.quarter, exported_at=result.exported_at,
                  exported_by=result.exported_by, file_name=result.file_name, size=result.size,
                  sha256=result.sha256, counts=result.counts, case_files=result.case_files,
                  audit_head_seq=result.audit_head_seq, audit_head_mac=result.audit_head_mac, lang=lang)

    def text(pdf: bytes) -> str:
        raw = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout
        return raw.decode().replace("\xa0", " ")

    generated = text(build_archive_receipt(passphrase=exported["passphrase"], **fields))
    without = text(build_archive_receipt(**fields))
    flat = lambda t: "".join(t.split())  # noqa: E731 - the text as wrapped into lines
    assert exported["passphrase"] in generated and exported["passphrase"] not in without
    if lang == "zh_CN":
        steps = ("7-Zip→打开", "→输入密码→", "大写字母不能改成小写", "连字符“-”不能省略")
        exact_note = "在7-Zip中须逐字照此输入"
    else:
        steps = ("7-Zip→Open", "→Enterpassword→", "capitallettersstaycapitals", "hyphens(-)aretypedtoo")
        exact_note = "Typeitinto7-Zipexactlyasprintedhere"
    for needle in steps:                                 # with or without the passphrase on it
        assert needle in flat(generated) and needle in flat(without), needle
    assert exact_note in flat(generated) and exact_note not in flat(without)

    assert generated.count("\f") == 1                    # still one page, signatures included

    # A sentence of one's own: Chinese glyphs (not Courier's empty boxes), and its spaces counted.
    own = "我们学校  心理咨询室 2026 秋季档案"
    printed = text(build_archive_receipt(passphrase=own, **fields))
    assert flat(own) in flat(printed) and "■" not in printed
    assert ("其中有 4 个空格" if lang == "zh_CN" else "Spaces in it: 4") in printed


@pytest.mark.parametrize("typed", [
    "我家门口那棵老槐树下，每天傍晚都有三只流浪猫等外婆喂食",
    "Our room's archive for the autumn term, 2026!",
    "秋天的操场上，孩子们在奔跑 — Autumn 2026",
    "䶮山中学的小李同学在𠀀字旁边画了一只打瞌睡的橘猫",
])
def test_a_passphrase_of_ones_own_that_the_application_takes_opens_in_7zip_as_typed(tmp_path, typed):
    """Chinese, punctuation, a character beyond the basic plane: what the export accepts, 7-Zip
    opens with exactly that text (and the application opens it silently)."""
    from counselroom.archive.export import pack
    from counselroom.archive.passphrase import passphrase_strength

    assert passphrase_strength(typed).ok
    archive = tmp_path / "own.7z"
    archive.write_bytes(pack([("manifest.json", b"{}")], typed))
    assert _opens_in_7zip(archive, typed)
    report = verify_archive(archive, typed)
    # it opens as typed (its made-up manifest is then found wanting, which is not the point here)
    assert report.exact_passphrase is None and report.status is not ArchiveStatus.WRONG_PASSPHRASE
