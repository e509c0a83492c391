"""A room with a realistic last quarter (demo data plus one of every kind of record),
built once per test session and copied for each test; and the real 7-Zip program.

Test modules import the fixtures they use from here (``from archive_fixtures import …``)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import keyring
import pytest

from rooms import ROOM, STAFF_PW, SUPERVISOR, SUPERVISOR_PW, Room
from counselroom.domain.appointments import AppointmentDraft
from counselroom.domain.archive import Quarter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft, Gender
from counselroom.domain.consent import ConsentDraft, ConsentGiver, ConsentKind
from counselroom.domain.visits import VisitContent
from counselroom.archive.passphrase import generate_passphrase
from counselroom.archive.readme import DATABASE_NAME, MANIFEST_NAME
from counselroom.security import keystore as keystore_mod
from counselroom.services.installation import Installation
from counselroom.storage.timestamps import to_db
from memory_keyring import MEMORY_BACKEND, MemoryKeyring

CLIENT_NAME = "欧阳䶮"
OTHER_NAME = "司马子墨"
ATTACHMENT_NAME = "知情同意书-欧阳同学.png"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def seven_zip() -> str:
    """The 7-Zip program (Debian package 7zip: ``7zz``; newer packages also ``7z``).

    Missing, a test that needs it is skipped on a developer's machine, but fails in CI
    (``CI=true``): there the real program is what these tests are about."""
    found = shutil.which("7z") or shutil.which("7zz")
    if found is None:
        text = "the 7-Zip program (7z / 7zz, Debian package 7zip) is not installed"
        if os.environ.get("CI", "").strip().lower() in ("1", "true", "yes"):
            pytest.fail(text)
        pytest.skip(text)
    return found


def run_7z(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([seven_zip(), *args], capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=120)


#: What :func:`tamper_with_7zip` writes into a visit record.
ALTERED = "无风险，无需跟进（事后改写）"


def tamper_with_7zip(archive: Path, passphrase: str, work: Path, *, edit_manifest=None) -> Path:
    """What an insider with the passphrase does: extract, change a record, fix the manifest's hash,
    pack again with the same passphrase (7-Zip AES-256, encrypted names)."""
    out = work / "extracted"
    done = run_7z("x", f"-p{passphrase}", f"-o{out}", "-y", str(archive))
    assert done.returncode == 0, done.stdout + done.stderr
    db_path = out / DATABASE_NAME
    conn = sqlite3.connect(db_path)
    try:
        changed = conn.execute("UPDATE visits SET assessment = ? WHERE id = (SELECT min(id) FROM visits "
                               "WHERE status = 'signed')", (ALTERED,)).rowcount
        conn.commit()
    finally:
        conn.close()
    assert changed == 1
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    data = db_path.read_bytes()
    manifest["files"][DATABASE_NAME] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    if edit_manifest is not None:
        edit_manifest(manifest)
    (out / MANIFEST_NAME).write_text(json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True),
                                     encoding="utf-8")
    forged = work / archive.name
    names = sorted(p.name for p in out.iterdir())
    packed = subprocess.run([seven_zip(), "a", "-t7z", f"-p{passphrase}", "-mhe=on", "-mx=0", str(forged), *names],
                            cwd=out, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
    assert packed.returncode == 0, packed.stdout + packed.stderr
    return forged


def _day_in(quarter: Quarter, offset: int) -> date:
    day = quarter.first_day + timedelta(days=offset)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


@dataclass
class QuarterRoom:
    room: Room
    quarter: Quarter
    ids: dict[str, int] = field(default_factory=dict)

    def login(self, name: str = SUPERVISOR):
        from counselroom.services.auth import login

        return login(self.room.inst, name, SUPERVISOR_PW if name == SUPERVISOR else STAFF_PW)


def _fill(staff_room: Room) -> tuple[Quarter, dict[str, int]]:
    from counselroom.services.appointments import AppointmentService
    from counselroom.services.auth import login
    from counselroom.services.cases import CaseService
    from counselroom.services.clients import ClientService
    from counselroom.services.consent import ConsentService
    from counselroom.services.demo import generate
    from counselroom.services.tests import TestService
    from counselroom.services.visits import VisitService

    boss = login(staff_room.inst, SUPERVISOR, SUPERVISOR_PW)
    try:
        generate(boss, clients=40, seed=7)
        quarter = Quarter.last_complete(boss.today())
    finally:
        boss.logout()
    # The counsellor works in the quarter itself: her records and their audit rows are dated in it.
    day = _day_in(quarter, 20)
    working_day = datetime.combine(day + timedelta(days=21), time(16, 30)).astimezone()
    li = login(staff_room.inst, "li", STAFF_PW, clock=lambda: working_day)
    ids: dict[str, int] = {}
    try:
        client = ClientService(li).register(ClientDraft(
            name=CLIENT_NAME, gender=Gender.FEMALE, birth_date=date(2011, 3, 4), grade="初二", class_name="3班",
            student_no="S20260042", guardian_name="欧阳明", guardian_contact="13800001234"))
        other = ClientService(li).register(ClientDraft(name=OTHER_NAME, gender=Gender.MALE, grade="初二",
                                                       class_name="3班"))
        case = CaseService(li).open(client.id, CaseDraft(day, "考试焦虑，夜里睡不着", ProblemCategory.EMOTION,
                                                         "每周一次，放松训练"))
        visits = VisitService(li)
        signed = visits.start(case.id, VisitContent(visit_date=day, start=time(10, 0), end=time(10, 45),
                                                    presenting_issue="考试焦虑", complaint="最近睡不好",
                                                    process="放松训练", assessment="焦虑情绪", plan="下周继续",
                                                    participants=(other.id,)))
        signed = visits.sign(signed.id, signed.content)
        visits.add_addendum(signed.id, "补充：与班主任沟通过。")
        draft = visits.start(case.id, VisitContent(visit_date=day + timedelta(days=7), start=time(10, 0),
                                                   end=time(10, 45), complaint="草稿，尚未签名"))
        tests = TestService(li)
        test = tests.start(case.id, "phq9", day)
        answers = {item.id: item_options[0] for item, item_options in
                   ((i, [o.id for o in i.options]) for i in test.definition.items)}
        tests.save_answers(test.id, answers, True)
        tests.sign(test.id)
        consent = ConsentService(li).record(client.id, ConsentDraft(
            ConsentKind.COUNSELLING, ConsentGiver.GUARDIAN, day, "心理咨询", True, case.id),
            attachment=(ATTACHMENT_NAME, PNG))
        appointment = AppointmentService(li).book(AppointmentDraft(
            client.id, li.user.id, datetime.combine(day + timedelta(days=14), time(14, 0)), case_id=case.id),
            outside_hours_ok=True)
        ids = dict(client=client.id, other=other.id, case=case.id, signed_visit=signed.id, draft_visit=draft.id,
                   test=test.id, consent=consent.id, appointment=appointment.id)
        ids |= _care(staff_room, li, quarter, ids, day, working_day)
    finally:
        li.logout()
    return quarter, ids


def _care(staff_room: Room, li, quarter: Quarter, ids: dict[str, int], day: date,
          working_day: datetime) -> dict[str, int]:
    """The school-wide care records of the quarter (issue 17): a contact on the case, a register entry
    with a level change and a contact, a screening campaign with sheets and an interview. A student
    screened in it who is nothing else to the room in the quarter is ``screened_only``."""
    from counselroom.domain.care_register import EntryDraft, Level, ReasonCategory, Source
    from counselroom.domain.contacts import ContactDraft, ContactLink, ContactMethod, ContactRelation
    from counselroom.domain.screening import CampaignDraft, ClassRef, SheetDraft
    from counselroom.services.auth import login
    from counselroom.services.care_register import CareRegisterService
    from counselroom.services.contacts import ContactService
    from counselroom.services.scales import ScaleService
    from counselroom.services.screening import ScreeningService
    from counselroom.storage.quarter_repo import QuarterRepository

    contacts = ContactService(li)
    call = ContactDraft(contact_name="欧阳明", relation=ContactRelation.FATHER, method=ContactMethod.PHONE,
                        contacted_at=datetime.combine(day + timedelta(days=1), time(17, 0)),
                        said="孩子考前紧张，建议保证睡眠", agreed="家长每晚陪孩子散步")
    contact = contacts.record(ContactLink(case_id=ids["case"]), call)
    register = CareRegisterService(li)
    entry = register.add(ids["client"], EntryDraft(
        level=Level.LEVEL2, reason_category=ReasonCategory.EMOTIONAL, responsible_id=li.user.id,
        concern="考前焦虑，失眠", head_teacher="陈老师", plan="每周约谈一次"), Source.COUNSELLOR)
    register.change_level(entry.id, Level.LEVEL1, "失眠加重，需每周跟进")
    entry_contact = contacts.record(ContactLink(register_entry_id=entry.id), ContactDraft(
        contact_name="陈老师", relation=ContactRelation.HEAD_TEACHER, method=ContactMethod.MEETING,
        contacted_at=datetime.combine(day + timedelta(days=2), time(12, 0)), said="请班主任留意课堂状态"))

    archived_clients = set()
    with QuarterRepository(li.db).snapshot():
        for table in QuarterRepository(li.db).iter_tables(quarter, rows=False):
            if table.table == "clients":
                archived_clients = {r[0] for r in table.rows}
    # A student of an earlier year's roster with no record in the quarter: only the screening brings them.
    screened_only, grade, class_name = next(r for r in li.db.query_all(
        "SELECT id, grade, class_name FROM clients WHERE client_type = 'student' AND active = 1 AND grade <> '' "
        "ORDER BY id") if r[0] not in archived_clients)
    boss = login(staff_room.inst, SUPERVISOR, SUPERVISOR_PW, clock=lambda: working_day)
    try:
        screening = ScreeningService(boss)
        campaign = screening.create(CampaignDraft(
            name="初二心理普查", scale_codes=("phq9",), classes=(ClassRef("初二", "3班"), ClassRef(grade, class_name)),
            starts_on=day, ends_on=day + timedelta(days=30), notice="已告知家长", opted_out=(ids["other"],)))
        screening.open(campaign.id)
        items = ScaleService(boss).get("phq9").definition.items
    finally:
        boss.logout()
    screening = ScreeningService(li)
    screening.enter_sheet(campaign.id, SheetDraft(ids["client"], "phq9", {i.id: i.options[-1].id for i in items}))
    screening.enter_sheet(campaign.id, SheetDraft(screened_only, "phq9", {i.id: i.options[0].id for i in items}))
    interview = screening.invite(campaign.id, ids["client"], day + timedelta(days=20))
    screening.record_interview(interview.id, day + timedelta(days=21), "约谈：同意继续个案咨询")
    return dict(contact=contact.id, register_entry=entry.id, entry_contact=entry_contact.id, campaign=campaign.id,
                interview=interview.id, screened_only=screened_only)


class _TemplateKeyring:
    """For session fixtures: a memory key store of their own while they build a template."""

    def __init__(self, entries: dict) -> None:
        self.backend = MemoryKeyring()
        self.backend.entries.update(entries)

    def __enter__(self) -> MemoryKeyring:
        self._previous = keyring.get_keyring()
        keystore_mod.ACCEPTED_BACKENDS.add(MEMORY_BACKEND)
        keyring.set_keyring(self.backend)
        return self.backend

    def __exit__(self, *exc) -> None:
        keyring.set_keyring(self._previous)
        keystore_mod.ACCEPTED_BACKENDS.discard(MEMORY_BACKEND)


@pytest.fixture(scope="session")
def _quarter_template(_staff_template, tmp_path_factory):
    """Built once: the staff room plus demo data and one of every record in the last quarter."""
    template, _ = _staff_template
    with _TemplateKeyring(template.backend.entries) as backend:
        inst = Installation(tmp_path_factory.mktemp("quarter") / "data")
        shutil.copytree(template.inst.data_dir, inst.data_dir)
        room = Room(inst, backend, template.recovery_groups)
        quarter, ids = _fill(room)
    return room, quarter, ids


def independent_counts(db, quarter: Quarter) -> dict[str, int]:
    """The quarter's rows, counted with plain SQL written here (not the archive's rules)."""
    first, last = quarter.first_day.isoformat(), quarter.last_day.isoformat()
    start, end = (to_db(t) for t in quarter.local_bounds())
    one = lambda sql, *p: db.query_one(sql, p)[0]  # noqa: E731
    return {
        "visits": one("SELECT count(*) FROM visits WHERE visit_date BETWEEN ? AND ?", first, last),
        "visit_addenda": one("SELECT count(*) FROM visit_addenda a JOIN visits v ON v.id = a.visit_id "
                             "WHERE v.visit_date BETWEEN ? AND ?", first, last),
        "test_administrations": one("SELECT count(*) FROM test_administrations WHERE administered_on "
                                    "BETWEEN ? AND ?", first, last),
        "appointments": one("SELECT count(*) FROM appointments WHERE substr(starts_at, 1, 10) BETWEEN ? AND ?",
                            first, last),
        # Given or withdrawn in the quarter (a withdrawal stays possible after the first was archived).
        "consents": one("SELECT count(*) FROM consents WHERE given_on BETWEEN ? AND ? "
                        "OR withdrawn_on BETWEEN ? AND ?", first, last, first, last),
        "audit": one("SELECT count(*) FROM audit WHERE ts >= ? AND ts < ?", start, end),
        "crises": one("SELECT count(*) FROM crises WHERE opened_at < ? AND (closed_at IS NULL OR closed_at >= ?)",
                      end, start),
    }


@pytest.fixture(scope="session")
def exported(_quarter_template, tmp_path_factory):
    """The last quarter exported once per test session (read it, never change it; copy it first):
    the result, its passphrase, the live database's own counts of that moment, the names and
    case numbers the archive must not show, and the room after the export (``room_after``)."""
    from counselroom.services.archive import ArchiveService
    from counselroom.services.auth import login

    template, quarter, ids = _quarter_template
    with _TemplateKeyring(template.backend.entries) as backend:
        inst = Installation(tmp_path_factory.mktemp("exported") / "data")
        shutil.copytree(template.inst.data_dir, inst.data_dir)
        room = Room(inst, backend, template.recovery_groups)
        drive = tmp_path_factory.mktemp("drive") / "USB 盘"
        drive.mkdir()
        passphrase = generate_passphrase()
        boss = login(inst, SUPERVISOR, SUPERVISOR_PW)
        try:
            live = independent_counts(boss.db, quarter)
            names = [r[0] for r in boss.db.query_all("SELECT name FROM clients")]
            case_numbers = [r[0] for r in boss.db.query_all("SELECT case_no FROM clients")]
            result = ArchiveService(boss).export(quarter, drive, passphrase, acknowledged=True)
        finally:
            boss.logout()
    return dict(result=result, passphrase=passphrase, live=live, names=names, case_numbers=case_numbers,
                room=QuarterRoom(template, quarter, dict(ids)), room_after=(room, quarter, ids))


@dataclass
class ArchivedRoom(QuarterRoom):
    """A room whose last quarter is archived, and a copy of that archive on a drive of its own."""
    archive: Path = Path()
    passphrase: str = ""


@pytest.fixture
def archived_room(exported, tmp_path, memory_keyring) -> ArchivedRoom:
    """A copy, in this test's folders and key store, of the room right after ``exported``."""
    template, quarter, ids = exported["room_after"]
    inst = Installation(tmp_path / "room-data")
    shutil.copytree(template.inst.data_dir, inst.data_dir)
    memory_keyring.entries.update(template.backend.entries)
    drive = tmp_path / "U 盘"
    drive.mkdir()
    archive = drive / exported["result"].file_name
    shutil.copyfile(exported["result"].path, archive)
    return ArchivedRoom(Room(inst, memory_keyring, template.recovery_groups), quarter, dict(ids),
                        archive=archive, passphrase=exported["passphrase"])


@pytest.fixture
def quarter_room(_quarter_template, tmp_path, memory_keyring) -> QuarterRoom:
    """A copy of the template in this test's own folder and key store."""
    template, quarter, ids = _quarter_template
    inst = Installation(tmp_path / "room-data")
    shutil.copytree(template.inst.data_dir, inst.data_dir)
    memory_keyring.entries.update(template.backend.entries)
    return QuarterRoom(Room(inst, memory_keyring, template.recovery_groups), quarter, dict(ids))


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "USB 盘"
    folder.mkdir()
    return folder


__all__ = ["ROOM", "seven_zip", "run_7z", "tamper_with_7zip", "ALTERED", "QuarterRoom", "ArchivedRoom", "CLIENT_NAME", "OTHER_NAME",
           "ATTACHMENT_NAME", "quarter_room", "usb", "exported", "archived_room", "independent_counts"]
