"""The activities log (活动记录, R22): lessons, talks, group guidance, parents' talks, training and
campaigns the room held, newest first, by school year, term or month and by kind.

Counsellors and the supervisor log activities; a counsellor changes those they logged or ran, the
supervisor any (``ActivityService.may_change`` says which, for the buttons). The selected entry's
files (a plan, a sign-in sheet scan) are shown from memory (audited) and may be printed or saved as
a copy, which the audit log records too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFrame, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QMessageBox,
    QSplitter, QVBoxLayout, QWidget,
)

from counselroom.domain.access import may_see_clinical
from counselroom.domain.activities import Activity, ActivityFile, ActivityKind
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.plural import plural
from counselroom.services.activities import ActivityService
from counselroom.services.session import Session
from counselroom.storage import files as stored_files
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.activity_dialog import ActivityDialog
from counselroom.ui.dialogs.consent_dialog import size_text
from counselroom.ui.dialogs.scan_viewer import ScanViewer
from counselroom.ui.labels import label_of
from counselroom.ui.messages import error_text
from counselroom.ui.models.activities_model import ActivitiesModel, attendance_text, audience_text, presenters_text
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import FRAME_BORDER, HINT_STYLE, PANEL_BG
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

FILE_ROLE = Qt.ItemDataRole.UserRole
WIDE_COLUMN_MAX = 170   # pixels: the audience and who ran it, in the table
FILES_WIDTH = 300       # pixels: the selected entry's files beside its facts
SAVE_FILTERS = {"application/pdf": "PDF (*.pdf)", "image/png": "PNG (*.png)", "image/jpeg": "JPEG (*.jpg *.jpeg)"}


# -- periods of a school year ------------------------------------------------------------------------
# The default boundaries of issue 16 §1 (上学期 September–January, 下学期 February–July, the school year
# September–August). When the supervisor's term setting exists (domain/periods.py), take them from it.
def school_year_of(day: date) -> int:
    """The year the school year containing ``day`` starts in."""
    return day.year if day.month >= 9 else day.year - 1


def _month_last(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def year_spans(year: int) -> list[tuple[str, date, date]]:
    """(key, first, last) of the school year starting in September of ``year``: the whole year, its
    two terms, then its twelve months."""
    spans = [("year", date(year, 9, 1), date(year + 1, 8, 31)),
             ("term1", date(year, 9, 1), date(year + 1, 1, 31)),
             ("term2", date(year + 1, 2, 1), date(year + 1, 7, 31))]
    for offset in range(12):
        month_year, month = year + (8 + offset) // 12, (8 + offset) % 12 + 1
        spans.append((f"{month_year}-{month:02d}", date(month_year, month, 1), _month_last(month_year, month)))
    return spans


def current_span(today: date) -> str:
    """The term ``today`` is in; in the summer (August), the whole school year."""
    if today.month >= 9 or today.month == 1:
        return "term1"
    return "term2" if today.month <= 7 else "year"


@dataclass(frozen=True)
class ActivitiesData:
    """What the page shows, gathered off the GUI thread."""

    activities: list[Activity]
    first_day: date | None
    people: list[tuple[int, str]]
    changeable: frozenset[int]


def gather_activities(session: Session, first: date, last: date, kind: ActivityKind | None) -> ActivitiesData:
    service = ActivityService(session)
    activities = service.in_period(first, last, kind=kind)
    return ActivitiesData(activities, service.first_day(), service.people(),
                          frozenset(a.id for a in activities if service.may_change(a)))


class ActivitiesPage(Page):
    key = "activities"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._people: list[tuple[int, str]] = []
        self._changeable: frozenset[int] = frozenset()
        self._shown: ActivitiesData | None = None
        self._years_from = school_year_of(ctx.session.today())
        layout = self.page_column(spacing=10)

        self.intro = hint_label(self.tr(
            "What the room did beyond individual counselling: lessons, talks, group guidance, parents' talks, "
            "training and campaigns, counted in the term and year reports. No client data is kept here."),
            self, "activitiesIntro")
        layout.addWidget(self.intro)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.year_box = self._combo("yearFilter")
        self.span_box = self._combo("periodFilter")
        self.kind_box = self._combo("kindFilter")
        self.kind_box.addItem(self.tr("All kinds"), None)
        for kind in ActivityKind:
            self.kind_box.addItem(label_of(kind), kind.value)
        for label, box in ((self.tr("School year"), self.year_box), (self.tr("Period"), self.span_box),
                           (self.tr("Kind"), self.kind_box)):
            caption = QLabel(label, self)
            caption.setBuddy(box)
            filters.addWidget(caption)
            filters.addWidget(box)
            filters.addSpacing(8)
        filters.addStretch(1)
        layout.addLayout(filters)
        self._fill_years(self._years_from)
        self._fill_spans(school_year_of(ctx.session.today()), current_span(ctx.session.today()))
        self.year_box.activated.connect(self._year_changed)
        self.span_box.activated.connect(self._filter_changed)
        self.kind_box.activated.connect(self._filter_changed)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.new_button = self.make_button("newActivity", self.tr("Log an activity…"),
                                           self.tr("Record a lesson, talk, training or campaign the room held"),
                                           self.new_activity)
        self.edit_button = self.make_button(
            "editActivity", self.tr("Change…"),
            self.tr("Change the selected entry (double-click it). You can change what you logged or ran; the "
                    "supervisor, any entry."), self.edit_selected)
        self.delete_button = self.make_button("deleteActivity", self.tr("Delete…"),
                                              self.tr("Delete the selected entry if it was logged by mistake"),
                                              self.delete_selected)
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("activitiesSummary")
        bar.addWidget(self.summary)
        layout.addLayout(bar)

        # The list takes the page's width (seven columns); the selected entry in full below it.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("activitiesSplitter")
        self.splitter.setChildrenCollapsible(False)
        top = QWidget(self.splitter)
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.setSpacing(6)
        self.model = ActivitiesModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("activitiesTable", self.proxy, top, sort_column=ActivitiesModel.DATE,
                                 order=Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        top_column.addWidget(self.table, 1)
        self.empty_hint = hint_label("", top, "activitiesEmpty")
        self.empty_hint.hide()
        top_column.addWidget(self.empty_hint)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self._detail_panel())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self.add_status_line(layout, "activitiesStatus", self._status_expired)
        self._show_detail(None)
        self._update_buttons()

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return box

    def _detail_panel(self) -> QWidget:
        """The selected entry: its title and facts on the left, its files on the right."""
        panel = QFrame(self.splitter)
        panel.setObjectName("activityDetail")
        panel.setStyleSheet(f"#activityDetail {{ background: {PANEL_BG}; border: 1px solid {FRAME_BORDER}; }}")
        row = QHBoxLayout(panel)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(20)
        text_column = QVBoxLayout()
        text_column.setSpacing(6)
        self.detail_title = QLabel(panel)
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        text_column.addWidget(self.detail_title)
        self.detail_text = QLabel(panel)
        self.detail_text.setObjectName("detailText")
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        text_column.addWidget(self.detail_text)
        text_column.addStretch(1)
        row.addLayout(text_column, 1)
        self.files_box = QWidget(panel)
        self.files_box.setFixedWidth(FILES_WIDTH)
        files_column = QVBoxLayout(self.files_box)
        files_column.setContentsMargins(0, 0, 0, 0)
        files_column.setSpacing(6)
        self.files_heading = self.section_label(self.tr("Files"))
        self.files_heading.setParent(self.files_box)
        files_column.addWidget(self.files_heading)
        self.files_list = QListWidget(self.files_box)
        self.files_list.setObjectName("activityFiles")
        self.files_list.currentRowChanged.connect(self._update_buttons)
        self.files_list.itemActivated.connect(lambda _item: self.view_file())
        files_column.addWidget(self.files_list, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.view_button = self.make_button("viewFile", self.tr("View"),
                                            self.tr("Show the selected file (recorded in the audit log)"),
                                            self.view_file)
        self.save_copy_button = self.make_button(
            "saveFileCopy", self.tr("Save a copy…"),
            self.tr("Write the selected file outside the encrypted records (recorded in the audit log)"),
            self.save_file_copy)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.save_copy_button)
        buttons.addStretch(1)
        files_column.addLayout(buttons)
        row.addWidget(self.files_box)
        return panel

    # -- Page ----------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Activities")

    @classmethod
    def allowed_for(cls, user) -> bool:
        # The counselling staff's work (R16): assistants keep to registration, appointments and duty.
        return may_see_clinical(user)

    def refresh(self) -> None:
        self._load()

    def clear_sensitive(self) -> None:
        self.close_dialogs()
        self.model.clear()
        self._shown = None
        self._people = []
        self._changeable = frozenset()
        self.summary.clear()
        self.empty_hint.clear()
        self.empty_hint.hide()
        self.status.clear()
        self._show_detail(None)
        self._update_buttons()

    def _status_expired(self) -> None:
        self.status.clear()

    # -- filters -------------------------------------------------------------------------------------------
    def _fill_years(self, earliest: int) -> None:
        """The school years from ``earliest`` to the current one, newest first, keeping the chosen one."""
        chosen = self.year_box.currentData()
        current = school_year_of(self.ctx.session.today())
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in range(current, min(earliest, current) - 1, -1):
            self.year_box.addItem(self.tr("{start}–{end} school year").format(start=year, end=year + 1), year)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(chosen if chosen is not None else current)))
        self.year_box.blockSignals(False)

    def _fill_spans(self, year: int, chosen: str) -> None:
        self.span_box.blockSignals(True)
        self.span_box.clear()
        names = {"year": self.tr("Whole school year"), "term1": self.tr("First term (Sep–Jan)"),
                 "term2": self.tr("Second term (Feb–Jul)")}
        for key, _first, _last in year_spans(year):
            if key in names:
                text = names[key]
            else:
                month_year, month = key.split("-")
                text = self.tr("{year}-{month}").format(year=month_year, month=month)
            self.span_box.addItem(text, key)
        self.span_box.setCurrentIndex(max(0, self.span_box.findData(chosen)))
        self.span_box.blockSignals(False)

    def chosen_period(self) -> tuple[date, date]:
        year = self.year_box.currentData()
        key = self.span_box.currentData()
        for span_key, first, last in year_spans(year):
            if span_key == key:
                return first, last
        raise AssertionError(key)

    def chosen_kind(self) -> ActivityKind | None:
        value = self.kind_box.currentData()
        return None if value is None else ActivityKind(value)

    def choose(self, *, year: int | None = None, span: str | None = None, kind: ActivityKind | None = None,
               all_kinds: bool = False) -> None:
        """Set the filters as a person would, then load."""
        if year is not None:
            self._fill_years(min(year, self._years_from))
            self.year_box.setCurrentIndex(self.year_box.findData(year))
            self._fill_spans(year, span or self.span_box.currentData())
        elif span is not None:
            self.span_box.setCurrentIndex(self.span_box.findData(span))
        if kind is not None or all_kinds:
            self.kind_box.setCurrentIndex(self.kind_box.findData(None if kind is None else kind.value))
        self._load()

    def _year_changed(self, _index: int) -> None:
        self._fill_spans(self.year_box.currentData(), self.span_box.currentData())
        self._load()

    def _filter_changed(self, _index: int) -> None:
        self._load()

    # -- loading -------------------------------------------------------------------------------------------
    def _load(self, select_id: int | None = None) -> None:
        first, last = self.chosen_period()
        kind = self.chosen_kind()
        keep = select_id if select_id is not None else self._selected_id()
        self.load(lambda session: gather_activities(session, first, last, kind),
                  lambda data: self._show(data, keep))

    def _show(self, data: ActivitiesData, select_id: int | None) -> None:
        if data == self._shown:
            # Coming back to the page with nothing new: rows, sort and column widths stay (refilling
            # and measuring a term's few hundred rows blocked the window ~60 ms).
            if select_id is not None:
                self.table.select_record(select_id)
            return
        self._shown = data
        self._people = data.people
        self._changeable = data.changeable
        if data.first_day is not None and school_year_of(data.first_day) < self._years_from:
            self._years_from = school_year_of(data.first_day)
            self._fill_years(self._years_from)
        self.model.set_rows(data.activities)
        self._size_columns()
        if select_id is None or not self.table.select_record(select_id):
            self.table.select_given_row(0)
        activities = data.activities
        lessons = sum(a.lessons for a in activities)
        attended = sum(a.attendance or 0 for a in activities)
        self.summary.setText(" · ".join((
            plural(len(activities), self.tr("{n} activity"), self.tr("{n} activities")).format(n=len(activities)),
            plural(lessons, self.tr("{n} period"), self.tr("{n} periods")).format(n=lessons),
            self.tr("{n} attended").format(n=attended))))
        self.empty_hint.setVisible(not activities)
        self.empty_hint.setText(self.tr("No activity logged in this period.") if not activities else "")
        self._show_detail(self.selected_activity())
        self._update_buttons()

    def _size_columns(self) -> None:
        """Short columns as wide as their text; the title takes what is left; the audience and who ran it
        at most ``WIDE_COLUMN_MAX`` (their tooltips and the detail panel have all of it)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActivitiesModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (ActivitiesModel.AUDIENCE, ActivitiesModel.PRESENTERS):
            if header.sectionSize(column) > WIDE_COLUMN_MAX:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, WIDE_COLUMN_MAX)

    # -- selection ---------------------------------------------------------------------------------------
    def selected_activity(self) -> Activity | None:
        return self.table.selected_record()

    def _selected_id(self) -> int | None:
        activity = self.selected_activity()
        return activity.id if activity else None

    def select_activity(self, activity_id: int) -> bool:
        return self.table.select_record(activity_id)

    def selected_file(self) -> ActivityFile | None:
        activity = self.selected_activity()
        row = self.files_list.currentRow()
        if activity is None or not 0 <= row < len(activity.files):
            return None
        return activity.files[row]

    def _selection_changed(self, *_args) -> None:
        self._show_detail(self.selected_activity())
        self._update_buttons()

    def _show_detail(self, activity: Activity | None) -> None:
        self.files_list.clear()
        if activity is None:
            self.detail_title.setText("")
            self.detail_text.setStyleSheet(HINT_STYLE)
            self.detail_text.setText(self.tr("Choose an entry to see it in full."))
            self.files_box.hide()
            return
        self.detail_title.setText(activity.title)
        self.detail_text.setStyleSheet("")
        lines = [self.tr("{date} · {kind}").format(date=activity.held_on.isoformat(), kind=label_of(activity.kind)),
                 self.tr("Audience: {audience}").format(audience=audience_text(activity)),
                 self.tr("Attended: {count}").format(count=attendance_text(activity)),
                 plural(activity.lessons, self.tr("Length: {n} period"), self.tr("Length: {n} periods")).format(
                     n=activity.lessons),
                 self.tr("Run by: {names}").format(names=presenters_text(activity) or "—")]
        if activity.notes:
            lines += ["", activity.notes]
        logged = activity.created_at.astimezone().date().isoformat() if activity.created_at else ""
        lines += ["", self.tr("Logged by {name} on {date}").format(name=activity.created_by_name or "—", date=logged)]
        self.detail_text.setText("\n".join(lines))
        for kept in activity.files:
            item = QListWidgetItem(self.tr("{name} ({size})").format(name=kept.name, size=size_text(kept.size)),
                                   self.files_list)
            item.setData(FILE_ROLE, kept.id)
            item.setToolTip(kept.name)
        self.files_box.setVisible(bool(activity.files))
        if activity.files:
            self.files_list.setCurrentRow(0)

    def _update_buttons(self, *_args) -> None:
        activity = self.selected_activity()
        changeable = activity is not None and activity.id in self._changeable and not self.ctx.session.locked
        self.edit_button.setEnabled(changeable)
        self.delete_button.setEnabled(changeable)
        has_file = self.selected_file() is not None
        self.view_button.setEnabled(has_file)
        self.save_copy_button.setEnabled(has_file)

    def _activated(self, _index) -> None:
        activity = self.selected_activity()
        if activity is not None and activity.id in self._changeable:
            self.edit_selected()

    # -- actions -------------------------------------------------------------------------------------------
    def _service(self) -> ActivityService:
        return ActivityService(self.ctx.session)

    def new_activity(self) -> None:
        dialog = ActivityDialog(self.ctx.session, None, self._people or None, self)
        dialog.accepted.connect(partial(self._saved, dialog, self.tr("Activity logged: {title}.")))
        self.open_dialog(dialog)

    def edit_selected(self) -> None:
        activity = self.selected_activity()
        if activity is None or activity.id not in self._changeable:
            return
        dialog = ActivityDialog(self.ctx.session, activity, self._people or None, self)
        dialog.accepted.connect(partial(self._saved, dialog, self.tr("Activity changed: {title}.")))
        self.open_dialog(dialog)

    def _saved(self, dialog: ActivityDialog, done: str) -> None:
        saved = dialog.result_value
        if saved is None:
            return
        first, last = self.chosen_period()
        kind = self.chosen_kind()
        if not first <= saved.held_on <= last or (kind is not None and saved.kind is not kind):
            # Show where it went: its term (or its school year in the summer) and every kind.
            self.kind_box.setCurrentIndex(0)
            year = school_year_of(saved.held_on)
            self._fill_years(min(year, self._years_from))
            self.year_box.setCurrentIndex(self.year_box.findData(year))
            self._fill_spans(year, current_span(saved.held_on))
        self._load(select_id=saved.id)
        self.show_done(done.format(title=saved.title))

    def delete_selected(self) -> None:
        activity = self.selected_activity()
        if activity is None or activity.id not in self._changeable:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete activity"),
            self.tr("Delete \"{title}\" of {date}, with its files? Delete only what was logged by mistake: the "
                    "reports count every entry.").format(title=activity.title, date=activity.held_on.isoformat()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._service().delete(activity.id)
        except CounselRoomError as err:
            self.show_error(err)
            self._load()
            return
        self._load()
        self.show_done(self.tr("Activity deleted: {title}.").format(title=activity.title))

    def _open_file(self) -> tuple[ActivityFile, bytes] | None:
        chosen = self.selected_file()
        if chosen is None:
            return None
        try:
            return self._service().open_file(chosen.id)
        except CounselRoomError as err:
            self.show_error(err)
            return None

    def view_file(self) -> ScanViewer | None:
        """Show the selected file from memory (audited); printing it is audited too."""
        opened = self._open_file()
        if opened is None:
            return None
        found, data = opened
        viewer = ScanViewer(parent=self, title=self.tr("Activity file"),
                            on_printed=partial(self._service().record_output, found.id, "print"))
        viewer.print_button.setToolTip(self.tr("Print a paper copy of the file (recorded in the audit log)"))
        viewer.hint.setText(self.tr("Ctrl + mouse wheel zooms. The file is shown from the encrypted records and "
                                    "is not saved anywhere."))
        viewer.load(found.name, found.mime, data)
        self._open_dialogs.track(viewer)
        viewer.show()
        viewer.raise_()
        return viewer

    def save_file_copy(self) -> str | None:
        """Write the selected file where the person chooses, after a warning; the copy is audited."""
        chosen = self.selected_file()
        if chosen is None:
            return None
        title = self.tr("Save a copy")
        answer = QMessageBox.warning(
            self, title,
            self.tr("The copy is saved outside the encrypted records, where anyone with the computer or the drive "
                    "can read it. A sign-in sheet carries names: keep the copy only as long as it is needed. "
                    "Saving it is recorded in the audit log."),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Ok:
            return None
        path, _ = QFileDialog.getSaveFileName(self, title, chosen.name, SAVE_FILTERS.get(chosen.mime, ""))
        if not path:
            return None
        opened = self._open_file()
        if opened is None:
            return None
        found, data = opened
        target = Path(path)
        try:
            stored_files.write_atomically(target, data, temp=target.with_name(f".{target.name}.partial"),
                                          quiet_folder=True)
        except OSError:
            QMessageBox.warning(self, title, self.tr("Nothing was saved: \"{path}\" could not be written.").format(
                path=path))
            return None
        try:
            self._service().record_output(found.id, "file")
        except CounselRoomError as err:
            QMessageBox.warning(self, title, error_text(err))
        self.show_done(self.tr("A copy of {name} was saved as {path}.").format(name=found.name, path=path))
        return path
