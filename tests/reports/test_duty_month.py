"""The month's duty log PDF (《心理辅导室值班记录》): content, the shipped font, nothing on disk."""

from __future__ import annotations

from datetime import date, datetime

from counselroom.domain.duty import DutyMonth, DutyShift, Entry, month_weeks, open_minutes, week_of
from counselroom.reports.duty_month import build_duty_month, duration_text
from pdf_helpers import ROOM, assert_embedded_truetype, page_texts, pdf_text, run_without_disk_writes, squeeze

NOW = datetime(2026, 11, 25, 15, 0)   # a Wednesday: the last week of November is still under way


def shift(n: int, person: str, day: int, start: tuple[int, int], end: tuple[int, int] | None, *, visitors: int = 0,
          notes: str = "", entry: Entry = Entry.LIVE, corrections: int = 0, month: int = 11) -> DutyShift:
    return DutyShift(id=n, user_id=2 if person == "李老师" else 3, person=person,
                     started_at=datetime(2026, month, day, *start),
                     ended_at=None if end is None else datetime(2026, month, day, *end), visitors=visitors,
                     notes=notes, entry=entry, corrections=corrections)


SHIFTS = [
    shift(1, "李老师", 2, (8, 0), (12, 0), visitors=3, notes="上午接待三名学生，均已预约。"),
    shift(2, "周老师", 2, (11, 0), (13, 0), visitors=1),                                      # 11-12 counts once
    shift(3, "李老师", 4, (14, 0), (17, 30), visitors=2, notes="团体辅导室桌椅已归位；窗户插销松动，已报后勤。",
          entry=Entry.AFTERWARDS, corrections=1),
    shift(8, "周老师", 5, (8, 0), (12, 0)),
    shift(4, "周老师", 9, (9, 0), (11, 0)),
    shift(5, "李老师", 23, (8, 30), (12, 0), visitors=4, notes="䶮字测试：值班期间无异常。"),
    shift(6, "李老师", 25, (13, 0), None),                                                     # on duty now
]
OUTSIDE = [shift(7, "周老师", 30, (9, 0), (17, 0), month=10)]   # Friday 30 October: the first week only


def month_record(shifts=SHIFTS) -> DutyMonth:
    mondays = month_weeks(2026, 11)
    around = list(shifts) + OUTSIDE
    return DutyMonth(year=2026, month=11, shifts=tuple(shifts),
                     weeks=tuple(week_of(around, m, 600, NOW) for m in mondays), minimum_minutes=600,
                     open_minutes=open_minutes(shifts, date(2026, 11, 1), date(2026, 12, 1), NOW),
                     counted_until=NOW)


def build(lang: str = "zh_CN", shifts=SHIFTS) -> bytes:
    return build_duty_month(room_name=ROOM, month=month_record(shifts), printed_by="王老师",
                            printed_at=datetime(2026, 11, 25, 15, 5), lang=lang)


def test_the_month_at_a_glance_every_week_and_every_shift():
    record = month_record()
    # 8-13 on the 2nd (two people, counted once), 3 h 30, 4 h, 2 h, 3 h 30, and today 13:00 until now (15:00)
    assert record.open_minutes == 300 + 210 + 240 + 120 + 210 + 120
    pdf = build()
    text = pdf_text(pdf)
    flat = squeeze(text)
    for needle in ("心理辅导室值班记录", ROOM, "2026年11月", "值班次数", "7次", "来访人数合计", "10人",
                   "每周最低开放时长", "7次6天20小时10人10小时", "每周开放时长", "值班明细", "负责人审核",
                   "上午接待三名学生，均已预约。", "窗户插销松动，已报后勤。", "䶮字测试", "补录", "已更正1次",
                   "13:00–2小时00分", "值班中，计至15:00", "内部资料", "打印人王老师", "第1页/共1页"):
        assert squeeze(needle) in flat, needle
    # Six weeks touch November 2026 (26 October to 6 December).
    for n in range(1, 7):
        assert f"第{n}周" in flat
    assert "10-26至11-01" in flat and "11-30至12-06" in flat
    # Week 1 is the October Friday only (8 h); week 2 has 12 h 30 and meets the minimum;
    # weeks 1, 3 and 4 fall short; week 5 is under way, week 6 still to come.
    assert "8小时00分" in flat and "12小时30分" in flat and "5小时30分" in flat
    assert flat.count("未达标") == 3 and flat.count("达标") == 4
    assert "本周进行中" in flat and "尚未开始" in flat
    # Day by day, the date on every row (a page may break inside a day).
    assert flat.count("11-02周一") == 2 and "08:00–12:00" in flat and "13:00–" in flat


def test_english_and_an_empty_month():
    text = squeeze(pdf_text(build("en")))
    for needle in ("Counsellingroomdutylog", "November2026", "Openhoursperweek", "Belowtheminimum", "Met",
                   "enteredafterwards", "corrected1×", "Checkedbythesupervisor", "Page1of1", "䶮"):
        assert needle in text, needle
    empty = squeeze(pdf_text(build(shifts=[])))
    assert "本月没有值班记录。" in empty and "0次" in empty


def test_duration_text():
    assert duration_text(45, "zh_CN") == "45 分钟"
    assert duration_text(605, "zh_CN") == "10 小时 05 分"
    assert duration_text(605, "en") == "10 h 05 min"


def test_shipped_font_and_many_shifts_flow_over_pages():
    many = [shift(100 + i, "李老师" if i % 2 else "周老师", 1 + i % 28, (8 + i % 2 * 5, 0), (12 + i % 2 * 5, 0),
                  notes="值班记录：" + "巡查辅导室，整理档案柜外的资料架。" * 3)
            for i in range(56)]
    pdf = build(shifts=many)
    assert_embedded_truetype(pdf)
    pages = page_texts(pdf)
    assert len(pages) >= 3
    # The table's head repeats on every page the shifts continue on.
    assert all("值班人" in p for p in pages[1:])
    # The signature closes the last page together with at least one shift, never alone.
    assert "负责人审核" in pages[-1] and "巡查辅导室" in pages[-1]
    assert all("负责人审核" not in p for p in pages[:-1])


def test_nothing_is_written_to_disk(tmp_path):
    report = run_without_disk_writes(tmp_path, """
        from pdf_helpers import *
        from test_duty_month import build
        # --- build
        pdf = build()
    """)
    assert report["size"] > 10_000
