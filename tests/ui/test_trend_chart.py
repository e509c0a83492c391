"""The trend chart draws the scores where they belong over the bands."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from counselroom.ui.widgets.trend_chart import BAND_FILLS, Band, Point, TrendChart

PHQ9_BANDS = [Band(0, 4, "无或极轻微", 0), Band(5, 9, "轻度", 1), Band(10, 14, "中度", 2),
              Band(15, 19, "中重度", 3), Band(20, 27, "重度", 3)]


def _chart(qtbot, points):
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(640, 300)
    chart.show_series(points, PHQ9_BANDS, low=0, high=27, empty_text="还没有已签署的测验")
    return chart


def test_scores_are_placed_by_value_and_shaded_bands_show(qtbot):
    points = [Point(date(2026, 9, 1), 21, "重度"), Point(date(2026, 10, 1), 12, "中度"),
              Point(date(2026, 11, 1), 3, "无或极轻微")]
    chart = _chart(qtbot, points)
    positions = chart.point_positions()
    assert positions[0].y() < positions[1].y() < positions[2].y()      # higher score drawn higher
    assert positions[0].x() < positions[1].x() < positions[2].x()      # oldest on the left
    image = chart.grab().toImage()
    # Just above the low score's point lies the "minimal" band's fill; near the top, the severe band's.
    low = positions[2]
    assert image.pixelColor(int(low.x()) + 12, int(low.y()) + 10) == QColor(BAND_FILLS[0])
    assert image.pixelColor(int(low.x()) + 12, 20) == QColor(BAND_FILLS[3])
    assert chart.point_at(QPointF(positions[1])) == 1
    assert chart.point_at(QPointF(positions[1].x() + 40, positions[1].y())) == -1


def test_empty_and_cleared(qtbot):
    chart = _chart(qtbot, [])
    assert chart.point_positions() == []
    chart.grab()  # paints the empty text without failing
    chart = _chart(qtbot, [Point(date(2026, 9, 1), 8)])
    chart.clear()
    assert chart.points == []
