"""Recording an informed consent (知情同意, R9) with its scanned signed form, and withdrawing one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QWidget,
)

from counselroom.domain.cases import Case
from counselroom.domain.consent import (
    ATTACHMENT_MAX_BYTES, Consent, ConsentDraft, ConsentGiver, ConsentKind, attachment_type,
)
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.services.consent import ConsentService
from counselroom.services.session import Session
from counselroom.ui.break_glass import with_reason
from counselroom.ui.dialogs.dialog_frame import dialog_column, dialog_form
from counselroom.ui.dialogs.guarded_dialog import GuardedDialog
from counselroom.ui.labels import label_of
from counselroom.ui.styles import HINT_STYLE
from counselroom.ui.widgets.form import Form, row_column
from counselroom.ui.widgets.hint_label import hint_label

DATE_FORMAT = "yyyy-MM-dd"
# service field -> form row
RECORD_FIELDS = {"given_on": "givenOn", "scope": "scope", "limits_explained": "limitsExplained",
                 "attachment": "attachment", "case": "appliesTo", "given_by": "givenBy"}
WITHDRAW_FIELDS = {"withdrawn_on": "withdrawnOn", "withdrawal_note": "note"}


# -- labels ---------------------------------------------------------------------------------
def size_text(size: int) -> str:
    """A file size the way people read it: 850 KB, 2.4 MB."""
    if size < 1024 * 1024:
        return QCoreApplication.translate("ConsentLabels", "{kb} KB").format(kb=max(1, round(size / 1024)))
    return QCoreApplication.translate("ConsentLabels", "{mb} MB").format(mb=f"{size / 2**20:.1f}")


def scan_file_filter() -> str:
    return ";;".join((QCoreApplication.translate("ConsentLabels", "Scans (*.pdf *.png *.jpg *.jpeg)"),
                      QCoreApplication.translate("ConsentLabels", "All files (*)")))


def read_scan(path: str) -> tuple[str, bytes]:
    """The chosen file into memory, checked by the same rule the service applies.

    Reads at most one byte more than is allowed, so a huge file is refused without
    being loaded. Raises ValidationError (field ``attachment``) or OSError.
    """
    with open(path, "rb") as fh:
        data = fh.read(ATTACHMENT_MAX_BYTES + 1)
    attachment_type(data)
    return Path(path).name, data


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(name: str, parent: QWidget, today: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(_qdate(today))
    edit.setMaximumDate(_qdate(today))  # it has happened already
    edit.setMinimumWidth(150)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


class _ToggleLabel(QLabel):
    """A wrapping label for a check box: clicking it ticks the box."""

    def __init__(self, box: QCheckBox, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._box.toggle()
            self._box.setFocus()
        super().mousePressEvent(event)


class _ConsentDialogBase(GuardedDialog):
    """What both dialogs share: growing to fit their messages, and asking before typed text is thrown away."""

    form: Form   # each dialog builds its own

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        # a timer of the dialog's own: it dies with the dialog
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self.fit_height)

    def is_dirty(self) -> bool:
        raise NotImplementedError

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_timer.start()   # once the window has its width

    def _show_form_error(self, err: CounselRoomError, fields: dict[str, str]) -> None:
        self.form.show_error(err, fields)
        self.fit_height()


class ConsentDialog(_ConsentDialogBase):
    """Record a consent of the case's client: what, by whom, when, its scope and the signed form."""

    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case = case
        self.saved_consent: Consent | None = None
        self._scan: tuple[str, bytes] | None = None
        today = session.today()
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Record informed consent"))
        self.setMinimumWidth(580)

        outer = dialog_column(self)
        outer.addWidget(hint_label(self.tr("Record the consent once it was given on the signed form. Consent is "
                                           "informed only after the limits of confidentiality (保密例外) were "
                                           "explained."), self))

        self.form = dialog_form(self)

        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in ConsentKind:
            self.kind.addItem(label_of(kind), kind.value)
        self.kind.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form.add("kind", self.tr("Consent to"), self.kind)

        self.given_by = QComboBox(self)
        self.given_by.setObjectName("givenBy")
        self.given_by.setPlaceholderText(self.tr("Choose who signed"))
        for giver in ConsentGiver:
            self.given_by.addItem(label_of(giver), giver.value)
        self.given_by.setCurrentIndex(-1)
        self.given_by.setMinimumContentsLength(12)
        self.given_by.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form.add("givenBy", self.tr("Given by"), self.given_by,
                      self.tr("For a minor student, the guardian signs; record the student's own consent too."))

        self.given_on = _date_edit("givenOn", self, today)
        self.form.add("givenOn", self.tr("Signed on"), self.given_on)

        self.applies_to = QComboBox(self)
        self.applies_to.setObjectName("appliesTo")
        self.applies_to.addItem(self.tr("This case (case {number})").format(number=case.number), case.id)
        self.applies_to.addItem(self.tr("All of the client's cases"), None)
        self.applies_to.setCurrentIndex(0)
        self.applies_to.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form.add("appliesTo", self.tr("Applies to"), self.applies_to)

        self.scope = QPlainTextEdit(self)
        self.scope.setObjectName("scope")
        self.scope.setTabChangesFocus(True)
        self.scope.setFixedHeight(80)
        self.scope.setPlaceholderText(self.tr("What was agreed, e.g. individual counselling, weekly, six sessions"))
        self.form.add("scope", self.tr("Scope"), self.scope)

        # A check box's own text does not wrap: the box and a wrapping label that toggles it.
        self.limits_explained = QCheckBox(self)
        self.limits_explained.setObjectName("limitsExplained")
        self.limits_label = limits_label = _ToggleLabel(self.limits_explained, self.tr(
            "The limits of confidentiality (保密例外) were explained: risk to the client or to others, "
            "and what the law requires to be reported"), self)
        self.limits_explained.setAccessibleName(limits_label.text())
        self.form.add("limitsExplained", self.tr("Confidentiality"), self.limits_explained)
        limits_row = QHBoxLayout()
        limits_row.setSpacing(6)
        column = row_column(self.limits_explained)
        column.removeWidget(self.limits_explained)
        limits_row.addWidget(self.limits_explained, 0, Qt.AlignmentFlag.AlignTop)
        limits_row.addWidget(limits_label, 1)
        column.insertLayout(0, limits_row)

        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.setObjectName("chooseScan")
        self.choose_button.setToolTip(self.tr("The scan or photo of the signed form: PDF, PNG or JPEG"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        self.form.add("attachment", self.tr("Signed form"), self.choose_button,
                      self.tr("Kept encrypted in the records. Afterwards delete the scanner's copy of the file."))
        self.scan_label = hint_label(self.tr("No file chosen (it can be attached later)."), self, "scanLabel")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeScan")
        self.remove_button.setToolTip(self.tr("Do not attach the chosen file"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_file)
        self.remove_button.hide()
        file_row = QHBoxLayout()
        file_row.setSpacing(10)
        column = row_column(self.choose_button)
        column.removeWidget(self.choose_button)
        file_row.addWidget(self.choose_button, 0)
        file_row.addWidget(self.scan_label, 1)
        file_row.addWidget(self.remove_button, 0)
        column.insertLayout(0, file_row)

        outer.addWidget(self.form)
        for name in RECORD_FIELDS.values():
            self.form.error_for(name).setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer.addStretch(1)
        self.cancel_button, self.save_button = self.add_button_row(outer, self.tr("Save consent"), self.save)
        self.given_by.setFocus()

    # -- the scanned form ----------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the scan of the signed form"), "",
                                              scan_file_filter())
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> bool:
        """Take the file at ``path`` into memory; a wrong one is explained at the field."""
        self.form.clear_errors()
        try:
            self._scan = read_scan(path)
        except ValidationError as err:
            self.remove_file()
            self._show_form_error(err, RECORD_FIELDS)
            return False
        except OSError:
            self.remove_file()
            self.form.show_field_error("attachment", self.tr("The file cannot be read: {path}").format(path=path))
            self.fit_height()
            return False
        name, data = self._scan
        self.scan_label.setStyleSheet("")
        # the size never splits over two lines
        size = size_text(len(data)).replace(" ", "\u00a0")
        self.scan_label.setText(self.tr("{name} ({size})").format(name=name, size=size))
        self.scan_label.setToolTip(path)
        self.remove_button.show()
        self.fit_height()
        return True

    def remove_file(self) -> None:
        self._scan = None
        self.scan_label.setStyleSheet(HINT_STYLE)
        self.scan_label.setText(self.tr("No file chosen (it can be attached later)."))
        self.scan_label.setToolTip("")
        self.remove_button.hide()

    @property
    def chosen_file(self) -> tuple[str, int] | None:
        return None if self._scan is None else (self._scan[0], len(self._scan[1]))

    # -- saving -----------------------------------------------------------------------------
    def _draft(self) -> ConsentDraft | None:
        self.form.clear_errors()
        giver = self.given_by.currentData()
        if giver is None:
            self.form.show_field_error("givenBy", self.tr("Choose who gave the consent."))
            self.fit_height()
            return None
        return ConsentDraft(kind=ConsentKind(self.kind.currentData()), given_by=ConsentGiver(giver), given_on=_py_date(self.given_on.date()),
                            scope=self.scope.toPlainText(), limits_explained=self.limits_explained.isChecked(),
                            case_id=self.applies_to.currentData())

    def save(self) -> None:
        draft = self._draft()
        if draft is None:
            return
        service = ConsentService(self.session)
        scan = self._scan
        saved = with_reason(self, lambda reason: service.record(self.case.client_id, draft, attachment=scan,
                                                                reason=reason), self._show_error)
        if saved is None:
            return
        self.saved_consent = saved
        self._discard_ok = True
        self.accept()

    def _show_error(self, err: CounselRoomError) -> None:
        self._show_form_error(err, RECORD_FIELDS)

    def is_dirty(self) -> bool:
        return bool(self.scope.toPlainText().strip()) or self._scan is not None

    def clear(self) -> None:
        """The records are locking: forget what was typed and chosen, and close without asking."""
        self._discard_ok = True
        self.scope.clear()
        self.remove_file()
        self.limits_explained.setChecked(False)
        self.given_by.setCurrentIndex(-1)
        self.form.clear_errors()
        self.saved_consent = None


class WithdrawDialog(_ConsentDialogBase):
    """Withdraw a consent: when, and a note. The consent stays on record, marked withdrawn."""

    def __init__(self, session: Session, consent: Consent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.consent = consent
        self.saved_consent: Consent | None = None
        self.setObjectName("withdrawDialog")
        self.setWindowTitle(self.tr("Withdraw consent"))
        self.setMinimumWidth(520)

        outer = dialog_column(self)
        what = QLabel(self.tr("Consent to {kind} · given by {giver} · signed on {date}").format(
            kind=label_of(consent.kind), giver=label_of(consent.given_by),
            date=consent.given_on.isoformat()), self)
        what.setObjectName("withdrawWhat")
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: 600;")
        outer.addWidget(what)
        outer.addWidget(hint_label(self.tr("A withdrawal cannot be undone. The consent stays in the record, marked "
                                           "withdrawn; record a new consent if it is given again."), self))

        self.form = dialog_form(self)
        self.withdrawn_on = _date_edit("withdrawnOn", self, session.today())
        self.withdrawn_on.setMinimumDate(_qdate(consent.given_on))
        self.form.add("withdrawnOn", self.tr("Withdrawn on"), self.withdrawn_on)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.note.setPlaceholderText(self.tr("Who withdrew it and how, e.g. the mother by phone"))
        self.form.add("note", self.tr("Note"), self.note)
        for name in WITHDRAW_FIELDS.values():
            self.form.error_for(name).setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer.addWidget(self.form)
        outer.addStretch(1)
        self.cancel_button, self.save_button = self.add_button_row(outer, self.tr("Withdraw consent"), self.save)
        self.note.setFocus()

    def save(self) -> None:
        self.form.clear_errors()
        note = self.note.toPlainText()
        try:
            saved = ConsentService(self.session).withdraw(self.consent.id, _py_date(self.withdrawn_on.date()), note)
        except CounselRoomError as err:
            self._show_form_error(err, WITHDRAW_FIELDS)
            return
        self.saved_consent = saved
        self._discard_ok = True
        self.accept()

    def is_dirty(self) -> bool:
        return bool(self.note.toPlainText().strip())

    def clear(self) -> None:
        """The records are locking: forget the note and close without asking."""
        self._discard_ok = True
        self.note.clear()
        self.form.clear_errors()
        self.saved_consent = None
