"""The visit record (《心理咨询记录》): one session on paper, as a school files it.

Built in memory (``bytes`` out, nothing written to disk).  :func:`visit_flowables` is
the record's body; the case file (:mod:`counselroom.reports.case_file`) binds the very
same flowables, so a visit prints identically on its own and in the file.
"""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, TableStyle

from counselroom.domain.cases import Case
from counselroom.domain.clients import Client
from counselroom.domain.visits import Visit, VisitKind
from counselroom.reports.labels import english, label, term
from counselroom.reports.layout import (
    GREY,
    LIGHT,
    NAVY,
    PANEL,
    RED,
    RED_BG,
    EndRecord,
    PageGeometry,
    RecordMark,
    Styles,
    TableCommand,
    anchor,
    fmt_date,
    fmt_datetime,
    fmt_time,
)
from counselroom.reports.plain_text import CellTable, KeepTogether, cell, plain, text_paragraphs
from counselroom.reports.record_document import build_record_document

SEAL_PREFIX = 16
#: A section heading starts a new page unless this much room is left (no orphaned headings).
SECTION_MIN = 28 * mm
GEOMETRY = PageGeometry()


def seal_prefix(seal: str) -> str:
    return (seal or "")[:SEAL_PREFIX]


def record_mark(visit: Visit) -> RecordMark:
    return RecordMark(seal=seal_prefix(visit.seal) if visit.signed else "")


def class_text(client: Client) -> str:
    return " ".join(p for p in (client.grade, client.class_name) if p)


def age_text(client: Client, on: date | None, lang: str) -> str:
    age = client.age(on) if on is not None else None
    if age is None:
        return ""
    return f"{age}" if english(lang) else f"{age} 岁"


def info_grid(rows: list[list[tuple[str, str] | None]], width: float, st: Styles,
              label_w: float = 21 * mm) -> CellTable:
    """Rows of (label, value) pairs as a ruled form; a None cell lets the previous value span."""
    cols = max(len(r) for r in rows)
    value_w = (width - cols * label_w) / cols
    data: list[list[Paragraph | str]] = []
    spans: list[tuple[int, int, int]] = []
    for r, row in enumerate(rows):
        cells: list[Paragraph | str] = []
        for c in range(cols):
            pair = row[c] if c < len(row) else None
            if pair is None:
                cells += ["", ""]
                # widen the last real value over this empty pair
                start = max(i for i in range(c) if i < len(row) and row[i] is not None)
                spans.append((r, start * 2 + 1, c * 2 + 1))
                continue
            cells += [cell(pair[0], st.label), cell(pair[1], st.value)]
        data.append(cells)
    table = CellTable(data, colWidths=[label_w, value_w] * cols)
    style: list[TableCommand] = [
        ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for c in range(cols):
        style.append(("BACKGROUND", (c * 2, 0), (c * 2, -1), PANEL))
    merged: dict[tuple[int, int], int] = {}
    for r, start, end in spans:
        merged[(r, start)] = max(end, merged.get((r, start), start))
    for (r, start), end in merged.items():
        style.append(("SPAN", (start, r), (end, r)))
        style.append(("BACKGROUND", (start, r), (end, r), colors.white))
    table.setStyle(TableStyle(style))
    return table


def section(title: str, text: str, st: Styles, lang: str) -> list[Flowable]:
    """A section heading and its text; empty text prints "（未填写）"."""
    out: list[Flowable] = [CondPageBreak(SECTION_MIN), plain(title, st.section)]
    paras = text_paragraphs(text, st.body)
    if not paras:
        paras = [plain(term("（未填写）", lang), st.empty)]
    return out + paras


def draft_banner(width: float, st: Styles, lang: str) -> CellTable:
    t = CellTable([[[plain(term("草稿（未签署）", lang), st.banner),
                     plain(term("本记录尚未签署，内容仍可修改，不作为正式记录。", lang), st.banner_note)]]],
                  colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.6, RED),
        ("BACKGROUND", (0, 0), (-1, -1), RED_BG),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def _risk(visit: Visit, width: float, st: Styles, lang: str) -> list[Flowable]:
    c = visit.content
    level_style = st.risk_high if c.risk.needs_crisis else st.value_bold
    flags = [("自伤/自杀风险", c.risk_self_harm), ("伤害他人风险", c.risk_harm_others),
             ("受到他人伤害", c.risk_harmed_by_others)]
    boxes = [cell(f"{'■' if on else '□'} {term(name, lang)}",
                  st.value_bold if on else st.value) for name, on in flags]
    flag_w = (width - 39 * mm) / 3
    t = CellTable([[cell(term("风险等级", lang), st.label),
                    cell(label(c.risk, lang), level_style), *boxes]],
                  colWidths=[21 * mm, 18 * mm, flag_w, flag_w, flag_w])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
        ("LINEAFTER", (0, 0), (1, -1), 0.4, LIGHT),
        ("BACKGROUND", (0, 0), (0, -1), PANEL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [KeepTogether([plain(term("风险评估", lang), st.section), t])]


def _status(visit: Visit, counsellor_name: str, width: float, st: Styles,
            lang: str) -> Flowable:
    if visit.signed:
        text = (f"{term('已签署', lang)} {fmt_datetime(visit.signed_at)} · "
                f"{term('校验码', lang)} {seal_prefix(visit.seal)}…")
        left = plain(text, st.status)
    else:
        left = plain(term("草稿（未签署）", lang), st.risk_high)
    sign = cell(f"{term('咨询师', lang)}（签名）：" if not english(lang)
                else f"{term('咨询师', lang)} (signature):", st.label)
    t = CellTable([[left, sign, ""]], colWidths=[width - 62 * mm, 29 * mm, 33 * mm],
                  rowHeights=[11 * mm])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, NAVY),
        ("LINEBELOW", (2, 0), (2, 0), 0.6, GREY),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
    ]))
    return t


def _addenda(visit: Visit, width: float, st: Styles, lang: str) -> list[Flowable]:
    if not visit.addenda:
        return []
    out: list[Flowable] = [CondPageBreak(SECTION_MIN),
                           plain(term("补充说明", lang), st.section)]
    for n, add in enumerate(visit.addenda, 1):
        meta = (f"{n}. {fmt_datetime(add.signed_at)} · {add.author_name}"
                f" · {term('校验码', lang)} {seal_prefix(add.seal)}…")
        body = text_paragraphs(add.text, st.body_plain) or [
            plain(term("（无）", lang), st.empty)]
        # the meta line is not left alone at a page's foot; the text itself may split
        out.append(CondPageBreak(18 * mm))
        out.append(plain(meta, st.meta))
        out.append(Spacer(1, 1 * mm))
        for p in body:
            p.style = p.style.clone("addendum", leftIndent=4 * mm, borderPadding=0,
                                    spaceAfter=3)
            out.append(p)
        out.append(Spacer(1, 2.5 * mm))
    return out


def visit_flowables(*, client: Client, case: Case, visit: Visit, counsellor_name: str,
                    st: Styles, width: float, lang: str = "zh_CN",
                    heading: str | None = None, anchor_key: str | None = None,
                    participants: tuple[str, ...] = ()) -> list[Flowable]:
    """The body of one visit record.

    ``participants``: the other members of a group session by name. Only the group's
    own record names them; a client's case file gives the head count alone, so one
    child's file does not reveal who else came.

    ``heading`` (optional) is printed first and tagged with ``anchor_key`` (its page goes
    into the contents) and with the record's mark (its pages show the seal or the draft
    watermark); the list ends with the record's end marker.
    """
    c = visit.content
    out: list[Flowable] = []
    mark = record_mark(visit)
    first: Flowable
    if heading is not None:
        first = plain(heading, st.h2)
        out.append(anchor(first, anchor_key, mark))
    if not visit.signed:
        banner = draft_banner(width, st, lang)
        out.append(banner if heading is not None else anchor(banner, anchor_key, mark))
        out.append(Spacer(1, 3 * mm))

    # The age on the day of the session; a record never stored has no day to tell it by.
    on = c.visit_date or (visit.created_at.date() if visit.created_at else None)
    when = "–".join(t for t in (fmt_time(c.start), fmt_time(c.end)) if t)
    kind = label(c.kind, lang)
    if c.kind is VisitKind.GROUP and c.participants:
        n = len(c.participants) + 1
        kind += f" ({n} {term('人', lang)})" if english(lang) else f"（共 {n} 人）"
    session = f"{visit.session_no}" if english(lang) else f"第 {visit.session_no} 次"
    facts: list[list[tuple[str, str] | None]] = [
        [(term("档案编号", lang), client.case_no), (term("姓名", lang), client.name),
         (term("性别", lang), label(client.gender, lang))],
        [(term("年龄", lang), age_text(client, on, lang)),
         (term("年级班级", lang), class_text(client) or label(client.client_type, lang)),
         (term("问题类别", lang), label(case.category, lang))],
        [(term("咨询日期", lang), fmt_date(c.visit_date)), (term("时间", lang), when),
         (term("次数", lang), session)],
        [(term("形式", lang), kind), (term("咨询师", lang), counsellor_name), None],
    ]
    if participants:
        facts.append([(term("参与者", lang), ("、" if not english(lang) else ", ").join(participants)), None, None])
    grid = info_grid(facts, width, st)
    if heading is None and visit.signed:
        anchor(grid, anchor_key, mark)
    out.append(grid)
    out.append(Spacer(1, 1 * mm))

    if c.presenting_issue:
        out += section(term("来访问题", lang), c.presenting_issue, st, lang)
    out += section(term("主诉", lang), c.complaint, st, lang)
    out += section(term("咨询过程", lang), c.process, st, lang)
    out += section(term("咨询师评估", lang), c.assessment, st, lang)
    out += section(term("下一步计划", lang), c.plan, st, lang)
    out += _risk(visit, width, st, lang)
    nxt = fmt_datetime(c.next_appointment) if c.next_appointment else term("未预约", lang)
    out.append(KeepTogether([plain(term("下次预约", lang), st.section),
                             plain(nxt, st.body_plain)]))
    out.append(Spacer(1, 5 * mm))
    out.append(KeepTogether([_status(visit, counsellor_name, width, st, lang)]))
    out.append(Spacer(1, 3 * mm))
    out += _addenda(visit, width, st, lang)
    out.append(EndRecord())
    return out


def build_visit_record(*, room_name: str, client: Client, case: Case, visit: Visit,
                       counsellor_name: str, printed_by: str, printed_at: datetime,
                       lang: str = "zh_CN", participants: tuple[str, ...] = ()) -> bytes:
    """Return one 《心理咨询记录》 as PDF bytes (A4). Nothing is written to disk."""
    return build_record_document(
        room_name=room_name, title_zh="心理咨询记录", case_no=client.case_no, printed_by=printed_by,
        printed_at=printed_at, lang=lang, geo=GEOMETRY,
        body=lambda st: visit_flowables(client=client, case=case, visit=visit, counsellor_name=counsellor_name,
                                        st=st, width=GEOMETRY.body_width, lang=lang, participants=participants))
