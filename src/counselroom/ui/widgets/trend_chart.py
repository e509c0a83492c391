"""A client's scores on one scale over time, drawn over the scale's severity bands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from counselroom.ui import styles

# Soft fills by severity (0 none … 3 high): the bands are context, the line is the news.
BAND_FILLS = (styles.BAND_NONE_FILL, styles.BAND_MILD_FILL, styles.BAND_MODERATE_FILL, styles.BAND_HIGH_FILL)
BAND_TEXT = (styles.BAND_NONE_INK, styles.BAND_MILD_INK, styles.BAND_MODERATE_INK, styles.BAND_HIGH_INK)
LINE = QColor(styles.NAVY)
GRID = QColor(styles.TREND_GRID)
EMPTY_FILL = QColor(styles.PANEL_BG)
EMPTY_BORDER = QColor(styles.LIGHT_BORDER)
HINT_INK = QColor(styles.HINT_INK)
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 120, 14, 40
HIT_RADIUS = 8


@dataclass(frozen=True)
class Band:
    low: float
    high: float
    label: str
    severity: int = 0


@dataclass(frozen=True)
class Point:
    day: date
    score: float
    band: str = ""


class TrendChart(QWidget):
    """Call :meth:`show_series` with the scores (oldest first) and the scale's bands.

    Without scores it draws no axes or bands (a 0-1 scale would mean nothing), only a
    quiet note saying when the trend will appear."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setMouseTracking(True)
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._points: list[Point] = []
        self._bands: list[Band] = []
        self._low, self._high = 0.0, 1.0
        self._empty_text = ""

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    # -- data ---------------------------------------------------------------------------------
    def show_series(self, points: list[Point], bands: list[Band], *, low: float, high: float,
                    empty_text: str = "") -> None:
        self._points = sorted(points, key=lambda p: p.day)
        self._bands = list(bands)
        self._low, self._high = float(low), float(max(high, low + 1))
        self._empty_text = empty_text
        self.update()

    def clear(self) -> None:
        self._points, self._bands = [], []
        self._empty_text = ""
        self.update()

    @property
    def points(self) -> list[Point]:
        return list(self._points)

    def is_empty(self) -> bool:
        """True while the empty state is drawn instead of a chart."""
        return not self._points

    def empty_text(self) -> str:
        """What the empty state says."""
        return self._empty_text

    def show_empty(self, text: str) -> None:
        """No scores (yet): the empty state with ``text``."""
        self._points, self._bands = [], []
        self._empty_text = text
        self.update()

    # -- geometry -------------------------------------------------------------------------------
    def _plot(self) -> QRectF:
        return QRectF(MARGIN_LEFT, MARGIN_TOP, max(10, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
                      max(10, self.height() - MARGIN_TOP - MARGIN_BOTTOM))

    def _y(self, value: float, plot: QRectF) -> float:
        return plot.bottom() - (value - self._low) / (self._high - self._low) * plot.height()

    def _x(self, index: int, plot: QRectF) -> float:
        # Evenly spaced by administration, not by calendar: a gap of months would squash the rest.
        if len(self._points) == 1:
            return plot.center().x()
        return plot.left() + 16 + index * (plot.width() - 32) / (len(self._points) - 1)

    def point_positions(self) -> list[QPointF]:
        plot = self._plot()
        return [QPointF(self._x(i, plot), self._y(p.score, plot)) for i, p in enumerate(self._points)]

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._points:
            self._paint_empty(painter)
            return
        painter.fillRect(self.rect(), QColor(styles.SURFACE))
        plot = self._plot()
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.85))
        painter.setFont(small)
        metrics = painter.fontMetrics()

        for band in self._bands:
            top = self._y(min(band.high + 0.5, self._high), plot)
            bottom = self._y(max(band.low - 0.5, self._low), plot)
            rect = QRectF(plot.left(), top, plot.width(), bottom - top)
            severity = max(0, min(band.severity, len(BAND_FILLS) - 1))
            painter.fillRect(rect, QColor(BAND_FILLS[severity]))
            # Neighbouring bands of the same severity still show where one ends.
            painter.setPen(QPen(QColor(styles.SURFACE), 1.5))
            painter.drawLine(QPointF(plot.left(), top), QPointF(plot.right(), top))
            painter.setPen(QColor(BAND_TEXT[severity]))
            label = metrics.elidedText(band.label, Qt.TextElideMode.ElideRight, MARGIN_RIGHT - 10)
            painter.drawText(QRectF(plot.right() + 6, top, MARGIN_RIGHT - 8, bottom - top),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)

        painter.setPen(QPen(GRID, 1))
        painter.drawRect(plot)
        step = _tick_step(self._high - self._low)
        tick = self._low
        while tick <= self._high + 1e-9:
            y = self._y(tick, plot)
            painter.setPen(QPen(GRID, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(HINT_INK)
            painter.drawText(QRectF(0, y - 8, MARGIN_LEFT - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _number(tick))
            tick += step

        positions = self.point_positions()
        path = QPainterPath(positions[0])
        for pos in positions[1:]:
            path.lineTo(pos)
        painter.setPen(QPen(LINE, 2))
        painter.drawPath(path)
        label_every = max(1, len(positions) // max(1, int(plot.width() // 80)))
        for i, (pos, point) in enumerate(zip(positions, self._points)):
            painter.setBrush(LINE)
            painter.setPen(QPen(QColor(styles.SURFACE), 1.5))
            painter.drawEllipse(pos, 4.5, 4.5)
            painter.setPen(LINE)
            painter.drawText(QRectF(pos.x() - 20, pos.y() - 22, 40, 16), Qt.AlignmentFlag.AlignCenter,
                             _number(point.score))
            if i % label_every == 0 or i == len(positions) - 1:
                painter.setPen(HINT_INK)
                painter.drawText(QRectF(pos.x() - 40, plot.bottom() + 6, 80, 16), Qt.AlignmentFlag.AlignCenter,
                                 point.day.isoformat())

    def _paint_empty(self, painter: QPainter) -> None:
        """A quiet panel with one sentence: no axes, no bands, no numbers."""
        box = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setPen(QPen(EMPTY_BORDER, 1, Qt.PenStyle.DashLine))
        painter.setBrush(EMPTY_FILL)
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(HINT_INK)
        text_box = box.adjusted(24, 16, -24, -16)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text())

    # -- hover ----------------------------------------------------------------------------------------
    def point_at(self, pos: QPointF) -> int:
        """Index of the score drawn under ``pos``, or -1."""
        for i, spot in enumerate(self.point_positions()):
            if (spot - pos).manhattanLength() <= HIT_RADIUS * 1.5:
                return i
        return -1

    def mouseMoveEvent(self, event) -> None:
        index = self.point_at(event.position())
        if index < 0:
            QToolTip.hideText()
            return
        point = self._points[index]
        text = f"{point.day.isoformat()}: {_number(point.score)}" + (f" · {point.band}" if point.band else "")
        QToolTip.showText(event.globalPosition().toPoint(), text, self)


def _tick_step(span: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100):
        if span / step <= 8:
            return float(step)
    return span / 8


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")
