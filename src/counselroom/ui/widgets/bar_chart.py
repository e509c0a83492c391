"""A small bar chart of one statistics table, painted with QPainter (no QtCharts: it would add
megabytes to the frozen build for a few rectangles).

Two shapes, as the figures read best:

- **horizontal** bars, one per row, for a count by category (visits by kind, outcomes); with
  more than one column the bar is stacked, one colour a column, with a legend;
- **vertical** stacked bars for a series in time (visits by month, stacked by kind; time open each
  week), the labels thinned out when there are too many to read.

The widget only draws what it is given: the words (already in the screen's language), the numbers
and how to write a number (minutes as hours, say). The exact counts are on screen only: the page
that uses it is the internal view (see ``ui/pages/statistics_page.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from counselroom.ui import styles

#: One colour a column (series), in order; chosen apart in hue and lightness so that neighbours in
#: a stacked bar stay distinguishable, and repeated after the last.
SERIES = tuple(QColor(c) for c in (
    styles.DUTY_BAR, styles.PENDING_ACCENT, styles.DONE_ACCENT, styles.BAND_HIGH_INK, styles.NAVY_MUTED,
    styles.ACCENT, styles.BAND_MODERATE_INK, styles.STEP_NA_ACCENT, styles.NAVY, styles.FAIR_STRENGTH))
INK = QColor(styles.SECONDARY_INK)
QUIET = QColor(styles.HINT_INK)
GRID = QColor(styles.DUTY_GRID)
REFERENCE = QColor(styles.WARNING_INK)
TRACK = QColor(styles.DUTY_TRACK)

ROW_HEIGHT = 24        # pixels a horizontal bar's row takes
BAR_FILL = 0.62        # of a row or slot, the bar
MARGIN = 10
LEGEND_SWATCH = 10
VERTICAL_HEIGHT = 250


def series_colour(index: int) -> QColor:
    return SERIES[index % len(SERIES)]


@dataclass(frozen=True)
class ChartData:
    rows: tuple[str, ...]
    series: tuple[str, ...]
    cells: tuple[tuple[float, ...], ...]     # len(rows) × len(series)
    vertical: bool
    # A level each bar is read against (the room's minimum open time a week), drawn as a dashed line.
    reference: float | None = None
    reference_label: str = ""

    @property
    def totals(self) -> tuple[float, ...]:
        return tuple(sum(row) for row in self.cells)

    @property
    def scale_top(self) -> tuple[float, float]:
        """The scale's top and grid step: the largest bar, or the reference line if it is higher."""
        return nice_top(max((*self.totals, self.reference or 0.0)))


def nice_top(most: float) -> tuple[float, float]:
    """A round top for the scale at or above ``most`` and the step of its grid lines (1, 2 or 5 × 10ⁿ)."""
    if most <= 0:
        return 1.0, 1.0
    magnitude = 1.0
    while magnitude * 10 <= most:
        magnitude *= 10
    for factor in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10):
        step = max(1.0, magnitude * factor)
        if most / step <= 5:
            top = step * -(-most // step)
            return top, step
    return most, most


class BarChart(QWidget):
    """Call :meth:`show_data`; :meth:`clear` forgets the figures."""

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._data: ChartData | None = None
        self._value_text: Callable[[float], str] = _plain
        self._empty_text = empty_text

    # -- data ----------------------------------------------------------------------------------------
    def show_data(self, rows: Sequence[str], series: Sequence[str], cells: Sequence[Sequence[float]], *,
                  vertical: bool = False, value_text: Callable[[float], str] | None = None,
                  reference: float | None = None, reference_label: str = "") -> None:
        self._data = ChartData(tuple(rows), tuple(series), tuple(tuple(r) for r in cells), vertical,
                               reference if reference else None, reference_label)
        self._value_text = value_text or _plain
        self.setFixedHeight(self._height())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self._data = None
        self.setFixedHeight(self._height())
        self.update()

    def data(self) -> ChartData | None:
        return self._data

    def is_empty(self) -> bool:
        return self._data is None or not any(any(row) for row in self._data.cells)

    # -- geometry ------------------------------------------------------------------------------------
    def _line(self) -> float:
        return QFontMetricsF(self._small()).height()

    def _small(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        return font

    def _legend_height(self) -> float:
        data = self._data
        return self._line() + 8 if data is not None and len(data.series) > 1 else 0

    def _height(self) -> int:
        data = self._data
        if data is None or self.is_empty():
            return int(self._line() * 2 + 2 * MARGIN)
        if data.vertical:
            return VERTICAL_HEIGHT + int(self._legend_height())
        return int(2 * MARGIN + self._legend_height() + ROW_HEIGHT * max(1, len(data.rows)))

    def sizeHint(self) -> QSize:
        return QSize(420, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self._height())

    def _label_width(self) -> float:
        data = self._data
        metrics = QFontMetricsF(self._small())
        widest = max((metrics.horizontalAdvance(r) for r in data.rows), default=0) if data else 0
        return min(widest + 8, self.width() * 0.38)

    def bar_rects(self) -> list[list[QRectF]]:
        """Each row's (or slot's) segments, one a series, in the widget's coordinates."""
        data = self._data
        if data is None or self.is_empty():
            return []
        top_value, _step = data.scale_top
        area = self._plot_area()
        rects: list[list[QRectF]] = []
        if data.vertical:
            slot = area.width() / max(1, len(data.rows))
            width = min(44.0, slot * BAR_FILL)
            for i, row in enumerate(data.cells):
                x = area.left() + i * slot + (slot - width) / 2
                y = area.bottom()
                segments = []
                for value in row:
                    height = area.height() * value / top_value
                    segments.append(QRectF(x, y - height, width, height))
                    y -= height
                rects.append(segments)
        else:
            height = ROW_HEIGHT * BAR_FILL
            for i, row in enumerate(data.cells):
                y = area.top() + i * ROW_HEIGHT + (ROW_HEIGHT - height) / 2
                x = area.left()
                segments = []
                for value in row:
                    width = area.width() * value / top_value
                    segments.append(QRectF(x, y, width, height))
                    x += width
                rects.append(segments)
        return rects

    def _plot_area(self) -> QRectF:
        data = self._data
        top = MARGIN + self._legend_height()
        line = self._line()
        if data is not None and data.vertical:
            left = MARGIN + QFontMetricsF(self._small()).horizontalAdvance(
                self._value_text(data.scale_top[0])) + 6
            return QRectF(left, top + line, self.width() - left - MARGIN, self.height() - top - 2 * line - MARGIN - 4)
        left = MARGIN + self._label_width()
        # Room on the right for the longest total written after its bar.
        right = QFontMetricsF(self._small()).horizontalAdvance(
            self._value_text(max(data.totals)) if data and data.totals else "0") + 8
        return QRectF(left, top, max(20.0, self.width() - left - right - MARGIN), ROW_HEIGHT * len(data.rows) if data else 0)

    # -- painting ------------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(styles.SURFACE))
        painter.setFont(self._small())
        if self._data is None:
            return
        if self.is_empty():
            painter.setPen(QUIET)
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        self._paint_legend(painter)
        if self._data.vertical:
            self._paint_vertical(painter)
        else:
            self._paint_horizontal(painter)

    def _paint_legend(self, painter: QPainter) -> None:
        data = self._data
        if data is None or len(data.series) < 2:
            return
        metrics = QFontMetricsF(painter.font())
        x, y = float(MARGIN), float(MARGIN)
        line = self._line()
        for i, name in enumerate(data.series):
            width = LEGEND_SWATCH + 4 + metrics.horizontalAdvance(name) + 14
            if x + width > self.width() - MARGIN and x > MARGIN:
                break      # the table view lists every column; the legend keeps to one line
            painter.fillRect(QRectF(x, y + (line - LEGEND_SWATCH) / 2, LEGEND_SWATCH, LEGEND_SWATCH), series_colour(i))
            painter.setPen(INK)
            painter.drawText(QRectF(x + LEGEND_SWATCH + 4, y, width, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            x += width

    def _paint_horizontal(self, painter: QPainter) -> None:
        data = self._data
        assert data is not None
        area = self._plot_area()
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()))
        for i, (label, segments, total) in enumerate(zip(data.rows, self.bar_rects(), data.totals)):
            row = QRectF(MARGIN, area.top() + i * ROW_HEIGHT, area.left() - MARGIN - 6, ROW_HEIGHT)
            painter.setPen(INK if total else QUIET)
            elided = QFontMetricsF(painter.font()).elidedText(label, Qt.TextElideMode.ElideRight, row.width())
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided)
            for j, rect in enumerate(segments):
                if rect.width() > 0:
                    painter.fillRect(rect, series_colour(j))
            end = segments[-1].right() if segments else area.left()
            painter.setPen(INK if total else QUIET)
            painter.drawText(QRectF(end + 4, row.top(), self.width() - end, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._value_text(total))

    def _paint_vertical(self, painter: QPainter) -> None:
        data = self._data
        assert data is not None
        area = self._plot_area()
        top_value, step = data.scale_top
        metrics = QFontMetricsF(painter.font())
        line = self._line()
        value = step
        while value <= top_value + 1e-9:
            y = area.bottom() - area.height() * value / top_value
            painter.setPen(QPen(GRID, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QUIET)
            painter.drawText(QRectF(MARGIN, y - line / 2, area.left() - MARGIN - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._value_text(value))
            value += step
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        slot = area.width() / max(1, len(data.rows))
        widest = max(metrics.horizontalAdvance(r) for r in data.rows) + 8
        every = max(1, int(-(-widest // slot)))     # label every n-th slot so that labels do not touch
        show_totals = metrics.horizontalAdvance(self._value_text(max(data.totals))) + 2 <= slot
        for i, (label, segments, total) in enumerate(zip(data.rows, self.bar_rects(), data.totals)):
            for j, rect in enumerate(segments):
                if rect.height() > 0:
                    painter.fillRect(rect, series_colour(j))
            x = area.left() + i * slot
            if total and show_totals:
                painter.setPen(INK)
                top = segments[-1].top() if segments else area.bottom()
                painter.drawText(QRectF(x, top - line - 1, slot, line), Qt.AlignmentFlag.AlignCenter,
                                 self._value_text(total))
            if i % every == 0:
                painter.setPen(INK)
                left = min(max(0.0, x + slot / 2 - widest / 2), self.width() - widest)   # kept inside
                painter.drawText(QRectF(left, area.bottom() + 3, widest, line),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        if data.reference:
            self._paint_reference(painter, area, area.bottom() - area.height() * data.reference / top_value)

    def _paint_reference(self, painter: QPainter, area: QRectF, y: float) -> None:
        data = self._data
        assert data is not None
        painter.setPen(QPen(REFERENCE, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.setPen(REFERENCE)
        text = data.reference_label or self._value_text(data.reference or 0)
        painter.drawText(QRectF(area.left(), y - self._line() - 1, area.width() - 4, self._line()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, text)

    # -- hover ---------------------------------------------------------------------------------------
    def tooltip_at(self, pos: QPointF) -> str:
        data = self._data
        if data is None:
            return ""
        for label, segments, row in zip(data.rows, self.bar_rects(), data.cells):
            for name, rect, value in zip(data.series, segments, row):
                hit = rect.adjusted(-1, -1, 1, 1)
                if value and hit.contains(pos):
                    where = label if len(data.series) < 2 else f"{label} · {name}"
                    return f"{where}: {self._value_text(value)}"
        return ""

    def mouseMoveEvent(self, event) -> None:
        text = self.tooltip_at(event.position())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)


def _plain(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)
