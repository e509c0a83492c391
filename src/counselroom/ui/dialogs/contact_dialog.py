"""Recording a contact with a parent or a teacher (家校沟通记录), with what may be shared in view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QWidget,
)

from counselroom.domain.contacts import (
    NAME_MAX, Contact, ContactDraft, ContactLink, ContactMethod, ContactRelation,
)
from counselroom.domain.crisis import StepRecord
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.services.contacts import ContactService
from counselroom.services.session import Session
from counselroom.ui.break_glass import with_reason
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.dialog_frame import dialog_column, dialog_form
from counselroom.ui.dialogs.guarded_dialog import GuardedDialog
from counselroom.ui.labels import label_of
from counselroom.ui.messages import message
from counselroom.ui.qt_dates import py_datetime
from counselroom.ui.styles import AMBER_BOX_STYLE
from counselroom.ui.widgets.form_rows import put_beside

FIELDS = ("contact_name", "relation", "method", "contacted_at", "staff_id", "said", "agreed")
# Words people write in "who was told" of a crisis step, and whom they name.
_RELATION_WORDS = ((ContactRelation.MOTHER, ("母", "妈", "mother", "mum", "mom")),
                   (ContactRelation.FATHER, ("父", "爸", "father", "dad")),
                   (ContactRelation.HEAD_TEACHER, ("班主任", "head teacher", "class teacher")))


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def _step_method(text: str) -> ContactMethod | None:
    """The contact method a crisis step's "how" names, in either language (None: not recognisable)."""
    from counselroom.ui.dialogs.crisis_step_dialog import method_choices

    # method_choices(): phone, in person, letter, text message or WeChat, home visit, meeting
    by_choice = [ContactMethod.PHONE, ContactMethod.MEETING, ContactMethod.OTHER, ContactMethod.ONLINE,
                 ContactMethod.HOME_VISIT, ContactMethod.MEETING]
    text = text.strip()
    for choice, method in zip(method_choices(), by_choice):
        if text == choice:
            return method
    return None


@dataclass(frozen=True)
class ContactStart:
    """What a new contact starts from when another record already tells part of it; a choice it
    cannot tell (None) is left for the person to make."""
    contact_name: str = ""
    relation: ContactRelation | None = None
    method: ContactMethod | None = None
    contacted_at: datetime | None = None
    said: str = ""


def start_from_step(record: StepRecord) -> ContactStart:
    """What a settled "guardian informed" crisis step already says about the contact."""
    lowered = record.contact.lower()
    relation = next((r for r, words in _RELATION_WORDS if any(w in lowered for w in words)), None)
    return ContactStart(record.contact, relation, _step_method(record.method), record.done_at, record.note)


def confidentiality_text() -> str:
    return QCoreApplication.translate(
        "ContactDialog",
        "What may be shared with parents and teachers: concerns about the student's safety (a risk of harm "
        "to self or others, or of being harmed) and what the student agreed to share. The content of "
        "counselling sessions is not shared. Write down what was said in this conversation, in those limits.")


class ContactDialog(GuardedDialog):
    """A new contact of a case, a crisis or a register entry, or the recorder's correction of one.

    ``prefill`` starts a new contact from what another record already says (a crisis step)."""

    def __init__(self, session: Session, link: ContactLink, about: str, parent: QWidget | None = None, *,
                 contact: Contact | None = None, prefill: ContactStart | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.link = link
        self.contact_id = contact.id if contact is not None else None
        self.saved_contact: Contact | None = None
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Correct contact record") if contact is not None
                            else self.tr("Record a contact"))
        self.setMinimumWidth(600)

        outer = dialog_column(self, spacing=10)
        self.about = QLabel(about, self)
        self.about.setObjectName("contactAbout")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setStyleSheet("font-weight: 600;")
        outer.addWidget(self.about)
        self.reminder = QLabel(confidentiality_text(), self)
        self.reminder.setObjectName("confidentialityReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet(AMBER_BOX_STYLE)
        outer.addWidget(self.reminder)

        self.form = dialog_form(self)
        self.contact_name = QLineEdit(self)
        self.contact_name.setObjectName("contactName")
        self.contact_name.setMaxLength(NAME_MAX + 10)
        self.contact_name.setPlaceholderText(self.tr("e.g. Ms Wang, the mother"))
        self.form.add("contact_name", self.tr("Contacted"), self.contact_name)

        self.relation = QComboBox(self)
        self.relation.setObjectName("relation")
        for relation in ContactRelation:
            self.relation.addItem(label_of(relation), relation.value)
        self.relation.setPlaceholderText(self.tr("Choose…"))
        self.form.add("relation", self.tr("Relation"), self.relation)

        self.method = QComboBox(self)
        self.method.setObjectName("contactMethod")
        for method in ContactMethod:
            self.method.addItem(label_of(method), method.value)
        self.method.setPlaceholderText(self.tr("Choose…"))
        self.form.add("method", self.tr("How"), self.method)

        self.contacted_at = QDateTimeEdit(self)
        self.contacted_at.setObjectName("contactedAt")
        self.contacted_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.contacted_at.setCalendarPopup(True)
        self.now_button = QPushButton(self.tr("Now"), self)
        self.now_button.setObjectName("contactedAtNow")
        self.now_button.setAutoDefault(False)
        self.now_button.setToolTip(self.tr("Set the date and time to now"))
        self.now_button.clicked.connect(self._set_now)
        self.form.add("contacted_at", self.tr("When"), self.contacted_at)
        put_beside(self.contacted_at, self.now_button, spacing=8)

        self.staff = QComboBox(self)
        self.staff.setObjectName("contactStaff")
        self.form.add("staff_id", self.tr("By"), self.staff)

        self.said = QPlainTextEdit(self)
        self.said.setObjectName("contactSaid")
        self.said.setTabChangesFocus(True)
        self.said.setFixedHeight(110)
        self.said.setPlaceholderText(self.tr("What you told them and what they told you"))
        self.form.add("said", self.tr("What was said"), self.said)

        self.agreed = QPlainTextEdit(self)
        self.agreed.setObjectName("contactAgreed")
        self.agreed.setTabChangesFocus(True)
        self.agreed.setFixedHeight(72)
        self.agreed.setPlaceholderText(self.tr("e.g. the mother takes the student to the hospital this week"))
        self.form.add("agreed", self.tr("What was agreed"), self.agreed, self.tr("Optional."))
        for name in FIELDS:
            self.form.error_for(name).setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer.addWidget(self.form)
        outer.addStretch(1)

        self.cancel_button, self.save_button = self.add_button_row(
            outer, self.tr("Save changes") if contact is not None else self.tr("Save contact"), self.save)
        self._fill_staff(contact)
        self._fill(contact if contact is not None else prefill or ContactStart())
        self._initial = self._snapshot()
        self.contact_name.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_height()  # the wrapped reminder and hints need their height at this width

    # -- filling ---------------------------------------------------------------------------------
    def _fill_staff(self, contact: Contact | None) -> None:
        try:
            choices = ContactService(self.session).staff_choices()
        except CounselRoomError:
            choices = []
        if contact is not None and all(i != contact.staff_id for i, _ in choices):
            choices.append((contact.staff_id or 0, contact.staff_name))
        for user_id, name in choices:
            self.staff.addItem(name, user_id)
        self.staff.setCurrentIndex(max(0, self.staff.findData(self.session.user.id)))
        self.staff.setEnabled(self.staff.count() > 1)

    def _fill(self, start: Contact | ContactStart) -> None:
        self.contacted_at.setDateTime(_qdatetime(start.contacted_at or self.session.wall_now()))
        self.contact_name.setText(start.contact_name)
        self.relation.setCurrentIndex(self.relation.findData(start.relation.value) if start.relation else -1)
        self.method.setCurrentIndex(self.method.findData(start.method.value) if start.method else -1)
        self.said.setPlainText(start.said)
        if isinstance(start, Contact):
            self.agreed.setPlainText(start.agreed)
            if self.staff.findData(start.staff_id) >= 0:
                self.staff.setCurrentIndex(self.staff.findData(start.staff_id))

    def _set_now(self) -> None:
        self.contacted_at.setDateTime(_qdatetime(self.session.wall_now()))

    # -- reading ---------------------------------------------------------------------------------
    def draft(self) -> ContactDraft:
        """What was typed; raises ``ValidationError`` at a choice not made yet."""
        relation, method = self.relation.currentData(), self.method.currentData()
        if relation is None:
            raise ValidationError("relation", "field.required")
        if method is None:
            raise ValidationError("method", "field.required")
        return ContactDraft(
            contact_name=self.contact_name.text(), relation=ContactRelation(relation), method=ContactMethod(method),
            contacted_at=py_datetime(self.contacted_at.dateTime()).replace(second=0, microsecond=0),
            said=self.said.toPlainText(), agreed=self.agreed.toPlainText(), staff_id=self.staff.currentData())

    def _snapshot(self) -> tuple:
        return (self.contact_name.text(), self.relation.currentIndex(), self.method.currentIndex(),
                self.said.toPlainText(), self.agreed.toPlainText())

    def is_dirty(self) -> bool:
        return self.saved_contact is None and self._snapshot() != self._initial

    # -- saving ----------------------------------------------------------------------------------
    def show_error(self, err: CounselRoomError) -> None:
        self.form.show_error(err)
        self.fit_height()  # room for the message under its field

    def save(self) -> None:
        self.form.clear_errors()
        try:
            draft = self.draft()
        except ValidationError as err:
            self.show_error(err)
            return
        service = ContactService(self.session)
        contact_id, link = self.contact_id, self.link
        try:
            if contact_id is not None:
                saved = with_reason(self, lambda reason: service.correct(contact_id, draft, reason=reason),
                                    self.show_error)
            else:
                saved = with_reason(self, lambda reason: service.record(link, draft, reason=reason),
                                    self.show_error)
        except Exception as exc:  # noqa: BLE001 - keep what was typed; report the fault
            self.form.banner.show_text(message("error"))
            report_unexpected(exc)
            return
        if saved is None:
            return
        self.saved_contact = saved
        self._discard_ok = True
        self.accept()

    def clear(self) -> None:
        """The records lock: forget the record and what was typed, close without asking."""
        self._discard_ok = True
        self.saved_contact = None
        self.about.clear()
        self.contact_name.clear()
        self.said.clear()
        self.agreed.clear()
        self.form.clear_errors()


def open_after_step(parent: QWidget | None, session: Session, crisis_id: int, about: str,
                    record: StepRecord) -> ContactDialog:
    """Offer, after a "guardian informed" step was saved as done, the contact dialog started from
    it; the step's owner (a case panel) tracks it so the lock empties and closes it."""
    dialog = ContactDialog(session, ContactLink(crisis_id=crisis_id), about, parent, prefill=start_from_step(record))
    opener = getattr(parent, "open_dialog", None)
    if callable(opener):
        opener(dialog)
    else:
        dialog.open()
    return dialog
