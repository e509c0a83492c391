"""One visit record (心理咨询记录): a draft that autosaves, signing, addenda afterwards."""

from __future__ import annotations

import unicodedata
from datetime import time

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QFrame, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QPushButton, QScrollArea, QTimeEdit, QVBoxLayout, QWidget,
)

from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.visits import RiskLevel, Visit, VisitContent, VisitKind
from counselroom.services.session import Session
from counselroom.services.visits import VisitService
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.messages import error_text, message
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.client_picker import ClientPicker
from counselroom.ui.widgets.form import FieldError, Form

AUTOSAVE_MS = 30_000
NO_TIME = QTime(0, 0)   # shown as "--:--": not entered yet


def kind_label(kind: VisitKind) -> str:
    return {
        VisitKind.INDIVIDUAL: QCoreApplication.translate("VisitLabels", "Individual"),
        VisitKind.GROUP: QCoreApplication.translate("VisitLabels", "Group"),
        VisitKind.PHONE: QCoreApplication.translate("VisitLabels", "Phone"),
        VisitKind.ONLINE: QCoreApplication.translate("VisitLabels", "Online"),
    }[kind]


def risk_label(risk: RiskLevel) -> str:
    return {
        RiskLevel.NONE: QCoreApplication.translate("VisitLabels", "None"),
        RiskLevel.LOW: QCoreApplication.translate("VisitLabels", "Low"),
        RiskLevel.MEDIUM: QCoreApplication.translate("VisitLabels", "Medium"),
        RiskLevel.HIGH: QCoreApplication.translate("VisitLabels", "High"),
    }[risk]


class ClockEdit(QTimeEdit):
    """A time of day, "--:--" until one is entered (00:00 means "not entered").

    Typing works straight away on the empty field: 0930, 930 and 9:30 (also 9：30 or 9.30
    from a Chinese input method) all give 09:30; the arrow keys still step it."""

    BLANK = "--:--"
    SEPARATORS = ":：.．。,，"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setMinimumTime(NO_TIME)
        self.setSpecialValueText(self.BLANK)

    def is_blank(self) -> bool:
        return self.time() == NO_TIME

    def setTime(self, value: QTime) -> None:  # noqa: N802 - Qt API
        super().setTime(value)
        if not self.hasFocus():
            self.setSpecialValueText(self.BLANK)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        text = event.text()
        if text and text in self.SEPARATORS:
            # One separator for all: it moves on to the minutes.
            event = QKeyEvent(event.type(), Qt.Key.Key_Colon, event.modifiers(), ":")
        elif len(text) == 1 and text.isdecimal() and (not text.isascii() or event.key() != Qt.Key.Key_0 + int(text)):
            digit = str(int(text))   # a full-width digit, or one committed as text
            event = QKeyEvent(event.type(), Qt.Key.Key_0 + int(digit), event.modifiers(), digit)
        text = event.text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.text() \
                and self.lineEdit().selectedText() == self.text():
            self.setSpecialValueText(self.BLANK)   # all of it deleted: not entered
            self.setTime(NO_TIME)
            self.selectAll()
            return
        if text.isdecimal() and self.is_blank() and self.specialValueText():
            # "--:--" is not a time the spin box can edit: start from 00:00 with the hours selected,
            # so the digits typed fill the hours, then the minutes.
            self.setSpecialValueText("")
            self.setCurrentSection(QDateTimeEdit.Section.HourSection)
            self.lineEdit().setSelection(0, 2)
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # A Chinese input method commits "９：３０" or "：" as text, not as keys: type them as keys.
        # (The spin box hands input method events to its line edit without inputMethodEvent.)
        if event.type() == QEvent.Type.InputMethod and event.commitString() and not event.preeditString():
            for char in unicodedata.normalize("NFKC", event.commitString()):
                if char.isdecimal() or char in self.SEPARATORS:
                    self.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, char))
            event.accept()
            return True
        return super().event(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.setSpecialValueText(self.BLANK)   # 00:00 left behind reads "--:--" again


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

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("visitBody")
        # A signed record must not look editable.
        body.setStyleSheet('QPlainTextEdit[readOnly="true"], QLineEdit[readOnly="true"] '
                           '{ background: #f4f2ed; }')
        self.scroll.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(6)
        outer.addWidget(self.scroll, 1)

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
            self.kind.addItem(kind_label(kind), kind.value)
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
            w for w in self.participants.parentWidget().findChildren(
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
            self.risk.addItem(risk_label(level), level.value)
        self.form.add("risk", self.tr("Risk level"), self.risk)
        self.risk_self_harm = QCheckBox(self.tr("Self-harm or suicide"), body)
        self.risk_self_harm.setObjectName("riskSelfHarm")
        self.risk_harm_others = QCheckBox(self.tr("Harm to others"), body)
        self.risk_harm_others.setObjectName("riskHarmOthers")
        self.risk_harmed = QCheckBox(self.tr("Being harmed by others"), body)
        self.risk_harmed.setObjectName("riskHarmed")
        self._beside(self.risk, QLabel(self.tr("Concerns:"), body))
        self._below(self.risk, self.risk_self_harm, self.risk_harm_others, self.risk_harmed)
        self.form.watch("risk", self.risk_self_harm, self.risk_harm_others, self.risk_harmed)

        self.next_set = QCheckBox(self.tr("Arranged"), body)
        self.next_set.setObjectName("nextAppointmentSet")
        self.next_appointment = QDateTimeEdit(body)
        self.next_appointment.setObjectName("nextAppointment")
        self.next_appointment.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.next_appointment.setCalendarPopup(True)
        self.next_set.toggled.connect(self.next_appointment.setEnabled)
        self.form.add("next_appointment", self.tr("Next appointment"), self.next_set)
        self._beside(self.next_set, self.next_appointment)
        self.form.watch("next_appointment", self.next_appointment)

        # -- signing -------------------------------------------------------------------
        sign_row = QHBoxLayout()
        self.sign_hint = QLabel(self.tr("Signing locks the record; afterwards only addenda can be added."),
                                body)
        self.sign_hint.setStyleSheet(HINT_STYLE)
        self.sign_hint.setWordWrap(True)
        sign_row.addWidget(self.sign_hint, 1)
        self.sign_button = QPushButton(self.tr("Sign…"), body)
        self.sign_button.setObjectName("signButton")
        self.sign_button.setToolTip(self.tr("Check the record and sign it; it is then locked"))
        self.sign_button.clicked.connect(self.sign)
        sign_row.addWidget(self.sign_button)
        column.addLayout(sign_row)

        # -- after signing: addenda --------------------------------------------------
        self.addenda_box = QFrame(body)
        self.addenda_box.setObjectName("addendaBox")
        self.addenda_box.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self.addenda_box)
        box.setContentsMargins(12, 8, 12, 8)
        self.signed_label = QLabel(self.addenda_box)
        self.signed_label.setObjectName("signedLabel")
        self.signed_label.setStyleSheet(OK_STYLE)
        self.signed_label.setWordWrap(True)
        box.addWidget(self.signed_label)
        self.addenda_label = QLabel(self.addenda_box)
        self.addenda_label.setObjectName("addendaList")
        self.addenda_label.setTextFormat(Qt.TextFormat.PlainText)
        self.addenda_label.setWordWrap(True)
        self.addenda_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.addenda_label)
        self.addendum_text = QPlainTextEdit(self.addenda_box)
        self.addendum_text.setObjectName("addendumText")
        self.addendum_text.setTabChangesFocus(True)
        self.addendum_text.setPlaceholderText(
            self.tr("A correction or addition; it is dated and signed with your name."))
        self.addendum_text.setFixedHeight(64)
        box.addWidget(self.addendum_text)
        self.addendum_error = FieldError(self.addenda_box)
        self.addendum_error.setObjectName("addendumError")
        self.addendum_error.add_to(box)
        self.addendum_error.watch(self.addendum_text)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        self.add_addendum_button = QPushButton(self.tr("Add addendum…"), self.addenda_box)
        self.add_addendum_button.setObjectName("addAddendum")
        self.add_addendum_button.clicked.connect(self.add_addendum)
        add_row.addWidget(self.add_addendum_button)
        box.addLayout(add_row)
        column.addWidget(self.addenda_box)
        column.addStretch(1)

        self.placeholder = QLabel(self.tr("Choose a case and open a visit record, or start a new one."), self)
        self.placeholder.setObjectName("editorPlaceholder")
        self.placeholder.setStyleSheet(HINT_STYLE)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
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

    @staticmethod
    def _beside(first: QWidget, *others: QWidget) -> None:
        """Put ``others`` on the same line as ``first``, inside its form row (errors stay below)."""
        column = first.parentWidget().layout()
        column.removeWidget(first)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(first)
        for widget in others:
            widget.setParent(first.parentWidget())
            row.addWidget(widget)
        row.addStretch(1)
        column.insertLayout(0, row)

    @staticmethod
    def _below(first: QWidget, *others: QWidget) -> None:
        """A line of ``others`` under ``first``'s line, inside its form row."""
        column = first.parentWidget().layout()
        row = QHBoxLayout()
        row.setSpacing(12)
        for widget in others:
            widget.setParent(first.parentWidget())
            row.addWidget(widget)
        row.addStretch(1)
        column.insertLayout(1, row)

    def _kind_changed(self, *_args) -> None:
        self._show_participants_row()

    def _show_participants_row(self) -> None:
        group = self.kind.currentData() == VisitKind.GROUP.value
        self.form.layout_.setRowVisible(self.participants.parentWidget(), group)
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
        self.scroll.show()
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
        self._show_addenda(visit)
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
            self.next_appointment.setDateTime(QDateTime(c.next_appointment.replace(tzinfo=None)))
        else:
            tomorrow = QDate(d.year, d.month, d.day).addDays(7)
            self.next_appointment.setDateTime(QDateTime(tomorrow, QTime(9, 0)))

    def _show_addenda(self, visit: Visit) -> None:
        self.addenda_box.setVisible(visit.signed)
        if not visit.signed:
            return
        when = visit.signed_at.astimezone().strftime("%Y-%m-%d %H:%M") if visit.signed_at else ""
        self.signed_label.setText(self.tr("Signed on {when}. The record is locked; add an addendum to "
                                          "correct or complete it.").format(when=when))
        lines = [self.tr("Addendum, {when}, {author}:\n{text}").format(
            when=a.signed_at.astimezone().strftime("%Y-%m-%d %H:%M"), author=a.author_name, text=a.text)
            for a in visit.addenda]
        self.addenda_label.setText("\n\n".join(lines) if lines else self.tr("No addenda yet."))
        self.addenda_label.setStyleSheet("" if lines else HINT_STYLE)

    def content(self) -> VisitContent:
        def clock(edit: QTimeEdit) -> time | None:
            t = edit.time()
            return None if t == NO_TIME else time(t.hour(), t.minute())

        next_at = None
        if self.next_set.isChecked():
            next_at = self.next_appointment.dateTime().toPython().replace(second=0, microsecond=0)
        return VisitContent(
            kind=VisitKind(self.kind.currentData()), visit_date=self.visit_date.date().toPython(),
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
                .format(risk=risk_label(visit.content.risk)))

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
                self.scroll.ensureWidgetVisible(form.widget_for(err.field))
                return
        self.form.banner.show_text(error_text(err))
        self.scroll.ensureVisible(0, 0)

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
        self._show_addenda(visit)
        self.changed.emit(visit)
        self.show_addenda_box()

    def show_addenda_box(self) -> None:
        """Scroll the signed record down to its addenda and the box for a new one."""
        # Tied to self: the call is dropped if the editor is deleted first.
        QTimer.singleShot(0, self, self._scroll_to_addenda)  # once the layout has placed the box

    def _scroll_to_addenda(self) -> None:
        if self.addenda_box.isVisible():
            self.scroll.ensureWidgetVisible(self.add_addendum_button, 0, 16)

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
        self.scroll.hide()
        self.placeholder.show()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        if not event.spontaneous():
            self.flush()
        super().hideEvent(event)
