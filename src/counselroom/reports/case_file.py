"""The case file (心理咨询档案, 装订成册): everything on one client, ready for binding.

Cover, contents (with page numbers: the file is built once in memory and the contents'
numbers are drawn when it is complete, :func:`layout.build_once`), registration data, then
per case the opening, every visit record (the same flowables as :mod:`visit_record`) and the
closing.  A wider inner (left) margin on every page for the binding.  Nothing is
written to disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, TableStyle

from counselroom.domain.cases import Case
from counselroom.domain.clients import Client
from counselroom.domain.contacts import Contact
from counselroom.domain.crisis import Crisis
from counselroom.domain.referrals import Referral
from counselroom.domain.visits import Visit
from counselroom.reports.case_events import crisis_flowables, referral_flowables
from counselroom.reports.contact_record import contact_flowables, contact_heading
from counselroom.reports.labels import english, label, term
from counselroom.reports.layout import (
    GREY,
    LIGHT,
    NAVY,
    PANEL,
    RED,
    Layout,
    PageGeometry,
    PageNumberOf,
    Styles,
    TableCommand,
    anchor,
    build_once,
    draw_footer,
    draw_header,
    draw_watermark,
    fmt_date,
    fmt_datetime,
    make_style,
    page_of,
)
from counselroom.reports.plain_text import CellTable, cell, plain
from counselroom.reports.visit_record import (
    age_text,
    class_text,
    info_grid,
    section,
    visit_flowables,
)

#: Binding margin on the left of every page.
GEOMETRY = PageGeometry(left=30 * mm, right=18 * mm, top=22 * mm, bottom=22 * mm)
ACCESS_ROWS = 8


@dataclass(frozen=True)
class CaseRecords:
    """One case as it goes into the file: the visits in order, its crises, referrals and contacts with
    family or school (oldest first)."""
    case: Case
    counsellor: str
    visits: list[Visit]
    crises: list[Crisis] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)


@dataclass(frozen=True)
class _FileStyles:
    """The case file's paragraph styles, made once per process (not per file): styles are
    read-only, and the fragments :func:`plain_text.plain` starts from are kept per style."""
    st: Styles
    room: ParagraphStyle
    title: ParagraphStyle
    number_label: ParagraphStyle
    number: ParagraphStyle
    stamp: ParagraphStyle
    note: ParagraphStyle
    log_head: ParagraphStyle
    toc0: ParagraphStyle
    toc1: ParagraphStyle
    toc_page: ParagraphStyle


@cache
def _styles() -> _FileStyles:
    return _FileStyles(
        st=Styles(),
        room=make_style("cvroom", size=16, leading=22, color=NAVY, align=TA_CENTER),
        title=make_style("cvtitle", size=34, leading=44, bold=True, color=NAVY, align=TA_CENTER),
        number_label=make_style("cvnol", size=11, leading=15, color=GREY, align=TA_CENTER),
        number=make_style("cvno", size=30, leading=36, bold=True, align=TA_CENTER, cjk=False),
        stamp=make_style("cvstamp", size=16, leading=20, bold=True, color=RED, align=TA_CENTER),
        note=make_style("cvnote", size=9, leading=13, color=RED, align=TA_CENTER),
        log_head=make_style("cvlh", size=9, leading=12, bold=True, color=NAVY, align=TA_CENTER),
        toc0=make_style("toc0", size=11, leading=15, bold=True),
        toc1=make_style("toc1", size=10.5, leading=14, leftIndent=8 * mm),
        toc_page=make_style("tocn", size=10.5, leading=14, align=TA_RIGHT, cjk=False),
    )


def _visit_heading(visit: Visit, lang: str) -> str:
    day = fmt_date(visit.content.visit_date)
    if english(lang):
        return f"Session {visit.session_no}" + (f" · {day}" if day else "")
    return f"第 {visit.session_no} 次咨询" + (f" · {day}" if day else "")


def _case_heading(case: Case, what: str, lang: str) -> str:
    if english(lang):
        return f"Case {case.number} · {term(what, lang)}"
    return f"个案 {case.number} · {what}"


def _period(records: list[CaseRecords], lang: str) -> str:
    if not records:
        return ""
    cases = [r.case for r in records]
    start = min(c.opened_on for c in cases)
    closed = [c.closed_on for c in cases if c.closed_on is not None]
    open_ = any(c.is_open for c in cases) or len(closed) < len(cases)
    if english(lang):
        end = term("至今", lang) if open_ else fmt_date(max(closed))
        return f"{fmt_date(start)} – {end}"
    if open_:
        return f"{fmt_date(start)} 至今"
    return f"{fmt_date(start)} 至 {fmt_date(max(closed))}"


def _crisis_heading(crisis: Crisis, number: int, lang: str) -> str:
    day = fmt_date(crisis.opened_at.astimezone().date())
    if english(lang):
        return f"Crisis intervention {number} · {day}"
    return f"危机干预记录 {number} · {day}"


def _referral_heading(referral: Referral, number: int, lang: str) -> str:
    if english(lang):
        return f"Referral {number} · {fmt_date(referral.referred_on)}"
    return f"转介记录 {number} · {fmt_date(referral.referred_on)}"


def build_case_file(*, room_name: str, client: Client,
                    cases: list[CaseRecords], printed_by: str,
                    printed_at: datetime, today: date, lang: str = "zh_CN") -> bytes:
    """Return the bound case file of one client as PDF bytes (A4). Nothing is written to disk.

    ``cases``: every case of the client the reader may see, oldest first.
    """
    geo = GEOMETRY
    width = geo.body_width
    en = english(lang)
    title = term("心理咨询档案", lang)
    confidential = term("机密", lang)
    printed = (f"{term('打印人', lang)} {printed_by} · "
               f"{term('打印时间', lang)} {fmt_datetime(printed_at)}")

    # contents entries in reading order: (key, text, level)
    entries: list[tuple[str, str, int]] = [("client", term("来访者基本信息", lang), 0)]
    for rec in cases:
        case = rec.case
        entries.append((f"case{case.id}", _case_heading(case, "开案", lang), 0))
        for visit in rec.visits:
            entries.append((f"visit{visit.id}", _visit_heading(visit, lang), 1))
        for n, crisis in enumerate(rec.crises, 1):
            entries.append((f"crisis{crisis.id}", _crisis_heading(crisis, n, lang), 1))
        for n, referral in enumerate(rec.referrals, 1):
            entries.append((f"referral{referral.id}", _referral_heading(referral, n, lang), 1))
        for n, contact in enumerate(rec.contacts, 1):
            entries.append((f"contact{contact.id}", contact_heading(n, lang), 1))
        entries.append((f"closing{case.id}", _case_heading(case, "结案", lang), 1))

    def story() -> list[Flowable]:
        fs = _styles()
        st = fs.st
        out: list[Flowable] = []
        out += _cover(fs)
        out.append(PageBreak())
        out += _contents(fs)
        out.append(PageBreak())
        out += _registration(st)
        for rec in cases:
            case = rec.case
            out.append(PageBreak())
            out += _opening(st, case, rec.counsellor)
            for visit in rec.visits:
                out.append(PageBreak())
                out += visit_flowables(client=client, case=case, visit=visit,
                                       counsellor_name=rec.counsellor, st=st, width=width,
                                       lang=lang, heading=_visit_heading(visit, lang),
                                       anchor_key=f"visit{visit.id}")
            if rec.crises or rec.referrals or rec.contacts:
                out.append(PageBreak())
            for n, crisis in enumerate(rec.crises, 1):
                heading = anchor(plain(_crisis_heading(crisis, n, lang), st.h2),
                                 f"crisis{crisis.id}")
                out += crisis_flowables(crisis, st, width, lang, heading)
            for n, referral in enumerate(rec.referrals, 1):
                heading = anchor(plain(_referral_heading(referral, n, lang), st.h2),
                                 f"referral{referral.id}")
                out += referral_flowables(referral, st, width, lang, heading)
            for n, contact in enumerate(rec.contacts, 1):
                heading = anchor(plain(contact_heading(n, lang), st.h2), f"contact{contact.id}")
                out += contact_flowables(contact, st, width, lang, heading)
            out.append(PageBreak())
            out += _closing(st, case)
        return out

    # --- cover ----------------------------------------------------------------------------------
    def _cover(fs: _FileStyles) -> list[Flowable]:
        st = fs.st
        out: list[Flowable] = [Spacer(1, 12 * mm), plain(room_name, fs.room),
                               Spacer(1, 6 * mm), plain(title, fs.title), Spacer(1, 10 * mm),
                               plain(term("档案编号", lang), fs.number_label), Spacer(1, 1 * mm),
                               plain(client.case_no, fs.number), Spacer(1, 10 * mm)]
        n_visits = sum(len(r.visits) for r in cases)
        facts = info_grid([
            [(term("姓名", lang), client.name), (term("来访者类别", lang),
                                                 label(client.client_type, lang))],
            [(term("起止日期", lang), _period(cases, lang)), None],
            [(term("个案数", lang), str(len(cases))), (term("咨询次数", lang), str(n_visits))],
        ], width - 30 * mm, st, label_w=24 * mm)
        facts.hAlign = "CENTER"
        out.append(facts)
        out.append(Spacer(1, 9 * mm))
        mark = CellTable([[cell(confidential, fs.stamp)]], colWidths=[34 * mm])
        mark.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 2, RED),
                                  ("TOPPADDING", (0, 0), (-1, -1), 4),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
        mark.hAlign = "CENTER"
        out += [mark, Spacer(1, 3 * mm), plain(term(
            "本档案属机密资料，仅限心理咨询室按规定保管与查阅，不得复印、拍照或外借。", lang), fs.note),
            Spacer(1, 10 * mm)]
        # access log (借阅/查阅登记), filled in by hand
        cols = ["日期", "借阅/查阅人", "事由", "批准人", "归还日期"]
        widths = [24 * mm, 30 * mm, width - 108 * mm, 26 * mm, 28 * mm]
        rows: list[list[Paragraph | str]] = [[cell(term(c, lang), fs.log_head) for c in cols]]
        rows += [[""] * len(cols) for _ in range(ACCESS_ROWS)]
        log = CellTable(rows, colWidths=widths, rowHeights=[7 * mm] + [8.5 * mm] * ACCESS_ROWS)
        log.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, LIGHT),
            ("BACKGROUND", (0, 0), (-1, 0), PANEL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        out += [plain(term("借阅/查阅登记", lang), st.section), log,
                Spacer(1, 4 * mm), plain(printed, st.small)]
        return out

    # --- contents ---------------------------------------------------------------------------------
    def _contents(fs: _FileStyles) -> list[Flowable]:
        rows: list[list[Flowable]] = []
        style: list[TableCommand] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT, None, (1, 2)),
        ]
        for i, (key, text, level) in enumerate(entries):
            rows.append([cell(text, fs.toc1 if level else fs.toc0), PageNumberOf(key, fs.toc_page)])
            if level == 0 and i:
                style.append(("TOPPADDING", (0, i), (-1, i), 9))
        toc = CellTable(rows, colWidths=[width - 20 * mm, 20 * mm], repeatRows=0)
        toc.setStyle(TableStyle(style))
        return [plain(term("目录", lang), fs.st.title), Spacer(1, 8 * mm), toc]

    # --- registration data -------------------------------------------------------------------------
    def _registration(st: Styles) -> list[Flowable]:
        head = anchor(plain(term("来访者基本信息", lang), st.h1), "client")
        grid = info_grid([
            [(term("档案编号", lang), client.case_no), (term("姓名", lang), client.name)],
            [(term("性别", lang), label(client.gender, lang)),
             (term("出生日期", lang), fmt_date(client.birth_date))],
            [(term("年龄", lang), age_text(client, today, lang)),
             (term("来访者类别", lang), label(client.client_type, lang))],
            [(term("年级班级", lang), class_text(client)),
             (term("学号", lang), client.student_no)],
            [(term("联系方式", lang), client.contact),
             (term("来源", lang), label(client.referral_source, lang))],
            [(term("监护人", lang), client.guardian_name),
             (term("监护人联系方式", lang), client.guardian_contact)],
            [(term("登记日期", lang),
              fmt_date(client.created_at.date()) if client.created_at else ""), None],
        ], width, st, label_w=27 * mm)
        out: list[Flowable] = [head, Spacer(1, 2 * mm), grid]
        if client.referral_note:
            out += section(term("转介说明", lang), client.referral_note, st, lang)
        if client.notes:
            out += section(term("备注", lang), client.notes, st, lang)
        return out

    # --- per case ------------------------------------------------------------------------------------
    def _opening(st: Styles, case: Case, counsellor: str) -> list[Flowable]:
        head = anchor(plain(_case_heading(case, "开案", lang), st.h1),
                      f"case{case.id}")
        grid = info_grid([
            [(term("开案日期", lang), fmt_date(case.opened_on)),
             (term("问题类别", lang), label(case.category, lang))],
            [(term("咨询师", lang), counsellor), (term("个案状态", lang),
                                                label(case.status, lang))],
        ], width, st, label_w=24 * mm)
        return ([head, Spacer(1, 2 * mm), grid]
                + section(term("来访原因", lang), case.reason, st, lang)
                + section(term("咨询方案", lang), case.plan, st, lang))

    def _closing(st: Styles, case: Case) -> list[Flowable]:
        head = anchor(plain(_case_heading(case, "结案", lang), st.h1),
                      f"closing{case.id}")
        if case.is_open:
            return [head, Spacer(1, 2 * mm),
                    plain(term("尚未结案", lang), st.body_plain)]
        sat = f"{case.satisfaction} / 5" if case.satisfaction else ""
        grid = info_grid([
            [(term("结案日期", lang), fmt_date(case.closed_on)),
             (term("满意度", lang), sat)],
            [(term("效果评价", lang), label(case.outcome, lang)), None],
        ], width, st, label_w=24 * mm)
        return ([head, Spacer(1, 2 * mm), grid]
                + section(term("结案小结", lang), case.closing_summary, st, lang))

    # --- page furniture ---------------------------------------------------------------------------------
    def on_page(canvas: Canvas, page: int, layout: Layout) -> None:
        if page in layout.drafts:
            draw_watermark(canvas, term("草稿", lang))
        if page > 1:
            draw_header(canvas, geo, f"{room_name} · {title}",
                        f"{term('档案编号', lang)} {client.case_no} · {confidential}")
        seals = layout.seals_on(page)
        note = (f"{term('记录校验码', lang)} " + " / ".join(f"{s}…" for s in seals)
                if seals else "")
        draw_footer(canvas, geo, left=f"{confidential} · {printed}",
                    right=page_of(page, layout.total, en), note=note)

    return build_once(story(), geo=geo, on_page=on_page, title=f"{title} {client.case_no}")
