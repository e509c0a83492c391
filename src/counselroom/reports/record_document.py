"""The page furniture of a one-record document (a visit record, a test report): title block,
header, footer with who printed it and page x of y, and the draft watermark."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from counselroom.reports.labels import english, term
from counselroom.reports.layout import (
    Layout,
    PageGeometry,
    Styles,
    build_two_pass,
    draw_footer,
    draw_header,
    draw_watermark,
    fmt_datetime,
    markup,
    page_of,
)


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

    def story(_previous: Layout | None) -> list[Flowable]:
        st = styles()
        out: list[Flowable] = [Paragraph(markup(room_name), st.subtitle), Spacer(1, 1 * mm),
                               Paragraph(markup(title), st.title)]
        if subtitle:
            out += [Spacer(1, 1 * mm), Paragraph(markup(subtitle), st.subtitle)]
        out.append(Spacer(1, 5 * mm))
        return out + body(st)

    def on_page(canvas: Canvas, page: int, previous: Layout | None) -> None:
        if previous is not None and page in previous.drafts:
            draw_watermark(canvas, term("草稿", lang))
        draw_header(canvas, geo, f"{room_name} · {title}", confidential)
        total = previous.total if previous else 0
        draw_footer(canvas, geo, left=printed, center=center, right=page_of(page, total, en))

    return build_two_pass(story, geo=geo, on_page=on_page, title=doc_title or f"{title} {case_no}")
