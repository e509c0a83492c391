"""Linking a booking to a case after it was booked (assistants book without one)."""

from datetime import date, datetime

import pytest

from rooms import SUPERVISOR
from counselroom.domain.appointments import AppointmentDraft, AppointmentStatus
from counselroom.domain.audit import AuditFilter
from counselroom.domain.cases import CaseClosing, CaseDraft, Outcome, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.services.appointments import AppointmentService
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.visits import VisitService

AT = datetime(2026, 11, 23, 10, 0)


@pytest.fixture
def world(staff):
    li = staff.login("li")
    clients = ClientService(li)
    client = clients.register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    other = clients.register(ClientDraft(name="张三", grade="初一", class_name="5班"))
    cases = CaseService(li)
    case = cases.open(client.id, CaseDraft(date(2026, 9, 1), "焦虑", ProblemCategory.EMOTION))
    other_case = cases.open(other.id, CaseDraft(date(2026, 9, 1), "人际", ProblemCategory.RELATIONSHIPS))
    li.logout()
    zhao = staff.login("zhao")  # the assistant books, without a case
    booking = AppointmentService(zhao).book(AppointmentDraft(client.id, staff.ids["li"], AT))
    zhao.logout()
    return {"client": client, "case": case, "other_case": other_case, "booking": booking}


def test_the_counsellor_links_the_attended_booking_and_its_visit_lands_in_the_case(staff, world):
    li = staff.login("li")
    service = AppointmentService(li)
    service.set_status(world["booking"].id, AppointmentStatus.ATTENDED)
    with pytest.raises(ValidationError) as err:
        VisitService(li).start_from_appointment(world["booking"].id)
    assert err.value.code == "visit.appointment_without_case"
    linked = service.link_case(world["booking"].id, world["case"].id)
    assert linked.case_id == world["case"].id and linked.status is AppointmentStatus.ATTENDED
    visit = VisitService(li).start_from_appointment(world["booking"].id)
    assert visit.case_id == world["case"].id and visit.appointment_id == world["booking"].id
    # once the visit is started the link stays
    second = CaseService(li).open(world["client"].id, CaseDraft(date(2026, 10, 1), "学习", ProblemCategory.STUDY))
    with pytest.raises(ValidationError) as err:
        service.link_case(world["booking"].id, second.id)
    assert err.value.code == "appointment.visit_started"
    li.logout()
    rows = AuditService(staff.login(SUPERVISOR)).search(AuditFilter(action="appointment.changed"))
    assert rows[0].detail == {"appointment": world["booking"].id, "linked_case": world["case"].id}
    assert rows[0].target == f"case:{world['case'].id}"


def test_only_clinicians_of_the_case_link_it(staff, world):
    for who, code in (("zhao", "permission.denied"), ("zhou", "case.not_yours"),
                      (SUPERVISOR, "case.reason_required")):
        session = staff.login(who)
        with pytest.raises(PermissionDenied) as err:
            AppointmentService(session).link_case(world["booking"].id, world["case"].id)
        assert err.value.code == code
        session.logout()
    sup = staff.login(SUPERVISOR)
    linked = AppointmentService(sup).link_case(world["booking"].id, world["case"].id, reason="助理预约，补充个案")
    assert linked.case_id == world["case"].id
    sup.logout()


def test_the_case_must_be_the_clients_and_open(staff, world):
    li = staff.login("li")
    service = AppointmentService(li)
    with pytest.raises(ValidationError) as err:
        service.link_case(world["booking"].id, world["other_case"].id)
    assert err.value.code == "appointment.case_mismatch"
    CaseService(li).close(world["case"].id, CaseClosing(date(2026, 11, 1), "结案", Outcome.RESOLVED))
    with pytest.raises(ValidationError) as err:
        service.link_case(world["booking"].id, world["case"].id)
    assert err.value.code == "visit.case_closed"
    assert service.get(world["booking"].id).case_id is None
    service.set_status(world["booking"].id, AppointmentStatus.CANCELLED, "考试")
    with pytest.raises(ValidationError) as err:
        service.link_case(world["booking"].id, world["case"].id)
    assert err.value.code == "appointment.settled"
    li.logout()
