"""The de-identified case PDF: the confirmed text and its mark on every page, nothing else."""

from __future__ import annotations

import pytest

from counselroom.domain.deidentify_review import DEIDENTIFIED_MARK
from counselroom.reports.deidentified_case import build_deidentified_case
from reports.pdf_helpers import assert_embedded_truetype, page_texts, run_without_disk_writes, squeeze

pytestmark = pytest.mark.timeless

TEXT = (f"{DEIDENTIFIED_MARK}\n\n【来访者概况】\n类型：学生\n年龄：12–14岁\n\n【第 1 次咨询（个体，第 1 天）】\n"
        "主诉：来访者说同学A嘲笑她。\n咨询过程：倾听，放松训练。\n")


def test_the_text_its_headings_and_the_mark_on_every_page():
    long = TEXT + "\n【第 2 次咨询（个体，第 15 天）】\n咨询过程：" + "来访者情绪平稳，继续巩固。" * 400 + "\n"
    pdf = build_deidentified_case(long)
    pages = page_texts(pdf)
    assert len(pages) > 1
    for number, page in enumerate(pages, 1):
        assert "已去标识化" in page and f"第 {number} 页 / 共 {len(pages)} 页" in page
    whole = squeeze("".join(pages))
    for words in ("来访者概况", "年龄：12–14岁", "第1次咨询（个体，第1天）", "来访者说同学A嘲笑她", "第2次咨询"):
        assert words in whole, words
    assert "【来访者概况】" not in whole         # headings are printed as headings, without brackets
    assert_embedded_truetype(pdf)


def test_english_furniture_and_no_record_words_beyond_the_text():
    pdf = build_deidentified_case(TEXT, lang="en")
    text = page_texts(pdf)[0]
    assert "Page 1 of 1" in text and "De-identified" in text and "已去标识化" in text
    # nothing about the room, the printer or the day is added
    for word in ("打印人", "档案编号", "机密", "心理辅导室", "2026"):
        assert word not in text, word


def test_an_edited_text_without_the_structure_still_prints():
    pdf = build_deidentified_case(f"{DEIDENTIFIED_MARK}\n\n只有一行【不是标题\n")
    assert "只有一行【不是标题" in squeeze(page_texts(pdf)[0])


def test_built_in_memory(tmp_path):
    run_without_disk_writes(tmp_path, f"""
        from counselroom.reports.deidentified_case import build_deidentified_case
        # --- build
        pdf = build_deidentified_case({TEXT!r})
    """)
