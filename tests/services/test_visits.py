from datetime import date, datetime, time

import pytest
import sqlcipher3

from rooms import SUPERVISOR
from counselroom.domain.appointments import AppointmentDraft, AppointmentStatus
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.domain.visits import RiskLevel, VisitContent, VisitKind
from counselroom.services.appointments import AppointmentService
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.visits import VisitService
from counselroom.storage.database import Database

FULL = VisitContent(kind=VisitKind.INDIVIDUAL, visit_date=date(2026, 11, 20), start=time(9, 0), end=time(9, 45),
                    presenting_issue="考试焦虑", complaint="最近总是失眠，担心期末考试", process="倾听，放松训练",
                    assessment="焦虑情绪明显，无自伤想法", plan="下周继续，布置睡眠日记")


@pytest.fixture
def case(staff):
    session = staff.login("li")
    client = ClientService(session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "焦虑", ProblemCategory.EMOTION))
    session.logout()
    return case


def test_draft_autosaves_and_survives_a_lock(staff, case):
    li = staff.login("li")
    service = VisitService(li)
    visit = service.start(case.id)
    assert visit.session_no == 1 and not visit.signed
    half = VisitContent(visit_date=date(2026, 11, 20), complaint="最近总是失眠")
    service.save_draft(visit.id, half)
    li.lock()
    li.unlock("秋风萧瑟天气凉草木摇落")
    again = VisitService(li).get(visit.id)
    assert again.content.complaint == "最近总是失眠"
    assert [v.id for v in VisitService(li).unsigned()] == [visit.id]


def test_autosave_is_audited_at_most_every_ten_minutes(staff, case):
    li = staff.login("li")
    service = VisitService(li)
    visit = service.start(case.id)
    for n in range(5):
        service.save_draft(visit.id, VisitContent(complaint=f"第{n}稿"))
    li.logout()
    sup = staff.login(SUPERVISOR)
    from counselroom.domain.audit import AuditFilter
    saved = AuditService(sup).search(AuditFilter(action="visit.draft_saved"))
    assert len(saved) == 1


def test_signing_needs_the_narrative_then_locks(staff, case):
    li = staff.login("li")
    service = VisitService(li)
    visit = service.start(case.id)
    with pytest.raises(ValidationError) as err:
        service.sign(visit.id, VisitContent(visit_date=date(2026, 11, 20), start=time(9), end=time(9, 45)))
    assert err.value.field == "complaint"
    with pytest.raises(ValidationError) as err:
        service.sign(visit.id, VisitContent(**{**FULL.__dict__, "end": time(8, 0)}))
    assert err.value.field == "end"
    with pytest.raises(ValidationError) as err:
        service.sign(visit.id, VisitContent(**{**FULL.__dict__, "risk_self_harm": True}))
    assert err.value.field == "risk"
    signed = service.sign(visit.id, FULL)
    assert signed.signed and signed.seal
    with pytest.raises(ValidationError):
        service.save_draft(visit.id, FULL)
    with pytest.raises(ValidationError):
        service.sign(visit.id, FULL)
    assert service.unsigned() == []
    # The database itself refuses to change a signed record.
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
        li.db.execute("UPDATE visits SET complaint = 'x' WHERE id = ?", (visit.id,))


def test_addenda_only_after_signing_and_dated(staff, case):
    li = staff.login("li")
    service = VisitService(li)
    visit = service.start(case.id, FULL)
    with pytest.raises(ValidationError) as err:
        service.add_addendum(visit.id, "补充：家长来电")
    assert err.value.code == "visit.addendum_needs_signed"
    service.sign(visit.id, FULL)
    with pytest.raises(ValidationError):
        service.add_addendum(visit.id, "   ")
    done = service.add_addendum(visit.id, "补充：家长来电，已告知学校")
    done = service.add_addendum(visit.id, "更正：应为第二节课后")
    assert [a.text for a in done.addenda] == ["补充：家长来电，已告知学校", "更正：应为第二节课后"]
    assert all(a.author_name == "李老师" and a.signed_at for a in done.addenda)


def test_only_the_author_edits_and_signs_and_assistants_see_nothing(staff, case):
    li = staff.login("li")
    visit = VisitService(li).start(case.id, FULL)
    li.logout()
    sup = staff.login(SUPERVISOR)
    with pytest.raises(PermissionDenied):
        VisitService(sup).save_draft(visit.id, FULL)
    with pytest.raises(PermissionDenied):
        VisitService(sup).get(visit.id)  # not theirs: reason needed
    assert VisitService(sup).get(visit.id, reason="督导").id == visit.id
    sup.logout()
    for who in ("zhao", "zhou"):
        session = staff.login(who)
        service = VisitService(session)
        for call in (lambda: service.get(visit.id), lambda: service.for_case(case.id),
                     lambda: service.start(case.id), lambda: service.sign(visit.id, FULL),
                     lambda: service.save_draft(visit.id, FULL), lambda: service.add_addendum(visit.id, "x")):
            with pytest.raises((PermissionDenied, ValidationError)):
                call()
        session.logout()
    assistant = staff.login("zhao")
    with pytest.raises(PermissionDenied):
        VisitService(assistant).unsigned()


def test_attended_appointment_opens_its_visit_once(staff, case):
    li = staff.login("li")
    appointments = AppointmentService(li)
    booking = appointments.book(AppointmentDraft(case.client_id, staff.ids["li"], datetime(2026, 11, 23, 10, 0),
                                                 case_id=case.id))
    with pytest.raises(ValidationError):
        VisitService(li).start_from_appointment(booking.id)
    appointments.set_status(booking.id, AppointmentStatus.ATTENDED)
    visit = VisitService(li).start_from_appointment(booking.id)
    assert visit.content.start == time(10, 0) and visit.content.end == time(10, 45)
    assert VisitService(li).start_from_appointment(booking.id).id == visit.id


def test_group_sessions_list_their_participants(staff, case):
    li = staff.login("li")
    other = ClientService(li).register(ClientDraft(name="张三", grade="初二", class_name="3班"))
    service = VisitService(li)
    visit = service.start(case.id)
    group = VisitContent(**{**FULL.__dict__, "kind": VisitKind.GROUP})
    with pytest.raises(ValidationError) as err:
        service.sign(visit.id, group)
    assert err.value.field == "participants"
    signed = service.sign(visit.id, VisitContent(**{**group.__dict__, "participants": (other.id,)}))
    assert signed.content.participants == (other.id,)


def _tamper(staff, key, *sql):
    db = Database.open_existing(staff.room.inst.db_path, key)
    db.execute("DROP TRIGGER IF EXISTS visits_signed_locked")
    db.execute("DROP TRIGGER IF EXISTS visit_addenda_no_update")
    for statement in sql:
        db.execute(statement)
    db.close()


@pytest.mark.parametrize("sql, code", [
    ("UPDATE visits SET assessment = '无风险' WHERE status = 'signed'", "record.visit_altered"),
    ("UPDATE visits SET risk = 'none' WHERE status = 'signed'", "record.visit_altered"),
    ("UPDATE visit_addenda SET text = '改过的补充'", "record.addendum_altered"),
])
def test_edits_behind_the_application_are_detected(staff, case, sql, code):
    li = staff.login("li")
    service = VisitService(li)
    visit = service.start(case.id)
    service.sign(visit.id, VisitContent(**{**FULL.__dict__, "risk": RiskLevel.LOW}))
    service.add_addendum(visit.id, "补充")
    assert AuditService(li).check() == []  # sound before anyone touches it
    key = li.key
    li.logout()
    _tamper(staff, key, sql)
    li = staff.login("li")
    assert code in {f.code for f in AuditService(li).check()}


def _as_read(session, visit_id):
    from counselroom.storage.visits_repo import VisitRepository

    return VisitRepository(session.db).get(visit_id)


def test_what_start_save_and_sign_return_is_what_a_read_gives(staff, case):
    """They return the record without reading it back: it must be the record as stored."""
    li = staff.login("li")
    first, second = (ClientService(li).register(ClientDraft(name=n, grade="初二", class_name="3班"))
                     for n in ("张三", "李四"))
    service = VisitService(li)
    started = service.start(case.id, VisitContent(visit_date=date(2026, 11, 20), start=time(9, 0, 30)))
    assert started == _as_read(li, started.id) and started.session_no == 1
    # Times to the minute, participants in id order and once each, as the table keeps them.
    group = VisitContent(**{**FULL.__dict__, "kind": VisitKind.GROUP, "start": time(9, 0, 45),
                            "next_appointment": datetime(2026, 11, 27, 9, 0, 30),
                            "participants": (second.id, first.id, second.id)})
    saved = service.save_draft(started.id, group)
    assert saved == _as_read(li, started.id)
    assert saved.content.participants == (first.id, second.id) and saved.content.start == time(9, 0)
    signed = service.sign(started.id, VisitContent(**{**group.__dict__, "participants": (second.id,)}))
    assert signed == _as_read(li, started.id)
    assert signed.signed and signed.content.participants == (second.id,)
    again = service.start(case.id)
    assert again == _as_read(li, again.id) and again.session_no == 2


def test_a_group_record_keeps_its_seal_whatever_order_its_participants_were_chosen_in(staff, case):
    li = staff.login("li")
    first, second = (ClientService(li).register(ClientDraft(name=n, grade="初二", class_name="3班"))
                     for n in ("张三", "李四"))
    service = VisitService(li)
    visit = service.start(case.id)
    service.sign(visit.id, VisitContent(**{**FULL.__dict__, "kind": VisitKind.GROUP,
                                           "participants": (second.id, first.id)}))
    assert AuditService(li).check() == []


def test_a_new_record_and_its_signing_read_the_record_once(staff, case):
    """Two commits (nothing typed is lost between them), one read of the record (before signing:
    whose draft, still unsigned), each visits row written by one statement."""
    li = staff.login("li")
    service = VisitService(li)
    service.sign(service.start(case.id).id, FULL)   # warm: the first call of a session reads users etc.
    statements: list[str] = []
    li.db.conn.set_trace_callback(statements.append)
    try:
        service.sign(service.start(case.id).id, FULL)
    finally:
        li.db.conn.set_trace_callback(None)
    top = [s for s in statements if not s.startswith("--")]
    assert sum(s.startswith("COMMIT") for s in top) == 2
    assert sum(s.startswith("SELECT v.id") for s in top) == 1
    assert sum(s.startswith("SELECT client_id FROM visit_participants") for s in top) == 0
    # (The trace repeats a statement for each trigger it runs: distinct texts are statements.)
    assert len({s for s in top if s.startswith("INSERT INTO visits (")}) == 1
    assert len({s for s in top if s.startswith("UPDATE visits ")}) == 1
