"""Registering a client (来访者登记) or editing the registration."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
    QWidget,
)

from counselroom.domain.clients import (
    NAME_MAX, SHORT_MAX, Client, ClientDraft, ClientType, Gender, ReferralSource, age_on,
    validate_client,
)
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.services.clients import ClientService
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.dialog_frame import dialog_column
from counselroom.ui.dialogs.guarded_dialog import GuardedDialog
from counselroom.ui.labels import label_of
from counselroom.ui.messages import field_label as field_label_text
from counselroom.ui.messages import message
from counselroom.ui.qt_dates import py_date
from counselroom.ui.styles import HINT_STYLE
from counselroom.ui.widgets.form import Form, row_box, row_column
from counselroom.ui.widgets.hint_label import hint_label


def age_text(birth: date | None, today: date) -> str:
    age = age_on(birth, today)
    if age is None:
        return QCoreApplication.translate("ClientLabels", "Age unknown")
    return QCoreApplication.translate("ClientLabels", "{age} years").format(age=age)


# Domain field → the widget's object name.
OBJECT_NAMES = {
    "name": "name", "gender": "gender", "birth_date": "birthDate", "client_type": "clientType",
    "grade": "grade", "class_name": "className", "student_no": "studentNo", "contact": "contact",
    "guardian_name": "guardianName", "guardian_contact": "guardianContact",
    "referral_source": "referralSource", "referral_note": "referralNote", "notes": "notes",
}


class ClientFormDialog(GuardedDialog):
    """All registration fields; the service's errors appear at their field."""

    def __init__(self, service: ClientService, client: Client | None, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientForm")
        self._service = service
        self._client = client
        self._today = today
        self.saved_client: Client | None = None
        self.setWindowTitle(self.tr("Edit client {case_no}").format(case_no=client.case_no)
                            if client else self.tr("Register a client"))

        outer = dialog_column(self, spacing=10)
        heading = QLabel(self.windowTitle())
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        outer.addWidget(heading)
        outer.addWidget(hint_label(self.tr("Only the name is always required. A student needs a grade or a class; "
                                           "everything else can be added later.")))

        columns = QHBoxLayout()
        columns.setSpacing(28)
        self.left = Form(self)
        self.right = Form(self)
        self.forms = (self.left, self.right)
        columns.addWidget(self.left, 1)
        columns.addWidget(self.right, 1)
        outer.addLayout(columns, 1)

        # -- who ------------------------------------------------------------
        self.name = self._line("name", NAME_MAX, self.tr("e.g. 王䶮"))
        self.left.add("name", field_label_text("name"), self.name)
        self.gender = QComboBox(self)
        self.gender.setObjectName("gender")
        for g in (Gender.UNSPECIFIED, Gender.FEMALE, Gender.MALE, Gender.OTHER):
            self.gender.addItem(label_of(g), g.value)
        self.left.add("gender", field_label_text("gender"), self.gender)

        self.birth_date = QDateEdit(self)
        self.birth_date.setObjectName("birthDate")
        self.birth_date.setDisplayFormat("yyyy-MM-dd")
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.birth_date.setMinimumDate(QDate(today.year - 110, 1, 1))
        self.birth_date.setDate(QDate(today.year - 12, 1, 1))
        self.birth_unknown = QCheckBox(self.tr("Birth date unknown"), self)
        self.birth_unknown.setObjectName("birthUnknown")
        self.age_label = QLabel(self)
        self.age_label.setObjectName("ageLabel")
        self.age_label.setStyleSheet(HINT_STYLE)
        self.left.add("birth_date", field_label_text("birth_date"), self.birth_date)
        # Put the "unknown" box and the live age beside the date, inside the form's row.
        column = row_column(self.birth_date)
        column.removeWidget(self.birth_date)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.birth_date)
        row.addWidget(self.birth_unknown)
        row.addWidget(self.age_label)
        row.addStretch(1)
        column.insertLayout(0, row)

        self.client_type = QComboBox(self)
        self.client_type.setObjectName("clientType")
        for kind in ClientType:
            self.client_type.addItem(label_of(kind), kind.value)
        self.left.add("client_type", field_label_text("client_type"), self.client_type)
        self.grade = self._line("grade", SHORT_MAX, self.tr("e.g. 初二"))
        self.left.add("grade", field_label_text("grade"), self.grade)
        self.class_name = self._line("className", SHORT_MAX, self.tr("e.g. 3班"))
        self.left.add("class_name", field_label_text("class_name"), self.class_name,
                      hint=" ")
        self.class_hint = self._hint_of(self.class_name)
        self.student_no = self._line("studentNo", SHORT_MAX)
        self.left.add("student_no", field_label_text("student_no"), self.student_no,
                      hint=self.tr("Optional; helps to recognise the same student in a list."))

        # -- contact and referral -------------------------------------------
        self.contact = self._line("contact", 24, self.tr("e.g. 138 0000 0000"))
        self.right.add("contact", field_label_text("contact"), self.contact)
        self.guardian_name = self._line("guardianName", NAME_MAX)
        self.right.add("guardian_name", field_label_text("guardian_name"), self.guardian_name)
        self.guardian_contact = self._line("guardianContact", 24)
        self.right.add("guardian_contact", field_label_text("guardian_contact"), self.guardian_contact)
        self.referral_source = QComboBox(self)
        self.referral_source.setObjectName("referralSource")
        for source in ReferralSource:
            self.referral_source.addItem(label_of(source), source.value)
        self.right.add("referral_source", field_label_text("referral_source"), self.referral_source)
        self.referral_note = self._line("referralNote", 2000,
                                        self.tr("e.g. who referred and why, in a few words"))
        self.right.add("referral_note", field_label_text("referral_note"), self.referral_note)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        self.right.add("notes", field_label_text("notes"), self.notes,
                       hint=self.tr("Registration notes only; session notes belong in the visit records."))

        self.cancel_button, self.save_button = self.add_button_row(
            outer, self.tr("Save") if client else self.tr("Register"), self.submit,
            action_name="saveClient", cancel_name="cancelClient")

        if client is not None:
            self._fill(client.draft)
        else:
            self.birth_unknown.setChecked(True)
        self.birth_date.dateChanged.connect(self._date_edited)
        self.birth_unknown.toggled.connect(self._update_age)
        self.client_type.currentIndexChanged.connect(self._update_type_hint)
        self._update_age()
        self._update_type_hint()
        self._initial = self.draft()
        self.resize(980, 600)
        self.name.setFocus()

    # -- building ---------------------------------------------------------------
    def _line(self, object_name: str, max_length: int, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(object_name)
        edit.setMaxLength(max_length + 10)  # the service names the limit; do not cut silently
        edit.setPlaceholderText(placeholder)
        return edit

    @staticmethod
    def _hint_of(widget: QWidget) -> QLabel:
        labels = [w for w in row_box(widget).findChildren(QLabel)
                  if w.styleSheet() == HINT_STYLE]
        return labels[-1]

    def _fill(self, draft: ClientDraft) -> None:
        self.name.setText(draft.name)
        self.gender.setCurrentIndex(self.gender.findData(draft.gender.value))
        if draft.birth_date is None:
            self.birth_unknown.setChecked(True)
        else:
            d = draft.birth_date
            self.birth_date.setDate(QDate(d.year, d.month, d.day))
            self.birth_unknown.setChecked(False)
        self.client_type.setCurrentIndex(self.client_type.findData(draft.client_type.value))
        self.grade.setText(draft.grade)
        self.class_name.setText(draft.class_name)
        self.student_no.setText(draft.student_no)
        self.contact.setText(draft.contact)
        self.guardian_name.setText(draft.guardian_name)
        self.guardian_contact.setText(draft.guardian_contact)
        self.referral_source.setCurrentIndex(self.referral_source.findData(draft.referral_source.value))
        self.referral_note.setText(draft.referral_note)
        self.notes.setPlainText(draft.notes)

    # -- live feedback ------------------------------------------------------------
    def _date_edited(self, *_args) -> None:
        self.birth_unknown.setChecked(False)
        self._update_age()

    def _update_age(self, *_args) -> None:
        self.birth_date.setEnabled(not self.birth_unknown.isChecked())
        self.age_label.setText(age_text(self._birth(), self._today))

    def _update_type_hint(self, *_args) -> None:
        if self.client_type.currentData() == ClientType.STUDENT.value:
            self.class_hint.setText(self.tr("Students: enter the grade or the class (or both)."))
        else:
            self.class_hint.setText(self.tr("Optional for parents and staff."))

    def _birth(self) -> date | None:
        if self.birth_unknown.isChecked():
            return None
        return py_date(self.birth_date.date())

    def draft(self) -> ClientDraft:
        return ClientDraft(
            name=self.name.text(), gender=Gender(self.gender.currentData()), birth_date=self._birth(),
            client_type=ClientType(self.client_type.currentData()), grade=self.grade.text(),
            class_name=self.class_name.text(), student_no=self.student_no.text(),
            contact=self.contact.text(), guardian_name=self.guardian_name.text(),
            guardian_contact=self.guardian_contact.text(),
            referral_source=ReferralSource(self.referral_source.currentData()),
            referral_note=self.referral_note.text(), notes=self.notes.toPlainText())

    def is_dirty(self) -> bool:
        return self.saved_client is None and self.draft() != self._initial

    # -- errors -----------------------------------------------------------------
    def show_error(self, err: CounselRoomError) -> None:
        for form in self.forms:
            form.clear_errors()
        target = self.left
        if isinstance(err, ValidationError):
            for form in self.forms:
                try:
                    form.widget_for(err.field)
                except KeyError:
                    continue
                target = form
                break
        target.show_error(err)

    # -- saving -------------------------------------------------------------------
    def submit(self) -> None:
        draft = self.draft()
        try:
            if self._client is None:
                # Field problems first: no point asking about duplicates of a draft that cannot be saved.
                validate_client(draft, self._today)
                same = self._service.possible_duplicates(draft)
                if same and not self._confirm_duplicates(same):
                    return
                client = self._service.register(draft)
            else:
                client = self._service.update(self._client.id, draft)
        except CounselRoomError as err:
            self.show_error(err)
            return
        except Exception as exc:  # noqa: BLE001 - keep the typed text; report the fault
            for form in self.forms:
                form.clear_errors()
            self.left.banner.show_text(message("error"))
            report_unexpected(exc)
            return
        self.saved_client = client
        self.accept()

    def _confirm_duplicates(self, same: list[Client]) -> bool:
        listed = "\n".join(
            f"{c.case_no}  {c.name}  {' '.join(p for p in (c.grade, c.class_name) if p)}".rstrip()
            for c in same[:8])
        answer = QMessageBox.question(
            self, self.tr("Possibly registered already"),
            self.tr("These clients look like the same person:\n\n{clients}\n\n"
                    "Register a new client anyway? Choose No to go back and check.").format(clients=listed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def clear(self) -> None:
        """The records locked: forget every value and allow closing without asking."""
        self._discard_ok = True
        self._client = None
        for edit in (self.name, self.grade, self.class_name, self.student_no, self.contact,
                     self.guardian_name, self.guardian_contact, self.referral_note):
            edit.clear()
        self.notes.clear()
        for form in self.forms:
            form.clear_errors()
