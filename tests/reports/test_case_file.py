"""The bound case file (心理咨询档案): cover, contents with true page numbers, per-page
furniture and seals, the visit records, long text, fonts, and no disk writes."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from counselroom.domain.cases import CaseStatus
from counselroom.reports.case_file import CaseRecords, build_case_file
from pdf_helpers import (
    ADD_SEAL,
    CLIENT_NAME,
    PRINTED_AT,
    ROOM,
    SEAL_1,
    SEAL_2,
    assert_embedded_truetype,
    body_text,
    long_process,
    page_texts,
    run_without_disk_writes,
    sample_case,
    sample_client,
    sample_crisis,
    sample_referral,
    sample_visit,
    squeeze,
)

TODAY = date(2026, 12, 1)


def _cases():
    closed = sample_case()
    visits = [sample_visit(1), sample_visit(2, process=long_process(), addenda=2),
              sample_visit(3, addenda=1)]
    open_case = sample_case(id=4, number=2, opened_on=date(2026, 11, 20), status=CaseStatus.OPEN,
                            closed_on=None, closing_summary="", outcome=None, satisfaction=None)
    visits_2 = [sample_visit(1, visit_id=201, visit_date=date(2026, 11, 20)),
                sample_visit(2, signed=False, visit_id=202, visit_date=date(2026, 11, 27))]
    return [CaseRecords(closed, "李老师", visits, [sample_crisis()], [sample_referral()]),
            CaseRecords(open_case, "赵老师", visits_2)]


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return build_case_file(room_name=ROOM, client=sample_client(), cases=_cases(),
                           printed_by="张主任", printed_at=PRINTED_AT, today=TODAY)


@pytest.fixture(scope="module")
def pages(pdf) -> list[str]:
    return page_texts(pdf)


def _contents(pages: list[str]) -> dict[str, int]:
    """Contents entries -> page number, read from the contents page."""
    assert "目录" in pages[1]
    found = {}
    lines = [line.strip() for line in pages[1].splitlines() if line.strip()]
    for entry, number in zip(lines, lines[1:]):
        if number.isdigit() and re.search(r"次咨询|个案|基本信息|危机干预|转介记录", entry):
            found[squeeze(entry)] = int(number)
    return found


def test_cover(pages):
    cover = pages[0]
    for text in (ROOM, "心理咨询档案", "2026-0012", CLIENT_NAME, "机密", "借阅/查阅登记",
                 "2026-09-08 至今", "打印人 张主任"):
        assert text in cover, text
    assert "档案编号 2026-0012" not in cover  # no running header on the cover


def test_every_page_has_footer_and_header_except_cover(pages):
    n = len(pages)
    assert n >= 10
    for i, page in enumerate(pages, 1):
        assert f"第 {i} 页 / 共 {n} 页" in page
        if i > 1:
            assert "档案编号 2026-0012" in page


def test_contents_page_numbers_match_where_headings_are(pages):
    entries = _contents(pages)
    visits = [e for e in entries if "次咨询" in e]
    assert len(visits) == 5
    assert len(entries) == 1 + 2 * 2 + 5 + 2
    for entry, page in entries.items():
        assert 3 <= page <= len(pages)
        heading_line = [squeeze(line) for line in pages[page - 1].splitlines()]
        assert entry in heading_line, (entry, page)
        # and nowhere earlier outside the contents
        for earlier in range(2, page - 1):
            assert entry not in [squeeze(x) for x in pages[earlier].splitlines()], (entry, earlier)


def test_client_data_cases_and_closing(pages):
    text = "\n".join(pages)
    for heading in ("来访者基本信息", "出生日期", "2011-05-03", "监护人", "王建国", "班主任",
                    "个案 1 · 开案", "来访原因", "问题类别", "情绪", "咨询方案", "个案 1 · 结案",
                    "结案小结", "效果评价", "明显改善", "满意度", "5 / 5", "尚未结案", "赵老师"):
        assert heading in text, heading
    flat = squeeze(text)
    assert squeeze(sample_case().closing_summary) in flat
    assert squeeze(sample_case().plan) in flat


def test_visit_records_are_complete(pages):
    text = "\n".join(pages)
    flat = body_text(pages)
    for heading in ("主诉", "咨询过程", "咨询师评估", "下一步计划", "风险评估", "下次预约"):
        assert text.count(heading) >= 5, heading
    assert squeeze(long_process()) in flat
    assert "补充1：" in text and "补充2：" in text and ADD_SEAL[:16] in text


def test_crisis_and_referral_records(pages):
    entries = _contents(pages)
    crisis_page = entries["危机干预记录1·2026-10-13"]
    referral_page = entries["转介记录1·2026-10-15"]
    assert entries["第3次咨询·2026-09-22"] < crisis_page <= referral_page < entries["个案1·结案"]
    text = "\n".join(pages[crisis_page - 1:referral_page])
    flat = squeeze(text)
    for expected in ("风险等级", "高", "告知监护人", "告知对象母亲刘䶮", "电话", "报告学校领导", "德育处陈主任",
                     "不适用：评估后风险已降低，暂不需转介", "安全计划", "跟进日期2026-10-20、2026-10-27",
                     "两次跟进后风险评估为低", "市精神卫生中心儿少门诊", "监护人同意是（2026-10-14）",
                     "医生建议继续心理咨询，暂不用药。"):
        assert squeeze(expected) in flat, expected


def test_signed_pages_carry_the_seal_and_drafts_the_banner(pages):
    entries = _contents(pages)
    first = entries["第1次咨询·2026-09-08"]
    second = entries["第2次咨询·2026-09-15"]
    third = entries["第3次咨询·2026-09-22"]
    for p in range(first, second):
        assert f"记录校验码 {SEAL_1[:16]}" in pages[p - 1]
    for p in range(second, third):  # a record over several pages: the seal on each
        assert f"记录校验码 {SEAL_2[:16]}" in pages[p - 1]
    assert third - second >= 2
    draft = entries["第2次咨询·2026-11-27"]
    assert "草稿（未签署）" in pages[draft - 1]
    assert "记录校验码" not in pages[draft - 1]
    assert "记录校验码" not in pages[0] and "记录校验码" not in pages[1]


def test_a4_and_fonts_embedded(pdf):
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert_embedded_truetype(pdf)


def test_binding_margin_is_wider_on_the_left(pdf):
    """Text starts at least 30 mm from the left edge, content ends nearer the right edge."""
    reader = PdfReader(io.BytesIO(pdf))
    xs: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            xs.append(tm[4] * cm[0] + cm[4])

    reader.pages[4].extract_text(visitor_text=visit)
    assert min(xs) >= 30 * 72 / 25.4 - 1


def test_english_and_no_cases():
    pdf = build_case_file(room_name=ROOM, client=sample_client(), cases=[],
                          printed_by="Zhang", printed_at=PRINTED_AT, today=TODAY, lang="en")
    text = "\n".join(page_texts(pdf))
    assert "Counselling case file" in text and "Contents" in text
    assert CLIENT_NAME in text and "Page 1 of" in text


def test_builder_writes_nothing_to_disk(tmp_path):
    report = run_without_disk_writes(tmp_path, """
        from datetime import date
        from pdf_helpers import *
        from counselroom.reports.case_file import CaseRecords, build_case_file
        from counselroom.reports.case_file import CaseRecords
        cases = [CaseRecords(sample_case(), "李老师", [sample_visit(1, process=long_process()),
                                                     sample_visit(2, signed=False, addenda=1)],
                             [sample_crisis()], [sample_referral()])]
        # --- build
        pdf = build_case_file(room_name=ROOM, client=sample_client(), cases=cases,
                              printed_by="张主任", printed_at=PRINTED_AT,
                              today=date(2026, 12, 1))
    """)
    assert report["size"] > 10_000
