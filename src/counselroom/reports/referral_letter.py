"""The referral letter (转介函) and the guardian notice with its return slip (回执), R8.

Two documents in one PDF, built in memory: page 1 goes to the receiving
institution, page 2 to the guardian, who tears off and returns the slip.
"""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from counselroom.domain.clients import Client
from counselroom.domain.referrals import Referral
from counselroom.reports.labels import english, label, term
from counselroom.reports.layout import (
    GREY,
    LIGHT,
    Layout,
    PageGeometry,
    make_style,
    Styles,
    build_two_pass,
    draw_footer,
    draw_header,
    fmt_date,
    fmt_datetime,
    page_of,
)
from counselroom.reports.plain_text import markup, text_paragraphs

GEOMETRY = PageGeometry()


def _grid(rows: list[list[str]], st: Styles, width: float, tall: bool = False) -> Table:
    cells = [[Paragraph(markup(a), st.label), Paragraph(markup(b), st.value)] for a, b in rows]
    # A return slip is filled in by hand: give the pen room.
    table = Table(cells, colWidths=[32 * mm, width - 32 * mm], rowHeights=[11 * mm] * len(cells) if tall else None)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, LIGHT),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return table


def _cut_line(style: ParagraphStyle, lang: str) -> Paragraph:
    dashes = "- " * 28
    return Paragraph(markup(f"{dashes} {term('沿此线剪下', lang)} {dashes}"), style)


def build_referral_letter(*, room_name: str, client: Client, referral: Referral, counsellor_name: str,
                          printed_by: str, printed_at: datetime, today: date, lang: str = "zh_CN") -> bytes:
    geo = GEOMETRY
    en = english(lang)
    title = term("转介函", lang)
    notice = term("家长告知书", lang)
    who = f"{client.name}（{client.grade}{client.class_name}）" if (client.grade or client.class_name) else client.name

    def story(_previous: Layout | None) -> list[Flowable]:
        st = Styles()
        cut = make_style("cut", size=8, leading=11, color=GREY, align=TA_CENTER)
        width = geo.body_width
        out: list[Flowable]
        out = [Paragraph(markup(room_name), st.subtitle), Paragraph(markup(title), st.title), Spacer(1, 6 * mm),
               Paragraph(markup(f"{referral.institution}："), st.body_plain), Spacer(1, 3 * mm),
               Paragraph(markup(term("经来访者及其监护人同意，现将以下来访者转介贵单位，请予接诊并惠予反馈。", lang)),
                         st.body), Spacer(1, 3 * mm),
               _grid([[term("来访者", lang), who],
                      [term("性别", lang), label(client.gender, lang)],
                      [term("档案编号", lang), client.case_no],
                      [term("转介日期", lang), fmt_date(referral.referred_on)],
                      [term("监护人同意", lang), (term("是", lang) + " · " + fmt_date(referral.consent_on))
                       if referral.guardian_consent else term("否", lang)],
                      [term("联系人", lang), referral.contact or "—"]], st, width),
               Paragraph(markup(term("转介原因", lang)), st.section)]
        out += text_paragraphs(referral.reason, st.body)
        out += [Spacer(1, 10 * mm),
                Paragraph(markup(f"{term('咨询师', lang)}：{counsellor_name}　　{room_name}"), st.body_plain),
                Paragraph(markup(fmt_date(today)), st.body_plain), PageBreak(),
                Paragraph(markup(room_name), st.subtitle), Paragraph(markup(notice), st.title),
                Spacer(1, 6 * mm),
                Paragraph(markup(f"{client.guardian_name or term('家长', lang)}："), st.body_plain),
                Spacer(1, 2 * mm)]
        out += text_paragraphs(term(
            "您的孩子{who}近期在学校心理咨询室接受心理辅导。为了更好地帮助孩子，经评估，建议到{inst}"
            "进一步评估与帮助。转介原因已与您沟通。请您在收到本通知后尽快带孩子就诊，并将就诊情况反馈给"
            "学校心理咨询室。本通知涉及孩子的个人信息，请妥善保管。", lang).format(who=who, inst=referral.institution),
            st.body)
        out += [Spacer(1, 8 * mm), Paragraph(markup(f"{room_name}　{fmt_date(today)}"), st.body_plain),
                Spacer(1, 14 * mm), _cut_line(cut, lang), Spacer(1, 4 * mm),
                Paragraph(markup(term("回执", lang)), st.h2),
                _grid([[term("来访者", lang), who],
                       [term("已收到通知", lang), "□ " + term("是", lang)],
                       [term("就诊安排", lang), ""],
                       [term("监护人签名", lang), ""],
                       [term("日期", lang), ""]], st, width, tall=True),
                Spacer(1, 3 * mm),
                Paragraph(markup(term("请将回执交回学校心理咨询室。", lang)), st.small)]
        return out

    def on_page(canvas: Canvas, page: int, previous: Layout | None) -> None:
        draw_header(canvas, geo, room_name, term("机密", lang))
        total = previous.total if previous else 0
        draw_footer(canvas, geo, left=f"{term('打印人', lang)} {printed_by} · {fmt_datetime(printed_at)}",
                    center=f"{term('档案编号', lang)} {client.case_no}", right=page_of(page, total, en))

    return build_two_pass(story, geo=geo, on_page=on_page, title=f"{title} {client.case_no}")
