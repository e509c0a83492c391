"""The printed trend chart: points over shaded bands, in the embedded font."""

from __future__ import annotations

import io
from datetime import date

from reportlab.graphics.shapes import Circle, Rect, String
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from counselroom.reports.score_chart import ChartBand, ChartPoint, score_chart
from pdf_helpers import assert_embedded_truetype, pdf_text

BANDS = [ChartBand(0, 4, "无或极轻微", 0), ChartBand(5, 9, "轻度", 1), ChartBand(10, 14, "中度", 2),
         ChartBand(15, 19, "中重度", 3), ChartBand(20, 27, "重度", 3)]
POINTS = [ChartPoint(date(2026, 9, 1), 21), ChartPoint(date(2026, 10, 8), 12),
          ChartPoint(date(2026, 11, 20), 4, current=True)]


def test_points_sit_at_their_scores_inside_their_bands():
    drawing = score_chart(POINTS, BANDS, low=0, high=27, width=400, height=160)
    circles = [s for s in drawing.contents if isinstance(s, Circle)]
    rects = [s for s in drawing.contents if isinstance(s, Rect) and s.fillColor is not None]
    assert len(circles) == 3 and len(rects) == 5
    assert circles[0].cy > circles[1].cy > circles[2].cy and circles[2].r > circles[0].r
    for circle, band in zip(circles, (rects[4], rects[2], rects[0])):
        assert band.y <= circle.cy <= band.y + band.height
    labels = {s.text for s in drawing.contents if isinstance(s, String)}
    assert {"重度", "无或极轻微", "2026-11-20", "21"} <= labels


def test_in_a_pdf_with_the_embedded_font():
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([score_chart(POINTS, BANDS, low=0, high=27, width=400,
                                                              height=160)])
    pdf = buffer.getvalue()
    assert "中重度" in pdf_text(pdf)
    assert_embedded_truetype(pdf)
