"""The test report PDF (《心理测验报告》): answers, scores, band, critical box, chart, draft/signed, English,
fonts, no disk."""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from counselroom.domain.consent import Consent, ConsentGiver, ConsentKind
from counselroom.domain.scales import TestRecord, TestStatus, TrendPoint, parse_definition, score
from counselroom.reports import test_report as report_module
from counselroom.reports.test_report import build_test_report
from counselroom.resources import resource_path
from pdf_helpers import (
    CLIENT_NAME,
    PRINTED_AT,
    ROOM,
    SEAL_1,
    assert_embedded_truetype,
    page_texts,
    pdf_text,
    run_without_disk_writes,
    sample_client,
    squeeze,
)

PHQ9 = parse_definition(resource_path("scales", "phq9.json").read_bytes())
#: total 15 (moderately severe), item 9 answered "several days" (critical)
ANSWERS = {"1": "2", "2": "2", "3": "3", "4": "2", "5": "1", "6": "2", "7": "1", "8": "1", "9": "1"}
INTERPRETATION = ("来访者施测时配合良好。总分15分，属中重度抑郁范围，与咨询中观察到的情绪低落相符。"
                  "第9题选择“好几天”，已当场进行风险评估并告知监护人。\n\n建议两周后复测。")
CONSENT = Consent(kind=ConsentKind.TESTING, given_by=ConsentGiver.GUARDIAN, given_on=date(2026, 9, 2), id=5,
                  client_id=7)

CUSTOM = {
    "format": 1, "code": "sleep4", "version": "2.1", "name": {"zh_CN": "睡眠自评（校本）", "en": "Sleep (school)"},
    "options": [{"id": str(n), "label": {"zh_CN": text, "en": en}, "score": n}
                for n, (text, en) in enumerate([("从不", "Never"), ("有时", "Sometimes"), ("经常", "Often"),
                                                ("总是", "Always")], 1)],
    "items": [{"id": "1", "text": {"zh_CN": "入睡困难"}, "subscales": ["night"]},
              {"id": "2", "text": {"zh_CN": "睡得安稳"}, "reverse": True, "subscales": ["night"]},
              {"id": "3", "text": {"zh_CN": "白天犯困"}, "subscales": ["day"]}],
    "subscales": [{"id": "night", "name": {"zh_CN": "夜间睡眠", "en": "Night"}, "method": "mean"},
                  {"id": "day", "name": {"zh_CN": "日间状态", "en": "Daytime"}}],
    "bands": [{"id": "ok", "min": 3, "max": 7, "label": {"zh_CN": "正常"}},
              {"id": "poor", "min": 8, "max": 12, "label": {"zh_CN": "较差"}, "severity": 2}],
}


def administration(definition=PHQ9, answers=None, *, signed: bool = True, test_id: int = 42,
                   interpretation: str = INTERPRETATION, purpose_explained: bool = True) -> TestRecord:
    answers = dict(ANSWERS if answers is None else answers)
    result = score(definition, answers)
    return TestRecord(
        id=test_id, client_id=7, case_id=3, scale_id=1, definition=definition,
        administered_on=date(2026, 11, 20), administered_by=2,
        status=TestStatus.SIGNED if signed else TestStatus.DRAFT, answers=answers, result=result,
        purpose_explained=purpose_explained, consent_id=5, interpretation=interpretation,
        administered_by_name="李老师", client_name=CLIENT_NAME, client_case_no="2026-0012",
        total=result.total if signed else None, subscale_scores=dict(result.subscales) if signed else {},
        band_id=result.band.id if signed and result.band else "", critical=bool(result.critical) and signed,
        signed_at=datetime(2026, 11, 20, 10, 5) if signed else None, seal=SEAL_1 if signed else "")


def trend_for(test: TestRecord) -> list[TrendPoint]:
    points = [TrendPoint(date(2026, 9, 10), 21, PHQ9.band_for(21), 30, "1.0"),
              TrendPoint(date(2026, 10, 15), 12, PHQ9.band_for(12), 35, "1.0")]
    if test.signed:
        points.append(TrendPoint(test.administered_on, test.total, test.band, test.id, "1.0"))
    return points


def build(test: TestRecord | None = None, **overrides) -> bytes:
    test = test or administration()
    kwargs = dict(room_name=ROOM, client=sample_client(), test=test, trend=trend_for(test), consent=CONSENT,
                  printed_by="张主任", printed_at=PRINTED_AT)
    kwargs.update(overrides)
    return build_test_report(**kwargs)


def test_a4_report_with_client_scale_and_administration():
    pdf = build()
    assert pdf.startswith(b"%PDF-")
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = pdf_text(pdf)
    flat = squeeze(text)
    assert ROOM in text and "心理测验报告" in text
    for expected in (CLIENT_NAME, "2026-0012", "男", "15 岁", "初三", "患者健康问卷抑郁量表（PHQ-9）", "1.0",
                     "2026-11-20", "李老师", "已向来访者说明测验的目的和意义"):
        assert expected in text, expected
    assert squeeze("心理测评（监护人，2026-09-02）") in flat
    assert "打印人 张主任" in text and "2026-12-01 09:30" in text and "机密" in text


def test_every_answer_item_by_item_with_its_score():
    flat = squeeze(pdf_text(build()))
    assert squeeze("指导语：在过去两个星期，有多少时候您受到以下任何问题所困扰？") in flat
    assert squeeze("题号题目回答得分") in flat
    positions = []
    for item in PHQ9.items:
        option = item.option(ANSWERS[item.id])
        row = squeeze(f"{item.id}{item.text.zh_CN}{option.label.zh_CN}{option.score}")
        assert row in flat, row
        positions.append(flat.index(row))
    assert positions == sorted(positions)   # in the scale's order


def test_total_band_and_the_band_ladder():
    flat = squeeze(pdf_text(build()))
    assert squeeze("总分 15 范围 0–27") in flat
    assert squeeze("结果分级 中重度抑郁") in flat
    for band in PHQ9.bands:   # every band with its range, the client's highlighted
        assert squeeze(f"{band.min}–{band.max}{band.label.zh_CN}") in flat


def test_item_9_answered_opens_the_red_critical_box():
    text = pdf_text(build())
    flat = squeeze(text)
    assert "危急项目提示" in text
    assert squeeze("第 9 题 有不如死掉或用某种方式伤害自己的念头") in flat
    assert squeeze("回答：好几天（1 分）") in flat
    assert squeeze("第9题：有轻生或自伤的念头") in flat
    assert "本测验签署时已启动危机干预流程。" in flat


def test_no_critical_box_without_a_critical_answer():
    answers = {**ANSWERS, "9": "0"}
    flat = squeeze(pdf_text(build(administration(answers=answers))))
    assert "危急项目提示" not in flat and "总分14" in flat and "中度抑郁" in flat


def test_a_total_in_an_alert_band_is_in_the_box_too():
    answers = {**{str(n): "3" for n in range(1, 8)}, "8": "0", "9": "0"}   # 21, severe, no item 9
    flat = squeeze(pdf_text(build(administration(answers=answers))))
    assert "危急项目提示" in flat and "第9题有不如死掉" not in flat
    assert squeeze("总分 21 属于“重度抑郁”，该分级需要启动危机干预。") in flat


def test_the_counsellors_interpretation_is_printed_in_full():
    flat = squeeze(pdf_text(build()))
    assert "结果解释" in flat
    for paragraph in INTERPRETATION.split("\n\n"):
        assert squeeze(paragraph) in flat
    empty = squeeze(pdf_text(build(administration(interpretation=""))))
    assert squeeze("结果解释（未填写）") in empty


def test_the_trend_chart_shows_every_signed_administration_with_this_one_highlighted(monkeypatch):
    drawn = []

    def spy(points, bands, **kwargs):
        drawn.append((points, bands, kwargs))
        return real(points, bands, **kwargs)

    real = report_module.score_chart
    monkeypatch.setattr(report_module, "score_chart", spy)
    text = pdf_text(build())
    assert drawn and all(call == drawn[0] for call in drawn)   # the same chart in both passes
    points, bands, kwargs = drawn[-1]
    assert [(p.day, p.score, p.current) for p in points] == [
        (date(2026, 9, 10), 21, False), (date(2026, 10, 15), 12, False), (date(2026, 11, 20), 15, True)]
    assert [(b.low, b.high, b.label) for b in bands] == [(b.min, b.max, b.label.zh_CN) for b in PHQ9.bands]
    assert (kwargs["low"], kwargs["high"]) == (0, 27)
    assert "历次测验趋势" in text
    for day in ("2026-09-10", "2026-10-15"):
        assert day in text
    assert "大圆点为本次测验" in squeeze(text)


def test_without_signed_results_the_chart_says_so():
    draft = administration(answers={"1": "1"}, signed=False)
    flat = squeeze(pdf_text(build(draft, trend=[])))
    assert "暂无已签署的测验结果。" in flat


def test_signed_status_line_shows_the_seal_prefix_and_no_draft_marks():
    text = pdf_text(build())
    assert "已签署 2026-11-20 10:05" in text
    assert f"记录校验码 {SEAL_1[:16]}" in text
    assert SEAL_1[:17] not in text
    assert "草稿" not in text
    assert squeeze("施测人（签名）：") in squeeze(text)


def test_a_draft_has_the_banner_and_the_watermark_on_every_page():
    pdf = build(administration(signed=False))
    pages = page_texts(pdf)
    assert len(pages) >= 2
    for page in pages:
        assert "草稿" in page
    assert "草稿（未签署）" in pages[0]
    flat = squeeze("".join(pages))
    assert "已签署2026" not in flat and "记录校验码" not in flat and SEAL_1[:16] not in flat
    # the unsigned result is shown, with what signing will do
    assert squeeze("总分 15") in flat
    assert "签署本测验将启动危机干预流程；请立即进行风险评估。" in flat
    assert "本次测验尚未签署。" in flat


def test_a_partial_draft_shows_the_open_items():
    draft = administration(answers={"1": "3", "2": "2"}, signed=False, purpose_explained=False)
    flat = squeeze(pdf_text(build(draft, consent=None)))
    assert flat.count("（未作答）") == 7
    assert "尚有7题未作答，暂无总分。" in flat
    assert squeeze("目的说明 未说明") in flat and squeeze("知情同意（无）") in flat
    assert "危急项目提示" not in flat


def test_reverse_scored_items_and_subscales():
    custom = parse_definition(json.dumps(CUSTOM, ensure_ascii=False).encode("utf-8"))
    test = administration(custom, {"1": "4", "2": "1", "3": "3"})     # 4 + (5 - 1) + 3 = 11
    flat = squeeze(pdf_text(build(test, trend=[])))
    assert squeeze("睡眠自评（校本）") in flat and squeeze("版本 2.1") in flat
    assert squeeze("1入睡困难总是4") in flat
    assert squeeze("2睡得安稳〔反向计分〕从不4") in flat
    assert "标有〔反向计分〕的题目按反向计分" in flat
    assert squeeze("总分 11 范围 3–12") in flat and "较差" in flat
    assert squeeze("分量表所含题目计分方式得分") in flat
    assert squeeze("夜间睡眠1、2平均分4") in flat and squeeze("日间状态3总和3") in flat
    assert "反向计分" not in squeeze(pdf_text(build()))   # PHQ-9 has no reverse-scored item


def test_a_withdrawn_consent_says_so():
    withdrawn = Consent(kind=ConsentKind.TESTING, given_by=ConsentGiver.CLIENT, given_on=date(2026, 9, 2),
                        id=5, client_id=7, withdrawn_on=date(2026, 11, 25))
    flat = squeeze(pdf_text(build(consent=withdrawn)))
    assert squeeze("心理测评（来访者本人，2026-09-02），已于 2026-11-25 撤回") in flat


def test_a_long_scale_flows_over_pages_with_the_table_head_repeated():
    items = [{"id": str(n), "text": {"zh_CN": f"【第{n}题】" + "最近一段时间里，我常常觉得心里有说不出的烦闷，做什么事情都提不起精神。"}}
             for n in range(1, 61)]
    scale = {**CUSTOM, "code": "long60", "items": items, "subscales": [],
             "bands": [{"id": "all", "min": 60, "max": 240, "label": {"zh_CN": "全部"}}]}
    definition = parse_definition(json.dumps(scale, ensure_ascii=False).encode("utf-8"))
    pdf = build(administration(definition, {str(n): str(1 + n % 4) for n in range(1, 61)}), trend=[])
    pages = page_texts(pdf)
    n = len(pages)
    assert n >= 4
    for i, page in enumerate(pages, 1):
        assert f"第 {i} 页 / 共 {n} 页" in page
        assert "2026-0012" in page and "机密" in page
    flat = squeeze("".join(pages))
    assert [int(x) for x in re.findall(r"【第(\d+)题】", flat)] == list(range(1, 61))
    assert sum("题号" in squeeze(page) for page in pages) >= 3     # the head repeats on each page of the table


def test_markup_in_text_is_printed_literally():
    test = administration(interpretation="<b>注意</b> & 复测 <br/>")
    text = pdf_text(build(test, printed_by="A&B <i>"))
    assert "<b>注意</b> & 复测 <br/>" in text and "A&B <i>" in text


def test_english():
    pages = page_texts(build(lang="en"))
    text = "\n".join(pages)
    flat = squeeze(text)
    for expected in ("Psychological test report", "Patient Health Questionnaire (PHQ-9)", "Case no.",
                     "Test date", "Examiner", "Results", "Moderately severe", "Critical answers",
                     "Counsellor's interpretation", "Scores over time", "Answers", "CONFIDENTIAL",
                     f"Page 1 of {len(pages)}", "Signed 2026-11-20 10:05"):
        assert expected in text, expected
    assert squeeze("Psychological testing · Guardian · 2026-09-02") in flat
    for item in PHQ9.items:
        option = item.option(ANSWERS[item.id])
        assert squeeze(f"{item.id}{item.text.en}{option.label.en}{option.score}") in flat
    assert squeeze("Answer: Several days (score 1)") in flat
    assert CLIENT_NAME in text
    assert "做事时提不起劲" not in flat and "测验结果" not in flat


def test_fonts_are_embedded_truetype():
    assert_embedded_truetype(build())
    assert_embedded_truetype(build(lang="en"))


@pytest.mark.parametrize("signed", [True, False])
def test_builder_writes_nothing_to_disk(tmp_path, signed):
    report = run_without_disk_writes(tmp_path, f"""
        from pdf_helpers import *
        from test_test_report import administration, build
        # --- build
        pdf = build(administration(signed={signed}))
    """)
    assert report["size"] > 10_000


# -- format 2: subscale bands, validity and positive rules (issue 17) ----------------------------------------
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "scales"


def fixture(name: str):
    return parse_definition((FIXTURES / f"{name}.json").read_bytes())


def mht(yes: int, validity_no: int) -> dict[str, str]:
    answers = {str(n): "yes" if n <= yes else "no" for n in range(1, 91)}
    answers.update({str(n): "no" if n - 91 < validity_no else "yes" for n in range(91, 101)})
    return answers


def test_an_invalid_sheet_says_so_and_is_not_banded():
    flat = squeeze(pdf_text(build(administration(fixture("mht_like"), mht(90, 8)), trend=[])))
    assert squeeze("答卷无效：效度量表得分>7，答卷无效（8）。本次作答不作分级，也不判定阳性。") in flat
    assert squeeze("总分 90 范围 0–90 结果分级 —") in flat and "阳性：" not in flat
    assert squeeze("效度量表91、92、93、94、95、96、97、98、99、100总和8—") in flat


def test_positive_criteria_and_subscale_bands_are_printed():
    flat = squeeze(pdf_text(build(administration(fixture("mht_like"), mht(66, 0)), trend=[])))
    assert squeeze("阳性：总分≥65（66）；任一内容量表≥8（15）") in flat
    assert squeeze("分量表所含题目计分方式得分结果分级") in flat
    assert squeeze("总和15高") in flat and squeeze("总和0低") in flat
    calm = squeeze(pdf_text(build(administration(fixture("mht_like"), mht(2, 0)), trend=[])))
    assert "未达阳性标准。" in calm
    english = squeeze(pdf_text(build(administration(fixture("mht_like"), mht(66, 0)), trend=[], lang="en")))
    assert squeeze("Positive: Total 65 or more (66), A content scale of 8 or more (15)") in english


def test_alert_subscale_bands_and_alert_rules_are_in_the_red_box():
    answers = {"1": "3", "2": "yes", "3": "2", "4": "4", "5": "0", "6": "2"}
    flat = squeeze(pdf_text(build(administration(fixture("mixed_like"), answers, signed=False), trend=[])))
    assert squeeze("分量表“分量表甲”得分 8 属于“高”，该分级需要启动危机干预。") in flat
    assert squeeze("符合阳性标准“甲高且第6题≥2”，该标准需要启动危机干预。") in flat
    assert squeeze("签署本测验将启动危机干预流程") in flat
