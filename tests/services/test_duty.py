"""The duty log (R11): one-click duty, shifts entered afterwards, the week's open hours, who may do what."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from rooms import SUPERVISOR
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.duty import Correction, Entry
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.services.audit_service import AuditService
from counselroom.services.duty import DutyService
from counselroom.services.settings_service import SettingsService

MONDAY = date(2026, 11, 23)
TUESDAY = date(2026, 11, 24)


def at(session, *when) -> datetime:
    """Set the session's clock to the room's wall-clock time ``when``; returns it (naive)."""
    wall = datetime(*when)
    moment = wall.astimezone()
    session.clock = lambda: moment
    return wall


def _audit(staff, action: Action) -> list:
    boss = staff.login(SUPERVISOR)
    try:
        return AuditService(boss).search(AuditFilter(action=action.value, limit=50))
    finally:
        boss.logout()


@pytest.fixture
def sessions(staff):
    opened = {}

    def get(name: str):
        if name not in opened:
            opened[name] = staff.login(name)
        return opened[name]

    yield get
    for session in opened.values():
        if not session.locked:
            session.logout()


@pytest.fixture
def li(sessions):
    return sessions("li")


@pytest.fixture
def boss(sessions):
    return sessions(SUPERVISOR)


def test_start_and_end_duty_with_one_click(staff, li):
    duty = DutyService(li)
    at(li, 2026, 11, 23, 8, 30, 12)
    shift = duty.start()
    assert shift.is_open and shift.user_id == staff.ids["li"] and shift.person == "李老师"
    assert shift.started_at == datetime(2026, 11, 23, 8, 30, 12) and shift.entry is Entry.LIVE
    assert duty.my_open_shift().id == shift.id
    assert [s.id for s in duty.on_duty_now()] == [shift.id]

    at(li, 2026, 11, 23, 10, 0)
    duty.update(shift.id, visitors=2, notes="上午两名学生来访，窗户插销松了。")
    assert duty.week_hours(MONDAY)[0] == 89          # the open shift counts up to now

    at(li, 2026, 11, 23, 11, 45, 30)
    ended = duty.stop(visitors=3)
    assert not ended.is_open and ended.ended_at == datetime(2026, 11, 23, 11, 45, 30)
    assert ended.visitors == 3 and ended.notes == "上午两名学生来访，窗户插销松了。"
    assert ended.minutes() == 195
    assert duty.my_open_shift() is None and duty.on_duty_now() == []
    assert [s.id for s in duty.day(MONDAY)] == [shift.id]
    with pytest.raises(ValidationError) as err:
        duty.stop()
    assert err.value.code == "duty.not_on_duty"
    with pytest.raises(ValidationError) as err:
        duty.stop(shift.id)
    assert err.value.code == "duty.not_open"

    [started] = _audit(staff, Action.DUTY_STARTED)
    assert started.target == f"duty:{shift.id}"
    assert started.detail == {"shift": shift.id, "on_duty": staff.ids["li"], "started_at": "2026-11-23 08:30"}
    [updated] = _audit(staff, Action.DUTY_UPDATED)
    assert updated.detail["visitors"] == {"old": 0, "new": 2}
    assert updated.detail["notes"]["new"].startswith("上午两名学生")
    [ended_row] = _audit(staff, Action.DUTY_ENDED)
    assert ended_row.detail == {"shift": shift.id, "on_duty": staff.ids["li"], "started_at": "2026-11-23 08:30",
                                "ended_at": "2026-11-23 11:45", "visitors": 3}


def test_one_open_shift_per_person_but_two_people_at_once(staff, li, boss):
    at(li, 2026, 11, 23, 9, 0)
    DutyService(li).start()
    with pytest.raises(ValidationError) as err:
        DutyService(li).start()
    assert (err.value.code, err.value.params) == ("duty.already_on_duty", {"start": "09:00"})

    at(boss, 2026, 11, 23, 9, 5)
    with pytest.raises(ValidationError) as err:
        DutyService(boss).start(staff.ids["li"])
    assert err.value.code == "duty.already_on_duty"
    zhou = DutyService(boss).start(staff.ids["zhou"])       # the supervisor starts a colleague's duty
    assert zhou.user_id == staff.ids["zhou"] and zhou.created_by == staff.ids[SUPERVISOR]
    assert [s.person for s in DutyService(boss).on_duty_now()] == ["李老师", "周老师"]

    with pytest.raises(PermissionDenied) as denied:
        DutyService(li).start(staff.ids["zhao"])
    assert denied.value.code == "duty.for_others"
    at(li, 2026, 11, 23, 9, 30)
    with pytest.raises(PermissionDenied) as denied:
        DutyService(li).stop(zhou.id)
    assert denied.value.code == "duty.not_yours"
    at(boss, 2026, 11, 23, 10, 5)
    assert DutyService(boss).stop(zhou.id).minutes() == 60    # the supervisor ends anyone's duty


def test_a_forgotten_shift_is_shown_and_closed_with_its_real_end(staff, li):
    duty = DutyService(li)
    at(li, 2026, 11, 23, 14, 0)
    forgotten = duty.start()
    at(li, 2026, 11, 24, 8, 50)
    assert duty.my_open_shift().forgotten(TUESDAY)
    assert [s.id for s in duty.forgotten()] == [forgotten.id]
    assert duty.on_duty_now() == []                        # not on duty now
    assert duty.week_hours(MONDAY)[0] == 0                # it counts for nothing until it has an end
    with pytest.raises(ValidationError) as err:
        duty.start()
    assert (err.value.code, err.value.params) == ("duty.forgotten_open", {"day": "2026-11-23", "start": "14:00"})
    with pytest.raises(ValidationError) as err:
        duty.stop()
    assert (err.value.field, err.value.code) == ("ended_at", "duty.end_needed")
    with pytest.raises(ValidationError) as err:
        duty.stop(ended_at=datetime(2026, 11, 24, 8, 0))
    assert err.value.code == "duty.past_midnight"
    with pytest.raises(ValidationError) as err:
        duty.stop(ended_at=datetime(2026, 11, 23, 13, 0))
    assert err.value.code == "duty.end_before_start"

    closed = duty.stop(ended_at=datetime(2026, 11, 23, 17, 0))
    assert closed.minutes() == 180 and duty.forgotten() == []
    assert duty.week_hours(MONDAY)[0] == 180
    assert duty.start().started_at == datetime(2026, 11, 24, 8, 50)


def test_a_past_shift_is_checked_before_it_is_kept(staff, li, sessions):
    at(li, 2026, 11, 25, 16, 0)
    duty = DutyService(li)
    kept = duty.record_past(datetime(2026, 11, 23, 9, 0), datetime(2026, 11, 23, 11, 30), visitors=4,
                            notes="补录：周一上午值班。")
    assert kept.entry is Entry.AFTERWARDS and kept.minutes() == 150 and kept.visitors == 4
    for start, end, code in (
            ((2026, 11, 23, 11, 0), (2026, 11, 23, 12, 0), "duty.overlap"),
            ((2026, 11, 23, 8, 0), (2026, 11, 23, 13, 0), "duty.overlap"),
            ((2026, 11, 23, 12, 0), (2026, 11, 23, 12, 0), "duty.end_before_start"),
            ((2026, 11, 23, 22, 0), (2026, 11, 24, 1, 0), "duty.past_midnight"),
            ((2026, 11, 25, 15, 0), (2026, 11, 25, 17, 0), "duty.in_future"),
            ((2026, 11, 26, 9, 0), (2026, 11, 26, 10, 0), "duty.in_future")):
        with pytest.raises(ValidationError) as err:
            duty.record_past(datetime(*start), datetime(*end))
        assert err.value.code == code, (start, end)
    with pytest.raises(ValidationError) as err:
        duty.record_past(datetime(2026, 11, 23, 11, 0), datetime(2026, 11, 23, 12, 0))
    assert err.value.params == {"start": "09:00", "end": "11:30"}
    with pytest.raises(ValidationError) as err:
        duty.record_past(datetime(2026, 11, 23, 13, 0), datetime(2026, 11, 23, 14, 0), visitors=-1)
    assert err.value.code == "duty.visitors_range"
    # Right after it, and another person at the same time, are fine.
    duty.record_past(datetime(2026, 11, 23, 11, 30), datetime(2026, 11, 23, 12, 0))
    zhou = sessions("zhou")
    at(zhou, 2026, 11, 25, 16, 0)
    DutyService(zhou).record_past(datetime(2026, 11, 23, 10, 0), datetime(2026, 11, 23, 12, 0))
    # An open shift of the day blocks the rest of that day until it has an end.
    at(li, 2026, 11, 25, 9, 0)
    duty.start()
    at(li, 2026, 11, 25, 16, 0)
    with pytest.raises(ValidationError) as err:
        duty.record_past(datetime(2026, 11, 25, 13, 0), datetime(2026, 11, 25, 14, 0))
    assert (err.value.code, err.value.params) == ("duty.overlap_open", {"start": "09:00"})

    [row, _after] = sorted(_audit(staff, Action.DUTY_RECORDED), key=lambda r: r.seq)[:2]
    assert row.detail == {"shift": kept.id, "on_duty": staff.ids["li"], "started_at": "2026-11-23 09:00",
                          "ended_at": "2026-11-23 11:30", "visitors": 4}


def test_the_week_counts_the_union_of_the_shifts(staff, li, sessions):
    zhou = sessions("zhou")
    at(li, 2026, 11, 24, 15, 0)
    at(zhou, 2026, 11, 24, 15, 0)
    DutyService(li).record_past(datetime(2026, 11, 23, 9, 0), datetime(2026, 11, 23, 12, 0))
    DutyService(zhou).record_past(datetime(2026, 11, 23, 11, 0), datetime(2026, 11, 23, 13, 0))   # 11-12 once
    DutyService(zhou).record_past(datetime(2026, 11, 22, 9, 0), datetime(2026, 11, 22, 17, 0))   # last week
    DutyService(li).record_past(datetime(2026, 11, 24, 8, 0), datetime(2026, 11, 24, 9, 30))
    mistake = DutyService(zhou).record_past(datetime(2026, 11, 24, 13, 0), datetime(2026, 11, 24, 14, 0))
    DutyService(zhou).withdraw(mistake.id, "记错了日期")
    at(li, 2026, 11, 24, 14, 0)
    DutyService(li).start()
    at(li, 2026, 11, 24, 14, 45)

    week = DutyService(li).week_summary(TUESDAY)
    assert week.monday == MONDAY and week.minimum_minutes == 600
    assert week.days == (240, 135, 0, 0, 0, 0, 0)       # Tuesday: 8:00-9:30 and the open shift until 14:45
    assert DutyService(li).week_hours(date(2026, 11, 29)) == (375, 600)
    assert not week.met
    assert DutyService(li).week_hours(date(2026, 11, 22)) == (480, 600)
    assert DutyService(li).week_hours(date(2026, 11, 30)) == (0, 600)
    assert mistake.id not in {s.id for s in DutyService(li).week(MONDAY)}
    [withdrawn] = _audit(staff, Action.DUTY_WITHDRAWN)
    assert withdrawn.detail["reason"] == "记错了日期"


def test_the_minimum_is_the_supervisors_setting(staff, li, boss):
    assert SettingsService(li).get().min_weekly_hours == 10
    assert DutyService(li).minimum_minutes() == 600
    with pytest.raises(PermissionDenied):
        SettingsService(li).update(min_weekly_hours=12)
    for wrong in (9, 0, 61):
        with pytest.raises(ValidationError) as err:
            SettingsService(boss).update(min_weekly_hours=wrong)
        assert (err.value.field, err.value.code) == ("min_weekly_hours", "min_weekly_hours.range")
    SettingsService(boss).update(min_weekly_hours=12)
    assert SettingsService(li).get().min_weekly_hours == 12
    assert DutyService(li).week_hours(MONDAY) == (0, 720)
    changed = _audit(staff, Action.SETTINGS_CHANGED)[0]
    assert changed.detail == {"min_weekly_hours": {"old": 10, "new": 12}}


def test_the_supervisor_records_for_others_and_reads_every_note(staff, li, boss, sessions):
    zhao = sessions("zhao")   # the assistant records their own duty too
    at(zhao, 2026, 11, 23, 12, 0)
    own = DutyService(zhao).record_past(datetime(2026, 11, 23, 10, 0), datetime(2026, 11, 23, 11, 0),
                                        notes="接待了一位家长咨询预约。")
    assert own.user_id == staff.ids["zhao"]
    assert DutyService(zhao).people() == [(staff.ids["zhao"], "赵助理")]
    with pytest.raises(PermissionDenied):
        DutyService(zhao).record_past(datetime(2026, 11, 23, 8, 0), datetime(2026, 11, 23, 9, 0),
                                      user_id=staff.ids["li"])
    with pytest.raises(PermissionDenied):
        DutyService(zhao).month(2026, 11)

    at(boss, 2026, 11, 23, 12, 0)
    for_li = DutyService(boss).record_past(datetime(2026, 11, 23, 8, 0), datetime(2026, 11, 23, 9, 0),
                                           user_id=staff.ids["li"], visitors=1, notes="李老师请假补录。")
    assert for_li.user_id == staff.ids["li"] and for_li.created_by_name == "王老师"
    people = dict(DutyService(boss).people())
    assert set(people) == set(staff.ids.values()) and people[staff.ids["zhao"]] == "赵助理"

    # Everyone sees who was on duty; the notes are the person's, the recorder's and the supervisor's.
    at(li, 2026, 11, 23, 12, 0)
    seen_by_li = {s.id: s for s in DutyService(li).day(MONDAY)}
    assert seen_by_li[own.id].notes == "" and seen_by_li[own.id].notes_hidden
    assert seen_by_li[for_li.id].notes == "李老师请假补录。" and not seen_by_li[for_li.id].notes_hidden
    seen_by_boss = {s.id: s for s in DutyService(boss).day(MONDAY)}
    assert seen_by_boss[own.id].notes == "接待了一位家长咨询预约。"
    month = DutyService(boss).month(2026, 11)
    assert [s.id for s in month.shifts] == [for_li.id, own.id] and month.visitors == 1
    assert month.open_minutes == 120 and month.duty_days == 1
    assert [w.monday for w in month.weeks][0] == date(2026, 10, 26) and len(month.weeks) == 6


def test_corrections_by_the_author_the_same_day_then_only_the_supervisor_with_a_reason(staff, li, boss, sessions):
    duty = DutyService(li)
    at(li, 2026, 11, 23, 9, 0)
    duty.start()
    at(li, 2026, 11, 23, 11, 0)
    shift = duty.stop(visitors=2)
    assert duty.correction_rule(shift) is Correction.FREE
    fixed = duty.correct(shift.id, visitors=3, ended_at=datetime(2026, 11, 23, 10, 45))
    assert (fixed.visitors, fixed.ended_at.hour, fixed.ended_at.minute, fixed.corrections) == (3, 10, 45, 1)
    assert duty.correct(shift.id, visitors=3) == fixed                 # nothing changed, nothing recorded

    zhou = sessions("zhou")
    at(zhou, 2026, 11, 23, 12, 0)
    assert DutyService(zhou).correction_rule(fixed) is Correction.NONE
    with pytest.raises(PermissionDenied) as denied:
        DutyService(zhou).correct(shift.id, visitors=9)
    assert denied.value.code == "duty.correction_closed"

    at(li, 2026, 11, 24, 9, 0)                                          # the next day
    assert duty.correction_rule(fixed) is Correction.NONE
    with pytest.raises(PermissionDenied):
        duty.correct(shift.id, visitors=4)
    with pytest.raises(PermissionDenied):
        duty.withdraw(shift.id, "重复")

    at(boss, 2026, 11, 24, 9, 0)
    assert DutyService(boss).correction_rule(fixed) is Correction.REASON
    with pytest.raises(ValidationError) as err:
        DutyService(boss).correct(shift.id, visitors=4)
    assert (err.value.field, err.value.code) == ("reason", "duty.reason_required")
    with pytest.raises(ValidationError) as err:
        DutyService(boss).correct(shift.id, ended_at=datetime(2026, 11, 23, 8, 0), reason="核对签到表")
    assert err.value.code == "duty.end_before_start"
    final = DutyService(boss).correct(shift.id, visitors=4, reason="核对签到表")
    assert final.visitors == 4 and final.corrections == 2

    rows = sorted(_audit(staff, Action.DUTY_CORRECTED), key=lambda r: r.seq)
    assert [r.actor for r in rows] == ["li", SUPERVISOR]
    assert rows[0].detail == {"shift": shift.id, "on_duty": staff.ids["li"],
                              "ended_at": {"old": "2026-11-23 11:00", "new": "2026-11-23 10:45"},
                              "visitors": {"old": 2, "new": 3}}
    assert rows[1].detail == {"shift": shift.id, "on_duty": staff.ids["li"], "visitors": {"old": 3, "new": 4},
                              "reason": "核对签到表"}
    with pytest.raises(ValidationError) as err:
        DutyService(boss).withdraw(shift.id, "")
    assert err.value.code == "duty.reason_required"
    DutyService(boss).withdraw(shift.id, "与签到表不符，重复记录")
    with pytest.raises(ValidationError) as err:
        DutyService(boss).correct(shift.id, visitors=5, reason="x")
    assert err.value.code == "duty.withdrawn"
    assert DutyService(boss).day(MONDAY) == []


def test_an_open_shift_is_kept_up_to_date_by_its_person(staff, li, sessions):
    duty = DutyService(li)
    at(li, 2026, 11, 23, 9, 20)
    shift = duty.start()
    with pytest.raises(ValidationError) as err:
        duty.correct(shift.id, visitors=1)
    assert err.value.code == "duty.still_open"
    moved = duty.update(shift.id, started_at=datetime(2026, 11, 23, 8, 55))     # clicked late
    assert moved.started_at == datetime(2026, 11, 23, 8, 55)
    for wrong, code in ((datetime(2026, 11, 22, 9, 0), "duty.start_other_day"),
                        (datetime(2026, 11, 23, 9, 30), "duty.in_future")):
        with pytest.raises(ValidationError) as err:
            duty.update(shift.id, started_at=wrong)
        assert err.value.code == code
    with pytest.raises(ValidationError) as err:
        duty.update(shift.id, notes="长" * 1001)
    assert (err.value.field, err.value.code) == ("notes", "text.too_long")
    zhou = sessions("zhou")
    at(zhou, 2026, 11, 23, 9, 30)
    with pytest.raises(PermissionDenied):
        DutyService(zhou).update(shift.id, visitors=5)
    assert [r.detail["started_at"] for r in _audit(staff, Action.DUTY_UPDATED)] == [
        {"old": "2026-11-23 09:20", "new": "2026-11-23 08:55"}]
