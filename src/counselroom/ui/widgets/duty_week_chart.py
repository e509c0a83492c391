"""The week's open hours (R11) as a small chart: one bar per weekday, then the week's total against
the room's minimum.

Two people on duty at the same time count once: the minutes come from
``DutyService.week_summary`` (the union of the shifts), this widget only draws them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from counselroom.domain.duty import DutyWeek
from counselroom.ui import styles

BAR = QColor(styles.DUTY_BAR)
BAR_TODAY = QColor(styles.NAVY)
GRID = QColor(styles.DUTY_GRID)
INK = QColor(styles.SECONDARY_INK)
QUIET = QColor(styles.QUIET_INK)
MET = QColor(styles.MET_BAR)
SHORT = QColor(styles.PENDING_ACCENT)
TRACK = QColor(styles.DUTY_TRACK)
MIN_LINE = QColor(styles.ERROR_INK)


def weekday_short(day: int) -> str:
    return (QCoreApplication.translate("DutyLabels", "Mon"), QCoreApplication.translate("DutyLabels", "Tue"),
            QCoreApplication.translate("DutyLabels", "Wed"), QCoreApplication.translate("DutyLabels", "Thu"),
            QCoreApplication.translate("DutyLabels", "Fri"), QCoreApplication.translate("DutyLabels", "Sat"),
            QCoreApplication.translate("DutyLabels", "Sun"))[day]


def duration_text(minutes: int) -> str:
    """"2 h 05 min"; under an hour "45 min"."""
    hours, rest = divmod(max(0, int(minutes)), 60)
    if not hours:
        return QCoreApplication.translate("DutyLabels", "{minutes} min").format(minutes=rest)
    return QCoreApplication.translate("DutyLabels", "{hours} h {minutes:02d} min").format(hours=hours, minutes=rest)


def hours_text(minutes: int) -> str:
    """Hours with at most one decimal: "7.5 h", "10 h"."""
    hours = minutes / 60
    number = f"{hours:.0f}" if abs(hours - round(hours)) < 0.05 else f"{hours:.1f}"
    return QCoreApplication.translate("DutyLabels", "{hours} h").format(hours=number)


class DutyWeekChart(QWidget):
    """Call :meth:`show_week` with the week's minutes; :meth:`clear` forgets them."""

    MARGIN = 10
    TOTAL_HEIGHT = 58

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dutyWeekChart")
        self.setMouseTracking(True)
        self.setMinimumSize(280, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._week: DutyWeek | None = None
        self._today: date | None = None

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    # -- data ----------------------------------------------------------------------------------------
    def show_week(self, week: DutyWeek, today: date) -> None:
        self._week = week
        self._today = today
        self.setToolTip("")
        self.update()

    def clear(self) -> None:
        self._week = None
        self._today = None
        self.update()

    def day_minutes(self) -> tuple[int, ...]:
        return self._week.days if self._week else ()

    def total_minutes(self) -> int:
        return self._week.total_minutes if self._week else 0

    def minimum_minutes(self) -> int:
        return self._week.minimum_minutes if self._week else 0

    # -- geometry -------------------------------------------------------------------------------------
    def _bars_area(self) -> QRectF:
        m = self.MARGIN
        return QRectF(m, m + 18, self.width() - 2 * m, max(40, self.height() - 2 * m - 18 - 22 - self.TOTAL_HEIGHT))

    def _scale_top(self) -> int:
        """Minutes at the top of the bars: at least 4 hours, whole hours."""
        most = max(self._week.days) if self._week else 0
        return max(240, (most + 59) // 60 * 60)

    def bar_rects(self) -> list[QRectF]:
        area = self._bars_area()
        slot = area.width() / 7
        width = min(46.0, slot * 0.62)
        top = self._scale_top()
        rects = []
        for i, minutes in enumerate(self.day_minutes() or (0,) * 7):
            height = area.height() * minutes / top
            x = area.left() + i * slot + (slot - width) / 2
            rects.append(QRectF(x, area.bottom() - height, width, height))
        return rects

    def _total_track(self) -> QRectF:
        m = self.MARGIN
        return QRectF(m, self.height() - m - 16, self.width() - 2 * m, 14)

    # -- painting ---------------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(styles.SURFACE))
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.85))
        painter.setFont(small)
        if self._week is None:
            return
        week, today = self._week, self._today
        area = self._bars_area()
        slot = area.width() / 7

        # Hour lines behind the bars.
        top = self._scale_top()
        step = 60 if top <= 360 else 120
        painter.setPen(QPen(GRID, 1, Qt.PenStyle.DotLine))
        for minutes in range(step, top + 1, step):
            y = area.bottom() - area.height() * minutes / top
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))

        for i, (rect, minutes, day) in enumerate(zip(self.bar_rects(), week.days, week.dates())):
            is_today = day == today
            if minutes:
                painter.fillRect(rect, BAR_TODAY if is_today else BAR)
                painter.setPen(INK)
                painter.drawText(QRectF(area.left() + i * slot, rect.top() - 17, slot, 16),
                                 Qt.AlignmentFlag.AlignCenter, hours_text(minutes))
            painter.setPen(INK if is_today else (QUIET if today is not None and day > today else INK))
            font = QFont(small)
            font.setBold(is_today)
            painter.setFont(font)
            painter.drawText(QRectF(area.left() + i * slot, area.bottom() + 3, slot, 18),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, weekday_short(i))
            painter.setFont(small)

        # The week's total against the minimum.
        track = self._total_track()
        total, minimum = week.total_minutes, max(1, week.minimum_minutes)
        scale = max(minimum * 1.25, total)
        painter.fillRect(track, TRACK)
        filled = QRectF(track.left(), track.top(), track.width() * min(total, scale) / scale, track.height())
        painter.fillRect(filled, MET if week.met else SHORT)
        x = track.left() + track.width() * minimum / scale
        painter.setPen(QPen(MIN_LINE, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, track.top() - 5), QPointF(x, track.bottom() + 3))
        bold = QFont(small)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(MET if week.met else INK)
        caption = self.tr("This week: {total} of at least {minimum}").format(
            total=hours_text(total), minimum=hours_text(week.minimum_minutes))
        painter.drawText(QRectF(track.left(), track.top() - 22, track.width(), 18),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, caption)

    # -- hover ----------------------------------------------------------------------------------------
    def tooltip_at(self, pos: QPointF) -> str:
        if self._week is None:
            return ""
        area = self._bars_area()
        if area.top() - 18 <= pos.y() <= area.bottom() + 20 and area.left() <= pos.x() < area.right():
            i = int((pos.x() - area.left()) // (area.width() / 7))
            day = self._week.dates()[i]
            return self.tr("{weekday} {date}: open {time}").format(
                weekday=weekday_short(i), date=day.isoformat(), time=duration_text(self._week.days[i]))
        if pos.y() >= self._total_track().top() - 24:
            missing = self._week.minimum_minutes - self._week.total_minutes
            if missing > 0:
                return self.tr("{time} more this week to reach the minimum").format(time=duration_text(missing))
            return self.tr("The minimum is reached this week.")
        return ""

    def mouseMoveEvent(self, event) -> None:
        text = self.tooltip_at(event.position())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)
