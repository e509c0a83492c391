"""Pages show a record of an archived quarter as read-only before anyone clicks (the services
refuse changes in any case: tests/services/test_archived_quarter.py)."""

from __future__ import annotations

from archive_fixtures import _quarter_template, archived_room, exported  # noqa: F401 - fixtures
from counselroom.ui.context import AppContext


def test_the_appointments_page_shows_an_archived_booking_as_read_only(qtbot, archived_room):
    from counselroom.services.appointments import AppointmentService
    from counselroom.ui.pages.appointments_page import AppointmentsPage

    session = archived_room.login()
    try:
        booking = AppointmentService(session).get(archived_room.ids["appointment"])
        page = AppointmentsPage(AppContext(archived_room.room.inst, session, "zh_CN"))
        qtbot.addWidget(page)
        page.show()
        page.show_week_of(booking.starts_at.date())
        page.select_appointment(booking.id)
        assert page.selected_appointment().id == booking.id
        for button in (page.attended_button, page.no_show_button, page.cancel_button, page.move_button):
            assert not button.isEnabled()
        assert str(archived_room.quarter) in page.selected_line.text()
        page.clear_sensitive()
    finally:
        session.logout()
