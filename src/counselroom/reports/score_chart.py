"""A client's scores on one scale over time, drawn for paper over the scale's severity bands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from counselroom.reports.fonts import FONT_REGULAR, register_fonts
from counselroom.reports.layout import GREY, LIGHT, NAVY

# The same soft fills as the screen's chart, by severity 0 (none) … 3 (high).
BAND_FILLS = [colors.HexColor(c) for c in ("#e8f3ea", "#fbf4dc", "#fbe7d3", "#f8dcdc")]
BAND_TEXT = [colors.HexColor(c) for c in ("#3d6b46", "#7a6320", "#8a4f1c", "#8e2a2a")]
LEFT, RIGHT, TOP, BOTTOM = 26.0, 78.0, 10.0, 22.0


@dataclass(frozen=True)
class ChartBand:
    low: float
    high: float
    label: str
    severity: int = 0


@dataclass(frozen=True)
class ChartPoint:
    day: date
    score: float
    current: bool = False   # the administration the report is about: drawn larger


def score_chart(points: list[ChartPoint], bands: list[ChartBand], *, low: float, high: float,
                width: float, height: float) -> Drawing:
    """A Drawing (flowable) of ``points`` (any order) over ``bands``; y from ``low`` to ``high``."""
    register_fonts()
    points = sorted(points, key=lambda p: p.day)
    high = max(high, low + 1)
    drawing = Drawing(width, height)
    plot_w, plot_h = width - LEFT - RIGHT, height - TOP - BOTTOM

    def y(value: float) -> float:
        return BOTTOM + (value - low) / (high - low) * plot_h

    def x(index: int) -> float:
        if len(points) == 1:
            return LEFT + plot_w / 2
        return LEFT + 10 + index * (plot_w - 20) / (len(points) - 1)

    for band in bands:
        severity = max(0, min(band.severity, len(BAND_FILLS) - 1))
        bottom, top = y(max(band.low - 0.5, low)), y(min(band.high + 0.5, high))
        # Rect(**kw): types-reportlab annotates kw as the TypedDict instead of Unpack[...] of it
        fill, stroke = BAND_FILLS[severity], colors.white
        drawing.add(Rect(LEFT, bottom, plot_w, top - bottom, fillColor=fill, strokeColor=stroke, strokeWidth=0.8))  # type: ignore[arg-type]
        drawing.add(String(LEFT + plot_w + 4, (bottom + top) / 2 - 3, band.label, fontName=FONT_REGULAR,
                           fontSize=7.5, fillColor=BAND_TEXT[severity]))
    drawing.add(Rect(LEFT, BOTTOM, plot_w, plot_h, fillColor=None, strokeColor=LIGHT, strokeWidth=0.6))  # type: ignore[arg-type]
    step = next((s for s in (1, 2, 5, 10, 20, 25, 50, 100) if (high - low) / s <= 6), (high - low) / 6)
    tick = low
    while tick <= high + 1e-9:
        drawing.add(Line(LEFT - 3, y(tick), LEFT, y(tick), strokeColor=GREY, strokeWidth=0.5))
        drawing.add(String(LEFT - 5, y(tick) - 2.5, _number(tick), fontName=FONT_REGULAR, fontSize=7,
                           fillColor=GREY, textAnchor="end"))
        tick += step
    if not points:
        return drawing
    coords = [(x(i), y(p.score)) for i, p in enumerate(points)]
    if len(coords) > 1:
        drawing.add(PolyLine([c for xy in coords for c in xy], strokeColor=NAVY, strokeWidth=1.4))
    every = max(1, len(points) // max(1, int(plot_w // 60)))
    for i, ((px, py), point) in enumerate(zip(coords, points)):
        drawing.add(Circle(px, py, 3.6 if point.current else 2.4, fillColor=NAVY, strokeColor=colors.white,
                           strokeWidth=0.8))
        drawing.add(String(px, py + 5, _number(point.score), fontName=FONT_REGULAR, fontSize=7.5, fillColor=NAVY,
                           textAnchor="middle"))
        if i % every == 0 or i == len(points) - 1 or point.current:
            drawing.add(String(px, BOTTOM - 11, point.day.isoformat(), fontName=FONT_REGULAR, fontSize=6.8,
                               fillColor=GREY, textAnchor="middle"))
    return drawing


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")
