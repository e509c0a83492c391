"""The quarterly archive carries the school-wide care records of its quarter (issue 17): contacts with
parents and teachers, the 重点关注 register's entries and changes, screening campaigns with their sheets
and interviews. They are in the archive's database and README, the viewer shows them, damage to them
is found, and once archived they are read-only."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import datetime, time, timedelta

import pytest

from archive_fixtures import _quarter_template, archived_room, exported  # noqa: F401 - fixtures
from counselroom.archive.export import pack
from counselroom.archive.readme import DATABASE_NAME, MANIFEST_NAME, README_NAME
from counselroom.archive.verify import ArchiveStatus, Provenance, unpack, verify_archive
from counselroom.domain.contacts import ContactDraft, ContactLink, ContactMethod, ContactRelation
from counselroom.domain.errors import ValidationError
from counselroom.domain.screening import SheetDraft
from counselroom.security.keys import archive_seal_key
from counselroom.services.archive import ArchiveService
from counselroom.services.care_register import CareRegisterService
from counselroom.services.contacts import ContactService
from counselroom.services.scales import ScaleService
from counselroom.services.screening import ScreeningService
from counselroom.ui.archive_viewer import ArchiveViewer
from counselroom.ui.context import AppContext

NEW_TABLES = ("contacts", "register_entries", "register_changes", "screening_campaigns",
              "screening_campaign_scales", "screening_campaign_scope", "screening_campaign_left_out",
              "screening_sheets", "screening_interviews")


def test_the_quarter_s_care_records_are_archived_and_described(exported):
    result, ids = exported["result"], exported["room"].ids
    files = unpack(result.path.read_bytes(), exported["passphrase"])
    manifest = json.loads(files[MANIFEST_NAME])
    counts = manifest["counts"]
    # The room's own records of the quarter (one contact on the case, one on the register entry; the
    # entry with its two changes; the campaign with its scale, class scope and the student opted out;
    # two sheets, one interview) besides what the demo's quarter holds: at least these, each counted.
    assert {t: counts[t] >= least for t, least in {
        "contacts": 2, "register_entries": 1, "register_changes": 2, "screening_campaigns": 1,
        "screening_campaign_scales": 1, "screening_campaign_scope": 2, "screening_campaign_left_out": 1,
        "screening_sheets": 2, "screening_interviews": 1}.items()} == dict.fromkeys(NEW_TABLES, True)
    archived = sqlite3.connect(":memory:")
    archived.deserialize(files[DATABASE_NAME])
    assert {t: archived.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in NEW_TABLES} == {
        t: counts[t] for t in NEW_TABLES}
    for table, row_id in (("contacts", ids["contact"]), ("contacts", ids["entry_contact"]),
                          ("register_entries", ids["register_entry"]), ("screening_campaigns", ids["campaign"]),
                          ("screening_interviews", ids["interview"])):
        assert archived.execute(f"SELECT count(*) FROM {table} WHERE id = ?", (row_id,)).fetchone() == (1,), table
    readme = files[README_NAME].decode("utf-8-sig")
    for table, words in (("contacts", "家校沟通记录"), ("register_changes", "重点关注登记的变动"),
                         ("screening_sheets", "Screening answer sheets"), ("screening_interviews", "约谈")):
        assert f"\r\n{table}  (" in readme and words in readme, table
    # A student only screened is in the database, without a case file of their own.
    case_files = manifest["case_file_of_client"]
    assert str(ids["screened_only"]) not in case_files and str(ids["client"]) in case_files
    assert manifest["case_files"] == len(case_files) == counts["clients"] - 1
    conn = sqlite3.connect(":memory:")
    conn.deserialize(files[DATABASE_NAME])
    assert conn.execute("SELECT count(*) FROM clients WHERE id = ?", (ids["screened_only"],)).fetchone() == (1,)
    assert verify_archive(result.path, exported["passphrase"]).status is ArchiveStatus.SOUND


def test_a_changed_contact_in_the_archive_is_found(exported, archived_room):
    """An insider with the passphrase rewrites what a parent was told and fixes the manifest's hash:
    the archive still opens, but the seal tells it is not as exported; without the fix it is damaged."""
    files = unpack(exported["result"].path.read_bytes(), exported["passphrase"])
    conn = sqlite3.connect(":memory:")
    conn.deserialize(files[DATABASE_NAME])
    assert conn.execute("UPDATE contacts SET said = '未谈及任何情况' WHERE id = ?",
                        (archived_room.ids["contact"],)).rowcount == 1
    conn.commit()
    altered = conn.serialize()
    manifest_bytes = files.pop(MANIFEST_NAME)
    files[DATABASE_NAME] = altered
    damaged = verify_archive(pack([(MANIFEST_NAME, manifest_bytes), *files.items()], exported["passphrase"]),
                             exported["passphrase"])
    assert damaged.status is ArchiveStatus.DAMAGED and f"file.sha256:{DATABASE_NAME}" in damaged.problems

    manifest = json.loads(manifest_bytes)
    manifest["files"][DATABASE_NAME] = {"sha256": hashlib.sha256(altered).hexdigest(), "size": len(altered)}
    forged = pack([(MANIFEST_NAME, json.dumps(manifest).encode()), *files.items()], exported["passphrase"])
    boss = archived_room.login()
    try:
        report = verify_archive(forged, exported["passphrase"], seal_key=archive_seal_key(boss.key))
    finally:
        boss.logout()
    assert report.status is ArchiveStatus.SOUND and report.provenance is Provenance.NOT_AS_EXPORTED
    assert report.provenance_reasons == ("seal.broken",)


def test_the_viewer_shows_contacts_register_changes_and_sheets(qtbot, archived_room):
    ids = archived_room.ids
    boss = archived_room.login()
    try:
        ctx = AppContext(archived_room.room.inst, boss, "en")
        viewer = ArchiveViewer(ctx, ArchiveService(boss, "en").open(archived_room.archive, archived_room.passphrase))
        qtbot.addWidget(viewer)
        records = viewer.reader.records(ids["client"])
        assert [c.id for c in records.cases[0].contacts] == [ids["contact"]]
        assert [(r.entry.id, [c.id for c in r.contacts]) for r in records.register] == [
            (ids["register_entry"], [ids["entry_contact"]])]
        assert [h.interview.id for h in records.screening] == [ids["interview"]]
        assert viewer.select_client(ids["client"])
        text = viewer.records_view.toPlainText()
        for expected in ("Contacts with family and school (1)", "孩子考前紧张，建议保证睡眠", "家长每晚陪孩子散步",
                         "Attention register (重点关注)", "失眠加重，需每周跟进", "Level 2 → Level 1",
                         "请班主任留意课堂状态", "Screening (心理普查)", "初二心理普查", "约谈：同意继续个案咨询"):
            assert expected in text, expected
        # The student only screened: their sheet, and no case file to open.
        assert viewer.select_client(ids["screened_only"])
        assert "初二心理普查" in viewer.records_view.toPlainText()
        assert not viewer.open_case_file_button.isEnabled()
        viewer.clear()
    finally:
        boss.logout()


def test_care_records_of_an_archived_quarter_are_read_only(archived_room):
    ids, quarter = archived_room.ids, archived_room.quarter
    in_quarter = quarter.last_day - timedelta(days=3)
    li = archived_room.login("li")
    try:
        def refused(call) -> str:
            with pytest.raises(ValidationError) as err:
                call()
            return err.value.code

        draft = ContactDraft(contact_name="欧阳明", relation=ContactRelation.FATHER, method=ContactMethod.PHONE,
                             contacted_at=datetime.combine(in_quarter, time(9, 0)), said="补录一次电话")
        assert refused(lambda: ContactService(li).record(ContactLink(case_id=ids["case"]), draft)) \
            == "archive.quarter_archived"
        assert refused(lambda: CareRegisterService(li).review(ids["register_entry"], in_quarter, "补录复评", None)) \
            == "archive.quarter_read_only"
        screening = ScreeningService(li)
        answers = {i.id: i.options[0].id for i in ScaleService(li).get("phq9").definition.items}
        assert refused(lambda: screening.enter_sheet(ids["campaign"], SheetDraft(ids["client"], "phq9", answers),
                                                     replace_existing=True)) == "archive.quarter_read_only"
        assert refused(lambda: screening.record_interview(ids["interview"], in_quarter, "改期")) \
            == "archive.quarter_read_only"
    finally:
        li.logout()
