"""The shipped CJK font for every widget, so rare name characters (䶮) never show as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from counselroom.reports.fonts import font_file

_families: list[str] = []


def load_application_font(app: QApplication, point_size: float = 10.5) -> str:
    """Load the shipped font files and make them the application's font."""
    if not _families:
        for bold in (False, True):
            font_id = QFontDatabase.addApplicationFont(str(font_file(bold=bold)))
            if font_id >= 0:
                for family in QFontDatabase.applicationFontFamilies(font_id):
                    if family not in _families:
                        _families.append(family)
    if _families:
        font = QFont()
        font.setFamilies(_families)
        font.setPointSizeF(point_size)
        app.setFont(font)
    return _families[0] if _families else ""
