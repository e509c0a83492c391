"""ArchiveService: who may archive, what must be settled first, the audit trail, the receipt,
and the quarter becoming read-only afterwards (late addenda go to the next archive)."""

from __future__ import annotations

import subprocess
from datetime import time, timedelta

import pytest

from counselroom.archive.passphrase import generate_passphrase
from counselroom.archive.verify import ArchiveStatus
from counselroom.domain.archive import ArchiveError, Quarter
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.domain.visits import VisitContent
from counselroom.services.archive import ArchiveService
from counselroom.services.audit_service import AuditService
from counselroom.services.tests import TestService
from counselroom.services.visits import VisitService
from counselroom.storage.quarter_repo import QuarterRepository

from archive_fixtures import (  # noqa: F401 - fixtures
    CLIENT_NAME, _quarter_template, archived_room, exported, quarter_room, usb,
)


def _audit(session, action: Action):
    return AuditService(session).search(AuditFilter(action=action.value))


def test_only_the_supervisor_archives(quarter_room, usb):
    for name in ("li", "zhao"):
        session = quarter_room.login(name)
        try:
            service = ArchiveService(session)
            for call in (lambda: service.preview(quarter_room.quarter),
                         lambda: service.export(quarter_room.quarter, usb, generate_passphrase(), acknowledged=True),
                         lambda: service.exports(), lambda: service.open(usb / "x.7z", "x"),
                         lambda: service.check_target(quarter_room.quarter, usb),
                         lambda: service.suggested_quarter(), lambda: service.due()):
                with pytest.raises(PermissionDenied):
                    call()
        finally:
            session.logout()
    assert list(usb.iterdir()) == []


def test_preview_counts_and_what_is_not_settled(quarter_room, usb):
    boss = quarter_room.login()
    try:
        service = ArchiveService(boss)
        assert service.suggested_quarter() == quarter_room.quarter
        preview = service.preview(str(quarter_room.quarter))
        assert preview.is_over and not preview.already_archived
        assert preview.counts["visits"] > 10 and preview.counts["test_administrations"] >= 1
        assert list(preview.counts)[:3] == ["clients", "cases", "visits"]
        assert preview.unsigned_visits == 1 and preview.needs_acknowledgement
        [draft] = [u for u in preview.unsettled if u.kind == "visit"]
        assert draft.record_id == quarter_room.ids["draft_visit"] and draft.counsellor == "李老师"
        with pytest.raises(ValidationError) as unsettled:
            service.export(quarter_room.quarter, usb, generate_passphrase())
        assert (unsettled.value.field, unsettled.value.code) == ("acknowledged", "archive.unsettled")
        assert unsettled.value.params["count"] == len(preview.unsettled)
        assert list(usb.iterdir()) == [] and _audit(boss, Action.ARCHIVE_EXPORT_STARTED) == []
    finally:
        boss.logout()


def test_refusals_before_anything_is_written(quarter_room, usb):
    boss = quarter_room.login()
    try:
        service = ArchiveService(boss)
        current = Quarter.of(boss.today())
        with pytest.raises(ValidationError) as not_over:
            service.export(current, usb, generate_passphrase(), acknowledged=True)
        assert not_over.value.code == "archive.quarter_not_over"
        for phrase, code in (("short", "archive.passphrase_weak"), ("", "archive.passphrase_empty"),
                             (" 我们学校心理咨询室二零二六年第三季度的档案密码", "archive.passphrase_spaces")):
            with pytest.raises(ValidationError) as weak:
                service.export(quarter_room.quarter, usb, phrase, acknowledged=True)
            assert (weak.value.field, weak.value.code) == ("passphrase", code)
        with pytest.raises(ArchiveError) as missing:
            service.export(quarter_room.quarter, usb / "not-plugged-in", generate_passphrase(), acknowledged=True)
        assert missing.value.code == "archive.target_missing"
        with pytest.raises(ValidationError) as bad_quarter:
            service.preview("2026Q5")
        assert bad_quarter.value.code == "archive.quarter_invalid"
        assert list(usb.iterdir()) == []
    finally:
        boss.logout()


def test_export_is_audited_and_the_quarter_becomes_read_only(quarter_room, usb):
    quarter = quarter_room.quarter
    boss = quarter_room.login()
    typed = "我家门口那棵老槐树下，每天傍晚都有三只流浪猫等外婆喂食"   # a sentence of one's own
    try:
        service = ArchiveService(boss)
        result = service.export(quarter, usb, typed, acknowledged=True)
        assert result.path == usb / quarter.file_name and result.size == result.path.stat().st_size
        assert [u.kind for u in result.acknowledged].count("visit") == 1
        [started] = _audit(boss, Action.ARCHIVE_EXPORT_STARTED)
        [done] = _audit(boss, Action.ARCHIVE_EXPORTED)
        assert started.seq == result.audit_head_seq and started.mac == result.audit_head_mac
        assert done.detail["sha256"] == result.sha256 and done.detail["quarter"] == str(quarter)
        assert done.detail["counts"] == result.counts
        [record] = service.exports()
        assert (record.quarter, record.sha256, record.exported_by_name) == (quarter, result.sha256, "王老师")
        assert service.preview(quarter).already_archived
        assert quarter in service.archived_quarters()
        # The same quarter again into the same folder: the first archive is kept as it is.
        before = result.path.read_bytes()
        with pytest.raises(ArchiveError) as exists:
            service.export(quarter, usb, typed, acknowledged=True)
        assert exists.value.code == "archive.exists" and result.path.read_bytes() == before
        assert service.verify(result.path, typed).status is ArchiveStatus.SOUND
        assert _audit(boss, Action.ARCHIVE_VERIFIED)[0].detail["status"] == "sound"
        assert _audit(boss, Action.ARCHIVE_VERIFIED)[0].detail["provenance"] == "as_exported"
    finally:
        boss.logout()

    li = quarter_room.login("li")
    try:
        visits = VisitService(li)
        draft = visits.get(quarter_room.ids["draft_visit"])
        for call in (lambda: visits.save_draft(draft.id, draft.content),
                     lambda: visits.sign(draft.id, draft.content), lambda: visits.discard_draft(draft.id)):
            with pytest.raises(ValidationError) as refused:
                call()
            assert (refused.value.code, refused.value.params["quarter"]) == ("archive.quarter_archived", str(quarter))
        day = quarter.first_day + timedelta(days=40)
        with pytest.raises(ValidationError) as backdated:
            visits.start(quarter_room.ids["case"], VisitContent(visit_date=day, start=time(9), end=time(9, 45)))
        assert backdated.value.field == "visit_date"
        with pytest.raises(ValidationError) as test_refused:
            TestService(li).start(quarter_room.ids["case"], "phq9", day)
        assert (test_refused.value.field, test_refused.value.code) == ("administered_on", "archive.quarter_archived")
        # A visit record of today is fine, and an addendum to an archived record is taken but late.
        visits.start(quarter_room.ids["case"])
        signed = visits.add_addendum(quarter_room.ids["signed_visit"], "归档后补记：家长来电。")
        late = QuarterRepository(li.db).late_addenda()
        assert late == {signed.addenda[-1].id: quarter}
    finally:
        li.logout()

    boss = quarter_room.login()
    try:
        following = ArchiveService(boss).preview(quarter.next())
        assert following.counts["visit_addenda"] >= 1
        assert following.counts["cases"] >= 1
    finally:
        boss.logout()


def _pdf_text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def test_receipt_has_the_checksums_and_no_client_data(quarter_room, usb):
    boss = quarter_room.login()
    passphrase = generate_passphrase()
    try:
        service = ArchiveService(boss)
        result = service.export(quarter_room.quarter, usb, passphrase, acknowledged=True)
        names = [r[0] for r in boss.db.query_all("SELECT name FROM clients")]
        case_numbers = [r[0] for r in boss.db.query_all("SELECT case_no FROM clients")]
        plain = "".join(_pdf_text(service.receipt(result)).split())
        assert result.sha256 in plain and result.audit_head_mac in plain
        assert result.file_name in plain and "王老师" in plain and str(quarter_room.quarter) in plain
        assert f"{result.counts['visits']:,}" in plain
        assert passphrase not in plain
        for secret in names + case_numbers:
            assert secret not in plain
        with_passphrase = _pdf_text(service.receipt(result, passphrase=passphrase))
        assert passphrase in with_passphrase and "归档密码" in with_passphrase
        english = _pdf_text(ArchiveService(boss, lang="en").receipt(service.exports()[0]))
        assert "Quarterly archive receipt" in english and result.sha256 in "".join(english.split())
    finally:
        boss.logout()


def test_viewer_open_and_print_are_audited(quarter_room, usb):
    boss = quarter_room.login()
    passphrase = generate_passphrase()
    try:
        service = ArchiveService(boss)
        result = service.export(quarter_room.quarter, usb, passphrase, acknowledged=True)
        with pytest.raises(ArchiveError) as wrong:
            service.open(result.path, "WRONG-WRONG-WRONG-WRONG")
        assert wrong.value.code == "archive.wrong_passphrase"
        assert _audit(boss, Action.ARCHIVE_OPENED) == []
        reader = service.open(result.path, passphrase)
        try:
            [client] = reader.clients(CLIENT_NAME)
            service.record_output(reader, "case_file", client.id, "print")
        finally:
            reader.close()
        [opened] = _audit(boss, Action.ARCHIVE_OPENED)
        assert opened.detail == {"file": result.file_name, "quarter": str(quarter_room.quarter),
                                 "sha256": result.sha256, "provenance": "as_exported"}
        [printed] = _audit(boss, Action.ARCHIVE_PRINTED)
        assert printed.target == f"client:{client.id}" and printed.detail["output"] == "print"
        with pytest.raises(ValidationError):
            service.record_output(reader, "case_file", client.id, "fax")
    finally:
        boss.logout()


def test_a_record_changed_while_the_export_ran_undoes_the_export(quarter_room, usb, monkeypatch):
    from counselroom.archive import export as export_mod

    real = export_mod.export_quarter

    def meanwhile(db, quarter, **kw):
        written = real(db, quarter, **kw)
        # Someone saves the quarter's draft between the read-back and the marking.
        db.execute("UPDATE visits SET complaint = 'changed meanwhile' WHERE id = ?",
                   (quarter_room.ids["draft_visit"],))
        return written

    monkeypatch.setattr(export_mod, "export_quarter", meanwhile)
    boss = quarter_room.login()
    try:
        with pytest.raises(ArchiveError) as changed:
            ArchiveService(boss).export(quarter_room.quarter, usb, generate_passphrase(), acknowledged=True)
        assert changed.value.code == "archive.changed_during_export"
        assert list(usb.iterdir()) == []
        assert not QuarterRepository(boss.db).is_archived(quarter_room.quarter)
        [failed] = _audit(boss, Action.ARCHIVE_EXPORT_FAILED)
        assert failed.detail["reason"] == "archive.changed_during_export"
    finally:
        boss.logout()


def test_the_next_archive_holds_a_late_addendum_with_the_record_it_supplements(archived_room, tmp_path):
    """An addendum signed after its quarter was archived goes into the archive of the quarter it was
    signed in, together with its visit (and case and client), so the viewer can show it there."""
    from datetime import datetime

    from rooms import STAFF_PW, SUPERVISOR, SUPERVISOR_PW
    from counselroom.services.auth import login

    archived, later = archived_room.quarter, archived_room.quarter.next()
    inst, ids = archived_room.room.inst, archived_room.ids
    in_later = datetime.combine(later.first_day + timedelta(days=40), time(15)).astimezone()
    li = login(inst, "li", STAFF_PW, clock=lambda: in_later)
    try:
        addendum = VisitService(li).add_addendum(ids["signed_visit"], "补记：家长来电，情况好转。").addenda[-1]
    finally:
        li.logout()
    after = datetime.combine(later.next().first_day + timedelta(days=3), time(9)).astimezone()
    boss = login(inst, SUPERVISOR, SUPERVISOR_PW, clock=lambda: after)
    drive = tmp_path / "next"
    drive.mkdir()
    try:
        passphrase = generate_passphrase()
        result = ArchiveService(boss).export(later, drive, passphrase, acknowledged=True)
        with ArchiveService(boss).open(result.path, passphrase) as reader:
            records = reader.records(ids["client"])
            visits = [v for case in records.cases for v in case.visits]
            visit = next(v for v in visits if v.id == ids["signed_visit"])
            assert any(a.id == addendum.id and "家长来电" in a.text for a in visit.addenda)
            assert records.late_addenda.get(addendum.id) == str(archived)
            assert records.client.name == CLIENT_NAME
    finally:
        boss.logout()
