"""Plain text on the page without reportlab's markup parser: a line that fits is drawn in one text
call (:func:`plain`, :func:`cell`, :class:`CellTable`, :class:`KeepTogether`). A case file of a
hundred visits is thousands of short texts; each short cut writes what reportlab would, so the pages
look exactly the same (tests/reports/test_layout_fast_paths.py). No Qt, no SQL.
"""

from __future__ import annotations

import re
from typing import Any, Literal
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.textsplit import dumbSplit
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import textobject
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus import KeepTogether as _KeepTogether
from reportlab.platypus import Table as _Table
from reportlab.platypus.flowables import _listWrapOn  # type: ignore[attr-defined]  # not in the stubs
from reportlab.platypus.paragraph import _wsc, cleanBlockQuotedText  # type: ignore[attr-defined]
from reportlab.platypus.paraparser import ParaFrag
from reportlab.rl_config import _FUZZ


def markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    return escape(text or "").replace("\n", "<br/>")


def text_paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """Long narrative text as one Paragraph per paragraph, so it can flow over pages.

    Single line breaks stay inside a paragraph; blank lines separate paragraphs.
    """
    blocks = [b.strip("\n") for b in (text or "").replace("\r\n", "\n").split("\n\n")]
    return [plain(b, style) for b in blocks if b.strip()]


# --- plain text without the markup parser ----------------------------------------------------------
# ``Paragraph(markup(text), style)`` runs reportlab's XML parser for every piece of text, and a case
# file has hundreds of them (labels, values, headings); the parser was the largest single cost of
# an export. Plain text needs none of it: the fragments it would produce are made here directly,
# from fragments the parser made once per style, so the Paragraph wraps and draws the same.

_PIECES = re.compile(r"(<br/>|&amp;|&lt;|&gt;)")
#: What cleanBlockQuotedText collapses or strips: text without any of it comes back as it is.
_SPACE = re.compile(f"[\\s{re.escape(_wsc)}]")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
#: style -> (a text fragment, a line break fragment) as the parser makes them in that style
_TEMPLATES: WeakKeyDictionary[ParagraphStyle, tuple[ParaFrag, ParaFrag]] = WeakKeyDictionary()


def _templates(style: ParagraphStyle) -> tuple[ParaFrag, ParaFrag]:
    found = _TEMPLATES.get(style)
    if found is None:
        text, line_break, _ = Paragraph("x<br/>x", style).frags
        found = _TEMPLATES[style] = (text, line_break)
    return found


def _frags(marked_up: str, style: ParagraphStyle) -> list[ParaFrag]:
    """What the parser makes of ``markup(text)``: the same whitespace clean-up, one fragment per
    run of text, per line break and per escaped character (the parser's entity references)."""
    text_frag, break_frag = _templates(style)
    # One list each per paragraph, shared by its fragments, as the parser does.
    links: list[Any] = []
    lines: list[Any] = []
    out: list[ParaFrag] = []
    cleaned = cleanBlockQuotedText(marked_up) if _SPACE.search(marked_up) else marked_up
    for piece in _PIECES.split(cleaned):
        if piece == "<br/>":
            out.append(break_frag.clone(link=links, us_lines=lines))
        elif piece:
            out.append(text_frag.clone(text=_ENTITIES.get(piece, piece), link=links, us_lines=lines))
    return out


def _parser_free(style: ParagraphStyle) -> bool:
    return not getattr(style, "textTransform", None)


def _glyph_widths(text: str, font_name: str, size: float) -> list[float] | None:
    """Each character's width as ``stringWidth(character, font_name, size)`` gives it, read
    straight from the font's glyph table (None: not a TrueType font)."""
    font = getFont(font_name)
    if not isinstance(font, TTFont):
        return None
    found, default = font.face.charWidths.get, font.face.defaultWidth
    # stringWidth's own arithmetic for one character, to the last bit (test_layout_fast_paths.py)
    return [0.001 * found(ord(c), default) * size for c in text]


def plain(text: str, style: ParagraphStyle) -> Paragraph:
    """``Paragraph(markup(text), style)``, made without the markup parser."""
    marked_up = markup(text)
    if not _parser_free(style):
        return Paragraph(marked_up, style)
    return _Cell(marked_up, style, frags=_frags(marked_up, style))


_Align = Literal["left", "right", "centre"]


def draw_string(canvas: Canvas, x: float, y: float, text: str, align: _Align = "left") -> None:
    """``canvas.drawString`` (``drawRightString``, ``drawCentredString``) in the canvas's font,
    writing the same operators; a text's operators are made once per document (labels, dates and
    the page furniture repeat on every page, and reportlab encodes every character of every call)."""
    rl: Any = canvas    # reportlab's own state, not in its stubs
    font = getFont(rl._fontname)
    if not isinstance(font, TTFont) or textobject.rtlSupport or not rl.bottomup:
        {"left": canvas.drawString, "right": canvas.drawRightString,
         "centre": canvas.drawCentredString}[align](x, y, text)
        return
    if align != "left":
        width = stringWidth(text, rl._fontname, rl._fontsize)
        x -= width if align == "right" else 0.5 * width
    texts: dict[tuple[str, float, float, str], str] = rl.__dict__.setdefault("_cr_texts", {})
    key = (rl._fontname, rl._fontsize, rl._leading, text)
    code = texts.get(key)
    if code is None:
        code = texts[key] = _text_code(rl, font, text)
    rl._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {code} T* ET")


def _text_code(rl: Any, font: TTFont, text: str) -> str:
    """What reportlab's text object writes for ``text`` in a TrueType font (its _formatText)."""
    doc = rl._doc
    size = f"{fp_str(rl._fontsize)} Tf {fp_str(rl._leading)} TL"
    out: list[str] = []
    current = -1
    for subset, chunk in font.splitString(text, doc):
        if subset != current:
            out.append(f"{font.getSubsetInternalName(subset, doc)} {size}")
            current = subset
        out.append(f"({rl._escape(chunk)}) Tj")
    return " ".join(out)


class _Cell(Paragraph):
    """A Paragraph of plain text (:func:`plain`) that draws a line that fits with one text call
    (headings, labels, dates, names: most of a record's text) and wraps and draws as any Paragraph
    otherwise. Wrapping CJK text, reportlab asks the font for every character's width in a call of
    its own (a tenth of a case file's time); here the widths come from the font's glyph table, and
    the line breaker is reportlab's."""

    _line: tuple[str, float] | None = None
    #: (width, line) of the last measure: a table measures each cell again to draw it
    _fit: tuple[float, tuple[str, float] | None] | None = None

    def _one_line(self, avail_width: float) -> tuple[str, float] | None:
        fit = self._fit
        if fit is not None and fit[0] == avail_width:
            return fit[1]
        line = self._measure(avail_width)
        self._fit = (avail_width, line)
        return line

    def _measure(self, avail_width: float) -> tuple[str, float] | None:
        style, frags = self.style, self.frags
        if (avail_width < _FUZZ or style.leftIndent or style.rightIndent or style.firstLineIndent
                or style.backColor or style.borderWidth or self.bulletText
                or style.alignment not in (TA_LEFT, TA_CENTER, TA_RIGHT)
                or getattr(style, "autoLeading", "") not in ("", "off", None)
                # the second part of a paragraph split over two pages: its lines are made already
                or getattr(self, "_splitpara", 0) or not all(hasattr(f, "text") for f in frags)
                or any(getattr(f, "lineBreak", False) for f in frags)):
            return None
        text = "".join(f.text for f in self.frags)
        if not self.frags:
            return text, 0.0
        frag = self.frags[0]
        width = stringWidth(text, frag.fontName, frag.fontSize)
        # Well inside the width only: where the line breaker might decide otherwise, it decides.
        return (text, width) if width < avail_width - 0.5 else None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._line = self._one_line(avail_width)
        if self._line is None:
            return super().wrap(avail_width, avail_height)
        self.width = avail_width
        self.height = self.style.leading if self._line[0] else 0
        return self.width, self.height

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803 - reportlab's names
        frags = self.frags
        if (len(frags) != 1 or self.bulletText or self.style.endDots
                or getattr(self, "_splitpara", 0) or not hasattr(frags[0], "text")
                or hasattr(frags[0], "cbDefn")):
            return super().breakLinesCJK(maxWidths)
        frag = frags[0]
        widths = _glyph_widths(frag.text, frag.fontName, frag.fontSize)
        if widths is None:
            return super().breakLinesCJK(maxWidths)
        # reportlab's one-fragment case, with wordSplit's character widths given
        max_widths = maxWidths if isinstance(maxWidths, (list, tuple)) else [maxWidths]
        self.height = 0
        lines = dumbSplit(frag.text, widths, max_widths)
        return frag.clone(kind=0, lines=[(space, [line]) for space, line in lines],
                          ascent=frag.fontSize, descent=-0.2 * frag.fontSize)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._line = None
        self._fit = None
        super().wrap(avail_width, avail_height)
        return super().split(avail_width, avail_height)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803 - reportlab's names
        if self._line is None or _sW:
            super().drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]  # the stubs leave out _sW
            return
        # The text at (x, y) itself rather than Flowable.drawOn's saved, moved and restored canvas
        # (three quarters of a table cell's drawing time). The colour and font it sets stay set:
        # whatever draws text next sets its own (a Paragraph, a CellTable's text cell, a line).
        self._draw_line(canvas, x, y)

    def draw(self) -> None:
        if self._line is None:
            super().draw()
            return
        canvas = self.canv
        canvas.saveState()
        self._draw_line(canvas, 0, 0)
        canvas.restoreState()

    def _draw_line(self, canvas: Canvas, x: float, y: float) -> None:
        assert self._line is not None
        text, width = self._line
        if not text:
            return
        frag = self.frags[0]
        if self.style.alignment == TA_RIGHT:
            x += self.width - width
        elif self.style.alignment == TA_CENTER:
            x += (self.width - width) / 2
        canvas.setFillColor(frag.textColor)
        canvas.setFont(frag.fontName, frag.fontSize)
        # The baseline where Paragraph puts a first line: its height less the font size.
        draw_string(canvas, x, y + self.height - frag.fontSize, text)


def cell(text: str, style: ParagraphStyle) -> Paragraph:
    """A table cell of plain text (:func:`plain`); a :class:`CellTable` draws it fastest."""
    return plain(text, style)


class CellTable(_Table):
    """A reportlab Table that draws a cell holding one :func:`cell` line straight from the measure
    it made while laying the table out (reportlab measures every cell again to draw it), and that
    measures itself once for a width (a table kept with its heading is measured twice)."""

    _cr_measured: float | None = None   # the width of the last measure that reached every row

    def _calc(self, availWidth: float, availHeight: float) -> None:  # noqa: N803 - reportlab's names
        # Measured whole at this width and as high as the room: measuring again gives the same.
        rl: Any = self      # reportlab's own state, not in its stubs
        if (self._cr_measured == availWidth and rl._hmax == rl._nrows
                and sum(rl._rowHeights) <= availHeight):
            return
        super()._calc(availWidth, availHeight)  # type: ignore[misc]  # reportlab's, not in its stubs
        self._cr_measured = availWidth

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float],  # noqa: N802 - reportlab's name
                  size: tuple[float, float]) -> None:
        line = self._line_of(cellval, cellstyle, size[0])
        if line is None:
            super()._drawCell(cellval, cellstyle, pos, size)  # type: ignore[misc]  # not in the stubs
            return
        colpos, rowpos = pos
        colwidth, rowheight = size
        avail_width = colwidth - cellstyle.leftPadding - cellstyle.rightPadding
        # What Table._drawCell does for a list of one flowable, in its order of operations.
        w, h = line.wrap(avail_width, rowheight - cellstyle.topPadding - cellstyle.bottomPadding)
        valign = cellstyle.valign
        if valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding
        elif valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + h
        else:
            y = rowpos + (rowheight + cellstyle.bottomPadding - cellstyle.topPadding + h) / 2.0
        space_before = line.getSpaceBefore()
        y += space_before
        just = cellstyle.alignment
        if just == "LEFT":
            x = colpos + cellstyle.leftPadding
        elif just == "RIGHT":
            x = colpos + colwidth - cellstyle.rightPadding - w
        else:
            x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - w) / 2.0
        y -= space_before
        y -= h
        line.drawOn(self.canv, x, y)
        # The line set the canvas's colour and font: a text cell after it sets its style's again.
        self._curcellstyle = None

    @staticmethod
    def _line_of(cellval: Any, cellstyle: Any, colwidth: float) -> _Cell | None:
        """The cell's :func:`cell` when it is one line drawn here (None: reportlab draws it)."""
        # A cell is its flowable, or a list of flowables once the table has measured its rows.
        line = cellval[0] if isinstance(cellval, (tuple, list)) and len(cellval) == 1 else cellval
        if (not isinstance(line, _Cell) or cellstyle.href or cellstyle.destination
                or cellstyle.alignment not in ("LEFT", "RIGHT", "CENTRE", "CENTER")):
            return None
        fits = line._one_line(colwidth - cellstyle.leftPadding - cellstyle.rightPadding)
        return line if fits is not None else None


class KeepTogether(_KeepTogether):
    """reportlab's KeepTogether for content that adds nothing to the frame while it is measured
    (paragraphs, tables, spacers): reportlab deep-copies the document's frame at every measure in
    case the content does."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        dims: list[tuple[float, float]] = []
        rl: Any = self      # reportlab's own state, not in its stubs
        width, height = _listWrapOn(rl._content, aW, None, dims=dims)
        self._H = height
        self._H0 = dims[0][1] if dims else 0
        self._wrapInfo = aW, aH
        return width, 0xffffff  # as reportlab's: always split, where it decides what stays together
