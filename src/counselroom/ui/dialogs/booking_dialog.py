"""Booking the room (预约) or moving a booking: client, counsellor, day, time, length."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMessageBox, QSpinBox, QWidget,
)

from counselroom.domain.access import CaseAccess, may_see_clinical
from counselroom.domain.appointments import DEFAULT_MINUTES, MAX_MINUTES, NOTE_MAX, Appointment, AppointmentDraft
from counselroom.domain.clients import Client, ClientQuery
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.services.appointments import AppointmentService
from counselroom.services.cases import CaseEntry, CaseService
from counselroom.services.clients import ClientService
from counselroom.services.permissions import Permissions
from counselroom.services.staff_directory import clinicians
from counselroom.ui.dialogs.dialog_frame import dialog_column, dialog_form
from counselroom.ui.styles import HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.fitted_combo import FittedComboBox
from counselroom.ui.widgets.form import row_column, wrapping_policy

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 30
MATCH_ROWS = 4
# service field -> form row
FIELD_MAP = {"client": "clientSearch", "counsellor": "counsellor", "starts_at": "startTime",
             "minutes": "minutes", "note": "note", "case": "case"}
_TIME = re.compile(r"^\s*(\d{1,2})\s*[:：.]?\s*(\d{2})\s*$")


def parse_time(text: str) -> time | None:
    """'9:30', '09:30', '930', '9：30' (full-width colon) -> time; else None."""
    match = _TIME.match(text)
    if not match:
        match = re.match(r"^\s*(\d{1,2})\s*$", text)
        if not match:
            return None
        hour, minute = int(match.group(1)), 0
    else:
        hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


class BookingDialog(QDialog):
    """Book a new appointment (``appointment`` None) or move an existing one."""

    def __init__(self, session, *, start: datetime | None = None, appointment: Appointment | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.appointment = appointment
        self.saved_appointment: Appointment | None = None
        self._client: Client | None = None
        # Assistants book too, but never see cases (R16): the counsellor links the case later.
        self._clinician = may_see_clinical(session.user)
        self._case_touched = False   # the person chose the case themselves: keep it
        self.setObjectName("bookingDialog")
        self.setWindowTitle(self.tr("Move appointment") if appointment else self.tr("Book the room"))
        self.setMinimumWidth(520)

        outer = dialog_column(self)
        self.form = dialog_form(self)

        # client: search as you type, pick from the list
        self.client_search = QLineEdit(self)
        self.client_search.setObjectName("clientSearch")
        self.client_search.setClearButtonEnabled(True)
        self.client_search.setPlaceholderText(self.tr("Name, pinyin initials (e.g. zs) or case no."))
        self.client_search.textEdited.connect(self._search_edited)
        self.client_search.textChanged.connect(self._search_changed)
        self.matches = QListWidget(self)
        self.matches.setObjectName("clientMatches")
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches.setAlternatingRowColors(True)
        self.matches.currentItemChanged.connect(self._match_chosen)
        self.matches.hide()
        self.chosen = QLabel(self)
        self.chosen.setObjectName("chosenClient")
        self.chosen.setStyleSheet(HINT_STYLE)
        self.form.add("clientSearch", self.tr("Client"), self.client_search)
        # Form.add wraps the line edit; put the list and the chosen line under it.
        column = row_column(self.client_search)
        column.insertWidget(1, self.matches)
        column.insertWidget(2, self.chosen)

        self.counsellor = QComboBox(self)
        self.counsellor.setObjectName("counsellor")
        self.counsellor.setPlaceholderText(self.tr("Choose the counsellor"))
        self.form.add("counsellor", self.tr("Counsellor"), self.counsellor)

        self.case: QComboBox | None = None
        if self._clinician:
            self.case = FittedComboBox(self)
            self.case.setObjectName("case")
            self.case.setToolTip(self.tr("The visit record of this appointment will be written in this case"))
            self.case.activated.connect(self._case_picked)
            self.form.add("case", self.tr("Case"), self.case,
                          self.tr("Where the visit record goes. It can also be linked later, when the "
                                  "client has come."))

        self.date = QDateEdit(self)
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd  ddd")
        self.date.dateChanged.connect(self._refill_times)

        self.start_time = QComboBox(self)
        self.start_time.setObjectName("startTime")
        self.start_time.setEditable(True)
        self.start_time.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.start_time.setMaxVisibleItems(16)
        start_line = self.start_time.lineEdit()
        assert start_line is not None   # setEditable(True) made it
        start_line.setPlaceholderText("9:00")
        self.start_time.setMinimumContentsLength(6)

        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(5, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.valueChanged.connect(self._refill_times)

        self.form.add("date", self.tr("Date"), self.date)
        self.form.add("startTime", self.tr("Start"), self.start_time,
                      self.tr("Free start times are listed; you may also type one, e.g. 16:30."))
        self.form.add("minutes", self.tr("Length"), self.minutes)

        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setMaxLength(NOTE_MAX)
        self.form.add("note", self.tr("Note"), self.note,
                      self.tr("Practical only, e.g. \"comes after PE\". No clinical content here."))
        outer.addWidget(self.form)
        # The chosen client's line wraps at the row's width like the row's hint and error.
        self.chosen.setSizePolicy(wrapping_policy())
        self.chosen.setWordWrap(True)
        if self.case is not None:
            self.case.setMinimumWidth(260)
            row_column(self.case).setAlignment(self.case, Qt.AlignmentFlag.AlignLeft)
        for widget, width in ((self.counsellor, 220), (self.date, 200), (self.start_time, 130),
                              (self.minutes, 120)):
            widget.setMinimumWidth(width)
            widget.setMaximumWidth(width + 40)

        buttons, self.cancel_button, self.book_button = dialog_buttons(
            self, self.tr("Save new time") if appointment else self.tr("Book"), self.book, action_name="bookButton")
        outer.addLayout(buttons)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_now)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_now)

        self._fill_counsellors()
        self._prefill(start)
        self._fill_cases()
        self.counsellor.currentIndexChanged.connect(self._counsellor_changed)

    # -- setting up ------------------------------------------------------------
    def _fill_counsellors(self) -> None:
        try:
            people = clinicians(self.session)
        except CounselRoomError as err:
            self.form.show_error(err)
            people = []
        for user_id, name in people:
            self.counsellor.addItem(name, user_id)
        wanted = (self.appointment.counsellor_id if self.appointment
                  else Permissions(self.session).default_counsellor())
        self.counsellor.setCurrentIndex(self.counsellor.findData(wanted) if wanted is not None else -1)

    def _prefill(self, start: datetime | None) -> None:
        if self.appointment is not None:
            a = self.appointment
            self._client = None
            self.client_search.setReadOnly(True)
            self.client_search.setText(a.client_name)
            self.chosen.setText(self.tr("{name} · case no. {case_no}").format(
                name=a.client_name, case_no=a.client_case_no or "—"))
            start = a.starts_at
            self.minutes.blockSignals(True)
            self.minutes.setValue(a.minutes)
            self.minutes.blockSignals(False)
            self.note.setText(a.note)
        else:
            self.chosen.setText(self.tr("Type to find the client, then pick them from the list."))
        day = start.date() if start else self.session.today()
        self.date.blockSignals(True)
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.blockSignals(False)
        self._refill_times()
        if start is not None:
            self.start_time.setEditText(f"{start:%H:%M}")
        elif self.start_time.count():
            self.start_time.setCurrentIndex(0)

    def _day(self) -> date:
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    def show_day(self, day: date) -> None:
        """Go to ``day`` and offer its first free start."""
        self.date.setDate(QDate(day.year, day.month, day.day))
        if self.start_time.count():
            self.start_time.setCurrentIndex(0)

    def _refill_times(self, *_args) -> None:
        typed = self.start_time.currentText()
        self.start_time.blockSignals(True)
        self.start_time.clear()
        try:
            starts = AppointmentService(self.session).free_starts(self._day(), self.minutes.value())
        except CounselRoomError:
            starts = []
        if self.appointment is not None:
            # its own slot is free for itself
            own = self.appointment.starts_at
            if own.date() == self._day() and own not in starts:
                starts = sorted([*starts, own])
        for moment in starts:
            self.start_time.addItem(f"{moment:%H:%M}", moment.time())
        self.start_time.setEditText(typed)
        self.start_time.blockSignals(False)

    # -- client search ---------------------------------------------------------
    def _search_edited(self, *_args) -> None:
        self._forget_client()
        self._search_timer.start()

    def _forget_client(self) -> None:
        if self._client is not None:
            self._client = None
            self._case_touched = False
            self._fill_cases()

    def _search_changed(self, *_args) -> None:
        # Input methods commit without textEdited; treat every change the user makes the same way.
        if self.client_search.isReadOnly():
            return
        if self._client is not None and self.client_search.text() == self._client.name:
            return
        self._forget_client()
        self._search_timer.start()

    def search_now(self) -> None:
        self._search_timer.stop()
        text = self.client_search.text().strip()
        self.matches.blockSignals(True)
        self.matches.clear()
        self.matches.blockSignals(False)
        if not text:
            self.matches.hide()
            self._show_chosen()
            return
        try:
            found = ClientService(self.session).search(ClientQuery(text=text, limit=SEARCH_LIMIT))
        except CounselRoomError as err:
            self.form.show_error(err, FIELD_MAP)
            return
        self.matches.blockSignals(True)
        for client in found:
            label = " · ".join(p for p in (client.name, client.case_no,
                                            " ".join(x for x in (client.grade, client.class_name) if x)) if p)
            item = QListWidgetItem(label, self.matches)
            item.setData(Qt.ItemDataRole.UserRole, client)
        self.matches.blockSignals(False)
        self.matches.setVisible(bool(found))
        rows = min(len(found), MATCH_ROWS)
        self.matches.setFixedHeight(rows * max(self.matches.sizeHintForRow(0), 1)
                                    + 2 * self.matches.frameWidth() + 2)
        if len(found) == 1:
            self.matches.setCurrentRow(0)  # the only match is chosen at once
        else:
            self._show_chosen()
        if not found:
            self.chosen.setText(self.tr("No registered client matches \"{text}\". Register the client "
                                        "on the Clients page first.").format(text=text))
        self._fit()

    def _fit(self) -> None:
        """Once laid out: grow (never shrink) by what the rows lack to show whole.

        The match list, a wrapped hint or an error line can appear after the dialog
        was sized; without this the form squeezes them into half lines."""
        self._fit_timer.start()

    def _fit_now(self) -> None:
        if not self.isVisible():
            return
        layout = self.layout()
        assert layout is not None   # __init__ lays the dialog out
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    def _match_chosen(self, current: QListWidgetItem | None, _previous=None) -> None:
        before = self._client.id if self._client is not None else None
        self._client = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        if self._client is not None:
            self.form.clear_field_error("clientSearch")   # picked: what the error asked for
        self._show_chosen()
        if (self._client.id if self._client is not None else None) != before:
            self._case_touched = False
            self._fill_cases()

    def _show_chosen(self) -> None:
        if self._client is not None:
            self.chosen.setStyleSheet(OK_STYLE)
            self.chosen.setText(self.tr("✓ {name} · case no. {case_no}").format(
                name=self._client.name, case_no=self._client.case_no))
        elif self.appointment is None:
            self.chosen.setStyleSheet(HINT_STYLE)
            self.chosen.setText(self.tr("Type to find the client, then pick them from the list."))

    # -- the case (clinicians only) ----------------------------------------------------------
    def _client_id(self) -> int | None:
        if self.appointment is not None:
            return self.appointment.client_id
        return self._client.id if self._client is not None else None

    def _case_entries(self, client_id: int) -> list[CaseEntry]:
        """The client's open cases the user may work on (listing them reveals no notes)."""
        entries = CaseService(self.session).for_client(client_id)
        return [e for e in entries if e.case.is_open and e.access is not CaseAccess.NONE]

    def _fill_cases(self) -> None:
        if self.case is None:
            return
        previous = self.case.currentData() if self._case_touched else None
        self.case.blockSignals(True)
        self.case.clear()
        client_id = self._client_id()
        entries: list[CaseEntry] = []
        if client_id is not None:
            try:
                entries = self._case_entries(client_id)
            except CounselRoomError as err:
                self.form.show_error(err, FIELD_MAP)
        linked = self.appointment.case_id if self.appointment is not None else None
        if client_id is None:
            self.case.addItem(self.tr("Choose the client first"), None)
        elif not entries and linked is None:
            self.case.addItem(self.tr("No open case: open one on the Clients page"), None)
        else:
            self.case.addItem(self.tr("No case yet (link it later)"), None)
            for entry in entries:
                c = entry.case
                self.case.addItem(self.tr("Case {number} · {counsellor} · since {date}").format(
                    number=c.number, counsellor=entry.counsellor_name, date=c.opened_on.isoformat()), c.id)
            if linked is not None and self.case.findData(linked) < 0:
                self.case.addItem(self.tr("The case already linked"), linked)
        self.case.setEnabled(self.case.count() > 1)
        self.case.setCurrentIndex(max(0, self.case.findData(self._wanted_case(entries, previous, linked))))
        self.case.blockSignals(False)
        self._fit()

    def _wanted_case(self, entries: list[CaseEntry], previous: int | None, linked: int | None) -> int | None:
        if previous is not None:
            return previous
        if linked is not None:
            return linked
        if self.appointment is not None:
            return None
        mine = [e for e in entries if e.case.counsellor_id == self.counsellor.currentData()]
        if len(mine) == 1:
            return mine[0].case.id
        return entries[0].case.id if len(entries) == 1 else None

    def _case_picked(self, _index: int) -> None:
        self._case_touched = True

    def _counsellor_changed(self, _index: int) -> None:
        if not self._case_touched:
            self._fill_cases()

    def choose_case(self, case_id: int | None) -> bool:
        """Pick this case as the person would in the list."""
        if self.case is None:
            return False
        index = self.case.findData(case_id)
        if index < 0:
            return False
        self.case.setCurrentIndex(index)
        self._case_picked(index)
        return True

    def choose_client(self, client_id: int) -> bool:
        """Pick the listed match with this id (keyboard users pick it with the arrows)."""
        for row in range(self.matches.count()):
            if self.matches.item(row).data(Qt.ItemDataRole.UserRole).id == client_id:
                self.matches.setCurrentRow(row)
                return True
        return False

    # -- booking ---------------------------------------------------------------
    def _draft(self) -> AppointmentDraft | None:
        self.form.clear_errors()
        if self._search_timer.isActive():
            self.search_now()
        client_id = self.appointment.client_id if self.appointment else (
            self._client.id if self._client else None)
        if client_id is None:
            self.form.show_field_error("clientSearch", self.tr("Choose the client from the list."))
            return None
        counsellor_id = self.counsellor.currentData()
        if counsellor_id is None:
            self.form.show_field_error("counsellor", self.tr("Choose the counsellor."))
            return None
        start = parse_time(self.start_time.currentText())
        if start is None:
            self.form.show_field_error("startTime", self.tr("Enter a start time like 9:30."))
            return None
        return AppointmentDraft(
            client_id=client_id, counsellor_id=counsellor_id,
            starts_at=datetime.combine(self._day(), start), minutes=self.minutes.value(),
            case_id=self._chosen_case(), note=self.note.text().strip())

    def _chosen_case(self) -> int | None:
        if self.case is None:  # an assistant: whatever was linked stays linked
            return self.appointment.case_id if self.appointment else None
        return self.case.currentData()

    def _save(self, draft: AppointmentDraft, outside_hours_ok: bool) -> Appointment:
        service = AppointmentService(self.session)
        if self.appointment is not None:
            return service.move(self.appointment.id, draft, outside_hours_ok=outside_hours_ok)
        return service.book(draft, outside_hours_ok=outside_hours_ok)

    def book(self) -> None:
        draft = self._draft()
        if draft is None:
            return
        try:
            try:
                saved = self._save(draft, False)
            except ValidationError as err:
                if err.code != "appointment.outside_hours":
                    raise
                answer = QMessageBox.question(
                    self, self.windowTitle(),
                    self.tr("{day} {start}–{end} is outside the room's opening hours.\n\n"
                            "Book it anyway?").format(day=draft.starts_at.date().isoformat(),
                                                      start=f"{draft.starts_at:%H:%M}",
                                                      end=f"{draft.ends_at:%H:%M}"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    self.form.show_error(err, FIELD_MAP)
                    return
                saved = self._save(draft, True)
        except CounselRoomError as err:
            self.form.show_error(err, FIELD_MAP)
            if isinstance(err, ValidationError) and err.field == "starts_at":
                self._refill_times()
            self._fit()
            return
        self.saved_appointment = saved
        self.accept()

    def clear(self) -> None:
        """Forget the typed and loaded values (the records are locking)."""
        self._search_timer.stop()
        self._client = None
        self.appointment = None
        self.saved_appointment = None
        for widget in (self.client_search, self.note):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        self.matches.clear()
        self.start_time.clear()
        self.counsellor.clear()
        if self.case is not None:
            self.case.blockSignals(True)
            self.case.clear()
            self.case.blockSignals(False)
        self.chosen.clear()
        self.form.clear_errors()
