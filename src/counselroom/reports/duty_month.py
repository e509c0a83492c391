"""The month's duty log (《心理辅导室值班记录》, R11) as the supervisor files it.

The month at a glance (shifts, open hours, visitors, the weekly minimum), every week
that touches the month against the minimum, then every shift day by day, and a line
for the supervisor's signature.  Built in memory (``bytes`` out, nothing on disk).
"""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from counselroom.domain.duty import DutyMonth, DutyShift, DutyWeek, Entry
from counselroom.reports.labels import english
from counselroom.reports.labels import term as common_term
from counselroom.reports.layout import (
    GREY,
    LIGHT,
    NAVY,
    PANEL,
    RED,
    Layout,
    ruled_grid,
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

GEOMETRY = PageGeometry()
GREEN = colors.HexColor("#1E6B34")

#: This document's own wording, keyed by its Chinese text; the rest is the records' common wording.
_TERMS: dict[str, str] = {
    "心理辅导室值班记录": "Counselling room duty log",
    "内部资料": "INTERNAL",
    "{year}年{month}月": "{month_name} {year}",
    "值班次数": "Shifts",
    "开放时长合计": "Open in the month",
    "来访人数合计": "Visitors",
    "每周最低开放时长": "Weekly minimum",
    "值班天数": "Days with duty",
    "{n} 次": "{n}",
    "{n} 天": "{n}",
    "{n} 人": "{n}",
    "每周开放时长": "Open hours per week",
    "两人同时值班只计一次；跨月的周按整周计算。":
        "Two people on duty at the same time count once; a week that runs into the next or previous month "
        "counts as a whole.",
    "周次": "Week",
    "起止日期": "Dates",
    "开放时长": "Open",
    "最低要求": "Minimum",
    "结果": "Result",
    "达标": "Met",
    "未达标": "Below the minimum",
    "本周进行中": "Week in progress",
    "尚未开始": "Not started",
    "第 {n} 周": "Week {n}",
    "{first} 至 {last}": "{first} to {last}",
    "值班明细": "Shifts",
    "本月没有值班记录。": "No duty was recorded this month.",
    "值班人": "On duty",
    "时长": "Length",
    "来访": "Visitors",
    "值班情况与事件": "Events and notes",
    "值班中，计至 {time}": "on duty, counted until {time}",
    "（未结束）": "(not ended)",
    "补录": "entered afterwards",
    "已更正 {n} 次": "corrected {n}×",
    "负责人审核": "Checked by the supervisor",
    "值班记录 {period}": "Duty log {period}",
    "周一": "Mon", "周二": "Tue", "周三": "Wed", "周四": "Thu", "周五": "Fri", "周六": "Sat", "周日": "Sun",
}
_WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def term(zh: str, lang: str) -> str:
    if english(lang) and zh in _TERMS:
        return _TERMS[zh]
    return common_term(zh, lang)


def duration_text(minutes: int, lang: str) -> str:
    """"3 小时 05 分" / "3 h 05 min"; under an hour just the minutes."""
    hours, rest = divmod(max(0, minutes), 60)
    if english(lang):
        return f"{hours} h {rest:02d} min" if hours else f"{rest} min"
    return f"{hours} 小时 {rest:02d} 分" if hours else f"{rest} 分钟"


def figure_text(minutes: int, lang: str) -> str:
    """A duration for the big figures: whole hours without the minutes."""
    hours, rest = divmod(max(0, minutes), 60)
    if rest:
        return duration_text(minutes, lang)
    return f"{hours} h" if english(lang) else f"{hours} 小时"


def month_title(year: int, month: int, lang: str) -> str:
    if english(lang):
        return f"{_MONTHS[month - 1]} {year}"
    return f"{year}年{month}月"


def _md(day: date) -> str:
    return day.strftime("%m-%d")


def _week_result(week: DutyWeek, today: date, lang: str) -> tuple[str, colors.Color]:
    if week.met:
        return term("达标", lang), GREEN
    if week.monday > today:
        return term("尚未开始", lang), GREY
    if week.sunday >= today:
        return term("本周进行中", lang), NAVY
    return term("未达标", lang), RED


def _table_style(header_rows: int = 1) -> list[TableCommand]:
    return ruled_grid(header_rows)


def build_duty_month(*, room_name: str, month: DutyMonth, printed_by: str, printed_at: datetime,
                     lang: str = "zh_CN") -> bytes:
    geo = GEOMETRY
    en = english(lang)
    title = term("心理辅导室值班记录", lang)
    period = month_title(month.year, month.month, lang)
    today = month.counted_until.date()
    now = month.counted_until

    def story(_previous: Layout | None) -> list[Flowable]:
        st = Styles()
        head = make_style("dutyhead", size=9, leading=12, bold=True, color=NAVY, cjk=not en)
        cell = make_style("dutycell", size=9.5, leading=13)
        cell_right = make_style("dutycellr", size=9.5, leading=13, align=TA_RIGHT)
        cell_center = make_style("dutycellc", size=9.5, leading=13, align=TA_CENTER)
        note = make_style("dutynote", size=9, leading=12.5)
        big = make_style("dutybig", size=13, leading=17, bold=True, color=NAVY, align=TA_CENTER)
        small_center = make_style("dutysmall", size=8.5, leading=11, color=GREY, align=TA_CENTER)
        width = geo.body_width

        def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
            return Paragraph(markup(text), style)

        out: list[Flowable] = [p(room_name, st.subtitle), p(title, st.title), p(period, st.subtitle), Spacer(1, 6 * mm)]

        # -- the month at a glance
        figures = [
            (term("值班次数", lang), term("{n} 次", lang).format(n=len(month.shifts))),
            (term("值班天数", lang), term("{n} 天", lang).format(n=month.duty_days)),
            (term("开放时长合计", lang), figure_text(month.open_minutes, lang)),
            (term("来访人数合计", lang), term("{n} 人", lang).format(n=month.visitors)),
            (term("每周最低开放时长", lang), figure_text(month.minimum_minutes, lang)),
        ]
        glance = Table([[p(value, big) for _, value in figures], [p(name, small_center) for name, _ in figures]],
                       colWidths=[width / len(figures)] * len(figures))
        glance.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.9, NAVY), ("LINEAFTER", (0, 0), (-2, -1), 0.4, LIGHT),
            ("BACKGROUND", (0, 0), (-1, -1), PANEL), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, 0), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 7)]))
        out += [glance, Spacer(1, 5 * mm)]

        # -- every week touching the month
        out.append(p(term("每周开放时长", lang), st.section))
        rows = [[p(term(h, lang), head) for h in ("周次", "起止日期", "开放时长", "最低要求", "结果")]]
        style = _table_style()
        for i, week in enumerate(month.weeks, 1):
            result, colour = _week_result(week, today, lang)
            rows.append([p(term("第 {n} 周", lang).format(n=i)),
                         p(term("{first} 至 {last}", lang).format(first=_md(week.monday), last=_md(week.sunday))),
                         p(duration_text(week.total_minutes, lang), cell_right),
                         p(duration_text(week.minimum_minutes, lang), cell_right),
                         Paragraph(f'<font color="{colour.hexval().replace("0x", "#")}"><b>{markup(result)}</b>'
                                   f"</font>", cell_center)])
        weeks = Table(rows, colWidths=[22 * mm, 40 * mm, 32 * mm, 32 * mm, width - 126 * mm], repeatRows=1)
        weeks.setStyle(TableStyle(style))
        out += [weeks, Spacer(1, 1.5 * mm), p(term("两人同时值班只计一次；跨月的周按整周计算。", lang), st.small),
                Spacer(1, 4 * mm)]

        # -- the supervisor's signature, never alone on a page
        line = "_" * 18
        colon = ": " if en else "："
        sign = Table([[p(f"{term('负责人审核', lang)}{colon}{line}", st.body_plain),
                       p(f"{term('日期', lang)}{colon}{line}", st.body_plain)]], colWidths=[width * 0.6, width * 0.4])
        sign.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))

        # -- every shift, day by day
        out += [CondPageBreak(40 * mm), p(term("值班明细", lang), st.section)]
        if not month.shifts:
            out += [p(term("本月没有值班记录。", lang), st.empty), Spacer(1, 10 * mm), sign]
        else:
            out.append(_shifts_table(month.shifts, now, width, lang, head, cell, cell_right, note, sign))
        return out

    def on_page(canvas: Canvas, page: int, previous: Layout | None) -> None:
        draw_header(canvas, geo, f"{room_name} · {title}", term("内部资料", lang))
        total = previous.total if previous else 0
        draw_footer(canvas, geo, left=f"{term('打印人', lang)} {printed_by} · {fmt_datetime(printed_at)}",
                    center=term("值班记录 {period}", lang).format(period=f"{month.year}-{month.month:02d}"),
                    right=page_of(page, total, en))

    return build_two_pass(story, geo=geo, on_page=on_page, title=f"{title} {month.year}-{month.month:02d}")


def _shifts_table(shifts: tuple[DutyShift, ...], now: datetime, width: float, lang: str, head: ParagraphStyle,
                  cell: ParagraphStyle, cell_right: ParagraphStyle, note: ParagraphStyle, sign: Table) -> Table:
    """The shifts, and ``sign`` as an unruled last row: a page break never leaves the signature alone."""
    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(markup(text), style)

    widths = [22 * mm, 22 * mm, 25 * mm, 24 * mm, 17 * mm]
    widths.append(width - sum(widths))
    rows: list[list[Flowable | str]] = [[p(term(h, lang), head)
                                         for h in ("日期", "值班人", "时间", "时长", "来访", "值班情况与事件")]]
    # Ruled like the other tables, except the last row (the signature).
    style: list[TableCommand] = [(cmd[0], cmd[1], (-1, -2), *cmd[3:]) if cmd[0] in ("BOX", "INNERGRID") else cmd
                                 for cmd in _table_style()]
    previous_day: date | None = None
    for shift in shifts:
        day = shift.day
        # The day on every row (a page may break inside a day); a navy rule between days.
        day_text = f"{_md(day)} {term(_WEEKDAYS[day.weekday()], lang)}"
        if day != previous_day and previous_day is not None:
            style.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.9, NAVY))
        previous_day = day
        flags: list[str] = []
        if shift.is_open:
            span = f"{shift.started_at:%H:%M}–"
            if shift.day == now.date():
                length = duration_text(shift.minutes(now), lang)
                flags.append(term("值班中，计至 {time}", lang).format(time=f"{now:%H:%M}"))
            else:
                length = term("（未结束）", lang)
        else:
            span = f"{shift.started_at:%H:%M}–{shift.ended_at:%H:%M}"
            length = duration_text(shift.minutes(), lang)
        if shift.entry is Entry.AFTERWARDS:
            flags.append(term("补录", lang))
        if shift.corrections:
            flags.append(term("已更正 {n} 次", lang).format(n=shift.corrections))
        # The flags follow the notes on the same line when there is room, in small grey print.
        text = markup(shift.notes)
        if flags:
            grey = GREY.hexval().replace("0x", "#")
            text += ("　" if text else "") + f'<font size="8" color="{grey}">{markup(" · ".join(flags))}</font>'
        rows.append([p(day_text), p(shift.person), p(span), p(length), p(str(shift.visitors), cell_right),
                     Paragraph(text, note) if text else ""])
    rows.append([sign, "", "", "", "", ""])
    table = Table(rows, colWidths=widths, repeatRows=1)
    style += [("VALIGN", (0, 1), (-1, -1), "TOP"), ("SPAN", (0, -1), (-1, -1)), ("NOSPLIT", (0, -2), (-1, -1)),
              ("TOPPADDING", (0, -1), (-1, -1), 10 * mm), ("LEFTPADDING", (0, -1), (-1, -1), 0)]
    table.setStyle(TableStyle(style))
    return table
