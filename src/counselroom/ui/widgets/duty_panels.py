"""The panels at the top of the duty page (值班记录, R11): my duty now with its visitors and notes,
the week's open hours against the minimum, and duty left open on an earlier day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget,
)

from counselroom.domain.duty import VISITORS_MAX, DutyShift, DutyWeek, monday_of
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.plural import plural
from counselroom.services.duty import DutyService
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.duty_dialogs import shift_text
from counselroom.ui.messages import error_text
from counselroom.ui.styles import (
    CARD_BOX, ERROR_DEEP_INK, ERROR_INK, ERROR_STYLE, HINT_STYLE, OK_DEEPER_INK, OK_INK, OK_STYLE, SECONDARY_INK,
    SURFACE, WARNING_BOX, WARNING_INK,
)
from counselroom.ui.widgets.duty_week_chart import DutyWeekChart, duration_text, hours_text

PANEL_STYLE = "#{name} {{ " + CARD_BOX + " }}"
START_STYLE = (f"QPushButton#dutyButton {{ background: {OK_INK}; color: {SURFACE}; font-size: 14pt; font-weight: 600; "
               "border-radius: 6px; padding: 10px 24px; } "
               f"QPushButton#dutyButton:focus {{ border: 2px solid {OK_DEEPER_INK}; }}")
END_STYLE = (f"QPushButton#dutyButton {{ background: {ERROR_INK}; color: {SURFACE}; font-size: 14pt; font-weight: 600; "
             "border-radius: 6px; padding: 10px 24px; } "
             f"QPushButton#dutyButton:focus {{ border: 2px solid {ERROR_DEEP_INK}; }}")
FORGOTTEN_STYLE = (f"#dutyForgotten {{ {WARNING_BOX} }}"
                   f" #dutyForgotten QLabel {{ color: {WARNING_INK}; }}")


def week_span(week: DutyWeek) -> str:
    return QCoreApplication.translate("DutyPage", "{start} – {end}").format(
        start=f"{week.monday:%m-%d}", end=f"{week.sunday:%m-%d}")


class DutyPanel(QFrame):
    """A white panel with its contents in ``column``."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(PANEL_STYLE.format(name=name))
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(16, 12, 16, 12)
        self.column.setSpacing(8)


class LivePanel(DutyPanel):
    """My duty now: one button starts and ends it; while it runs, its visitors and notes are kept up to date.

    ``mine`` is the signed-in person's running shift (None when not on duty), ``others`` who else is
    on duty; the page sets both when it loads."""

    def __init__(self, ctx: AppContext, toggle: Callable[[], object], parent: QWidget) -> None:
        super().__init__("dutyLive", parent)
        self.ctx = ctx
        self.mine: DutyShift | None = None
        self.others: list[DutyShift] = []
        self._loaded = (0, "")
        column = self.column
        self.state_label = QLabel(self)
        self.state_label.setObjectName("dutyState")
        self.state_label.setWordWrap(True)
        self.state_label.setStyleSheet("font-size: 13pt; font-weight: 600; border: none;")
        column.addWidget(self.state_label)
        self.others_label = QLabel(self)
        self.others_label.setObjectName("dutyOthers")
        self.others_label.setWordWrap(True)
        self.others_label.setStyleSheet(HINT_STYLE + " border: none;")
        column.addWidget(self.others_label)

        row = QHBoxLayout()
        row.setSpacing(12)
        self.duty_button = QPushButton(self)
        self.duty_button.setObjectName("dutyButton")
        self.duty_button.setMinimumHeight(52)
        self.duty_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.duty_button.setDefault(True)
        self.duty_button.clicked.connect(toggle)
        row.addWidget(self.duty_button)

        # While on duty: the visitors next to the button, the notes underneath.
        self.visitors_box = QWidget(self)
        self.visitors_box.setObjectName("dutyVisitors")
        self.visitors_box.setStyleSheet("#dutyVisitors { border: none; } QLabel { border: none; }")
        visitors_row = QHBoxLayout(self.visitors_box)
        visitors_row.setContentsMargins(0, 0, 0, 0)
        visitors_row.setSpacing(6)
        visitors_label = QLabel(QCoreApplication.translate("DutyPage", "Visitors so far"), self.visitors_box)
        self.visitors = QSpinBox(self.visitors_box)
        self.visitors.setObjectName("liveVisitors")
        self.visitors.setRange(0, VISITORS_MAX)
        self.visitors.setMinimumWidth(80)
        visitors_label.setBuddy(self.visitors)
        self.visitor_button = QPushButton(QCoreApplication.translate("DutyPage", "+1 visitor"), self.visitors_box)
        self.visitor_button.setObjectName("addVisitor")
        self.visitor_button.setToolTip(QCoreApplication.translate(
            "DutyPage", "Someone came to the room: count them (saved at once)"))
        self.visitor_button.setAutoDefault(False)
        self.visitor_button.clicked.connect(self.add_visitor)
        visitors_row.addWidget(visitors_label)
        visitors_row.addWidget(self.visitors)
        visitors_row.addWidget(self.visitor_button)
        row.addWidget(self.visitors_box)
        row.addStretch(1)
        column.addLayout(row)

        self.live_box = QWidget(self)
        self.live_box.setObjectName("dutyLiveDetails")
        self.live_box.setStyleSheet("#dutyLiveDetails { border: none; } QLabel { border: none; }")
        live = QVBoxLayout(self.live_box)
        live.setContentsMargins(0, 2, 0, 0)
        live.setSpacing(4)
        notes_row = QHBoxLayout()
        notes_label = QLabel(QCoreApplication.translate("DutyPage", "Events and notes"), self.live_box)
        notes_row.addWidget(notes_label)
        self.live_status = QLabel(self.live_box)
        self.live_status.setObjectName("liveStatus")
        self.live_status.setWordWrap(True)
        self.live_status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.live_status.setStyleSheet(HINT_STYLE + " border: none;")
        notes_row.addWidget(self.live_status, 1)
        self.save_live_button = QPushButton(QCoreApplication.translate("DutyPage", "Save notes"), self.live_box)
        self.save_live_button.setObjectName("saveLive")
        self.save_live_button.setToolTip(QCoreApplication.translate(
            "DutyPage", "Save the visitors and notes now (Ctrl+S); ending the duty saves them too"))
        self.save_live_button.setAutoDefault(False)
        self.save_live_button.clicked.connect(self.save)
        notes_row.addWidget(self.save_live_button)
        live.addLayout(notes_row)
        self.notes = QPlainTextEdit(self.live_box)
        self.notes.setObjectName("liveNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(QCoreApplication.translate(
            "DutyPage", "Events, anything the next person on duty should know. No client details are needed: "
            "everyone on the staff sees the duty log."))
        self.notes.setMinimumHeight(52)
        self.notes.setMaximumHeight(96)
        notes_label.setBuddy(self.notes)
        live.addWidget(self.notes)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self.live_box)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)
        self.visitors.valueChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        column.addWidget(self.live_box)
        column.addStretch(1)

    def show_now(self, now: datetime) -> None:
        mine = self.mine
        self.duty_button.show()
        if mine is None:
            self.state_label.setText(QCoreApplication.translate("DutyPage", "You are not on duty."))
            self.state_label.setStyleSheet(f"font-size: 13pt; font-weight: 600; border: none; color: {SECONDARY_INK};")
            self.duty_button.setText(QCoreApplication.translate("DutyPage", "Start duty"))
            self.duty_button.setStyleSheet(START_STYLE)
            self.duty_button.setToolTip(QCoreApplication.translate(
                "DutyPage", "You are on duty in the room from now (Ctrl+Shift+D)"))
            self.live_box.hide()
            self.visitors_box.hide()
            self.set_values(0, "")
        else:
            self.state_label.setText(QCoreApplication.translate("DutyPage", "On duty since {start} · {length}").format(
                start=f"{mine.started_at:%H:%M}", length=duration_text(mine.minutes(now))))
            self.state_label.setStyleSheet(f"font-size: 13pt; font-weight: 600; border: none; color: {OK_INK};")
            self.duty_button.setText(QCoreApplication.translate("DutyPage", "End duty"))
            self.duty_button.setStyleSheet(END_STYLE)
            self.duty_button.setToolTip(QCoreApplication.translate(
                "DutyPage", "Your duty ends now; the visitors and notes are saved with it (Ctrl+Shift+D)"))
            if not self.live_box.isVisibleTo(self) or not self.dirty():
                self.set_values(mine.visitors, mine.notes)
            self.live_box.show()
            self.visitors_box.show()
        if self.others:
            names = QCoreApplication.translate("DutyPage", ", ").join(QCoreApplication.translate(
                "DutyPage", "{person} (since {start})").format(person=s.person, start=f"{s.started_at:%H:%M}")
                for s in self.others)
            self.others_label.setText(
                QCoreApplication.translate("DutyPage", "Also on duty: {names}").format(names=names) if mine else
                QCoreApplication.translate("DutyPage", "On duty now: {names}").format(names=names))
        else:
            self.others_label.setText(QCoreApplication.translate("DutyPage", "Nobody else is on duty now.") if mine
                                      else QCoreApplication.translate("DutyPage", "Nobody is on duty now."))

    def values(self) -> tuple[int, str]:
        return self.visitors.value(), self.notes.toPlainText()

    def set_values(self, visitors: int, notes: str) -> None:
        for widget in (self.visitors, self.notes):
            widget.blockSignals(True)
        self.visitors.setValue(visitors)
        self.notes.setPlainText(notes)
        for widget in (self.visitors, self.notes):
            widget.blockSignals(False)
        self._loaded = (visitors, notes)
        self.live_status.clear()
        self.visitors.setStyleSheet("")
        self.notes.setStyleSheet("")

    def ended(self) -> None:
        """My duty is over: nothing of it stays in the fields."""
        self.mine = None
        self.set_values(0, "")

    def dirty(self) -> bool:
        return self.mine is not None and self.values() != self._loaded

    def _edited(self) -> None:
        if self.dirty():
            self.live_status.setStyleSheet(HINT_STYLE + " border: none;")
            self.live_status.setText(QCoreApplication.translate("DutyPage", "Not saved yet."))
        else:
            self.live_status.clear()

    def save(self, quiet: bool = False) -> bool:
        """Save the visitors and notes of the running duty; False if the service refused (text kept)."""
        if not self.dirty() or self.ctx.session.locked:
            return True
        visitors, notes = self.values()
        assert self.mine is not None   # dirty() says there is a running duty
        try:
            shift = DutyService(self.ctx.session).update(self.mine.id, visitors=visitors, notes=notes)
        except CounselRoomError as err:
            if not quiet:
                self.show_error(err)
            return False
        self.mine = shift
        self._loaded = (shift.visitors, shift.notes)
        self.live_status.setStyleSheet(OK_STYLE + " border: none;")
        now = self.ctx.session.wall_now().replace(microsecond=0)
        self.live_status.setText(QCoreApplication.translate("DutyPage", "Saved at {time}.").format(
            time=f"{now:%H:%M}"))
        self.visitors.setStyleSheet("")
        self.notes.setStyleSheet("")
        return True

    def show_error(self, err: CounselRoomError) -> None:
        field = err.field if isinstance(err, ValidationError) else ""
        self.live_status.setStyleSheet(ERROR_STYLE + " border: none;")
        self.live_status.setText(error_text(err))
        if field == "notes":
            self.notes.setStyleSheet(f"border: 1px solid {ERROR_INK};")
            self.notes.setFocus()
        elif field == "visitors":
            self.visitors.setFocus()

    def add_visitor(self) -> None:
        if self.mine is None:
            return
        self.visitors.setValue(min(VISITORS_MAX, self.visitors.value() + 1))
        if self.save():
            self.live_status.setText(plural(
                self.visitors.value(), QCoreApplication.translate("DutyPage", "{n} visitor so far, saved."),
                QCoreApplication.translate("DutyPage", "{n} visitors so far, saved.")).format(n=self.visitors.value()))

    def clear(self) -> None:
        self.mine = None
        self.others = []
        self.set_values(0, "")
        self.live_box.hide()
        self.visitors_box.hide()
        self.duty_button.hide()     # whether someone is on duty is the records' too
        self.state_label.clear()
        self.others_label.clear()
        self.live_status.clear()


class WeekPanel(DutyPanel):
    """The week's open hours, day by day, against the room's weekly minimum."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__("dutyWeek", parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("weekHeading")
        self.heading.setStyleSheet("font-weight: 600; border: none;")
        self.column.addWidget(self.heading)
        self.chart = DutyWeekChart(self)
        self.column.addWidget(self.chart, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("weekSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("border: none;")
        self.column.addWidget(self.summary)

    def show_week(self, week: DutyWeek, today: date) -> None:
        span = week_span(week)
        self.heading.setText(
            QCoreApplication.translate("DutyPage", "Open hours this week ({span})").format(span=span)
            if monday_of(today) == week.monday else
            QCoreApplication.translate("DutyPage", "Open hours, week of {span}").format(span=span))
        self.chart.show_week(week, today)
        missing = week.minimum_minutes - week.total_minutes
        total, minimum = duration_text(week.total_minutes), hours_text(week.minimum_minutes)
        if week.met:
            self.summary.setStyleSheet(OK_STYLE + " border: none; font-weight: 600;")
            self.summary.setText(QCoreApplication.translate(
                "DutyPage", "{total} open: the weekly minimum of {minimum} is reached.").format(
                total=total, minimum=minimum))
        elif week.sunday < today:
            self.summary.setStyleSheet(ERROR_STYLE + " border: none; font-weight: 600;")
            self.summary.setText(QCoreApplication.translate(
                "DutyPage", "{total} open: {missing} short of the weekly minimum of {minimum}.").format(
                total=total, missing=duration_text(missing), minimum=minimum))
        else:
            self.summary.setStyleSheet(HINT_STYLE + " border: none;")
            self.summary.setText(QCoreApplication.translate(
                "DutyPage", "{total} open so far; {missing} more to reach the weekly minimum of {minimum}.").format(
                total=total, missing=duration_text(missing), minimum=minimum))

    def clear(self) -> None:
        self.heading.clear()
        self.summary.clear()
        self.chart.clear()


class ForgottenBanner(QFrame):
    """Duty left open on an earlier day: it does not count until it has an end."""

    def __init__(self, parent: QWidget, end_forgotten: Callable[[], object]) -> None:
        super().__init__(parent)
        self.setObjectName("dutyForgotten")
        self.setStyleSheet(FORGOTTEN_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        self.label = QLabel(self)
        self.label.setObjectName("forgottenText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.button = QPushButton(QCoreApplication.translate("DutyPage", "End a forgotten duty…"), self)
        self.button.setObjectName("endForgotten")
        self.button.setToolTip(QCoreApplication.translate("DutyPage", "Enter the time this duty really ended"))
        self.button.clicked.connect(end_forgotten)
        row.addWidget(self.button)
        self.hide()

    def show_shifts(self, shifts: list[DutyShift]) -> None:
        if not shifts:
            self.clear()
            return
        lines = [QCoreApplication.translate(
            "DutyPage", "Duty left open on an earlier day (it does not count until it has an end):")]
        lines += [f"• {shift_text(s)}" for s in shifts]
        self.label.setText("\n".join(lines))
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()
