"""Dialogs of the attention register (重点关注, R20): put a student on it or edit the entry, change the
level (with the reason), record a review, take the student off (with the reason)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget,
)

from counselroom.domain.care_register import (
    CONCERN_MAX, HEAD_TEACHER_MAX, Entry, EntryDraft, Level, LevelWording, ReasonCategory, Source,
)
from counselroom.domain.clients import Client, ClientQuery
from counselroom.domain.errors import CounselRoomError
from counselroom.services.care_register import CareRegisterService
from counselroom.services.clients import ClientService
from counselroom.services.permissions import Permissions
from counselroom.services.session import Session
from counselroom.ui.dialogs.form_dialog import ProblemShown, _FormDialog
from counselroom.ui.labels import label_of
from counselroom.ui.messages import error_text
from counselroom.ui.models.register_model import level_text
from counselroom.ui.qt_dates import py_date
from counselroom.ui.widgets.client_picker import client_line
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.search_matches import SearchMatches

DATE_FORMAT = "yyyy-MM-dd"
MATCHES_MAX = 20


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(name: str, parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(_qdate(day))
    edit.setMinimumWidth(150)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def _text_edit(name: str, parent: QWidget, placeholder: str, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(height)
    return edit


def _combo(name: str, parent: QWidget, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for text, value in items:
        combo.addItem(text, value)
    return combo


def level_combo(parent: QWidget, wording: LevelWording, name: str = "level") -> QComboBox:
    return _combo(name, parent, [(level_text(level, wording), level) for level in Level])


class _StudentChooser(QWidget):
    """A registered client found as one types, or a student registered here and now (the client
    registration form, so the student becomes a client like any other)."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self.client: Client | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("studentSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, pinyin initials or case no."))
        self.search.textEdited.connect(self._find)
        row.addWidget(self.search, 1)
        self.new_button = QPushButton(self.tr("Register a new student…"), self)
        self.new_button.setObjectName("registerStudent")
        self.new_button.setAutoDefault(False)
        self.new_button.setToolTip(self.tr("A student who is not a client yet: register them first"))
        self.new_button.clicked.connect(self._register)
        row.addWidget(self.new_button)
        column.addLayout(row)
        self.matches = SearchMatches(self.search, "studentMatches", 110, self)
        self.matches.picked.connect(self.choose)
        column.addWidget(self.matches)
        self.setFocusProxy(self.search)

    def _find(self, text: str) -> None:
        self.client = None
        text = text.strip()
        if not text:
            self.matches.forget()
            return
        try:
            found = ClientService(self._session).search(ClientQuery(text=text, limit=MATCHES_MAX))
        except CounselRoomError as err:
            found = []
            self.search.setToolTip(error_text(err))
        self.matches.show_matches((client_line(client), client) for client in found)

    def choose(self, client: Client) -> None:
        self.client = client
        self.search.setText(client_line(client))
        self.matches.forget()

    def _register(self) -> None:
        from counselroom.ui.dialogs.client_form import ClientFormDialog

        form = ClientFormDialog(ClientService(self._session), None, self._session.today(), self)
        if form.exec() and form.saved_client is not None:
            self.choose(form.saved_client)


class RegisterEntryDialog(_FormDialog):
    """Put a student on the register (``entry`` None), or edit an entry's details. ``student``: (client id,
    how to name them) when the student is known already (from a crisis), else the dialog asks."""

    FIELD_MAP = {"client": "client", "responsible_id": "responsible"}

    def __init__(self, session: Session, wording: LevelWording, *, entry: Entry | None = None,
                 student: tuple[int, str] | None = None, source: Source = Source.COUNSELLOR, source_ref: str = "",
                 level: Level = Level.LEVEL2, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Edit register entry") if entry else self.tr("Add to the attention register"),
                         "registerEntryDialog", 620)
        self.session = session
        self.service = CareRegisterService(session)
        self.entry = entry
        self._source_ref = source_ref
        self.result_value: Entry | None = None
        today = session.today()

        self.student: _StudentChooser | None = None
        if entry is not None:
            self.outer.addWidget(hint_label(self.tr("{student} · {level}. The level changes with Change level…, "
                                                    "with its reason.").format(
                student=entry.client_name, level=level_text(entry.level, wording)), self))
        elif student is not None:
            self.outer.addWidget(hint_label(self.tr("Student: {student}").format(student=student[1]), self))
        else:
            self.student = self.form.add("client", self.tr("Student"), _StudentChooser(session, self))
        self._student = student

        self.level: QComboBox | None = None
        self.source: QComboBox | None = None
        if entry is None:
            self.level = self.form.add("level", self.tr("Level"), level_combo(self, wording),
                                       self.tr("The first level is the most serious."))
            self.level.setCurrentIndex(self.level.findData(level))
            self.source = self.form.add("source", self.tr("Source"),
                                        _combo("source", self, [(label_of(s), s) for s in Source]))
            self.source.setCurrentIndex(self.source.findData(source))
        self.reason = self.form.add("reason_category", self.tr("Reason"),
                                    _combo("reasonCategory", self, [(label_of(r), r) for r in ReasonCategory]))
        self.concern = QLineEdit(self)
        self.concern.setObjectName("concern")
        self.concern.setMaxLength(CONCERN_MAX)
        self.concern.setPlaceholderText(self.tr("In a few words: what was noticed"))
        self.form.add("concern", self.tr("Concern"), self.concern)
        self.responsible = self.form.add("responsible", self.tr("Responsible counsellor"),
                                         _combo("responsible", self, list(
                                             (name, uid) for uid, name in Permissions(session).clinician_choices())))
        self.head_teacher = QLineEdit(self)
        self.head_teacher.setObjectName("headTeacher")
        self.head_teacher.setMaxLength(HEAD_TEACHER_MAX)
        self.head_teacher.setPlaceholderText(self.tr("e.g. 陈老师"))
        self.form.add("head_teacher", self.tr("Head teacher (班主任)"), self.head_teacher)
        self.plan = self.form.add("plan", self.tr("Plan (一生一策)"), _text_edit(
            "plan", self, self.tr("Who does what, how often: talks, contact with the family and the head teacher…")))
        first = entry.next_review if entry and entry.next_review else self.service.next_review_default(level)
        self.next_review = self.form.add("next_review", self.tr("Next review"),
                                         _date_edit("nextReview", self, max(first, today)),
                                         self.tr("It appears in Follow-ups and on Today when it falls due."))
        self.next_review.setMinimumDate(_qdate(today))
        if entry is not None:
            self.reason.setCurrentIndex(self.reason.findData(entry.reason_category))
            self.concern.setText(entry.concern)
            if self.responsible.findData(entry.responsible_id) < 0:
                self.responsible.addItem(entry.responsible_name, entry.responsible_id)
            self.responsible.setCurrentIndex(self.responsible.findData(entry.responsible_id))
            self.head_teacher.setText(entry.head_teacher)
            self.plan.setPlainText(entry.plan)
        else:
            self.responsible.setCurrentIndex(max(0, self.responsible.findData(session.user.id)))
            if self.level is not None:
                self.level.currentIndexChanged.connect(self._level_changed)
        self._loaded = self._values()
        self._finish(self.tr("Save changes") if entry else self.tr("Add to the register"))
        (self.student or self.concern).setFocus()

    def _level_changed(self, _index: int) -> None:
        # A more serious level is looked at sooner, unless a date was chosen already.
        if self.level is not None and self._values()[-1] == self._loaded[-1]:
            self.next_review.setDate(_qdate(self.service.next_review_default(Level(self.level.currentData()))))
            self._loaded = self._values()

    def _values(self) -> tuple:
        return (self.student.search.text() if self.student else "", self.reason.currentIndex(),
                self.concern.text(), self.responsible.currentIndex(), self.head_teacher.text(),
                self.plan.toPlainText(), self.next_review.date())

    def is_dirty(self) -> bool:
        return self._values() != self._loaded

    def draft(self) -> EntryDraft:
        # Qt hands a text enum back as its text.
        level = self.entry.level if self.entry else Level(self.level.currentData()) if self.level else Level.LEVEL2
        return EntryDraft(level=level, reason_category=ReasonCategory(self.reason.currentData()),
                          responsible_id=self.responsible.currentData(), concern=self.concern.text(),
                          head_teacher=self.head_teacher.text(), plan=self.plan.toPlainText(),
                          next_review=py_date(self.next_review.date()))

    def attempt(self) -> Entry:
        if self.entry is not None:
            return self.service.update(self.entry.id, self.draft())
        client_id = self._student[0] if self._student else self.student.client.id if (
            self.student and self.student.client) else None
        if client_id is None:
            self.form.show_field_error("client", self.tr("Choose the student, or register a new one."))
            self.fit_height()
            raise ProblemShown
        source = Source(self.source.currentData()) if self.source else Source.COUNSELLOR
        return self.service.add(client_id, self.draft(), source, source_ref=self._source_ref)


class ChangeLevelDialog(_FormDialog):
    """A new level, and why (kept in the entry's history)."""

    def __init__(self, session: Session, entry: Entry, wording: LevelWording, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Change level"), "changeLevelDialog", 480)
        self.service = CareRegisterService(session)
        self.entry = entry
        self.result_value: Entry | None = None
        self.outer.addWidget(hint_label(self.tr("{student}, now {level}.").format(
            student=entry.client_name, level=level_text(entry.level, wording)), self))
        self.level = self.form.add("level", self.tr("New level"), level_combo(self, wording))
        others = [i for i in range(self.level.count()) if self.level.itemData(i) != entry.level]
        self.level.setCurrentIndex(others[0])
        self.reason = self.form.add("reason", self.tr("Why"), _text_edit(
            "reason", self, self.tr("What changed: a review, a report, an event…"), 70))
        self._finish(self.tr("Change level"))
        self.reason.setFocus()

    def is_dirty(self) -> bool:
        return bool(self.reason.toPlainText().strip())

    def attempt(self) -> Entry:
        return self.service.change_level(self.entry.id, Level(self.level.currentData()), self.reason.toPlainText())


class RegisterReviewDialog(_FormDialog):
    """A review (复评): when, what was found, when to look again."""

    def __init__(self, session: Session, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Record a review"), "registerReviewDialog", 500)
        self.service = CareRegisterService(session)
        self.entry = entry
        self.result_value: Entry | None = None
        today = session.today()
        self.outer.addWidget(hint_label(self.tr("Review of {student}.").format(student=entry.client_name), self))
        self.reviewed_on = self.form.add("reviewed_on", self.tr("Reviewed on"), _date_edit("reviewedOn", self, today))
        self.reviewed_on.setMaximumDate(_qdate(today))
        self.note = self.form.add("note", self.tr("Findings"), _text_edit(
            "note", self, self.tr("How the student is doing; whether the plan still fits"), 90))
        self.next_review = self.form.add(
            "next_review", self.tr("Next review"),
            _date_edit("nextReview", self, self.service.next_review_default(entry.level)),
            self.tr("To change the level or take the student off, close this and use those buttons."))
        self.next_review.setMinimumDate(_qdate(today))
        self._finish(self.tr("Save review"))
        self.note.setFocus()

    def is_dirty(self) -> bool:
        return bool(self.note.toPlainText().strip())

    def attempt(self) -> Entry:
        return self.service.review(self.entry.id, py_date(self.reviewed_on.date()), self.note.toPlainText(),
                                   py_date(self.next_review.date()))


class RegisterExitDialog(_FormDialog):
    """Take the student off the register, saying why."""

    def __init__(self, session: Session, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Take off the register"), "registerExitDialog", 480)
        self.service = CareRegisterService(session)
        self.entry = entry
        self.result_value: Entry | None = None
        self.reason = self.form.add("reason", self.tr("Why"), _text_edit(
            "reason", self, self.tr("e.g. stable for two months, graduated, moved school"), 70),
            self.tr("The entry and its history stay; {student} can be added again later.").format(
                student=entry.client_name))
        self._finish(self.tr("Take off"))
        self.reason.setFocus()

    def is_dirty(self) -> bool:
        return bool(self.reason.toPlainText().strip())

    def attempt(self) -> Entry:
        return self.service.exit(self.entry.id, self.reason.toPlainText())
