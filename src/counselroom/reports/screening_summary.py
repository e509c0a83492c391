"""A screening campaign's summary as it leaves the room (心理普查汇总, issue 17 §1), for the school's leadership.

What this module receives is ``services/screening.py`` :class:`PublishedSummary`: the campaign's name
and window and its tables by grade and by class with "<k" and "x" already in place; no student,
number or count behind a mark is passed in, so none can be printed. The tables are drawn as the work
reports draw theirs (``reports/work_report.py``: same grid, column widths, long tables breaking with
their header, the same footnote), and the workbook has one sheet per table with the same grid
(``reports/work_report_xlsx.py``'s cells: published numbers as numbers, marks as text). Both are
built in memory.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from counselroom.reports.labels import english
from counselroom.domain.work_reports import PublishedTable
from counselroom.reports.layout import (
    GREY, Layout, PageGeometry, Styles, build_two_pass, draw_footer, draw_header, fmt_datetime, make_style, page_of,
)
from counselroom.reports.plain_text import markup
from counselroom.reports.spreadsheet import workbook_bytes
from counselroom.reports.work_report import Blocks, CellStyles, table_flowable, footnote, table_grid, table_title
from counselroom.reports.work_report import term as report_term
from counselroom.reports.work_report_xlsx import sheet_cell, sheet_name

GEOMETRY = PageGeometry()


class PublishedSummary(Protocol):
    """What is printed: ``services/screening.py`` ``PublishedSummary`` (the services layer is above this one)."""
    @property
    def campaign_name(self) -> str: ...
    @property
    def starts_on(self) -> date: ...
    @property
    def ends_on(self) -> date: ...
    @property
    def as_of(self) -> date: ...
    @property
    def k(self) -> int: ...
    @property
    def tables(self) -> tuple[PublishedTable, ...]: ...

_TERMS = {
    "心理普查汇总": "Screening summary",
    "单位": "Room",
    "普查": "Campaign",
    "量表": "Scales",
    "普查时间": "Window",
    "{first} 至 {last}": "{first} to {last}",
    "本汇总只有人数，不含任何学生的姓名、学号或答卷。": "Counts of students only: no student's name, number or answers.",
}


def term(zh: str, lang: str) -> str:
    if english(lang) and zh in _TERMS:
        return _TERMS[zh]
    return report_term(zh, lang)


def scale_names(summary: PublishedSummary, lang: str) -> list[str]:
    """The campaign's scales, as its results tables name them, in their order."""
    names: list[str] = []
    for table in summary.tables:
        if table.subject is not None and table.subject.text(lang) not in names:
            names.append(table.subject.text(lang))
    return names


def window_text(summary: PublishedSummary, lang: str) -> str:
    return term("{first} 至 {last}", lang).format(first=summary.starts_on.isoformat(), last=summary.ends_on.isoformat())


def _facts(summary: PublishedSummary, lang: str) -> list[tuple[str, str]]:
    comma = ", " if english(lang) else "、"
    return [(term("普查", lang), summary.campaign_name), (term("量表", lang), comma.join(scale_names(summary, lang))),
            (term("普查时间", lang), window_text(summary, lang)), (term("统计截至", lang), summary.as_of.isoformat())]


def build_screening_summary(*, room_name: str, summary: PublishedSummary, printed_by: str, printed_at: datetime,
                            lang: str = "zh_CN") -> bytes:
    """The summary as a PDF: the room, the campaign, its scales and window, every table, the footnote."""
    geo = GEOMETRY
    en = english(lang)
    title = term("心理普查汇总", lang)

    def story(_previous: Layout | None) -> list[Flowable]:
        st = Styles()
        st.h1.keepWithNext = st.h2.keepWithNext = 0   # headings wait for their block instead (Blocks)
        note = make_style("ssnote", size=8.5, leading=12, color=GREY)
        cells = CellStyles(en)
        width = geo.body_width
        colon = ": " if en else "："

        def p(text: str, style: ParagraphStyle) -> Paragraph:
            return Paragraph(markup(text), style)

        out = Blocks(width)
        out.add([p(room_name, st.subtitle), p(title, st.title), p(summary.campaign_name, st.subtitle),
                 Spacer(1, 3 * mm)])
        facts = [p(f"{name}{colon}{value}", st.small) for name, value in _facts(summary, lang)]
        facts.append(p(f"{term('已做小格抑制', lang)} (k = {summary.k}) · "
                       f"{term('本汇总只有人数，不含任何学生的姓名、学号或答卷。', lang)}", st.small))
        out.add([*facts, Spacer(1, 4 * mm)])
        for table in summary.tables:
            out.add(*table_flowable(table, width, lang, cells, note, st))
        return out.flowables([p(footnote(summary.k, lang), note)])

    def on_page(canvas: Canvas, page: int, previous: Layout | None) -> None:
        draw_header(canvas, geo, f"{room_name} · {title}", window_text(summary, lang))
        total = previous.total if previous else 0
        draw_footer(canvas, geo, left=f"{term('打印人', lang)} {printed_by} · {fmt_datetime(printed_at)}",
                    center=summary.campaign_name, right=page_of(page, total, en))

    return build_two_pass(story, geo=geo, on_page=on_page, title=f"{title} {summary.campaign_name}")


def build_screening_summary_xlsx(*, room_name: str, summary: PublishedSummary, lang: str = "zh_CN") -> bytes:
    """The summary as a workbook: the notes, then a sheet per table with the PDF's grid."""
    notes: list[list[object]] = [[term("心理普查汇总", lang)], [term("单位", lang), room_name]]
    notes += [[name, value] for name, value in _facts(summary, lang)]
    notes += [[term("已做小格抑制", lang), summary.k], [], [footnote(summary.k, lang)],
              [term("本汇总只有人数，不含任何学生的姓名、学号或答卷。", lang)]]
    taken: set[str] = set()
    sheets: list[tuple[str, list[list[object]]]] = [(sheet_name(0, term("心理普查汇总", lang), taken), notes)]
    for index, table in enumerate(summary.tables, 1):
        grid: list[list[object]] = [[table_title(table, lang)], []]
        for r, line in enumerate(table_grid(table, lang)):
            grid.append([text if r == 0 or c == 0 else sheet_cell(table, text) for c, text in enumerate(line)])
        sheets.append((sheet_name(index, table_title(table, lang), taken), grid))
    return workbook_bytes(sheets)
