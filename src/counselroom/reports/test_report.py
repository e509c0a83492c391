"""The test report (《心理测验报告》): one administration of a scale on paper (R5).

Who took which scale when, the answers item by item, the total, subscales and
severity band, the critical answers, the counsellor's interpretation and the
client's scores on the scale over time.  Built in memory (``bytes`` out,
nothing written to disk), in the furniture of the other printed records.
:func:`administration_flowables` is the report's body, ready to be bound
elsewhere (e.g. a case file).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counselroom.domain.clients import Client
from counselroom.domain.consent import Consent
from counselroom.domain.scales import Band, Item, Number, ScaleDefinition, TestRecord, TrendPoint
from counselroom.reports.fonts import FONT_BOLD, FONT_REGULAR
from counselroom.reports.labels import english, label, term
from counselroom.reports.layout import (
    GREY,
    INK,
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
    make_style,
)
from counselroom.reports.plain_text import markup
from counselroom.reports.record_document import build_record_document
from counselroom.reports.score_chart import BAND_FILLS, BAND_TEXT, ChartBand, ChartPoint, score_chart
from counselroom.reports.visit_record import (
    SECTION_MIN,
    age_text,
    class_text,
    draft_banner,
    info_grid,
    seal_prefix,
    section,
)

GEOMETRY = PageGeometry()
CHART_HEIGHT = 48 * mm
HIGH = 3            # the severity printed in red


def record_mark(test: TestRecord) -> RecordMark:
    return RecordMark(seal=seal_prefix(test.seal) if test.signed else "")


def number_text(value: float | int | None) -> str:
    """A score as printed: whole numbers without decimals, means with at most two."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return str(int(value))
    return f"{Decimal(str(value)):.2f}".rstrip("0").rstrip(".")


def range_text(low: Number, high: Number) -> str:
    return f"{number_text(low)}–{number_text(high)}"


class _Styles(Styles):
    """The record styles plus the report's own (table cells, score, band ladder)."""

    def __init__(self) -> None:
        super().__init__()
        self.head = make_style("thead", size=9, leading=12, bold=True, color=NAVY)
        self.head_c = make_style("theadc", size=9, leading=12, bold=True, color=NAVY, align=TA_CENTER)
        self.cell = make_style("cell", size=10, leading=14)
        self.cell_c = make_style("cellc", size=10, leading=14, align=TA_CENTER)
        self.cell_grey = make_style("cellgrey", size=9.5, leading=14, color=GREY)
        self.cell_red = make_style("cellred", size=10, leading=14, bold=True, color=RED)
        self.cell_red_c = make_style("cellredc", size=10, leading=14, bold=True, color=RED, align=TA_CENTER)
        self.total = make_style("total", size=18, leading=22, bold=True, color=NAVY)
        self.band = make_style("band", size=12.5, leading=17, bold=True)
        self.ladder = make_style("ladder", size=8.5, leading=11, color=GREY, align=TA_CENTER)
        self.ladder_on = make_style("ladderon", size=8.5, leading=11, bold=True, align=TA_CENTER)
        self.alarm = make_style("alarm", size=11, leading=15, bold=True, color=RED)
        self.alarm_text = make_style("alarmtext", size=10, leading=15, color=INK)
        self.alarm_note = make_style("alarmnote", size=9, leading=13, color=RED)
        self.caption = make_style("caption", size=8.5, leading=12, color=GREY, align=TA_CENTER)


def _band_colours(band: Band) -> tuple[colors.Color, colors.Color]:
    """(fill, text) of a band, the same soft colours as the trend chart; high severity in red."""
    severity = max(0, min(band.severity, len(BAND_FILLS) - 1))
    if band.severity >= HIGH:
        return RED_BG, RED
    return BAND_FILLS[severity], BAND_TEXT[severity]


def _item_no(item: Item, lang: str) -> str:
    return term("第 {n} 题", lang).format(n=item.id)


# --- the pieces -------------------------------------------------------------------------------

def _consent_text(consent: Consent | None, lang: str) -> str:
    if consent is None:
        return term("（无）", lang)
    text = term("{kind}（{giver}，{date}）", lang).format(
        kind=label(consent.kind, lang), giver=label(consent.given_by, lang), date=fmt_date(consent.given_on))
    if consent.withdrawn_on is not None:
        text += term("，", lang) + term("已于 {date} 撤回", lang).format(date=fmt_date(consent.withdrawn_on))
    return text


def _info(client: Client, test: TestRecord, consent: Consent | None, width: float, st: _Styles,
          lang: str) -> Table:
    d = test.definition
    explained = term("已向来访者说明测验的目的和意义", lang) if test.purpose_explained else term("未说明", lang)
    return info_grid([
        [(term("档案编号", lang), client.case_no), (term("姓名", lang), client.name),
         (term("性别", lang), label(client.gender, lang))],
        [(term("年龄", lang), age_text(client, test.administered_on, lang)),
         (term("年级班级", lang), class_text(client) or label(client.client_type, lang)),
         (term("施测日期", lang), fmt_date(test.administered_on))],
        [(term("量表", lang), d.name.get(lang)), None, (term("版本", lang), d.version)],
        [(term("施测人", lang), test.administered_by_name), (term("目的说明", lang), explained), None],
        [(term("知情同意", lang), _consent_text(consent, lang)), None, None],
    ], width, st)


def _totals(test: TestRecord) -> tuple[Number | None, Band | None, dict[str, Number | None]]:
    """(total, band, subscale scores): the sealed values of a signed test, the live ones of a draft."""
    result = test.result
    if test.signed:
        return test.total, test.band, dict(test.subscale_scores)
    if result is None:
        return None, None, {}
    return result.total, result.band, dict(result.subscales)


def _results(test: TestRecord, width: float, st: _Styles, lang: str) -> list[Flowable]:
    d = test.definition
    total, band, _subs = _totals(test)
    low, high = d.total_range
    missing = len(test.result.missing) if test.result else len(d.items)
    if total is None:
        total_cell = [Paragraph("—", st.total),
                      Paragraph(markup(term("尚有 {n} 题未作答，暂无总分。", lang).format(n=missing)), st.small)]
    else:
        total_cell = [Paragraph(markup(number_text(total)), st.total),
                      Paragraph(markup(term("范围 {range}", lang).format(range=range_text(low, high))), st.small)]
    if band is None:
        band_cell = Paragraph("—", st.band)
        fill, ink = colors.white, INK
    else:
        fill, ink = _band_colours(band)
        band_cell = Paragraph(markup(band.label.get(lang)), st.band.clone("bandc", textColor=ink))
    label_w = 21 * mm
    value_w = (width - 2 * label_w) / 2
    head = Table([[Paragraph(markup(term("总分", lang)), st.label), total_cell,
                   Paragraph(markup(term("结果分级", lang)), st.label), band_cell]],
                 colWidths=[label_w, value_w, label_w, value_w])
    head_style: list[TableCommand] = [
        ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, LIGHT),
        ("BACKGROUND", (0, 0), (0, -1), PANEL),
        ("BACKGROUND", (2, 0), (2, -1), PANEL),
        ("BACKGROUND", (3, 0), (3, 0), fill),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if band is not None and band.severity >= HIGH:
        head_style.append(("BOX", (3, 0), (3, 0), 1.4, RED))
    head.setStyle(TableStyle(head_style))
    out: list[Flowable] = [head, Spacer(1, 2 * mm), _ladder(d, band, width, st, lang), *_rules(test, st, lang)]
    subs = _subscales(test, width, st, lang)
    if subs is not None:
        out += [Spacer(1, 3 * mm), subs]
    return [CondPageBreak(SECTION_MIN), KeepTogether(
        [Paragraph(markup(term("测验结果", lang)), st.section), *out])]


def _rules(test: TestRecord, st: _Styles, lang: str) -> list[Flowable]:
    """Format 2 rules: why a sheet is not valid, or the positive criteria it meets (or that it meets none)."""
    result = test.result
    if result is None or not test.definition.rules:
        return []
    sep, hit = (", ", "{label} ({value})") if english(lang) else ("；", "{label}（{value}）")
    fired = result.positive_hits if result.valid else result.invalid_hits
    hits = sep.join(hit.format(label=h.label.get(lang), value=number_text(h.value)) for h in fired)
    if not result.valid:
        text, style = term("答卷无效：{rules}。本次作答不作分级，也不判定阳性。", lang).format(rules=hits), st.cell_red
    elif result.positive:
        text, style = term("阳性：{rules}", lang).format(rules=hits), st.band
    elif result.complete:
        text, style = term("未达阳性标准。", lang), st.cell
    else:
        return []
    return [Spacer(1, 2 * mm), Paragraph(markup(text), style)]


def _ladder(d: ScaleDefinition, current: Band | None, width: float, st: _Styles, lang: str) -> Table:
    """Every band of the scale side by side, the client's highlighted."""
    cells: list[Paragraph] = []
    style: list[TableCommand] = [
        ("BOX", (0, 0), (-1, -1), 0.5, LIGHT),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for col, band in enumerate(d.bands):
        on = current is not None and band.id == current.id
        fill, ink = _band_colours(band)
        text = f"{range_text(band.min, band.max)}<br/>{markup(band.label.get(lang))}"
        cells.append(Paragraph(text, st.ladder_on.clone(f"ladder{col}", textColor=ink) if on else st.ladder))
        if on:
            style += [("BACKGROUND", (col, 0), (col, 0), fill), ("BOX", (col, 0), (col, 0), 1.4, ink)]
    table = Table([cells], colWidths=[width / len(cells)] * len(cells))
    table.setStyle(TableStyle(style))
    return table


def _subscales(test: TestRecord, width: float, st: _Styles, lang: str) -> Table | None:
    d = test.definition
    if not d.subscales:
        return None
    _total, _band, scores = _totals(test)
    banded = any(sub.bands for sub in d.subscales)
    bands = test.result.subscale_bands if test.result else {}
    rows = [[Paragraph(markup(term(h, lang)), st.head) for h in ("分量表", "所含题目", "计分方式")]
            + [Paragraph(markup(term("得分", lang)), st.head_c)]
            + ([Paragraph(markup(term("结果分级", lang)), st.head_c)] if banded else [])]
    sep = ", " if english(lang) else "、"
    for sub in d.subscales:
        method = term("平均分", lang) if sub.method == "mean" else term("总和", lang)
        band = bands.get(sub.id)
        rows.append([Paragraph(markup(sub.name.get(lang)), st.cell),
                     Paragraph(markup(sep.join(sub.items)), st.cell_grey),
                     Paragraph(markup(method), st.cell_grey),
                     Paragraph(markup(number_text(scores.get(sub.id))), st.cell_c)]
                    + ([Paragraph(markup(band.label.get(lang) if band else "—"), st.cell_c)] if banded else []))
    widths = [0.3, 0.28, 0.12, 0.12, 0.18] if banded else [0.36, 0.34, 0.14, 0.16]
    table = Table(rows, colWidths=[width * w for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, NAVY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, LIGHT),
        ("BACKGROUND", (0, 0), (-1, 0), PANEL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _alarm(test: TestRecord, width: float, st: _Styles, lang: str) -> list[Flowable]:
    """The red box: critical answers and a total in a band that calls for crisis intervention."""
    result = test.result
    if result is None:
        return []
    total, band, _subs = _totals(test)
    d = test.definition
    lines: list[Flowable] = [Paragraph(markup(term("危急项目提示", lang)), st.alarm)]
    for hit in result.critical:
        item = d.item(hit.item)
        if item is None:
            continue
        option = item.option(hit.option)
        answer = option.label.get(lang) if option else hit.option
        lines.append(Paragraph(
            f"<b>{markup(_item_no(item, lang))}</b>　{markup(item.text.get(lang))}", st.alarm_text))
        lines.append(Paragraph(markup(term("回答：{answer}（{score} 分）", lang).format(
            answer=answer, score=hit.score)), st.cell_red))
        if hit.note.get(lang):
            lines.append(Paragraph(markup(hit.note.get(lang)), st.alarm_note))
        lines.append(Spacer(1, 1.5 * mm))
    if band is not None and band.alert and total is not None:
        lines.append(Paragraph(markup(term("总分 {total} 属于“{band}”，该分级需要启动危机干预。", lang).format(
            total=number_text(total), band=band.label.get(lang))), st.cell_red))
        lines.append(Spacer(1, 1.5 * mm))
    for sub in d.subscales:
        sub_band = result.subscale_bands.get(sub.id)
        if sub_band is not None and sub_band.alert:
            lines.append(Paragraph(markup(term("分量表“{subscale}”得分 {score} 属于“{band}”，该分级需要启动危机干预。",
                                               lang).format(subscale=sub.name.get(lang),
                                                            score=number_text(result.subscales.get(sub.id)),
                                                            band=sub_band.label.get(lang))), st.cell_red))
            lines.append(Spacer(1, 1.5 * mm))
    for rule_hit in result.positive_hits:
        if rule_hit.alert:
            lines.append(Paragraph(markup(term("符合阳性标准“{rule}”，该标准需要启动危机干预。", lang).format(
                rule=rule_hit.label.get(lang))), st.cell_red))
            lines.append(Spacer(1, 1.5 * mm))
    if len(lines) == 1:
        return []
    lines.append(Paragraph(markup(term("本测验签署时已启动危机干预流程。", lang) if test.signed
                                  else term("签署本测验将启动危机干预流程；请立即进行风险评估。", lang)),
                           st.alarm_note))
    box = Table([[lines]], colWidths=[width])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.6, RED),
        ("BACKGROUND", (0, 0), (-1, -1), RED_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [Spacer(1, 3 * mm), KeepTogether([box])]


def _answers(test: TestRecord, width: float, st: _Styles, lang: str) -> list[Flowable]:
    d = test.definition
    result = test.result
    item_scores = dict(result.item_scores) if result else {}
    critical = {(h.item, h.option) for h in result.critical} if result else set()
    no_w, score_w = 14 * mm, 14 * mm
    # the answer column as wide as the longest answer (bold: a critical answer), within reason
    longest = max((stringWidth(o.label.get(lang), FONT_BOLD, st.cell.fontSize) for i in d.items
                   for o in i.options), default=0)
    answer_w = min(max(longest + 9, 26 * mm), 60 * mm)
    rows = [[Paragraph(markup(term("题号", lang)), st.head_c), Paragraph(markup(term("题目", lang)), st.head),
             Paragraph(markup(term("回答", lang)), st.head), Paragraph(markup(term("得分", lang)), st.head_c)]]
    style: list[TableCommand] = [
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, NAVY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, LIGHT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, NAVY),
        ("BACKGROUND", (0, 0), (-1, 0), PANEL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    any_reverse = False
    reverse_tag = markup(term("〔反向计分〕", lang))
    for row, item in enumerate(d.items, 1):
        text = markup(item.text.get(lang))
        if item.reverse:
            any_reverse = True
            text += f' <font size="8" color="#5A5A5A">{reverse_tag}</font>'
        chosen = test.answers.get(item.id)
        option = item.option(chosen) if chosen else None
        hit = (item.id, chosen) in critical
        if option is None:
            answer = Paragraph(markup(term("（未作答）", lang)), st.cell_grey)
            points = Paragraph("—", st.cell_c)
        else:
            answer = Paragraph(markup(option.label.get(lang)), st.cell_red if hit else st.cell)
            points = Paragraph(markup(number_text(item_scores.get(item.id))), st.cell_red_c if hit else st.cell_c)
        rows.append([Paragraph(markup(item.id), st.cell_red_c if hit else st.cell_c), Paragraph(text, st.cell),
                     answer, points])
        if hit:
            style += [("BACKGROUND", (0, row), (-1, row), RED_BG),
                      ("LINEBEFORE", (0, row), (0, row), 2.5, RED)]
    table = Table(rows, colWidths=[no_w, width - no_w - answer_w - score_w, answer_w, score_w], repeatRows=1)
    table.setStyle(TableStyle(style))
    out: list[Flowable] = [CondPageBreak(SECTION_MIN), Paragraph(markup(term("作答明细", lang)), st.section)]
    if d.instructions.get(lang):
        out.append(Paragraph(f"<b>{markup(term('指导语', lang))}</b>：{markup(d.instructions.get(lang))}"
                             if not english(lang) else
                             f"<b>{markup(term('指导语', lang))}</b>: {markup(d.instructions.get(lang))}",
                             st.small.clone("instructions", spaceAfter=3)))
    out.append(table)
    if any_reverse:
        out += [Spacer(1, 1.5 * mm), Paragraph(markup(term(
            "标有〔反向计分〕的题目按反向计分：得分 = 该题最高分 + 最低分 − 所选选项的分数。", lang)), st.small)]
    return out


def _chart_bands(d: ScaleDefinition, lang: str) -> list[ChartBand]:
    """The bands for the chart, which pads whole-number bands by half a point either side:
    bands of a mean total meet at 0.01 steps, so their padding is taken back to 0.005."""
    pad = Decimal("0.5") - (Decimal("0.5") if d.whole_total else Decimal("0.005"))
    return [ChartBand(float(Decimal(str(b.min)) + pad), float(Decimal(str(b.max)) - pad), b.label.get(lang),
                      b.severity) for b in d.bands]


def _trend(test: TestRecord, trend: Sequence[TrendPoint], width: float, st: _Styles,
           lang: str) -> list[Flowable]:
    d = test.definition
    points = [ChartPoint(p.on, float(p.total), current=p.test_id == test.id) for p in trend
              if p.total is not None]
    total, _band, _subs = _totals(test)
    draft_point = not test.signed and total is not None and not any(p.current for p in points)
    if draft_point and total is not None:
        points.append(ChartPoint(test.administered_on, float(total), current=True))
    head = [CondPageBreak(CHART_HEIGHT + 16 * mm), Paragraph(markup(term("历次测验趋势", lang)), st.section)]
    if not points:
        return head + [Paragraph(markup(term("暂无已签署的测验结果。", lang)), st.empty)]
    low, high = d.total_range
    low = min([float(low)] + [p.score for p in points])
    high = max([float(high)] + [p.score for p in points])
    drawing = score_chart(points, _chart_bands(d, lang), low=low, high=high, width=width, height=CHART_HEIGHT)
    caption = term("本量表历次已签署测验的总分，背景为结果分级；大圆点为本次测验。", lang)
    if draft_point:
        caption += (" " if english(lang) else "") + term("本次测验尚未签署。", lang)
    return head + [KeepTogether([drawing, Paragraph(markup(caption), st.caption)])]


def _source(d: ScaleDefinition, st: _Styles, lang: str) -> list[Flowable]:
    out = []
    for key, text in (("量表来源", d.source), ("版权说明", d.licence)):
        if text:
            sep = ": " if english(lang) else "："
            out.append(Paragraph(f"<b>{markup(term(key, lang))}</b>{sep}{markup(text)}",
                                 st.small.clone("source", fontSize=7.5, leading=10.5, spaceAfter=2)))
    return [Spacer(1, 4 * mm), *out] if out else []


def _status(test: TestRecord, width: float, st: _Styles, lang: str) -> Flowable:
    left: Paragraph | list[Paragraph]
    if test.signed:
        # two lines on purpose: the seal prefix never breaks in the middle
        left = [Paragraph(markup(f"{term('已签署', lang)} {fmt_datetime(test.signed_at)}"), st.status),
                Paragraph(markup(f"{term('记录校验码', lang)} {seal_prefix(test.seal)}…"),
                          st.status.clone("seal", fontName=FONT_REGULAR, fontSize=9, leading=12))]
    else:
        left = Paragraph(markup(term("草稿（未签署）", lang)), st.risk_high)
    sign_text = (f"{term('施测人', lang)}（签名）：" if not english(lang)
                 else f"{term('施测人', lang)} (signature):")
    sign = Paragraph(markup(sign_text), st.label)
    sign_w = stringWidth(sign_text, FONT_REGULAR, st.label.fontSize) + 6
    line_w = 32 * mm
    table = Table([[left, sign, ""]], colWidths=[width - sign_w - line_w, sign_w, line_w], rowHeights=[13 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, NAVY),
        ("LINEBELOW", (2, 0), (2, 0), 0.6, GREY),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
    ]))
    return table


# --- the report -------------------------------------------------------------------------------

def administration_flowables(*, client: Client, test: TestRecord, trend: Sequence[TrendPoint] = (),
                             consent: Consent | None = None, st: Styles | None = None, width: float,
                             lang: str = "zh_CN", anchor_key: str | None = None) -> list[Flowable]:
    """The body of one test report; its first flowable carries the record's mark (the pages show
    the draft watermark while unsigned) and ``anchor_key``; the list ends with the end marker."""
    st = st if isinstance(st, _Styles) else _Styles()
    out: list[Flowable] = []
    mark = record_mark(test)
    info = _info(client, test, consent, width, st, lang)
    if not test.signed:
        out += [anchor(draft_banner(width, st, lang), anchor_key, mark), Spacer(1, 3 * mm), info]
    else:
        out.append(anchor(info, anchor_key, mark))
    out += _results(test, width, st, lang)
    out += _alarm(test, width, st, lang)
    out += section(term("结果解释", lang), test.interpretation, st, lang)
    out += _trend(test, trend, width, st, lang)
    out += _answers(test, width, st, lang)
    out += _source(test.definition, st, lang)
    out += [Spacer(1, 5 * mm), KeepTogether([_status(test, width, st, lang)]), EndRecord()]
    return out


def build_test_report(*, room_name: str, client: Client, test: TestRecord, trend: Sequence[TrendPoint] = (),
                      consent: Consent | None = None, printed_by: str, printed_at: datetime,
                      lang: str = "zh_CN") -> bytes:
    """Return one 《心理测验报告》 as PDF bytes (A4). Nothing is written to disk.

    ``trend``: the client's signed administrations of the scale (``TestService.trend``); the one
    this report is about is drawn larger.  ``consent``: the consent the test refers to, if any.
    """
    return build_record_document(
        room_name=room_name, title_zh="心理测验报告", case_no=client.case_no, printed_by=printed_by,
        printed_at=printed_at, lang=lang, geo=GEOMETRY, styles=_Styles, subtitle=test.definition.name.get(lang),
        doc_title=f"{term('心理测验报告', lang)} {client.case_no} {test.scale_code}",
        body=lambda st: administration_flowables(client=client, test=test, trend=trend, consent=consent, st=st,
                                                 width=GEOMETRY.body_width, lang=lang))


__all__ = ["administration_flowables", "build_test_report", "number_text", "record_mark"]
