#!/usr/bin/env python3
"""Build the CJK TrueType font shipped in ``resources/fonts/``.

Why this script exists
----------------------
reportlab can only embed TrueType (``glyf``) fonts, but Noto Sans CJK ships
CFF (PostScript) outlines.  WenQuanYi Micro Hei is TrueType but lacks CJK
Extension A, so rare name characters such as 䶮 (U+4DAE) come out blank.
This script therefore takes the Simplified Chinese face of Noto Sans CJK,
subsets it to what a Chinese school application needs, converts the cubic CFF
outlines to quadratic TrueType outlines (cu2qu) and renames the result.

Input (Debian/Ubuntu package ``fonts-noto-cjk``, SIL OFL 1.1)::

    /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc   face NotoSansCJKsc-Regular
    /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc      face NotoSansCJKsc-Bold

(The upstream single-face files ``NotoSansCJKsc-Regular.otf`` /
``NotoSansCJKsc-Bold.otf`` from github.com/notofonts/noto-cjk work too: pass
them with ``--regular-src`` / ``--bold-src``.)  The face inside a ``.ttc`` is
chosen by PostScript name, not by index.

Output::

    resources/fonts/CounselRoomSansSC-Regular.ttf   family "CounselRoom Sans SC", Regular
    resources/fonts/CounselRoomSansSC-Bold.ttf      family "CounselRoom Sans SC", Bold

Naming: the OFL Reserved Font Name of the Adobe/Google Source Han / Noto CJK
fonts is "Source"; "Noto" is not a Reserved Font Name but is a trademark of
Google.  A modified version must not use an RFN, and to stay clear of the
trademark as well the derived font is called "CounselRoom Sans SC".  The
copyright notice, the OFL text (resources/fonts/OFL.txt) and the name-table
licence fields are kept.

How to rerun (from the repository root)::

    apt-get install -y fonts-noto-cjk
    .venv/bin/python installer/build_font.py            # Regular + Bold
    .venv/bin/python installer/build_font.py --no-bold  # Regular only

It needs only ``fonttools`` (reportlab, if installed, is used for a final
load check).  The output is byte-reproducible for the same input file and
fontTools version (timestamps are copied from the source font).  A full run
takes a few minutes, mostly in the cubic-to-quadratic conversion.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "resources" / "fonts"
NOTO_DIR = Path("/usr/share/fonts/opentype/noto")

FAMILY = "CounselRoom Sans SC"
PS_FAMILY = "CounselRoomSansSC"

SOURCES = {
    "Regular": (NOTO_DIR / "NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular"),
    "Bold": (NOTO_DIR / "NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold"),
}

# Unicode ranges to keep (only code points the source font actually maps are
# kept; the ranges are deliberately generous for symbols, which are cheap).
KEEP_RANGES: list[tuple[int, int, str]] = [
    (0x0020, 0x007E, "Basic Latin"),
    (0x00A0, 0x00FF, "Latin-1 Supplement"),
    (0x0100, 0x024F, "Latin Extended-A/B (pinyin with tone marks)"),
    (0x02B0, 0x02FF, "Spacing modifier letters (ˇ ˉ ˊ ˋ)"),
    (0x0300, 0x036F, "Combining diacritics"),
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x04FF, "Cyrillic"),
    (0x2000, 0x206F, "General Punctuation"),
    (0x2070, 0x209F, "Superscripts and subscripts"),
    (0x20A0, 0x20CF, "Currency symbols"),
    (0x2100, 0x214F, "Letterlike symbols (℃ №)"),
    (0x2150, 0x218F, "Number forms (Ⅰ–Ⅻ)"),
    (0x2190, 0x21FF, "Arrows"),
    (0x2200, 0x22FF, "Mathematical operators"),
    (0x2300, 0x23FF, "Miscellaneous technical"),
    (0x2460, 0x24FF, "Enclosed alphanumerics (①–⑳)"),
    (0x2500, 0x257F, "Box drawing"),
    (0x2580, 0x259F, "Block elements"),
    (0x25A0, 0x25FF, "Geometric shapes"),
    (0x2600, 0x26FF, "Miscellaneous symbols"),
    (0x2700, 0x27BF, "Dingbats (✓)"),
    (0x2E80, 0x2EFF, "CJK Radicals Supplement"),
    (0x2F00, 0x2FDF, "Kangxi Radicals"),
    (0x2FF0, 0x2FFF, "Ideographic description characters"),
    (0x3000, 0x303F, "CJK Symbols and Punctuation"),
    (0x3040, 0x30FF, "Hiragana/Katakana"),
    (0x3100, 0x312F, "Bopomofo"),
    (0x31C0, 0x31EF, "CJK Strokes"),
    (0x3200, 0x32FF, "Enclosed CJK letters and months (㈠)"),
    (0x3300, 0x33FF, "CJK Compatibility (㎡ ㎏)"),
    (0x3400, 0x4DBF, "CJK Unified Ideographs Extension A"),
    (0x4E00, 0x9FFF, "CJK Unified Ideographs"),
    (0xF900, 0xFAFF, "CJK Compatibility Ideographs"),
    (0xFE10, 0xFE1F, "Vertical forms"),
    (0xFE30, 0xFE4F, "CJK Compatibility Forms"),
    (0xFE50, 0xFE6F, "Small form variants"),
    (0xFF00, 0xFFEF, "Halfwidth and Fullwidth Forms"),
    (0xFFF0, 0xFFFF, "Specials (U+FFFD)"),
    (0x20000, 0x3134F, "CJK Extensions B–G (what Noto SC maps: rare name characters)"),
]

# Code points missing from Noto Sans CJK that the UI wants; each is mapped to
# the glyph of an existing, visually equivalent character.
CMAP_ALIASES = {
    0x2717: 0x00D7,  # ✗ BALLOT X  -> × MULTIPLICATION SIGN
    0x2715: 0x00D7,  # ✕ MULTIPLICATION X -> ×
    0x2714: 0x2713,  # ✔ HEAVY CHECK MARK -> ✓
}

# GSUB/GPOS features to keep.  'locl' is left out on purpose: it would pull in
# the Japanese/Korean/Traditional glyph variants of every kept character.
LAYOUT_FEATURES = ["kern", "vert", "vrt2", "vkrn", "vpal", "ccmp"]

MUST_HAVE = (
    "䶮\u3400\u4db5堃喆赟玥珺昇淼犇焱垚"
    "恢复密钥单张三王李赵心理咨询室学生记录"
    "ABCXYZabcxyz0123456789"
    "，。、；：？！“”‘’（）《》【】…—·"
    "✓✗→←①⑩"
)

CU2QU_MAX_ERR = 1.0  # font units (UPM 1000)


def log(msg: str) -> None:
    print(msg, flush=True)


def open_face(path: Path, ps_name: str) -> TTFont:
    """Open *path* (.otf or .ttc) and return the face whose PostScript name is *ps_name*."""
    if path.suffix.lower() in (".ttc", ".otc"):
        coll = TTCollection(str(path), lazy=False)
        for face in coll.fonts:
            if face["name"].getDebugName(6) == ps_name:
                return face
        names = [f["name"].getDebugName(6) for f in coll.fonts]
        raise SystemExit(f"{path}: face {ps_name!r} not found (has {names})")
    font = TTFont(str(path), lazy=False)
    found = font["name"].getDebugName(6)
    if found != ps_name:
        log(f"warning: {path} is {found!r}, expected {ps_name!r}")
    return font


def wanted_unicodes(font: TTFont) -> list[int]:
    cmap = font.getBestCmap()
    keep = []
    for cp in cmap:
        if any(lo <= cp <= hi for lo, hi, _ in KEEP_RANGES):
            keep.append(cp)
    return sorted(keep)


def subset_font(font: TTFont, unicodes: list[int]) -> None:
    opts = subset.Options()
    opts.layout_features = LAYOUT_FEATURES
    opts.name_IDs = ["*"]
    opts.name_languages = [0x0409]  # English only; localised names would still say "Noto"
    opts.notdef_outline = True
    opts.recalc_timestamp = False
    opts.drop_tables += ["VORG", "BASE"]
    opts.desubroutinize = True
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=unicodes)
    sub.subset(font)


def cff_to_glyf(font: TTFont) -> None:
    """Replace the CFF table by quadratic glyf/loca (fontTools' otf2ttf recipe)."""
    assert font.sfntVersion == "OTTO" and "CFF " in font
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    quad = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, CU2QU_MAX_ERR, reverse_direction=True))
        quad[name] = tt_pen.glyph()

    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = quad
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)

    # left side bearings must equal xMin in TrueType
    hmtx = font["hmtx"]
    for name, g in glyf.glyphs.items():
        if hasattr(g, "xMin"):
            hmtx[name] = (hmtx[name][0], g.xMin)

    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(glyph_order)
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    maxp.maxComponentDepth = 0
    font["maxp"] = maxp
    maxp.recalc(font)

    post = font["post"]
    post.formatType = 3.0  # no glyph names: CID fonts have none worth keeping
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def add_aliases(font: TTFont) -> list[str]:
    added = []
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
        for cp, target in CMAP_ALIASES.items():
            if cp not in table.cmap and target in table.cmap and (cp <= 0xFFFF or table.format >= 12):
                table.cmap[cp] = table.cmap[target]
                added.append(f"U+{cp:04X}")
    return sorted(set(added))


def rename(font: TTFont, style: str, source_version: str) -> None:
    name = font["name"]
    full = f"{FAMILY} {style}" if style != "Regular" else FAMILY
    ps = f"{PS_FAMILY}-{style}"
    version = f"Version {source_version}"
    values = {
        1: FAMILY,
        2: style,
        3: f"{source_version};CounselRoom;{ps}",
        4: full,
        5: version,
        6: ps,
        10: (
            "CounselRoom Sans SC is a subset of Noto Sans CJK SC converted to "
            "TrueType outlines for PDF embedding. It is a Modified Version under "
            "the SIL Open Font License 1.1 and is not an official Noto or Source "
            "Han font."
        ),
    }
    # Drop typographic family names and any record not re-set below that names the old font.
    name.names = [r for r in name.names if r.nameID not in (1, 2, 3, 4, 5, 6, 16, 17, 10)]
    for name_id, text in values.items():
        name.setName(text, name_id, 3, 1, 0x409)
    # Keep the licence URL current.
    name.setName("https://openfontlicense.org", 14, 3, 1, 0x409)

    os2 = font["OS/2"]
    head = font["head"]
    if style == "Bold":
        os2.usWeightClass = 700
        os2.fsSelection = (os2.fsSelection & ~0b1000000) | 0b100000  # BOLD, not REGULAR
        head.macStyle |= 1
    else:
        os2.usWeightClass = 400
        os2.fsSelection = (os2.fsSelection & ~0b100001) | 0b1000000  # REGULAR
        head.macStyle &= ~1
    os2.achVendID = "NONE"


def verify(path: Path) -> None:
    font = TTFont(str(path))
    assert "glyf" in font and "CFF " not in font, "not a TrueType-outline font"
    cmap = font.getBestCmap()
    missing = [f"{ch} U+{ord(ch):04X}" for ch in MUST_HAVE if ord(ch) not in cmap]
    if missing:
        raise SystemExit(f"{path.name}: missing {missing}")
    glyf = font["glyf"]
    for ch in "䶮堃赟":
        g = glyf[cmap[ord(ch)]]
        if g.numberOfContours <= 0:
            raise SystemExit(f"{path.name}: glyph for {ch} is empty")
    log(
        f"  verified {path.name}: {len(cmap)} code points, "
        f"{font['maxp'].numGlyphs} glyphs, family {font['name'].getDebugName(1)!r}"
    )
    try:
        from reportlab.pdfbase.ttfonts import TTFont as RLTTFont
    except ImportError:
        log("  (reportlab not installed: skipped reportlab load check)")
        return
    RLTTFont("CRCheck", str(path))
    log("  reportlab loads it")


def build(style: str, src: Path, ps_name: str, out_dir: Path) -> Path:
    t0 = time.time()
    log(f"[{style}] reading {src} ({ps_name})")
    font = open_face(src, ps_name)
    source_version = font["name"].getDebugName(5) or ""
    source_version = source_version.replace("Version ", "").split(";")[0] or "1.0"
    unicodes = wanted_unicodes(font)
    log(f"[{style}] subsetting to {len(unicodes)} code points")
    subset_font(font, unicodes)
    log(f"[{style}] converting {len(font.getGlyphOrder())} glyphs CFF -> TrueType")
    cff_to_glyf(font)
    aliases = add_aliases(font)
    if aliases:
        log(f"[{style}] aliased {', '.join(aliases)}")
    rename(font, style, source_version)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{PS_FAMILY}-{style}.ttf"
    font.recalcTimestamp = False
    font.save(str(out))
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    log(
        f"[{style}] wrote {out} ({out.stat().st_size / 1e6:.1f} MB, sha256 {digest}) "
        f"in {time.time() - t0:.0f}s"
    )
    verify(out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--regular-src", type=Path, default=SOURCES["Regular"][0])
    ap.add_argument("--bold-src", type=Path, default=SOURCES["Bold"][0])
    ap.add_argument("--out-dir", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--no-bold", action="store_true", help="build the Regular weight only")
    args = ap.parse_args(argv)

    jobs = [("Regular", args.regular_src)]
    if not args.no_bold:
        jobs.append(("Bold", args.bold_src))
    for style, src in jobs:
        if not src.exists():
            raise SystemExit(f"{src} not found: apt-get install fonts-noto-cjk (or pass --{style.lower()}-src)")
        build(style, src, SOURCES[style][1], args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
