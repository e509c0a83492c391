"""A room with a realistic last quarter (demo data plus one of every kind of record),
built once per test session and copied for each test; and the real 7-Zip program.

Test modules import the fixtures they use from here (``from archive_fixtures import …``)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import keyring
import pytest

from conftest import ROOM, STAFF_PW, SUPERVISOR, SUPERVISOR_PW, Room
from counselroom.domain.appointments import AppointmentDraft
from counselroom.domain.archive import Quarter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft, Gender
from counselroom.domain.consent import ConsentDraft, ConsentGiver, ConsentKind
from counselroom.domain.visits import VisitContent
from counselroom.security import keystore as keystore_mod
from counselroom.services.installation import Installation
from memory_keyring import MEMORY_BACKEND, MemoryKeyring

CLIENT_NAME = "欧阳䶮"
OTHER_NAME = "司马子墨"
ATTACHMENT_NAME = "知情同意书-欧阳同学.png"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def seven_zip() -> str:
    """The 7-Zip program (Debian package 7zip: ``7zz``; newer packages also ``7z``). Missing is a failure."""
    found = shutil.which("7z") or shutil.which("7zz")
    if found is None:
        pytest.fail("the 7-Zip program (7z / 7zz, Debian package 7zip) is not installed")
    return found


def run_7z(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([seven_zip(), *args], capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=120)


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
    finally:
        li.logout()
    return quarter, ids


@pytest.fixture(scope="session")
def _quarter_template(_staff_template, tmp_path_factory):
    """Built once: the staff room plus demo data and one of every record in the last quarter."""
    template, _ = _staff_template
    backend = MemoryKeyring()
    backend.entries.update(template.backend.entries)
    previous = keyring.get_keyring()
    keystore_mod.ACCEPTED_BACKENDS.add(MEMORY_BACKEND)
    keyring.set_keyring(backend)
    try:
        inst = Installation(tmp_path_factory.mktemp("quarter") / "data")
        shutil.copytree(template.inst.data_dir, inst.data_dir)
        room = Room(inst, backend, template.recovery_groups)
        quarter, ids = _fill(room)
    finally:
        keyring.set_keyring(previous)
        keystore_mod.ACCEPTED_BACKENDS.discard(MEMORY_BACKEND)
    return room, quarter, ids


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


__all__ = ["ROOM", "seven_zip", "run_7z", "QuarterRoom", "CLIENT_NAME", "OTHER_NAME", "ATTACHMENT_NAME",
           "quarter_room", "usb"]
