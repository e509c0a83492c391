"""The Today page: the day's appointments and work, each opening where the work is."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from rooms import SUPERVISOR
from counselroom.domain.appointments import AppointmentDraft
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.materials import MaterialDraft
from counselroom.domain.visits import VisitContent
from counselroom.services.appointments import AppointmentService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.materials import MaterialService
from counselroom.services.visits import VisitService
from counselroom.ui.main_window import MainWindow


@pytest.fixture
def windows(qtbot, contexts):
    def make(name: str) -> MainWindow:
        main = MainWindow(contexts(name), "home")
        qtbot.addWidget(main)
        return main

    return make


@pytest.fixture
def day_of_work(staff):
    """li: a booking today, an unsigned draft, forms handed out yesterday."""
    li = staff.login("li")
    today = li.today()
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(li).open(client.id, CaseDraft(today - timedelta(days=30), "焦虑", ProblemCategory.EMOTION))
    booking = AppointmentService(li).book(AppointmentDraft(client.id, li.user.id, datetime.combine(today, time(10))),
                                          outside_hours_ok=True)
    draft = VisitService(li).start(case.id, VisitContent(visit_date=today, complaint="考试焦虑"))
    li.logout()
    boss = staff.login(SUPERVISOR)
    forms = MaterialService(boss).add(MaterialDraft("PHQ-9 答题纸", scale_code="phq9"), 20, "开学清点")
    boss.logout()
    li = staff.login("li")
    MaterialService(li).hand_out(forms.id, 3, purpose="团体筛查")
    li.logout()
    return booking, draft


def test_the_day_at_a_glance_and_each_item_opens_its_page(windows, day_of_work):
    booking, draft = day_of_work
    main = windows("li")
    today = main.page("home")
    assert today.title() == "Today"
    [appointment] = today.appointments.rows()
    assert appointment.startswith("10:00–10:45") and "王䶮" in appointment
    [unsigned] = today.drafts.rows()
    assert "王䶮" in unsigned
    [out] = today.materials.rows()
    assert "PHQ-9 答题纸" in out and "3" in out
    today.drafts.list.itemActivated.emit(today.drafts.list.item(0))
    assert main.current_page().key == "visits"
    assert main.page("visits").editor.visit.id == draft.id
    main.go_to("home")
    today.appointments.list.itemActivated.emit(today.appointments.list.item(0))
    assert main.current_page().key == "appointments"
    assert main.page("appointments").selected_appointment().id == booking.id
    main.go_to("home")
    today.materials.button.click()
    assert main.current_page().key == "materials"


def test_assistants_see_the_appointments_only(windows, day_of_work):
    main = windows("zhao")
    today = main.page("home")
    assert len(today.appointments.rows()) == 1
    assert not today.drafts.isVisibleTo(today) and not today.materials.isVisibleTo(today)
    assert today.drafts.rows() == [] and today.materials.rows() == []


def test_lock_empties_the_day(windows, day_of_work):
    main = windows("li")
    today = main.page("home")
    assert today.appointments.rows()
    main.lock("manual")
    assert today.appointments.rows() == [] and today.drafts.rows() == [] and today.materials.rows() == []


def test_duty_and_the_last_closing(windows, day_of_work, staff):
    from counselroom.services.duty import DutyService

    li = staff.login("li")
    DutyService(li).start()
    li.logout()
    main = windows("li")
    today = main.page("home")
    duty = today.duty.rows()
    assert any("On duty now" in row for row in duty)
    assert len(duty) == 2                      # who is on duty, and the week's hours
    assert today.closing.isVisibleTo(today) and today.closing.rows() + [today.closing.hint.text()]
    today.duty.button.click()
    assert main.current_page().key == "duty"
    main.go_to("home")
    today.closing.button.click()
    assert main.current_page().key == "closing"


def test_a_block_that_cannot_be_read_says_so_and_the_others_stay(windows, day_of_work, monkeypatch):
    from counselroom.domain.errors import StorageError
    from counselroom.ui.messages import error_text

    def damaged(_self):
        raise StorageError("storage.damaged")

    monkeypatch.setattr(MaterialService, "outstanding", damaged)
    main = windows("li")
    today = main.page("home")
    assert today.greeting.text() and len(today.appointments.rows()) == 1 and len(today.drafts.rows()) == 1
    assert today.materials.rows() == []
    assert today.materials.hint.text() == error_text(StorageError("storage.damaged"))
