"""Appointments (预约): the one room's week, the chosen day's list, booking and settling."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox, QScrollArea,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from counselroom.domain.access import CaseAccess, may_see_clinical
from counselroom.domain.appointments import Appointment, AppointmentStatus, may_change_status
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.plural import plural
from counselroom.services.archive import Quarter
from counselroom.services.appointments import AppointmentService
from counselroom.services.cases import CaseEntry, CaseService
from counselroom.services.session import Session
from counselroom.services.settings_service import SettingsService
from counselroom.services.visits import VisitService
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.booking_dialog import BookingDialog
from counselroom.ui.labels import label_of
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import HINT_STYLE
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.week_view import STATUS_COLOURS, WeekView


@dataclass(frozen=True)
class WeekData:
    """What the page shows of one week, gathered off the GUI thread."""

    hours: dict
    appointments: list[Appointment]
    # appointment id → the archived quarter that makes it read-only (None: it may change)
    frozen: dict[int, Quarter | None]


def gather_week(session: Session, monday: date) -> WeekData:
    service = AppointmentService(session)
    hours = SettingsService(session).get().opening_hours
    appointments = service.week(monday)
    # A quarter is archived or not as a whole: one answer per quarter the week touches.
    by_quarter: dict[Quarter, Quarter | None] = {}
    frozen: dict[int, Quarter | None] = {}
    for a in appointments:
        quarter = Quarter.of(a.starts_at.date())
        if quarter not in by_quarter:
            by_quarter[quarter] = service.frozen_quarter(a)
        frozen[a.id] = by_quarter[quarter]
    return WeekData(hours, appointments, frozen)


class AppointmentsPage(Page):
    key = "appointments"
    TIME, CLIENT, COUNSELLOR, STATUS, NOTE = range(5)
    # visit id, after an attended appointment's visit record was started or found:
    # the main window shows it on the visit records page.
    visit_opened = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._monday: date = self._week_of(ctx.session.today())
        self._day: date = ctx.session.today()
        self._appointments: list[Appointment] = []
        self._frozen: dict[int, Quarter | None] = {}
        # A booking asked for (from the Today page) while its week was still loading.
        self._pending_select: int | None = None

        layout = self.page_column(spacing=10)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.prev_button = self.make_button("prevWeek", self.tr("‹ Previous week"), self.tr("Show the week before"),
                                        self.previous_week)
        self.this_button = self.make_button("thisWeek", self.tr("This week"), self.tr("Back to this week"),
                                        self.this_week)
        self.next_button = self.make_button("nextWeek", self.tr("Next week ›"), self.tr("Show the week after"),
                                        self.next_week)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        self.week_label.setStyleSheet("font-weight: 600; margin-left: 8px;")
        for w in (self.prev_button, self.this_button, self.next_button, self.week_label):
            bar.addWidget(w)
        bar.addStretch(1)
        self.book_button = self.make_button("newAppointment", self.tr("Book…"),
                                        self.tr("Book the room (Ctrl+N); double-click a free time to "
                                                "book it"), self.new_booking)
        self.book_button.setShortcut(QKeySequence("Ctrl+N"))
        bar.addWidget(self.book_button)
        layout.addLayout(bar)

        self.week = WeekView(self)
        self.week.slot_activated.connect(self.book_at)
        self.week.booking_selected.connect(self._week_booking_selected)
        self.week.day_selected.connect(self._week_day_selected)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.week)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.day_heading = QLabel(side)
        self.day_heading.setObjectName("dayHeading")
        self.day_heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        column.addWidget(self.day_heading)
        self.day_list = QTableWidget(0, 5, side)
        self.day_list.setObjectName("dayList")
        self.day_list.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Client"), self.tr("Counsellor"),
                                                 self.tr("Status"), self.tr("Note")])
        self.day_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.day_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.day_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.day_list.verticalHeader().hide()
        self.day_list.verticalHeader().setDefaultSectionSize(28)
        header = self.day_list.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        for col, mode in ((self.TIME, QHeaderView.ResizeMode.ResizeToContents),
                          (self.CLIENT, QHeaderView.ResizeMode.ResizeToContents),
                          (self.COUNSELLOR, QHeaderView.ResizeMode.ResizeToContents),
                          (self.STATUS, QHeaderView.ResizeMode.ResizeToContents),
                          (self.NOTE, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(col, mode)
        self.day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.day_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.day_list.setWordWrap(False)
        self.day_list.itemSelectionChanged.connect(self._list_selection_changed)
        column.addWidget(self.day_list, 1)

        actions = QHBoxLayout()
        actions.setSpacing(6)
        self.attended_button = self.make_button("markAttended", self.tr("Attended"),
                                            self.tr("The client came (已到访)"), self.mark_attended)
        self.no_show_button = self.make_button("markNoShow", self.tr("No-show"),
                                           self.tr("The client did not come (未到)"), self.mark_no_show)
        self.cancel_button = self.make_button("cancelAppointment", self.tr("Cancel…"),
                                          self.tr("Cancel the booking; you are asked for the reason"),
                                          self.cancel_selected)
        self.move_button = self.make_button("moveAppointment", self.tr("Reschedule…"),
                                        self.tr("Move the booking to another time"), self.move_selected)
        for button in (self.attended_button, self.no_show_button, self.cancel_button, self.move_button):
            actions.addWidget(button)
        actions.addStretch(1)
        column.addLayout(actions)
        # Counsellors and the supervisor write the visit record of an attended appointment;
        # assistants never see records (R16), so they do not get the button.
        self.visit_button = None
        if may_see_clinical(ctx.user):
            visit_row = QHBoxLayout()
            self.visit_button = self.make_button(
                "openVisitRecord", self.tr("Visit record…"),
                self.tr("Write the visit record of this attended appointment (double-click the row "
                        "does the same); it goes into the appointment's case"), self.open_visit_record)
            visit_row.addWidget(self.visit_button)
            visit_row.addStretch(1)
            column.addLayout(visit_row)
            self.day_list.itemActivated.connect(self._row_activated)
        self.selected_line = hint_label("", side, "selectedAppointment")
        column.addWidget(self.selected_line)
        legend = QLabel(side)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setText("  ".join(
            f'<span style="background:{STATUS_COLOURS[s][0]}; color:{STATUS_COLOURS[s][2]};'
            f' border:1px solid {STATUS_COLOURS[s][1]};">&nbsp;{label_of(s)}&nbsp;</span>'
            for s in AppointmentStatus))
        column.addWidget(legend)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.scroll_area)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        side.setMinimumWidth(340)
        splitter.setSizes([680, 360])
        layout.addWidget(splitter, 1)

        self.add_status_line(layout, "appointmentsStatus", self._show_hint)
        self._update_buttons()

    @staticmethod
    def _week_of(day: date) -> date:
        return day - timedelta(days=day.weekday())

    # -- Page ------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Appointments")

    def refresh(self) -> None:
        self._load()

    def clear_sensitive(self) -> None:
        self.close_dialogs()
        self._appointments = []
        self._frozen = {}
        self._pending_select = None
        self.week.clear()
        self.day_list.blockSignals(True)
        self.day_list.clearContents()
        self.day_list.setRowCount(0)
        self.day_list.blockSignals(False)
        self.selected_line.clear()
        self.day_heading.clear()
        self.week_label.clear()
        self.status.clear()
        self._update_buttons()

    # -- loading ---------------------------------------------------------------
    def _service(self) -> AppointmentService:
        return AppointmentService(self.ctx.session)

    def _load(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.week.selected_id
        monday = self._monday
        self.load(lambda session: gather_week(session, monday), lambda data: self._show_week(data, keep))

    def _show_week(self, data: WeekData, keep: int | None) -> None:
        appointments, hours = data.appointments, data.hours
        self._appointments, self._frozen = appointments, data.frozen
        today = self.ctx.session.today()
        sunday = self._monday + timedelta(days=6)
        self.week_label.setText(self.tr("{start} – {end}").format(
            start=self._monday.isoformat(), end=f"{sunday.month}-{sunday.day:02d}" if sunday.year ==
            self._monday.year else sunday.isoformat()))
        self.this_button.setEnabled(self._monday != self._week_of(today))
        if not 0 <= (self._day - self._monday).days < 7:
            self._day = today if self._monday == self._week_of(today) else self._monday
        self.week.selected_day = self._day
        self.week.set_week(self._monday, today, hours, appointments)
        self.week.select(keep if keep is not None and self.week.find_appointment(keep) else None)
        self._fill_day()
        self._update_buttons()
        if not self._status_timer.isActive():
            self._show_hint()
        pending, self._pending_select = self._pending_select, None
        if pending is not None and self.week.find_appointment(pending) is not None:
            self.select_appointment(pending)

    def _fill_day(self) -> None:
        names = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                 self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))
        self.day_heading.setText(f"{self._day.isoformat()}  {names[self._day.weekday()]}")
        rows = sorted((a for a in self._appointments if a.starts_at.date() == self._day),
                      key=lambda a: (a.starts_at, a.status is AppointmentStatus.CANCELLED))
        self.day_list.blockSignals(True)
        self.day_list.clearContents()
        self.day_list.setRowCount(len(rows))
        for row, a in enumerate(rows):
            cells = (f"{a.starts_at:%H:%M}–{a.ends_at:%H:%M}",
                     a.client_name,
                     a.counsellor_name, label_of(a.status),
                     a.cancel_reason if a.status is AppointmentStatus.CANCELLED else a.note)
            fill, _border, ink = STATUS_COLOURS[a.status]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{a.client_name} · {a.client_case_no}" if col == self.CLIENT else text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                if a.status is AppointmentStatus.CANCELLED:
                    font = item.font()
                    font.setStrikeOut(col != self.NOTE)
                    item.setFont(font)
                    item.setForeground(QColor(ink))
                if col == self.STATUS:
                    item.setBackground(QColor(fill))
                    item.setForeground(QColor(ink))
                if col == self.NOTE and a.status is AppointmentStatus.CANCELLED and text:
                    item.setText(self.tr("Reason: {reason}").format(reason=text))
                self.day_list.setItem(row, col, item)
        selected = self.week.selected_id
        for row in range(self.day_list.rowCount()):
            first = self.day_list.item(row, 0)
            if first is not None and first.data(Qt.ItemDataRole.UserRole) == selected:
                self.day_list.selectRow(row)
        self.day_list.blockSignals(False)

    def selected_appointment(self) -> Appointment | None:
        return self.week.find_appointment(self.week.selected_id) if self.week.selected_id is not None else None

    def select_appointment(self, appointment_id: int | None) -> None:
        appointment = self.week.find_appointment(appointment_id) if appointment_id is not None else None
        if appointment is None and appointment_id is not None and self.loader.loading:
            self._pending_select = appointment_id   # chosen when the week being loaded is shown
            return
        self._pending_select = None
        if appointment is not None:
            self._day = appointment.starts_at.date()
        self.week.select(appointment.id if appointment else None)
        self._fill_day()
        self._update_buttons()

    def _week_booking_selected(self, appointment_id) -> None:
        self.select_appointment(appointment_id)

    def _week_day_selected(self, day) -> None:
        if day != self._day:
            self._day = day
            self._fill_day()
            self._update_buttons()

    def _list_selection_changed(self) -> None:
        items = self.day_list.selectedItems()
        appointment_id = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        self.week.select(appointment_id)
        self._update_buttons()

    def _frozen_quarter(self, a: Appointment | None) -> Quarter | None:
        """Gathered with the week; the service refuses a change anyway if this is out of date."""
        return self._frozen.get(a.id) if a is not None else None

    def _update_buttons(self, *_args) -> None:
        a = self.selected_appointment()
        # A booking of an archived quarter is read-only (the service refuses; say so before a click).
        archived = self._frozen_quarter(a)
        status = a.status if a and not archived else None
        self.attended_button.setEnabled(status is not None and may_change_status(status, AppointmentStatus.ATTENDED))
        self.no_show_button.setEnabled(status is not None and may_change_status(status, AppointmentStatus.NO_SHOW))
        self.cancel_button.setEnabled(status is AppointmentStatus.BOOKED)
        self.move_button.setEnabled(status is AppointmentStatus.BOOKED)
        if self.visit_button is not None:
            self.visit_button.setEnabled(a is not None and a.status is AppointmentStatus.ATTENDED)
        if a is None:
            self.selected_line.setText(self.tr("Select a booking in the week or in the list to settle or "
                                               "move it.") if self.week.monday else "")
        else:
            text = self.tr("{day} {start}–{end} · {client} · {counsellor} · {status}").format(
                day=a.starts_at.date().isoformat(), start=f"{a.starts_at:%H:%M}", end=f"{a.ends_at:%H:%M}",
                client=a.client_name, counsellor=a.counsellor_name, status=label_of(a.status))
            if a.status is AppointmentStatus.CANCELLED and a.cancel_reason:
                text += "\n" + self.tr("Reason: {reason}").format(reason=a.cancel_reason)
            if archived:
                text += "\n" + self.tr("Quarter {quarter} has been archived: this booking can no longer be "
                                       "changed.").format(quarter=str(archived))
            self.selected_line.setText(text)

    def _show_hint(self) -> None:
        if self.week.monday is None:
            return
        self.status.setStyleSheet(HINT_STYLE)
        live = sum(1 for a in self._appointments if a.status is not AppointmentStatus.CANCELLED)
        self.status.setText(plural(
            live, self.tr("{count} booking this week. Double-click a free time, or press Ctrl+N, to book the room."),
            self.tr("{count} bookings this week. Double-click a free time, or press Ctrl+N, to book the room."))
            .format(count=live))

    # -- navigation ------------------------------------------------------------
    def previous_week(self) -> None:
        self._go(self._monday - timedelta(days=7))

    def next_week(self) -> None:
        self._go(self._monday + timedelta(days=7))

    def this_week(self) -> None:
        self._go(self._week_of(self.ctx.session.today()))

    def _go(self, monday: date) -> None:
        offset = (self._day - self._monday).days
        self._monday = monday
        self._day = monday + timedelta(days=min(max(offset, 0), 6))
        self.week.selected_slot = None
        self._load()

    def show_week_of(self, day: date) -> None:
        self._monday = self._week_of(day)
        self._day = day
        self._load()

    # -- actions ---------------------------------------------------------------
    def new_booking(self) -> None:
        start = self.week.selected_slot
        self._open_booking(start, None)

    def book_at(self, start) -> None:
        self._open_booking(start, None)

    def move_selected(self) -> None:
        a = self.selected_appointment()
        if a is not None and a.status is AppointmentStatus.BOOKED:
            self._open_booking(None, a)

    def _open_booking(self, start: datetime | None, appointment: Appointment | None) -> None:
        dialog = BookingDialog(self.ctx.session, start=start, appointment=appointment, parent=self)
        if start is None and appointment is None and self._day != self.ctx.session.today():
            dialog.show_day(self._day)  # the day chosen in the week, first free time
        dialog.accepted.connect(self._booking_saved)
        self.open_dialog(dialog)

    def _booking_saved(self) -> None:
        dialog = self.sender()
        assert isinstance(dialog, BookingDialog)   # only its accepted signal comes here
        saved = getattr(dialog, "saved_appointment", None)
        if saved is None:
            return
        moved = dialog.appointment is not None
        self._monday = self._week_of(saved.starts_at.date())
        self._day = saved.starts_at.date()
        self.week.selected_slot = None
        self._load(select_id=saved.id)
        text = self.tr("{client} moved to {day} {start}.") if moved else self.tr("{client} booked for {day} {start}.")
        self.show_done(text.format(client=saved.client_name, day=saved.starts_at.date().isoformat(),
                                    start=f"{saved.starts_at:%H:%M}"))

    def mark_attended(self) -> None:
        self._set_status(AppointmentStatus.ATTENDED)

    def mark_no_show(self) -> None:
        self._set_status(AppointmentStatus.NO_SHOW)

    def cancel_selected(self) -> None:
        a = self.selected_appointment()
        if a is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Cancel appointment"),
            self.tr("Cancel {client}'s booking on {day} {start}?\nReason (e.g. exam, rescheduled by the "
                    "class teacher):").format(client=a.client_name, day=a.starts_at.date().isoformat(),
                                              start=f"{a.starts_at:%H:%M}"),
            QLineEdit.EchoMode.Normal, "")
        if not ok:
            return
        self._set_status(AppointmentStatus.CANCELLED, reason)

    def _set_status(self, status: AppointmentStatus, reason: str = "") -> None:
        a = self.selected_appointment()
        if a is None:
            return
        try:
            changed = self._service().set_status(a.id, status, reason)
        except CounselRoomError as err:
            self.show_error(err)
            self._load()
            return
        self._load(select_id=changed.id)
        self.show_done(self.tr("{client} ({day} {start}): {status}.").format(
            client=changed.client_name, day=changed.starts_at.date().isoformat(),
            start=f"{changed.starts_at:%H:%M}", status=label_of(changed.status)))

    # -- the visit record of an attended appointment -----------------------------------------
    def _row_activated(self, _item) -> None:
        a = self.selected_appointment()
        if a is not None and a.status is AppointmentStatus.ATTENDED:
            self.open_visit_record()

    def open_visit_record(self) -> None:
        """Start (or find) the attended appointment's visit record, in its case.

        A booking made without a case (an assistant booked it) is linked first: to the
        client's only open case, or the one the counsellor picks among several.
        """
        a = self.selected_appointment()
        if a is None or a.status is not AppointmentStatus.ATTENDED or self.visit_button is None:
            return
        appointment_id = a.id
        if a.case_id is None:
            case_id = self._choose_case(a)
            if case_id is None:
                return
            linked = with_reason(self, lambda reason: self._service().link_case(
                appointment_id, case_id, reason=reason), self.show_error)
            if linked is None:
                return
        visit = with_reason(self, lambda reason: VisitService(self.ctx.session).start_from_appointment(
            appointment_id, reason=reason), self.show_error)
        if visit is None:
            self._load(select_id=appointment_id)
            return
        self._load(select_id=appointment_id)
        self.show_done(self.tr("Visit {no} of {client} ({day} {start}) is ready to write on the Visit "
                               "records page.").format(no=visit.session_no, client=a.client_name,
                                               day=a.starts_at.date().isoformat(), start=f"{a.starts_at:%H:%M}"))
        self.visit_opened.emit(visit.id)

    def _choose_case(self, a: Appointment) -> int | None:
        try:
            entries = [e for e in CaseService(self.ctx.session).for_client(a.client_id)
                       if e.case.is_open and e.access is not CaseAccess.NONE]
        except CounselRoomError as err:
            self.show_error(err)
            return None
        if not entries:
            QMessageBox.information(
                self, self.tr("Visit record"),
                self.tr("{client} has no open case you work on, so the visit record has nowhere to go.\n\n"
                        "Open a case for {client} on the Clients page first (or ask the supervisor to share "
                        "the case with you), then open the visit record again.").format(client=a.client_name))
            return None
        if len(entries) == 1:
            return entries[0].case.id
        # the appointment's counsellor's cases first
        entries.sort(key=lambda e: (e.case.counsellor_id != a.counsellor_id, e.case.number))
        labels = [self._case_text(e) for e in entries]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Which case?"),
            self.tr("{client} has several open cases. In which one should the visit record of {day} {start} "
                    "be written?").format(client=a.client_name, day=a.starts_at.date().isoformat(),
                                          start=f"{a.starts_at:%H:%M}"),
            labels, 0, False)
        if not ok or chosen not in labels:
            return None
        return entries[labels.index(chosen)].case.id

    def _case_text(self, entry: CaseEntry) -> str:
        c = entry.case
        return self.tr("Case {number} · {counsellor} · since {date}").format(
            number=c.number, counsellor=entry.counsellor_name, date=c.opened_on.isoformat())
