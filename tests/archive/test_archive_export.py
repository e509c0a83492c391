"""The quarterly archive file itself, checked with the real 7-Zip program and the standard
sqlite3 module: it opens with the passphrase only, names nothing without it, holds the
quarter's records exactly, and damage is reported."""

from __future__ import annotations

import errno
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from counselroom.archive import export as export_mod
from counselroom.archive.passphrase import generate_passphrase
from counselroom.archive.verify import ArchiveStatus, open_archive, verify_archive
from counselroom.domain.archive import ArchiveError
from counselroom.domain.audit import Action, AuditFilter
from counselroom.services.archive import ArchiveService
from counselroom.services.audit_service import AuditService
from counselroom.storage.quarter_repo import QuarterRepository

from archive_fixtures import (  # noqa: F401 - fixtures
    ATTACHMENT_NAME, CLIENT_NAME, OTHER_NAME, _quarter_template, exported, quarter_room, run_7z, usb,
)


def test_7zip_opens_it_with_the_passphrase_and_the_manifest_hashes_match(exported, tmp_path):
    path: Path = exported["result"].path
    assert path.name == f"CounselRoom-{exported['room'].quarter}.7z"
    out = tmp_path / "extracted"
    done = run_7z("x", f"-p{exported['passphrase']}", f"-o{out}", str(path))
    assert done.returncode == 0, done.stdout + done.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["quarter"] == str(exported["room"].quarter)
    for name, entry in manifest["files"].items():
        data = (out / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], name
        assert len(data) == entry["size"]
    extracted = {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()}
    assert extracted == set(manifest["files"]) | {"manifest.json"}
    # One binding-ready PDF per client (but the student only screened), named by file number, and the
    # README in both languages.
    pdfs = [n for n in manifest["files"] if n.startswith("case-files/")]
    assert len(pdfs) == manifest["counts"]["clients"] - 1 == exported["result"].case_files > 0
    assert all((out / n).read_bytes().startswith(b"%PDF-") for n in pdfs)
    readme = (out / "README.txt").read_text(encoding="utf-8-sig")
    assert "数据表" in readme and "Tables" in readme and "visit_addenda" in readme and "7-Zip" in readme
    assert hashlib.sha256(path.read_bytes()).hexdigest() == exported["result"].sha256


def test_without_the_passphrase_7zip_lists_nothing(exported):
    path = exported["result"].path
    listing = run_7z("l", str(path))
    wrong = run_7z("l", "-pnot-the-passphrase", str(path))
    for done in (listing, wrong):
        assert done.returncode != 0
        text = done.stdout + done.stderr
        assert "records.sqlite" not in text and "case-files" not in text and "manifest" not in text
    right = run_7z("l", f"-p{exported['passphrase']}", str(path))
    assert right.returncode == 0 and "records.sqlite" in right.stdout


def test_no_name_case_number_or_file_name_in_the_archive_bytes(exported):
    raw = exported["result"].path.read_bytes()
    manifest_names = list(exported["result"].counts)  # table names appear in the database
    secrets = (exported["names"] + exported["case_numbers"]
               + [ATTACHMENT_NAME, CLIENT_NAME, OTHER_NAME, "records.sqlite", "manifest.json", "README.txt",
                  "case-files", "考试焦虑", exported["room"].quarter.file_name] + manifest_names)
    assert CLIENT_NAME in exported["names"]
    for text in secrets:
        for encoding in ("utf-8", "utf-16-le"):
            assert text.encode(encoding) not in raw, (text, encoding)


def test_the_inner_database_opens_with_sqlite3_and_its_counts_equal_the_live_quarter(exported, tmp_path):
    out = tmp_path / "x"
    assert run_7z("x", f"-p{exported['passphrase']}", f"-o{out}", str(exported["result"].path)).returncode == 0
    conn = sqlite3.connect(out / "records.sqlite")
    try:
        count = lambda table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
        for table, live in exported["live"].items():
            assert count(table) == live, table
        assert exported["live"]["visits"] > 10 and exported["live"]["test_administrations"] >= 1
        assert exported["live"]["visit_addenda"] >= 1 and exported["live"]["audit"] > 0
        for table, n in exported["result"].counts.items():
            assert count(table) == n, table
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        row = conn.execute("SELECT c.name, a.name, length(a.data) FROM consents k JOIN clients c ON c.id = k.client_id "
                           "JOIN consent_attachments a ON a.consent_id = k.id").fetchone()
        assert row == (CLIENT_NAME, ATTACHMENT_NAME, len(b"\x89PNG\r\n\x1a\n") + 1024)
        info = dict(conn.execute("SELECT key, value FROM archive_info"))
        assert info["quarter"] == str(exported["room"].quarter)
        assert int(info["audit_head_seq"]) == exported["result"].audit_head_seq
        assert info["audit_head_mac"] == exported["result"].audit_head_mac
        # The quarter's audit rows are links of the chain: each row that follows another archived
        # row names that row's MAC. (Demo data is dated back into the quarter after rows of today,
        # so its rows need not be one unbroken stretch.)
        rows = conn.execute("SELECT seq, prev_mac, mac FROM audit ORDER BY seq").fetchall()
        pairs = [(a, b) for a, b in zip(rows, rows[1:]) if b[0] == a[0] + 1]
        assert pairs and all(b[1] == a[2] for a, b in pairs)
        # A group participant is archived with the visit.
        assert conn.execute("SELECT count(*) FROM clients WHERE name = ?", (OTHER_NAME,)).fetchone()[0] == 1
    finally:
        conn.close()


def test_the_reader_api(exported):
    with open_archive(exported["result"].path, exported["passphrase"]) as reader:
        assert reader.quarter == exported["room"].quarter
        found = reader.clients("欧阳")
        assert [c.name for c in found] == [CLIENT_NAME]
        records = reader.records(found[0].id)
        [case] = records.cases
        assert case.case.reason == "考试焦虑，夜里睡不着"
        assert [v.content.complaint for v in case.visits] == ["最近睡不好", "草稿，尚未签名"]
        assert case.visits[0].addenda[0].text == "补充：与班主任沟通过。"
        assert len(case.tests) == 1 and case.tests[0].signed
        assert records.consents[0].kind.value == "counselling"
        assert reader.attachment(records.consents[0].id)[0] == ATTACHMENT_NAME
        assert len(records.appointments) == 1
        assert reader.case_file(found[0].id).startswith(b"%PDF-")
        assert len(reader.clients()) == reader.counts["clients"]
        assert "Tables" in reader.readme()
    with pytest.raises(ArchiveError) as closed:
        reader.clients()
    assert closed.value.code == "archive.closed"


def test_a_generated_passphrase_typed_back_loosely_still_opens(exported):
    loose = exported["passphrase"].lower().replace("-", " ")
    assert verify_archive(exported["result"].path, loose).status is ArchiveStatus.SOUND


@pytest.mark.parametrize("damage", ["truncated", "cut_short", "flipped_bit", "flipped_in_data"])
def test_damage_is_reported(exported, tmp_path, damage):
    raw = bytearray(exported["result"].path.read_bytes())
    if damage == "truncated":
        raw = raw[: len(raw) // 2]
    elif damage == "cut_short":
        raw = raw[:-7]
    elif damage == "flipped_bit":
        raw[len(raw) // 3] ^= 0x04
    else:
        raw[200] ^= 0x80
    bad = tmp_path / "bad.7z"
    bad.write_bytes(bytes(raw))
    report = verify_archive(bad, exported["passphrase"])
    assert report.status is ArchiveStatus.DAMAGED, report
    assert report.problems
    with pytest.raises(ArchiveError) as refused:
        open_archive(bad, exported["passphrase"])
    assert refused.value.code == "archive.damaged"


def test_wrong_passphrase_and_not_an_archive(exported, tmp_path):
    path = exported["result"].path
    assert verify_archive(path, "WRONG-PASS-WORD-HERE-1234-ABCD").status is ArchiveStatus.WRONG_PASSPHRASE
    with pytest.raises(ArchiveError) as wrong:
        open_archive(path, "这不是密码")
    assert wrong.value.code == "archive.wrong_passphrase"
    text = tmp_path / "notes.7z"
    text.write_text("只是一个文本文件", encoding="utf-8")
    assert verify_archive(text, "x").status is ArchiveStatus.NOT_ARCHIVE
    empty = tmp_path / "empty.7z"
    empty.write_bytes(b"")
    assert verify_archive(empty, "x").status is ArchiveStatus.NOT_ARCHIVE
    with pytest.raises(ArchiveError) as missing:
        verify_archive(tmp_path / "nowhere.7z", "x")
    assert missing.value.code == "archive.unreadable"


def test_an_archive_by_plain_7zip_without_our_manifest_is_not_ours(tmp_path):
    (tmp_path / "a.txt").write_text("hello", encoding="utf-8")
    plain = tmp_path / "plain.7z"
    assert run_7z("a", "-pabc", "-mhe=on", str(plain), str(tmp_path / "a.txt")).returncode == 0
    assert verify_archive(plain, "abc").status is ArchiveStatus.NOT_ARCHIVE


# -- writing that fails part-way -----------------------------------------------------------------
class FailingFile:
    """A file on a drive that fills up (or is pulled) after ``limit`` bytes."""

    def __init__(self, real, limit: int, err: int) -> None:
        self._real, self._limit, self._err, self.written = real, limit, err, 0

    def write(self, data) -> int:
        if self.written + len(data) > self._limit:
            room = self._limit - self.written
            if room > 0:
                self._real.write(bytes(data[:room]))
                self.written += room
            raise OSError(self._err, "simulated")
        self.written += self._real.write(data)
        return len(data)

    def __getattr__(self, name):
        return getattr(self._real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._real.close()


@pytest.mark.parametrize("err, code", [(errno.ENOSPC, "archive.disk_full"), (errno.EIO, "archive.write_failed")])
def test_a_write_failing_part_way_leaves_no_archive_and_the_previous_one_intact(quarter_room, usb, monkeypatch,
                                                                                  err, code):
    quarter = quarter_room.quarter
    previous = usb / quarter.previous().file_name
    previous.write_bytes(b"7z\xbc\xaf\x27\x1c" + b"the previous quarter" * 1000)
    before = previous.read_bytes()
    real_open = export_mod._open_temp

    def failing_open(target_dir, file_name):
        path, fh = real_open(target_dir, file_name)
        return path, FailingFile(fh, 50_000, err)

    monkeypatch.setattr(export_mod, "_open_temp", failing_open)
    boss = quarter_room.login()
    try:
        with pytest.raises(ArchiveError) as failed:
            ArchiveService(boss).export(quarter, usb, generate_passphrase(), acknowledged=True)
        assert failed.value.code == code
        assert sorted(p.name for p in usb.iterdir()) == [previous.name]  # no final name, no temporary file
        assert previous.read_bytes() == before
        assert not QuarterRepository(boss.db).is_archived(quarter)
        [row] = AuditService(boss).search(AuditFilter(action=Action.ARCHIVE_EXPORT_FAILED.value))
        assert row.detail["reason"] == code
        # The drive is fine again: the same export now succeeds.
        monkeypatch.setattr(export_mod, "_open_temp", real_open)
        done = ArchiveService(boss).export(quarter, usb, generate_passphrase(), acknowledged=True)
        assert done.path.exists() and previous.read_bytes() == before
    finally:
        boss.logout()


def test_cancel_leaves_nothing(quarter_room, usb):
    boss = quarter_room.login()
    stages = []

    def progress(stage, fraction):
        stages.append((stage, fraction))

    try:
        with pytest.raises(ArchiveError) as cancelled:
            ArchiveService(boss).export(quarter_room.quarter, usb, generate_passphrase(), acknowledged=True,
                                        progress=progress, cancel=lambda: any(s == "write" for s, _ in stages))
        assert cancelled.value.code == "archive.cancelled"
        assert list(usb.iterdir()) == []
        assert not QuarterRepository(boss.db).is_archived(quarter_room.quarter)
        fractions = [f for _, f in stages]
        assert fractions == sorted(fractions) and 0 < fractions[-1] < 1
        assert [s for s, _ in stages][0] == "gather"
    finally:
        boss.logout()


def test_a_bad_read_back_removes_the_file(quarter_room, usb, monkeypatch):
    """The drive returns other bytes than were written: the file is removed, nothing archived."""
    real_write = export_mod.write_to_drive

    def corrupting(data, target_dir, file_name, tracker=None):
        path = real_write(data, target_dir, file_name, tracker)
        raw = bytearray(path.read_bytes())
        raw[len(raw) // 2] ^= 0x01
        path.write_bytes(bytes(raw))
        return path

    monkeypatch.setattr(export_mod, "write_to_drive", corrupting)
    boss = quarter_room.login()
    try:
        with pytest.raises(ArchiveError) as failed:
            ArchiveService(boss).export(quarter_room.quarter, usb, generate_passphrase(), acknowledged=True)
        assert failed.value.code == "archive.verify_failed"
        assert list(usb.iterdir()) == []
        assert not QuarterRepository(boss.db).is_archived(quarter_room.quarter)
    finally:
        boss.logout()


def test_progress_reaches_every_stage(quarter_room, usb):
    boss = quarter_room.login()
    seen = []
    try:
        ArchiveService(boss).export(quarter_room.quarter, usb, generate_passphrase(), acknowledged=True,
                                    progress=lambda stage, f: seen.append((stage, f)))
    finally:
        boss.logout()
    order = list(dict.fromkeys(s for s, _ in seen))
    assert order == [s for s, _ in export_mod.STAGES]
    assert seen[-1] == ("verify", 1.0)


def test_a_file_that_differs_from_its_manifest_is_damage(exported, tmp_path):
    """A well-formed 7z (right passphrase, CRCs fine) whose case file is not the one the manifest lists."""
    path, passphrase = exported["result"].path, exported["passphrase"]
    from counselroom.archive.verify import unpack

    files = unpack(path.read_bytes(), passphrase)
    name = next(n for n in files if n.startswith("case-files/"))
    files[name] = files[name].replace(b"%PDF-", b"%PDF-", 1) + b"% altered afterwards\n"
    forged = tmp_path / "forged.7z"
    forged.write_bytes(export_mod.pack(sorted(files.items()), passphrase))
    report = verify_archive(forged, passphrase)
    assert report.status is ArchiveStatus.DAMAGED and report.problems == (f"file.sha256:{name}",)
    with pytest.raises(ArchiveError) as refused:
        open_archive(forged, passphrase)
    assert refused.value.code == "archive.damaged"
