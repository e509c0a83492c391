"""The screens take their colours from one palette, ``ui/styles.py`` (issue 14).

A colour written where it is used is a colour written again: the next screen picks a shade
apart for the same meaning. Everything else in ``ui/`` names a palette colour instead.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

import counselroom.ui
from counselroom.ui import styles

pytestmark = pytest.mark.timeless   # reads source files only

UI = Path(counselroom.ui.__file__).parent
PALETTE = UI / "styles.py"
# Files allowed a colour of their own, with the reason. None needs one today.
EXCEPTIONS: dict[str, str] = {}

NAMED = ("white|black|red|green|blue|yellow|orange|purple|pink|brown|gold|silver|gr[ae]y|maroon|navy|teal|"
         "olive|lime|aqua|cyan|magenta|fuchsia|(?:dark|light)(?:red|green|blue|gr[ae]y)")
COLOUR_LITERAL = re.compile(
    r"(?<![&\w])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})\b"     # "#b3261e", "#fff"
    r"|\bQColor\(\s*(?:[\"'\d]|Qt\.)"                                     # QColor("red"), QColor(179, 38, 30)
    r"|\bQt\.GlobalColor\.(?!transparent\b)\w+"                            # Qt.GlobalColor.darkGray
    r"|\b(?:rgba?|hsla?|hsva?)\s*\("                                       # rgb(…) in a style sheet
    r"|\b(?:color|background(?:-color)?|border(?:-[a-z]+)*|bgcolor|gridline-color|selection-(?:background-)?color)"
    rf"\s*[:=]\s*['\"]?[^;{{}}'\"<>]*?\b(?:{NAMED})\b",                     # "color: white", bgcolor='red'
    re.IGNORECASE,
)


def _colour_literals(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if COLOUR_LITERAL.search(line)]


def _palette() -> dict[str, str]:
    return {name: value for name, value in vars(styles).items()
            if name.isupper() and isinstance(value, str) and value.startswith("#")}


def test_no_screen_writes_a_colour_of_its_own() -> None:
    found = {path.relative_to(UI).as_posix(): hits for path in sorted(UI.rglob("*.py"))
             if path != PALETTE and path.relative_to(UI).as_posix() not in EXCEPTIONS
             if (hits := _colour_literals(path.read_text(encoding="utf-8")))}
    assert found == {}


def test_the_check_sees_every_way_a_colour_was_written() -> None:
    # The spellings the screens used before the palette.
    for line in ('ERROR_ROW = "#fbe9e7"', 'QColor("#5f6368")', "QColor(179, 38, 30)", 'QColor("darkGray")',
                 "item.setForeground(Qt.GlobalColor.darkGray)", '"color: #b3261e; font-weight: 600;"',
                 "'QListWidget { background: #F3F1EC; }'", '"background: white; color: red;"',
                 "\"QLineEdit { border: 1px solid %s; background: white; }\"", "<td bgcolor='#fff'>",
                 '"border-left: 4px solid rgba(0, 0, 0, 40);"', "f'<span style=\"color:#1e7d32\">{text}</span>'"):
        assert _colour_literals(line), line
    # Naming a palette colour, an object name, transparency or a character entity is not a colour literal.
    for line in ('box.setStyleSheet(f"#previousOffer {{ background: {OK_BG}; }}")', "QColor(ERROR_INK)",
                 '"QListWidget { border: none; background: transparent; }"', "pixmap.fill(Qt.GlobalColor.transparent)",
                 "'&#123;'", "# a comment about the red badge", "self.setObjectName(\"addButton\")",
                 '"#dutyForgotten QLabel"', "QColor(BAND_FILLS[severity])"):
        assert not _colour_literals(line), line


def test_every_palette_name_is_a_colour() -> None:
    palette = _palette()
    assert len(palette) > 50
    for name, value in palette.items():
        assert QColor(value).isValid(), name
        # Written the way QColor.name() reads back, so a test may compare the two.
        assert value == QColor(value).name(), name


def test_the_style_fragments_are_built_from_the_palette() -> None:
    colours = set(_palette().values())
    fragments = {name: value for name, value in vars(styles).items()
                 if name.isupper() and isinstance(value, str) and not value.startswith("#")}
    assert {"HINT_STYLE", "OK_STYLE", "ERROR_STYLE", "INVALID_BORDER", "BOLD"} <= fragments.keys()
    for name, text in fragments.items():
        assert set(re.findall(r"#[0-9a-f]{6}\b", text)) <= colours, name
    assert styles.HINT_STYLE == f"color: {styles.HINT_INK};"
    assert styles.ERROR_STYLE == f"color: {styles.ERROR_INK};"
    assert styles.OK_STYLE == f"color: {styles.OK_INK};"
    assert styles.INVALID_BORDER == f"border: 1px solid {styles.ERROR_INK}; border-radius: 3px;"
