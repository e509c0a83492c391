"""A work report's tables as an Excel workbook (issue 16 §3): ready to paste into a bureau's template.

The first sheet is the notes (room, report, period, signed or draft, k, what "<k" and "x" mean, the
narrative); then one sheet per published table, in the PDF's order and with the same grid
(``reports/work_report.py`` :func:`table_grid`), so "<k" and "x" stand where the PDF has them;
last the activities list (:func:`activity_grid`: the PDF's rows, a term's recurring activities one
row each, since publishing their sums beside every session's count would let a hidden count be worked
out from the difference), unless the report was signed before reports listed them.
Published numbers are written as numbers (so totals can be checked in Excel), marks as text. Cells
are written by ``reports/spreadsheet.py`` :func:`workbook_bytes`: text is never a formula, whatever
it begins with. Built in memory.
"""

from __future__ import annotations

import re

from counselroom.domain.labels import label
from counselroom.domain.statistics import Unit
from counselroom.domain.work_reports import Narrative, Publication, PublishedTable, WorkReport, published_number
from counselroom.reports.labels import english
from counselroom.reports.layout import fmt_datetime
from counselroom.reports.spreadsheet import workbook_bytes
from counselroom.reports.work_report import (
    ACTIVITY_NUMBERS, activity_columns, activity_grid, footnote, held_back, held_back_note, narrative_headings,
    table_grid, table_title, term,
)

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_XLSX_TERMS = {
    "说明": "Notes",
    "报告": "Report",
    "单位": "Room",
    "统计周期": "Period",
    "状态": "Status",
    "已签署": "Signed",
    "草稿（未签署）": "Draft (not signed)",
    "统计截至": "Figures as of",
    "小格抑制 k": "Suppression k",
    "此表仅列出各类别的合计：分项会识别个人。": "Totals of each category only: the cells would identify individuals.",
}


def _term(zh: str, lang: str) -> str:
    return _XLSX_TERMS[zh] if english(lang) and zh in _XLSX_TERMS else term(zh, lang)


def sheet_cell(table: PublishedTable, text: str) -> object:
    """A published figure as a number (hours with their decimal), a mark as text."""
    if table.unit is Unit.MINUTES and text.replace(".", "", 1).isdigit():
        return float(text) if "." in text else int(text)
    number = published_number(text)
    return text if number is None else number


def sheet_name(index: int, title: str, taken: set[str]) -> str:
    name = f"{index:02d} {_SHEET_FORBIDDEN.sub(' ', title)}"[:31].rstrip() or f"{index:02d}"
    while name in taken:
        name = name[:-1] + "~"
    taken.add(name)
    return name


def build_work_report_xlsx(*, room_name: str, report: WorkReport, publication: Publication, narrative: Narrative,
                           lang: str = "zh_CN") -> bytes:
    sheets: list[tuple[str, list[list[object]]]] = []

    def add_sheet(title: str, rows: list[list[object]]) -> None:
        sheets.append((title, rows))

    period = publication.period
    status = _term("已签署", lang) if report.signed else _term("草稿（未签署）", lang)
    if report.signed:
        status += f" · {report.signed_by_name} · {fmt_datetime(report.signed_at)}"
    notes: list[list[object]] = [
        [_term("报告", lang), label(report.kind, lang)],
        [_term("单位", lang), room_name],
        [_term("统计周期", lang), period.label(lang)],
        [_term("状态", lang), status],
        [_term("统计截至", lang), publication.as_of.isoformat()],
        [_term("小格抑制 k", lang), publication.k],
        [],
        [footnote(publication.k, lang)],
        [],
    ]
    for which, heading in narrative_headings(report.kind, lang).items():
        notes += [[heading], [narrative.text(which)], []]
    taken: set[str] = set()
    add_sheet(sheet_name(0, _term("说明", lang), taken), notes)
    for index, table in enumerate(publication.tables, 1):
        grid: list[list[object]] = [[table_title(table, lang)], []]
        for r, line in enumerate(table_grid(table, lang)):
            grid.append([text if r == 0 or c == 0 else sheet_cell(table, text) for c, text in enumerate(line)])
        if table.margins_only:
            grid += [[], [_term("此表仅列出各类别的合计：分项会识别个人。", lang)]]
        add_sheet(sheet_name(index, table_title(table, lang), taken), grid)
    if publication.activities is not None:
        listing: list[list[object]] = [[term("活动一览", lang)], []]
        numbers = {c for c, key in enumerate(activity_columns(publication)) if key in ACTIVITY_NUMBERS}
        for r, line in enumerate(activity_grid(publication, lang)):
            # Attendance, 课时 and sessions as numbers where they are; "<k", "x", "*" and "—" stay text.
            listing.append([published_number(text) if r and c in numbers and published_number(text) is not None
                            else text for c, text in enumerate(line)])
        if not publication.activities:
            listing.append([term("本期无活动记录。", lang)])
        elif held_back(publication):
            listing += [[], [held_back_note(lang)]]
        add_sheet(sheet_name(len(publication.tables) + 1, term("活动一览", lang), taken), listing)
    return workbook_bytes(sheets)

