"""The shipped CJK font: TrueType outlines, the coverage names need, reportlab registration."""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from reportlab.pdfbase import pdfmetrics

from counselroom.reports import fonts
from counselroom.resources import RESOURCES_DIR, resource_path

RARE_NAME_CHARS = "䶮\u3400\u4db5堃喆赟玥珺昇淼犇焱垚"
ORDINARY_TEXT = (
    "张三李四王五赵六，心理咨询室学生档案。恢复密钥单：请锁柜保管！"
    "“引号”‘单引号’（括号）《书名》【方括号】、；？…—·"
    "ABCabcXYZxyz 0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ é ü ×÷"
    "１２３ＡＢＣ，．＃"
    "✓✗→←↑↓①②⑩"
)


@pytest.fixture(scope="module", params=[False, True], ids=["regular", "bold"])
def font(request) -> TTFont:
    path = fonts.font_file(bold=request.param)
    assert path.is_file(), path
    return TTFont(str(path))


def test_resources_are_the_package_counselroom_resources():
    # the checkout's resources/ folder (editable install) or the installed package's folder
    assert RESOURCES_DIR.name == "resources"
    assert RESOURCES_DIR.parent.name in ("counselroom", Path(__file__).resolve().parents[2].name)
    assert (RESOURCES_DIR / "fonts").is_dir()
    assert resource_path("fonts", "OFL.txt").is_file()
    assert fonts.font_file().parent == resource_path("fonts")


def test_font_has_truetype_outlines_not_cff(font):
    assert "glyf" in font and "loca" in font
    assert "CFF " not in font and "CFF2" not in font


def test_font_is_renamed_away_from_reserved_and_trademarked_names(font):
    name = font["name"]
    assert name.getDebugName(1) == fonts.FAMILY_NAME
    for name_id in (1, 3, 4, 6, 16, 17):
        text = name.getDebugName(name_id) or ""
        assert "Noto" not in text and "Source" not in text, (name_id, text)
    assert "Adobe" in name.getDebugName(0)  # original copyright notice kept


def test_cmap_covers_name_and_ordinary_characters(font):
    cmap = font.getBestCmap()
    wanted = RARE_NAME_CHARS + ORDINARY_TEXT.replace(" ", "")
    missing = [f"{ch} U+{ord(ch):04X}" for ch in wanted if ord(ch) not in cmap]
    assert not missing


def test_rare_characters_have_real_outlines(font):
    cmap = font.getBestCmap()
    glyf = font["glyf"]
    for ch in RARE_NAME_CHARS:
        assert glyf[cmap[ord(ch)]].numberOfContours > 0, ch


def test_whole_blocks_covered(font):
    cmap = font.getBestCmap()
    blocks = {
        "CJK Unified Ideographs (Unicode 4.1 set)": range(0x4E00, 0x9FA5 + 1),
        "CJK Extension A (Unicode 3.0 set)": range(0x3400, 0x4DB5 + 1),
        "Fullwidth ASCII": range(0xFF01, 0xFF5E + 1),
        "Basic Latin": range(0x20, 0x7E + 1),
        "Latin-1": range(0xA0, 0xFF + 1),
    }
    for block, cps in blocks.items():
        missing = [f"U+{cp:04X}" for cp in cps if cp not in cmap]
        assert not missing, f"{block}: {missing[:10]}"
    cjk_punct = [cp for cp in range(0x3000, 0x3040) if cp in cmap]
    assert len(cjk_punct) >= 60


def test_register_fonts_is_idempotent_and_maps_bold():
    fonts.register_fonts()
    fonts.register_fonts()
    names = pdfmetrics.getRegisteredFontNames()
    assert fonts.FONT_REGULAR in names and fonts.FONT_BOLD in names
    for font_name in (fonts.FONT_REGULAR, fonts.FONT_BOLD):
        face = pdfmetrics.getFont(font_name).face
        for ch in RARE_NAME_CHARS:
            assert ord(ch) in face.charToGlyph, (font_name, ch)
    from reportlab.lib.fonts import tt2ps

    assert tt2ps(fonts.FONT_REGULAR, 1, 0) == fonts.FONT_BOLD
    assert tt2ps(fonts.FONT_REGULAR, 0, 0) == fonts.FONT_REGULAR


def test_reports_package_does_not_import_qt_or_sqlcipher():
    import ast

    import counselroom.reports

    package = Path(counselroom.reports.__file__).parent
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            mods = []
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                mods = [node.module]
            for mod in mods:
                assert not mod.startswith(("PySide6", "sqlcipher3", "sqlite3")), (path.name, mod)
