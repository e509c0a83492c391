from datetime import date, datetime

import pytest

from rooms import SUPERVISOR
from counselroom.domain.appointments import AppointmentDraft, AppointmentStatus
from counselroom.domain.clients import ClientDraft
from counselroom.domain.errors import ValidationError
from counselroom.services.appointments import AppointmentService
from counselroom.services.clients import ClientService

MONDAY = date(2026, 11, 23)


def at(hour, minute=0, day=MONDAY):
    return datetime(day.year, day.month, day.day, hour, minute)


@pytest.fixture
def clients(staff):
    session = staff.login("zhao")
    service = ClientService(session)
    a = service.register(ClientDraft(name="张三", grade="初二", class_name="3班"))
    b = service.register(ClientDraft(name="王䶮", grade="初一", class_name="5班"))
    session.logout()
    return a, b


@pytest.mark.parametrize("who", ["zhao", "li", SUPERVISOR])
def test_every_role_books_45_minutes_by_default(staff, clients, who):
    service = AppointmentService(staff.login(who))
    booked = service.book(AppointmentDraft(clients[0].id, staff.ids["li"], at(9)))
    assert booked.minutes == 45 and booked.status is AppointmentStatus.BOOKED
    assert booked.client_name == "张三" and booked.counsellor_name == "李老师"


def test_the_room_cannot_be_double_booked_whoever_the_counsellor(staff, clients):
    service = AppointmentService(staff.login("zhao"))
    service.book(AppointmentDraft(clients[0].id, staff.ids["li"], at(9)))
    for start, minutes in ((at(9, 30), 45), (at(8, 30), 45), (at(9, 10), 10)):
        with pytest.raises(ValidationError) as err:
            service.book(AppointmentDraft(clients[1].id, staff.ids["zhou"], start, minutes), outside_hours_ok=True)
        assert err.value.code == "appointment.overlap" and err.value.params == {"start": "09:00", "end": "09:45"}
    assert service.book(AppointmentDraft(clients[1].id, staff.ids["zhou"], at(9, 45))).starts_at == at(9, 45)


def test_cancelled_bookings_free_the_room_and_need_a_reason(staff, clients):
    service = AppointmentService(staff.login("li"))
    first = service.book(AppointmentDraft(clients[0].id, staff.ids["li"], at(10)))
    with pytest.raises(ValidationError) as err:
        service.set_status(first.id, AppointmentStatus.CANCELLED, "  ")
    assert err.value.field == "reason"
    service.set_status(first.id, AppointmentStatus.CANCELLED, "学生考试")
    assert service.book(AppointmentDraft(clients[1].id, staff.ids["li"], at(10))).id != first.id


def test_status_settles_once_but_attended_and_no_show_can_be_corrected(staff, clients):
    service = AppointmentService(staff.login("li"))
    booking = service.book(AppointmentDraft(clients[0].id, staff.ids["li"], at(13)))
    assert service.set_status(booking.id, AppointmentStatus.NO_SHOW).status is AppointmentStatus.NO_SHOW
    assert service.set_status(booking.id, AppointmentStatus.ATTENDED).status is AppointmentStatus.ATTENDED
    with pytest.raises(ValidationError):
        service.set_status(booking.id, AppointmentStatus.CANCELLED, "太晚了")
    with pytest.raises(ValidationError):
        service.move(booking.id, AppointmentDraft(clients[0].id, staff.ids["li"], at(14)))


def test_opening_hours_are_kept_unless_confirmed(staff, clients):
    service = AppointmentService(staff.login("li"))
    for start in (at(12, 30), at(11, 30), at(17, 0)):  # lunch, runs into lunch, after closing
        with pytest.raises(ValidationError) as err:
            service.book(AppointmentDraft(clients[0].id, staff.ids["li"], start))
        assert err.value.code == "appointment.outside_hours"
    saturday = date(2026, 11, 28)
    with pytest.raises(ValidationError):
        service.book(AppointmentDraft(clients[0].id, staff.ids["li"], at(9, day=saturday)))
    assert service.book(AppointmentDraft(clients[0].id, staff.ids["li"], at(12, 15)), outside_hours_ok=True)


def test_assistants_cannot_hold_appointments_and_bad_durations_are_refused(staff, clients):
    service = AppointmentService(staff.login("li"))
    with pytest.raises(ValidationError) as err:
        service.book(AppointmentDraft(clients[0].id, staff.ids["zhao"], at(9)))
    assert err.value.field == "counsellor"
    with pytest.raises(ValidationError) as err:
        service.book(AppointmentDraft(clients[0].id, staff.ids["li"], at(9), minutes=0))
    assert err.value.field == "minutes"


def test_week_day_and_free_starts(staff, clients):
    service = AppointmentService(staff.login("zhao"))
    service.book(AppointmentDraft(clients[0].id, staff.ids["li"], at(9)))
    service.book(AppointmentDraft(clients[1].id, staff.ids["zhou"], at(14, day=date(2026, 11, 25))))
    assert len(service.week(date(2026, 11, 26))) == 2 and len(service.day(MONDAY)) == 1
    free = service.free_starts(MONDAY)
    assert at(9) not in free and at(9, 45) in free and at(9, 30) not in free
    assert at(11, 15) in free and at(11, 30) not in free  # 45 minutes must fit before 12:00
