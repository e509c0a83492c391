"""Setting a screening campaign up (心理普查, issue 17 §1): its name, scales, the grades and classes it
screens, the students left out (excluded by the room, or opted out by their parents), its window and
the notice the school gave. The supervisor's; ``ScreeningService`` refuses anyone else.

The grades, classes and students come from the roster (the registered students), read on a worker
when the dialog opens: a school of a few thousand students is too much for the GUI thread.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit, QFrame, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from counselroom.domain.clients import ClientQuery, ClientType
from counselroom.domain.screening import NAME_MAX, Campaign, CampaignDraft, CampaignStatus, ClassRef, Student
from counselroom.domain.scale_definition import abbreviation
from counselroom.services.clients import ClientService
from counselroom.services.scales import ScaleService
from counselroom.services.screening import ScreeningService
from counselroom.services.session import Session
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.form_dialog import _FormDialog
from counselroom.ui.labels import screen_language
from counselroom.ui.models.screening_models import class_text
from counselroom.ui.page_loader import PageLoader
from counselroom.ui.qt_dates import py_date
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.search_matches import SearchMatches

DATE_FORMAT = "yyyy-MM-dd"
MATCHES_MAX = 12
ROSTER_MAX = 1_000_000        # every registered student: the roster is the scope
DEFAULT_WINDOW_DAYS = 14
ID_ROLE = Qt.ItemDataRole.UserRole


def roster(session: Session) -> list[Student]:
    """The active students of the roster, as campaigns list them (on a worker)."""
    found = ClientService(session).search(ClientQuery(client_type=ClientType.STUDENT, limit=ROSTER_MAX,
                                                      sort="name", descending=False))
    return [Student(c.id, c.name, c.student_no, c.grade, c.class_name) for c in found]


def student_text(student: Student) -> str:
    return " · ".join(p for p in (student.name, student.student_no, class_text(student.grade, student.class_name))
                      if p)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _class_key(class_name: str) -> tuple[int, str]:
    digits = "".join(ch for ch in class_name if ch.isdigit())
    return (int(digits) if digits else 1 << 30, class_name)


class FieldBox(QFrame):
    """A row holding several inputs: the red outline the form gives a field with a problem frames the
    box, not every input and label inside it."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)

    def setStyleSheet(self, sheet: str) -> None:
        super().setStyleSheet(f"#{self.objectName()} {{ {sheet} }}" if sheet else "")


class StudentList(QWidget):
    """Students chosen by name or number as one types, or pasted as a list of student numbers."""

    changed = Signal()
    #: student numbers pasted that are no student of the roster
    unknown = Signal(list)

    def __init__(self, name: str, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._roster: list[Student] = []
        self._by_id: dict[int, Student] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        heading = QLabel(title, self)
        heading.setStyleSheet("font-weight: 600;")
        column.addWidget(heading)
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Add: name or student no."))
        self.search.textEdited.connect(self._find)
        column.addWidget(self.search)
        self.matches = SearchMatches(self.search, f"{name}Matches", 96, self)
        self.matches.picked.connect(self._picked)
        column.addWidget(self.matches)
        self.chosen = QListWidget(self)
        self.chosen.setObjectName(f"{name}Chosen")
        self.chosen.setMinimumHeight(56)
        self.chosen.setMaximumHeight(80)
        column.addWidget(self.chosen, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.paste_button = QPushButton(self.tr("Paste numbers…"), self)
        self.paste_button.setObjectName(f"{name}Paste")
        self.paste_button.setAutoDefault(False)
        self.paste_button.setToolTip(self.tr("Paste a list of student numbers, e.g. copied from a spreadsheet"))
        self.paste_button.clicked.connect(self.ask_paste)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName(f"{name}Remove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.setFocusProxy(self.search)

    def set_roster(self, students: list[Student]) -> None:
        self._roster = students
        if not students:
            self._by_id = {}
        self._by_id.update((s.client_id, s) for s in students)
        for row in range(self.chosen.count()):     # ids chosen before the roster came: their names now
            item = self.chosen.item(row)
            found = self._by_id.get(item.data(ID_ROLE))
            if found is not None:
                item.setText(student_text(found))

    def ids(self) -> tuple[int, ...]:
        return tuple(self.chosen.item(row).data(ID_ROLE) for row in range(self.chosen.count()))

    def set_ids(self, ids: tuple[int, ...]) -> None:
        self.chosen.clear()
        for client_id in ids:
            self._add(client_id, emit=False)

    def _add(self, client_id: int, *, emit: bool = True) -> None:
        if client_id in self.ids():
            return
        student = self._by_id.get(client_id)
        item = QListWidgetItem(student_text(student) if student else self.tr("Student #{id} (not on the roster now)")
                               .format(id=client_id))
        item.setData(ID_ROLE, client_id)
        self.chosen.addItem(item)
        if emit:
            self.changed.emit()

    def add_student(self, student: Student) -> None:
        self._by_id.setdefault(student.client_id, student)
        self._add(student.client_id)

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.changed.emit()

    # -- search as one types --------------------------------------------------------------------------
    def _find(self, text: str) -> None:
        text = text.strip().lower()
        found = [s for s in self._roster if text and (text in s.name.lower() or text in s.student_no.lower())]
        self.matches.show_matches((student_text(student), student.client_id) for student in found[:MATCHES_MAX])

    def _picked(self, client_id: int) -> None:
        self._add(client_id)
        self.search.clear()
        self.matches.forget()

    # -- a pasted list ---------------------------------------------------------------------------------
    def ask_paste(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Paste student numbers"),
            self.tr("One or more student numbers, separated by lines, spaces or commas:"))
        if ok:
            self.paste(text)

    def paste(self, text: str) -> list[str]:
        """Add the students with these numbers; the numbers no student has are returned (and said)."""
        numbers = [n for n in re.split(r"[\s,;，；、]+", text) if n]
        by_number = {s.student_no: s for s in self._roster if s.student_no}
        unknown = []
        for number in dict.fromkeys(numbers):
            student = by_number.get(number)
            if student is None:
                unknown.append(number)
            else:
                self._add(student.client_id)
        if unknown:
            self.unknown.emit(unknown)
        return unknown


class ScopeTree(QTreeWidget):
    """The roster's grades and their classes, each with its number of students: a grade ticked whole
    is screened whole (its classes to come too), else the classes ticked."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("scope")
        self.setHeaderLabels([self.tr("Grade / class"), self.tr("Students")])
        self.setRootIsDecorated(True)
        self.setMinimumHeight(110)
        self.setMaximumHeight(170)
        self.setUniformRowHeights(True)
        self.itemChanged.connect(lambda *_: self.changed.emit())

    def fill(self, students: list[Student], grades: tuple[str, ...], classes: tuple[ClassRef, ...]) -> None:
        counts: dict[str, dict[str, int]] = {}
        for student in students:
            counts.setdefault(student.grade, {}).setdefault(student.class_name, 0)
            counts[student.grade][student.class_name] += 1
        for grade in grades:                      # chosen before and no student there now: still shown
            counts.setdefault(grade, {})
        for ref in classes:
            counts.setdefault(ref.grade, {}).setdefault(ref.class_name, 0)
        self.blockSignals(True)
        self.clear()
        chosen = set(classes)
        for grade in sorted(counts, key=lambda g: (g == "", g)):
            top = QTreeWidgetItem(self, [grade or self.tr("(no grade)"), str(sum(counts[grade].values()))])
            top.setData(0, ID_ROLE, grade)
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            for class_name in sorted(counts[grade], key=_class_key):
                child = QTreeWidgetItem(top, [class_name or self.tr("(no class)"), str(counts[grade][class_name])])
                child.setData(0, ID_ROLE, class_name)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                whole = grade in grades
                child.setCheckState(0, Qt.CheckState.Checked if whole or ClassRef(grade, class_name) in chosen
                                    else Qt.CheckState.Unchecked)
            if top.childCount() == 0:
                top.setCheckState(0, Qt.CheckState.Checked if grade in grades else Qt.CheckState.Unchecked)
        self.resizeColumnToContents(0)
        self.blockSignals(False)

    def _grades(self) -> list[QTreeWidgetItem]:
        return [item for i in range(self.topLevelItemCount()) if (item := self.topLevelItem(i)) is not None]

    @staticmethod
    def _classes(top: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        return [item for j in range(top.childCount()) if (item := top.child(j)) is not None]

    def choice(self) -> tuple[tuple[str, ...], tuple[ClassRef, ...]]:
        grades: list[str] = []
        classes: list[ClassRef] = []
        for top in self._grades():
            grade = top.data(0, ID_ROLE)
            state = top.checkState(0)
            if state == Qt.CheckState.Checked:
                grades.append(grade)
            elif state == Qt.CheckState.PartiallyChecked:
                classes += [ClassRef(grade, child.data(0, ID_ROLE)) for child in self._classes(top)
                            if child.checkState(0) == Qt.CheckState.Checked]
        return tuple(grades), tuple(classes)

    def students_in(self, students: list[Student]) -> int:
        grades, classes = self.choice()
        wanted = set(classes)
        return sum(1 for s in students if s.grade in grades or ClassRef(s.grade, s.class_name) in wanted)

    def check(self, grade: str, class_name: str | None = None) -> None:
        """Tick a grade whole, or one class of it (as a person clicks)."""
        for top in self._grades():
            if top.data(0, ID_ROLE) != grade:
                continue
            if class_name is None:
                top.setCheckState(0, Qt.CheckState.Checked)
                return
            for child in self._classes(top):
                if child.data(0, ID_ROLE) == class_name:
                    child.setCheckState(0, Qt.CheckState.Checked)
                    return


class CampaignDialog(_FormDialog):
    """A new campaign (``campaign`` None) or changes to one in set-up or open (not its scales once open)."""

    FIELD_MAP = {"scale_codes": "scales", "starts_on": "window", "ends_on": "window", "excluded": "left_out",
                 "opted_out": "left_out"}

    def __init__(self, ctx: AppContext, campaign: Campaign | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Change the campaign") if campaign else self.tr("New screening campaign"),
                         "campaignDialog", 780)
        self.ctx = ctx
        self.session = ctx.session
        self.campaign = campaign
        self.result_value: Campaign | None = None
        self._students: list[Student] = []
        self.loader = PageLoader(ctx, self)
        today = self.session.today()
        self.outer.addWidget(hint_label(self.tr(
            "Who is screened, with which scales, when, and what the school told students and parents. The "
            "campaign opens for answer sheets once the notice is entered; the scales cannot change after that."),
            self))

        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. 2026学年初一新生心理普查"))
        self.form.add("name", self.tr("Name"), self.name)

        self.scales = QListWidget(self)
        self.scales.setObjectName("scales")
        self.scales.setMaximumHeight(84)
        lang = screen_language()
        chosen = set(campaign.scale_codes) if campaign else set()
        for scale in ScaleService(self.session).library(latest_only=True):
            name = scale.definition.name.get(lang)
            short = abbreviation(name, scale.code)
            item = QListWidgetItem(self.tr("{name}, {items} items").format(
                name=name if short in name else f"{name} ({short})", items=len(scale.definition.items)),
                self.scales)
            item.setData(ID_ROLE, scale.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if scale.code in chosen else Qt.CheckState.Unchecked)
        scales_fixed = campaign is not None and campaign.status is not CampaignStatus.DRAFT
        self.scales.setEnabled(not scales_fixed)
        self.form.add("scales", self.tr("Scales"), self.scales,
                      self.tr("Sheets were scored with these scales: they no longer change.") if scales_fixed
                      else self.tr("From the scale library (the supervisor imports the school's licensed scales)."))
        self.scales.itemChanged.connect(self._scales_changed)

        self.scope = ScopeTree(self)
        self.scope_count = QLabel(self.tr("Reading the roster…"), self)
        self.scope_count.setObjectName("scopeCount")
        scope_box = FieldBox("scopeBox", self)
        scope_column = QVBoxLayout(scope_box)
        scope_column.setContentsMargins(0, 0, 0, 0)
        scope_column.setSpacing(4)
        scope_column.addWidget(self.scope)
        scope_column.addWidget(self.scope_count)
        self.form.add("scope", self.tr("Who"), scope_box)
        self.scope.changed.connect(self._show_count)

        window = FieldBox("windowBox", self)
        row = QHBoxLayout(window)
        row.setContentsMargins(0, 0, 0, 0)
        self.starts_on = self._date_edit("startsOn", campaign.starts_on if campaign else today)
        self.ends_on = self._date_edit("endsOn", campaign.ends_on if campaign
                                       else today + timedelta(days=DEFAULT_WINDOW_DAYS))
        row.addWidget(self.starts_on)
        row.addWidget(QLabel(self.tr("to"), window))
        row.addWidget(self.ends_on)
        row.addStretch(1)
        self.form.add("window", self.tr("Window"), window)

        self.notice = QPlainTextEdit(self)
        self.notice.setObjectName("notice")
        self.notice.setTabChangesFocus(True)
        self.notice.setMinimumHeight(56)
        self.notice.setMaximumHeight(72)
        self.notice.setPlaceholderText(self.tr(
            "e.g. 已于9月家长会及致家长的一封信告知；家长可于9月20日前书面申请不参加。"))
        self.form.add("notice", self.tr("Notice given"), self.notice,
                      self.tr("What the school told students and parents, and how parents could opt out. Needed "
                              "before the campaign opens."))

        left_out = FieldBox("leftOutBox", self)
        pair = QHBoxLayout(left_out)
        pair.setContentsMargins(2, 2, 2, 2)
        pair.setSpacing(12)
        self.excluded = StudentList("excluded", self.tr("Excluded by the room"), left_out)
        self.excluded.setToolTip(self.tr("e.g. on sick leave, absent, already in counselling"))
        self.opted_out = StudentList("optedOut", self.tr("Opted out by parents"), left_out)
        pair.addWidget(self.excluded, 1)
        pair.addWidget(self.opted_out, 1)
        self.form.add("left_out", self.tr("Left out"), left_out,
                      self.tr("Never screened; counted apart in the summary."))
        for chooser in (self.excluded, self.opted_out):
            chooser.unknown.connect(self._unknown_numbers)

        if campaign is not None:
            self.name.setText(campaign.name)
            self.notice.setPlainText(campaign.notice)
            self.excluded.set_ids(campaign.excluded)
            self.opted_out.set_ids(campaign.opted_out)
        self._finish(self.tr("Save changes") if campaign else self.tr("Create campaign"))
        self.scope.fill([], campaign.grades if campaign else (), campaign.classes if campaign else ())
        self._loaded = self._values()
        self.name.setFocus()
        self.loader.load(roster, self._show_roster, slot="roster", failed=self._roster_failed)

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setDate(_qdate(day))
        edit.setMinimumWidth(130)
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return edit

    # -- the roster, from the worker ----------------------------------------------------------------
    def _show_roster(self, students: list[Student]) -> None:
        self._students = students
        grades, classes = self.scope.choice() if self.scope.topLevelItemCount() else ((), ())
        if self.campaign is not None and not grades and not classes:
            grades, classes = self.campaign.grades, self.campaign.classes
        self.scope.fill(students, grades, classes)
        for chooser in (self.excluded, self.opted_out):
            chooser.set_roster(students)
        self._show_count()
        if not students:
            self.scope_count.setText(self.tr("No students are registered yet: import the roster on the Clients "
                                             "page first."))
        self._loaded = self._values()

    def _roster_failed(self, err) -> None:
        self.form.show_error(err)

    def _show_count(self) -> None:
        if not self._students:
            return
        self.scope_count.setText(self.tr("{n} students on the roster in the chosen grades and classes.").format(
            n=self.scope.students_in(self._students)))

    def _scales_changed(self, *_args) -> None:
        self.form.clear_field_error("scales")

    def _unknown_numbers(self, numbers: list[str]) -> None:
        self.form.show_field_error("left_out", self.tr("No student has the number {numbers}.").format(
            numbers=", ".join(numbers[:10]) + (" …" if len(numbers) > 10 else "")))
        self.fit_height()

    # -- the form -----------------------------------------------------------------------------------
    def scale_codes(self) -> tuple[str, ...]:
        return tuple(self.scales.item(i).data(ID_ROLE) for i in range(self.scales.count())
                     if self.scales.item(i).checkState() == Qt.CheckState.Checked)

    def draft(self) -> CampaignDraft:
        grades, classes = self.scope.choice()
        return CampaignDraft(name=self.name.text(), scale_codes=self.scale_codes(), grades=grades, classes=classes,
                             starts_on=py_date(self.starts_on.date()), ends_on=py_date(self.ends_on.date()),
                             notice=self.notice.toPlainText(), excluded=self.excluded.ids(),
                             opted_out=self.opted_out.ids())

    def _values(self) -> tuple:
        return (self.name.text(), self.scale_codes(), self.scope.choice(), self.starts_on.date(), self.ends_on.date(),
                self.notice.toPlainText(), self.excluded.ids(), self.opted_out.ids())

    def is_dirty(self) -> bool:
        return self._values() != self._loaded

    def attempt(self) -> Campaign:
        service = ScreeningService(self.session)
        if self.campaign is None:
            return service.create(self.draft())
        return service.update(self.campaign.id, self.draft())

    def clear(self) -> None:
        super().clear()
        self.loader.cancel()
        self.name.clear()
        self.notice.clear()
        self.scope.clear()
        self.excluded.set_ids(())
        self.opted_out.set_ids(())
        self.excluded.set_roster([])
        self.opted_out.set_roster([])
        self._students = []
