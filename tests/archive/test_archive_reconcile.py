"""What an export a crash interrupted left behind, settled in-process (issue 12, item 6): recorded,
set aside, cleaned up, left alone, or waiting for its drive; never while the export is still running.
The real kills are in ``tests/acceptance/test_export_crash.py``; here the note an export leaves in the
live database is written directly, next to a copy of a real archive of the quarter."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from archive_fixtures import _quarter_template, exported, quarter_room, usb  # noqa: F401 - fixtures
from counselroom.domain.archive import ArchiveError
from counselroom.domain.audit import Action, AuditFilter
from counselroom.services.archive import ArchiveService
from counselroom.services.audit_service import AuditService
from counselroom.storage.quarter_repo import PendingExport, QuarterRepository
from counselroom.storage.writer_lock import WriterLock
from counselroom.ui.workers import wait_for_background


def _audit(session, action: Action):
    return AuditService(session).search(AuditFilter(action=action.value))


def note_interrupted(session, quarter, folder: Path, exported_result, *, token: str = "deadbeef00000001",
                     packed: bool = True) -> PendingExport:
    """The note an export writes before it touches the drive, as a process killed after that leaves it."""
    repo = QuarterRepository(session.db)
    with session.db.transaction():
        head = session.audit.append(session.user, Action.ARCHIVE_EXPORT_STARTED, detail={"quarter": str(quarter)})
    pending = PendingExport(
        token=token, quarter=quarter, target_dir=str(folder), file_name=quarter.file_name,
        exported_at=session.clock(), exported_by=session.user.id, audit_seq=head.seq, audit_mac=head.mac,
        lock=str(Path(session.installation.data_dir) / f".archive-export-{token}.lock"))
    if packed:
        pending = replace(pending, size=exported_result.size, sha256=exported_result.sha256,
                          seal=exported_result.seal, counts=exported_result.counts,
                          fingerprint=repo.fingerprint(quarter), case_files=exported_result.case_files)
    with session.db.transaction():
        repo.note_pending(pending)
    return pending


def test_an_archive_found_whole_is_recorded_and_one_on_a_missing_drive_waits(quarter_room, exported, tmp_path):
    quarter, result = quarter_room.quarter, exported["result"]
    drive = tmp_path / "U 盘"
    boss = quarter_room.login()
    try:
        service = ArchiveService(boss)
        pending = note_interrupted(boss, quarter, drive, result)
        assert [p.token for p in service.interrupted()] == [pending.token]
        assert service.due() == quarter                                # not archived yet

        [waiting] = service.reconcile()                                # the drive is not plugged in
        assert waiting.outcome == "drive_missing" and [p.token for p in service.interrupted()] == [pending.token]

        drive.mkdir()
        shutil.copyfile(result.path, drive / quarter.file_name)
        (drive / f".{quarter.file_name}.0a1b2c3d.part").write_bytes(b"left by the dead export")
        [recorded] = service.reconcile()
        assert recorded.outcome == "recorded" and recorded.path == drive / quarter.file_name
        assert service.interrupted() == [] and sorted(p.name for p in drive.iterdir()) == [quarter.file_name]
        [export] = service.exports()
        assert (export.id, export.sha256, export.seal, export.size) == (
            recorded.export_id, result.sha256, result.seal, result.size)
        assert export.audit_seq == pending.audit_seq and QuarterRepository(boss.db).is_archived(quarter)
        [audited] = _audit(boss, Action.ARCHIVE_EXPORTED)
        assert audited.detail["recovered"] is True and audited.detail["sha256"] == result.sha256
        assert service.reconcile() == []                               # settled once
        # it is the room's archive, as exported
        assert service.verify(drive / quarter.file_name, exported["passphrase"]).as_exported
        with pytest.raises(ArchiveError) as exists:
            service.check_target(quarter, drive)
        assert exists.value.code == "archive.exists"
    finally:
        boss.logout()


def test_an_export_still_running_is_never_touched(quarter_room, exported, tmp_path):
    quarter, result = quarter_room.quarter, exported["result"]
    drive = tmp_path / "usb"
    drive.mkdir()
    shutil.copyfile(result.path, drive / quarter.file_name)
    boss = quarter_room.login()
    try:
        pending = note_interrupted(boss, quarter, drive, result)
        lock = WriterLock.acquire(Path(pending.lock))                 # the exporting process is alive
        try:
            service = ArchiveService(boss)
            assert service.interrupted() == [] and service.reconcile() == []
            assert not QuarterRepository(boss.db).is_archived(quarter)
        finally:
            lock.release()                                            # … and now it died
        assert [r.outcome for r in ArchiveService(boss).reconcile()] == ["recorded"]
    finally:
        boss.logout()


def test_a_file_of_that_name_with_other_bytes_is_left_alone(quarter_room, exported, tmp_path):
    quarter, result = quarter_room.quarter, exported["result"]
    drive = tmp_path / "usb"
    drive.mkdir()
    other = drive / quarter.file_name
    other.write_bytes(b"7z\xbc\xaf\x27\x1c somebody else's file")
    boss = quarter_room.login()
    try:
        note_interrupted(boss, quarter, drive, result)
        [settled] = ArchiveService(boss).reconcile()
        assert settled.outcome == "not_ours" and other.read_bytes().endswith(b"somebody else's file")
        assert not QuarterRepository(boss.db).is_archived(quarter) and ArchiveService(boss).interrupted() == []
        [failed] = _audit(boss, Action.ARCHIVE_EXPORT_FAILED)
        assert failed.detail["reason"] == "archive.interrupted" and failed.detail["found"] == "not_ours"
    finally:
        boss.logout()


def test_killed_before_the_archive_was_built_nothing_is_looked_for(quarter_room, exported, tmp_path):
    quarter = quarter_room.quarter
    boss = quarter_room.login()
    try:
        note_interrupted(boss, quarter, tmp_path / "not plugged in", exported["result"], packed=False)
        [settled] = ArchiveService(boss).reconcile()
        assert settled.outcome == "nothing_written" and ArchiveService(boss).interrupted() == []
        assert ArchiveService(boss).due() == quarter
    finally:
        boss.logout()


def test_choosing_the_drive_with_the_interrupted_archive_records_it(quarter_room, exported, tmp_path):
    quarter, result = quarter_room.quarter, exported["result"]
    drive = tmp_path / "usb"
    drive.mkdir()
    shutil.copyfile(result.path, drive / quarter.file_name)
    boss = quarter_room.login()
    try:
        note_interrupted(boss, quarter, drive, result)
        with pytest.raises(ArchiveError) as recovered:
            ArchiveService(boss).check_target(quarter, drive)
        assert recovered.value.code == "archive.recovered"
        assert QuarterRepository(boss.db).is_archived(quarter) and len(ArchiveService(boss).exports()) == 1
        # a second note about the same file (it cannot happen, but) records nothing twice
        note_interrupted(boss, quarter, drive, result, token="deadbeef00000002")
        [again] = ArchiveService(boss).reconcile()
        assert again.outcome == "recorded" and len(ArchiveService(boss).exports()) == 1
        with pytest.raises(ArchiveError) as exists:
            ArchiveService(boss).check_target(quarter, drive)
        assert exists.value.code == "archive.exists"
    finally:
        boss.logout()


def test_the_export_returns_the_interrupted_archive_when_its_passphrase_is_given(quarter_room, exported, tmp_path):
    quarter, result = quarter_room.quarter, exported["result"]
    drive = tmp_path / "usb"
    drive.mkdir()
    shutil.copyfile(result.path, drive / quarter.file_name)
    boss = quarter_room.login()
    try:
        note_interrupted(boss, quarter, drive, result)
        done = ArchiveService(boss).export(quarter, drive, exported["passphrase"], acknowledged=True)
        assert done.recovered and done.path == drive / quarter.file_name and done.sha256 == result.sha256
        assert done.seal == result.seal and len(ArchiveService(boss).exports()) == 1
        assert (drive / quarter.file_name).read_bytes() == result.path.read_bytes()    # not written again
    finally:
        boss.logout()


def test_only_the_passphrase_this_export_generated_is_credited(quarter_room):
    boss = quarter_room.login()
    try:
        service = ArchiveService(boss)
        mine = service.new_passphrase()
        assert service.check_passphrase(mine).bits == 120 and service.passphrase_problem(mine) is None
        for lookalike in ("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"):
            problem = service.passphrase_problem(lookalike)
            assert problem is not None and problem.code == "archive.passphrase_weak"
            with pytest.raises(Exception) as refused:
                service.export(quarter_room.quarter, Path("/nonexistent"), lookalike, acknowledged=True)
            assert getattr(refused.value, "code", "") == "archive.passphrase_weak"
        assert ArchiveService(boss).check_passphrase(mine).bits != 120    # another export's service
    finally:
        boss.logout()


def test_the_archive_page_names_a_waiting_export_and_settles_it_when_the_drive_is_back(
        qtbot, quarter_room, exported, tmp_path):
    from counselroom.ui.context import AppContext
    from counselroom.ui.pages.archive_page import ArchivePage

    quarter, result = quarter_room.quarter, exported["result"]
    drive = tmp_path / "KINGSTON"
    boss = quarter_room.login()
    try:
        note_interrupted(boss, quarter, drive, result)
        page = ArchivePage(AppContext(quarter_room.room.inst, boss, "en"))
        qtbot.addWidget(page)
        page.resize(1000, 640)
        page.show()
        page.refresh()
        qtbot.waitUntil(lambda: not page._reconciling, timeout=30_000)
        assert page.interrupted_label.isVisible() and str(drive) in page.interrupted_label.text()
        assert page.model.rowCount() == 0
        if (shots := Path("/tmp/cr")).is_dir():
            page.grab().save(str(shots / "archive-page-waiting.png"))

        drive.mkdir()
        shutil.copyfile(result.path, drive / quarter.file_name)
        page.refresh()
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30_000)
        assert not page.interrupted_label.isVisible()
        assert "recorded as archived" in page.status.text() and str(quarter) in page.status.text()
        if (shots := Path("/tmp/cr")).is_dir():
            page.grab().save(str(shots / "archive-page-recorded.png"))
    finally:
        wait_for_background()
        boss.logout()
