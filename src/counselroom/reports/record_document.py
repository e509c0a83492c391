"""The page furniture of a one-record document (a visit record, a test report): title block,
header, footer with who printed it and page x of y, and the draft watermark."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from counselroom.reports.labels import english, term
from counselroom.reports.layout import (
    Layout,
    PageGeometry,
    Styles,
    build_once,
    draw_footer,
    draw_header,
    draw_watermark,
    fmt_datetime,
    page_of,
)
from counselroom.reports.plain_text import plain


def build_record_document(*, room_name: str, title_zh: str, case_no: str, printed_by: str,
                          printed_at: datetime, lang: str, geo: PageGeometry,
                          body: Callable[[Styles], list[Flowable]], styles: Callable[[], Styles] = Styles,
                          subtitle: str = "", doc_title: str = "") -> bytes:
    """PDF bytes (in memory) of one record: ``body(styles)`` under the room's name and the title."""
    en = english(lang)
    title = term(title_zh, lang)
    confidential = term("机密", lang)
    printed = f"{term('打印人', lang)} {printed_by} · {term('打印时间', lang)} {fmt_datetime(printed_at)}"
    center = f"{term('档案编号', lang)} {case_no} · {confidential}"

    st = styles()
    story: list[Flowable] = [plain(room_name, st.subtitle), Spacer(1, 1 * mm), plain(title, st.title)]
    if subtitle:
        story += [Spacer(1, 1 * mm), plain(subtitle, st.subtitle)]
    story.append(Spacer(1, 5 * mm))
    story += body(st)

    def on_page(canvas: Canvas, page: int, layout: Layout) -> None:
        if page in layout.drafts:
            draw_watermark(canvas, term("草稿", lang))
        draw_header(canvas, geo, f"{room_name} · {title}", confidential)
        draw_footer(canvas, geo, left=printed, center=center, right=page_of(page, layout.total, en))

    return build_once(story, geo=geo, on_page=on_page, title=doc_title or f"{title} {case_no}")
