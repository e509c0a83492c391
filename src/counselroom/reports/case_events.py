"""Crisis interventions and referrals as they appear in a bound case file (R7, R8).

A crisis says what opened it: a signed visit record or test, or a report (R20: a 班主任 or a parent
calls about a student): then who reported it, how to reach them, when, and what they said, as the
counsellor typed it when opening the crisis by hand."""

from __future__ import annotations

from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, TableStyle

from counselroom.domain.crisis import Crisis, StepRecord, StepState
from counselroom.domain.referrals import Referral
from counselroom.reports.labels import english, label, term
from counselroom.reports.layout import LIGHT, NAVY, PANEL, Styles, fmt_date, fmt_datetime, make_style
from counselroom.reports.plain_text import CellTable, KeepTogether, cell
from counselroom.reports.visit_record import info_grid, section


def _step_text(record: StepRecord, lang: str) -> str:
    if record.state is StepState.PENDING:
        return term("未完成", lang)
    if record.state is StepState.NOT_APPLICABLE:
        return term("不适用", lang) + (": " if english(lang) else "：") + record.reason
    parts = [fmt_datetime(record.done_at) if record.done_at else "", record.done_by]
    if record.contact:
        parts.append(f"{term('告知对象', lang)} {record.contact}")
    if record.method:
        parts.append(f"{term('方式', lang)} {record.method}")
    if record.follow_up_dates:
        parts.append(f"{term('跟进日期', lang)} " + (", " if english(lang) else "、").join(
            fmt_date(d) for d in record.follow_up_dates))
    text = " · ".join(p for p in parts if p)
    return text + (f"\n{record.note}" if record.note else "")


@cache
def _step_name_style(english: bool) -> ParagraphStyle:
    # English names wrap at spaces; CJK wrapping would split "leadership" mid-word.
    return make_style("stepname", size=10.5, leading=14, bold=True, cjk=not english)


def _opened_from(crisis: Crisis, lang: str) -> list[list[tuple[str, str] | None]]:
    """The grid's rows saying what opened the crisis (none for a record that does not say)."""
    report = crisis.report
    if report is not None:
        return [[(term("报告来源", lang), label(report.source, lang)),
                 (term("报告时间", lang), fmt_datetime(report.reported_at))],
                [(term("报告人", lang), report.reporter or label(report.source, lang)),
                 (term("联系方式", lang), report.reporter_contact)]]
    if crisis.visit_no is not None:
        opened_by = term("第 {n} 次咨询记录（{date}）", lang).format(n=crisis.visit_no, date=fmt_date(crisis.visit_date))
    elif crisis.test_id is not None:
        opened_by = term("{scale} 测验（{date}）", lang).format(scale=crisis.test_scale or crisis.test_scale_code,
                                                             date=fmt_date(crisis.test_date))
    else:
        return []
    return [[(term("启动依据", lang), opened_by), None]]


def crisis_flowables(crisis: Crisis, st: Styles, width: float, lang: str,
                     heading: Paragraph) -> list[Flowable]:
    """One crisis: risk, when it opened and closed, what opened it (a record, or who reported what),
    every required step with who/when or why not."""
    status = term("已结束", lang) if not crisis.is_open else term("处理中", lang)
    grid = info_grid([
        [(term("风险等级", lang), label(crisis.risk, lang)), (term("状态", lang), status)],
        [(term("启动时间", lang), fmt_datetime(crisis.opened_at)),
         (term("结束时间", lang), fmt_datetime(crisis.closed_at) if crisis.closed_at else "")],
        *_opened_from(crisis, lang),
    ], width, st, label_w=24 * mm)
    rows: list[list[Paragraph]] = [[cell(term("必要步骤", lang), st.label),
                                    cell(term("完成情况", lang), st.label)]]
    name_style = _step_name_style(english(lang))
    for record in crisis.steps:
        rows.append([cell(label(record.step, lang), name_style),
                     cell(_step_text(record, lang), st.value)])
    step_w = (42 if english(lang) else 34) * mm
    steps = CellTable(rows, colWidths=[step_w, width - step_w], repeatRows=1)
    steps.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, LIGHT),
        ("BACKGROUND", (0, 0), (-1, 0), PANEL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    out: list[Flowable] = [CondPageBreak(60 * mm), heading, Spacer(1, 2 * mm), grid]
    if crisis.report is not None:
        out += section(term("报告内容", lang), crisis.report.report, st, lang)
    out += [Spacer(1, 3 * mm), steps]
    if crisis.closing_note:
        out += section(term("结束说明", lang), crisis.closing_note, st, lang)
    out.append(Spacer(1, 5 * mm))
    return out


def referral_flowables(referral: Referral, st: Styles, width: float, lang: str,
                       heading: Paragraph) -> list[Flowable]:
    consent = term("是", lang) if referral.guardian_consent else term("否", lang)
    if referral.guardian_consent and referral.consent_on:
        on = fmt_date(referral.consent_on)
        consent += f" ({on})" if english(lang) else f"（{on}）"
    grid = info_grid([
        [(term("转介日期", lang), fmt_date(referral.referred_on)),
         (term("转介机构", lang), referral.institution)],
        [(term("联系人", lang), referral.contact), (term("监护人同意", lang), consent)],
        [(term("跟进日期", lang), fmt_date(referral.follow_up_on)),
         (term("反馈日期", lang), fmt_date(referral.feedback_on))],
    ], width, st, label_w=24 * mm)
    out: list[Flowable] = [KeepTogether([heading, Spacer(1, 2 * mm), grid])]
    out += section(term("转介原因", lang), referral.reason, st, lang)
    out += section(term("转介结果与反馈", lang), referral.feedback, st, lang)
    out.append(Spacer(1, 5 * mm))
    return out
