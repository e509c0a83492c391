"""One build per document (issue 15, item 7): what only the finished document knows (page x of y,
the contents' page numbers, seals, the draft watermark) is drawn when it is saved, and plain text
goes into Paragraphs without reportlab's markup parser, looking exactly as it did with it."""

from __future__ import annotations

import io
import random

import pytest
from pypdf import PdfReader
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Table

import counselroom.reports.case_file as case_file_mod
from counselroom.reports.case_file import CaseRecords, build_case_file
from counselroom.reports.layout import (
    Layout,
    PageGeometry,
    PageNumberOf,
    Styles,
    anchor,
    build_once,
    make_style,
)
from counselroom.reports.plain_text import cell, markup, plain
from pdf_helpers import PRINTED_AT, ROOM, page_texts, sample_case, sample_client, sample_visit

TRICKY = ["", " ", "x", "王䶮", "a \n b", "a&b<c>&amp;", "  \u3000全角  空格\t tab ", "x\n\ny", "\r\n", "a\xa0b",
          "第1行\n第2行\n", "<br/>", "<b>not bold</b>", "1 < 2 & 3 > 2", "\n\n\n"]


@pytest.fixture(scope="module")
def st() -> Styles:
    return Styles()


def _frags(paragraph: Paragraph) -> list[list[tuple[str, object]]]:
    return [sorted(f.__dict__.items()) for f in paragraph.frags]


def test_plain_text_makes_the_fragments_the_parser_makes(st):
    styles = [st.value, st.body, st.label, st.h1, st.title, make_style("latin", size=9, cjk=False)]
    rng = random.Random(15)
    alphabet = list("ab 中文䶮&<>\n\t\u3000\xa0\r.;'\"") + ["&amp;", "<br/>", "  ", "\n\n", "<b>"]
    texts = TRICKY + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(3000)]
    for text in texts:
        for style in styles:
            parsed = Paragraph(markup(text), style)
            for made in (plain(text, style), cell(text, style)):
                assert _frags(made) == _frags(parsed), repr(text)
                assert made.style is parsed.style


def _positions(pdf: bytes) -> list[tuple[str, float, float]]:
    """Every piece of text on the first page with where it starts (points, from the page's corner)."""
    found: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), round(x, 2), round(y, 2)))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return sorted(found)


def test_a_cell_is_drawn_where_its_paragraph_would_be(st):
    """Lines that fit are drawn in one call, lines that do not wrap as a Paragraph: same places."""
    aligned = [make_style(f"a{a}", size=10.5, leading=14, align=a) for a in (TA_LEFT, TA_CENTER, TA_RIGHT)]
    texts = ["档案编号", "2026-0012", "王䶮", "", "a & b", "初三 （2）班",
             "一段很长的文字，在这一栏里放不下，只好换行，换到第二行、第三行去。" * 2, "两行\n文字"]
    geo = PageGeometry()

    def table(make) -> bytes:
        rows = [[make(text, style) for style in (st.label, st.value, *aligned)] for text in texts]
        grid = Table(rows, colWidths=[22 * mm, 40 * mm, 30 * mm, 30 * mm, 30 * mm])
        return build_once([grid], geo=geo, on_page=lambda *_: None, title="cells")

    assert _positions(table(cell)) == _positions(table(lambda text, style: Paragraph(markup(text), style)))


def test_only_plain_styles_take_the_one_call_path(st):
    indented = make_style("ind", size=10, leftIndent=8 * mm)
    justified = make_style("just", size=10, align=TA_JUSTIFY)
    for style in (indented, justified, st.body):
        one = cell("短", style)
        one.wrap(100, 100)
        assert one._line is None, style.name
    one = cell("短", st.value)
    one.wrap(100, 100)
    assert one._line is not None


def test_furniture_knows_the_whole_document_and_lies_under_the_content(st):
    """The page count, the pages anchors landed on, drafts: all known to the page drawer; what it
    draws comes first in each page (under the content), and a contents entry names a later page."""
    seen: list[tuple[int, int]] = []

    def on_page(canvas, page: int, layout: Layout) -> None:
        seen.append((page, layout.total))
        canvas.setFont("Helvetica", 9)
        canvas.drawString(30, 30, f"furniture {page}/{layout.total} at {layout.anchors.get('end')}")

    num = make_style("num", size=10, leading=14, align=TA_RIGHT, cjk=False)
    story = [Table([[plain("末页", st.value), PageNumberOf("end", num)]], colWidths=[100, 40]),
             PageBreak(), plain("第二页", st.value), PageBreak(),
             anchor(plain("最后", st.h1), "end")]
    pdf = build_once(story, geo=PageGeometry(), on_page=on_page, title="t")
    pages = page_texts(pdf)
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert [p.splitlines()[0] for p in pages] == [f"furniture {n}/3 at 3" for n in (1, 2, 3)]
    assert pages[0].splitlines()[1:] == ["末页", "3"]


def test_a_case_file_builds_each_visit_once(monkeypatch):
    built: list[int] = []
    real = case_file_mod.visit_flowables

    def counted(**kw):
        built.append(kw["visit"].id)
        return real(**kw)

    monkeypatch.setattr(case_file_mod, "visit_flowables", counted)
    visits = [sample_visit(1), sample_visit(2), sample_visit(3, signed=False)]
    pdf = build_case_file(room_name=ROOM, client=sample_client(), cases=[CaseRecords(sample_case(), "李老师", visits)],
                          printed_by="张主任", printed_at=PRINTED_AT, today=PRINTED_AT.date())
    assert built == [v.id for v in visits]
    pages = page_texts(pdf)
    assert all(f"第 {n} 页 / 共 {len(pages)} 页" in page for n, page in enumerate(pages, 1))
