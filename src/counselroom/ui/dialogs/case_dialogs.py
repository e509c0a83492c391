"""Opening a case (个案), editing its plan, closing it, and the supervisor's reassign and share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from counselroom.domain.accounts import Role
from counselroom.domain.cases import (
    TEXT_MAX, Case, CaseClosing, CaseDraft, CaseStatus, Outcome, ProblemCategory,
)
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.services.cases import CaseService
from counselroom.services.session import Session
from counselroom.services.staff_directory import clinicians
from counselroom.ui.break_glass import with_reason
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.messages import message
from counselroom.ui.styles import HINT_STYLE
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.form import Form, wrapping_policy

ID_ROLE = Qt.ItemDataRole.UserRole


# -- labels ------------------------------------------------------------------------------------

def category_label(category: ProblemCategory) -> str:
    return {
        ProblemCategory.STUDY: QCoreApplication.translate("CaseLabels", "Study"),
        ProblemCategory.RELATIONSHIPS: QCoreApplication.translate("CaseLabels", "Relationships"),
        ProblemCategory.EMOTION: QCoreApplication.translate("CaseLabels", "Emotions"),
        ProblemCategory.FAMILY: QCoreApplication.translate("CaseLabels", "Family"),
        ProblemCategory.ROMANCE: QCoreApplication.translate("CaseLabels", "Romance"),
        ProblemCategory.SELF_AWARENESS: QCoreApplication.translate("CaseLabels", "Self-awareness"),
        ProblemCategory.CAREER: QCoreApplication.translate("CaseLabels", "Career"),
        ProblemCategory.INTERNET: QCoreApplication.translate("CaseLabels", "Internet / phone overuse"),
        ProblemCategory.ADJUSTMENT: QCoreApplication.translate("CaseLabels", "Adjustment"),
        ProblemCategory.OTHER: QCoreApplication.translate("CaseLabels", "Other"),
    }[category]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.RESOLVED: QCoreApplication.translate("CaseLabels", "Essentially resolved"),
        Outcome.IMPROVED: QCoreApplication.translate("CaseLabels", "Clearly improved"),
        Outcome.SOMEWHAT: QCoreApplication.translate("CaseLabels", "Somewhat improved"),
        Outcome.UNCHANGED: QCoreApplication.translate("CaseLabels", "No notable change"),
        Outcome.REFERRED: QCoreApplication.translate("CaseLabels", "Referred elsewhere"),
        Outcome.DISCONTINUED: QCoreApplication.translate("CaseLabels", "Discontinued by the client"),
    }[outcome]


def status_label(status: CaseStatus) -> str:
    return {
        CaseStatus.OPEN: QCoreApplication.translate("CaseLabels", "Open"),
        CaseStatus.CLOSED: QCoreApplication.translate("CaseLabels", "Closed"),
    }[status]


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
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(20, 16, 20, 16)
        self.outer.setSpacing(10)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.outer.addWidget(self.heading)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(HINT_STYLE)
        self.outer.addWidget(self.intro)
        self.form = Form(self)
        self.form.layout_.setVerticalSpacing(10)
        self.form.layout_.setHorizontalSpacing(12)
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
            for label in self.form.error_for(name).parentWidget().findChildren(QLabel):
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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
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
            self.category.addItem(category_label(category), category.value)
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
            people = clinicians(self.session) if user.role is Role.SUPERVISOR else [(user.id, user.display_name)]
        except CounselRoomError as err:
            self.form.show_error(err)
            people = [(user.id, user.display_name)]
        for user_id, name in people:
            self.counsellor.addItem(name, user_id)
        self.counsellor.setCurrentIndex(self.counsellor.findData(user.id))
        if user.role is not Role.SUPERVISOR:
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
        opened = self._case.opened_on if self._case is not None else self.opened_on.date().toPython()
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
                case = with_reason(self, lambda reason: CaseService(self.session).update_plan(
                    case_id, draft, reason=reason), self.show_error)
                if case is None:
                    return
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
            self.outcome.addItem(outcome_label(outcome), outcome.value)
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
        return CaseClosing(closed_on=self.closed_on.date().toPython(), summary=self.summary.toPlainText(),
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


# -- the supervisor's tools ----------------------------------------------------------------------

class ReassignDialog(_CaseDialog):
    """The supervisor gives the case to another counsellor."""

    def __init__(self, session: Session, case: Case, client_name: str, counsellor_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._case = case
        self.saved_case: Case | None = None
        self._set_texts(
            self.tr("Reassign {case}").format(case=case_title(client_name, case.number)),
            self.tr("Currently with {name}. The new counsellor sees the case and all its records; "
                    "{name} no longer does, unless you share the case with them.").format(
                name=counsellor_name or "—"),
            self.tr("Reassign"))
        self.setObjectName("reassignDialog")
        self.counsellor = QComboBox(self)
        self.counsellor.setObjectName("counsellor")
        self.counsellor.setPlaceholderText(self.tr("Choose the counsellor"))
        self.counsellor.setMinimumWidth(240)
        self.counsellor.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form.add("counsellor", self.tr("New counsellor"), self.counsellor)
        self._widen_errors()
        try:
            people = clinicians(session)
        except CounselRoomError as err:
            self.form.show_error(err)
            people = []
        for user_id, name in people:
            if user_id != case.counsellor_id:
                self.counsellor.addItem(name, user_id)
        self.counsellor.setCurrentIndex(-1)
        self.counsellor.setFocus()

    def is_dirty(self) -> bool:
        return False

    def submit(self) -> None:
        self.form.clear_errors()
        if self.counsellor.currentIndex() < 0:
            self.form.show_error(ValidationError("counsellor", "field.required"))
            return
        try:
            case = CaseService(self.session).reassign(self._case.id, self.counsellor.currentData())
        except CounselRoomError as err:
            self.show_error(err)
            return
        except Exception as exc:  # noqa: BLE001 - report the fault
            self._report_fault(exc)
            return
        self.saved_case = case
        self._finish()

    def clear(self) -> None:
        super().clear()
        self.counsellor.clear()


class ShareDialog(QDialog):
    """The supervisor lets other counsellors open the case (会诊, supervision) or stops it."""

    changed = Signal()

    def __init__(self, session: Session, case: Case, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._case = case
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share {case}").format(case=case_title(client_name, case.number)))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        heading = QLabel(self.windowTitle(), self)
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        heading.setWordWrap(True)
        outer.addWidget(heading)
        intro = QLabel(self.tr("A counsellor the case is shared with can open it and its records like "
                               "their own. Every opening is recorded in the audit log."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        outer.addWidget(intro)

        self.form = Form(self)
        self.form.layout_.setVerticalSpacing(10)
        self.shared = QListWidget(self)
        self.shared.setObjectName("sharedWith")
        self.shared.setMinimumHeight(90)
        self.shared.setMaximumHeight(160)
        self.shared.currentItemChanged.connect(self._update_buttons)
        self.unshare_button = QPushButton(self.tr("Stop sharing"), self)
        self.unshare_button.setObjectName("unshareButton")
        self.unshare_button.setAutoDefault(False)
        self.unshare_button.setToolTip(self.tr("The selected counsellor can no longer open the case"))
        self.unshare_button.clicked.connect(self.unshare_selected)
        shared_box = QWidget(self)
        shared_row = QHBoxLayout(shared_box)
        shared_row.setContentsMargins(0, 0, 0, 0)
        shared_row.addWidget(self.shared, 1)
        shared_row.addWidget(self.unshare_button, 0, Qt.AlignmentFlag.AlignTop)
        self.form.add("shared", self.tr("Shared with"), shared_box)

        self.counsellor = QComboBox(self)
        self.counsellor.setObjectName("counsellor")
        self.counsellor.setPlaceholderText(self.tr("Choose the counsellor"))
        self.counsellor.setMinimumWidth(220)
        self.counsellor.currentIndexChanged.connect(self._update_buttons)
        self.share_button = QPushButton(self.tr("Share"), self)
        self.share_button.setObjectName("shareButton")
        # Enter after choosing a counsellor shares with them (it used to close the dialog
        # without sharing); with no counsellor chosen the button is off and Enter does nothing.
        self.share_button.setDefault(True)
        self.share_button.clicked.connect(self.share_chosen)
        add_box = QWidget(self)
        add_row = QHBoxLayout(add_box)
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.counsellor)
        add_row.addWidget(self.share_button)
        add_row.addStretch(1)
        self.form.add("counsellor", self.tr("Share with"), add_box)
        outer.addWidget(self.form, 1)

        self.status = QLabel(self)
        self.status.setObjectName("shareStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(HINT_STYLE)
        outer.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self._people: list[tuple[int, str]] = []
        try:
            self._people = clinicians(session)
        except CounselRoomError as err:
            self.form.show_error(err)
        self.reload()
        self.counsellor.setFocus()

    def reload(self) -> None:
        try:
            shared = CaseService(self.session).shared_with(self._case.id)
        except CounselRoomError as err:
            self.form.show_error(err)
            shared = []
        self.shared.clear()
        for user_id, name in shared:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, user_id)
            self.shared.addItem(item)
        if not shared:
            item = QListWidgetItem(self.tr("Not shared with anyone."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.shared.addItem(item)
        # Not the supervisor themself: sharing with oneself would skip the stated reason.
        taken = {uid for uid, _ in shared} | {self._case.counsellor_id, self.session.user.id}
        self.counsellor.clear()
        for user_id, name in self._people:
            if user_id not in taken:
                self.counsellor.addItem(name, user_id)
        self.counsellor.setCurrentIndex(-1)
        self._update_buttons()

    def shared_names(self) -> list[str]:
        return [self.shared.item(i).text() for i in range(self.shared.count())
                if self.shared.item(i).data(ID_ROLE) is not None]

    def _update_buttons(self, *_args) -> None:
        item = self.shared.currentItem()
        self.unshare_button.setEnabled(item is not None and item.data(ID_ROLE) is not None)
        self.share_button.setEnabled(self.counsellor.currentIndex() >= 0)

    def share_chosen(self) -> None:
        if self.counsellor.currentIndex() < 0:
            return
        name = self.counsellor.currentText()
        self.form.clear_errors()
        try:
            CaseService(self.session).share(self._case.id, self.counsellor.currentData())
        except CounselRoomError as err:
            self.form.show_error(err)
            return
        self.reload()
        self.status.setText(self.tr("Shared with {name}.").format(name=name))
        self.changed.emit()

    def unshare_selected(self) -> None:
        item = self.shared.currentItem()
        if item is None or item.data(ID_ROLE) is None:
            return
        name = item.text()
        self.form.clear_errors()
        try:
            CaseService(self.session).unshare(self._case.id, item.data(ID_ROLE))
        except CounselRoomError as err:
            self.form.show_error(err)
            return
        self.reload()
        self.status.setText(self.tr("{name} can no longer open the case.").format(name=name))
        self.changed.emit()

    def clear(self) -> None:
        self.shared.clear()
        self.counsellor.clear()
        self.status.clear()
        self.form.clear_errors()
