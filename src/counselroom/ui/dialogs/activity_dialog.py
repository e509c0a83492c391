"""Logging an activity of the room (活动记录, R22), or changing one: what, when, for whom, how many,
how long, who ran it, notes and files (a plan, a sign-in sheet scan) kept encrypted in the records.

What the service refuses is shown at its field and what was typed stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget,
)

from counselroom.domain.activities import (
    ATTENDANCE_MAX, COUNTED_IN_LESSONS, DETAIL_MAX, LESSONS_MAX, PRESENTER_MAX, TITLE_MAX, Activity, ActivityDraft,
    ActivityKind, Audience,
)
from counselroom.domain.errors import ValidationError
from counselroom.services.activities import ActivityService
from counselroom.services.session import Session
from counselroom.ui.dialogs.consent_dialog import read_scan, scan_file_filter, size_text
from counselroom.ui.dialogs.form_dialog import _FormDialog
from counselroom.ui.labels import label_of
from counselroom.ui.qt_dates import py_date
from counselroom.ui.widgets.form import row_box, row_column
from counselroom.ui.widgets.hint_label import hint_label

DATE_FORMAT = "yyyy-MM-dd"
NOT_COUNTED = -1          # the attendance box's first value, shown as "Not counted"
PRESENTER_COLUMNS = 4
FILE_ROLE = Qt.ItemDataRole.UserRole

#: The audience a kind of activity is usually for (a new entry follows the kind until the audience is chosen).
USUAL_AUDIENCE = {ActivityKind.LESSON: Audience.CLASS, ActivityKind.GROUP: Audience.CLASS,
                  ActivityKind.LECTURE: Audience.GRADE, ActivityKind.PARENTS: Audience.PARENTS,
                  ActivityKind.PEER_TRAINING: Audience.OTHER, ActivityKind.CAMPAIGN: Audience.WHOLE_SCHOOL,
                  ActivityKind.TEACHER_TRAINING: Audience.TEACHERS, ActivityKind.OTHER: Audience.OTHER}


@dataclass(frozen=True)
class _File:
    """A file in the list: one kept already (``file_id``) or one chosen now (``data``)."""
    name: str
    size: int
    file_id: int | None = None
    data: bytes | None = None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ActivityDialog(_FormDialog):
    """A new entry of the activities log (``activity`` None) or a change to one.

    ``people``: (id, name) of the staff who may be named as having run it (the page gathered them);
    None asks the service. ``result_value`` is the saved activity once accepted."""

    def __init__(self, session: Session, activity: Activity | None = None,
                 people: list[tuple[int, str]] | None = None, parent: QWidget | None = None) -> None:
        editing = activity is not None
        super().__init__(parent, "", "activityDialog", 640)
        self.setWindowTitle(self.tr("Change an activity") if editing else self.tr("Log an activity"))
        self.session = session
        self.service = ActivityService(session)
        self.activity = activity
        self.result_value: Activity | None = None
        self._audience_chosen = editing
        self._files: list[_File] = [_File(f.name, f.size, file_id=f.id) for f in activity.files] if activity else []
        self._removed: list[int] = []
        today = session.today()

        self.outer.addWidget(hint_label(self.tr(
            "No client data: name no student and write nothing anyone confided. Counselling of registered "
            "clients, in a group too, is recorded as a visit."), self, "activityIntro"))

        self.held_on = QDateEdit(self)
        self.held_on.setObjectName("heldOn")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat(DATE_FORMAT)
        self.held_on.setMaximumDate(_qdate(today))   # a log of what took place
        self.held_on.setDate(_qdate(activity.held_on if activity else today))
        self.held_on.setMinimumWidth(150)
        self.held_on.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form.add("held_on", self.tr("Date"), self.held_on)

        # Beside the date: a choice from a list, never refused, so it needs no message line of its own.
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in ActivityKind:
            self.kind.addItem(label_of(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData((activity.kind if activity else ActivityKind.LESSON).value))
        self.kind.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        kind_label = QLabel(self.tr("Kind"), self)
        kind_label.setBuddy(self.kind)
        self._in_line(self.held_on, self.held_on, kind_label, self.kind, spacing=12)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("e.g. 认识情绪, 考前减压, 如何与青春期孩子沟通"))
        self.title_edit.setText(activity.title if activity else "")
        self.form.add("title", self.tr("Title"), self.title_edit)

        self.audience = QComboBox(self)
        self.audience.setObjectName("audience")
        for audience in Audience:
            self.audience.addItem(label_of(audience), audience.value)
        self.audience.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.audience_detail = QLineEdit(self)
        self.audience_detail.setObjectName("audienceDetail")
        self.audience_detail.setMaxLength(DETAIL_MAX)
        self.audience_detail.setText(activity.audience_detail if activity else "")
        self.form.add("audience_detail", self.tr("Audience"), self.audience_detail)
        self._in_line(self.audience_detail, self.audience, self.audience_detail, stretch=1)
        self.form.watch("audience_detail", self.audience)
        self._set_audience(activity.audience if activity else USUAL_AUDIENCE[ActivityKind.LESSON])
        self.audience.activated.connect(self._audience_picked)
        self.kind.currentIndexChanged.connect(self._kind_changed)

        self.attendance = QSpinBox(self)
        self.attendance.setObjectName("attendance")
        self.attendance.setRange(NOT_COUNTED, ATTENDANCE_MAX)
        self.attendance.setSpecialValueText(self.tr("Not counted"))
        self.attendance.setValue(NOT_COUNTED if activity is None or activity.attendance is None
                                 else activity.attendance)
        self.attendance.setMinimumWidth(130)
        self.attendance.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form.add("attendance", self.tr("Attended"), self.attendance,
                      self.tr("Leave \"Not counted\" where nobody counted."))

        self.lessons = QSpinBox(self)
        self.lessons.setObjectName("lessons")
        self.lessons.setRange(0, LESSONS_MAX)
        self.lessons.setValue(activity.lessons if activity else 1)
        self.lessons.setMinimumWidth(130)
        self.lessons.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.lessons.setToolTip(self.tr("The rules count in class periods (课时): a lesson for every class every "
                                        "two weeks, at least 10 periods of teacher training a year."))
        self.form.add("lessons", self.tr("Class periods"), self.lessons,
                      self.tr("课时, as the rules count them; 0 where there are none (a campaign)."))

        self.presenters = QWidget(self)
        self.presenters.setObjectName("presenters")
        grid = QGridLayout(self.presenters)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.presenter_boxes: dict[int, QCheckBox] = {}
        chosen = set(activity.presenter_ids) if activity else {session.user.id}
        staff = list(self.service.people() if people is None else people)
        if activity is not None:   # a colleague who has left since stays on the entries they ran
            known = {person_id for person_id, _ in staff}
            staff += [(i, n) for i, n in zip(activity.presenter_ids, activity.presenter_names) if i not in known]
        for position, (person_id, name) in enumerate(staff):
            box = QCheckBox(name, self.presenters)
            box.setObjectName(f"presenter{person_id}")
            box.setChecked(person_id in chosen)
            self.presenter_boxes[person_id] = box
            grid.addWidget(box, position // PRESENTER_COLUMNS, position % PRESENTER_COLUMNS)
        grid.setColumnStretch(PRESENTER_COLUMNS, 1)
        self.form.add("presenters", self.tr("Run by"), self.presenters)

        self.outside_presenter = QLineEdit(self)
        self.outside_presenter.setObjectName("outsidePresenter")
        self.outside_presenter.setMaxLength(PRESENTER_MAX)
        self.outside_presenter.setPlaceholderText(self.tr("Name and where from, e.g. 张医生, 市精神卫生中心"))
        self.outside_presenter.setText(activity.outside_presenter if activity else "")
        self.form.add("outside_presenter", self.tr("From outside"), self.outside_presenter)
        self.form.watch("presenters", self.outside_presenter)

        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        self.notes.setPlaceholderText(self.tr("What was done, materials used, how it went. No names of students."))
        self.notes.setPlainText(activity.notes if activity else "")
        self.form.add("notes", self.tr("Notes"), self.notes)

        self.files_list = QListWidget(self)
        self.files_list.setObjectName("files")
        self.files_list.setFixedHeight(64)
        self.files_list.currentRowChanged.connect(self._update_file_buttons)
        self.add_file_button = QPushButton(self.tr("Add file…"), self)
        self.add_file_button.setObjectName("addFile")
        self.add_file_button.setToolTip(self.tr("A plan, a sign-in sheet scan: PDF, PNG or JPEG"))
        self.add_file_button.setAutoDefault(False)
        self.add_file_button.clicked.connect(self.choose_file)
        self.remove_file_button = QPushButton(self.tr("Remove"), self)
        self.remove_file_button.setObjectName("removeFile")
        self.remove_file_button.setToolTip(self.tr("Do not keep the selected file with this entry"))
        self.remove_file_button.setAutoDefault(False)
        self.remove_file_button.clicked.connect(self.remove_selected_file)
        self.form.add("attachment", self.tr("Files"), self.files_list, self.tr(
            "Kept encrypted in the records. Afterwards delete the scanner's copy of the file."))
        file_buttons = QVBoxLayout()
        file_buttons.setSpacing(4)
        file_buttons.addWidget(self.add_file_button)
        file_buttons.addWidget(self.remove_file_button)
        file_buttons.addStretch(1)
        line = QHBoxLayout()
        line.setSpacing(10)
        column = row_column(self.files_list)
        column.removeWidget(self.files_list)
        line.addWidget(self.files_list, 1)
        line.addLayout(file_buttons)
        column.insertLayout(0, line)
        self._show_files()

        self._finish(self.tr("Save changes") if editing else self.tr("Save activity"))
        self.form.error_for("attachment").setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._loaded = self._values()
        (self.title_edit if editing else self.held_on).setFocus()

    # -- layout ----------------------------------------------------------------------------------
    @staticmethod
    def _in_line(field: QWidget, *widgets: QWidget, stretch: int = 0, spacing: int = 8) -> None:
        """``widgets`` on one line of ``field``'s form row; the row's hint and error stay below."""
        box = row_box(field)
        column = row_column(field)
        column.removeWidget(field)
        line = QHBoxLayout()
        line.setSpacing(spacing)
        for widget in widgets:
            widget.setParent(box)
            line.addWidget(widget, stretch if widget is field else 0)
        if not stretch:
            line.addStretch(1)
        column.insertLayout(0, line)

    # -- the audience follows the kind until it is chosen ---------------------------------------------
    def _set_audience(self, audience: Audience) -> None:
        self.audience.setCurrentIndex(self.audience.findData(audience.value))
        self.audience_detail.setPlaceholderText({
            Audience.GRADE: self.tr("Which grade, e.g. 初一年级"),
            Audience.CLASS: self.tr("Which class, e.g. 初二(3)班 (one class an entry)"),
            Audience.PARENTS: self.tr("Optional, e.g. 初三家长"),
            Audience.TEACHERS: self.tr("Optional, e.g. 全体班主任"),
            Audience.WHOLE_SCHOOL: self.tr("Optional"),
            Audience.OTHER: self.tr("Who, e.g. 各班心理委员"),
        }[audience])

    def _audience_picked(self, _index: int) -> None:
        self._audience_chosen = True
        self._set_audience(Audience(self.audience.currentData()))

    def _kind_changed(self, _index: int) -> None:
        kind = ActivityKind(self.kind.currentData())
        if not self._audience_chosen:
            self._set_audience(USUAL_AUDIENCE[kind])
        if kind in COUNTED_IN_LESSONS and self.lessons.value() == 0:
            self.lessons.setValue(1)

    # -- files -------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file to keep with the entry"), "",
                                              scan_file_filter())
        if path:
            self.add_file(path)

    def add_file(self, path: str) -> bool:
        """Take the file at ``path`` into memory; a wrong one is explained at the field."""
        self.form.clear_field_error("attachment")
        try:
            name, data = read_scan(path)
        except ValidationError as err:
            self.form.show_error(err, self.FIELD_MAP)
            self.fit_height()
            return False
        except OSError:
            self.form.show_field_error("attachment", self.tr("The file cannot be read: {path}").format(path=path))
            self.fit_height()
            return False
        self._files.append(_File(name, len(data), data=data))
        self._show_files()
        self.files_list.setCurrentRow(len(self._files) - 1)
        return True

    def remove_selected_file(self) -> None:
        row = self.files_list.currentRow()
        if not 0 <= row < len(self._files):
            return
        gone = self._files.pop(row)
        if gone.file_id is not None:
            self._removed.append(gone.file_id)
        self._show_files()

    def _show_files(self) -> None:
        self.files_list.clear()
        for kept in self._files:
            # the size never splits over two lines
            item = QListWidgetItem(self.tr("{name} ({size})").format(
                name=kept.name, size=size_text(kept.size).replace(" ", "\u00a0")), self.files_list)
            item.setData(FILE_ROLE, kept.file_id)
            item.setToolTip(kept.name)
        self._update_file_buttons()

    def _update_file_buttons(self, *_args) -> None:
        self.remove_file_button.setEnabled(0 <= self.files_list.currentRow() < len(self._files))

    def files(self) -> list[tuple[str, int]]:
        """(name, size) of the files the entry will have once saved."""
        return [(f.name, f.size) for f in self._files]

    # -- saving ----------------------------------------------------------------------------------------
    def draft(self) -> ActivityDraft:
        attendance = self.attendance.value()
        return ActivityDraft(
            held_on=py_date(self.held_on.date()), kind=ActivityKind(self.kind.currentData()),
            title=self.title_edit.text(), audience=Audience(self.audience.currentData()),
            audience_detail=self.audience_detail.text(),
            attendance=None if attendance == NOT_COUNTED else attendance, lessons=self.lessons.value(),
            presenter_ids=tuple(i for i, box in self.presenter_boxes.items() if box.isChecked()),
            outside_presenter=self.outside_presenter.text(), notes=self.notes.toPlainText())

    def attempt(self) -> Activity:
        draft = self.draft()
        new_files = [(f.name, f.data) for f in self._files if f.data is not None]
        if self.activity is None:
            return self.service.record(draft, files=new_files)
        return self.service.update(self.activity.id, draft, add_files=new_files, remove_files=self._removed)

    def save(self) -> None:
        if self.activity is not None and not self.is_dirty():   # nothing changed: nothing to write or audit
            self._discard_ok = True
            self.result_value = self.activity
            self.accept()
            return
        super().save()

    # -- what was typed ---------------------------------------------------------------------------------
    def _values(self) -> tuple:
        return (self.draft(), tuple((f.name, f.size, f.file_id) for f in self._files))

    def is_dirty(self) -> bool:
        return self._values() != self._loaded

    def clear(self) -> None:
        """The records lock: forget what was typed and chosen, and close without asking."""
        super().clear()
        self.title_edit.clear()
        self.audience_detail.clear()
        self.outside_presenter.clear()
        self.notes.clear()
        self._files = []
        self._removed = []
        self._show_files()
        self.result_value = None
