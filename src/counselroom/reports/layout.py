"""Shared page furniture of the printed records: colours, paragraph styles, header and
footer drawing, and a build that knows the page count and where things landed: :func:`build_once`
(one pass; what only the finished document knows is drawn when it is saved) and
:func:`build_two_pass` (a story that changes with what the first pass learnt).

Plain text (paragraphs, cells, tables and headings without reportlab's markup parser) is in
:mod:`counselroom.reports.plain_text`.

Everything stays in memory: PDFs are rendered into ``io.BytesIO``.  No Qt, no SQL.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import partial
from typing import Any, Callable, Literal, TypeVar

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from counselroom.reports.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from counselroom.reports.plain_text import cell, draw_string

INK = colors.HexColor("#1A1A1A")
NAVY = colors.HexColor("#1F3356")
GREY = colors.HexColor("#5A5A5A")
LIGHT = colors.HexColor("#B8BEC8")
PANEL = colors.HexColor("#F3F5F8")
RED = colors.HexColor("#9E1B1B")
RED_BG = colors.HexColor("#FBF0F0")
WATERMARK = colors.Color(0.62, 0.11, 0.11, alpha=0.10)

PAGE_W, PAGE_H = A4

_F = TypeVar("_F", bound=Flowable)
Alignment = Literal[0, 1, 2, 4]     # TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY
#: One command of a TableStyle: its name, the first and last cell (column, row), then its values,
#: e.g. ("GRID", (0, 0), (-1, -1), 0.5, LIGHT).
TableCommand = tuple[str, tuple[int, int], tuple[int, int], *tuple[Any, ...]]


def make_style(name: str, *, size: float, leading: float | None = None, bold: bool = False,
               color: colors.Color = INK, align: Alignment = TA_LEFT, space_before: float = 0,
               space_after: float = 0, cjk: bool = True, **extra: Any) -> ParagraphStyle:
    """A paragraph style in the embedded font; CJK line breaking unless ``cjk`` is False."""
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT_REGULAR,
        fontSize=size,
        leading=leading or size * 1.35,
        textColor=color,
        alignment=align,
        spaceBefore=space_before,
        spaceAfter=space_after,
        wordWrap="CJK" if cjk else None,
        **extra,
    )


def fmt_date(value: date | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


def fmt_time(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()  # shown in the computer's local time
    return value.strftime("%Y-%m-%d %H:%M")


def ruled_grid(header_rows: int = 1, *, pad_top: float = 3, pad_bottom: float = 4) -> list[TableCommand]:
    """The records' ruled table: a navy box, light inner lines, shaded header rows."""
    return [
        ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, LIGHT),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), PANEL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), pad_top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad_bottom),
    ]


# --- page geometry and furniture ------------------------------------------------------------

@dataclass(frozen=True)
class PageGeometry:
    left: float = 20 * mm
    right: float = 20 * mm
    top: float = 22 * mm
    bottom: float = 22 * mm

    @property
    def body_width(self) -> float:
        return PAGE_W - self.left - self.right

    @property
    def body_height(self) -> float:
        return PAGE_H - self.top - self.bottom


def draw_header(canvas: Canvas, geo: PageGeometry, left: str, right: str) -> None:
    """Grey text left, red bold text right, a navy rule underneath."""
    canvas.saveState()
    y = PAGE_H - geo.top + 8 * mm
    canvas.setFillColor(GREY)
    canvas.setFont(FONT_REGULAR, 8.5)
    draw_string(canvas, geo.left, y, left)
    canvas.setFillColor(RED)
    canvas.setFont(FONT_BOLD, 9)
    draw_string(canvas, PAGE_W - geo.right, y, right, "right")
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(0.8)
    canvas.line(geo.left, y - 2.5 * mm, PAGE_W - geo.right, y - 2.5 * mm)
    canvas.restoreState()


def draw_footer(canvas: Canvas, geo: PageGeometry, *, left: str, right: str, center: str = "",
                note: str = "") -> None:
    """A light rule, then one line (left / centre / right); ``note`` goes above the rule."""
    canvas.saveState()
    y = geo.bottom - 13 * mm
    rule = y + 4 * mm
    canvas.setStrokeColor(LIGHT)
    canvas.setLineWidth(0.5)
    canvas.line(geo.left, rule, PAGE_W - geo.right, rule)
    canvas.setFillColor(GREY)
    canvas.setFont(FONT_REGULAR, 7.5)
    draw_string(canvas, geo.left, y, left)
    if center:
        draw_string(canvas, geo.left + geo.body_width / 2, y, center, "centre")
    canvas.setFont(FONT_BOLD, 8)
    canvas.setFillColor(INK)
    draw_string(canvas, PAGE_W - geo.right, y, right, "right")
    if note:
        canvas.setFont(FONT_REGULAR, 7.5)
        canvas.setFillColor(NAVY)
        draw_string(canvas, geo.left, rule + 2 * mm, note)
    canvas.restoreState()


def draw_watermark(canvas: Canvas, text: str) -> None:
    """Large diagonal pale-red text across the page (drawn under the content)."""
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFont(FONT_BOLD, 96)
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(40)
    canvas.drawCentredString(0, -30, text)
    canvas.restoreState()


def page_of(page: int, total: int, english: bool) -> str:
    return f"Page {page} of {total}" if english else f"第 {page} 页 / 共 {total} 页"


# --- where things land: anchors and records ----------------------------------------------------

@dataclass
class Layout:
    """What one pass found out: the page count, anchored flowables' pages, records per page."""
    total: int = 0
    anchors: dict[str, int] = field(default_factory=dict)
    seals: dict[int, list[str]] = field(default_factory=dict)   # page -> seal prefixes
    drafts: set[int] = field(default_factory=set)               # pages with a draft record

    def seals_on(self, page: int) -> list[str]:
        return self.seals.get(page, [])


@dataclass(frozen=True)
class RecordMark:
    """Starts a record: signed with a seal prefix, or a draft (``seal`` empty)."""
    seal: str = ""

    @property
    def draft(self) -> bool:
        return not self.seal


def anchor(flowable: _F, key: str | None = None, record: RecordMark | None = None) -> _F:
    """Tag a (non-splitting) flowable: its page is recorded under ``key``; it opens ``record``."""
    # Attributes of our own on reportlab's object, read back with getattr by _Doc; setattr because
    # the Flowable type declares no such attribute.
    if key is not None:
        setattr(flowable, "cr_anchor", key)  # noqa: B010
    if record is not None:
        setattr(flowable, "cr_record", record)  # noqa: B010
    return flowable


class EndRecord(Flowable):
    """Zero-size marker: the record opened by the last :class:`RecordMark` ends here."""

    cr_end_record = True

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _Doc(BaseDocTemplate):
    def __init__(self, buf: io.BytesIO, layout: Layout, **kw: Any) -> None:
        super().__init__(buf, **kw)
        self.layout = layout
        self._record: RecordMark | None = None

    def _mark(self) -> None:
        rec = self._record
        if rec is None:
            return
        if rec.draft:
            self.layout.drafts.add(self.page)
        else:
            seals = self.layout.seals.setdefault(self.page, [])
            if rec.seal not in seals:
                seals.append(rec.seal)

    def afterFlowable(self, flowable: Flowable) -> None:
        key = getattr(flowable, "cr_anchor", None)
        if key is not None and key not in self.layout.anchors:
            self.layout.anchors[key] = self.page
        rec = getattr(flowable, "cr_record", None)
        if rec is not None:
            self._record = rec
            self._mark()
        if getattr(flowable, "cr_end_record", False):
            self._mark()
            self._record = None

    def handle_pageEnd(self) -> None:
        self._mark()
        self.layout.total = max(self.layout.total, self.page)
        super().handle_pageEnd()


def _document(buf: io.BytesIO, layout: Layout, geo: PageGeometry, title: str,
              subject: str) -> tuple[_Doc, Frame]:
    """An A4 document in ``buf`` with the body frame of ``geo`` (both builds use it)."""
    doc = _Doc(
        buf, layout,
        initialFontName=FONT_REGULAR,
        pagesize=A4,
        leftMargin=geo.left, rightMargin=geo.right,
        topMargin=geo.top, bottomMargin=geo.bottom,
        title=title, author="CounselRoom", subject=subject, creator="CounselRoom",
    )
    frame = Frame(geo.left, geo.bottom, geo.body_width, geo.body_height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    return doc, frame


def build_two_pass(story_factory: Callable[[Layout | None], list[Flowable]], *, geo: PageGeometry,
                   on_page: Callable[[Canvas, int, Layout | None], None],
                   title: str, subject: str = "") -> bytes:
    """Build twice in memory: the first pass learns page count and positions, the second
    draws with them.  ``story_factory(previous)`` must give the same layout both times
    (only numbers may change); ``on_page(canvas, page, previous)`` draws the furniture
    under the content (``previous`` is None in the first pass).
    """
    register_fonts()
    previous: Layout | None = None
    pdf = b""
    for _ in range(2):
        layout = Layout()
        buf = io.BytesIO()
        doc, frame = _document(buf, layout, geo, title, subject)
        seen = previous

        def draw(canvas: Canvas, d: BaseDocTemplate, seen: Layout | None = seen) -> None:
            on_page(canvas, d.page, seen)

        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=draw)])
        doc.build(story_factory(previous))
        pdf = buf.getvalue()
        if previous is not None and (layout.total, layout.anchors) == (previous.total,
                                                                       previous.anchors):
            break
        previous = layout
    return pdf


PageDrawing = Callable[[Canvas, int, Layout], None]
Deferred = Callable[[Canvas, Layout], None]


class _FinishingCanvas(Canvas):
    """A canvas that keeps every page open until :meth:`save` (reportlab's "NumberedCanvas"
    recipe): only then are page x of y, a page's seals, the draft watermark and the contents' page
    numbers known, and they are drawn into the pages as if they had been there all along."""

    def __init__(self, *args: Any, layout: Layout, furniture: PageDrawing, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._cr_layout = layout
        self._cr_furniture = furniture
        self._cr_pages: list[dict[str, Any]] = []
        self._cr_slots: list[tuple[int, Deferred]] = []

    @property
    def _ops(self) -> list[str]:
        """The content operators of the page being drawn (reportlab's own list)."""
        ops: list[str] = self._code  # type: ignore[attr-defined]  # reportlab's, not in its stubs
        return ops

    def defer(self, draw: Deferred) -> None:
        """Keep this place in the page's content for ``draw(canvas, layout)``, called at
        :meth:`save` with the finished layout in the coordinates in force here."""
        self._ops.append("")
        self._cr_slots.append((len(self._ops) - 1, draw))

    def showPage(self) -> None:  # noqa: N802 - reportlab's name, overridden
        state = dict(self.__dict__)
        del state["_cr_pages"]
        self._cr_pages.append(state)
        self._startPage()  # type: ignore[attr-defined]  # reportlab's, not in its stubs
        self._cr_slots = []

    def _drawn(self, draw: Callable[[], None]) -> list[str]:
        """The content operators ``draw()`` appends, taken back out of the page."""
        ops = self._ops
        mark = len(ops)
        draw()
        drawn = ops[mark:]
        del ops[mark:]
        return drawn

    def save(self) -> None:
        pages, layout = self._cr_pages, self._cr_layout
        self._cr_pages = []
        for number, state in enumerate(pages, 1):
            self.__dict__.update(state)
            ops = self._ops
            for index, draw in reversed(self._cr_slots):
                ops[index:index + 1] = self._drawn(partial(draw, self, layout))
            # The furniture goes first, under the content, as if drawn when the page began.
            ops[0:0] = self._drawn(partial(self._cr_furniture, self, number, layout))
            Canvas.showPage(self)
        Canvas.save(self)


def build_once(story: list[Flowable], *, geo: PageGeometry, on_page: PageDrawing, title: str,
               subject: str = "") -> bytes:
    """Build once in memory.  ``on_page(canvas, page, layout)`` draws the furniture under each
    page's content once the whole document is laid out (``layout``: page count, anchors, seals,
    drafts); :class:`PageNumberOf` prints an anchor's page before the anchor is reached."""
    register_fonts()
    layout = Layout()
    buf = io.BytesIO()
    doc, frame = _document(buf, layout, geo, title, subject)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def canvas(*args: Any, **kw: Any) -> _FinishingCanvas:
        return _FinishingCanvas(*args, layout=layout, furniture=on_page, **kw)

    doc.build(story, canvasmaker=canvas)
    return buf.getvalue()


class PageNumberOf(Flowable):
    """The page an anchor (``key``) lands on, as a one-line paragraph in ``style``: drawn when
    the document is complete, so a contents page can name pages that come after it."""

    def __init__(self, key: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.key = key
        self.style = style

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.style.leading      # as high as any one-line Paragraph

    def draw(self) -> None:
        canvas = self.canv
        if not isinstance(canvas, _FinishingCanvas):
            raise TypeError("PageNumberOf needs build_once()")
        width = self.width

        def number(c: Canvas, layout: Layout) -> None:
            page = layout.anchors.get(self.key)
            text = cell(str(page) if page else "", self.style)
            text.wrap(width, self.style.leading)
            # Drawn into the middle of a finished page: what it sets must not outlast it.
            c.saveState()
            text.drawOn(c, 0, 0)
            c.restoreState()

        canvas.defer(number)


class Styles:
    """The paragraph styles of the counselling records."""

    def __init__(self) -> None:
        register_fonts()
        self.title = make_style("title", size=20, leading=26, bold=True, color=NAVY,
                                align=TA_CENTER)
        self.subtitle = make_style("subtitle", size=11, leading=15, color=GREY,
                                   align=TA_CENTER)
        self.h1 = make_style("h1", size=15, leading=20, bold=True, color=NAVY,
                             space_after=4, keepWithNext=1)
        self.h2 = make_style("h2", size=13, leading=18, bold=True, color=NAVY,
                             space_after=3, keepWithNext=1)
        self.section = make_style("section", size=11, leading=15, bold=True, color=NAVY,
                                  space_before=9, space_after=3)
        self.body = make_style("body", size=10.5, leading=17, space_after=4, align=TA_JUSTIFY,
                               firstLineIndent=21)
        self.body_plain = make_style("bodyplain", size=10.5, leading=16)
        self.empty = make_style("empty", size=10, leading=15, color=GREY)
        self.label = make_style("label", size=9.5, leading=13, color=GREY)
        self.value = make_style("value", size=10.5, leading=14)
        self.value_bold = make_style("valueb", size=10.5, leading=14, bold=True)
        self.small = make_style("small", size=8.5, leading=12, color=GREY)
        self.meta = make_style("meta", size=9, leading=13, color=NAVY, bold=True)
        self.banner = make_style("banner", size=15, leading=20, bold=True, color=RED,
                                 align=TA_CENTER)
        self.banner_note = make_style("bannernote", size=9.5, leading=13, color=RED,
                                      align=TA_CENTER)
        self.status = make_style("status", size=10, leading=14, bold=True, color=NAVY)
        self.risk_high = make_style("riskhigh", size=10.5, leading=14, bold=True, color=RED)
