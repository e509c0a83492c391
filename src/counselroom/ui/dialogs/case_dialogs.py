"""Opening a case (个案), editing its plan, closing it; the case labels and the frame of these forms."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QLabel, QMessageBox, QPlainTextEdit, QSizePolicy, QWidget,
)

from counselroom.domain.cases import (
    TEXT_MAX, Case, CaseClosing, CaseDraft, Outcome, ProblemCategory,
)
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.services.cases import CaseService
from counselroom.services.permissions import Permissions
from counselroom.services.session import Session
from counselroom.ui.break_glass import with_reason
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.dialog_frame import dialog_column, dialog_form
from counselroom.ui.labels import label_of
from counselroom.ui.messages import message
from counselroom.ui.qt_dates import py_date
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.form import row_box, wrapping_policy
from counselroom.ui.widgets.hint_label import hint_label


# -- labels ------------------------------------------------------------------------------------

def satisfaction_label(rating: int | None) -> str:
    return {
        None: QCoreApplication.translate("CaseLabels", "Not asked"),
        1: QCoreApplication.translate("CaseLabels", "1 – very dissatisfied"),
        2: QCoreApplication.translate("CaseLabels", "2 – dissatisfied"),
        3: QCoreApplication.translate("CaseLabels", "3 – neutral"),
        4: QCoreApplication.translate("CaseLabels", "4 – satisfied"),
        5: QCoreApplication.translate("CaseLabels", "5 – very satisfied"),
    }[rating]


def case_title(client_name: str, number: int) -> str:
    return QCoreApplication.translate("CaseLabels", "{name} · case {number}").format(name=client_name,
                                                                                   number=number)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


# -- the shared frame ------------------------------------------------------------------------------

class _CaseDialog(QDialog):
    """Heading, an intro line, a :class:`Form`, Cancel and the action button.

    Cancel, Esc and the window's close button ask before throwing typed text away;
    ``reject()`` called by the program (the lock) does not ask.
    """

    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self._discard_ok = False
        self._done = False
        self.setMinimumWidth(560)
        self.outer = dialog_column(self, spacing=10)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.outer.addWidget(self.heading)
        self.intro = hint_label("", self)
        self.outer.addWidget(self.intro)
        self.form = dialog_form(self)
        self.outer.addWidget(self.form, 1)
        self.outer.addSpacing(6)

        # The action's text is set by the subclass (``_set_texts``).
        buttons, self.cancel_button, self.ok_button = dialog_buttons(
            self, "", self.submit, action_name="okButton", cancel_slot=self.cancel)
        self.outer.addLayout(buttons)

    def _set_texts(self, title: str, intro: str, action: str) -> None:
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))
        self.ok_button.setText(action)

    def _text_box(self, name: str, minimum_height: int, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(minimum_height)
        edit.setPlaceholderText(placeholder)
        return edit

    def _widen_errors(self) -> None:
        # Each row's error and hint use the full width, not the width of a short input (and keep
        # their height-for-width, or a wrapped hint would be cut to one line).
        for name in self.form._fields:
            for label in row_box(self.form.error_for(name)).findChildren(QLabel):
                if label.wordWrap():
                    label.setSizePolicy(wrapping_policy())

    def _fit(self, width: int) -> None:
        """Open wide enough to read and tall enough that no hint is cut."""
        # Room for the text boxes to breathe, yet small enough for a 768-pixel-high screen.
        self.resize(width, max(self.minimumSizeHint().height(), min(self.sizeHint().height(), 640)))

    # -- what subclasses give ---------------------------------------------------------------
    def submit(self) -> None:
        raise NotImplementedError

    def is_dirty(self) -> bool:
        return False

    def clear(self) -> None:
        """The records locked: forget every value; closing no longer asks."""
        self._discard_ok = True
        self.form.clear_errors()

    # -- outcomes -----------------------------------------------------------------------------
    def show_error(self, err: CounselRoomError) -> None:
        self.form.show_error(err)

    def _report_fault(self, exc: BaseException) -> None:
        self.form.clear_errors()
        self.form.banner.show_text(message("error"))
        report_unexpected(exc)

    def _finish(self) -> None:
        self._done = True
        self.accept()

    # -- leaving without saving ------------------------------------------------------------------
    def _may_discard(self) -> bool:
        if self._discard_ok or self._done or not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self, QCoreApplication.translate("CaseDialogs", "Discard changes"),
            QCoreApplication.translate("CaseDialogs", "Close the form and discard what you typed?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def cancel(self) -> None:
        if self._may_discard():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard():
            event.ignore()
            return
        super().closeEvent(event)


# -- opening a case, editing its plan ------------------------------------------------------------

class OpenCaseDialog(_CaseDialog):
    """Open a new case for a client, or (``case`` given) edit its reason, category and plan."""

    def __init__(self, session: Session, *, client_id: int, client_name: str, case: Case | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._client_id = client_id
        self._case = case
        self.saved_case: Case | None = None
        if case is None:
            title = self.tr("Open a case for {name}").format(name=client_name)
            intro = self.tr("The presenting problem and the reason for opening are required; the plan "
                            "can be completed later.")
            action = self.tr("Open case")
        else:
            title = self.tr("Edit the plan of {case}").format(case=case_title(client_name, case.number))
            intro = self.tr("Changes are recorded in the audit log.")
            action = self.tr("Save")
        self._set_texts(title, intro, action)
        self.setObjectName("openCaseDialog" if case is None else "editPlanDialog")
        today = session.today()

        self.counsellor = QComboBox(self)
        self.counsellor.setObjectName("counsellor")
        self.counsellor.setMinimumContentsLength(10)
        self.opened_on = QDateEdit(self)
        self.opened_on.setObjectName("openedOn")
        self.opened_on.setCalendarPopup(True)
        self.opened_on.setDisplayFormat("yyyy-MM-dd")
        self.opened_on.setMaximumDate(_qdate(today))
        self.opened_on.setDate(_qdate(today))
        if case is None:
            self.form.add("counsellor", self.tr("Counsellor"), self.counsellor)
            self.form.add("opened_on", self.tr("Opened on"), self.opened_on)
            self._fill_counsellors()
        else:
            self.counsellor.hide()
            self.opened_on.hide()

        self.category = QComboBox(self)
        self.category.setObjectName("category")
        self.category.setPlaceholderText(self.tr("Choose the main problem"))
        for category in ProblemCategory:
            self.category.addItem(label_of(category), category.value)
        self.category.setCurrentIndex(-1)
        self.form.add("category", self.tr("Presenting problem"), self.category)

        self.reason = self._text_box("reason", 90, self.tr("e.g. 近两个月考试焦虑，入睡困难"))
        self.form.add("reason", self.tr("Reason for opening"), self.reason,
                      self.tr("Why the client comes now, in their words and the referrer's."))
        self.plan = self._text_box("plan", 120, self.tr("e.g. 每周一次个体咨询，约 6 次；放松训练"))
        self.form.add("plan", self.tr("Counselling plan (咨询方案)"), self.plan,
                      self.tr("Goals, approach, how often and how many sessions."))
        for widget in (self.counsellor, self.opened_on, self.category):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            widget.setMinimumWidth(220)
        self._widen_errors()

        if case is not None:
            self.category.setCurrentIndex(self.category.findData(case.category.value))
            self.reason.setPlainText(case.reason)
            self.plan.setPlainText(case.plan)
        self._initial = self._snapshot()
        self._fit(660)
        (self.category if case is None else self.reason).setFocus()

    def _fill_counsellors(self) -> None:
        user = self.session.user
        try:
            people = Permissions(self.session).clinician_choices()
        except CounselRoomError as err:
            self.form.show_error(err)
            people = [(user.id, user.display_name)]
        for user_id, name in people:
            self.counsellor.addItem(name, user_id)
        self.counsellor.setCurrentIndex(self.counsellor.findData(user.id))
        if not Permissions(self.session).acts_for_colleagues():
            self.counsellor.setEnabled(False)
            self.counsellor.setToolTip(self.tr("Only the supervisor assigns a case to another counsellor."))
        else:
            self.counsellor.setToolTip(self.tr("Who will counsel the client. You can reassign the case later."))

    def _snapshot(self) -> tuple:
        return (self.category.currentIndex(), self.reason.toPlainText(), self.plan.toPlainText())

    def is_dirty(self) -> bool:
        return self.saved_case is None and self._snapshot() != self._initial

    def draft(self) -> CaseDraft:
        """What the form holds; raises at the category when none is chosen."""
        if self.category.currentIndex() < 0:
            raise ValidationError("category", "field.required")
        opened = self._case.opened_on if self._case is not None else py_date(self.opened_on.date())
        return CaseDraft(opened_on=opened, reason=self.reason.toPlainText(),
                         category=ProblemCategory(self.category.currentData()), plan=self.plan.toPlainText())

    def submit(self) -> None:
        self.form.clear_errors()
        for name, edit in (("reason", self.reason), ("plan", self.plan)):
            if len(edit.toPlainText().strip()) > TEXT_MAX:
                self.form.show_error(ValidationError(name, "text.too_long", max=TEXT_MAX))
                return
        try:
            draft = self.draft()
            if self._case is None:
                case = CaseService(self.session).open(self._client_id, draft,
                                                      counsellor_id=self.counsellor.currentData())
            else:
                case_id = self._case.id
                updated = with_reason(self, lambda reason: CaseService(self.session).update_plan(
                    case_id, draft, reason=reason), self.show_error)
                if updated is None:
                    return
                case = updated
        except CounselRoomError as err:
            self.show_error(err)
            return
        except Exception as exc:  # noqa: BLE001 - keep the typed text; report the fault
            self._report_fault(exc)
            return
        self.saved_case = case
        self._finish()

    def clear(self) -> None:
        super().clear()
        self._case = None
        self.reason.clear()
        self.plan.clear()
        self.category.setCurrentIndex(-1)


class EditPlanDialog(OpenCaseDialog):
    """The same form for an open case: reason, category and plan."""

    def __init__(self, session: Session, case: Case, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(session, client_id=case.client_id, client_name=client_name, case=case, parent=parent)


# -- closing -----------------------------------------------------------------------------------

class CloseCaseDialog(_CaseDialog):
    """结案: date, summary, outcome evaluation (效果评价), optional satisfaction rating."""

    def __init__(self, session: Session, case: Case, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._case = case
        self.closed_case: Case | None = None
        self._set_texts(
            self.tr("Close {case}").format(case=case_title(client_name, case.number)),
            self.tr("Once closed, no new visit records can be written until the case is reopened. "
                    "Nothing is deleted."),
            self.tr("Close case"))
        self.setObjectName("closeCaseDialog")
        today = session.today()

        self.closed_on = QDateEdit(self)
        self.closed_on.setObjectName("closedOn")
        self.closed_on.setCalendarPopup(True)
        self.closed_on.setDisplayFormat("yyyy-MM-dd")
        self.closed_on.setMaximumDate(_qdate(today))
        self.closed_on.setMinimumDate(_qdate(min(case.opened_on, today)))
        self.closed_on.setDate(_qdate(today))
        self.form.add("closed_on", self.tr("Closed on"), self.closed_on)

        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcome")
        self.outcome.setPlaceholderText(self.tr("Choose the evaluation"))
        for outcome in Outcome:
            self.outcome.addItem(label_of(outcome), outcome.value)
        self.outcome.setCurrentIndex(-1)
        self.form.add("outcome", self.tr("Outcome (效果评价)"), self.outcome)

        self.summary = self._text_box("summary", 140, self.tr("e.g. 焦虑明显下降，能运用放松技巧应对考试"))
        self.form.add("summary", self.tr("Closing summary"), self.summary,
                      self.tr("What changed, what was agreed, and what to watch for."))

        self.satisfaction = QComboBox(self)
        self.satisfaction.setObjectName("satisfaction")
        for rating in (None, 5, 4, 3, 2, 1):
            self.satisfaction.addItem(satisfaction_label(rating), rating)
        self.form.add("satisfaction", self.tr("Client satisfaction"), self.satisfaction,
                      self.tr("Optional: fill in only if you asked the client."))
        for widget in (self.closed_on, self.outcome, self.satisfaction):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            widget.setMinimumWidth(240)
        self._widen_errors()

        # A reopened case offers what was written at the last closing.
        if case.closing_summary:
            self.summary.setPlainText(case.closing_summary)
        if case.outcome is not None:
            self.outcome.setCurrentIndex(self.outcome.findData(case.outcome.value))
        if case.satisfaction is not None:
            self.satisfaction.setCurrentIndex(max(0, self.satisfaction.findData(case.satisfaction)))
        self._initial = self._snapshot()
        self._fit(640)
        self.outcome.setFocus()

    def _snapshot(self) -> tuple:
        return (self.outcome.currentIndex(), self.summary.toPlainText(), self.satisfaction.currentIndex())

    def is_dirty(self) -> bool:
        return self.closed_case is None and self._snapshot() != self._initial

    def closing(self) -> CaseClosing:
        if self.outcome.currentIndex() < 0:
            raise ValidationError("outcome", "field.required")
        return CaseClosing(closed_on=py_date(self.closed_on.date()), summary=self.summary.toPlainText(),
                           outcome=Outcome(self.outcome.currentData()),
                           satisfaction=self.satisfaction.currentData())

    def submit(self) -> None:
        self.form.clear_errors()
        if len(self.summary.toPlainText().strip()) > TEXT_MAX:
            self.form.show_error(ValidationError("summary", "text.too_long", max=TEXT_MAX))
            return
        try:
            closing = self.closing()
            case_id = self._case.id
            case = with_reason(self, lambda reason: CaseService(self.session).close(
                case_id, closing, reason=reason), self.show_error)
        except CounselRoomError as err:
            self.show_error(err)
            return
        except Exception as exc:  # noqa: BLE001 - keep the typed text; report the fault
            self._report_fault(exc)
            return
        if case is None:
            return
        self.closed_case = case
        self._finish()

    def clear(self) -> None:
        super().clear()
        self.summary.clear()
        self.outcome.setCurrentIndex(-1)
        self.satisfaction.setCurrentIndex(0)
