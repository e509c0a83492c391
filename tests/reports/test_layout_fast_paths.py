"""The case file's short cuts through reportlab (issue 15, case-file PDF rate): each one writes what
reportlab itself would, so a document looks exactly as it did — text operators, glyph widths and
line breaks, table cells, a table measured once per width, KeepTogether without copying the frame."""

from __future__ import annotations

import io
import random

import pytest
from pypdf import PdfReader
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether as ReportlabKeepTogether
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tables import Table as ReportlabTable

from counselroom.reports.case_file import _styles as case_file_styles
from counselroom.reports.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from counselroom.reports.layout import PANEL, PageGeometry, Styles, build_once, make_style
from counselroom.reports.plain_text import (
    CellTable,
    KeepTogether,
    _glyph_widths,
    cell,
    draw_string,
    markup,
    plain,
)

# Pure computation: nothing here reads the clock (CI's pinned-date run leaves it out).
pytestmark = pytest.mark.timeless

TEXTS = ["", "x", "档案编号", "王䶮", "䶮山中学心理辅导室", "(a) \\ b)", "a\xa0b", "2026-09-08 15:40",
         "English, 中文 and 𠮷 (no glyph)", "\u3000全角", "第 3 页 / 共 107 页"]


@pytest.fixture(scope="module")
def st() -> Styles:
    return Styles()


def _positions(pdf: bytes) -> list[tuple[int, str, float, float]]:
    """Every piece of text on every page with where it starts (page, text, points from the corner)."""
    found: list[tuple[int, str, float, float]] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):
        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((number, text.strip(), round(x, 2), round(y, 2)))

        page.extract_text(visitor_text=visit)
    return sorted(found)


def _build(story) -> bytes:
    return build_once(story, geo=PageGeometry(), on_page=lambda *_: None, title="t")


def test_draw_string_writes_what_reportlab_writes():
    register_fonts()
    ours, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    for _ in range(2):      # the second round comes from what the first made
        for font, size in ((FONT_REGULAR, 10.5), (FONT_BOLD, 9), (FONT_REGULAR, 7.5)):
            for canvas in (ours, theirs):
                canvas.setFont(font, size)
            for text in TEXTS:
                draw_string(ours, 20.5, 700.25, text)
                theirs.drawString(20.5, 700.25, text)
                draw_string(ours, 500, 30.125, text, "right")
                theirs.drawRightString(500, 30.125, text)
                draw_string(ours, 297.6, 30, text, "centre")
                theirs.drawCentredString(297.6, 30, text)
    assert ours._code == theirs._code
    assert ours._doc.fontMapping == theirs._doc.fontMapping


def test_glyph_widths_are_reportlabs_to_the_bit():
    """Line breaks depend on the sums of these widths: every glyph, at every size the records use."""
    fs = case_file_styles()
    sizes = {s.fontSize for s in (*vars(fs.st).values(), *vars(fs).values()) if hasattr(s, "fontSize")}
    for font_name in (FONT_REGULAR, FONT_BOLD):
        codes = [*getFont(font_name).face.charWidths, 0x2FFFF, 0x10FFFF]
        text = "".join(map(chr, codes))
        for size in sizes:
            assert _glyph_widths(text, font_name, size) == [stringWidth(c, font_name, size) for c in text]
    assert _glyph_widths("x", "Helvetica", 10) is None


def _lines(paragraph: Paragraph) -> list:
    para = paragraph.blPara
    if para.kind == 0:
        return [(space, list(words)) for space, words in para.lines]
    return [(line.extraSpace, [getattr(w, "text", None) for w in line.words]) for line in para.lines]


def test_plain_text_breaks_into_the_lines_reportlab_breaks_it_into(st):
    rng = random.Random(15)
    alphabet = list("心理咨询记录来访者焦虑，。、；：“”（）䶮abc xyz 123") + ["\n", "&", "<"]
    styles = [st.body, st.body_plain, st.value, make_style("latin", size=9, cjk=False)]
    for _ in range(150):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        width = rng.uniform(40, 460)
        for style in styles:
            ours, theirs = plain(text, style), Paragraph(markup(text), style)
            assert ours.wrap(width, 10_000) == theirs.wrap(width, 10_000)
            if ours._line is None:
                assert _lines(ours) == _lines(theirs), (text, width)


def test_plain_text_is_drawn_where_its_paragraph_would_be(st):
    """Headings and one-line paragraphs are drawn in one call, longer ones as Paragraphs; a story of
    them over several pages puts every line where reportlab's Paragraphs put it."""
    fs = case_file_styles()
    styles = [st.title, st.subtitle, st.h1, st.h2, st.section, st.body, st.body_plain, st.empty, st.meta,
              st.status, st.risk_high, fs.room, fs.title, fs.number, fs.note]
    texts = ["心理咨询档案", "2026-0012", "王䶮", "", "第 2 次咨询 · 2026-09-15", "a & b <c>",
             "来访者谈到考试前心跳加快、手心出汗，咨询师与其一起回顾具体情境并练习腹式呼吸。" * 9,
             "两行\n文字", "Session 2 · 2026-09-15"]

    def story(make):
        return [make(text, style) for _ in range(3) for style in styles for text in texts]

    ours = _build(story(plain))
    assert len(PdfReader(io.BytesIO(ours)).pages) > 3
    assert _positions(ours) == _positions(_build(story(lambda text, style: Paragraph(markup(text), style))))


def _rows(st: Styles):
    aligned = [make_style(f"a{a}", size=10.5, leading=14, align=a) for a in (TA_LEFT, TA_CENTER, TA_RIGHT)]
    texts = ["档案编号", "2026-0012", "王䶮", "", "a & b", "初三 （2）班",
             "一段很长的文字，在这一栏里放不下，只好换行，换到第二行、第三行去。" * 2, "两行\n文字"]
    return [[cell(text, style) for style in (st.label, st.value, *aligned)] + [""] for text in texts]


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_a_cell_table_draws_its_cells_where_a_table_does(st, valign):
    commands = [("VALIGN", (0, 0), (-1, -1), valign), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("ALIGN", (2, 0), (2, -1), "CENTER"), ("SPAN", (3, 1), (5, 1)),
                ("BACKGROUND", (0, 0), (0, -1), PANEL), ("INNERGRID", (0, 0), (-1, -1), 0.4, PANEL),
                ("LEFTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 4)]
    widths = [22 * mm, 40 * mm, 30 * mm, 30 * mm, 30 * mm, 10 * mm]

    def build(kind) -> bytes:
        tables = []
        for _ in range(4):      # over a page: the tables split by rows
            table = kind(_rows(st), colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle(commands))
            tables.append(table)
        return _build(tables)

    ours = build(CellTable)
    assert len(PdfReader(io.BytesIO(ours)).pages) > 1
    assert _positions(ours) == _positions(build(Table))


def test_a_cell_table_is_measured_once_per_width(st, monkeypatch):
    measured: list[float] = []
    real = ReportlabTable._calc

    def counted(self, width, height):
        measured.append(width)
        return real(self, width, height)

    monkeypatch.setattr(ReportlabTable, "_calc", counted)
    table = CellTable(_rows(st), colWidths=[22 * mm, 40 * mm, 30 * mm, 30 * mm, 30 * mm, 10 * mm])
    size = table.wrap(400, 10_000)
    assert table.wrap(400, 700) == size          # as high as the room: the same measure
    assert measured == [400]
    table.wrap(400, size[1] - 1)                 # not: reportlab decides again
    table.wrap(380, 10_000)
    assert measured == [400, 400, 380]


def test_keep_together_keeps_what_reportlabs_keeps(st):
    """A heading kept with its table and a section kept with its line, pushed down the page a little
    more each time: they move to the next page exactly when reportlab's KeepTogether moves them."""
    grid = [[("风险等级", "低"), ("状态", "已结束")], [("启动时间", "2026-10-13 16:30"), ("结束时间", "")]]

    def story(keep) -> list:
        out: list = []
        for n in range(40):
            out.append(Spacer(1, 7 * mm + n * 1.3 * mm))
            table = CellTable([[cell(text, st.value) for pair in row for text in pair] for row in grid],
                              colWidths=[30 * mm] * 4)
            out.append(keep([plain(f"危机干预记录 {n}", st.h2), Spacer(1, 2 * mm), table]))
            out.append(keep([plain("下次预约", st.section), plain("2026-09-15 15:40", st.body_plain)]))
        return out

    ours = _build(story(KeepTogether))
    assert len(PdfReader(io.BytesIO(ours)).pages) > 5
    assert _positions(ours) == _positions(_build(story(ReportlabKeepTogether)))
