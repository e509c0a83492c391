"""Recording one step of a crisis intervention (危机干预); the step labels the crisis panel and page share.

A step is either done — who did it, when, whom they told and how, and for the
follow-up step the planned dates — or not applicable, with the reason why.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy, QStackedWidget,
    QVBoxLayout, QWidget,
)

from counselroom.domain.contacts import ContactLink
from counselroom.domain.crisis import TEXT_MAX, Crisis, CrisisStep, StepRecord, StepState
from counselroom.domain.errors import CounselRoomError
from counselroom.services.clients import ClientService
from counselroom.services.contacts import ContactService
from counselroom.services.crisis import CrisisService
from counselroom.ui.break_glass import with_reason
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.contact_dialog import open_after_step
from counselroom.ui.dialogs.dialog_frame import dialog_form
from counselroom.ui.dialogs.guarded_dialog import GuardedDialog
from counselroom.ui.labels import label_of
from counselroom.ui.messages import message
from counselroom.ui.qt_dates import py_date, py_datetime
from counselroom.ui.styles import HINT_STYLE, LINK_INK
from counselroom.ui.widgets.form import row_column
from counselroom.ui.widgets.form_rows import put_beside

DATE_ROLE = Qt.ItemDataRole.UserRole
FOLLOW_UP_DEFAULT_DAYS = 7
HEADING_STYLE = "font-size: 14pt; font-weight: 600;"


# -- labels shared with the crisis panel and page -------------------------------------
def step_description(step: CrisisStep) -> str:
    return {
        CrisisStep.GUARDIAN_INFORMED: QCoreApplication.translate(
            "CrisisLabels", "Tell a parent or guardian: who told whom, when and how."),
        CrisisStep.LEADERSHIP_INFORMED: QCoreApplication.translate(
            "CrisisLabels", "Report to the school's leadership, e.g. the head of student affairs."),
        CrisisStep.REFERRAL: QCoreApplication.translate(
            "CrisisLabels", "Refer to a hospital or specialist, or consult a colleague or supervisor."),
        CrisisStep.SAFETY_PLAN: QCoreApplication.translate(
            "CrisisLabels", "Agree a safety plan with the student: warning signs, whom to call, safe places."),
        CrisisStep.FOLLOW_UP: QCoreApplication.translate(
            "CrisisLabels", "Plan when the student will be seen again."),
    }[step]


def contact_label(step: CrisisStep) -> str:
    """What the step's ``contact`` means for this step."""
    if step is CrisisStep.REFERRAL:
        return QCoreApplication.translate("CrisisLabels", "Referred to")
    if step is CrisisStep.SAFETY_PLAN:
        return QCoreApplication.translate("CrisisLabels", "Made with")
    return QCoreApplication.translate("CrisisLabels", "Who was told")


def method_choices() -> list[str]:
    return [
        QCoreApplication.translate("CrisisLabels", "Phone"),
        QCoreApplication.translate("CrisisLabels", "In person"),
        QCoreApplication.translate("CrisisLabels", "Letter or written notice"),
        QCoreApplication.translate("CrisisLabels", "Text message or WeChat"),
        QCoreApplication.translate("CrisisLabels", "Home visit"),
        QCoreApplication.translate("CrisisLabels", "Meeting"),
    ]


def date_text(day: date) -> str:
    """A date with its weekday, in the user's language: 2026-11-27 周五."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "yyyy-MM-dd ddd")


def _contact_needed(step: CrisisStep) -> bool:
    return step in (CrisisStep.GUARDIAN_INFORMED, CrisisStep.LEADERSHIP_INFORMED, CrisisStep.REFERRAL)


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


class CrisisStepDialog(GuardedDialog):
    """Done or not applicable, for one step; opened on a crisis that is still open.

    A step already settled is shown filled in, to be corrected."""

    saved = Signal(object)   # the Crisis after saving

    def __init__(self, session, crisis: Crisis, step: CrisisStep, state: StepState = StepState.DONE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crisisStepDialog")
        self.session = session
        self.crisis: Crisis | None = crisis
        self.step = step
        self.saved_crisis: Crisis | None = None
        existing = next((r for r in crisis.steps if r.step is step), StepRecord(step))
        self.setWindowTitle(label_of(step))
        self.setMinimumWidth(560)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 16)
        outer.setSpacing(10)
        self.heading = QLabel(label_of(step), self)
        self.heading.setObjectName("stepHeading")
        self.heading.setStyleSheet(HEADING_STYLE)
        outer.addWidget(self.heading)
        self.who = QLabel(self.tr("{name} ({case_no}) · crisis opened {when}").format(
            name=crisis.client_name, case_no=crisis.client_case_no,
            when=crisis.opened_at.astimezone().strftime("%Y-%m-%d")), self)
        self.who.setObjectName("stepClient")
        self.who.setStyleSheet(HINT_STYLE)
        outer.addWidget(self.who)
        self.description = QLabel(step_description(step), self)
        self.description.setWordWrap(True)
        outer.addWidget(self.description)

        # -- done or not applicable -------------------------------------------------------
        choice = QHBoxLayout()
        choice.setSpacing(18)
        self.done_choice = QRadioButton(self.tr("&Done"), self)
        self.done_choice.setObjectName("stateDone")
        self.done_choice.setToolTip(self.tr("The step was carried out: say who, when and how"))
        self.na_choice = QRadioButton(self.tr("&Not applicable"), self)
        self.na_choice.setObjectName("stateNotApplicable")
        self.na_choice.setToolTip(self.tr("The step does not apply to this crisis: say why"))
        self._choices = QButtonGroup(self)
        self._choices.addButton(self.done_choice)
        self._choices.addButton(self.na_choice)
        choice.addWidget(self.done_choice)
        choice.addWidget(self.na_choice)
        choice.addStretch(1)
        outer.addLayout(choice)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_done_page(step))
        self.pages.addWidget(self._build_na_page())
        outer.addWidget(self.pages, 1)

        self.cancel_button, self.save_button = self.add_button_row(
            outer, self.tr("Save"), self.save, action_name="saveStep", cancel_name="cancelStep")

        self._fill(existing)
        if existing.settled:
            state = existing.state
        (self.na_choice if state is StepState.NOT_APPLICABLE else self.done_choice).setChecked(True)
        self._choices.buttonToggled.connect(self._state_changed)
        self._state_changed()
        self._initial = self._snapshot()

    # -- building ---------------------------------------------------------------------------
    def _build_done_page(self, step: CrisisStep) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 4, 0, 0)
        self.done_form = dialog_form(page)

        self.done_by = QLineEdit(page)
        self.done_by.setObjectName("doneBy")
        self.done_by.setMaxLength(TEXT_MAX + 10)
        self.done_by.setPlaceholderText(self.tr("e.g. 李老师"))
        self.done_form.add("done_by", self.tr("Done by"), self.done_by,
                           self.tr("May be someone without an account, e.g. the head teacher."))

        self.done_at = QDateTimeEdit(page)
        self.done_at.setObjectName("doneAt")
        self.done_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.done_at.setCalendarPopup(True)
        self.now_button = QPushButton(self.tr("Now"), page)
        self.now_button.setObjectName("doneAtNow")
        self.now_button.setAutoDefault(False)
        self.now_button.setToolTip(self.tr("Set the date and time to now"))
        self.now_button.clicked.connect(self._set_now)
        self.done_form.add("done_at", self.tr("When"), self.done_at)
        put_beside(self.done_at, self.now_button, spacing=8)

        self.contact = QLineEdit(page)
        self.contact.setObjectName("contact")
        self.contact.setMaxLength(TEXT_MAX + 10)
        self.contact.setPlaceholderText({
            CrisisStep.GUARDIAN_INFORMED: self.tr("e.g. the mother, Ms Wang"),
            CrisisStep.LEADERSHIP_INFORMED: self.tr("e.g. Director Zhang, student affairs"),
            CrisisStep.REFERRAL: self.tr("e.g. the city children's hospital, psychiatry"),
            CrisisStep.SAFETY_PLAN: self.tr("e.g. the student and the mother"),
        }.get(step, ""))
        self.method = QComboBox(page)
        self.method.setObjectName("method")
        self.method.setEditable(True)
        self.method.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.method.addItems(method_choices())
        self.method.setCurrentIndex(-1)
        method_line = self.method.lineEdit()
        assert method_line is not None   # setEditable(True) made it
        method_line.setPlaceholderText(self.tr("Choose or type"))
        method_line.setMaxLength(TEXT_MAX + 10)
        self.method.setMinimumContentsLength(14)
        optional = self.tr("Optional.")
        self.record_contact: QCheckBox | None = None
        if step is not CrisisStep.FOLLOW_UP:
            self.done_form.add("contact", contact_label(step), self.contact,
                               "" if _contact_needed(step) else optional)
            self.guardian_button = self._guardian_offer(step, page)
            if self.guardian_button is not None:
                self.done_form.add_row("", self.guardian_button)
            self.done_form.add("method", self.tr("How"), self.method,
                               "" if step is CrisisStep.GUARDIAN_INFORMED else optional)
            self.record_contact = self._contact_offer(step, page)
            if self.record_contact is not None:
                self.done_form.add_row("", self.record_contact)
        else:
            self.contact.hide()
            self.method.hide()

        self.follow_up_dates = QListWidget(page)
        self.follow_up_dates.setObjectName("followUpDates")
        self.follow_up_dates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.follow_up_dates.setMaximumHeight(96)
        self.next_date = QDateEdit(page)
        self.next_date.setObjectName("nextFollowUp")
        self.next_date.setDisplayFormat("yyyy-MM-dd ddd")
        self.next_date.setCalendarPopup(True)
        later = self.session.today() + timedelta(days=FOLLOW_UP_DEFAULT_DAYS)
        self.next_date.setDate(QDate(later.year, later.month, later.day))
        self.add_date_button = QPushButton(self.tr("Add date"), page)
        self.add_date_button.setObjectName("addFollowUp")
        self.add_date_button.setAutoDefault(False)
        self.add_date_button.setToolTip(self.tr("Add the chosen date to the planned follow-ups"))
        self.add_date_button.clicked.connect(self.add_date)
        self.remove_date_button = QPushButton(self.tr("Remove"), page)
        self.remove_date_button.setObjectName("removeFollowUp")
        self.remove_date_button.setAutoDefault(False)
        self.remove_date_button.setToolTip(self.tr("Remove the selected date"))
        self.remove_date_button.clicked.connect(self.remove_date)
        self.follow_up_dates.currentRowChanged.connect(self._update_date_buttons)
        if step is CrisisStep.FOLLOW_UP:
            self.done_form.add("follow_up_dates", self.tr("Follow-up dates"), self.follow_up_dates,
                               self.tr("Pick a date and press Add date; add every planned follow-up."))
            box = row_column(self.follow_up_dates)
            row = QHBoxLayout()
            row.setSpacing(8)
            row.addWidget(self.next_date)
            row.addWidget(self.add_date_button)
            row.addWidget(self.remove_date_button)
            row.addStretch(1)
            box.insertLayout(0, row)
        else:
            for widget in (self.follow_up_dates, self.next_date, self.add_date_button, self.remove_date_button):
                widget.hide()

        self.note = QPlainTextEdit(page)
        self.note.setObjectName("stepNote")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)
        self.note.setPlaceholderText(
            self.tr("Key points of the plan, and where the signed copy is kept")
            if step is CrisisStep.SAFETY_PLAN else self.tr("Anything worth keeping, in a few words"))
        self.done_form.add("note", self.tr("Note"), self.note, optional)
        for name in self._done_fields():
            self.done_form.error_for(name).setSizePolicy(QSizePolicy.Policy.Expanding,
                                                         QSizePolicy.Policy.Preferred)
        column.addWidget(self.done_form)
        column.addStretch(1)
        return page

    def _build_na_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 4, 0, 0)
        self.na_form = dialog_form(page)
        self.reason = QPlainTextEdit(page)
        self.reason.setObjectName("naReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(90)
        self.reason.setPlaceholderText(self.tr("e.g. the parents took the student to hospital themselves"))
        self.na_form.add("reason", self.tr("Reason"), self.reason,
                         self.tr("Required: why this step does not apply. It is kept with the crisis record."))
        self.na_form.error_for("reason").setSizePolicy(QSizePolicy.Policy.Expanding,
                                                       QSizePolicy.Policy.Preferred)
        column.addWidget(self.na_form)
        column.addStretch(1)
        return page

    def _guardian_offer(self, step: CrisisStep, parent: QWidget) -> QPushButton | None:
        """For "guardian informed": the guardian written on the client's registration, one click
        away (None when the registration names none)."""
        if step is not CrisisStep.GUARDIAN_INFORMED or self.crisis is None:
            return None
        try:
            client = ClientService(self.session).get(self.crisis.client_id)
        except CounselRoomError:
            return None
        guardian = " ".join(part for part in (client.guardian_name, client.guardian_contact) if part)
        if not guardian:
            return None
        button = QPushButton(self.tr("Use the guardian on the registration: {guardian}").format(guardian=guardian),
                             parent)
        button.setObjectName("useGuardian")
        button.setAutoDefault(False)
        button.setFlat(True)
        button.setStyleSheet(f"text-align: left; color: {LINK_INK}; padding: 0;")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setToolTip(self.tr("Put the guardian's name and telephone number into \"Who was told\""))

        def use_guardian() -> None:
            self.contact.setText(guardian)
            self.contact.setFocus()

        button.clicked.connect(use_guardian)
        return button

    def _contact_offer(self, step: CrisisStep, parent: QWidget) -> QCheckBox | None:
        """For "guardian informed": offer to record the conversation among the case's contacts with
        the family (None where it could not be saved)."""
        if step is not CrisisStep.GUARDIAN_INFORMED or self.crisis is None:
            return None
        if not ContactService(self.session).may_record(ContactLink(crisis_id=self.crisis.id)):
            return None
        box = QCheckBox(self.tr("Then record the conversation as a contact with the family"), parent)
        box.setObjectName("recordContact")
        box.setToolTip(self.tr("After saving, the contact record opens with who, how and when filled in"))
        return box

    def _done_fields(self) -> list[str]:
        fields = ["done_by", "done_at", "note"]
        if self.step is CrisisStep.FOLLOW_UP:
            fields.append("follow_up_dates")
        else:
            fields += ["contact", "method"]
        return fields

    def _fill(self, record: StepRecord) -> None:
        moment = record.done_at or self.session.wall_now()
        self.done_at.setDateTime(_qdatetime(moment))
        self.done_by.setText(record.done_by or self.session.user.display_name)
        self.contact.setText(record.contact)
        if record.method:
            self.method.setEditText(record.method)
        self.note.setPlainText(record.note)
        self.reason.setPlainText(record.reason)
        for day in record.follow_up_dates:
            self._add_date(day)
        self._update_date_buttons()

    # -- follow-up dates ------------------------------------------------------------------------
    def dates(self) -> tuple[date, ...]:
        return tuple(date.fromisoformat(self.follow_up_dates.item(i).data(DATE_ROLE))
                     for i in range(self.follow_up_dates.count()))

    def _add_date(self, day: date) -> None:
        for i in range(self.follow_up_dates.count()):
            if self.follow_up_dates.item(i).data(DATE_ROLE) == day.isoformat():
                self.follow_up_dates.setCurrentRow(i)
                return
        item = QListWidgetItem(date_text(day))
        item.setData(DATE_ROLE, day.isoformat())
        # keep the list in date order
        row = sum(1 for d in self.dates() if d < day)
        self.follow_up_dates.insertItem(row, item)
        self.follow_up_dates.setCurrentRow(row)

    def add_date(self) -> None:
        self._add_date(py_date(self.next_date.date()))
        self.done_form.error_for("follow_up_dates").show_text("")
        # offer the week after next
        self.next_date.setDate(self.next_date.date().addDays(FOLLOW_UP_DEFAULT_DAYS))

    def remove_date(self) -> None:
        row = self.follow_up_dates.currentRow()
        if row >= 0:
            self.follow_up_dates.takeItem(row)
        self._update_date_buttons()

    def _update_date_buttons(self, *_args) -> None:
        self.remove_date_button.setEnabled(self.follow_up_dates.currentRow() >= 0)

    # -- state -------------------------------------------------------------------------------------
    def state(self) -> StepState:
        return StepState.NOT_APPLICABLE if self.na_choice.isChecked() else StepState.DONE

    def _state_changed(self, *_args) -> None:
        not_applicable = self.state() is StepState.NOT_APPLICABLE
        self.pages.setCurrentIndex(1 if not_applicable else 0)
        self.save_button.setText(self.tr("Save as not applicable") if not_applicable else self.tr("Save as done"))
        (self.reason if not_applicable else self.done_by).setFocus()

    def _set_now(self) -> None:
        self.done_at.setDateTime(_qdatetime(self.session.wall_now()))

    def record(self) -> StepRecord:
        if self.state() is StepState.NOT_APPLICABLE:
            return StepRecord(self.step, StepState.NOT_APPLICABLE, reason=self.reason.toPlainText())
        dates = self.dates() if self.step is CrisisStep.FOLLOW_UP else ()
        keep_contact = self.step is not CrisisStep.FOLLOW_UP
        return StepRecord(
            self.step, StepState.DONE, done_at=py_datetime(self.done_at.dateTime()).replace(second=0, microsecond=0),
            done_by=self.done_by.text(), contact=self.contact.text() if keep_contact else "",
            method=self.method.currentText() if keep_contact else "", note=self.note.toPlainText(),
            follow_up_dates=dates)

    def _snapshot(self) -> tuple:
        return (self.state(), self.done_by.text(), self.contact.text(), self.method.currentText(),
                self.note.toPlainText(), self.reason.toPlainText(), self.dates())

    def is_dirty(self) -> bool:
        return self.saved_crisis is None and self._snapshot() != self._initial

    # -- saving --------------------------------------------------------------------------------------
    def show_error(self, err: CounselRoomError) -> None:
        self.done_form.clear_errors()
        self.na_form.clear_errors()
        form = self.na_form if self.state() is StepState.NOT_APPLICABLE else self.done_form
        form.show_error(err)

    def save(self) -> None:
        if self.crisis is None:
            return
        record = self.record()
        crisis_id = self.crisis.id
        service = CrisisService(self.session)
        self.done_form.clear_errors()
        self.na_form.clear_errors()
        try:
            saved = with_reason(self, lambda reason: service.settle_step(crisis_id, record, reason=reason),
                                self.show_error)
        except Exception as exc:  # noqa: BLE001 - keep what was typed; report the fault
            self.done_form.banner.show_text(message("error"))
            self.na_form.banner.show_text(message("error"))
            report_unexpected(exc)
            return
        if saved is None:
            return
        self.saved_crisis = saved
        self.saved.emit(saved)
        self.accept()
        if self.record_contact is not None and self.record_contact.isChecked() and record.state is StepState.DONE:
            open_after_step(self.parentWidget(), self.session, crisis_id, self.who.text(), record)

    def clear(self) -> None:
        """Forget the record's text and what was typed (the records are locking)."""
        self._discard_ok = True
        self.crisis = None
        self.saved_crisis = None
        for widget in (self.who, self.done_by, self.contact):
            widget.clear()
        self.method.setEditText("")
        for edit in (self.note, self.reason):
            edit.clear()
        self.follow_up_dates.clear()
        self.done_form.clear_errors()
        self.na_form.clear_errors()


__all__ = ["CrisisStepDialog", "contact_label", "date_text", "method_choices", "step_description"]
