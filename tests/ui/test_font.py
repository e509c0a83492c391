"""Rare name characters render on screen with the shipped font (not as boxes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QRawFont
from PySide6.QtWidgets import QApplication, QLabel

from counselroom.reports.fonts import FAMILY_NAME
from counselroom.ui.fonts import load_application_font

RARE = "䶮堃喆赟玥珺昇淼犇焱垚"


def _render(text: str, font: QFont) -> QImage:
    image = QImage(200, 60, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def test_application_font_is_the_shipped_cjk_font(qtbot):
    family = load_application_font(QApplication.instance())
    assert family == FAMILY_NAME
    assert FAMILY_NAME in QApplication.instance().font().families()
    raw = QRawFont.fromFont(QApplication.instance().font())
    for ch in RARE + "张三王老师":
        assert raw.supportsCharacter(ord(ch)), ch


def test_rare_character_draws_a_real_glyph_not_a_box(qtbot):
    load_application_font(QApplication.instance())
    font = QApplication.instance().font()
    font.setPointSize(28)
    yan = _render("䶮", font)
    missing = _render("\ue000", font)  # private use: no glyph anywhere → box or nothing
    other = _render("堃", font)
    assert yan != missing and yan != other
    ink = sum(1 for x in range(yan.width()) for y in range(yan.height()) if yan.pixelColor(x, y).value() < 128)
    assert ink > 50


def test_label_shows_a_rare_name(qtbot):
    load_application_font(QApplication.instance())
    label = QLabel("王䶮")
    qtbot.addWidget(label)
    label.show()
    assert label.fontMetrics().inFontUcs4(ord("䶮"))
