"""Following a screened student up (约谈, issue 17 §1): the invitation, the interview held, and what it
led to: no concern, a counselling case, or the 重点关注 register. ``ScreeningService`` opens the case or
the register entry in the same transaction as the outcome; these dialogs only gather what it needs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QButtonGroup, QDateEdit, QLabel, QPlainTextEdit, QRadioButton, QSizePolicy, QVBoxLayout, QWidget

from counselroom.domain.care_register import LevelWording, Source
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.screening import NOTE_MAX, Interview, InterviewOutcome, Student
from counselroom.services.screening import ScreeningService, interview_target
from counselroom.services.session import Session
from counselroom.ui.dialogs.case_dialogs import OpenCaseDialog
from counselroom.ui.dialogs.form_dialog import _FormDialog
from counselroom.ui.dialogs.register_dialogs import RegisterEntryDialog
from counselroom.ui.labels import label_of
from counselroom.ui.models.screening_models import class_text
from counselroom.ui.qt_dates import py_date
from counselroom.ui.widgets.form import wrapping_policy
from counselroom.ui.widgets.hint_label import hint_label

DATE_FORMAT = "yyyy-MM-dd"
RADIO_INDENT = 24      # pixels: an explanation under its radio button, in line with its text


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(name: str, parent: QWidget, day: date, *, earliest: date | None, latest: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    if earliest is not None:
        edit.setMinimumDate(_qdate(earliest))
    edit.setMaximumDate(_qdate(latest))
    edit.setDate(_qdate(day))
    edit.setMinimumWidth(150)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def who(student: Student) -> str:
    return " · ".join(p for p in (student.name, student.student_no, class_text(student.grade, student.class_name))
                      if p)


class InviteDialog(_FormDialog):
    """Invite a screened student to an interview, on a day (today or before)."""

    def __init__(self, session: Session, campaign_id: int, student: Student, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Invite to an interview"), "inviteDialog", 460)
        self.service = ScreeningService(session)
        self.campaign_id = campaign_id
        self.student = student
        self.result_value: Interview | None = None
        today = session.today()
        self.outer.addWidget(hint_label(self.tr(
            "{student}. Invite the student in a way that does not single them out in front of the class (e.g. "
            "through the head teacher, with other students).").format(student=who(student)), self))
        self.invited_on = self.form.add("invited_on", self.tr("Invited on"),
                                        _date_edit("invitedOn", self, today, earliest=None, latest=today))
        self._finish(self.tr("Invite"))
        self.invited_on.setFocus()

    def is_dirty(self) -> bool:
        return False

    def attempt(self) -> Interview:
        return self.service.invite(self.campaign_id, self.student.client_id, py_date(self.invited_on.date()))


class InterviewDialog(_FormDialog):
    """The interview held: its day and what was found (correctable until its outcome is recorded)."""

    def __init__(self, session: Session, interview: Interview, student: Student,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Record the interview"), "interviewDialog", 560)
        self.service = ScreeningService(session)
        self.interview = interview
        self.result_value: Interview | None = None
        today = session.today()
        self.outer.addWidget(hint_label(self.tr("{student}, invited on {day}.").format(
            student=who(student), day=interview.invited_on.isoformat()), self))
        self.interviewed_on = self.form.add("interviewed_on", self.tr("Interviewed on"), _date_edit(
            "interviewedOn", self, interview.interviewed_on or today, earliest=min(interview.invited_on, today),
            latest=today))
        self.by = QLabel(session.user.display_name, self)
        self.by.setObjectName("interviewedBy")
        self.form.add("by", self.tr("By"), self.by)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(120)
        self.note.setPlaceholderText(self.tr("What the student said, how they are, whether the screening result "
                                             "holds up"))
        self.note.setPlainText(interview.note)
        self.form.add("note", self.tr("Note"), self.note,
                      self.tr("Kept with the screening record, as confidential as a test result (at most {max} "
                              "characters).").format(max=NOTE_MAX))
        self._loaded = (self.interviewed_on.date(), self.note.toPlainText())
        self._finish(self.tr("Save interview"))
        self.note.setFocus()

    def is_dirty(self) -> bool:
        return (self.interviewed_on.date(), self.note.toPlainText()) != self._loaded

    def attempt(self) -> Interview:
        return self.service.record_interview(self.interview.id, py_date(self.interviewed_on.date()),
                                             self.note.toPlainText())


class OutcomeDialog(_FormDialog):
    """What the interview led to, once. No concern is saved here; a case or a register entry needs its
    own form next (``next_step``), and the outcome is saved with it."""

    def __init__(self, session: Session, interview: Interview, student: Student,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Outcome of the interview"), "outcomeDialog", 520)
        self.service = ScreeningService(session)
        self.interview = interview
        self.result_value: Interview | None = None
        self.next_step: InterviewOutcome | None = None
        interviewed = interview.interviewed_on.isoformat() if interview.interviewed_on else "—"
        self.outer.addWidget(hint_label(self.tr(
            "{student}, interviewed on {day}. The outcome is recorded once and cannot be changed.").format(
            student=who(student), day=interviewed), self))
        choices = QWidget(self)
        choices.setObjectName("outcomeChoices")
        choices.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.group = QButtonGroup(self)
        explanations = {
            InterviewOutcome.NO_CONCERN: self.tr("The screening result does not hold up, or needs nothing more."),
            InterviewOutcome.CASE: self.tr("Open a counselling case for the student (yours): next, its reason and "
                                           "plan."),
            InterviewOutcome.REGISTER: self.tr("Put the student on the attention register (重点关注): next, level, "
                                               "reason and plan."),
        }
        self.buttons: dict[InterviewOutcome, QRadioButton] = {}
        for outcome in InterviewOutcome:
            button = QRadioButton(label_of(outcome), choices)
            button.setObjectName(f"outcome_{outcome.value}")
            self.group.addButton(button)
            self.buttons[outcome] = button
            column.addWidget(button)
            explanation = hint_label(explanations[outcome], choices)
            explanation.setSizePolicy(wrapping_policy())
            explanation.setContentsMargins(RADIO_INDENT, 0, 0, 4)
            column.addWidget(explanation)
        self.buttons[InterviewOutcome.NO_CONCERN].setChecked(True)
        self.form.add("outcome", self.tr("Outcome"), choices)
        self._finish(self.tr("Save outcome"))
        self.group.buttonToggled.connect(self._chosen_changed)
        self.buttons[InterviewOutcome.NO_CONCERN].setFocus()

    def chosen(self) -> InterviewOutcome:
        return next(o for o, b in self.buttons.items() if b.isChecked())

    def choose(self, outcome: InterviewOutcome) -> None:
        self.buttons[outcome].setChecked(True)

    def _chosen_changed(self, *_args) -> None:
        self.save_button.setText(self.tr("Save outcome") if self.chosen() is InterviewOutcome.NO_CONCERN
                                 else self.tr("Continue…"))

    def is_dirty(self) -> bool:
        return False

    def attempt(self) -> Interview | None:
        outcome = self.chosen()
        if outcome is not InterviewOutcome.NO_CONCERN:
            self.next_step = outcome
            return None
        return self.service.set_outcome(self.interview.id, outcome)


class CaseOutcomeDialog(OpenCaseDialog):
    """The case an interview leads to: the case form, saved as the interview's outcome."""

    def __init__(self, session: Session, interview: Interview, student_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, client_id=interview.client_id, client_name=student_name, parent=parent)
        self.setObjectName("caseOutcomeDialog")
        self.interview = interview
        self.result_value: Interview | None = None
        # The service opens the case for whoever records the outcome; it can be reassigned later.
        self.counsellor.setEnabled(False)
        self.counsellor.setCurrentIndex(max(0, self.counsellor.findData(session.user.id)))
        self.counsellor.setToolTip(self.tr("The case is yours; the supervisor can reassign it later."))

    def submit(self) -> None:
        self.form.clear_errors()
        try:
            self.result_value = ScreeningService(self.session).set_outcome(
                self.interview.id, InterviewOutcome.CASE, case=self.draft())
        except CounselRoomError as err:
            self.show_error(err)
            return
        except Exception as exc:  # noqa: BLE001 - keep the typed text; report the fault
            self._report_fault(exc)
            return
        self._finish()


class RegisterOutcomeDialog(RegisterEntryDialog):
    """The register entry an interview leads to (source: screening), saved as the interview's outcome."""

    def __init__(self, session: Session, wording: LevelWording, interview: Interview, student_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, wording, student=(interview.client_id, student_name), source=Source.SCREENING,
                         source_ref=interview_target(interview.id), parent=parent)
        self.setObjectName("registerOutcomeDialog")
        self.interview = interview
        self.screening = ScreeningService(session)
        if self.source is not None:
            self.source.setEnabled(False)

    def attempt(self):
        return self.screening.set_outcome(self.interview.id, InterviewOutcome.REGISTER, register=self.draft())
