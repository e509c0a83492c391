"""Contacts with parents and teachers (家校沟通记录): recorded on a case, a crisis or a register entry,
listed, corrected for a day, refused to outsiders, every read and write audited."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from rooms import SUPERVISOR
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.contacts import ContactDraft, ContactLink, ContactMethod, ContactRelation
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.domain.visits import RiskLevel, VisitContent
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.contacts import ContactService
from counselroom.services.crisis import CrisisService
from counselroom.services.printing import PrintService
from counselroom.services.visits import VisitService
from reports.pdf_helpers import pdf_text


def _draft(session, hours_ago: int = 1, **changes) -> ContactDraft:
    fields = dict(contact_name="王女士", relation=ContactRelation.MOTHER, method=ContactMethod.PHONE,
                  contacted_at=session.wall_now() - timedelta(hours=hours_ago),
                  said="告知孩子近期情绪低落，建议多陪伴", agreed="家长本周带孩子就医")
    fields.update(changes)
    return ContactDraft(**fields)


@pytest.fixture
def world(staff):
    """li's client with a case and, from a signed high-risk visit, an open crisis."""
    li = staff.login("li")
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(li).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION))
    visits = VisitService(li)
    visits.sign(visits.start(case.id).id, VisitContent(
        visit_date=li.today(), start=time(0), end=time(0, 1), complaint="不想活了", process="危机评估",
        assessment="高风险", plan="告知家长", risk=RiskLevel.HIGH, risk_self_harm=True))
    crisis = CrisisService(li).open_crises()[0]
    li.logout()
    return client, case, crisis


def test_contacts_of_a_case_and_its_crisis_are_listed_newest_first_and_audited(staff, world):
    client, case, crisis = world
    li = staff.login("li")
    service = ContactService(li)
    older = service.record(ContactLink(case_id=case.id), _draft(li, 3, contact_name="  张老师 ",
                                                                      relation=ContactRelation.HEAD_TEACHER))
    newer = service.record(ContactLink(crisis_id=crisis.id), _draft(li, 1, method=ContactMethod.HOME_VISIT))
    assert (older.contact_name, older.client_id, older.staff_id, older.staff_name) == (
        "张老师", client.id, li.user.id, "李老师")
    assert newer.link == ContactLink(crisis_id=crisis.id) and newer.method is ContactMethod.HOME_VISIT
    assert [c.id for c in service.for_case(case.id)] == [newer.id, older.id]
    assert [c.id for c in service.for_crisis(crisis.id)] == [newer.id]
    assert service.get(older.id).said == "告知孩子近期情绪低落，建议多陪伴"
    li.logout()

    audit = AuditService(staff.login(SUPERVISOR))
    recorded = audit.search(AuditFilter(action=Action.CONTACT_RECORDED.value))
    assert sorted(r.detail["contact"] for r in recorded) == [older.id, newer.id]
    assert {r.target for r in recorded} == {f"case:{case.id}"}
    viewed = audit.search(AuditFilter(action=Action.CONTACT_VIEWED.value))
    assert sorted(r.detail["contacts"] for r in viewed) == [[older.id], [newer.id], [newer.id, older.id]]


@pytest.mark.parametrize(("changes", "field", "code"), [
    (dict(contact_name=" "), "contact_name", "field.required"),
    (dict(said="\n"), "said", "field.required"),
    (dict(contacted_at=None), "contacted_at", "field.required"),
    (dict(agreed="约" * 5001), "agreed", "text.too_long"),
])
def test_what_a_contact_must_have(staff, world, changes, field, code):
    _client, case, _crisis = world
    li = staff.login("li")
    with pytest.raises(ValidationError) as err:
        ContactService(li).record(ContactLink(case_id=case.id), _draft(li, **changes))
    assert (err.value.field, err.value.code) == (field, code)


def test_a_contact_is_not_in_the_future_and_belongs_to_exactly_one_record(staff, world):
    _client, case, crisis = world
    li = staff.login("li")
    service = ContactService(li)
    with pytest.raises(ValidationError) as err:
        service.record(ContactLink(case_id=case.id), _draft(li, contacted_at=li.wall_now() + timedelta(minutes=5)))
    assert (err.value.field, err.value.code) == ("contacted_at", "date.in_future")
    for link in (ContactLink(), ContactLink(case_id=case.id, crisis_id=crisis.id)):
        with pytest.raises(ValidationError) as err:
            service.record(link, _draft(li))
        assert (err.value.field, err.value.code) == ("link", "contact.link_one")
    assert service.for_case(case.id) == []


def test_only_the_case_holder_and_the_supervisor_with_a_reason(staff, world):
    _client, case, crisis = world
    li = staff.login("li")
    mine = ContactService(li).record(ContactLink(case_id=case.id), _draft(li))
    with pytest.raises(PermissionDenied) as err:
        ContactService(li).record(ContactLink(case_id=case.id), _draft(li, staff_id=staff.ids["zhou"]))
    assert err.value.code == "contact.staff_self_only"
    li.logout()
    for name in ("zhou", "zhao"):
        other = staff.login(name)
        for call in (lambda s: ContactService(s).for_case(case.id), lambda s: ContactService(s).get(mine.id),
                     lambda s: ContactService(s).record(ContactLink(crisis_id=crisis.id), _draft(s))):
            with pytest.raises(PermissionDenied):
                call(other)
        assert not ContactService(other).may_record(ContactLink(case_id=case.id))
        other.logout()
    boss = staff.login(SUPERVISOR)
    with pytest.raises(PermissionDenied) as err:
        ContactService(boss).for_case(case.id)
    assert err.value.code == "case.reason_required"
    # Typed in by the supervisor for the counsellor who made the call.
    theirs = ContactService(boss).record(ContactLink(case_id=case.id), _draft(boss, staff_id=staff.ids["li"]),
                                         reason="督导协助")
    assert (theirs.staff_name, theirs.recorded_by) == ("李老师", boss.user.id)
    assert len(ContactService(boss).for_case(case.id, reason="督导协助")) == 2


def test_the_recorder_corrects_a_contact_for_a_day_then_it_stands(staff, world):
    _client, case, _crisis = world
    li = staff.login("li")
    service = ContactService(li)
    contact = service.record(ContactLink(case_id=case.id), _draft(li))
    assert service.may_correct(contact)
    corrected = service.correct(contact.id, _draft(li, contacted_at=contact.contacted_at, agreed="家长下周带孩子就医"))
    assert corrected.agreed == "家长下周带孩子就医" and corrected.said == contact.said
    assert service.correct(contact.id, _draft(li, contacted_at=contact.contacted_at,
                                              agreed="家长下周带孩子就医")) == corrected
    li.logout()

    boss = staff.login(SUPERVISOR)
    with pytest.raises(PermissionDenied) as err:
        ContactService(boss).correct(contact.id, _draft(boss), reason="督导")
    assert err.value.code == "contact.not_author"
    rows = AuditService(boss).search(AuditFilter(action=Action.CONTACT_CORRECTED.value))
    assert [r.detail for r in rows] == [{"contact": contact.id, "changed": ["agreed"]}]
    boss.logout()

    li = staff.login("li")
    real = li.clock
    li.clock = lambda: real() + timedelta(days=1, minutes=1)
    assert not ContactService(li).may_correct(contact)
    with pytest.raises(ValidationError) as err:
        ContactService(li).correct(contact.id, _draft(li, said="改写"))
    assert (err.value.field, err.value.code) == ("status", "contact.locked")


def test_a_register_entry_contact_is_for_its_responsible_counsellor(staff, world):
    client, _case, _crisis = world
    li = staff.login("li")
    # The register's own service is another module's; one row of its table is all this needs.
    with li.db.transaction():
        entry_id = li.db.execute(
            "INSERT INTO register_entries (client_id, level, reason_category, source, responsible_id, "
            "entered_at, entered_by) VALUES (?, 'level2', 'emotional', 'teacher', ?, ?, ?)",
            (client.id, li.user.id, "2026-11-01T00:00:00+00:00", li.user.id)).lastrowid
    contact = ContactService(li).record(ContactLink(register_entry_id=entry_id),
                                        _draft(li, relation=ContactRelation.HEAD_TEACHER))
    assert contact.client_id == client.id
    assert ContactService(li).for_register_entry(entry_id) == [contact]
    li.logout()
    zhou = staff.login("zhou")
    with pytest.raises(PermissionDenied):
        ContactService(zhou).for_register_entry(entry_id)
    zhou.logout()
    assert ContactService(staff.login(SUPERVISOR)).for_register_entry(entry_id) == [contact]


def test_the_case_file_carries_the_contacts(staff, world):
    client, case, crisis = world
    li = staff.login("li")
    ContactService(li).record(ContactLink(crisis_id=crisis.id), _draft(li, contact_name="王女士"))
    text = "".join(pdf_text(PrintService(li).case_file(client.id)).split())
    for expected in ("家校沟通记录1", "王女士", "母亲", "电话", "家长本周带孩子就医"):
        assert expected in text, expected
    english = " ".join(pdf_text(PrintService(li, lang="en").case_file(client.id)).split())
    assert "Contact with family or school 1" in english and "Mother" in english
