"""One visit record (心理咨询记录): a draft that autosaves, signing, addenda afterwards."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QFrame, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QPushButton, QScrollArea, QTimeEdit, QVBoxLayout, QWidget,
)

from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.visits import RiskLevel, Visit, VisitContent, VisitKind
from counselroom.services.session import Session
from counselroom.services.visits import VisitService
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.labels import label_of
from counselroom.ui.messages import error_text, message
from counselroom.ui.qt_dates import py_date, py_datetime
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE, READ_ONLY_BG
from counselroom.ui.widgets.addenda_box import AddendaBox
from counselroom.ui.widgets.client_picker import ClientPicker
from counselroom.ui.widgets.clock_edit import NO_TIME, ClockEdit
from counselroom.ui.widgets.form import FieldError, Form, row_box
from counselroom.ui.widgets.form_rows import put_below, put_beside
from counselroom.ui.widgets.hint_label import hint_label

AUTOSAVE_MS = 30_000


class VisitEditor(QWidget):
    """Edits one visit. Whatever is typed reaches the database: every
    ``autosave_interval`` ms, before another visit is loaded, and when cleared or hidden."""

    saved = Signal(object)    # Visit, after an autosave
    signed = Signal(object)   # Visit, after signing
    changed = Signal(object)  # Visit, after an addendum

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitEditor")
        self._session = session
        self.visit: Visit | None = None
        self._saved_content: VisitContent | None = None
        self._editable = False

        self._timer = QTimer(self)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self._autosave_tick)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        head = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("visitHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        head.addWidget(self.heading, 1)
        self.autosave_status = QLabel(self)
        self.autosave_status.setObjectName("autosaveStatus")
        self.autosave_status.setStyleSheet(HINT_STYLE)
        head.addWidget(self.autosave_status, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(head)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("visitBody")
        # A signed record must not look editable.
        body.setStyleSheet('QPlainTextEdit[readOnly="true"], QLineEdit[readOnly="true"] '
                           f'{{ background: {READ_ONLY_BG}; }}')
        self.scroll_area.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(6)
        outer.addWidget(self.scroll_area, 1)

        # -- when and how: two short forms side by side ----------------------------
        top = QHBoxLayout()
        top.setSpacing(20)
        self.when = Form(body)
        self.how = Form(body)
        top.addWidget(self.when)
        top.addWidget(self.how, 1)   # its rows' messages ("The end is not after the start.") get the width
        column.addLayout(top)

        self.visit_date = QDateEdit(body)
        self.visit_date.setObjectName("visitDate")
        self.visit_date.setDisplayFormat("yyyy-MM-dd")
        self.visit_date.setCalendarPopup(True)
        self.when.add("visit_date", self.tr("Date"), self.visit_date)
        self.kind = QComboBox(body)
        self.kind.setObjectName("kind")
        for kind in VisitKind:
            self.kind.addItem(label_of(kind), kind.value)
        self.when.add("kind", self.tr("Form"), self.kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.start_time = self._time_edit("startTime", body)
        self.how.add("start", self.tr("Start"), self.start_time)
        self.end_time = self._time_edit("endTime", body)
        self.how.add("end", self.tr("End"), self.end_time)

        # -- what was said and done --------------------------------------------------
        self.form = Form(body)
        self.forms = (self.when, self.how, self.form)
        column.addWidget(self.form)
        # A group session (团体): the other registered clients who took part.
        self.participants = ClientPicker(session, body)
        self.participants.setObjectName("participants")
        self.participants.setToolTip(self.tr("The other clients in this group session"))
        self.form.add("participants", self.tr("Participants"), self.participants,
                      self.tr("Everyone in the group besides this case's client. Each must be registered "
                              "on the Clients page."))
        self._participants_hint = next(
            w for w in row_box(self.participants).findChildren(
                QLabel, "", Qt.FindChildOption.FindDirectChildrenOnly) if not isinstance(w, FieldError))
        self.presenting_issue = QLineEdit(body)
        self.presenting_issue.setObjectName("presentingIssue")
        self.presenting_issue.setPlaceholderText(self.tr("In a few words, e.g. 考试焦虑"))
        self.form.add("presenting_issue", self.tr("Presenting issue"), self.presenting_issue)
        self.complaint = self._text("complaint", body)
        self.form.add("complaint", self.tr("Complaint"), self.complaint)
        self.process = self._text("process", body)
        self.form.add("process", self.tr("Session process"), self.process)
        self.assessment = self._text("assessment", body)
        self.form.add("assessment", self.tr("Assessment"), self.assessment)
        self.plan = self._text("plan", body)
        self.form.add("plan", self.tr("Next steps"), self.plan)

        self.risk = QComboBox(body)
        self.risk.setObjectName("risk")
        for level in RiskLevel:
            self.risk.addItem(label_of(level), level.value)
        self.form.add("risk", self.tr("Risk level"), self.risk)
        self.risk_self_harm = QCheckBox(self.tr("Self-harm or suicide"), body)
        self.risk_self_harm.setObjectName("riskSelfHarm")
        self.risk_harm_others = QCheckBox(self.tr("Harm to others"), body)
        self.risk_harm_others.setObjectName("riskHarmOthers")
        self.risk_harmed = QCheckBox(self.tr("Being harmed by others"), body)
        self.risk_harmed.setObjectName("riskHarmed")
        put_beside(self.risk, QLabel(self.tr("Concerns:"), body))
        put_below(self.risk, self.risk_self_harm, self.risk_harm_others, self.risk_harmed)
        self.form.watch("risk", self.risk_self_harm, self.risk_harm_others, self.risk_harmed)

        self.next_set = QCheckBox(self.tr("Arranged"), body)
        self.next_set.setObjectName("nextAppointmentSet")
        self.next_appointment = QDateTimeEdit(body)
        self.next_appointment.setObjectName("nextAppointment")
        self.next_appointment.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.next_appointment.setCalendarPopup(True)
        self.next_set.toggled.connect(self.next_appointment.setEnabled)
        self.form.add("next_appointment", self.tr("Next appointment"), self.next_set)
        put_beside(self.next_set, self.next_appointment)
        self.form.watch("next_appointment", self.next_appointment)

        # -- signing -------------------------------------------------------------------
        sign_row = QHBoxLayout()
        self.sign_hint = hint_label(self.tr("Signing locks the record; afterwards only addenda can be added."),
                                    body)
        sign_row.addWidget(self.sign_hint, 1)
        self.sign_button = QPushButton(self.tr("Sign…"), body)
        self.sign_button.setObjectName("signButton")
        self.sign_button.setToolTip(self.tr("Check the record and sign it; it is then locked"))
        self.sign_button.clicked.connect(self.sign)
        sign_row.addWidget(self.sign_button)
        column.addLayout(sign_row)

        # -- after signing: addenda --------------------------------------------------
        self.addenda_box = AddendaBox(body, self.add_addendum)
        self.signed_label, self.addenda_label = self.addenda_box.signed_label, self.addenda_box.addenda_label
        self.addendum_text, self.addendum_error = self.addenda_box.addendum_text, self.addenda_box.addendum_error
        self.add_addendum_button = self.addenda_box.add_button
        column.addWidget(self.addenda_box)
        column.addStretch(1)

        self.placeholder = hint_label(self.tr("Choose a case and open a visit record, or start a new one."), self,
                                      "editorPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.placeholder, 1)
        self.clear()

    # -- building ---------------------------------------------------------------------
    def _time_edit(self, name: str, parent: QWidget) -> QTimeEdit:
        edit = ClockEdit(parent)
        edit.setObjectName(name)
        return edit

    def _text(self, name: str, parent: QWidget) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(92)  # about four lines; the record scrolls, not each box
        return edit

    def _kind_changed(self, *_args) -> None:
        self._show_participants_row()

    def _show_participants_row(self) -> None:
        group = self.kind.currentData() == VisitKind.GROUP.value
        self.form.layout_.setRowVisible(row_box(self.participants), group)
        self._participants_hint.setVisible(self._editable)

    def _inputs(self) -> list[QWidget]:
        return [self.visit_date, self.kind, self.start_time, self.end_time, self.presenting_issue,
                self.complaint, self.process, self.assessment, self.plan, self.risk, self.risk_self_harm,
                self.risk_harm_others, self.risk_harmed, self.next_set, self.next_appointment]

    # -- autosave interval (tests shorten it) ------------------------------------------
    @property
    def autosave_interval(self) -> int:
        return self._timer.interval()

    @autosave_interval.setter
    def autosave_interval(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def _service(self) -> VisitService:
        return VisitService(self._session)

    # -- showing a visit -----------------------------------------------------------------
    def load(self, visit: Visit, heading: str = "") -> None:
        """Show ``visit``; the draft open before is saved first."""
        self.flush()
        self._clear_errors()
        self.visit = visit
        self.placeholder.hide()
        self.scroll_area.show()
        self.heading.setText(heading)
        self._fill(visit.content)
        self._saved_content = self.content()
        self._editable = not visit.signed and visit.counsellor_id == self._session.user.id
        for widget in self._inputs():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not self._editable)
            else:
                widget.setEnabled(self._editable)
        self.next_appointment.setEnabled(self._editable and self.next_set.isChecked())
        self.participants.set_read_only(not self._editable)
        self._show_participants_row()
        self.sign_button.setVisible(self._editable)
        self.sign_hint.setVisible(not visit.signed)
        if not visit.signed and not self._editable:
            self.sign_hint.setText(self.tr("Only the counsellor who wrote this draft can edit or sign it."))
        else:
            self.sign_hint.setText(self.tr("Signing locks the record; afterwards only addenda can be added."))
        self.addenda_box.show_visit(visit)
        self.autosave_status.clear()
        if self._editable:
            self._timer.start()
        else:
            self._timer.stop()

    def _fill(self, c: VisitContent) -> None:
        self.participants.set_excluded({self.visit.client_id} if self.visit else set())
        self.participants.set_participants(c.participants)
        d = c.visit_date or self._session.today()
        self.visit_date.setDate(QDate(d.year, d.month, d.day))
        self.kind.setCurrentIndex(self.kind.findData(c.kind.value))
        self.start_time.setTime(QTime(c.start.hour, c.start.minute) if c.start else NO_TIME)
        self.end_time.setTime(QTime(c.end.hour, c.end.minute) if c.end else NO_TIME)
        self.presenting_issue.setText(c.presenting_issue)
        self.complaint.setPlainText(c.complaint)
        self.process.setPlainText(c.process)
        self.assessment.setPlainText(c.assessment)
        self.plan.setPlainText(c.plan)
        self.risk.setCurrentIndex(self.risk.findData(c.risk.value))
        self.risk_self_harm.setChecked(c.risk_self_harm)
        self.risk_harm_others.setChecked(c.risk_harm_others)
        self.risk_harmed.setChecked(c.risk_harmed_by_others)
        self.next_set.setChecked(c.next_appointment is not None)
        if c.next_appointment is not None:
            # PySide6 converts a Python datetime here; its stubs leave that constructor out.
            moment = QDateTime(c.next_appointment.replace(tzinfo=None))  # type: ignore[call-overload]
            self.next_appointment.setDateTime(moment)
        else:
            tomorrow = QDate(d.year, d.month, d.day).addDays(7)
            self.next_appointment.setDateTime(QDateTime(tomorrow, QTime(9, 0)))

    def content(self) -> VisitContent:
        def clock(edit: QTimeEdit) -> time | None:
            t = edit.time()
            return None if t == NO_TIME else time(t.hour(), t.minute())

        next_at = None
        if self.next_set.isChecked():
            next_at = py_datetime(self.next_appointment.dateTime()).replace(second=0, microsecond=0)
        return VisitContent(
            kind=VisitKind(self.kind.currentData()), visit_date=py_date(self.visit_date.date()),
            start=clock(self.start_time), end=clock(self.end_time),
            presenting_issue=self.presenting_issue.text(), complaint=self.complaint.toPlainText(),
            process=self.process.toPlainText(), assessment=self.assessment.toPlainText(),
            plan=self.plan.toPlainText(), risk=RiskLevel(self.risk.currentData()),
            risk_self_harm=self.risk_self_harm.isChecked(), risk_harm_others=self.risk_harm_others.isChecked(),
            risk_harmed_by_others=self.risk_harmed.isChecked(), next_appointment=next_at,
            participants=self.participants.participants() if self.kind.currentData() == VisitKind.GROUP.value
            else ())

    def is_dirty(self) -> bool:
        return self._editable and self.visit is not None and self.content() != self._saved_content

    # -- saving ----------------------------------------------------------------------------
    def _autosave_tick(self) -> None:
        self.flush()

    def flush(self) -> bool:
        """Save the draft if anything changed. False if it could not be saved (text kept)."""
        if not self.is_dirty():
            return True
        if self._session.locked:
            return False
        content = self.content()
        assert self.visit is not None   # is_dirty() says there is one
        try:
            visit = self._service().save_draft(self.visit.id, content)
        except CounselRoomError as err:
            self.autosave_status.setStyleSheet(ERROR_STYLE)
            self.autosave_status.setText(self.tr("Not saved: {reason}").format(reason=error_text(err)))
            if isinstance(err, ValidationError):
                self._show_error(err)
            return False
        self.visit = visit
        self._saved_content = content
        self.autosave_status.setStyleSheet(HINT_STYLE)
        self.autosave_status.setText(self.tr("Autosaved {time}").format(
            time=self._session.wall_now().strftime("%H:%M:%S")))
        self.saved.emit(visit)
        return True

    # -- signing ----------------------------------------------------------------------------
    def sign(self) -> None:
        if self.visit is None or not self._editable:
            return
        answer = QMessageBox.question(
            self, self.tr("Sign the record"),
            self.tr("After signing, the record is locked; afterwards only addenda can be added.\n\n"
                    "Sign it now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        content = self.content()
        try:
            visit = self._service().sign(self.visit.id, content)
        except CounselRoomError as err:
            self._show_error(err)
            return
        except Exception as exc:  # noqa: BLE001 - keep the typed text; report the fault
            self._clear_errors()
            self.form.banner.show_text(message("error"))
            report_unexpected(exc)
            return
        self._saved_content = content
        heading = self.heading.text()
        self.load(visit, heading)
        self.signed.emit(visit)
        self.show_addenda_box()
        if visit.content.risk.needs_crisis:
            QMessageBox.warning(
                self, self.tr("Crisis intervention opened"),
                self.tr("The record was signed with a {risk} risk. A crisis intervention was opened for "
                        "this case: follow it through, step by step, on the crisis page.")
                .format(risk=label_of(visit.content.risk)))

    def _clear_errors(self) -> None:
        for form in self.forms:
            form.clear_errors()
        self.addendum_error.show_text("")

    def _show_error(self, err: CounselRoomError) -> None:
        self._clear_errors()
        if isinstance(err, ValidationError):
            for form in self.forms:
                try:
                    form.widget_for(err.field)
                except KeyError:
                    continue
                form.show_error(err)
                self.scroll_area.ensureWidgetVisible(form.widget_for(err.field))
                return
        self.form.banner.show_text(error_text(err))
        self.scroll_area.ensureVisible(0, 0)

    # -- addenda ------------------------------------------------------------------------------
    def add_addendum(self) -> None:
        if self.visit is None or not self.visit.signed:
            return
        try:
            visit = self._service().add_addendum(self.visit.id, self.addendum_text.toPlainText())
        except CounselRoomError as err:
            self.addendum_error.show_text(error_text(err))
            return
        self.addendum_error.show_text("")
        self.addendum_text.clear()
        self.visit = visit
        self.addenda_box.show_visit(visit)
        self.changed.emit(visit)
        self.show_addenda_box()

    def show_addenda_box(self) -> None:
        """Scroll the signed record down to its addenda and the box for a new one."""
        # Tied to self: the call is dropped if the editor is deleted first.
        QTimer.singleShot(0, self, self._scroll_to_addenda)  # once the layout has placed the box

    def _scroll_to_addenda(self) -> None:
        if self.addenda_box.isVisible():
            self.scroll_area.ensureWidgetVisible(self.add_addendum_button, 0, 16)

    # -- forgetting -------------------------------------------------------------------------------
    def clear(self) -> None:
        """Save what was typed, then forget every value (the records lock, or nothing is open)."""
        self.flush()
        self._timer.stop()
        self.visit = None
        self._saved_content = None
        self._editable = False
        self.participants.clear()
        self._clear_errors()
        self.heading.clear()
        self.autosave_status.clear()
        for edit in (self.presenting_issue, self.complaint, self.process, self.assessment, self.plan,
                     self.addendum_text):
            edit.clear()
        self.visit_date.setDate(QDate(2000, 1, 1))
        self.start_time.setTime(NO_TIME)
        self.end_time.setTime(NO_TIME)
        self.kind.setCurrentIndex(0)
        self._show_participants_row()
        self.risk.setCurrentIndex(0)
        for box in (self.risk_self_harm, self.risk_harm_others, self.risk_harmed, self.next_set):
            box.setChecked(False)
        self.next_appointment.setDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)))
        self.signed_label.clear()
        self.addenda_label.clear()
        self.addenda_box.hide()
        self.scroll_area.hide()
        self.placeholder.show()

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():
            self.flush()
        super().hideEvent(event)
