"""The appointments page and the booking dialog, on a real encrypted installation."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QComboBox, QInputDialog, QMessageBox, QPushButton

from rooms import SUPERVISOR
from counselroom.domain.appointments import AppointmentDraft, AppointmentStatus
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft, ClientType, Gender
from counselroom.services.appointments import AppointmentService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.visits import VisitService
from counselroom.ui.dialogs.booking_dialog import BookingDialog, parse_time
from counselroom.ui.main_window import page_classes
from counselroom.ui.pages.appointments_page import AppointmentsPage
from counselroom.ui.workers import wait_for_background
from helpers import type_text


@pytest.fixture
def ctx(contexts):
    return contexts("zhao")  # the assistant books most of the time


@pytest.fixture
def questions(monkeypatch):
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Ok))
    return asked


def _weekday(session) -> date:
    """A weekday (Mon–Fri, open) in the current week; Wednesday when today is a weekend."""
    today = session.today()
    return today if today.weekday() < 5 else today - timedelta(days=today.weekday() - 2)


def _register(ctx, name="王䶮") -> int:
    draft = ClientDraft(name=name, gender=Gender.MALE, birth_date=date(2011, 3, 4),
                        client_type=ClientType.STUDENT, grade="初二", class_name="3班")
    return ClientService(ctx.session).register(draft).id


def _book(ctx, staff, client_id, at: datetime, counsellor="li", minutes=45, note=""):
    return AppointmentService(ctx.session).book(
        AppointmentDraft(client_id=client_id, counsellor_id=staff.ids[counsellor], starts_at=at,
                         minutes=minutes, note=note))


def _page(ctx, qtbot) -> AppointmentsPage:
    page = AppointmentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def _dialog(page) -> BookingDialog:
    dialogs = [d for d in page._dialogs if isinstance(d, BookingDialog)]
    assert dialogs, "no booking dialog open"
    return dialogs[-1]


def _pick_client(qtbot, dialog, text):
    type_text(dialog.client_search, text)
    qtbot.waitUntil(lambda: dialog.matches.count() > 0, timeout=2000)


def test_the_page_is_listed_for_every_role():
    assert AppointmentsPage in page_classes()
    assert AppointmentsPage.allowed_for(None)


def test_parse_time():
    assert parse_time("9:30") == time(9, 30)
    assert parse_time("0930") == time(9, 30)
    assert parse_time("14：05") == time(14, 5)
    assert parse_time("16") == time(16, 0)
    assert parse_time("25:00") is None
    assert parse_time("abc") is None


def test_book_through_the_dialog_typing_chinese(ctx, staff, qtbot):
    client_id = _register(ctx)
    day = _weekday(ctx.session)
    page = _page(ctx, qtbot)
    page.week.slot_activated.emit(datetime.combine(day, time(9, 30)))  # a double-clicked free slot
    dialog = _dialog(page)
    assert dialog.start_time.currentText() == "09:30"
    assert dialog.counsellor.currentIndex() == -1  # the assistant names the counsellor
    _pick_client(qtbot, dialog, "王䶮")
    assert dialog._client is not None and dialog._client.id == client_id
    assert "王䶮" in dialog.chosen.text()
    dialog.counsellor.setCurrentIndex(dialog.counsellor.findData(staff.ids["zhou"]))
    type_text(dialog.note, "体育课后过来")
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_appointment is not None
    booked = AppointmentService(ctx.session).day(day)
    assert [(a.client_name, a.counsellor_name, a.starts_at.time(), a.note) for a in booked] == [
        ("王䶮", "周老师", time(9, 30), "体育课后过来")]
    # the week shows it, the day list too, and it is selected
    assert [a.id for a in page.week.appointments] == [booked[0].id]
    assert page.week.selected_id == booked[0].id
    assert page.day_list.rowCount() == 1
    assert "王䶮" in page.day_list.item(0, page.CLIENT).text()
    assert "王䶮" in page.selected_line.text() and "王䶮" in page.status.text()


def test_counsellor_defaults_to_the_clinician_booking(staff, contexts, qtbot):
    ctx = contexts("li")
    try:
        dialog = BookingDialog(ctx.session, start=None)
        qtbot.addWidget(dialog)
        assert dialog.counsellor.currentData() == staff.ids["li"]
        assert dialog.counsellor.findData(staff.ids["zhao"]) == -1  # no assistants
    finally:
        ctx.session.logout()


def test_overlap_is_shown_at_the_start_time_and_the_note_kept(ctx, staff, qtbot):
    first = _register(ctx, "李雷")
    other = _register(ctx, "韩梅梅")
    day = _weekday(ctx.session)
    _book(ctx, staff, first, datetime.combine(day, time(10, 0)))
    dialog = BookingDialog(ctx.session, start=datetime.combine(day, time(10, 15)))
    qtbot.addWidget(dialog)
    dialog.show()
    _pick_client(qtbot, dialog, "韩梅梅")
    assert dialog._client.id == other
    dialog.counsellor.setCurrentIndex(dialog.counsellor.findData(staff.ids["li"]))
    type_text(dialog.note, "班主任陪同")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Enter books
    error = dialog.form.error_for("startTime")
    assert error.isVisible()
    assert "10:00" in error.text() and "10:45" in error.text()
    assert dialog.note.text() == "班主任陪同"
    assert dialog.client_search.text() == "韩梅梅"
    assert dialog.saved_appointment is None
    assert dialog.result() == 0
    # the free times offered skip the booked hour
    offered = [dialog.start_time.itemText(i) for i in range(dialog.start_time.count())]
    assert "10:00" not in offered and "10:15" not in offered and "10:45" in offered


def test_no_client_chosen_is_shown_at_the_client(ctx, qtbot):
    dialog = BookingDialog(ctx.session, start=None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.book()
    assert dialog.form.error_for("clientSearch").isVisible()


def test_outside_hours_asks_and_books_anyway(ctx, staff, qtbot, questions):
    client_id = _register(ctx)
    day = _weekday(ctx.session)
    page = _page(ctx, qtbot)
    page.book_at(datetime.combine(day, time(18, 0)))
    dialog = _dialog(page)
    dialog.start_time.setEditText("18:00")
    _pick_client(qtbot, dialog, "王䶮")
    dialog.counsellor.setCurrentIndex(dialog.counsellor.findData(staff.ids["li"]))
    dialog.book()
    assert len(questions) == 1 and "18:00" in questions[0]
    assert dialog.saved_appointment is not None
    booked = AppointmentService(ctx.session).day(day)
    assert [a.client_id for a in booked] == [client_id]
    # the week grows to show it
    assert page.week.last >= 18 * 60 + 45


def test_outside_hours_declined_keeps_the_dialog(ctx, staff, qtbot, monkeypatch):
    _register(ctx)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    day = _weekday(ctx.session)
    dialog = BookingDialog(ctx.session, start=datetime.combine(day, time(7, 0)))
    qtbot.addWidget(dialog)
    dialog.show()
    _pick_client(qtbot, dialog, "wy")  # pinyin initials
    dialog.counsellor.setCurrentIndex(0)
    dialog.book()
    assert dialog.saved_appointment is None
    assert dialog.form.error_for("startTime").isVisible()
    assert AppointmentService(ctx.session).day(day) == []


def test_mark_attended_and_cancel_with_reason(ctx, staff, qtbot, monkeypatch, questions):
    client_id = _register(ctx)
    day = _weekday(ctx.session)
    a = _book(ctx, staff, client_id, datetime.combine(day, time(9, 0)))
    b = _book(ctx, staff, client_id, datetime.combine(day, time(14, 0)), counsellor="zhou")
    page = _page(ctx, qtbot)
    assert {x.id for x in page.week.appointments} == {a.id, b.id}
    assert not page.attended_button.isEnabled()

    page.select_appointment(a.id)
    assert page.attended_button.isEnabled() and page.cancel_button.isEnabled()
    qtbot.mouseClick(page.attended_button, Qt.MouseButton.LeftButton)
    assert AppointmentService(ctx.session).get(a.id).status is AppointmentStatus.ATTENDED
    assert not page.cancel_button.isEnabled() and not page.move_button.isEnabled()
    assert page.no_show_button.isEnabled()  # a correction stays possible

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kw: ("期中考试", True)))
    page.select_appointment(b.id)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    cancelled = AppointmentService(ctx.session).get(b.id)
    assert cancelled.status is AppointmentStatus.CANCELLED and cancelled.cancel_reason == "期中考试"
    rows = {page.day_list.item(r, page.TIME).text(): r for r in range(page.day_list.rowCount())}
    row = rows["14:00–14:45"]
    assert page.day_list.item(row, page.CLIENT).font().strikeOut()
    assert "期中考试" in page.day_list.item(row, page.NOTE).text()
    assert questions == []  # no warnings


def test_cancel_without_reason_is_refused(ctx, staff, qtbot, monkeypatch, questions):
    client_id = _register(ctx)
    a = _book(ctx, staff, client_id, datetime.combine(_weekday(ctx.session), time(9, 0)))
    page = _page(ctx, qtbot)
    page.select_appointment(a.id)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kw: ("  ", True)))
    page.cancel_selected()
    assert AppointmentService(ctx.session).get(a.id).status is AppointmentStatus.BOOKED
    assert questions  # the warning said why


def test_week_view_clicks_select_and_navigation(ctx, staff, qtbot):
    client_id = _register(ctx)
    day = _weekday(ctx.session)
    a = _book(ctx, staff, client_id, datetime.combine(day, time(9, 0)))
    page = _page(ctx, qtbot)
    week = page.week
    placed = dict((x.id, rect) for x, rect in week._layout())
    qtbot.mouseClick(week, Qt.MouseButton.LeftButton, pos=placed[a.id].center().toPoint())
    assert page.selected_appointment().id == a.id
    assert page.day_list.selectedItems()
    # a free slot: double-click opens the dialog at that time
    free = week._slot_at(QPointF(placed[a.id].center().x(), week._y(11 * 60) + 2))
    assert free == datetime.combine(day, time(11, 0))
    page.next_week()
    assert week.appointments == [] and page.this_button.isEnabled()
    page.this_week()
    assert [x.id for x in week.appointments] == [a.id]
    # painted: the booking stands out from the free 11:00 slot below it
    shot = week.grab().toImage()
    booked_at = placed[a.id].center().toPoint()
    free_at = QPointF(placed[a.id].center().x(), week._y(11 * 60) + 2).toPoint()
    assert shot.pixelColor(booked_at) != shot.pixelColor(free_at)


def test_move_through_the_dialog(ctx, staff, qtbot):
    client_id = _register(ctx)
    day = _weekday(ctx.session)
    a = _book(ctx, staff, client_id, datetime.combine(day, time(9, 0)))
    page = _page(ctx, qtbot)
    page.select_appointment(a.id)
    page.move_selected()
    dialog = _dialog(page)
    assert dialog.client_search.isReadOnly() and dialog.client_search.text() == "王䶮"
    dialog.start_time.setEditText("15:00")
    dialog.book()
    assert AppointmentService(ctx.session).get(a.id).starts_at == datetime.combine(day, time(15, 0))


def test_clear_sensitive_empties_everything(ctx, staff, qtbot):
    client_id = _register(ctx)
    day = _weekday(ctx.session)
    a = _book(ctx, staff, client_id, datetime.combine(day, time(9, 0)), note="从3班过来")
    page = _page(ctx, qtbot)
    page.select_appointment(a.id)
    page.new_booking()
    dialog = _dialog(page)
    _pick_client(qtbot, dialog, "王䶮")
    page.clear_sensitive()
    assert page.week.appointments == [] and page.week.selected_id is None
    assert page.day_list.rowCount() == 0
    assert page.selected_line.text() == "" and page.status.text() == ""
    assert page._dialogs == []
    assert dialog.client_search.text() == "" and dialog.matches.count() == 0
    assert not page.attended_button.isEnabled()


# -- booking and the case; the attended appointment's visit record ------------------------------

def _open_case(session, client_id, reason="考试焦虑", opened=date(2026, 9, 1)):
    return CaseService(session).open(client_id, CaseDraft(opened, reason, ProblemCategory.EMOTION))


@pytest.fixture
def li_ctx(contexts):
    return contexts("li")


def _case_items(dialog):
    return [dialog.case.itemData(i) for i in range(dialog.case.count())]


def test_the_assistant_books_without_seeing_cases(ctx, staff, qtbot):
    li = staff.login("li")
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    _open_case(li, client.id)
    li.logout()
    dialog = BookingDialog(ctx.session, start=None)
    qtbot.addWidget(dialog)
    dialog.show()
    _pick_client(qtbot, dialog, "王䶮")
    assert dialog.case is None and dialog.findChild(QComboBox, "case") is None
    with pytest.raises(KeyError):
        dialog.form.error_for("case")
    page = _page(ctx, qtbot)
    assert page.visit_button is None and page.findChild(QPushButton, "openVisitRecord") is None


def test_booking_linked_to_a_case_and_the_attended_visit_lands_in_it(li_ctx, staff, qtbot, questions):
    ctx = li_ctx
    client_id = _register(ctx)
    first = _open_case(ctx.session, client_id)
    second = _open_case(ctx.session, client_id, "人际关系", date(2026, 10, 8))
    day = _weekday(ctx.session)
    page = _page(ctx, qtbot)
    opened = []
    page.visit_opened.connect(opened.append)
    page.book_at(datetime.combine(day, time(10, 0)))
    dialog = _dialog(page)
    assert _case_items(dialog) == [None]           # no client yet
    assert not dialog.case.isEnabled()
    _pick_client(qtbot, dialog, "王䶮")
    assert _case_items(dialog) == [None, first.id, second.id]
    assert dialog.case.currentData() is None       # two open cases: the counsellor says which
    assert "2026-10-08" in dialog.case.itemText(2)
    assert dialog.choose_case(second.id)
    dialog.counsellor.setCurrentIndex(dialog.counsellor.findData(staff.ids["li"]))
    assert dialog.case.currentData() == second.id  # the choice is kept
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    booked = dialog.saved_appointment
    assert booked is not None and AppointmentService(ctx.session).get(booked.id).case_id == second.id

    page.select_appointment(booked.id)
    assert page.visit_button.isVisible() and not page.visit_button.isEnabled()   # not attended yet
    qtbot.mouseClick(page.attended_button, Qt.MouseButton.LeftButton)
    assert page.visit_button.isEnabled()
    qtbot.mouseClick(page.visit_button, Qt.MouseButton.LeftButton)
    visits = VisitService(ctx.session).for_case(second.id)
    assert [v.appointment_id for v in visits] == [booked.id]
    assert VisitService(ctx.session).for_case(first.id) == []
    assert opened == [visits[0].id]
    assert visits[0].content.start == time(10, 0) and visits[0].content.end == time(10, 45)
    # again: the same record, not a second one
    page.open_visit_record()
    assert opened == [visits[0].id, visits[0].id] and len(VisitService(ctx.session).for_case(second.id)) == 1
    assert questions == []


def test_one_open_case_is_chosen_for_you(li_ctx, staff, qtbot):
    client_id = _register(li_ctx)
    only = _open_case(li_ctx.session, client_id)
    dialog = BookingDialog(li_ctx.session, start=datetime.combine(_weekday(li_ctx.session), time(9, 0)))
    qtbot.addWidget(dialog)
    dialog.show()
    _pick_client(qtbot, dialog, "wy")
    assert dialog.case.currentData() == only.id
    dialog.book()
    assert dialog.saved_appointment.case_id == only.id


def test_booked_by_the_assistant_linked_when_the_visit_is_opened(staff, li_ctx, qtbot, monkeypatch):
    zhao = staff.login("zhao")
    client_id = ClientService(zhao).register(ClientDraft(name="王䶮", grade="初二", class_name="3班")).id
    day = _weekday(li_ctx.session)
    booking = _book(type("C", (), {"session": zhao}), staff, client_id, datetime.combine(day, time(9, 0)))
    zhao.logout()
    first = _open_case(li_ctx.session, client_id)
    second = _open_case(li_ctx.session, client_id, "人际关系", date(2026, 10, 8))
    asked = []

    def get_item(parent, title, label, items, current, editable):
        asked.append((label, list(items)))
        return items[1], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    page = _page(li_ctx, qtbot)
    page.select_appointment(booking.id)
    page.mark_attended()
    page.open_visit_record()
    assert len(asked) == 1 and "王䶮" in asked[0][0] and len(asked[0][1]) == 2
    assert "2026-09-01" in asked[0][1][0] and "2026-10-08" in asked[0][1][1]   # picked: the second
    assert AppointmentService(li_ctx.session).get(booking.id).case_id == second.id
    assert [v.appointment_id for v in VisitService(li_ctx.session).for_case(second.id)] == [booking.id]
    assert VisitService(li_ctx.session).for_case(first.id) == []


def test_one_open_case_is_linked_without_asking(staff, li_ctx, qtbot, monkeypatch):
    client_id = _register(li_ctx)
    case = _open_case(li_ctx.session, client_id)
    booking = _book(li_ctx, staff, client_id, datetime.combine(_weekday(li_ctx.session), time(11, 0)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a: pytest.fail("asked")))
    page = _page(li_ctx, qtbot)
    page.select_appointment(booking.id)
    page.mark_attended()
    page.day_list.itemActivated.emit(page.day_list.item(0, 0))   # double-click / Enter on the row
    assert [v.appointment_id for v in VisitService(li_ctx.session).for_case(case.id)] == [booking.id]
    assert "王䶮" in page.status.text()


def test_no_open_case_says_to_open_one_first(staff, li_ctx, qtbot, monkeypatch):
    client_id = _register(li_ctx)
    booking = _book(li_ctx, staff, client_id, datetime.combine(_weekday(li_ctx.session), time(11, 0)))
    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: told.append(a[2])))
    page = _page(li_ctx, qtbot)
    page.select_appointment(booking.id)
    page.mark_attended()
    page.open_visit_record()
    assert len(told) == 1 and "王䶮" in told[0]
    assert AppointmentService(li_ctx.session).get(booking.id).case_id is None
    assert VisitService(li_ctx.session).unsigned() == []


def test_the_supervisor_gives_a_reason_to_open_a_counsellors_case(staff, contexts, qtbot, monkeypatch):
    li = staff.login("li")
    client_id = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班")).id
    case = _open_case(li, client_id)
    li.logout()
    sup = contexts(SUPERVISOR)
    try:
        booking = _book(sup, staff, client_id, datetime.combine(_weekday(sup.session), time(9, 0)))
        asked = []
        monkeypatch.setattr(QInputDialog, "getText",
                            staticmethod(lambda *a, **k: asked.append(a[2]) or ("李老师请假，代为接待", True)))
        page = _page(sup, qtbot)
        page.select_appointment(booking.id)
        page.mark_attended()
        page.open_visit_record()
        assert len(asked) == 1                      # asked once, for the link and the record alike
        assert AppointmentService(sup.session).get(booking.id).case_id == case.id
        visits = VisitService(sup.session).for_case(case.id)
        assert [v.appointment_id for v in visits] == [booking.id]
    finally:
        wait_for_background()
        sup.session.logout()


def test_lock_clears_the_case_choice(li_ctx, qtbot):
    client_id = _register(li_ctx)
    _open_case(li_ctx.session, client_id)
    page = _page(li_ctx, qtbot)
    page.new_booking()
    dialog = _dialog(page)
    _pick_client(qtbot, dialog, "王䶮")
    assert dialog.case.count() == 2
    page.clear_sensitive()
    assert dialog.case.count() == 0 and page._dialogs == []
    assert not page.visit_button.isEnabled()


def test_weeks_and_bookings_are_chosen_without_sql_on_the_gui_thread(ctx, staff, qtbot, sql_on_gui_thread):
    client_id = _register(ctx)
    a = _book(ctx, staff, client_id, datetime.combine(_weekday(ctx.session), time(9, 0)))
    page = _page(ctx, qtbot)
    sql_on_gui_thread.clear()
    page.next_week()
    assert page.week.appointments == []
    page.previous_week()
    page.select_appointment(a.id)
    assert page.attended_button.isEnabled() and "王䶮" in page.selected_line.text()
    page.day_list.selectRow(0)
    assert page.selected_appointment().id == a.id
    assert sql_on_gui_thread == []
