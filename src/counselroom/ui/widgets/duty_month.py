"""The supervisor's month of duty (值班记录, R11): every shift, the month's totals, each week against the
minimum, and the month printed or saved for the file."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from counselroom.domain.duty import Correction, DutyMonth, DutyShift
from counselroom.domain.errors import CounselRoomError
from counselroom.services.duty import DutyService
from counselroom.services.printing import PrintService
from counselroom.services.session import Session
from counselroom.ui.models.duty_shifts import ShiftsModel
from counselroom.ui.pages.base import Page
from counselroom.ui.pdf_output import MonthPdf
from counselroom.ui.styles import ERROR_INK, OK_INK, QUIET_INK
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.duty_week_chart import hours_text
from counselroom.ui.widgets.shifts_table import ShiftsTable


def correction_rules(service: DutyService, shifts: Iterable[DutyShift]) -> dict[int, Correction]:
    """Who may correct which shift now, asked with the shifts so that choosing one asks nothing."""
    return {shift.id: service.correction_rule(shift) for shift in shifts}


def gather_month(session: Session, year: int, month: int) -> tuple[DutyMonth, dict[int, Correction]]:
    service = DutyService(session)
    record = service.month(year, month)
    return record, correction_rules(service, record.shifts)


class DutyMonthView(QWidget):
    """The duty page's Month tab. ``changed`` runs when the selection or the month shown changes,
    ``activated`` when a shift is double-clicked; errors and outcomes go to the page."""

    def __init__(self, page: Page, changed: Callable[..., object], activated: Callable[..., object]) -> None:
        super().__init__(page)
        self.page = page
        self._changed = changed
        self.record: DutyMonth | None = None
        self.rules: dict[int, Correction] = {}   # shift id → who may correct it, gathered with the month
        self._pdf = MonthPdf(page, "duty_month", PrintService.duty_month)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(8)
        label = QLabel(QCoreApplication.translate("DutyPage", "Month"), self)
        self.picker = QDateEdit(self)
        self.picker.setObjectName("monthPicker")
        self.picker.setDisplayFormat("yyyy-MM")
        self.picker.setCalendarPopup(False)
        today = page.ctx.session.today()
        self.picker.setDate(QDate(today.year, today.month, 1))
        self.picker.setMaximumDate(QDate(today.year, today.month, 28))
        self.picker.setMinimumWidth(110)
        label.setBuddy(self.picker)
        self.picker.dateChanged.connect(self._month_changed)
        row.addWidget(label)
        row.addWidget(self.picker)
        self.summary = QLabel(self)
        self.summary.setObjectName("monthSummary")
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        self.print_button = action_button(
            self, "printMonth", QCoreApplication.translate("DutyPage", "Print month…"),
            QCoreApplication.translate("DutyPage", "Print the month's duty log for the file"), self.print_month)
        self.save_button = action_button(
            self, "saveMonth", QCoreApplication.translate("DutyPage", "Save month as PDF…"),
            QCoreApplication.translate("DutyPage",
                                       "Save the month's duty log as a PDF file, e.g. to print it elsewhere"),
            self.save_month_pdf)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        column.addLayout(row)
        self.weeks = QLabel(self)
        self.weeks.setObjectName("monthWeeks")
        self.weeks.setWordWrap(True)
        self.weeks.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.weeks)
        self.table = ShiftsTable("monthShifts", page.ctx.session.wall_now(), self, sort_column=ShiftsModel.DAY)
        self.table.selectionModel().selectionChanged.connect(changed)
        self.table.activated.connect(activated)
        column.addWidget(self.table, 1)

    def _month_changed(self, _value) -> None:
        if not self.page.ctx.session.locked:
            self.load()

    def chosen_month(self) -> tuple[int, int]:
        value = self.picker.date()
        return value.year(), value.month()

    def load(self) -> None:
        year, month = self.chosen_month()
        self.page.load(lambda session: gather_month(session, year, month), self._show, slot="month",
                       failed=self._failed)

    def _failed(self, err: CounselRoomError) -> None:
        self.table.shifts.clear()
        self.page.show_error(err)

    def _show(self, loaded: tuple[DutyMonth, dict[int, Correction]]) -> None:
        record, self.rules = loaded
        self.record = record
        self.table.fill(list(record.shifts), record.counted_until)
        self.summary.setText(QCoreApplication.translate(
            "DutyPage", "Shifts: {shifts} · days on duty: {days} · {hours} open · visitors: {visitors} · weekly "
            "minimum {minimum}").format(
            shifts=len(record.shifts), days=record.duty_days, hours=hours_text(record.open_minutes),
            visitors=record.visitors, minimum=hours_text(record.minimum_minutes)))
        today = record.counted_until.date()
        parts = []
        for week in record.weeks:
            span = f"{week.monday:%m-%d}–{week.sunday:%d}" if week.monday.month == week.sunday.month else \
                f"{week.monday:%m-%d}–{week.sunday:%m-%d}"
            text = QCoreApplication.translate("DutyPage", "{span} {hours}").format(
                span=span, hours=hours_text(week.total_minutes))
            if week.met:
                parts.append(f'<span style="color:{OK_INK}">{text} ✓</span>')
            elif week.monday > today:
                parts.append(f'<span style="color:{QUIET_INK}">{text}</span>')
            elif week.sunday >= today:
                parts.append(f"<span>{text} …</span>")
            else:
                parts.append(f'<span style="color:{ERROR_INK}"><b>{text} ✗</b></span>')
        self.weeks.setText(" &nbsp;·&nbsp; ".join(parts))
        self.weeks.setToolTip(QCoreApplication.translate(
            "DutyPage", "Open hours of every week touching the month: ✓ the minimum was reached, ✗ it was not, "
            "… the week is under way."))
        self._changed()

    def print_month(self) -> None:
        self._pdf.print(
            *self.chosen_month(), QCoreApplication.translate("DutyPage", "Duty log {year}-{month:02d}"),
            QCoreApplication.translate("DutyPage", "The duty log of {year}-{month:02d} was sent to the printer."))

    def save_month_pdf(self) -> None:
        self._pdf.save(
            *self.chosen_month(), QCoreApplication.translate("DutyPage", "duty-log-{year}-{month:02d}.pdf"),
            QCoreApplication.translate(
                "DutyPage", "The PDF lists who was on duty and the notes of every shift, and it is not encrypted. "
                "Save it only where it is needed, e.g. on a USB stick to print it elsewhere, and delete it "
                "afterwards."),
            QCoreApplication.translate("DutyPage", "The duty log of {year}-{month:02d} was saved as {path}."))

    def clear(self) -> None:
        self.record = None
        self.rules = {}
        self.table.clear()
        self.summary.clear()
        self.weeks.clear()
