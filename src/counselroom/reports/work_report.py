"""A work report as it leaves the room (月度工作报告, 学期工作总结, 学年报告; issue 16 §3).

Title, room, period, the supervisor's narrative, then every section's figures as published
(``domain/work_reports.py`` :class:`Publication`: "<k" and "x" already in place, the counts behind
them not even passed in) with a footnote saying what both marks mean, and two bar charts (visits by
month, visits by kind) drawn from the published numbers only: a hidden value has no bar, only its
mark. After the activities' figures, the activities list (活动一览), its attendances published the
same way. Nothing about a client is in what this module receives, so nothing about one can be printed.
A draft carries 草稿 across every page. Built in memory (``bytes`` out).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counselroom.domain.labels import label
from counselroom.domain.statistics import Section, TableId
from counselroom.domain.work_reports import (
    Narrative, NarrativeField, Publication, PublishedActivity, PublishedTable, ReportKind, WorkReport,
    published_number,
)
from counselroom.reports.fonts import FONT_REGULAR
from counselroom.reports.labels import english
from counselroom.reports.labels import term as common_term
from counselroom.reports.layout import (
    GREY,
    NAVY,
    PANEL,
    Layout,
    PageGeometry,
    ruled_grid,
    Styles,
    TableCommand,
    build_two_pass,
    draw_footer,
    draw_header,
    draw_watermark,
    fmt_datetime,
    make_style,
    page_of,
)
from counselroom.reports.plain_text import markup, text_paragraphs

GEOMETRY = PageGeometry()

_TERMS: dict[str, str] = {
    "本月工作小结": "Summary of the month's work",
    "本学期工作小结": "Summary of the term's work",
    "本学年工作小结": "Summary of the year's work",
    "存在问题": "Problems",
    "下月计划": "Plans for next month",
    "下学期计划": "Plans for next term",
    "下学年计划": "Plans for next school year",
    "（未填写）": "(not filled in)",
    "统计数据": "Figures",
    "草稿": "DRAFT",
    "草稿，未签署：数字为打印时的统计，签署后固定。": "Draft, not signed: the figures are as of printing; signing fixes them.",
    "签署人": "Signed by",
    "签署时间": "Signed at",
    "统计截至": "Figures as of",
    "已做小格抑制": "Small counts suppressed",
    "合计": "Total",
    "项目": "Item",
    "数值": "Figure",
    "无数据。": "No data.",
    "各月咨询次数": "Visits by month",
    "各咨询形式的咨询次数": "Visits by kind",
    "打印人": "Printed by",
    "工作报告 {period}": "Work report {period}",
    "活动一览": "Activities",
    "日期": "Date",
    "类别": "Kind",
    "活动名称": "Title",
    "对象": "Audience",
    "人数": "People",
    "课时": "Periods",
    "主讲": "Run by",
    "本期无活动记录。": "No activities logged in this period.",
    "说明：“<{k}”表示 1 至 {m} 之间的数，为保护个人隐私不予显示；“x”表示为防止由合计推算而一并隐去的数（为 0 或不少于 {k}）。":
        "Note: “<{k}” is a number from 1 to {m}, not shown to protect individuals; “x” is a number hidden as "
        "well so that none can be worked out from the totals (0 or at least {k}).",
    "此表的分项会识别个人，仅列出各类别的合计。": "The cells of this table would identify individuals: only the totals "
                                                  "of each category are shown.",
}

_NARRATIVE_HEADINGS: dict[ReportKind, tuple[str, str, str]] = {
    ReportKind.MONTH: ("本月工作小结", "存在问题", "下月计划"),
    ReportKind.TERM: ("本学期工作小结", "存在问题", "下学期计划"),
    ReportKind.YEAR: ("本学年工作小结", "存在问题", "下学年计划"),
}


def term(zh: str, lang: str) -> str:
    if english(lang) and zh in _TERMS:
        return _TERMS[zh]
    return common_term(zh, lang)


def narrative_headings(kind: ReportKind, lang: str) -> dict[NarrativeField, str]:
    """The narrative's three headings for a report of ``kind`` (the page shows the same words)."""
    return {f: term(h, lang) for f, h in zip(NarrativeField, _NARRATIVE_HEADINGS[kind])}


def table_title(table: PublishedTable, lang: str) -> str:
    title = label(table.id, lang)
    return f"{title} · {table.subject.text(lang)}" if table.subject is not None else title


def _style() -> list[TableCommand]:
    return ruled_grid(pad_top=2, pad_bottom=3)    # denser than the records' tables: many rows


def table_grid(table: PublishedTable, lang: str) -> list[list[str]]:
    """The table as printed: a header row, a row per category, a total row (the workbook's too)."""
    total = term("合计", lang)
    one_column = len(table.columns) == 1
    head = [term("项目", lang)]
    if one_column:
        head.append(label(table.unit, lang))
    else:
        head += [c.text(lang) for c in table.columns] + [total]
    rows = [head]
    for i, row in enumerate(table.rows):
        line = [row.text(lang), *table.cells[i]]
        if table.row_totals:
            line.append(table.row_totals[i])
        rows.append(line)
    if one_column:
        rows.append([total, table.total])
    else:
        rows.append([total, *table.column_totals, table.total])
    return rows


def audience_text(activity: PublishedActivity, lang: str) -> str:
    kind = label(activity.audience, lang)
    if not activity.audience_detail:
        return kind
    return f"{kind} ({activity.audience_detail})" if english(lang) else f"{kind}（{activity.audience_detail}）"


def run_by_text(activity: PublishedActivity, lang: str) -> str:
    return (", " if english(lang) else "、").join([*activity.presenters, *filter(None, [activity.outside_presenter])])


def activity_grid(activities: tuple[PublishedActivity, ...], lang: str) -> list[list[str]]:
    """The activities list as printed: a header row, then one row per activity (the workbook's too)."""
    rows = [[term(h, lang) for h in ("日期", "类别", "活动名称", "对象", "人数", "课时", "主讲")]]
    for a in activities:
        rows.append([a.held_on.isoformat(), label(a.kind, lang), a.title, audience_text(a, lang),
                     a.attendance or "—", str(a.lessons), run_by_text(a, lang)])
    return rows


def footnote(k: int, lang: str) -> str:
    return term("说明：“<{k}”表示 1 至 {m} 之间的数，为保护个人隐私不予显示；“x”表示为防止由合计推算而一并隐去的数"
                "（为 0 或不少于 {k}）。", lang).format(k=k, m=k - 1)


def _bars(title: str, bars: list[tuple[str, str]], width: float, height: float = 46 * mm) -> Drawing:
    """One bar per (category, published text); a hidden value gets its mark instead of a bar."""
    drawing = Drawing(width, height)
    left, bottom, top = 8.0, 16.0, 26.0
    plot_w, plot_h = width - 2 * left, height - bottom - top
    drawing.add(String(left, height - 10, title, fontName=FONT_REGULAR, fontSize=9, fillColor=NAVY))
    numbers = [published_number(text) for _, text in bars]
    highest = max([n for n in numbers if n is not None] + [1])
    slot = plot_w / max(1, len(bars))
    bar_w = min(slot * 0.6, 18 * mm)
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=GREY, strokeWidth=0.6))
    for i, ((name, text), number) in enumerate(zip(bars, numbers)):
        centre = left + slot * (i + 0.5)
        h = 0.0 if number is None else plot_h * number / highest
        if h > 0:
            drawing.add(Rect(centre - bar_w / 2, bottom, bar_w, h, fillColor=NAVY, strokeColor=None))  # type: ignore[arg-type]
        drawing.add(String(centre, bottom + h + 3, text, fontName=FONT_REGULAR, fontSize=7.5, fillColor=GREY,
                           textAnchor="middle"))
        drawing.add(String(centre, bottom - 10, name, fontName=FONT_REGULAR, fontSize=7, fillColor=GREY,
                           textAnchor="middle"))
    return drawing


def _charts(publication: Publication, width: float, lang: str) -> list[Flowable]:
    out: list[Flowable] = []
    by_month = publication.tables_of(TableId.VISITS_BY_MONTH)
    if by_month and len(by_month[0].rows) > 1:
        table = by_month[0]
        texts = list(table.row_totals) if table.row_totals else [row[0] for row in table.cells]
        out.append(_bars(term("各月咨询次数", lang), [(r.text(lang), t) for r, t in zip(table.rows, texts)], width))
    by_kind = publication.tables_of(TableId.VISITS_BY_KIND)
    if by_kind and by_kind[0].rows:
        table = by_kind[0]
        out.append(_bars(term("各咨询形式的咨询次数", lang), [(r.text(lang), c[0]) for r, c in zip(table.rows, table.cells)],
                         width))
    return out


def build_work_report(*, room_name: str, report: WorkReport, publication: Publication, narrative: Narrative,
                      printed_by: str, printed_at: datetime, lang: str = "zh_CN") -> bytes:
    geo = GEOMETRY
    en = english(lang)
    title = label(report.kind, lang)
    period = publication.period
    draft = not report.signed

    def story(_previous: Layout | None) -> list[Flowable]:
        st = Styles()
        head = make_style("wrhead", size=9, leading=12, bold=True, color=NAVY, cjk=not en)
        cell = make_style("wrcell", size=9, leading=12)
        note = make_style("wrnote", size=8.5, leading=12, color=GREY)
        width = geo.body_width

        def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
            return Paragraph(markup(text), style)

        out: list[Flowable] = [p(room_name, st.subtitle), p(title, st.title), p(period.label(lang), st.subtitle),
                               Spacer(1, 3 * mm)]
        colon = ": " if en else "："
        if draft:
            out.append(p(term("草稿，未签署：数字为打印时的统计，签署后固定。", lang), st.banner_note))
        else:
            out.append(p(f"{term('签署人', lang)}{colon}{report.signed_by_name}　"
                         f"{term('签署时间', lang)}{colon}{fmt_datetime(report.signed_at)}", st.small))
        out.append(p(f"{term('统计截至', lang)}{colon}{publication.as_of.isoformat()} · "
                     f"{term('已做小格抑制', lang)} (k = {publication.k})", st.small))
        out.append(Spacer(1, 4 * mm))

        headings = narrative_headings(report.kind, lang)
        for which in NarrativeField:
            out.append(p(headings[which], st.section))
            text = narrative.text(which)
            out += text_paragraphs(text, st.body) if text else [p(term("（未填写）", lang), st.empty)]

        out.append(p(term("统计数据", lang), st.h1))
        listed = publication.activities is None
        for section in Section:
            tables = [t for t in publication.tables if t.id.section is section]
            values = [v for v in publication.values if v.id.section is section]
            if not tables and not values:
                continue
            out.append(p(label(section, lang), st.h2))
            if section is Section.VISITS:
                out += _charts(publication, width, lang)
            if values:
                rows = [[p(term("项目", lang), head), p(term("数值", lang), head)]]
                for v in values:
                    unit = "" if v.unit.counts else f" ({label(v.unit, lang)})"
                    rows.append([p(label(v.id, lang)), p((v.text or "—") + unit)])
                grid = Table(rows, colWidths=[width * 0.65, width * 0.35])
                grid.setStyle(TableStyle(_style()))
                out += [grid, Spacer(1, 3 * mm)]
            for table in tables:
                made = _table(table, width, lang, p, head, note, st)
                out += made if isinstance(made, list) else [made]
            if section is Section.ACTIVITIES and not listed:
                out += _activities(publication, width, lang, p, head, st)
                listed = True
        if not listed:
            out += _activities(publication, width, lang, p, head, st)
        # The footnote goes with the last table rather than alone on a page of its own.
        while isinstance(out[-1], Spacer):
            out.pop()
        out.append(KeepTogether([out.pop(), Spacer(1, 3 * mm), p(footnote(publication.k, lang), note)]))
        return out

    def on_page(canvas: Canvas, page: int, previous: Layout | None) -> None:
        if draft:
            draw_watermark(canvas, term("草稿", lang))
        draw_header(canvas, geo, f"{room_name} · {title}", term("草稿", lang) if draft else period.label(lang))
        total = previous.total if previous else 0
        draw_footer(canvas, geo, left=f"{term('打印人', lang)} {printed_by} · {fmt_datetime(printed_at)}",
                    center=term("工作报告 {period}", lang).format(period=period.code),
                    right=page_of(page, total, en))

    return build_two_pass(story, geo=geo, on_page=on_page, title=f"{title} {period.code}")


def _table(table: PublishedTable, width: float, lang: str, p: Callable[..., Paragraph], head: ParagraphStyle,
           note: ParagraphStyle, st: Styles) -> Flowable | list[Flowable]:
    parts: list[Flowable] = [p(table_title(table, lang), st.meta)]
    if not table.rows and not table.margins_only:
        parts.append(p(term("无数据。", lang), st.empty))
        return [*parts, Spacer(1, 2 * mm)]
    grid = table_grid(table, lang)
    columns = len(grid[0])
    first = min(width * 0.4, 45 * mm) if columns > 2 else width * 0.65
    rest = (width - first) / max(1, columns - 1)
    rows = [[p(text, head) for text in grid[0]], *[[p(text) for text in line] for line in grid[1:]]]
    shown = Table(rows, colWidths=[first] + [rest] * (columns - 1), repeatRows=1)
    style = _style() + [("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("BACKGROUND", (0, -1), (-1, -1), PANEL)]
    shown.setStyle(TableStyle(style))
    parts.append(shown)
    if table.margins_only:
        parts.append(p(term("此表的分项会识别个人，仅列出各类别的合计。", lang), note))
    parts.append(Spacer(1, 3 * mm))
    # A long table may break across pages (its header row repeats); a short one moves whole.
    return KeepTogether(parts) if len(grid) < 20 else parts


# Date, kind, title, audience, attendance, 课时, run by: shares of the body's width.
_ACTIVITY_COLUMNS = (0.12, 0.14, 0.21, 0.18, 0.09, 0.09, 0.17)


def _activities(publication: Publication, width: float, lang: str, p: Callable[..., Paragraph],
                head: ParagraphStyle, st: Styles) -> list[Flowable]:
    parts: list[Flowable] = [p(term("活动一览", lang), st.h2)]
    if not publication.activities:
        return [*parts, p(term("本期无活动记录。", lang), st.empty), Spacer(1, 2 * mm)]
    grid = activity_grid(publication.activities, lang)
    # English words wrap whole; Chinese anywhere (a title may be either in either language).
    small = make_style("wrlist", size=8, leading=10.5, cjk=not english(lang))
    small_head = make_style("wrlisthead", size=8, leading=10.5, bold=True, color=NAVY, cjk=not english(lang))
    rows = [[p(text, small_head) for text in grid[0]], *[[p(text, small) for text in line] for line in grid[1:]]]
    shown = Table(rows, colWidths=[width * share for share in _ACTIVITY_COLUMNS], repeatRows=1)
    shown.setStyle(TableStyle(_style() + [("ALIGN", (4, 1), (5, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    # As the figures' tables: a short list moves whole with its heading, a long one breaks (header repeated).
    return [KeepTogether([*parts, shown]), Spacer(1, 3 * mm)] if len(grid) < 20 else [*parts, shown, Spacer(1, 3 * mm)]
