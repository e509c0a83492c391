"""A work report as it leaves the room (月度工作报告, 学期工作总结, 学年报告; issue 16 §3).

Title, room, period, the supervisor's narrative, then every section's figures as published
(``domain/work_reports.py`` :class:`Publication`: "<k" and "x" already in place, the counts behind
them not even passed in) with a footnote saying what both marks mean, and two bar charts (visits by
month, visits by kind) drawn from the published numbers only: a hidden value has no bar, only its
mark. After the activities' figures, the activities list (活动一览), its attendances published the
same way (a term's or year's list has a row per recurring activity, made by the publication so that
the workbook has the same rows). Nothing about a client is in what this module receives, so nothing
about one can be printed. A draft carries 草稿 across every page. Built in memory (``bytes`` out).

Measures read as on the statistics page: minutes as hours, days, weeks and the mean rating with their
unit. A heading never ends a page: it moves with what follows it (a long table with at least its
first rows). A table's columns are as wide as their words need, the label column no wider than its
labels, so an English header breaks between words only.
"""

from __future__ import annotations

import re
from datetime import datetime
from itertools import takewhile
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.lib.enums import TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counselroom.domain.activities import Audience
from counselroom.domain.labels import label
from counselroom.domain.statistics import Section, TableId, Unit
from counselroom.domain.work_reports import (
    HELD_BACK, Narrative, NarrativeField, Publication, PublishedActivity, PublishedTable, PublishedValue, Reached,
    ReportKind, WorkReport, groups_activities, published_number,
)
from counselroom.reports.fonts import FONT_BOLD, FONT_REGULAR
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
    "人次": "Attendance",
    "次数": "Sessions",
    "课时": "Periods",
    "小时": "Hours",
    "{hours} 小时": "{hours} h",
    "{n} 天": "{n} days",
    "{n} 周": "{n} weeks",
    "{score} / 5 分": "{score} of 5",
    "{first} 至\n{last}": "{first} –\n{last}",
    "{grade} {n} 个班": "{grade}: {n} classes",
    "“{mark}”：逐项列出会识别个人的人次，只计入该类活动的合计。":
        "\"{mark}\": attendance that would identify individuals if listed row by row; it is counted in the "
        "kind's total only.",
    "主讲": "Run by",
    "本期无活动记录。": "No activities logged in this period.",
    "说明：“<{k}”表示 1 至 {m} 之间的数，为保护个人隐私不予显示；“x”表示为防止由合计推算而一并隐去的数（为 0 或不少于 {k}）。":
        "Note: \"<{k}\" is a number from 1 to {m}, not shown to protect individuals; \"x\" is a number hidden as "
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


def _number(text: str) -> str:
    """A measure as few digits as say it: 4.18 → "4.2", 69 → "69"."""
    try:
        value = float(text)
    except ValueError:
        return text
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def hours_text(minutes: int, lang: str, *, unit: bool = True) -> str:
    """Minutes as hours with at most one decimal, as the statistics page writes them: "290.5 小时" / "290.5 h"."""
    number = _number(str(minutes / 60))
    return term("{hours} 小时", lang).format(hours=number) if unit else number


def value_text(value: PublishedValue, lang: str) -> str:
    """A single figure as printed: counts as published ("<k" included), measures with their unit."""
    if not value.text:
        return "—"
    if value.unit is Unit.MINUTES and value.text.isdigit():
        return hours_text(int(value.text), lang)
    if value.unit is Unit.DAYS:
        return term("{n} 天", lang).format(n=_number(value.text))
    if value.unit is Unit.WEEKS:
        return term("{n} 周", lang).format(n=value.text)
    if value.unit is Unit.SCORE:
        return term("{score} / 5 分", lang).format(score=_number(value.text))
    return value.text


def _cell_text(table: PublishedTable, text: str, lang: str) -> str:
    return hours_text(int(text), lang, unit=False) if table.unit is Unit.MINUTES and text.isdigit() else text


def table_grid(table: PublishedTable, lang: str) -> list[list[str]]:
    """The table as printed: a header row, a row per category, a total row (the workbook's too).
    Minutes are printed as hours under an "hours" header."""
    total = term("合计", lang)
    one_column = len(table.columns) == 1
    head = [term("项目", lang)]
    if one_column:
        head.append(term("小时", lang) if table.unit is Unit.MINUTES else label(table.unit, lang))
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
    return [rows[0], *[[line[0], *(_cell_text(table, t, lang) for t in line[1:])] for line in rows[1:]]]


def _reached_text(reached: tuple[Reached, ...], lang: str) -> str:
    """初一 12 个班、班级（初二(3)班）; the details of one audience together: 年级（初一、初二）."""
    en = english(lang)
    comma, open_, close = (", ", " (", ")") if en else ("、", "（", "）")
    parts: list[str] = []
    details: dict[Audience, list[str]] = {}
    for r in reached:
        if r.classes:
            parts.append(term("{grade} {n} 个班", lang).format(grade=r.detail, n=r.classes))
        elif r.audience not in details:
            details[r.audience] = [r.detail] if r.detail else []
            parts.append(f"\0{len(details) - 1}")
        elif r.detail:
            details[r.audience].append(r.detail)
    words = [label(a, lang) + (f"{open_}{comma.join(d)}{close}" if d else "") for a, d in details.items()]
    return ("; " if en else "；").join(words[int(p[1:])] if p.startswith("\0") else p for p in parts)


def run_by_text(activity: PublishedActivity, lang: str) -> str:
    return (", " if english(lang) else "、").join([*activity.presenters, *activity.outside_presenters])


def _dates_text(activity: PublishedActivity, lang: str, stacked: bool) -> str:
    if activity.first == activity.last:
        return activity.first.isoformat()
    text = term("{first} 至\n{last}", lang).format(first=activity.first.isoformat(), last=activity.last.isoformat())
    return text if stacked else text.replace("\n", " ")


def activity_columns(publication: Publication) -> tuple[str, ...]:
    """The activities list's headers (Chinese keys): a grouped list counts its sessions and sums 人次."""
    if groups_activities(publication.period):
        return "日期", "类别", "活动名称", "对象", "人次", "课时", "次数", "主讲"
    return "日期", "类别", "活动名称", "对象", "人数", "课时", "主讲"


#: The columns of the activities list that hold numbers (the workbook writes them as numbers).
ACTIVITY_NUMBERS = frozenset({"人次", "人数", "课时", "次数"})


def activity_grid(publication: Publication, lang: str, *, stacked: bool = False) -> list[list[str]]:
    """The activities list as printed: a header row, then one row per activity or recurring activity
    (the workbook's too; ``stacked``: a date range on two lines, for the PDF's narrow column)."""
    columns = activity_columns(publication)
    rows = [[term(h, lang) for h in columns]]
    for a in publication.activities or ():
        cells = {"日期": _dates_text(a, lang, stacked), "类别": label(a.kind, lang), "活动名称": a.title,
                 "对象": _reached_text(a.reached, lang), "人数": a.attendance or "—", "人次": a.attendance or "—",
                 "课时": str(a.lessons), "次数": str(a.sessions), "主讲": run_by_text(a, lang)}
        rows.append([cells[h] for h in columns])
    return rows


def held_back(publication: Publication) -> bool:
    return any(a.attendance == HELD_BACK for a in publication.activities or ())


def footnote(k: int, lang: str) -> str:
    return term("说明：“<{k}”表示 1 至 {m} 之间的数，为保护个人隐私不予显示；“x”表示为防止由合计推算而一并隐去的数"
                "（为 0 或不少于 {k}）。", lang).format(k=k, m=k - 1)


def held_back_note(lang: str) -> str:
    return term("“{mark}”：逐项列出会识别个人的人次，只计入该类活动的合计。", lang).format(mark=HELD_BACK)


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


# -- flow: headings keep with what follows ------------------------------------------------------------------

#: A table this long may break across pages (its header repeats); a shorter one moves whole.
LONG_TABLE_ROWS = 20
#: Room a long table needs below its heading for its first rows; with less left it starts a new page.
LONG_TABLE_START = 45 * mm


class Blocks:
    """The story as blocks that each stay whole, or for a long table start with its first rows: a
    heading waits for the next block and goes into it, so no page ends with a heading."""

    def __init__(self, width: float) -> None:
        self.width = width
        self.blocks: list[tuple[list[Flowable], bool]] = []
        self.waiting: list[Flowable] = []

    def heading(self, flowable: Flowable) -> None:
        self.waiting.append(flowable)

    def add(self, parts: list[Flowable], long: bool = False) -> None:
        self.blocks.append(([*self.waiting, *parts], long))
        self.waiting = []

    def flowables(self, last: list[Flowable]) -> list[Flowable]:
        """Every block, ``last`` (the footnote) going with the final one rather than alone on a page."""
        if self.waiting or not self.blocks:
            self.add([])
        parts, long = self.blocks[-1]
        while parts and isinstance(parts[-1], Spacer):
            parts.pop()
        self.blocks[-1] = ([*parts, Spacer(1, 3 * mm), *last], long)
        out: list[Flowable] = []
        for parts, long in self.blocks:
            if long:
                heads = sum(f.wrap(self.width, LONG_TABLE_START)[1] for f in takewhile(lambda f: not isinstance(f, Table), parts))
                out += [CondPageBreak(heads + LONG_TABLE_START), *parts]
            else:
                out.append(KeepTogether(parts))
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
        # Headings wait for their block (Blocks) instead: reportlab's keepWithNext would move a long
        # table whole to the next page with its heading.
        st.h1.keepWithNext = st.h2.keepWithNext = 0
        head = make_style("wrhead", size=9, leading=12, bold=True, color=NAVY, cjk=not en)
        note = make_style("wrnote", size=8.5, leading=12, color=GREY)
        cells = CellStyles(en)
        width = geo.body_width

        def p(text: str, style: ParagraphStyle = cells.cell) -> Paragraph:
            return Paragraph(markup(text), style)

        out = Blocks(width)
        out.add([p(room_name, st.subtitle), p(title, st.title), p(period.label(lang), st.subtitle),
                 Spacer(1, 3 * mm)])
        colon = ": " if en else "："
        if draft:
            out.add([p(term("草稿，未签署：数字为打印时的统计，签署后固定。", lang), st.banner_note)])
        else:
            out.add([p(f"{term('签署人', lang)}{colon}{report.signed_by_name}　"
                       f"{term('签署时间', lang)}{colon}{fmt_datetime(report.signed_at)}", st.small)])
        out.add([p(f"{term('统计截至', lang)}{colon}{publication.as_of.isoformat()} · "
                   f"{term('已做小格抑制', lang)} (k = {publication.k})", st.small), Spacer(1, 4 * mm)])

        headings = narrative_headings(report.kind, lang)
        for which in NarrativeField:
            out.heading(p(headings[which], st.section))
            text = narrative.text(which)
            paragraphs: list[Flowable] = [*text_paragraphs(text, st.body)] if text else [p(term("（未填写）", lang), st.empty)]
            out.add(paragraphs[:1])
            for paragraph in paragraphs[1:]:
                out.add([paragraph])

        out.heading(p(term("统计数据", lang), st.h1))
        listed = publication.activities is None
        for section in Section:
            tables = [t for t in publication.tables if t.id.section is section]
            values = [v for v in publication.values if v.id.section is section]
            if not tables and not values:
                continue
            out.heading(p(label(section, lang), st.h2))
            if section is Section.VISITS:
                for chart in _charts(publication, width, lang):
                    out.add([chart])
            if values:
                rows = [[p(term("项目", lang), head), p(term("数值", lang), cells.number_head)]]
                for v in values:
                    rows.append([p(label(v.id, lang)), p(value_text(v, lang), cells.number)])
                grid = Table(rows, colWidths=[width * 0.65, width * 0.35])
                grid.setStyle(TableStyle(_style()))
                out.add([grid, Spacer(1, 3 * mm)])
            for table in tables:
                out.add(*table_flowable(table, width, lang, cells, note, st))
            if section is Section.ACTIVITIES and not listed:
                out.add(*_activities(publication, width, lang, cells, st))
                listed = True
        if not listed:
            out.add(*_activities(publication, width, lang, cells, st))
        last: list[Flowable] = [p(footnote(publication.k, lang), note)]
        if held_back(publication):
            last.append(p(held_back_note(lang), note))
        return out.flowables(last)

    def on_page(canvas: Canvas, page: int, previous: Layout | None) -> None:
        if draft:
            draw_watermark(canvas, term("草稿", lang))
        draw_header(canvas, geo, f"{room_name} · {title}", term("草稿", lang) if draft else period.label(lang))
        total = previous.total if previous else 0
        draw_footer(canvas, geo, left=f"{term('打印人', lang)} {printed_by} · {fmt_datetime(printed_at)}",
                    center=term("工作报告 {period}", lang).format(period=period.code),
                    right=page_of(page, total, en))

    return build_two_pass(story, geo=geo, on_page=on_page, title=f"{title} {period.code}")


# -- tables: cells and column widths -------------------------------------------------------------------------

#: A table with more columns than this gets the smaller type (grade × problem has twelve).
WIDE_COLUMNS = 6
_PADDING = 8.0 + 1.0      # ruled_grid's left and right padding, and a point to spare


class CellStyles:
    """The cell styles: labels left, numbers right; a wide table's in smaller type. English breaks
    between words only, Chinese anywhere (a title may be either in either language)."""

    def __init__(self, en: bool) -> None:
        self.en = en
        cjk = not en
        self.cell = make_style("wrcell", size=9, leading=12, cjk=cjk)
        self.head = make_style("wrhead", size=9, leading=12, bold=True, color=NAVY, cjk=cjk)
        self.number = make_style("wrnum", size=9, leading=12, align=TA_RIGHT, cjk=cjk)
        self.number_head = make_style("wrnumhead", size=9, leading=12, bold=True, color=NAVY, align=TA_RIGHT, cjk=cjk)

    def sized(self, size: float, *, whole_words: bool = True) -> tuple[ParagraphStyle, ...]:
        """(label, head, number, number head) styles in ``size`` points; ``whole_words``: the columns
        are wide enough for every header word, so none is broken inside (after a hyphen it may be).
        A cell's text still breaks inside a word wider than its column (a Chinese title in English)."""
        leading = size * 1.3
        cjk = not self.en
        words: dict[str, Any] = {"splitLongWords": 0, "embeddedHyphenation": 1} if self.en and whole_words else {}
        return (make_style(f"wrc{size}", size=size, leading=leading, cjk=cjk),
                make_style(f"wrh{size}{whole_words}", size=size, leading=leading, bold=True, color=NAVY, cjk=cjk,
                           **words),
                make_style(f"wrn{size}", size=size, leading=leading, align=TA_RIGHT, cjk=cjk),
                make_style(f"wrnh{size}{whole_words}", size=size, leading=leading, bold=True, color=NAVY,
                           align=TA_RIGHT, cjk=cjk, **words))


def _unbreakable(text: str, font: str, size: float, *, cjk_word: int = 1) -> float:
    """The width of the widest piece ``text`` cannot be broken inside: a word of Latin letters or
    digits (split after a hyphen or slash), or ``cjk_word`` Chinese characters (a header's short word:
    课时 should not stand as 课 over 时)."""
    widest = 0.0
    for line in text.split("\n"):
        for word in line.replace("-", "- ").replace("/", "/ ").split():
            pieces = _latin_runs(word, cjk_word)
            widest = max([widest, *(stringWidth(piece, font, size) for piece in pieces)])
    return widest


def _latin_runs(word: str, cjk_word: int = 1) -> list[str]:
    """The Latin runs of ``word`` and its Chinese characters, one at a time or ``cjk_word`` together."""
    runs = [r for r in re.split(r"[\u2e80-\U0010ffff]+", word) if r]
    cjk = "".join(ch for ch in word if ord(ch) >= 0x2E80)
    chunk = cjk_word if len(cjk) <= cjk_word else 1
    return [*runs, *(cjk[i:i + chunk] for i in range(0, len(cjk), chunk))]


def _natural(text: str, font: str, size: float) -> float:
    return max(stringWidth(line, font, size) for line in text.split("\n"))


def fit_columns(minimum: list[float], weights: list[float], width: float) -> list[float] | None:
    """Widths summing to ``width`` in proportion to ``weights``, each at least its ``minimum``
    (those short of it take it from the others); None when the minimums alone are wider."""
    if sum(minimum) > width + 0.01:
        return None
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(minimum)) if i not in fixed]
        room = width - sum(fixed.values())
        share = sum(weights[i] for i in free) or 1.0
        widths = {i: room * weights[i] / share for i in free}
        short = [i for i in free if widths[i] < minimum[i]]
        if not short:
            return [fixed[i] if i in fixed else widths[i] for i in range(len(minimum))]
        for i in short:
            fixed[i] = minimum[i]


def _widths(grid: list[list[str]], width: float, size: float, en: bool, first_max: float) -> list[float] | None:
    """A figures table's columns: the first as wide as its labels (at most ``first_max``), the others
    sharing the rest evenly, each wide enough for its header's longest word and its numbers."""
    columns = len(grid[0])
    labels = max(_natural(line[0], FONT_REGULAR, size) for line in grid[1:]) + _PADDING
    first = min(max(labels, _unbreakable(grid[0][0], FONT_BOLD, size, cjk_word=4) + _PADDING), first_max)
    minimum = [first] + [max(_unbreakable(grid[0][c], FONT_BOLD, size, cjk_word=4),
                             *(_natural(line[c], FONT_REGULAR, size) for line in grid[1:])) + _PADDING
                         for c in range(1, columns)]
    rest = fit_columns(minimum[1:], [1.0] * (columns - 1), width - first)
    return None if rest is None else [first, *rest]


def table_flowable(table: PublishedTable, width: float, lang: str, cells: CellStyles, note: ParagraphStyle,
           st: Styles) -> tuple[list[Flowable], bool]:
    """The table's title and grid, and whether it is long enough to break across pages."""
    parts: list[Flowable] = [Paragraph(markup(table_title(table, lang)), st.meta)]
    if not table.rows and not table.margins_only:
        parts.append(Paragraph(markup(term("无数据。", lang)), st.empty))
        return [*parts, Spacer(1, 2 * mm)], False
    grid = table_grid(table, lang)
    columns = len(grid[0])
    if columns == 2:
        size, widths, whole = 9.0, [width * 0.65, width * 0.35], True
    else:
        sizes = (9.0, 8.0, 7.5, 7.0) if columns <= WIDE_COLUMNS else (8.0, 7.5, 7.0, 6.5)
        found = next(((s, w) for s in sizes if (w := _widths(grid, width, s, cells.en, min(width * 0.4, 45 * mm)))),
                     None)
        # Too many columns for any word to stay whole: even columns, words broken where they must.
        size, widths, whole = (*found, True) if found else (sizes[-1], [width / columns] * columns, False)
    label_style, head, number, number_head = cells.sized(size, whole_words=whole)
    rows = [[Paragraph(markup(text), head if c == 0 else number_head) for c, text in enumerate(grid[0])],
            *[[Paragraph(markup(text), label_style if c == 0 else number) for c, text in enumerate(line)]
              for line in grid[1:]]]
    shown = Table(rows, colWidths=widths, repeatRows=1)
    shown.setStyle(TableStyle(_style() + [("BACKGROUND", (0, -1), (-1, -1), PANEL)]))
    parts.append(shown)
    if table.margins_only:
        parts.append(Paragraph(markup(term("此表的分项会识别个人，仅列出各类别的合计。", lang)), note))
    parts.append(Spacer(1, 3 * mm))
    return parts, len(grid) >= LONG_TABLE_ROWS


def _activity_widths(grid: list[list[str]], columns: tuple[str, ...], width: float, size: float,
                     en: bool) -> list[float]:
    """Numbers and dates as wide as they need; the words share the rest (the title and the audience most)."""
    minimum, weights = [], []
    for c, key in enumerate(columns):
        need = _unbreakable(grid[0][c], FONT_BOLD, size, cjk_word=4)
        if key in ACTIVITY_NUMBERS or key == "日期":
            need = max(need, *(_natural(line[c], FONT_REGULAR, size) for line in grid[1:]))
        else:
            # At least a short phrase wide: one long name in a column of short ones wraps in two lines, not six.
            need = max(need, *(_unbreakable(line[c], FONT_REGULAR, size) for line in grid[1:]),
                       min(18 * mm, max(_natural(line[c], FONT_REGULAR, size) for line in grid[1:])))
        minimum.append(need + _PADDING)
        # Words share the rest by how long they run: "Mental health lesson" needs more than 心理健康课.
        texts = key not in ACTIVITY_NUMBERS and key != "日期"
        weights.append(sum(_natural(line[c], FONT_REGULAR, size) for line in grid[1:]) / len(grid) if texts else 0.0)
    fitted = fit_columns(minimum, weights, width)
    return fitted if fitted is not None else [width / len(columns)] * len(columns)


def _activities(publication: Publication, width: float, lang: str, cells: CellStyles,
                st: Styles) -> tuple[list[Flowable], bool]:
    heading: list[Flowable] = [Paragraph(markup(term("活动一览", lang)), st.h2)]
    if not publication.activities:
        return [*heading, Paragraph(markup(term("本期无活动记录。", lang)), st.empty), Spacer(1, 2 * mm)], False
    grid = activity_grid(publication, lang, stacked=True)
    columns = activity_columns(publication)
    size = 8.0
    label_style, head, number, number_head = cells.sized(size)
    numbers = [c for c, key in enumerate(columns) if key in ACTIVITY_NUMBERS]
    rows = [[Paragraph(markup(text), number_head if c in numbers else head) for c, text in enumerate(grid[0])],
            *[[Paragraph(markup(text), number if c in numbers else label_style) for c, text in enumerate(line)]
              for line in grid[1:]]]
    shown = Table(rows, colWidths=_activity_widths(grid, columns, width, size, cells.en), repeatRows=1)
    shown.setStyle(TableStyle(_style() + [("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [*heading, shown, Spacer(1, 3 * mm)], len(grid) >= LONG_TABLE_ROWS
