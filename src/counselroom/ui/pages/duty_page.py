"""Duty log (值班记录, R11): who is on duty in the room, the week's open hours against the minimum.

One big button starts and ends one's duty; while on duty the visitors and notes are
kept up to date on the page. A shift that was not clicked is added afterwards. The
week's open hours (two people on duty at once count once) are drawn against the
room's minimum (a supervisor setting, at least 10 hours: 每周不少于10小时). The
supervisor sees every shift and notes, corrects any shift with a reason, and prints
the month for the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QWidget

from counselroom.domain.duty import Correction, DutyShift, DutyWeek, monday_of
from counselroom.domain.errors import CounselRoomError
from counselroom.services.duty import DutyService
from counselroom.services.permissions import Permissions
from counselroom.services.session import Session
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.duty_dialogs import (
    CorrectShiftDialog, EndShiftDialog, PastShiftDialog, WithdrawShiftDialog, shift_text,
)
from counselroom.ui.models.duty_shifts import ShiftsModel
from counselroom.ui.pages.base import Page
from counselroom.ui.widgets.duty_month import DutyMonthView, correction_rules
from counselroom.ui.widgets.duty_panels import ForgottenBanner, LivePanel, WeekPanel, week_span
from counselroom.ui.widgets.duty_week_chart import duration_text
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.shifts_table import ShiftsTable

TICK_MS = 15_000


@dataclass(frozen=True)
class DutyData:
    """What the page shows, gathered off the GUI thread."""

    today: date
    mine: DutyShift | None
    on_duty: list[DutyShift]
    forgotten: list[DutyShift]
    today_shifts: list[DutyShift]
    week_shifts: list[DutyShift]
    week: DutyWeek
    rules: dict[int, Correction]


def gather_duty(session: Session, week_of: date) -> DutyData:
    service = DutyService(session)
    today = session.today()
    today_shifts = service.day(today)
    week_shifts = service.week(week_of)
    return DutyData(today, service.my_open_shift(), service.on_duty_now(), service.forgotten(),
                    today_shifts, week_shifts, service.week_summary(week_of),
                    correction_rules(service, [*today_shifts, *week_shifts]))


class DutyPage(Page):
    key = "duty"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._supervisor = Permissions(ctx.session).can_administer()
        self._forgotten: list[DutyShift] = []
        self._rules: dict[int, Correction] = {}
        self._week_of = ctx.session.today()
        self._week: DutyWeek | None = None
        layout = self.page_column(spacing=10)

        self.intro = hint_label("", self, "dutyIntro")
        layout.addWidget(self.intro)

        top = QHBoxLayout()
        top.setSpacing(12)
        self.live = LivePanel(ctx, self.toggle_duty, self)
        self.duty_button = self.live.duty_button
        self.state_label = self.live.state_label
        self.others_label = self.live.others_label
        self.visitor_button = self.live.visitor_button
        self.live_box = self.live.live_box
        self.live_status = self.live.live_status
        self.notes = self.live.notes
        QShortcut(QKeySequence("Ctrl+Shift+D"), self, self.toggle_duty)
        top.addWidget(self.live, 3)
        self.week_panel = WeekPanel(self)
        self.week_heading = self.week_panel.heading
        self.week_summary = self.week_panel.summary
        self.chart = self.week_panel.chart
        top.addWidget(self.week_panel, 2)
        layout.addLayout(top)
        self.forgotten_box = ForgottenBanner(self, self.end_forgotten)
        self.forgotten_label = self.forgotten_box.label
        self.forgotten_button = self.forgotten_box.button
        layout.addWidget(self.forgotten_box)

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
        self.today_table = ShiftsTable("todayShifts", ctx.session.wall_now(), self, sort_column=ShiftsModel.FROM)
        self.today_table.setColumnHidden(ShiftsModel.DAY, True)
        self.today_model, self.today_proxy = self.today_table.shifts, self.today_table.proxy
        self.week_table = ShiftsTable("weekShifts", ctx.session.wall_now(), self, sort_column=ShiftsModel.DAY)
        self.week_model, self.week_proxy = self.week_table.shifts, self.week_table.proxy
        for table in (self.today_table, self.week_table):
            table.selectionModel().selectionChanged.connect(self._update_buttons)
            table.activated.connect(self._shift_activated)
        self.tabs.addTab(self.today_table, self.tr("Today"))
        self.tabs.addTab(self.week_table, self.tr("This week"))
        self.month_box: DutyMonthView | None = None
        if self._supervisor:
            self.month_box = month = DutyMonthView(self, self._update_buttons, self._shift_activated)
            self.month_table = month.table
            self.month_model, self.month_proxy = month.table.shifts, month.table.proxy
            self.month_summary, self.month_weeks = month.summary, month.weeks
            self.print_month_button, self.save_month_button = month.print_button, month.save_button
            self.tabs.addTab(self.month_box, self.tr("Month"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.empty_hint = hint_label("", self, "dutyEmpty")
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint)
        self.add_status_line(layout, "dutyStatus", self._status_expired)

        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._ticks = 0
        self._update_buttons()

    # -- Page ----------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Duty log")

    def refresh(self) -> None:
        self._load()
        if self.isVisible():
            self._timer.start()

    def clear_sensitive(self) -> None:
        self.live.save(quiet=True)       # the records are still open here: nothing typed is lost
        self._timer.stop()
        self.close_dialogs()
        self._forgotten = []
        self._rules = {}
        self._week = None
        for table in (self.today_table, self.week_table):
            table.clear()
        if self.month_box is not None:
            self.month_box.clear()
        self.live.clear()
        self.intro.clear()
        self.week_panel.clear()
        self.forgotten_box.clear()
        self.status.clear()
        self._update_buttons()
        self.empty_hint.clear()
        self.empty_hint.hide()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.ctx.session.locked:
            self._timer.start()

    def hideEvent(self, event) -> None:
        self._timer.stop()
        if not self.ctx.session.locked:
            self.live.save(quiet=True)
        super().hideEvent(event)

    def _status_expired(self) -> None:
        self.status.clear()

    # -- loading -------------------------------------------------------------------------------------------
    def _service(self) -> DutyService:
        return DutyService(self.ctx.session)

    def _now(self) -> datetime:
        return self.ctx.session.wall_now().replace(microsecond=0)

    def _load(self, then: Callable[[], object] | None = None) -> None:
        """Load the page; ``then`` runs once it is shown."""
        week_of = self._week_of
        self.load(lambda session: gather_duty(session, week_of), lambda data: self._show(data, then))

    def _show(self, data: DutyData, then: Callable[[], object] | None) -> None:
        today, week = data.today, data.week
        now = self._now()
        mine = data.mine if data.mine is not None and not data.mine.forgotten(today) else None
        self.live.mine = mine
        self.live.others = [s for s in data.on_duty if mine is None or s.id != mine.id]
        self._forgotten = forgotten = data.forgotten
        self._week = week
        self._rules = data.rules
        self.intro.setText(self.tr(
            "Who is on duty in the room, and for how long. The room must be open to students at least {hours} "
            "hours every week (心理辅导室定期对学生开放，每周不少于10小时); two people on duty at the same time "
            "count once.").format(hours=week.minimum_minutes // 60))
        self.live.show_now(now)
        self.forgotten_box.show_shifts(forgotten)
        self.today_table.fill(data.today_shifts, now)
        self.week_table.fill(data.week_shifts, now)
        self._show_week(week, today)
        if self._supervisor and self.tabs.currentWidget() is self.month_box:
            self.month_box.load()
        self._update_buttons()
        if then is not None:
            then()

    def _show_week(self, week: DutyWeek, today: date) -> None:
        span = week_span(week)
        current = monday_of(today) == week.monday
        self.tabs.setTabText(1, self.tr("This week") if current else self.tr("Week {span}").format(span=span))
        self.week_panel.show_week(week, today)

    def _tick(self) -> None:
        """The running time; once a minute the week's hours too."""
        if self.ctx.session.locked:
            self._timer.stop()
            return
        now = self._now()
        self._ticks += 1
        for model in (self.today_model, self.week_model):
            model.set_now(now)
        self.live.show_now(now)
        if self._ticks % 4 == 0 and self._week is not None and monday_of(now.date()) == self._week.monday:
            week_of = self._week_of
            self.load(lambda session: DutyService(session).week_summary(week_of), self._show_ticked_week,
                      slot="tick", failed=lambda _err: None)

    def _show_ticked_week(self, week: DutyWeek) -> None:
        if self._week is None or week.monday != self._week.monday:
            return   # another week is shown now
        self._week = week
        self._show_week(week, self._now().date())

    # -- the month (supervisor) ------------------------------------------------------------------------------
    def _tab_changed(self, _index: int) -> None:
        if self._supervisor and self.tabs.currentWidget() is self.month_box and not self.ctx.session.locked:
            self.month_box.load()
        self._update_buttons()

    def chosen_month(self) -> tuple[int, int]:
        assert self.month_box is not None, "only a supervisor's page has the month"
        return self.month_box.chosen_month()

    # -- selection --------------------------------------------------------------------------------------------
    def _current_table(self) -> ShiftsTable:
        widget = self.tabs.currentWidget()
        if self._supervisor and widget is self.month_box:
            return self.month_table
        if widget is self.week_table:
            return self.week_table
        return self.today_table

    def selected_shift(self) -> DutyShift | None:
        return self._current_table().selected_record()

    def select_shift(self, shift_id: int) -> bool:
        return self._current_table().select_record(shift_id)

    def _rule(self, shift: DutyShift | None) -> Correction:
        """Asked of the service when a correction is about to start."""
        if shift is None or self.ctx.session.locked:
            return Correction.NONE
        try:
            return self._service().correction_rule(shift)
        except CounselRoomError:
            return Correction.NONE

    def _shown_rule(self, shift: DutyShift | None) -> Correction:
        """The rule gathered with the shifts shown, for the buttons."""
        if shift is None or self.ctx.session.locked:
            return Correction.NONE
        rules = self.month_box.rules if self.month_box is not None and self._current_table() is self.month_table \
            else self._rules
        return rules.get(shift.id, Correction.NONE)

    def _handles(self, shift: DutyShift) -> bool:
        try:
            return self._service().handles(shift)
        except CounselRoomError:
            return False

    def _show_empty_hint(self) -> None:
        table = self._current_table()
        if table.shifts.rowCount() or self.ctx.session.locked:
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
        rule = self._shown_rule(shift)
        self.correct_button.setEnabled(shift is not None and (rule is not Correction.NONE or
                                                              (shift.is_open and self._handles(shift))))
        self.correct_button.setText(self.tr("End…") if shift is not None and shift.is_open else self.tr("Correct…"))
        self.withdraw_button.setEnabled(shift is not None and (rule is not Correction.NONE or
                                                               (shift.is_open and self._handles(shift))))
        if self.month_box is not None:   # a supervisor's page
            has_month = self.month_box.record is not None
            self.print_month_button.setEnabled(has_month)
            self.save_month_button.setEnabled(has_month)

    def _shift_activated(self, _index) -> None:
        self.correct_selected()

    # -- actions -------------------------------------------------------------------------------------------
    def toggle_duty(self) -> None:
        if self.ctx.session.locked:
            return
        if self.live.mine is None:
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
        self._load(then=self.notes.setFocus)
        self.show_done(self.tr("On duty from {start}. End it here when you leave the room.").format(
            start=f"{shift.started_at:%H:%M}"))

    def end_duty(self) -> None:
        mine = self.live.mine
        if mine is None:
            return
        visitors, notes = self.live.values()
        try:
            shift = self._service().stop(mine.id, visitors=visitors, notes=notes)
        except CounselRoomError as err:
            self.live.show_error(err)
            return
        self.live.ended()
        self._load()
        self.show_done(self.tr("Duty ended: {start}–{end}, {length}, visitors: {visitors}.").format(
            start=f"{shift.started_at:%H:%M}", end=f"{shift.ended_at:%H:%M}", length=duration_text(shift.minutes()),
            visitors=shift.visitors))

    def add_past_shift(self) -> None:
        day = self._week_of if self.tabs.currentWidget() is self.week_table else None
        dialog = PastShiftDialog(self.ctx.session, day, self)
        dialog.accepted.connect(self._past_shift_added)
        self.open_dialog(dialog)

    def _past_shift_added(self) -> None:
        dialog = self.sender()
        assert isinstance(dialog, PastShiftDialog) and dialog.result_value is not None   # accepted once saved
        shift = dialog.result_value
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
        dialog = self.sender()
        assert isinstance(dialog, CorrectShiftDialog) and dialog.result_value is not None   # accepted once saved
        shift = dialog.result_value
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
        dialog = self.sender()
        assert isinstance(dialog, WithdrawShiftDialog) and dialog.result_value is not None   # accepted once saved
        shift = dialog.result_value
        if self.live.mine is not None and shift.id == self.live.mine.id:
            self.live.ended()
        self._load()
        self.show_done(self.tr("Shift withdrawn: {shift}.").format(shift=shift_text(shift)))

    def end_forgotten(self) -> None:
        if self._forgotten:
            self._open_end_dialog(self._forgotten[0])

    def _open_end_dialog(self, shift: DutyShift) -> None:
        if self.live.mine is not None and shift.id == self.live.mine.id:
            self.live.save(quiet=True)
            shift = self.live.mine
        dialog = EndShiftDialog(self.ctx.session, shift, self)
        dialog.accepted.connect(self._shift_ended)
        self.open_dialog(dialog)

    def _shift_ended(self) -> None:
        dialog = self.sender()
        assert isinstance(dialog, EndShiftDialog) and dialog.result_value is not None   # accepted once saved
        shift = dialog.result_value
        if self.live.mine is not None and shift.id == self.live.mine.id:
            self.live.ended()
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
