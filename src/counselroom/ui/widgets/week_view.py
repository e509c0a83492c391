"""The room's week (预约): Mon–Sun in 15-minute rows, opening hours, and each booking as a block."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from counselroom.domain.appointments import Appointment, AppointmentStatus
from counselroom.ui.labels import label_of
from counselroom.ui.styles import (
    ACCENT, ACCENT_TINT, AMBER_TINT, ATTENDED_FILL, BOOKED_INK, CANCELLED_BORDER, CLOSED_HOURS_FILL, FRAME_BORDER,
    GREY_FILL, HINT_INK, HOUR_LINE, NO_SHOW_BORDER, NO_SHOW_FILL, NO_SHOW_INK, OK_DEEPER_INK, OK_INK, QUIET_INK,
    SELECTION_BG, SURFACE, TEXT_INK,
)

STEP = 15  # minutes per row
ROW_HEIGHT = 15
HEADER_HEIGHT = 40
GUTTER = 52
DEFAULT_RANGE = (time(8, 0), time(18, 0))
# status -> (fill, border, text)
STATUS_COLOURS = {
    AppointmentStatus.BOOKED: (ACCENT_TINT, ACCENT, BOOKED_INK),
    AppointmentStatus.ATTENDED: (ATTENDED_FILL, OK_INK, OK_DEEPER_INK),
    AppointmentStatus.NO_SHOW: (NO_SHOW_FILL, NO_SHOW_BORDER, NO_SHOW_INK),
    AppointmentStatus.CANCELLED: (GREY_FILL, CANCELLED_BORDER, QUIET_INK),
}
OPEN_FILL = SURFACE
CLOSED_FILL = CLOSED_HOURS_FILL
TODAY_FILL = AMBER_TINT
SELECTED_DAY_FILL = SELECTION_BG


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
        if self.selected_id is not None and self.find_appointment(self.selected_id) is None:
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

    def find_appointment(self, appointment_id: int) -> Appointment | None:
        return next((a for a in self.appointments if a.id == appointment_id), None)

    def select(self, appointment_id: int | None) -> None:
        self.selected_id = appointment_id
        appointment = self.find_appointment(appointment_id) if appointment_id is not None else None
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
        assert self.monday is not None   # _layout() places blocks only in a week that is shown
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
        painter.fillRect(self.rect(), QColor(SURFACE))
        w = self._col_width()
        rows = (self.last - self.first) // STEP
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.5, base.pointSizeF() * 0.85))
        grid_pen = QPen(QColor(FRAME_BORDER))
        hour_pen = QPen(QColor(HOUR_LINE))
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
                painter.setPen(QColor(HINT_INK))
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
            painter.setPen(QColor(TEXT_INK))
            text = names[col] if day is None else f"{names[col]}  {day.month}/{day.day}"
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(hour_pen)
        painter.drawLine(QPointF(0, HEADER_HEIGHT), QPointF(self.width(), HEADER_HEIGHT))
        # the chosen free slot (keyboard)
        if self.selected_slot is not None and self.monday is not None:
            col = (self.selected_slot.date() - self.monday).days
            if 0 <= col < 7:
                y = self._y(self.selected_slot.hour * 60 + self.selected_slot.minute)
                painter.setPen(QPen(QColor(ACCENT), 2, Qt.PenStyle.DashLine))
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
        painter.setPen(QPen(QColor(TEXT_INK) if selected else QColor(border), 2.5 if selected else 1,
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
                    f"{booking.starts_at:%H:%M}–{booking.ends_at:%H:%M}  {label_of(booking.status)}",
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
