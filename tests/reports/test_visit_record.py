"""The visit record PDF (《心理咨询记录》): content, page footers, draft banner, long text, fonts, no disk."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from counselroom.domain.visits import RiskLevel
from counselroom.reports.labels import label
from counselroom.reports.visit_record import build_visit_record
from pdf_helpers import (
    ADD_SEAL,
    CLIENT_NAME,
    PRINTED_AT,
    ROOM,
    SEAL_1,
    assert_embedded_truetype,
    body_text,
    long_process,
    page_texts,
    pdf_text,
    run_without_disk_writes,
    sample_case,
    sample_client,
    sample_visit,
    squeeze,
)


def _build(visit=None, **overrides) -> bytes:
    kwargs = dict(room_name=ROOM, client=sample_client(), case=sample_case(),
                  visit=visit or sample_visit(1), counsellor_name="李老师",
                  printed_by="张主任", printed_at=PRINTED_AT)
    kwargs.update(overrides)
    return build_visit_record(**kwargs)


def test_a4_pdf_with_basics_and_sections():
    pdf = _build()
    assert pdf.startswith(b"%PDF-")
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = pdf_text(pdf)
    flat = squeeze(text)
    assert CLIENT_NAME in text and "䶮" in text
    assert ROOM in text and "心理咨询记录" in text
    for heading in ("档案编号", "姓名", "性别", "年龄", "年级班级", "咨询日期", "时间", "次数",
                    "形式", "咨询师", "主诉", "咨询过程", "咨询师评估", "下一步计划", "风险评估",
                    "下次预约"):
        assert heading in text, heading
    for value in ("2026-0012", "男", "15 岁", "初三", "2026-09-08", "15:40–16:30", "第 1 次",
                  "个体", "李老师", "2026-09-15 15:40"):
        assert value in text, value
    visit = sample_visit(1)
    for narrative in (visit.content.complaint, visit.content.assessment, visit.content.plan,
                      "建立关系，了解焦虑出现的情境。", "共同绘制焦虑曲线，布置放松练习作业。"):
        assert squeeze(narrative) in flat
    assert "打印人 张主任" in text and "2026-12-01 09:30" in text
    assert "机密" in text


def test_signed_status_line_shows_the_seal_prefix_and_no_draft_banner():
    text = pdf_text(_build())
    assert "已签署 2026-09-08 16:52" in text
    assert f"校验码 {SEAL_1[:16]}" in text
    assert SEAL_1[:17] not in text  # only the prefix is printed
    assert "草稿" not in text


def test_a_draft_is_marked_as_such():
    pdf = _build(sample_visit(2, signed=False))
    pages = page_texts(pdf)
    for page in pages:
        assert "草稿" in page  # the watermark on every page of the draft
    assert "草稿（未签署）" in pages[0]
    assert "已签署" not in "".join(pages)


def test_every_page_has_the_footer_with_page_count_and_case_number():
    pdf = _build(sample_visit(1, process=long_process(), addenda=2))
    pages = page_texts(pdf)
    n = len(pages)
    assert n >= 3
    for i, page in enumerate(pages, 1):
        assert f"第 {i} 页 / 共 {n} 页" in page
        assert "2026-0012" in page and "机密" in page and "张主任" in page


def test_long_narrative_flows_over_pages_complete():
    process = long_process(6000)
    assert len(process) == 6000
    pdf = _build(sample_visit(1, process=process))
    pages = page_texts(pdf)
    assert len(pages) >= 3
    flat = body_text(pages)
    assert squeeze(process) in flat
    # every numbered paragraph is there exactly once, in order
    numbers = [int(m) for m in re.findall(r"【第(\d+)段】", flat)]
    assert numbers == list(range(1, numbers[-1] + 1))
    assert flat.index("咨询过程") < flat.index("咨询师评估")


def test_addenda_with_date_author_text_and_seal():
    text = pdf_text(_build(sample_visit(1, addenda=2)))
    assert "补充说明" in text
    assert "2026-09-20 10:05" in text and "2026-09-21 10:05" in text
    assert text.count("李老师") >= 3
    assert "补充1：与班主任沟通后确认" in squeeze(text)
    assert "补充2：" in text
    assert ADD_SEAL[:16] in text


def test_risk_level_and_flags():
    text = pdf_text(_build(sample_visit(1, risk=RiskLevel.HIGH, risk_self_harm=True)))
    assert "■ 自伤/自杀风险" in text
    assert "□ 伤害他人风险" in text and "□ 受到他人伤害" in text
    assert label(RiskLevel.HIGH) in text


def test_a_group_record_names_its_participants():
    from counselroom.domain.visits import VisitKind

    visit = sample_visit(1, kind=VisitKind.GROUP, participants=(8, 9))
    text = squeeze(pdf_text(_build(visit, participants=("刘䶮", "陈一"))))
    assert squeeze("团体（共 3 人）") in text
    assert squeeze("参与者 刘䶮、陈一") in text
    assert "参与者" not in pdf_text(_build())


def test_markup_in_text_is_printed_literally():
    visit = sample_visit(1, complaint="<b>老师</b> & 同学 <br/>")
    text = pdf_text(_build(visit, counsellor_name="A&B <i>"))
    assert "<b>老师</b> & 同学 <br/>" in text
    assert "A&B <i>" in text


def test_english():
    text = pdf_text(_build(lang="en"))
    assert "Counselling session record" in text
    assert "Presenting complaint" in text and "Page 1 of 1" in text
    assert CLIENT_NAME in text


def test_fonts_are_embedded_truetype():
    assert_embedded_truetype(_build(sample_visit(1, addenda=1)))


@pytest.mark.parametrize("signed", [True, False])
def test_builder_writes_nothing_to_disk(tmp_path, signed):
    report = run_without_disk_writes(tmp_path, f"""
        from pdf_helpers import *
        from counselroom.reports.visit_record import build_visit_record
        # --- build
        pdf = build_visit_record(room_name=ROOM, client=sample_client(), case=sample_case(),
                                 visit=sample_visit(1, signed={signed}, addenda=1,
                                                    process=long_process()),
                                 counsellor_name="李老师", printed_by="张主任",
                                 printed_at=PRINTED_AT)
    """)
    assert report["size"] > 10_000
