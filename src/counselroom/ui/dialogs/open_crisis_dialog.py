"""Opening a crisis by hand (issue 17 §5): someone reports a student at risk, who may never have visited.

The student is found among the registered clients (the roster import registers whole classes), or
registered here in a few fields; then who reported what, when, and how serious it is. The service
(``CrisisService.open_by_hand``) registers, opens the case and the crisis in one go.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMessageBox, QPlainTextEdit, QRadioButton, QWidget,
)

from counselroom.domain.clients import NAME_MAX, SHORT_MAX, Client, ClientDraft, ClientQuery, Gender, validate_client
from counselroom.domain.crisis import CRISIS_LEVELS, LINE_MAX, Crisis, CrisisReport, CrisisSource
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.visits import RiskLevel
from counselroom.services.clients import ClientService
from counselroom.services.crisis import CrisisService
from counselroom.services.permissions import Permissions
from counselroom.services.session import Session
from counselroom.ui.break_glass import with_reason
from counselroom.ui.dialogs.dialog_frame import dialog_column, dialog_form
from counselroom.ui.dialogs.guarded_dialog import GuardedDialog
from counselroom.ui.labels import label_of, risk_grade
from counselroom.ui.messages import field_label
from counselroom.ui.qt_dates import py_datetime
from counselroom.ui.widgets.client_picker import client_line
from counselroom.ui.widgets.form import row_box
from counselroom.ui.widgets.form_rows import put_beside
from counselroom.ui.widgets.hint_label import hint_label

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 30
ID_ROLE = Qt.ItemDataRole.UserRole
# The form rows of the registration shown here (the rest can be added on the client's page).
NEW_CLIENT_ROWS = ("name", "grade", "student_no", "guardian_name")
# Fields that share a row with another, so that the dialog fits a small laptop's screen: their
# errors go under that row.
SHARED_ROWS = {"gender": "name", "class_name": "grade", "guardian_contact": "guardian_name"}


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


class OpenCrisisDialog(GuardedDialog):
    """Who the student is, who reported what and when, and the level; saving opens the crisis."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.saved_crisis: Crisis | None = None
        self.chosen: Client | None = None
        self._found: dict[int, Client] = {}
        self.setObjectName("openCrisisDialog")
        self.setWindowTitle(self.tr("Open a crisis by hand"))
        self.setMinimumWidth(640)

        outer = dialog_column(self, spacing=10)
        outer.addWidget(hint_label(self.tr(
            "When a teacher, a parent or the student tells you of a risk, open the crisis here. It has the same "
            "steps as any crisis. It joins the client's open case you hold, or a new case is opened for it."), self))

        # -- the student ---------------------------------------------------------------
        # One form for the student and the report, so that their labels line up.
        self.form = dialog_form(self)
        choice = QWidget(self)
        line = QHBoxLayout(choice)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(16)
        self.registered = QRadioButton(self.tr("Registered already"), choice)
        self.registered.setObjectName("registeredClient")
        self.unregistered = QRadioButton(self.tr("Not registered: register now"), choice)
        self.unregistered.setObjectName("newClient")
        self._choice = QButtonGroup(self)
        for button in (self.registered, self.unregistered):
            self._choice.addButton(button)
            line.addWidget(button)
        line.addStretch(1)
        self.registered.setChecked(True)
        self.form.add("client", self.tr("Student"), choice)

        self.search = QLineEdit(self)
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(self.tr("Name, pinyin initials, case no. or class"))
        self.form.add("search", self.tr("Find"), self.search,
                     self.tr("Every student of an imported class list is registered already."))
        self.matches = QListWidget(self)
        self.matches.setObjectName("clientMatches")
        self.matches.setFixedHeight(96)
        self.matches.itemClicked.connect(self._pick)
        self.matches.itemActivated.connect(self._pick)
        self.form.add("matches", "", self.matches)
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("chosenClient")
        self.chosen_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen_label.setStyleSheet("font-weight: 600;")
        self.form.add("chosen", self.tr("Chosen"), self.chosen_label)

        self.name = self._line("name", NAME_MAX, self.tr("e.g. 王䶮"))
        self.form.add("name", field_label("name"), self.name)
        self.gender = QComboBox(self)
        self.gender.setObjectName("gender")
        self.gender.setToolTip(field_label("gender"))
        for g in (Gender.UNSPECIFIED, Gender.FEMALE, Gender.MALE, Gender.OTHER):
            self.gender.addItem(label_of(g), g.value)
        self.grade = self._line("grade", SHORT_MAX, self.tr("Grade, e.g. 初二"))
        self.form.add("grade", self.tr("Grade and class"), self.grade)
        self.class_name = self._line("className", SHORT_MAX, self.tr("Class, e.g. 3班"))
        self.student_no = self._line("studentNo", SHORT_MAX)
        self.form.add("student_no", field_label("student_no"), self.student_no)
        self.guardian_name = self._line("guardianName", NAME_MAX, self.tr("Name"))
        self.form.add("guardian_name", field_label("guardian_name"), self.guardian_name)
        self.guardian_contact = self._line("guardianContact", 24, self.tr("Phone, e.g. 138 0000 0000"))
        for first, beside in ((self.name, self.gender), (self.grade, self.class_name),
                              (self.guardian_name, self.guardian_contact)):
            first.setMinimumWidth(200)
            beside.setMinimumWidth(200)
            put_beside(first, beside)
        for name, row in SHARED_ROWS.items():
            self.form.watch(row, getattr(self, name))

        # -- the report ------------------------------------------------------------------
        self.source = QComboBox(self)
        self.source.setObjectName("source")
        for source in CrisisSource:
            self.source.addItem(label_of(source), source.value)
        self.form.add("source", self.tr("Reported by"), self.source)
        self.reporter = self._line("reporter", LINE_MAX, self.tr("e.g. 王老师, head teacher of 初二3班"))
        self.form.add("reporter", self.tr("Reporter"), self.reporter)
        self.reporter_contact = self._line("reporterContact", LINE_MAX, self.tr("Phone or how to reach them"))
        self.form.add("reporter_contact", self.tr("Reporter's contact"), self.reporter_contact)
        self.reported_at = QDateTimeEdit(self)
        self.reported_at.setObjectName("reportedAt")
        self.reported_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.reported_at.setCalendarPopup(True)
        self.reported_at.setDateTime(_qdatetime(session.wall_now()))
        self.reported_at.setMinimumWidth(170)
        self.form.add("reported_at", self.tr("When"), self.reported_at)
        self.risk = QComboBox(self)
        self.risk.setObjectName("risk")
        for level in reversed(CRISIS_LEVELS):
            self.risk.addItem(risk_grade(level), level.value)
        self.form.add("risk", self.tr("Risk"), self.risk)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("report")
        self.report.setTabChangesFocus(True)
        self.report.setFixedHeight(80)
        self.report.setPlaceholderText(self.tr("What was reported, in the reporter's words where it matters"))
        self.form.add("report", self.tr("What was reported"), self.report)

        self.counsellor = QComboBox(self)
        self.counsellor.setObjectName("counsellor")
        choices = Permissions(session).clinician_choices()
        for user_id, name in choices:
            self.counsellor.addItem(name, user_id)
        self.counsellor.setCurrentIndex(max(0, self.counsellor.findData(session.user.id)))
        self.form.add("counsellor", self.tr("Counsellor"), self.counsellor,
                      self.tr("Who holds the case and settles the steps."))
        self.form.layout_.setRowVisible(row_box(self.counsellor), len(choices) > 1)
        outer.addWidget(self.form)
        outer.addStretch(1)

        self.cancel_button, self.save_button = self.add_button_row(outer, self.tr("Open crisis"), self.save)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self._choice.buttonToggled.connect(self._switch)
        self.source.currentIndexChanged.connect(self._source_changed)
        self._switch()
        self._source_changed()
        self.search.setFocus()

    def _line(self, name: str, max_length: int, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(max_length + 10)   # the service names the limit; do not cut silently
        edit.setPlaceholderText(placeholder)
        return edit

    # -- the student -----------------------------------------------------------------------
    def _show_rows(self, names: tuple[str, ...], visible: bool) -> None:
        for name in names:
            self.form.layout_.setRowVisible(row_box(self.form.widget_for(name)), visible)

    def _switch(self, *_args) -> None:
        new = self.unregistered.isChecked()
        self._show_rows(("search", "matches", "chosen"), not new)
        self._show_rows(NEW_CLIENT_ROWS, new)
        self.form.clear_errors()
        (self.name if new else self.search).setFocus()
        self._fit()

    def _fit(self) -> None:
        """As tall as the rows shown (fewer or more after switching) and their messages need."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        self.resize(self.width(), max(needed, self.minimumSizeHint().height()))

    def _find(self) -> None:
        text = self.search.text().strip()
        self.matches.clear()
        if not text:
            return
        try:
            found = ClientService(self.session).search(ClientQuery(text=text, limit=SEARCH_LIMIT))
        except CounselRoomError as err:
            self.form.show_error(err)
            return
        for client in found:
            item = QListWidgetItem(client_line(client), self.matches)
            item.setData(ID_ROLE, client.id)
        self._found = {c.id: c for c in found}
        if not found:
            self.matches.addItem(self.tr("No registered client matches. Register the student instead."))
            self.matches.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def _pick(self, item: QListWidgetItem) -> None:
        client_id = item.data(ID_ROLE)
        if client_id is None:
            return
        self.chosen = self._found[client_id]
        self.chosen_label.setText(client_line(self.chosen))
        self.form.clear_field_error("client")

    def new_client(self) -> ClientDraft:
        return ClientDraft(name=self.name.text(), gender=Gender(self.gender.currentData()), grade=self.grade.text(),
                           class_name=self.class_name.text(), student_no=self.student_no.text(),
                           guardian_name=self.guardian_name.text(), guardian_contact=self.guardian_contact.text())

    # -- the report ---------------------------------------------------------------------------
    def _source_changed(self, *_args) -> None:
        # The student reporting themself needs no reporter's name.
        self.reporter.setEnabled(self.source.currentData() != CrisisSource.SELF.value)

    def crisis_report(self) -> CrisisReport:
        return CrisisReport(source=CrisisSource(self.source.currentData()), risk=RiskLevel(self.risk.currentData()),
                            report=self.report.toPlainText(), reported_at=py_datetime(self.reported_at.dateTime()),
                            reporter=self.reporter.text() if self.reporter.isEnabled() else "",
                            reporter_contact=self.reporter_contact.text())

    def is_dirty(self) -> bool:
        texts = (self.name, self.grade, self.class_name, self.student_no, self.guardian_name, self.guardian_contact,
                 self.reporter, self.reporter_contact)
        return self.saved_crisis is None and bool(
            any(edit.text().strip() for edit in texts) or self.report.toPlainText().strip() or self.chosen)

    # -- saving ----------------------------------------------------------------------------------
    def show_error(self, err: CounselRoomError) -> None:
        self.form.show_error(err, SHARED_ROWS)
        self._fit()

    def save(self) -> None:
        self.form.clear_errors()
        report = self.crisis_report()
        service = CrisisService(self.session)
        counsellor_id = self.counsellor.currentData()
        if self.unregistered.isChecked():
            draft = self.new_client()
            try:
                # Field problems first, then whether the student is registered after all.
                validate_client(draft, self.session.today())
                same = ClientService(self.session).possible_duplicates(draft)
            except CounselRoomError as err:
                self.show_error(err)
                return
            if same and not self._register_anyway(same):
                return
            saved = with_reason(self, lambda reason: service.open_by_hand(
                report, new_client=draft, counsellor_id=counsellor_id, reason=reason), self.show_error)
        else:
            chosen = self.chosen.id if self.chosen is not None else None
            saved = with_reason(self, lambda reason: service.open_by_hand(
                report, client_id=chosen, counsellor_id=counsellor_id, reason=reason), self.show_error)
        if saved is None:
            return
        self.saved_crisis = saved
        self._discard_ok = True
        self.accept()

    def _register_anyway(self, same: list[Client]) -> bool:
        listed = "\n".join(client_line(c) for c in same[:8])
        answer = QMessageBox.question(
            self, self.tr("Possibly registered already"),
            self.tr("These clients look like the same student:\n\n{clients}\n\nRegister a new client anyway? "
                    "Choose No to go back and find the student among the registered.").format(clients=listed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def clear(self) -> None:
        """The records lock: forget the student and what was typed; close without asking."""
        self._discard_ok = True
        self.saved_crisis = None
        self.chosen = None
        self._found = {}
        self.matches.clear()
        self.chosen_label.clear()
        for edit in (self.search, self.name, self.grade, self.class_name, self.student_no, self.guardian_name,
                     self.guardian_contact, self.reporter, self.reporter_contact):
            edit.clear()
        self.report.clear()
        self.form.clear_errors()
