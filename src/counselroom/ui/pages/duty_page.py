"""Duty log (值班记录, R11): who is on duty in the room, the week's open hours against the minimum.

One big button starts and ends one's duty; while on duty the visitors and notes are
kept up to date on the page. A shift that was not clicked is added afterwards. The
week's open hours (two people on duty at once count once) are drawn against the
room's minimum (a supervisor setting, at least 10 hours: 每周不少于10小时). The
supervisor sees every shift and notes, corrects any shift with a reason, and prints
the month for the file.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit, QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget,
)

from counselroom.domain.duty import VISITORS_MAX, Correction, DutyMonth, DutyShift, DutyWeek, Entry, monday_of
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.plural import plural
from counselroom.services.duty import DutyService
from counselroom.services.printing import PrintService
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.duty_dialogs import (
    CorrectShiftDialog, EndShiftDialog, PastShiftDialog, WithdrawShiftDialog, shift_text,
)
from counselroom.ui.messages import error_text
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.pages.base import Page
from counselroom.ui.printing import print_pdf, save_pdf
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.duty_week_chart import DutyWeekChart, duration_text, hours_text, weekday_short
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

TICK_MS = 15_000
ON_DUTY_INK = QColor("#1e7d32")
WARNING_INK = QColor("#b3261e")
QUIET_INK = QColor("#80868b")
PANEL_STYLE = "#{name} {{ background: #ffffff; border: 1px solid #e3e0d8; border-radius: 8px; }}"
START_STYLE = ("QPushButton#dutyButton { background: #1e7d32; color: white; font-size: 14pt; font-weight: 600; "
               "border-radius: 6px; padding: 10px 24px; } QPushButton#dutyButton:focus { border: 2px solid #0d4f1c; }")
END_STYLE = ("QPushButton#dutyButton { background: #b3261e; color: white; font-size: 14pt; font-weight: 600; "
             "border-radius: 6px; padding: 10px 24px; } QPushButton#dutyButton:focus { border: 2px solid #5c1411; }")
FORGOTTEN_STYLE = ("#dutyForgotten { background: #fff4e0; border: 1px solid #f0c36d; border-radius: 6px; }"
                   " #dutyForgotten QLabel { color: #7a4a00; }")


def entry_label(shift: DutyShift) -> str:
    base = (QCoreApplication.translate("DutyLabels", "Entered afterwards") if shift.entry is Entry.AFTERWARDS
            else QCoreApplication.translate("DutyLabels", "Live"))
    if shift.corrections:
        return QCoreApplication.translate("DutyLabels", "{how}, corrected").format(how=base)
    return base


class ShiftsModel(RowsModel):
    DAY, WHO, FROM, TO, LENGTH, VISITORS, HOW, NOTES = range(8)

    def __init__(self, now: datetime, parent=None) -> None:
        super().__init__(parent)
        self.now = now

    def set_shifts(self, shifts: list[DutyShift], now: datetime) -> None:
        self.now = now
        self.set_rows(shifts)

    def set_now(self, now: datetime) -> None:
        self.now = now
        if self._rows:
            self.dataChanged.emit(self.index(0, self.TO), self.index(len(self._rows) - 1, self.LENGTH))

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Day"), self.tr("On duty"), self.tr("From"), self.tr("Until"), self.tr("Length"),
                self.tr("Visitors"), self.tr("Recorded"), self.tr("Events and notes"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        shift, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(shift, col)
        if role == SORT_ROLE:
            if col in (self.DAY, self.FROM):
                return shift.started_at.isoformat()
            if col == self.TO:
                return shift.ended_at.isoformat() if shift.ended_at else "9"
            if col == self.LENGTH:
                return shift.minutes(self.now)
            if col == self.VISITORS:
                return shift.visitors
            return self._text(shift, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.LENGTH, self.VISITORS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.TO and shift.is_open:
                return QBrush(WARNING_INK if shift.forgotten(self.now.date()) else ON_DUTY_INK)
            if col == self.NOTES and shift.notes_hidden:
                return QBrush(QUIET_INK)
            if col == self.HOW and shift.entry is Entry.AFTERWARDS:
                return QBrush(QUIET_INK)
        if role == Qt.ItemDataRole.FontRole and col == self.TO and shift.is_open:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.NOTES:
                if shift.notes_hidden:
                    return self.tr("The notes of a colleague's shift are read by the supervisor.")
                return shift.notes or None
            if col == self.HOW:
                return plural(shift.corrections, self.tr("Recorded by {name}; corrected once."),
                              self.tr("Recorded by {name}; corrected {n} times.")).format(
                    name=shift.created_by_name, n=shift.corrections) if shift.corrections else \
                    self.tr("Recorded by {name}.").format(name=shift.created_by_name)
            if col == self.TO and shift.forgotten(self.now.date()):
                return self.tr("Never ended. Enter the time it ended (End a forgotten duty…).")
        return None

    def _text(self, shift: DutyShift, col: int) -> str:
        if col == self.DAY:
            return f"{shift.day:%m-%d} {weekday_short(shift.day.weekday())}"
        if col == self.WHO:
            return shift.person
        if col == self.FROM:
            return f"{shift.started_at:%H:%M}"
        if col == self.TO:
            if shift.ended_at is not None:
                return f"{shift.ended_at:%H:%M}"
            return self.tr("not ended") if shift.forgotten(self.now.date()) else self.tr("on duty")
        if col == self.LENGTH:
            if shift.forgotten(self.now.date()):
                return ""
            return duration_text(shift.minutes(self.now))
        if col == self.VISITORS:
            return str(shift.visitors)
        if col == self.HOW:
            return entry_label(shift)
        if shift.notes_hidden:
            return self.tr("(notes for the supervisor)")
        return " ".join(shift.notes.split())   # one line in the table; the tooltip has it all


class DutyPage(Page):
    key = "duty"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._supervisor = ctx.user.is_supervisor
        self._mine: DutyShift | None = None
        self._others_now: list[DutyShift] = []
        self._forgotten: list[DutyShift] = []
        self._week_of = ctx.session.today()
        self._week: DutyWeek | None = None
        self._month: DutyMonth | None = None
        self._loaded_live = (0, "")
        layout = self.page_column(spacing=10)

        self.intro = QLabel(self)
        self.intro.setObjectName("dutyIntro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.intro)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self._build_live(), 3)
        top.addWidget(self._build_chart(), 2)
        layout.addLayout(top)
        layout.addWidget(self._build_forgotten())

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.add_button = self.make_button(
            "addPastShift", self.tr("Add a past shift…"),
            self.tr("Enter duty that was not started and ended with the button"), self.add_past_shift)
        self.correct_button = self.make_button(
            "correctShift", self.tr("Correct…"),
            self.tr("Correct the selected shift (double-click a shift). Its author can until the end of the day it "
                    "was recorded; afterwards the supervisor, with a reason."), self.correct_selected)
        self.withdraw_button = self.make_button(
            "withdrawShift", self.tr("Withdraw…"),
            self.tr("Withdraw the selected shift if it was recorded by mistake (with a reason)"),
            self.withdraw_selected)
        for button in (self.add_button, self.correct_button, self.withdraw_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.prev_button = self.make_button("prevWeek", self.tr("‹ Previous week"), self.tr("Show the week before"),
                                            self.previous_week)
        self.this_button = self.make_button("thisWeek", self.tr("This week"), self.tr("Back to the current week"),
                                            self.this_week)
        self.next_button = self.make_button("nextWeek", self.tr("Next week ›"), self.tr("Show the week after"),
                                            self.next_week)
        for button in (self.prev_button, self.this_button, self.next_button):
            bar.addWidget(button)
        layout.addLayout(bar)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dutyTabs")
        self.tabs.setDocumentMode(True)
        self.today_model = ShiftsModel(ctx.session.wall_now(), self)
        self.today_proxy = sorted_proxy(self.today_model, self)
        self.today_table = RecordTable("todayShifts", self.today_proxy, self, sort_column=ShiftsModel.FROM)
        self.today_table.setColumnHidden(ShiftsModel.DAY, True)
        self.today_table.setMinimumHeight(90)
        self.week_model = ShiftsModel(ctx.session.wall_now(), self)
        self.week_proxy = sorted_proxy(self.week_model, self)
        self.week_table = RecordTable("weekShifts", self.week_proxy, self, sort_column=ShiftsModel.DAY)
        self.week_table.setMinimumHeight(90)
        for table in (self.today_table, self.week_table):
            table.selectionModel().selectionChanged.connect(self._update_buttons)
            table.activated.connect(self._shift_activated)
        self.tabs.addTab(self.today_table, self.tr("Today"))
        self.tabs.addTab(self.week_table, self.tr("This week"))
        self.month_box = self._build_month() if self._supervisor else None
        if self.month_box is not None:
            self.tabs.addTab(self.month_box, self.tr("Month"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("dutyEmpty")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet(HINT_STYLE)
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint)
        self.add_status_line(layout, "dutyStatus", self._status_expired)

        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._ticks = 0
        self._update_buttons()

    # -- building ----------------------------------------------------------------------------------------
    def _panel(self, name: str) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame(self)
        frame.setObjectName(name)
        frame.setStyleSheet(PANEL_STYLE.format(name=name))
        column = QVBoxLayout(frame)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        return frame, column

    def _build_live(self) -> QFrame:
        frame, column = self._panel("dutyLive")
        self.state_label = QLabel(frame)
        self.state_label.setObjectName("dutyState")
        self.state_label.setWordWrap(True)
        self.state_label.setStyleSheet("font-size: 13pt; font-weight: 600; border: none;")
        column.addWidget(self.state_label)
        self.others_label = QLabel(frame)
        self.others_label.setObjectName("dutyOthers")
        self.others_label.setWordWrap(True)
        self.others_label.setStyleSheet(HINT_STYLE + " border: none;")
        column.addWidget(self.others_label)

        row = QHBoxLayout()
        row.setSpacing(12)
        self.duty_button = QPushButton(frame)
        self.duty_button.setObjectName("dutyButton")
        self.duty_button.setMinimumHeight(52)
        self.duty_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.duty_button.setDefault(True)
        self.duty_button.clicked.connect(self.toggle_duty)
        row.addWidget(self.duty_button)
        QShortcut(QKeySequence("Ctrl+Shift+D"), self, activated=self.toggle_duty)

        # While on duty: the visitors next to the button, the notes underneath.
        self.visitors_box = QWidget(frame)
        self.visitors_box.setObjectName("dutyVisitors")
        self.visitors_box.setStyleSheet("#dutyVisitors { border: none; } QLabel { border: none; }")
        visitors_row = QHBoxLayout(self.visitors_box)
        visitors_row.setContentsMargins(0, 0, 0, 0)
        visitors_row.setSpacing(6)
        visitors_label = QLabel(self.tr("Visitors so far"), self.visitors_box)
        self.visitors = QSpinBox(self.visitors_box)
        self.visitors.setObjectName("liveVisitors")
        self.visitors.setRange(0, VISITORS_MAX)
        self.visitors.setMinimumWidth(80)
        visitors_label.setBuddy(self.visitors)
        self.visitor_button = QPushButton(self.tr("+1 visitor"), self.visitors_box)
        self.visitor_button.setObjectName("addVisitor")
        self.visitor_button.setToolTip(self.tr("Someone came to the room: count them (saved at once)"))
        self.visitor_button.setAutoDefault(False)
        self.visitor_button.clicked.connect(self.add_visitor)
        visitors_row.addWidget(visitors_label)
        visitors_row.addWidget(self.visitors)
        visitors_row.addWidget(self.visitor_button)
        row.addWidget(self.visitors_box)
        row.addStretch(1)
        column.addLayout(row)

        self.live_box = QWidget(frame)
        self.live_box.setObjectName("dutyLiveDetails")
        self.live_box.setStyleSheet("#dutyLiveDetails { border: none; } QLabel { border: none; }")
        live = QVBoxLayout(self.live_box)
        live.setContentsMargins(0, 2, 0, 0)
        live.setSpacing(4)
        notes_row = QHBoxLayout()
        notes_label = QLabel(self.tr("Events and notes"), self.live_box)
        notes_row.addWidget(notes_label)
        self.live_status = QLabel(self.live_box)
        self.live_status.setObjectName("liveStatus")
        self.live_status.setWordWrap(True)
        self.live_status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.live_status.setStyleSheet(HINT_STYLE + " border: none;")
        notes_row.addWidget(self.live_status, 1)
        self.save_live_button = QPushButton(self.tr("Save notes"), self.live_box)
        self.save_live_button.setObjectName("saveLive")
        self.save_live_button.setToolTip(self.tr("Save the visitors and notes now (Ctrl+S); ending the duty saves "
                                                 "them too"))
        self.save_live_button.setAutoDefault(False)
        self.save_live_button.clicked.connect(self.save_live)
        notes_row.addWidget(self.save_live_button)
        live.addLayout(notes_row)
        self.notes = QPlainTextEdit(self.live_box)
        self.notes.setObjectName("liveNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Events, anything the next person on duty should know. No client "
                                              "details are needed: everyone on the staff sees the duty log."))
        self.notes.setMinimumHeight(52)
        self.notes.setMaximumHeight(96)
        notes_label.setBuddy(self.notes)
        live.addWidget(self.notes)
        QShortcut(QKeySequence.StandardKey.Save, self.live_box, activated=self.save_live,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.visitors.valueChanged.connect(self._live_edited)
        self.notes.textChanged.connect(self._live_edited)
        column.addWidget(self.live_box)
        column.addStretch(1)
        return frame

    def _build_chart(self) -> QFrame:
        frame, column = self._panel("dutyWeek")
        self.week_heading = QLabel(frame)
        self.week_heading.setObjectName("weekHeading")
        self.week_heading.setStyleSheet("font-weight: 600; border: none;")
        column.addWidget(self.week_heading)
        self.chart = DutyWeekChart(frame)
        column.addWidget(self.chart, 1)
        self.week_summary = QLabel(frame)
        self.week_summary.setObjectName("weekSummary")
        self.week_summary.setWordWrap(True)
        self.week_summary.setStyleSheet("border: none;")
        column.addWidget(self.week_summary)
        return frame

    def _build_forgotten(self) -> QFrame:
        self.forgotten_box = QFrame(self)
        self.forgotten_box.setObjectName("dutyForgotten")
        self.forgotten_box.setStyleSheet(FORGOTTEN_STYLE)
        row = QHBoxLayout(self.forgotten_box)
        row.setContentsMargins(12, 8, 12, 8)
        self.forgotten_label = QLabel(self.forgotten_box)
        self.forgotten_label.setObjectName("forgottenText")
        self.forgotten_label.setWordWrap(True)
        self.forgotten_label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.forgotten_label, 1)
        self.forgotten_button = QPushButton(self.tr("End a forgotten duty…"), self.forgotten_box)
        self.forgotten_button.setObjectName("endForgotten")
        self.forgotten_button.setToolTip(self.tr("Enter the time this duty really ended"))
        self.forgotten_button.clicked.connect(self.end_forgotten)
        row.addWidget(self.forgotten_button)
        self.forgotten_box.hide()
        return self.forgotten_box

    def _build_month(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(8)
        label = QLabel(self.tr("Month"), box)
        self.month_picker = QDateEdit(box)
        self.month_picker.setObjectName("monthPicker")
        self.month_picker.setDisplayFormat("yyyy-MM")
        self.month_picker.setCalendarPopup(False)
        today = self.ctx.session.today()
        self.month_picker.setDate(QDate(today.year, today.month, 1))
        self.month_picker.setMaximumDate(QDate(today.year, today.month, 28))
        self.month_picker.setMinimumWidth(110)
        label.setBuddy(self.month_picker)
        self.month_picker.dateChanged.connect(self._month_changed)
        row.addWidget(label)
        row.addWidget(self.month_picker)
        self.month_summary = QLabel(box)
        self.month_summary.setObjectName("monthSummary")
        self.month_summary.setWordWrap(True)
        row.addWidget(self.month_summary, 1)
        self.print_month_button = self.make_button(
            "printMonth", self.tr("Print month…"), self.tr("Print the month's duty log for the file"), self.print_month)
        self.save_month_button = self.make_button(
            "saveMonth", self.tr("Save month as PDF…"),
            self.tr("Save the month's duty log as a PDF file, e.g. to print it elsewhere"), self.save_month_pdf)
        row.addWidget(self.print_month_button)
        row.addWidget(self.save_month_button)
        column.addLayout(row)
        self.month_weeks = QLabel(box)
        self.month_weeks.setObjectName("monthWeeks")
        self.month_weeks.setWordWrap(True)
        self.month_weeks.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.month_weeks)
        self.month_model = ShiftsModel(self.ctx.session.wall_now(), self)
        self.month_proxy = sorted_proxy(self.month_model, self)
        self.month_table = RecordTable("monthShifts", self.month_proxy, box, sort_column=ShiftsModel.DAY)
        self.month_table.setMinimumHeight(90)
        self.month_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.month_table.activated.connect(self._shift_activated)
        column.addWidget(self.month_table, 1)
        return box

    # -- Page ----------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Duty log")

    def refresh(self) -> None:
        self._load()
        if self.isVisible():
            self._timer.start()

    def clear_sensitive(self) -> None:
        self.save_live(quiet=True)       # the records are still open here: nothing typed is lost
        self._timer.stop()
        self.close_dialogs()
        self._mine = None
        self._others_now = []
        self._forgotten = []
        self._week = None
        self._month = None
        tables = [(self.today_table, self.today_model), (self.week_table, self.week_model)]
        if self._supervisor:
            tables.append((self.month_table, self.month_model))
        for table, model in tables:
            table.selectionModel().blockSignals(True)
            model.clear()
            table.selectionModel().blockSignals(False)
        self._set_live_values(0, "")
        self.live_box.hide()
        self.visitors_box.hide()
        self.duty_button.hide()     # whether someone is on duty is the records' too
        self.state_label.clear()
        self.others_label.clear()
        self.intro.clear()
        self.week_heading.clear()
        self.week_summary.clear()
        self.chart.clear()
        self.forgotten_label.clear()
        self.forgotten_box.hide()
        self.live_status.clear()
        self.status.clear()
        if self._supervisor:
            self.month_summary.clear()
            self.month_weeks.clear()
        self._update_buttons()
        self.empty_hint.clear()
        self.empty_hint.hide()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self.ctx.session.locked:
            self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._timer.stop()
        if not self.ctx.session.locked:
            self.save_live(quiet=True)
        super().hideEvent(event)

    def _status_expired(self) -> None:
        self.status.clear()

    # -- loading -------------------------------------------------------------------------------------------
    def _service(self) -> DutyService:
        return DutyService(self.ctx.session)

    def _now(self) -> datetime:
        return self.ctx.session.wall_now().replace(microsecond=0)

    def _load(self) -> None:
        service = self._service()
        today = self.ctx.session.today()
        try:
            mine = service.my_open_shift()
            on_duty = service.on_duty_now()
            forgotten = service.forgotten()
            today_shifts = service.day(today)
            week_shifts = service.week(self._week_of)
            week = service.week_summary(self._week_of)
        except CounselRoomError as err:
            self.clear_sensitive()
            self.show_error(err)
            return
        now = self._now()
        self._mine = mine if mine is not None and not mine.forgotten(today) else None
        self._others_now = [s for s in on_duty if self._mine is None or s.id != self._mine.id]
        self._forgotten = forgotten
        self._week = week
        self.intro.setText(self.tr(
            "Who is on duty in the room, and for how long. The room must be open to students at least {hours} "
            "hours every week (心理辅导室定期对学生开放，每周不少于10小时); two people on duty at the same time "
            "count once.").format(hours=week.minimum_minutes // 60))
        self._show_live(now)
        self._show_forgotten()
        self._fill(self.today_table, self.today_model, today_shifts, now)
        self._fill(self.week_table, self.week_model, week_shifts, now)
        self._show_week(week, today)
        if self._supervisor and self.tabs.currentWidget() is self.month_box:
            self._load_month()
        self._update_buttons()

    def _fill(self, table: RecordTable, model: ShiftsModel, shifts: list[DutyShift], now: datetime) -> None:
        keep = table.selected_record()
        selection = table.selectionModel()
        selection.blockSignals(True)
        model.set_shifts(shifts, now)
        if keep is not None:
            table.select_record(keep.id)
        selection.blockSignals(False)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for col in range(ShiftsModel.NOTES):
            table.setColumnWidth(col, header.sectionSize(col) + 12)

    def _show_live(self, now: datetime) -> None:
        mine = self._mine
        self.duty_button.show()
        if mine is None:
            self.state_label.setText(self.tr("You are not on duty."))
            self.state_label.setStyleSheet("font-size: 13pt; font-weight: 600; border: none; color: #3c4043;")
            self.duty_button.setText(self.tr("Start duty"))
            self.duty_button.setStyleSheet(START_STYLE)
            self.duty_button.setToolTip(self.tr("You are on duty in the room from now (Ctrl+Shift+D)"))
            self.live_box.hide()
            self.visitors_box.hide()
            self._set_live_values(0, "")
        else:
            self.state_label.setText(self.tr("On duty since {start} · {length}").format(
                start=f"{mine.started_at:%H:%M}", length=duration_text(mine.minutes(now))))
            self.state_label.setStyleSheet("font-size: 13pt; font-weight: 600; border: none; color: #1e7d32;")
            self.duty_button.setText(self.tr("End duty"))
            self.duty_button.setStyleSheet(END_STYLE)
            self.duty_button.setToolTip(self.tr("Your duty ends now; the visitors and notes are saved with it "
                                                "(Ctrl+Shift+D)"))
            if not self.live_box.isVisibleTo(self) or not self._live_dirty():
                self._set_live_values(mine.visitors, mine.notes)
            self.live_box.show()
            self.visitors_box.show()
        if self._others_now:
            names = self.tr(", ").join(self.tr("{person} (since {start})").format(
                person=s.person, start=f"{s.started_at:%H:%M}") for s in self._others_now)
            self.others_label.setText(self.tr("Also on duty: {names}").format(names=names) if mine else
                                      self.tr("On duty now: {names}").format(names=names))
        else:
            self.others_label.setText(self.tr("Nobody else is on duty now.") if mine else
                                      self.tr("Nobody is on duty now."))

    def _show_forgotten(self) -> None:
        if not self._forgotten:
            self.forgotten_label.clear()
            self.forgotten_box.hide()
            return
        lines = [self.tr("Duty left open on an earlier day (it does not count until it has an end):")]
        lines += [f"• {shift_text(s)}" for s in self._forgotten]
        self.forgotten_label.setText("\n".join(lines))
        self.forgotten_box.show()

    def _show_week(self, week: DutyWeek, today: date) -> None:
        current = monday_of(today) == week.monday
        span = self.tr("{start} – {end}").format(start=f"{week.monday:%m-%d}", end=f"{week.sunday:%m-%d}")
        self.week_heading.setText(self.tr("Open hours this week ({span})").format(span=span) if current else
                                  self.tr("Open hours, week of {span}").format(span=span))
        self.tabs.setTabText(1, self.tr("This week") if current else self.tr("Week {span}").format(span=span))
        self.chart.show_week(week, today)
        missing = week.minimum_minutes - week.total_minutes
        total, minimum = duration_text(week.total_minutes), hours_text(week.minimum_minutes)
        if week.met:
            self.week_summary.setStyleSheet(OK_STYLE + " border: none; font-weight: 600;")
            self.week_summary.setText(self.tr("{total} open: the weekly minimum of {minimum} is reached.").format(
                total=total, minimum=minimum))
        elif week.sunday < today:
            self.week_summary.setStyleSheet(ERROR_STYLE + " border: none; font-weight: 600;")
            self.week_summary.setText(self.tr("{total} open: {missing} short of the weekly minimum of {minimum}.")
                                      .format(total=total, missing=duration_text(missing), minimum=minimum))
        else:
            self.week_summary.setStyleSheet(HINT_STYLE + " border: none;")
            self.week_summary.setText(self.tr("{total} open so far; {missing} more to reach the weekly minimum of "
                                              "{minimum}.").format(total=total, missing=duration_text(missing),
                                                                   minimum=minimum))

    def _tick(self) -> None:
        """The running time; once a minute the week's hours too."""
        if self.ctx.session.locked:
            self._timer.stop()
            return
        now = self._now()
        self._ticks += 1
        for model in (self.today_model, self.week_model):
            model.set_now(now)
        self._show_live(now)
        if self._ticks % 4 == 0 and self._week is not None and monday_of(now.date()) == self._week.monday:
            try:
                self._week = self._service().week_summary(self._week_of)
            except CounselRoomError:
                return
            self._show_week(self._week, now.date())

    # -- the month (supervisor) ------------------------------------------------------------------------------
    def _tab_changed(self, _index: int) -> None:
        if self._supervisor and self.tabs.currentWidget() is self.month_box and not self.ctx.session.locked:
            self._load_month()
        self._update_buttons()

    def _month_changed(self, _value) -> None:
        if not self.ctx.session.locked:
            self._load_month()

    def chosen_month(self) -> tuple[int, int]:
        value = self.month_picker.date()
        return value.year(), value.month()

    def _load_month(self) -> None:
        year, month = self.chosen_month()
        try:
            record = self._service().month(year, month)
        except CounselRoomError as err:
            self.month_model.clear()
            self.show_error(err)
            return
        self._month = record
        self._fill(self.month_table, self.month_model, list(record.shifts), record.counted_until)
        self.month_summary.setText(self.tr("Shifts: {shifts} · days on duty: {days} · {hours} open · visitors: "
                                           "{visitors} · weekly minimum {minimum}").format(
            shifts=len(record.shifts), days=record.duty_days, hours=hours_text(record.open_minutes),
            visitors=record.visitors, minimum=hours_text(record.minimum_minutes)))
        today = record.counted_until.date()
        parts = []
        for week in record.weeks:
            span = f"{week.monday:%m-%d}–{week.sunday:%d}" if week.monday.month == week.sunday.month else \
                f"{week.monday:%m-%d}–{week.sunday:%m-%d}"
            text = self.tr("{span} {hours}").format(span=span, hours=hours_text(week.total_minutes))
            if week.met:
                parts.append(f'<span style="color:#1e7d32">{text} ✓</span>')
            elif week.monday > today:
                parts.append(f'<span style="color:#80868b">{text}</span>')
            elif week.sunday >= today:
                parts.append(f"<span>{text} …</span>")
            else:
                parts.append(f'<span style="color:#b3261e"><b>{text} ✗</b></span>')
        self.month_weeks.setText(" &nbsp;·&nbsp; ".join(parts))
        self.month_weeks.setToolTip(self.tr("Open hours of every week touching the month: ✓ the minimum was "
                                            "reached, ✗ it was not, … the week is under way."))
        self._update_buttons()

    def _month_pdf(self) -> bytes | None:
        year, month = self.chosen_month()
        try:
            return PrintService(self.ctx.session, self.ctx.language).duty_month(year, month)
        except CounselRoomError as err:
            self.show_error(err)
            return None

    def print_month(self) -> None:
        pdf = self._month_pdf()
        if pdf is None:
            return
        year, month = self.chosen_month()
        if not print_pdf(pdf, self, self.tr("Duty log {year}-{month:02d}").format(year=year, month=month)):
            return
        self._record_output("print", self.tr("The duty log of {year}-{month:02d} was sent to the printer.").format(
            year=year, month=month))

    def save_month_pdf(self) -> None:
        pdf = self._month_pdf()
        if pdf is None:
            return
        year, month = self.chosen_month()
        warning = self.tr("The PDF lists who was on duty and the notes of every shift, and it is not encrypted. "
                          "Save it only where it is needed, e.g. on a USB stick to print it elsewhere, and delete it "
                          "afterwards.")
        path = save_pdf(pdf, self, self.tr("duty-log-{year}-{month:02d}.pdf").format(year=year, month=month), warning)
        if not path:
            return
        self._record_output("pdf", self.tr("The duty log of {year}-{month:02d} was saved as {path}.").format(
            year=year, month=month, path=path))

    def _record_output(self, how: str, done: str) -> None:
        year, month = self.chosen_month()
        try:
            PrintService(self.ctx.session, self.ctx.language).record_output("duty_month", year * 100 + month, how)
        except CounselRoomError as err:
            self.show_error(err)
            return
        self.show_done(done)

    # -- selection --------------------------------------------------------------------------------------------
    def _current_table(self) -> tuple[RecordTable, object, ShiftsModel]:
        widget = self.tabs.currentWidget()
        if self._supervisor and widget is self.month_box:
            return self.month_table, self.month_proxy, self.month_model
        if widget is self.week_table:
            return self.week_table, self.week_proxy, self.week_model
        return self.today_table, self.today_proxy, self.today_model

    def selected_shift(self) -> DutyShift | None:
        return self._current_table()[0].selected_record()

    def select_shift(self, shift_id: int) -> bool:
        return self._current_table()[0].select_record(shift_id)

    def _rule(self, shift: DutyShift | None) -> Correction:
        if shift is None or self.ctx.session.locked:
            return Correction.NONE
        try:
            return self._service().correction_rule(shift)
        except CounselRoomError:
            return Correction.NONE

    def _handles(self, shift: DutyShift) -> bool:
        user = self.ctx.user
        return self._supervisor or user.id in (shift.user_id, shift.created_by)

    def _show_empty_hint(self) -> None:
        table, _proxy, model = self._current_table()
        if model.rowCount() or self.ctx.session.locked:
            self.empty_hint.clear()
            self.empty_hint.hide()
            return
        if table is self.today_table:
            text = self.tr("No duty recorded today yet. Start duty above, or add a shift that was not clicked.")
        elif table is self.week_table:
            text = self.tr("No duty recorded in this week.")
        else:
            text = self.tr("No duty recorded in this month.")
        self.empty_hint.setText(text)
        self.empty_hint.show()

    def _update_buttons(self, *_args) -> None:
        self._show_empty_hint()
        shift = self.selected_shift()
        rule = self._rule(shift)
        self.correct_button.setEnabled(shift is not None and (rule is not Correction.NONE or
                                                              (shift.is_open and self._handles(shift))))
        self.correct_button.setText(self.tr("End…") if shift is not None and shift.is_open else self.tr("Correct…"))
        self.withdraw_button.setEnabled(shift is not None and (rule is not Correction.NONE or
                                                               (shift.is_open and self._handles(shift))))
        if self._supervisor:
            has_month = self._month is not None
            self.print_month_button.setEnabled(has_month)
            self.save_month_button.setEnabled(has_month)

    def _shift_activated(self, _index) -> None:
        self.correct_selected()

    # -- actions -------------------------------------------------------------------------------------------
    def toggle_duty(self) -> None:
        if self.ctx.session.locked:
            return
        if self._mine is None:
            self.start_duty()
        else:
            self.end_duty()

    def start_duty(self) -> None:
        try:
            shift = self._service().start()
        except CounselRoomError as err:
            self._load()
            self.show_error(err)
            return
        self._load()
        self.show_done(self.tr("On duty from {start}. End it here when you leave the room.").format(
            start=f"{shift.started_at:%H:%M}"))
        self.notes.setFocus()

    def end_duty(self) -> None:
        mine = self._mine
        if mine is None:
            return
        try:
            shift = self._service().stop(mine.id, visitors=self.visitors.value(), notes=self.notes.toPlainText())
        except CounselRoomError as err:
            self._show_live_error(err)
            return
        self._mine = None
        self._set_live_values(0, "")
        self._load()
        self.show_done(self.tr("Duty ended: {start}–{end}, {length}, visitors: {visitors}.").format(
            start=f"{shift.started_at:%H:%M}", end=f"{shift.ended_at:%H:%M}", length=duration_text(shift.minutes()),
            visitors=shift.visitors))

    def _live_values(self) -> tuple[int, str]:
        return self.visitors.value(), self.notes.toPlainText()

    def _set_live_values(self, visitors: int, notes: str) -> None:
        for widget in (self.visitors, self.notes):
            widget.blockSignals(True)
        self.visitors.setValue(visitors)
        self.notes.setPlainText(notes)
        for widget in (self.visitors, self.notes):
            widget.blockSignals(False)
        self._loaded_live = (visitors, notes)
        self.live_status.clear()
        self.visitors.setStyleSheet("")
        self.notes.setStyleSheet("")

    def _live_dirty(self) -> bool:
        return self._mine is not None and self._live_values() != self._loaded_live

    def _live_edited(self) -> None:
        if self._live_dirty():
            self.live_status.setStyleSheet(HINT_STYLE + " border: none;")
            self.live_status.setText(self.tr("Not saved yet."))
        else:
            self.live_status.clear()

    def save_live(self, quiet: bool = False) -> bool:
        """Save the visitors and notes of the running duty; False if the service refused (text kept)."""
        if not self._live_dirty() or self.ctx.session.locked:
            return True
        visitors, notes = self._live_values()
        try:
            shift = self._service().update(self._mine.id, visitors=visitors, notes=notes)
        except CounselRoomError as err:
            if not quiet:
                self._show_live_error(err)
            return False
        self._mine = shift
        self._loaded_live = (shift.visitors, shift.notes)
        self.live_status.setStyleSheet(OK_STYLE + " border: none;")
        self.live_status.setText(self.tr("Saved at {time}.").format(time=f"{self._now():%H:%M}"))
        self.visitors.setStyleSheet("")
        self.notes.setStyleSheet("")
        return True

    def _show_live_error(self, err: CounselRoomError) -> None:
        field = err.field if isinstance(err, ValidationError) else ""
        self.live_status.setStyleSheet(ERROR_STYLE + " border: none;")
        self.live_status.setText(error_text(err))
        if field == "notes":
            self.notes.setStyleSheet("border: 1px solid #b3261e;")
            self.notes.setFocus()
        elif field == "visitors":
            self.visitors.setFocus()

    def add_visitor(self) -> None:
        if self._mine is None:
            return
        self.visitors.setValue(min(VISITORS_MAX, self.visitors.value() + 1))
        if self.save_live():
            self.live_status.setText(plural(self.visitors.value(), self.tr("{n} visitor so far, saved."),
                                            self.tr("{n} visitors so far, saved.")).format(n=self.visitors.value()))

    def add_past_shift(self) -> None:
        day = self._week_of if self.tabs.currentWidget() is self.week_table else None
        dialog = PastShiftDialog(self.ctx.session, day, self)
        dialog.accepted.connect(self._past_shift_added)
        self.open_dialog(dialog)

    def _past_shift_added(self) -> None:
        shift: DutyShift = self.sender().result_value
        self._load()
        self.show_done(self.tr("Shift added: {shift}.").format(shift=shift_text(shift)))

    def correct_selected(self) -> None:
        shift = self.selected_shift()
        if shift is None:
            return
        if shift.is_open:
            if self._handles(shift):
                self._open_end_dialog(shift)
            return
        rule = self._rule(shift)
        if rule is Correction.NONE:
            self.show_error(CounselRoomError("duty.correction_closed"))
            return
        try:
            full = self._service().get(shift.id)
        except CounselRoomError as err:
            self.show_error(err)
            return
        dialog = CorrectShiftDialog(self.ctx.session, full, rule, self)
        dialog.accepted.connect(self._shift_corrected)
        self.open_dialog(dialog)

    def _shift_corrected(self) -> None:
        shift: DutyShift = self.sender().result_value
        self._load()
        self.select_shift(shift.id)
        self.show_done(self.tr("Shift corrected: {shift}.").format(shift=shift_text(shift)))

    def withdraw_selected(self) -> None:
        shift = self.selected_shift()
        if shift is None:
            return
        dialog = WithdrawShiftDialog(self.ctx.session, shift, self)
        dialog.accepted.connect(self._shift_withdrawn)
        self.open_dialog(dialog)

    def _shift_withdrawn(self) -> None:
        shift: DutyShift = self.sender().result_value
        if self._mine is not None and shift.id == self._mine.id:
            self._mine = None
            self._set_live_values(0, "")
        self._load()
        self.show_done(self.tr("Shift withdrawn: {shift}.").format(shift=shift_text(shift)))

    def end_forgotten(self) -> None:
        if self._forgotten:
            self._open_end_dialog(self._forgotten[0])

    def _open_end_dialog(self, shift: DutyShift) -> None:
        if self._mine is not None and shift.id == self._mine.id:
            self.save_live(quiet=True)
            shift = self._mine
        dialog = EndShiftDialog(self.ctx.session, shift, self)
        dialog.accepted.connect(self._shift_ended)
        self.open_dialog(dialog)

    def _shift_ended(self) -> None:
        shift: DutyShift = self.sender().result_value
        if self._mine is not None and shift.id == self._mine.id:
            self._mine = None
            self._set_live_values(0, "")
        self._load()
        self.show_done(self.tr("Duty ended: {shift}.").format(shift=shift_text(shift)))

    # -- weeks ---------------------------------------------------------------------------------------------
    def previous_week(self) -> None:
        self._week_of -= timedelta(days=7)
        self.tabs.setCurrentWidget(self.week_table)
        self._load()

    def next_week(self) -> None:
        self._week_of += timedelta(days=7)
        self.tabs.setCurrentWidget(self.week_table)
        self._load()

    def this_week(self) -> None:
        self._week_of = self.ctx.session.today()
        self._load()
