"""Recording a referral (转介, R8) and the feedback that comes back from it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget,
)

from counselroom.domain.errors import CounselRoomError
from counselroom.domain.referrals import (
    TEXT_MAX, DestinationKind, Referral, ReferralDraft, guess_destination_kind,
)
from counselroom.services.referrals import ReferralService
from counselroom.services.session import Session
from counselroom.ui.break_glass import with_reason
from counselroom.ui.dialogs.dialog_frame import dialog_column, dialog_form
from counselroom.ui.dialogs.guarded_dialog import GuardedDialog
from counselroom.ui.labels import label_of
from counselroom.ui.qt_dates import py_date
from counselroom.ui.widgets.form import Form, row_box, row_column
from counselroom.ui.widgets.hint_label import hint_label

DATE_FORMAT = "yyyy-MM-dd"
CONTACT_MAX = 200
# service field -> form row
REFERRAL_FIELDS = {"consent_on": "guardian_consent"}
FEEDBACK_FIELDS = {"status": "feedback"}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(name: str, parent: QWidget, today: date, *, latest_today: bool) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(_qdate(today))
    if latest_today:
        edit.setMaximumDate(_qdate(today))  # these things have happened already
    edit.setMinimumWidth(140)
    return edit


def _text_edit(name: str, parent: QWidget, height: int = 96) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _in_line(field: QWidget, *widgets: QWidget) -> None:
    """Show ``widgets`` (``field`` among them) on one line of ``field``'s form row; its error stays below."""
    box = row_box(field)
    column = row_column(field)
    column.removeWidget(field)
    line = QHBoxLayout()
    line.setSpacing(10)
    for widget in widgets:
        widget.setParent(box)
        line.addWidget(widget)
    line.addStretch(1)
    column.insertLayout(0, line)


class _RecordDialog(GuardedDialog):
    """What both dialogs share: asking before what was typed is thrown away, and saving through the
    service with the reason asked for a colleague's case."""

    form: Form              # each dialog builds its own
    FIELDS: dict[str, str]  # service field -> form row
    saved_referral: Referral | None

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)

    def is_dirty(self) -> bool:
        raise NotImplementedError

    def _save(self, call: Callable[[str | None], Referral]) -> None:
        """Run ``call(reason)``; close with what it saved, or show why it was refused at its field."""
        saved = with_reason(self, call, self._show_error)
        if saved is None:
            return
        self.saved_referral = saved
        self._discard_ok = True
        self.accept()

    def _show_error(self, err: CounselRoomError) -> None:
        self.form.show_error(err, self.FIELDS)
        self.adjustSize()  # room for the message under its field


class ReferralDialog(_RecordDialog):
    """A new referral of the case: to whom, why, when, the guardian's consent, when to ask for feedback."""

    FIELDS = REFERRAL_FIELDS

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.saved_referral: Referral | None = None
        today = session.today()
        self.setObjectName("referralDialog")
        self.setWindowTitle(self.tr("New referral"))
        self.setMinimumWidth(560)

        outer = dialog_column(self)
        outer.addWidget(hint_label(self.tr("Record where the client is referred and why. Once it is saved, print "
                                           "the letter to the institution with the notice for the guardian and its "
                                           "return slip (回执)."), self))

        self.form = dialog_form(self)

        self.institution = QLineEdit(self)
        self.institution.setObjectName("institution")
        self.institution.setMaxLength(TEXT_MAX)
        self.institution.setPlaceholderText(self.tr("Hospital, clinic or centre, e.g. the city mental health centre"))
        self.form.add("institution", self.tr("Referred to"), self.institution)

        self.destination_kind = QComboBox(self)
        self.destination_kind.setObjectName("destinationKind")
        for kind in DestinationKind:
            self.destination_kind.addItem(label_of(kind), kind.value)
        self.destination_kind.setCurrentIndex(self.destination_kind.findData(DestinationKind.OTHER.value))
        self.form.add("destination_kind", self.tr("Kind of institution"), self.destination_kind,
                      self.tr("Suggested from the name; counted in the statistics."))
        # The name suggests a kind until the person chooses one.
        self._kind_chosen = False
        self.institution.textEdited.connect(self._suggest_kind)
        self.destination_kind.activated.connect(self._kind_picked)

        self.contact = QLineEdit(self)
        self.contact.setObjectName("contact")
        self.contact.setMaxLength(CONTACT_MAX)
        self.contact.setPlaceholderText(self.tr("Department, doctor, phone (optional)"))
        self.form.add("contact", self.tr("Contact"), self.contact)

        self.reason = _text_edit("reason", self)
        self.reason.setPlaceholderText(self.tr("Why the client is referred and what is asked of the institution"))
        self.form.add("reason", self.tr("Reason"), self.reason)

        self.referred_on = _date_edit("referredOn", self, today, latest_today=True)
        self.form.add("referred_on", self.tr("Referred on"), self.referred_on)

        self.guardian_consent = QCheckBox(self.tr("Given on"), self)
        self.guardian_consent.setObjectName("guardianConsent")
        self.consent_on = _date_edit("consentOn", self, today, latest_today=True)
        self.form.add("guardian_consent", self.tr("Guardian consent"), self.guardian_consent,
                      self.tr("Required for a student under 18."))
        _in_line(self.guardian_consent, self.guardian_consent, self.consent_on)
        self.guardian_consent.toggled.connect(self.consent_on.setEnabled)

        self.follow_up_set = QCheckBox(self.tr("Ask for feedback on"), self)
        self.follow_up_set.setObjectName("followUpSet")
        self.follow_up_on = _date_edit("followUpOn", self, today, latest_today=False)
        self.follow_up_on.setDate(_qdate(today).addDays(14))
        self.form.add("follow_up_on", self.tr("Follow-up"), self.follow_up_on,
                      self.tr("Optional. On that day the referral is listed among the follow-ups due."))
        _in_line(self.follow_up_on, self.follow_up_set, self.follow_up_on)
        self.follow_up_set.toggled.connect(self.follow_up_on.setEnabled)
        outer.addWidget(self.form)
        for name in ("institution", "destination_kind", "contact", "reason", "referred_on", "guardian_consent",
                     "follow_up_on"):
            self.form.error_for(name).setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer.addStretch(1)

        self.cancel_button, self.save_button = self.add_button_row(outer, self.tr("Save referral"), self.save)
        self.setTabOrder(self.institution, self.destination_kind)
        self.setTabOrder(self.destination_kind, self.contact)
        self.setTabOrder(self.contact, self.reason)
        self.setTabOrder(self.reason, self.referred_on)
        self.setTabOrder(self.referred_on, self.guardian_consent)
        self.setTabOrder(self.guardian_consent, self.consent_on)
        self.setTabOrder(self.consent_on, self.follow_up_set)
        self.setTabOrder(self.follow_up_set, self.follow_up_on)
        self._reset_checks()
        self.institution.setFocus()

    def _suggest_kind(self, text: str) -> None:
        if not self._kind_chosen:
            self.destination_kind.setCurrentIndex(self.destination_kind.findData(guess_destination_kind(text).value))

    def _kind_picked(self, *_args) -> None:
        self._kind_chosen = True

    def _reset_checks(self) -> None:
        self.guardian_consent.setChecked(False)
        self.consent_on.setEnabled(False)
        self.follow_up_set.setChecked(False)
        self.follow_up_on.setEnabled(False)

    def draft(self) -> ReferralDraft:
        consent = self.guardian_consent.isChecked()
        return ReferralDraft(
            institution=self.institution.text(), reason=self.reason.toPlainText(),
            referred_on=py_date(self.referred_on.date()), contact=self.contact.text(),
            guardian_consent=consent, consent_on=py_date(self.consent_on.date()) if consent else None,
            follow_up_on=py_date(self.follow_up_on.date()) if self.follow_up_set.isChecked() else None,
            destination_kind=DestinationKind(self.destination_kind.currentData()))

    def is_dirty(self) -> bool:
        return bool(self.institution.text().strip() or self.contact.text().strip()
                    or self.reason.toPlainText().strip())

    def save(self) -> None:
        self.form.clear_errors()
        draft = self.draft()
        service = ReferralService(self.session)
        self._save(lambda reason: service.create(self.case_id, draft, reason=reason))

    def clear(self) -> None:
        """The records lock: forget what was typed and close without asking."""
        self._discard_ok = True
        self.saved_referral = None
        self.institution.clear()
        self._kind_chosen = False
        self.destination_kind.setCurrentIndex(self.destination_kind.findData(DestinationKind.OTHER.value))
        self.contact.clear()
        self.reason.clear()
        self._reset_checks()
        self.form.clear_errors()


class FeedbackDialog(_RecordDialog):
    """What the institution reported back, and when."""

    FIELDS = FEEDBACK_FIELDS

    def __init__(self, session: Session, referral: Referral, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.referral_id = referral.id
        self.saved_referral: Referral | None = None
        self._loaded = referral.feedback
        today = session.today()
        self.setObjectName("feedbackDialog")
        self.setWindowTitle(self.tr("Referral feedback"))
        self.setMinimumWidth(520)

        outer = dialog_column(self)
        self.about = QLabel(self.tr("Referral to {institution} on {date}").format(
            institution=referral.institution, date=referral.referred_on.isoformat()), self)
        self.about.setObjectName("feedbackAbout")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setStyleSheet("font-weight: 600;")
        outer.addWidget(self.about)

        self.form = dialog_form(self)
        self.text = _text_edit("feedbackText", self, 140)
        self.text.setPlaceholderText(self.tr("What the institution found or advised, e.g. diagnosis, treatment, "
                                             "whether counselling at school should continue"))
        self.text.setPlainText(referral.feedback)
        self.form.add("feedback", self.tr("Feedback"), self.text)
        self.received_on = _date_edit("feedbackOn", self, today, latest_today=True)
        if referral.feedback_on is not None:
            self.received_on.setDate(_qdate(referral.feedback_on))
        self.form.add("feedback_on", self.tr("Received on"), self.received_on)
        self.form.error_for("feedback_on").setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer.addWidget(self.form)
        outer.addStretch(1)

        self.cancel_button, self.save_button = self.add_button_row(outer, self.tr("Save feedback"), self.save)
        self.text.setFocus()

    def is_dirty(self) -> bool:
        return self.text.toPlainText().strip() != (self._loaded or "").strip()

    def save(self) -> None:
        self.form.clear_errors()
        text, on = self.text.toPlainText(), py_date(self.received_on.date())
        service = ReferralService(self.session)
        self._save(lambda reason: service.record_feedback(self.referral_id, text, on, reason=reason))

    def clear(self) -> None:
        """The records lock: forget the referral and the typed text, close without asking."""
        self._discard_ok = True
        self.saved_referral = None
        self._loaded = ""
        self.about.clear()
        self.text.clear()
        self.form.clear_errors()
