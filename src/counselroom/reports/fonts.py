"""The shipped CJK TrueType font, registered with reportlab once per process.

The font files are built by ``installer/build_font.py`` (Noto Sans CJK SC,
subset and converted to TrueType outlines, renamed "CounselRoom Sans SC") and
live in ``resources/fonts/``.  The Qt layer loads the very same files through
:func:`font_file` so screen and paper show identical glyphs.

No Qt and no SQL here.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from counselroom.resources import resource_path

#: Family name stored in the font files' name table (what Qt reports).
FAMILY_NAME = "CounselRoom Sans SC"

#: reportlab font names, usable in ``canvas.setFont`` and paragraph styles.
FONT_REGULAR = "CounselRoomSansSC"
FONT_BOLD = "CounselRoomSansSC-Bold"

_REGULAR_FILE = "CounselRoomSansSC-Regular.ttf"
_BOLD_FILE = "CounselRoomSansSC-Bold.ttf"

_lock = threading.Lock()
_registered = threading.Event()   # set once the fonts are registered (read by any thread)


def font_file(bold: bool = False) -> Path:
    """Path of the TrueType file; the bold request falls back to Regular if no Bold is shipped."""
    regular = resource_path("fonts", _REGULAR_FILE)
    if bold:
        bold_path = resource_path("fonts", _BOLD_FILE)
        if bold_path.is_file():
            return bold_path
    return regular


class _GlyphTableFace(TTFontFace):
    """The font's glyph table read out of the file once, not per subset.

    Every PDF embeds the glyphs it uses as subsets of up to 256; reportlab's
    ``makeSubset`` asks ``get_table("glyf")`` for each one, which slices (copies) the whole
    ~10 MB table every time (a case file has a few dozen subsets, an export thousands).
    """

    _glyf: bytes | None = None

    def get_table(self, tag: str) -> bytes:
        if tag != "glyf":
            table: bytes = super().get_table(tag)  # type: ignore[no-untyped-call]  # reportlab is untyped here
            return table
        if self._glyf is None:
            self._glyf = super().get_table(tag)  # type: ignore[no-untyped-call]  # as above
        return self._glyf


def _load(name: str, path: Path) -> TTFont:
    font = TTFont(name, str(path))
    # TTFont builds its face itself; this face is that one with the glyph table kept (above).
    font.face.__class__ = _GlyphTableFace
    return font


def register_fonts() -> None:
    """Register FONT_REGULAR and FONT_BOLD with reportlab (idempotent, thread-safe).

    Also maps the family so ``<b>`` in a Paragraph picks FONT_BOLD.  Raises
    FileNotFoundError if the font was not shipped.
    """
    if _registered.is_set():
        return
    with _lock:
        if _registered.is_set():
            return
        regular = font_file(bold=False)
        if not regular.is_file():
            raise FileNotFoundError(f"font not found: {regular} (run installer/build_font.py)")
        registered = set(pdfmetrics.getRegisteredFontNames())
        if FONT_REGULAR not in registered:
            pdfmetrics.registerFont(_load(FONT_REGULAR, regular))
        if FONT_BOLD not in registered:
            pdfmetrics.registerFont(_load(FONT_BOLD, font_file(bold=True)))
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FONT_REGULAR, bold, italic, FONT_BOLD if bold else FONT_REGULAR)
        _registered.set()
