"""The shipped CJK font for every widget, so rare name characters (䶮) never show as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from counselroom.resources import resource_path

_families: list[str] = []


def load_application_font(app: QApplication, point_size: float = 10.5) -> str:
    """Load the shipped font files and make them the application's font.

    Every TrueType file in ``resources/fonts/`` is the one family printed records use too
    (``reports/fonts.py``); they are found here by folder, not through ``reports.fonts``,
    because that module brings reportlab (about 100 ms and tens of MB) into a window that
    may never make a PDF.
    """
    if not _families:
        # Regular first: its family name is the one reported
        for path in sorted(resource_path("fonts").glob("*.ttf"), key=lambda p: "Regular" not in p.name):
            font_id = QFontDatabase.addApplicationFont(str(path))
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
