"""Appointments (预约): the one room's week, the chosen day's list, booking and settling."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox, QScrollArea,
    QSplitter, QTableWidget, QTableWidgetItem, QToolTip, QVBoxLayout, QWidget,
)

from counselroom.domain.access import CaseAccess, may_see_clinical
from counselroom.domain.appointments import Appointment, AppointmentStatus, may_change_status
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.plural import plural
from counselroom.services.archive import ArchiveService, Quarter
from counselroom.services.appointments import AppointmentService
from counselroom.services.cases import CaseEntry, CaseService
from counselroom.services.settings_service import SettingsService
from counselroom.services.visits import VisitService
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.booking_dialog import BookingDialog
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import HINT_STYLE

STEP = 15  # minutes per row
ROW_HEIGHT = 15
HEADER_HEIGHT = 40
GUTTER = 52
DEFAULT_RANGE = (time(8, 0), time(18, 0))
# status -> (fill, border, text)
STATUS_COLOURS = {
    AppointmentStatus.BOOKED: ("#d2e3fc", "#1a73e8", "#0b3a82"),
    AppointmentStatus.ATTENDED: ("#ceead6", "#1e7d32", "#0d4f1c"),
    AppointmentStatus.NO_SHOW: ("#fde2c4", "#c26400", "#6b3600"),
    AppointmentStatus.CANCELLED: ("#f1f3f4", "#bdc1c6", "#80868b"),
}
OPEN_FILL = "#ffffff"
CLOSED_FILL = "#eceff1"
TODAY_FILL = "#fff8e1"
SELECTED_DAY_FILL = "#e8f0fe"


def status_label(status: AppointmentStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        AppointmentStatus.BOOKED: QCoreApplication.translate("Appointments", "Booked"),
        AppointmentStatus.ATTENDED: QCoreApplication.translate("Appointments", "Attended"),
        AppointmentStatus.NO_SHOW: QCoreApplication.translate("Appointments", "No-show"),
        AppointmentStatus.CANCELLED: QCoreApplication.translate("Appointments", "Cancelled"),
    }[status]


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


class WeekView(QWidget):
    """Mon–Sun columns, 15-minute rows; opening hours white, closed grey, bookings as blocks."""

    slot_activated = Signal(object)      # datetime of a double-clicked free slot
    booking_selected = Signal(object)    # appointment id or None
    day_selected = Signal(object)        # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.monday: date | None = None
        self.today: date | None = None
        self.hours: dict = {}
        self.appointments: list[Appointment] = []
        self.selected_id: int | None = None
        self.selected_day: date | None = None
        self.selected_slot: datetime | None = None
        self.first = _minutes(DEFAULT_RANGE[0])
        self.last = _minutes(DEFAULT_RANGE[1])
        self.setMinimumWidth(GUTTER + 7 * 64)

    # -- data ------------------------------------------------------------------
    def set_week(self, monday: date, today: date, hours: dict, appointments: list[Appointment]) -> None:
        self.monday, self.today, self.hours = monday, today, hours
        self.appointments = list(appointments)
        starts = [_minutes(r.start) for ranges in hours.values() for r in ranges]
        ends = [_minutes(r.end) for ranges in hours.values() for r in ranges]
        for a in self.appointments:
            starts.append(a.starts_at.hour * 60 + a.starts_at.minute)
            ends.append(a.ends_at.hour * 60 + a.ends_at.minute)
        first = min(starts) if starts else _minutes(DEFAULT_RANGE[0])
        last = max(ends) if ends else _minutes(DEFAULT_RANGE[1])
        self.first = first // 60 * 60 if first % 60 else first
        self.last = -(-last // STEP) * STEP
        if self.selected_id is not None and self.find(self.selected_id) is None:
            self.selected_id = None
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def clear(self) -> None:
        self.monday = None
        self.appointments = []
        self.selected_id = None
        self.selected_slot = None
        self.selected_day = None
        self.update()

    def find(self, appointment_id: int) -> Appointment | None:
        return next((a for a in self.appointments if a.id == appointment_id), None)

    def select(self, appointment_id: int | None) -> None:
        self.selected_id = appointment_id
        appointment = self.find(appointment_id) if appointment_id is not None else None
        if appointment is not None:
            self.selected_day = appointment.starts_at.date()
            self.selected_slot = None
        self.update()

    def sizeHint(self) -> QSize:
        rows = max(1, (self.last - self.first) // STEP)
        return QSize(GUTTER + 7 * 120, HEADER_HEIGHT + rows * ROW_HEIGHT + 1)

    # -- geometry --------------------------------------------------------------
    def _col_width(self) -> float:
        return (self.width() - GUTTER - 1) / 7

    def _y(self, minutes: int) -> float:
        return HEADER_HEIGHT + (minutes - self.first) / STEP * ROW_HEIGHT

    def _block_rect(self, a: Appointment, narrow: str = "") -> QRectF:
        col = (a.starts_at.date() - self.monday).days
        w = self._col_width()
        x = GUTTER + col * w
        top = self._y(a.starts_at.hour * 60 + a.starts_at.minute)
        bottom = self._y(a.ends_at.hour * 60 + a.ends_at.minute)
        if narrow == "right":  # a cancelled booking beside the live one in its time
            return QRectF(x + w * 0.70, top + 1, w * 0.30 - 3, bottom - top - 2)
        if narrow == "left":
            return QRectF(x + 3, top + 1, w * 0.70 - 5, bottom - top - 2)
        return QRectF(x + 3, top + 1, w - 6, bottom - top - 2)

    def _layout(self) -> list[tuple[Appointment, QRectF]]:
        live = [a for a in self.appointments if a.status is not AppointmentStatus.CANCELLED]
        dead = [a for a in self.appointments if a.status is AppointmentStatus.CANCELLED]
        placed = []
        for a in self.appointments:
            if self.monday is None or not 0 <= (a.starts_at.date() - self.monday).days < 7:
                continue
            cancelled = a.status is AppointmentStatus.CANCELLED
            if cancelled:
                narrow = "right" if any(b.overlaps(a.starts_at, a.ends_at) for b in live) else ""
            else:
                narrow = "left" if any(b.overlaps(a.starts_at, a.ends_at) for b in dead) else ""
            placed.append((a, self._block_rect(a, narrow)))
        # cancelled first so live bookings paint on top
        placed.sort(key=lambda p: p[0].status is not AppointmentStatus.CANCELLED)
        return placed

    def _slot_at(self, pos: QPointF) -> datetime | None:
        if self.monday is None or pos.x() < GUTTER or pos.y() < HEADER_HEIGHT:
            return None
        col = int((pos.x() - GUTTER) // self._col_width())
        row = int((pos.y() - HEADER_HEIGHT) // ROW_HEIGHT)
        minutes = self.first + row * STEP
        if not 0 <= col < 7 or minutes >= self.last:
            return None
        day = self.monday + timedelta(days=col)
        return datetime.combine(day, time(minutes // 60, minutes % 60))

    def booking_at(self, pos: QPointF) -> Appointment | None:
        for a, rect in reversed(self._layout()):
            if rect.contains(pos):
                return a
        return None

    def _is_open(self, day: date, minutes: int) -> bool:
        return any(_minutes(r.start) <= minutes and minutes + STEP <= _minutes(r.end)
                   for r in self.hours.get(day.weekday(), ()))

    # -- painting --------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        w = self._col_width()
        rows = (self.last - self.first) // STEP
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.5, base.pointSizeF() * 0.85))
        grid_pen = QPen(QColor("#e0e3e7"))
        hour_pen = QPen(QColor("#c4c8cc"))
        for col in range(7):
            day = self.monday + timedelta(days=col) if self.monday else None
            x = GUTTER + col * w
            for row in range(rows):
                minutes = self.first + row * STEP
                fill = OPEN_FILL if day and self._is_open(day, minutes) else CLOSED_FILL
                painter.fillRect(QRectF(x, self._y(minutes), w, ROW_HEIGHT), QColor(fill))
            if day is not None and day == self.selected_day:
                colour = QColor(SELECTED_DAY_FILL)
                colour.setAlpha(110)
                painter.fillRect(QRectF(x, HEADER_HEIGHT, w, rows * ROW_HEIGHT), colour)
        # grid lines and the time gutter
        painter.setFont(small)
        for row in range(rows + 1):
            minutes = self.first + row * STEP
            y = self._y(minutes)
            on_hour = minutes % 60 == 0
            painter.setPen(hour_pen if on_hour else grid_pen)
            painter.drawLine(QPointF(GUTTER if on_hour else GUTTER + 0, y), QPointF(self.width(), y))
            if on_hour and row < rows:
                painter.setPen(QColor("#5f6368"))
                painter.drawText(QRectF(0, y - 1, GUTTER - 8, ROW_HEIGHT * 2),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{minutes // 60}:00")
        painter.setPen(hour_pen)
        for col in range(8):
            x = GUTTER + col * w
            painter.drawLine(QPointF(x, 0), QPointF(x, HEADER_HEIGHT + rows * ROW_HEIGHT))
        # day headers
        names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                 self.tr("Sat"), self.tr("Sun"))
        for col in range(7):
            x = GUTTER + col * w
            rect = QRectF(x + 1, 0, w - 1, HEADER_HEIGHT - 1)
            day = self.monday + timedelta(days=col) if self.monday else None
            if day is not None and day == self.today:
                painter.fillRect(rect, QColor(TODAY_FILL))
            elif day is not None and day == self.selected_day:
                painter.fillRect(rect, QColor(SELECTED_DAY_FILL))
            bold = QFont(base)
            bold.setBold(day is not None and day in (self.today, self.selected_day))
            painter.setFont(bold)
            painter.setPen(QColor("#202124"))
            text = names[col] if day is None else f"{names[col]}  {day.month}/{day.day}"
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(hour_pen)
        painter.drawLine(QPointF(0, HEADER_HEIGHT), QPointF(self.width(), HEADER_HEIGHT))
        # the chosen free slot (keyboard)
        if self.selected_slot is not None and self.monday is not None:
            col = (self.selected_slot.date() - self.monday).days
            if 0 <= col < 7:
                y = self._y(self.selected_slot.hour * 60 + self.selected_slot.minute)
                painter.setPen(QPen(QColor("#1a73e8"), 2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(GUTTER + col * w + 2, y + 1, w - 4, ROW_HEIGHT - 2))
        # bookings
        for a, rect in self._layout():
            self._paint_block(painter, a, rect, base, small)
        painter.end()

    def _paint_block(self, painter: QPainter, a: Appointment, rect: QRectF, base: QFont, small: QFont) -> None:
        fill, border, ink = STATUS_COLOURS[a.status]
        cancelled = a.status is AppointmentStatus.CANCELLED
        selected = a.id == self.selected_id
        painter.setBrush(QColor(fill))
        painter.setPen(QPen(QColor("#202124") if selected else QColor(border), 2.5 if selected else 1,
                            Qt.PenStyle.DashLine if cancelled and not selected else Qt.PenStyle.SolidLine))
        painter.drawRoundedRect(rect, 3, 3)
        if not cancelled:  # a status stripe down the left edge
            painter.fillRect(QRectF(rect.x(), rect.y(), 4, rect.height()), QColor(border))
        inner = rect.adjusted(7 if not cancelled else 4, 1, -3, -1)
        painter.save()
        painter.setClipRect(inner)
        painter.setPen(QColor(ink))
        name_font = QFont(base)
        name_font.setBold(not cancelled)
        name_font.setStrikeOut(cancelled)
        small_font = QFont(small)
        small_font.setStrikeOut(cancelled)
        line = max(QFontMetricsCache.height(small_font), 1)
        times = f"{a.starts_at:%H:%M}–{a.ends_at:%H:%M}"
        name_height = QFontMetricsCache.height(name_font)
        if inner.height() >= 2 * line + name_height:
            lines = [(small_font, times), (name_font, a.client_name), (small_font, a.counsellor_name)]
        else:
            lines = [(small_font, f"{a.starts_at:%H:%M} {a.counsellor_name}"), (name_font, a.client_name)]
        if inner.height() < line + name_height - 2:  # a short booking: everything on one line
            painter.setFont(small_font)
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{a.starts_at:%H:%M} {a.client_name} · {a.counsellor_name}")
        else:
            y = inner.y()
            for font, text in lines:
                painter.setFont(font)
                h = QFontMetricsCache.height(font)
                if y + h > inner.bottom() + 2:
                    break
                painter.drawText(QRectF(inner.x(), y, inner.width(), h),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                                  int(inner.width())))
                y += h
        painter.restore()

    # -- input -----------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            booking = self.booking_at(QPointF(event.pos()))
            if booking is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), "\n".join(filter(None, (
                    f"{booking.starts_at:%H:%M}–{booking.ends_at:%H:%M}  {status_label(booking.status)}",
                    f"{booking.client_name} · {booking.client_case_no}", booking.counsellor_name,
                    booking.cancel_reason or booking.note))), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:
        pos = event.position()
        booking = self.booking_at(pos)
        if booking is not None:
            self.select(booking.id)
            self.booking_selected.emit(booking.id)
            self.day_selected.emit(booking.starts_at.date())
        else:
            slot = self._slot_at(pos)
            if slot is not None:
                self.selected_id = None
                self.selected_slot = slot
                self.selected_day = slot.date()
                self.booking_selected.emit(None)
                self.day_selected.emit(slot.date())
                self.update()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        pos = event.position()
        if self.booking_at(pos) is None:
            slot = self._slot_at(pos)
            if slot is not None:
                self.slot_activated.emit(slot)
                return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event) -> None:
        if self.monday is None:
            return super().keyPressEvent(event)
        slot = self.selected_slot or datetime.combine(self.selected_day or self.monday,
                                                      time(self.first // 60, self.first % 60))
        key = event.key()
        moves = {Qt.Key.Key_Left: timedelta(days=-1), Qt.Key.Key_Right: timedelta(days=1),
                 Qt.Key.Key_Up: timedelta(minutes=-STEP), Qt.Key.Key_Down: timedelta(minutes=STEP)}
        if key in moves:
            moved = slot + moves[key]
            minutes = moved.hour * 60 + moved.minute
            if 0 <= (moved.date() - self.monday).days < 7 and self.first <= minutes < self.last \
                    and moved.date() == (slot + moves[key]).date():
                slot = moved
            self.selected_slot, self.selected_day, self.selected_id = slot, slot.date(), None
            self.booking_selected.emit(None)
            self.day_selected.emit(slot.date())
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_slot is not None:
            self.slot_activated.emit(self.selected_slot)
            return
        super().keyPressEvent(event)


class QFontMetricsCache:
    """Line heights per font, so painting does not build metrics for every block."""

    _heights: dict[str, int] = {}

    @classmethod
    def height(cls, font: QFont) -> int:
        key = font.key()
        if key not in cls._heights:
            from PySide6.QtGui import QFontMetrics

            cls._heights[key] = QFontMetrics(font).height()
        return cls._heights[key]


class AppointmentsPage(Page):
    key = "appointments"
    TIME, CLIENT, COUNSELLOR, STATUS, NOTE = range(5)
    # visit id, after an attended appointment's visit record was started or found:
    # the main window shows it on the visit records page.
    visit_opened = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._monday: date = self._week_of(ctx.session.today())
        self._day: date = ctx.session.today()
        self._archived: set[Quarter] = set()
        self._appointments: list[Appointment] = []

        layout = self.page_column(spacing=10)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.prev_button = self.make_button("prevWeek", self.tr("‹ Previous week"), self.tr("Show the week before"),
                                        self.previous_week)
        self.this_button = self.make_button("thisWeek", self.tr("This week"), self.tr("Back to this week"),
                                        self.this_week)
        self.next_button = self.make_button("nextWeek", self.tr("Next week ›"), self.tr("Show the week after"),
                                        self.next_week)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        self.week_label.setStyleSheet("font-weight: 600; margin-left: 8px;")
        for w in (self.prev_button, self.this_button, self.next_button, self.week_label):
            bar.addWidget(w)
        bar.addStretch(1)
        self.book_button = self.make_button("newAppointment", self.tr("Book…"),
                                        self.tr("Book the room (Ctrl+N); double-click a free time to "
                                                "book it"), self.new_booking)
        self.book_button.setShortcut(QKeySequence("Ctrl+N"))
        bar.addWidget(self.book_button)
        layout.addLayout(bar)

        self.week = WeekView(self)
        self.week.slot_activated.connect(self.book_at)
        self.week.booking_selected.connect(self._week_booking_selected)
        self.week.day_selected.connect(self._week_day_selected)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.week)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.day_heading = QLabel(side)
        self.day_heading.setObjectName("dayHeading")
        self.day_heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        column.addWidget(self.day_heading)
        self.day_list = QTableWidget(0, 5, side)
        self.day_list.setObjectName("dayList")
        self.day_list.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Client"), self.tr("Counsellor"),
                                                 self.tr("Status"), self.tr("Note")])
        self.day_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.day_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.day_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.day_list.verticalHeader().hide()
        self.day_list.verticalHeader().setDefaultSectionSize(28)
        header = self.day_list.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        for col, mode in ((self.TIME, QHeaderView.ResizeMode.ResizeToContents),
                          (self.CLIENT, QHeaderView.ResizeMode.ResizeToContents),
                          (self.COUNSELLOR, QHeaderView.ResizeMode.ResizeToContents),
                          (self.STATUS, QHeaderView.ResizeMode.ResizeToContents),
                          (self.NOTE, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(col, mode)
        self.day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.day_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.day_list.setWordWrap(False)
        self.day_list.itemSelectionChanged.connect(self._list_selection_changed)
        column.addWidget(self.day_list, 1)

        actions = QHBoxLayout()
        actions.setSpacing(6)
        self.attended_button = self.make_button("markAttended", self.tr("Attended"),
                                            self.tr("The client came (已到访)"), self.mark_attended)
        self.no_show_button = self.make_button("markNoShow", self.tr("No-show"),
                                           self.tr("The client did not come (未到)"), self.mark_no_show)
        self.cancel_button = self.make_button("cancelAppointment", self.tr("Cancel…"),
                                          self.tr("Cancel the booking; you are asked for the reason"),
                                          self.cancel_selected)
        self.move_button = self.make_button("moveAppointment", self.tr("Reschedule…"),
                                        self.tr("Move the booking to another time"), self.move_selected)
        for button in (self.attended_button, self.no_show_button, self.cancel_button, self.move_button):
            actions.addWidget(button)
        actions.addStretch(1)
        column.addLayout(actions)
        # Counsellors and the supervisor write the visit record of an attended appointment;
        # assistants never see records (R16), so they do not get the button.
        self.visit_button = None
        if may_see_clinical(ctx.user):
            visit_row = QHBoxLayout()
            self.visit_button = self.make_button(
                "openVisitRecord", self.tr("Visit record…"),
                self.tr("Write the visit record of this attended appointment (double-click the row "
                        "does the same); it goes into the appointment's case"), self.open_visit_record)
            visit_row.addWidget(self.visit_button)
            visit_row.addStretch(1)
            column.addLayout(visit_row)
            self.day_list.itemActivated.connect(self._row_activated)
        self.selected_line = QLabel(side)
        self.selected_line.setObjectName("selectedAppointment")
        self.selected_line.setWordWrap(True)
        self.selected_line.setStyleSheet(HINT_STYLE)
        column.addWidget(self.selected_line)
        legend = QLabel(side)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setText("  ".join(
            f'<span style="background:{STATUS_COLOURS[s][0]}; color:{STATUS_COLOURS[s][2]};'
            f' border:1px solid {STATUS_COLOURS[s][1]};">&nbsp;{status_label(s)}&nbsp;</span>'
            for s in AppointmentStatus))
        column.addWidget(legend)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        side.setMinimumWidth(340)
        splitter.setSizes([680, 360])
        layout.addWidget(splitter, 1)

        self.add_status_line(layout, "appointmentsStatus", self._show_hint)
        self._update_buttons()

    @staticmethod
    def _week_of(day: date) -> date:
        return day - timedelta(days=day.weekday())

    # -- Page ------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Appointments")

    def refresh(self) -> None:
        self._load()

    def clear_sensitive(self) -> None:
        self.close_dialogs()
        self._appointments = []
        self.week.clear()
        self.day_list.blockSignals(True)
        self.day_list.clearContents()
        self.day_list.setRowCount(0)
        self.day_list.blockSignals(False)
        self.selected_line.clear()
        self.day_heading.clear()
        self.week_label.clear()
        self.status.clear()
        self._update_buttons()

    # -- loading ---------------------------------------------------------------
    def _service(self) -> AppointmentService:
        return AppointmentService(self.ctx.session)

    def _load(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.week.selected_id
        try:
            hours = SettingsService(self.ctx.session).get().opening_hours
            appointments = self._service().week(self._monday)
            self._archived = ArchiveService(self.ctx.session).archived_quarters()
        except CounselRoomError as err:
            self.clear_sensitive()
            self.show_error(err)
            return
        self._appointments = appointments
        today = self.ctx.session.today()
        sunday = self._monday + timedelta(days=6)
        self.week_label.setText(self.tr("{start} – {end}").format(
            start=self._monday.isoformat(), end=f"{sunday.month}-{sunday.day:02d}" if sunday.year ==
            self._monday.year else sunday.isoformat()))
        self.this_button.setEnabled(self._monday != self._week_of(today))
        if not 0 <= (self._day - self._monday).days < 7:
            self._day = today if self._monday == self._week_of(today) else self._monday
        self.week.selected_day = self._day
        self.week.set_week(self._monday, today, hours, appointments)
        self.week.select(keep if keep is not None and self.week.find(keep) else None)
        self._fill_day()
        self._update_buttons()
        if not self._status_timer.isActive():
            self._show_hint()

    def _fill_day(self) -> None:
        names = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                 self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))
        self.day_heading.setText(f"{self._day.isoformat()}  {names[self._day.weekday()]}")
        rows = sorted((a for a in self._appointments if a.starts_at.date() == self._day),
                      key=lambda a: (a.starts_at, a.status is AppointmentStatus.CANCELLED))
        self.day_list.blockSignals(True)
        self.day_list.clearContents()
        self.day_list.setRowCount(len(rows))
        for row, a in enumerate(rows):
            cells = (f"{a.starts_at:%H:%M}–{a.ends_at:%H:%M}",
                     a.client_name,
                     a.counsellor_name, status_label(a.status),
                     a.cancel_reason if a.status is AppointmentStatus.CANCELLED else a.note)
            fill, _border, ink = STATUS_COLOURS[a.status]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{a.client_name} · {a.client_case_no}" if col == self.CLIENT else text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                if a.status is AppointmentStatus.CANCELLED:
                    font = item.font()
                    font.setStrikeOut(col != self.NOTE)
                    item.setFont(font)
                    item.setForeground(QColor(ink))
                if col == self.STATUS:
                    item.setBackground(QColor(fill))
                    item.setForeground(QColor(ink))
                if col == self.NOTE and a.status is AppointmentStatus.CANCELLED and text:
                    item.setText(self.tr("Reason: {reason}").format(reason=text))
                self.day_list.setItem(row, col, item)
        selected = self.week.selected_id
        for row in range(self.day_list.rowCount()):
            if self.day_list.item(row, 0).data(Qt.ItemDataRole.UserRole) == selected:
                self.day_list.selectRow(row)
        self.day_list.blockSignals(False)

    def selected_appointment(self) -> Appointment | None:
        return self.week.find(self.week.selected_id) if self.week.selected_id is not None else None

    def select_appointment(self, appointment_id: int | None) -> None:
        appointment = self.week.find(appointment_id) if appointment_id is not None else None
        if appointment is not None:
            self._day = appointment.starts_at.date()
        self.week.select(appointment.id if appointment else None)
        self._fill_day()
        self._update_buttons()

    def _week_booking_selected(self, appointment_id) -> None:
        self.select_appointment(appointment_id)

    def _week_day_selected(self, day) -> None:
        if day != self._day:
            self._day = day
            self._fill_day()
            self._update_buttons()

    def _list_selection_changed(self) -> None:
        items = self.day_list.selectedItems()
        appointment_id = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        self.week.select(appointment_id)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        a = self.selected_appointment()
        # A booking of an archived quarter is read-only (the service refuses; say so before a click).
        archived = a is not None and Quarter.of(a.starts_at.date()) in self._archived
        status = a.status if a and not archived else None
        self.attended_button.setEnabled(bool(a) and may_change_status(status, AppointmentStatus.ATTENDED))
        self.no_show_button.setEnabled(bool(a) and may_change_status(status, AppointmentStatus.NO_SHOW))
        self.cancel_button.setEnabled(status is AppointmentStatus.BOOKED)
        self.move_button.setEnabled(status is AppointmentStatus.BOOKED)
        if self.visit_button is not None:
            self.visit_button.setEnabled(a is not None and a.status is AppointmentStatus.ATTENDED)
        if a is None:
            self.selected_line.setText(self.tr("Select a booking in the week or in the list to settle or "
                                               "move it.") if self.week.monday else "")
        else:
            text = self.tr("{day} {start}–{end} · {client} · {counsellor} · {status}").format(
                day=a.starts_at.date().isoformat(), start=f"{a.starts_at:%H:%M}", end=f"{a.ends_at:%H:%M}",
                client=a.client_name, counsellor=a.counsellor_name, status=status_label(a.status))
            if a.status is AppointmentStatus.CANCELLED and a.cancel_reason:
                text += "\n" + self.tr("Reason: {reason}").format(reason=a.cancel_reason)
            if archived:
                text += "\n" + self.tr("Quarter {quarter} has been archived: this booking can no longer be "
                                       "changed.").format(quarter=str(Quarter.of(a.starts_at.date())))
            self.selected_line.setText(text)

    def _show_hint(self) -> None:
        if self.week.monday is None:
            return
        self.status.setStyleSheet(HINT_STYLE)
        live = sum(1 for a in self._appointments if a.status is not AppointmentStatus.CANCELLED)
        self.status.setText(plural(
            live, self.tr("{count} booking this week. Double-click a free time, or press Ctrl+N, to book the room."),
            self.tr("{count} bookings this week. Double-click a free time, or press Ctrl+N, to book the room."))
            .format(count=live))

    # -- navigation ------------------------------------------------------------
    def previous_week(self) -> None:
        self._go(self._monday - timedelta(days=7))

    def next_week(self) -> None:
        self._go(self._monday + timedelta(days=7))

    def this_week(self) -> None:
        self._go(self._week_of(self.ctx.session.today()))

    def _go(self, monday: date) -> None:
        offset = (self._day - self._monday).days
        self._monday = monday
        self._day = monday + timedelta(days=min(max(offset, 0), 6))
        self.week.selected_slot = None
        self._load()

    def show_week_of(self, day: date) -> None:
        self._monday = self._week_of(day)
        self._day = day
        self._load()

    # -- actions ---------------------------------------------------------------
    def new_booking(self) -> None:
        start = self.week.selected_slot
        self._open_booking(start, None)

    def book_at(self, start) -> None:
        self._open_booking(start, None)

    def move_selected(self) -> None:
        a = self.selected_appointment()
        if a is not None and a.status is AppointmentStatus.BOOKED:
            self._open_booking(None, a)

    def _open_booking(self, start: datetime | None, appointment: Appointment | None) -> None:
        dialog = BookingDialog(self.ctx.session, start=start, appointment=appointment, parent=self)
        if start is None and appointment is None and self._day != self.ctx.session.today():
            dialog.show_day(self._day)  # the day chosen in the week, first free time
        dialog.accepted.connect(self._booking_saved)
        self.open_dialog(dialog)

    def _booking_saved(self) -> None:
        dialog = self.sender()
        saved = getattr(dialog, "saved_appointment", None)
        if saved is None:
            return
        moved = dialog.appointment is not None
        self._monday = self._week_of(saved.starts_at.date())
        self._day = saved.starts_at.date()
        self.week.selected_slot = None
        self._load(select_id=saved.id)
        text = self.tr("{client} moved to {day} {start}.") if moved else self.tr("{client} booked for {day} {start}.")
        self.show_done(text.format(client=saved.client_name, day=saved.starts_at.date().isoformat(),
                                    start=f"{saved.starts_at:%H:%M}"))

    def mark_attended(self) -> None:
        self._set_status(AppointmentStatus.ATTENDED)

    def mark_no_show(self) -> None:
        self._set_status(AppointmentStatus.NO_SHOW)

    def cancel_selected(self) -> None:
        a = self.selected_appointment()
        if a is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Cancel appointment"),
            self.tr("Cancel {client}'s booking on {day} {start}?\nReason (e.g. exam, rescheduled by the "
                    "class teacher):").format(client=a.client_name, day=a.starts_at.date().isoformat(),
                                              start=f"{a.starts_at:%H:%M}"),
            QLineEdit.EchoMode.Normal, "")
        if not ok:
            return
        self._set_status(AppointmentStatus.CANCELLED, reason)

    def _set_status(self, status: AppointmentStatus, reason: str = "") -> None:
        a = self.selected_appointment()
        if a is None:
            return
        try:
            changed = self._service().set_status(a.id, status, reason)
        except CounselRoomError as err:
            self.show_error(err)
            self._load()
            return
        self._load(select_id=changed.id)
        self.show_done(self.tr("{client} ({day} {start}): {status}.").format(
            client=changed.client_name, day=changed.starts_at.date().isoformat(),
            start=f"{changed.starts_at:%H:%M}", status=status_label(changed.status)))

    # -- the visit record of an attended appointment -----------------------------------------
    def _row_activated(self, _item) -> None:
        a = self.selected_appointment()
        if a is not None and a.status is AppointmentStatus.ATTENDED:
            self.open_visit_record()

    def open_visit_record(self) -> None:
        """Start (or find) the attended appointment's visit record, in its case.

        A booking made without a case (an assistant booked it) is linked first: to the
        client's only open case, or the one the counsellor picks among several.
        """
        a = self.selected_appointment()
        if a is None or a.status is not AppointmentStatus.ATTENDED or self.visit_button is None:
            return
        appointment_id = a.id
        if a.case_id is None:
            case_id = self._choose_case(a)
            if case_id is None:
                return
            linked = with_reason(self, lambda reason: self._service().link_case(
                appointment_id, case_id, reason=reason), self.show_error)
            if linked is None:
                return
        visit = with_reason(self, lambda reason: VisitService(self.ctx.session).start_from_appointment(
            appointment_id, reason=reason), self.show_error)
        if visit is None:
            self._load(select_id=appointment_id)
            return
        self._load(select_id=appointment_id)
        self.show_done(self.tr("Visit {no} of {client} ({day} {start}) is ready to write on the Visit "
                               "records page.").format(no=visit.session_no, client=a.client_name,
                                               day=a.starts_at.date().isoformat(), start=f"{a.starts_at:%H:%M}"))
        self.visit_opened.emit(visit.id)

    def _choose_case(self, a: Appointment) -> int | None:
        try:
            entries = [e for e in CaseService(self.ctx.session).for_client(a.client_id)
                       if e.case.is_open and e.access is not CaseAccess.NONE]
        except CounselRoomError as err:
            self.show_error(err)
            return None
        if not entries:
            QMessageBox.information(
                self, self.tr("Visit record"),
                self.tr("{client} has no open case you work on, so the visit record has nowhere to go.\n\n"
                        "Open a case for {client} on the Clients page first (or ask the supervisor to share "
                        "the case with you), then open the visit record again.").format(client=a.client_name))
            return None
        if len(entries) == 1:
            return entries[0].case.id
        # the appointment's counsellor's cases first
        entries.sort(key=lambda e: (e.case.counsellor_id != a.counsellor_id, e.case.number))
        labels = [self._case_text(e) for e in entries]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Which case?"),
            self.tr("{client} has several open cases. In which one should the visit record of {day} {start} "
                    "be written?").format(client=a.client_name, day=a.starts_at.date().isoformat(),
                                          start=f"{a.starts_at:%H:%M}"),
            labels, 0, False)
        if not ok or chosen not in labels:
            return None
        return entries[labels.index(chosen)].case.id

    def _case_text(self, entry: CaseEntry) -> str:
        c = entry.case
        return self.tr("Case {number} · {counsellor} · since {date}").format(
            number=c.number, counsellor=entry.counsellor_name, date=c.opened_on.isoformat())
