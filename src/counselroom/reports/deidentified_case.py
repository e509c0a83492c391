"""The de-identified case as a PDF (R14): the confirmed text only, marked 已去标识化 on every page.

The text comes from :func:`counselroom.domain.deidentify_review.confirmed_text`; nothing else from
the records is printed: no room name, case number, client or counsellor name, not even who printed
it or when (a print date next to relative days would date the visits again).
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from counselroom.domain.deidentify_review import DEIDENTIFIED_MARK
from counselroom.reports.layout import (
    Layout,
    PageGeometry,
    Styles,
    build_once,
    draw_footer,
    draw_header,
    page_of,
)
from counselroom.reports.plain_text import plain

GEOMETRY = PageGeometry()
MARK = "已去标识化"
TITLE = "个案资料（去标识化）"
TITLE_EN = "Case material (de-identified)"


def _story(text: str, st: Styles, english: bool) -> list[Flowable]:
    """The text as the export lays it out: 【heading】 lines, then "label：text" lines, blank lines
    between sections (a reviewer's edit may have changed any of it: every line is printed as typed)."""
    out: list[Flowable] = [plain(TITLE, st.title)]
    if english:
        out.append(plain(TITLE_EN, st.subtitle))
    out.append(Spacer(1, 4))
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[0] == DEIDENTIFIED_MARK:
        out.append(plain(DEIDENTIFIED_MARK, st.banner_note))
        lines = lines[1:]
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(plain("\n".join(paragraph), st.body_plain))
            out.append(Spacer(1, 3))
            paragraph.clear()

    for line in lines:
        stripped = line.strip()
        if stripped.startswith("【") and stripped.endswith("】") and len(stripped) > 2:
            flush()
            out.append(plain(stripped[1:-1], st.section))
        elif not stripped:
            flush()
        else:
            paragraph.append(line)
    flush()
    return out


def build_deidentified_case(text: str, *, lang: str = "zh_CN") -> bytes:
    """The PDF of a confirmed de-identified text, built in memory."""
    geo = GEOMETRY
    english = lang.startswith("en")
    st = Styles()
    mark = f"{MARK} · De-identified" if english else MARK

    def on_page(canvas: Canvas, page: int, layout: Layout) -> None:
        draw_header(canvas, geo, TITLE_EN if english else TITLE, mark)
        draw_footer(canvas, geo, left=DEIDENTIFIED_MARK, right=page_of(page, layout.total, english))

    return build_once(_story(text, st, english), geo=geo, on_page=on_page, title=TITLE, subject=MARK)
