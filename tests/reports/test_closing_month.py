"""The month's closing record (闭室检查记录): signed days, missed days in red, reasons, the items' words."""

from __future__ import annotations

import io
from datetime import date, datetime, timezone

from pypdf import PdfReader

from counselroom.domain.closing import DEFAULT_ITEMS, Closing, ClosingDay, DataCheck, ItemAnswer
from counselroom.reports.closing_month import build_closing_month
from reports.pdf_helpers import assert_embedded_truetype, page_texts, pdf_text, run_without_disk_writes, squeeze

ROOM = "䶮山中学心理辅导室"
REASON = "周老师的来访记录因家长来电中断，明早补签，已当面告知负责人"
PASSED = (DataCheck("visits_signed", True, {"unsigned": 0}), DataCheck("appointments_resolved", True),
          DataCheck("crises_reviewed", True), DataCheck("materials_returned", True))


def answers(labels=None) -> tuple[ItemAnswer, ...]:
    return tuple(ItemAnswer(n, label, True, d.code if labels is None else None)
                 for n, (d, label) in enumerate(zip(DEFAULT_ITEMS, labels or [d.label for d in DEFAULT_ITEMS]),
                                                 start=1))


def closing(day: date, name: str = "李老师", checks=PASSED, reason: str = "", items=None) -> Closing:
    return Closing(id=day.day, day=day, signed_by=2, signed_by_name=name,
                   signed_at=datetime(day.year, day.month, day.day, 9, 12, tzinfo=timezone.utc),
                   items=items or answers(), checks=checks, reason=reason)


def november(today: date = date(2026, 11, 30)) -> list[ClosingDay]:
    """November 2026: weekdays open; the 3rd missed, the 5th signed with a failing check, the 7th
    (a Saturday) signed although the room does not open then, the 30th not signed yet (today)."""
    failing = (DataCheck("visits_signed", False, {"unsigned": 2}, ("周老师 ×2",)),) + PASSED[1:]
    days = []
    for n in range(1, 31):
        day = date(2026, 11, n)
        is_open = day.weekday() < 5
        signed = None
        if day == date(2026, 11, 5):
            signed = closing(day, "周老师", failing, REASON)
        elif day == date(2026, 11, 7):
            signed = closing(day, "王老师")
        elif is_open and day not in (date(2026, 11, 3), today):
            signed = closing(day, items=answers(["窗户已关好、窗帘已拉上"] + [d.label for d in DEFAULT_ITEMS[1:]])
                             if n > 20 else None)
        days.append(ClosingDay(day, is_open, signed is None and is_open and day < today, signed, day > today))
    return days


def build(lang: str = "zh_CN", days=None) -> bytes:
    return build_closing_month(room_name=ROOM, year=2026, month=11, days=november() if days is None else days,
                               printed_by="王老师", printed_at=datetime(2026, 11, 30, 17, 40), lang=lang)


def test_the_month_in_chinese():
    pdf = build()
    text = squeeze(pdf_text(pdf))
    for needle in ("闭室检查记录", "2026年11月", ROOM, "本月开放日21天", "已签署19天", "其中1天带说明签署",
                   "漏检1天", "未签署（漏检）", "尚未签署", "周老师×2", "咨询记录已全部签署", "全部通过",
                   squeeze(REASON), "负责人审阅", "打印人王老师", "另有1个非开放日"):
        assert squeeze(needle) in text, needle
    # every day the room was open is there, once, in order
    listed = [n for n in range(1, 31) if f"2026-11-{n:02d}" in text]
    assert listed == [n for n in range(1, 31) if date(2026, 11, n).weekday() < 5 or n == 7]
    # the items' words as signed this month: the old and the new wording of the first item
    assert "各室窗户已关好" in text and "窗户已关好、窗帘已拉上" in text
    assert_embedded_truetype(pdf)


def test_missed_days_are_red():
    reader = PdfReader(io.BytesIO(build()))
    content = b"".join(page.get_contents().get_data() for page in reader.pages)
    assert b"0.619608 0.105882 0.105882" in content or b".619608 .105882 .105882" in content  # layout.RED


def test_english():
    text = pdf_text(build("en"))
    for needle in ("End-of-day closing record", "November 2026", "NOT SIGNED (missed)",
                   "Visit records all signed", "Windows of every room closed", "Page 1 of"):
        assert needle in text, needle
    assert "窗户已关好、窗帘已拉上" in text       # the room's own words stay as they are


def test_an_empty_month_says_so():
    days = [ClosingDay(date(2026, 8, n), False, False) for n in range(1, 32)]
    text = squeeze(pdf_text(build_closing_month(room_name=ROOM, year=2026, month=8, days=days, printed_by="王老师",
                                                printed_at=datetime(2026, 9, 1, 8), lang="zh_CN")))
    assert "本月没有开放日" in text


def test_a_long_month_of_reasons_flows_over_pages():
    days = [ClosingDay(date(2026, 11, n), True, False,
                       closing(date(2026, 11, n), checks=(DataCheck("visits_signed", False, {"unsigned": 1},
                                                                    ("李老师 ×1",)),), reason=REASON * 3))
            for n in range(1, 31)]
    pages = page_texts(build(days=days))
    assert len(pages) >= 2 and "第 1 页 / 共" in pages[0]
    assert squeeze("".join(pages)).count(squeeze(REASON)) == 90


def test_nothing_is_written_to_disk(tmp_path):
    run_without_disk_writes(tmp_path, """
        from datetime import date, datetime
        from counselroom.domain.closing import ClosingDay
        from counselroom.reports.closing_month import build_closing_month
        # --- build
        pdf = build_closing_month(room_name="䶮山", year=2026, month=11,
                                  days=[ClosingDay(date(2026, 11, 2), True, True)], printed_by="王老师",
                                  printed_at=datetime(2026, 11, 30, 17), lang="zh_CN")
        """)

