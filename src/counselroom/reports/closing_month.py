"""The month's closing checklists (闭室检查记录, R10) as one PDF, for the supervisor's file.

One row per day the room was open (or was closed with a signed checklist): who
signed and when, the physical items ticked, the data checks that did not pass
and the reason given; missed days stand out in red. Under the table, the items'
words as they were signed this month and the supervisor's signature line.
Built in memory; no Qt, no SQL.
"""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counselroom.domain.closing import DEFAULTS_BY_CODE, CheckId, Closing, ClosingDay, DataCheck, ItemAnswer
from counselroom.reports.labels import english, label, term
from counselroom.reports.layout import (
    GREY,
    LIGHT,
    NAVY,
    PANEL,
    RED,
    RED_BG,
    Layout,
    PageGeometry,
    Styles,
    TableCommand,
    build_two_pass,
    draw_footer,
    draw_header,
    fmt_datetime,
    make_style,
    page_of,
)
from counselroom.reports.plain_text import markup

GEOMETRY = PageGeometry(left=16 * mm, right=16 * mm)
INK_REASON = colors.HexColor("#6B3A00")

#: (zh_CN, en) of the fixed wording of this document.
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("闭室检查记录", "End-of-day closing record"),
    "confidential": ("内部资料", "INTERNAL"),
    "printed_at": ("打印时间", "printed"),
    "weekday": ("星期", "Day"),
    "room": ("物品检查", "Room"),
    "records": ("记录核对", "Records"),
    "signed_by": ("签署人", "Signed by"),
    "signed_at": ("签署时间", "Time"),
    "all_passed": ("全部通过", "all passed"),
    "missed": ("未签署（漏检）", "NOT SIGNED (missed)"),
    "pending": ("尚未签署", "not signed yet"),
    "reason": ("说明", "Reason"),
    "summary": ("本月开放日 {open} 天：已签署 {signed} 天，其中 {overridden} 天带说明签署；漏检 {missed} 天。",
                "Opening days this month: {open}; signed: {signed}, {overridden} of them with a reason; "
                "missed: {missed}."),
    "summary_extra": ("另有 {extra} 个非开放日签署了闭室检查（星期后标 *）。",
                      "Closings signed on days the room does not normally open (marked *): {extra}."),
    "none": ("本月没有开放日，也没有签署的闭室检查。", "No opening days and no signed closings this month."),
    "items": ("物品检查项目（签署时的文字）", "Room items (as worded when signed)"),
    "checks": ("记录核对项目", "Checks of the records"),
    "rule": ("依据：咨询员下班时必须关好各室门窗，切断电器设备的电源；严禁在本室私接电源；下班前要进行常规性的安全检查。",
             "Rule: on leaving, close the doors and windows of every room and switch off the electrical "
             "equipment; no private wiring; a routine safety check before leaving."),
    "review": ("负责人审阅：", "Reviewed by the supervisor:"),
    "review_date": ("日期：", "Date:"),
}

_WEEKDAYS = (("一", "Mon"), ("二", "Tue"), ("三", "Wed"), ("四", "Thu"), ("五", "Fri"), ("六", "Sat"), ("日", "Sun"))

#: The default physical items in English (the room's own words are printed as they are).
_DEFAULT_ITEMS_EN: dict[str, str] = {
    "windows": "Windows of every room closed",
    "doors": "Doors of every room closed and locked",
    "power": "Electrical equipment switched off",
    "wiring": "No private wiring or extension leads",
    "cabinet": "Records and test materials locked in the cabinet",
    "tidy": "Room tidy, things back in their place",
    "visitors": "No visitor or anyone else left in the rooms",
}


#: Words this document shares with the other records, printed in their common wording.
_COMMON: dict[str, str] = {"printed_by": "打印人", "date": "日期"}


def _w(key: str, lang: str) -> str:
    if key in _COMMON:
        return term(_COMMON[key], lang)
    zh, en = _WORDS[key]
    return en if english(lang) else zh


def check_title(check_id: str, lang: str = "zh_CN") -> str:
    """A data check's name; a check this version does not know prints its id."""
    try:
        return label(CheckId(check_id), lang)
    except ValueError:
        return check_id


def item_text(answer: ItemAnswer, lang: str = "zh_CN") -> str:
    """A default item still in its default words prints in English on an English page."""
    if english(lang) and answer.code in DEFAULTS_BY_CODE and answer.is_default_text:
        return _DEFAULT_ITEMS_EN.get(answer.code, answer.label)
    return answer.label


def _failed_text(check: DataCheck, lang: str) -> str:
    names = (", " if english(lang) else "、").join(check.names)
    return f"✗ {check_title(check.id, lang)}" + (f" ({names})" if english(lang) and names else
                                                 f"（{names}）" if names else "")


def _weekday(day: date, lang: str) -> str:
    pair = _WEEKDAYS[day.weekday()]
    return pair[1] if english(lang) else pair[0]


def _month_title(year: int, month: int, lang: str) -> str:
    return date(year, month, 1).strftime("%B %Y") if english(lang) else f"{year}年{month}月"


def build_closing_month(*, room_name: str, year: int, month: int, days: list[ClosingDay], printed_by: str,
                        printed_at: datetime, lang: str = "zh_CN") -> bytes:
    """Return the month's 《闭室检查记录》 as PDF bytes (A4). Nothing is written to disk."""
    geo = GEOMETRY
    en = english(lang)
    title = _w("title", lang)
    month_title = _month_title(year, month, lang)
    printed = f"{_w('printed_by', lang)} {printed_by} · {_w('printed_at', lang)} {fmt_datetime(printed_at)}"
    shown = [d for d in days if d.counts]

    def story(_previous: Layout | None) -> list[Flowable]:
        st = Styles()
        cell = make_style("cell", size=9, leading=12.5)
        cell_bold = make_style("cellb", size=9, leading=12.5, bold=True)
        head = make_style("head", size=9, leading=12, bold=True, color=NAVY)
        missed_style = make_style("missed", size=9, leading=12.5, bold=True, color=RED)
        quiet = make_style("quiet", size=9, leading=12.5, color=GREY)
        failed_style = make_style("failed", size=9, leading=12.5, color=RED)
        reason_style = make_style("reason", size=8.5, leading=12, color=INK_REASON)
        width = geo.body_width
        out: list[Flowable] = [Paragraph(markup(room_name), st.subtitle), Spacer(1, 1 * mm),
                               Paragraph(markup(title), st.title), Paragraph(markup(month_title), st.subtitle),
                               Spacer(1, 5 * mm)]

        open_days = [d for d in days if d.open_day and d.in_use and not d.future]
        signed: list[tuple[ClosingDay, Closing]] = [(d, d.closing) for d in shown if d.closing is not None]
        if not shown:
            out.append(Paragraph(markup(_w("none", lang)), st.empty))
        else:
            summary = _w("summary", lang).format(
                open=len(open_days), signed=len([d for d, _ in signed if d.open_day]),
                overridden=len([c for _, c in signed if c.overridden]),
                missed=len([d for d in days if d.missed]))
            extra = len([d for d, _ in signed if not d.open_day])
            if extra:
                summary += " " + _w("summary_extra", lang).format(extra=extra)
            out += [Paragraph(markup(summary), st.body_plain), Spacer(1, 3 * mm)]

            widths = [22 * mm, 11 * mm, 20 * mm, 0, 22 * mm, 17 * mm]
            widths[3] = width - sum(widths)
            rows: list[list[object]] = [[Paragraph(markup(_w(k, lang)), head)
                                 for k in ("date", "weekday", "room", "records", "signed_by", "signed_at")]]
            style: list[TableCommand] = [("GRID", (0, 0), (-1, -1), 0.5, LIGHT), ("BACKGROUND", (0, 0), (-1, 0), PANEL),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]
            for d in shown:
                r = len(rows)
                when: list[object] = [Paragraph(d.day.isoformat(), cell), Paragraph(_weekday(d.day, lang), cell)]
                closing = d.closing
                if closing is None:
                    text = _w("missed" if d.missed else "pending", lang)
                    rows.append(when + [Paragraph(markup(text), missed_style if d.missed else quiet), "", "", ""])
                    style.append(("SPAN", (2, r), (-1, r)))
                    if d.missed:
                        style.append(("BACKGROUND", (0, r), (-1, r), RED_BG))
                    continue
                ticked = sum(1 for a in closing.items if a.checked)
                room = f"✓ {ticked}/{len(closing.items)}"
                failed = closing.failed_checks
                if failed:
                    records = [Paragraph(markup(_failed_text(c, lang)), failed_style) for c in failed]
                else:
                    records = [Paragraph(markup("✓ " + _w("all_passed", lang)), cell)]
                if not d.open_day:
                    when[1] = Paragraph(markup(f"{_weekday(d.day, lang)}*"), cell)
                rows.append(when + [Paragraph(markup(room), cell), records,
                                    Paragraph(markup(closing.signed_by_name), cell_bold),
                                    Paragraph(closing.signed_at.astimezone().strftime("%H:%M"), cell)])
                if closing.reason:
                    rows.append(["", "", Paragraph(markup(f"{_w('reason', lang)}：{closing.reason}" if not en else
                                                          f"{_w('reason', lang)}: {closing.reason}"), reason_style),
                                 "", "", ""])
                    style += [("SPAN", (2, r + 1), (-1, r + 1)), ("LINEABOVE", (2, r + 1), (-1, r + 1), 0.25, LIGHT)]
                    style.append(("SPAN", (0, r), (0, r + 1)))
                    style.append(("SPAN", (1, r), (1, r + 1)))
            table = Table(rows, colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle(style))
            out.append(table)

        # The items' words as they were signed this month, and what the data checks are.
        words: list[str] = []
        for _, closing in signed:
            for a in closing.items:
                text = item_text(a, lang)
                if text not in words:
                    words.append(text)
        legend: list[Flowable] = [Paragraph(markup(_w("items", lang)), st.section)]
        legend += [Paragraph(markup(f"{n}. {text}"), cell) for n, text in enumerate(words, start=1)]
        if words:
            out.append(KeepTogether(legend))
        check_ids: list[str] = []
        for _, closing in signed:
            for c in closing.checks:
                if c.id not in check_ids:
                    check_ids.append(c.id)
        if check_ids:
            checks: list[Flowable] = [Paragraph(markup(_w("checks", lang)), st.section)]
            checks += [Paragraph(markup(f"{n}. {check_title(c, lang)}"), cell)
                       for n, c in enumerate(check_ids, start=1)]
            out.append(KeepTogether(checks))
        out += [Spacer(1, 3 * mm), Paragraph(markup(_w("rule", lang)), st.small), Spacer(1, 10 * mm),
                Paragraph(markup(f"{_w('review', lang)} ____________________　　{_w('review_date', lang)} "
                                 "______________"), st.body_plain)]
        return out

    def on_page(canvas: Canvas, page: int, previous: Layout | None) -> None:
        draw_header(canvas, geo, f"{room_name} · {title} · {month_title}", _w("confidential", lang))
        total = previous.total if previous else 0
        draw_footer(canvas, geo, left=printed, right=page_of(page, total, en))

    return build_two_pass(story, geo=geo, on_page=on_page, title=f"{title} {year}-{month:02d}")

