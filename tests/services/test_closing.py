"""The end-of-day closing checklist (R10): the data checks, signing, the item list, missed days, who may."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

import pinned_clock

from rooms import SUPERVISOR
from counselroom.domain.appointments import AppointmentDraft, AppointmentStatus
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.closing import DEFAULT_ITEMS, CheckId, DataCheck, ItemDraft
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.domain.materials import MaterialDraft
from counselroom.domain.visits import RiskLevel, VisitContent
from counselroom.services.appointments import AppointmentService
from counselroom.services.audit_service import AuditService
from counselroom.services.backups import BackupService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.closing import CHECK_PROVIDERS, ClosingService
from counselroom.services.crisis import CrisisService
from counselroom.services.materials import MaterialService
from counselroom.services.printing import PrintService
from counselroom.services.visits import VisitService
from reports.pdf_helpers import pdf_text, squeeze

REASON = "周老师的来访记录明早补签，已当面告知"


def _monday_after(day: date, weeks: int = 1) -> date:
    """A Monday at least ``weeks`` weeks ahead: later than the day the checklist came into use."""
    return day + timedelta(days=7 * weeks - day.weekday())


MONDAY = _monday_after(pinned_clock.today())


def at(session, day: date, hour: int = 16, minute: int = 0, *, backup: bool = True):
    """Set the session's clock to a wall-clock moment of ``day`` (with the day's backup made,
    so the other data checks are what a test looks at)."""
    moment = datetime.combine(day, time(hour, minute)).astimezone()
    session.clock = lambda: moment
    if backup and not BackupService(session).made_on(day):
        BackupService(session).make()
    return session


def checks_by_id(service: ClosingService, day: date) -> dict[str, DataCheck]:
    return {c.id: c for c in service.checks(day)}


def tick_all(service: ClosingService) -> dict[int, bool]:
    return {item.id: True for item in service.items()}


@pytest.fixture
def li(staff):
    session = at(staff.login("li"), MONDAY)
    yield session
    if not session.locked:
        session.logout()


@pytest.fixture
def boss(staff):
    session = at(staff.login(SUPERVISOR), MONDAY)
    yield session
    if not session.locked:
        session.logout()


@pytest.fixture
def case(li):
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    return CaseService(li).open(client.id, CaseDraft(MONDAY - timedelta(days=30), "焦虑", ProblemCategory.EMOTION))


def content(day: date, risk: RiskLevel = RiskLevel.NONE) -> VisitContent:
    return VisitContent(visit_date=day, start=time(9), end=time(9, 45), complaint="考试焦虑", process="倾听",
                        assessment="一般心理问题", plan="下周跟进", risk=risk, risk_self_harm=risk.needs_crisis)


def test_default_items_are_the_rules_physical_checks(li):
    items = ClosingService(li).items()
    assert [i.code for i in items] == [d.code for d in DEFAULT_ITEMS]
    labels = [i.label for i in items]
    for words in ("窗户", "门", "电源", "私拉电线", "测验材料", "整洁", "来访者"):
        assert any(words in label for label in labels), words
    assert all(i.is_default_text for i in items)


def test_a_quiet_day_passes_every_data_check(li):
    checks = ClosingService(li).checks(MONDAY)
    assert [c.id for c in checks] == [c.value for c in CheckId]
    assert all(c.passed and not c.names for c in checks)


def test_visit_drafts_fail_until_signed_and_older_drafts_still_count(li, case):
    visits = VisitService(li)
    draft = visits.start(case.id, content(MONDAY))
    check = checks_by_id(ClosingService(li), MONDAY)[CheckId.VISITS_SIGNED]
    assert not check.passed
    assert check.count("unsigned") == 1 and check.count("earlier") == 0 and check.names == ("李老师 ×1",)
    # not a word of the record in what the check says
    assert "考试焦虑" not in repr(check) and "王䶮" not in repr(check)
    visits.sign(draft.id, content(MONDAY))
    assert checks_by_id(ClosingService(li), MONDAY)[CheckId.VISITS_SIGNED].passed

    visits.start(case.id, content(MONDAY))           # left unsigned on Monday …
    at(li, MONDAY + timedelta(days=1))
    tuesday = checks_by_id(ClosingService(li), MONDAY + timedelta(days=1))[CheckId.VISITS_SIGNED]
    assert not tuesday.passed and tuesday.count("unsigned") == 1 and tuesday.count("earlier") == 1
    # … and a draft dated later does not fail an earlier day
    assert checks_by_id(ClosingService(li), MONDAY - timedelta(days=1))[CheckId.VISITS_SIGNED].passed


def test_the_whole_room_counts_not_only_the_signers_own_drafts(staff, li, case):
    VisitService(li).start(case.id, content(MONDAY))
    zhou = at(staff.login("zhou"), MONDAY)
    check = checks_by_id(ClosingService(zhou), MONDAY)[CheckId.VISITS_SIGNED]
    assert not check.passed and check.names == ("李老师 ×1",)
    zhou.logout()


def test_appointments_still_only_booked_fail_until_settled(li, case):
    appointments = AppointmentService(li)
    first = appointments.book(AppointmentDraft(case.client_id, li.user.id, datetime.combine(MONDAY, time(10))))
    second = appointments.book(AppointmentDraft(case.client_id, li.user.id, datetime.combine(MONDAY, time(14))))
    appointments.book(AppointmentDraft(case.client_id, li.user.id,
                                       datetime.combine(MONDAY + timedelta(days=1), time(10))))
    check = checks_by_id(ClosingService(li), MONDAY)[CheckId.APPOINTMENTS_RESOLVED]
    assert not check.passed and check.count("booked") == 2 and check.count("total") == 2
    assert check.names == ("10:00 李老师", "14:00 李老师")
    appointments.set_status(first.id, AppointmentStatus.ATTENDED)
    appointments.set_status(second.id, AppointmentStatus.CANCELLED, "学生请假")
    check = checks_by_id(ClosingService(li), MONDAY)[CheckId.APPOINTMENTS_RESOLVED]
    assert check.passed and check.count("total") == 1   # the cancelled one is no longer the day's


def test_an_open_crisis_must_be_reviewed_each_day(li, case):
    visits = VisitService(li)
    visits.sign(visits.start(case.id, content(MONDAY, RiskLevel.HIGH)).id, content(MONDAY, RiskLevel.HIGH))
    crisis = CrisisService(li).open_crises()[0]
    # opened today: it was looked at today
    assert checks_by_id(ClosingService(li), MONDAY)[CheckId.CRISES_REVIEWED].passed
    tuesday = MONDAY + timedelta(days=1)
    at(li, tuesday)
    check = checks_by_id(ClosingService(li), tuesday)[CheckId.CRISES_REVIEWED]
    assert not check.passed and check.count("unreviewed") == 1 and check.names == ("李老师 ×1",)
    CrisisService(li).review(crisis.id)
    assert checks_by_id(ClosingService(li), tuesday)[CheckId.CRISES_REVIEWED].passed
    at(li, tuesday + timedelta(days=1))
    assert not checks_by_id(ClosingService(li), tuesday + timedelta(days=1))[CheckId.CRISES_REVIEWED].passed


def test_materials_out_or_counts_not_adding_up_fail(li, boss):
    material = MaterialService(boss).add(MaterialDraft("PHQ-9 答题纸", scale_code="phq9"), 20, "开学清点")
    register = MaterialService(li)
    handout = register.hand_out(material.id, 2)
    check = checks_by_id(ClosingService(li), MONDAY)[CheckId.MATERIALS_RETURNED]
    assert not check.passed and check.count("out") == 2 and check.names == ("PHQ-9 答题纸 ×2 · 李老师",)
    register.take_back(handout.id, 1, used=1)
    assert checks_by_id(ClosingService(li), MONDAY)[CheckId.MATERIALS_RETURNED].passed
    with li.db.transaction():   # someone changed the count outside the application
        li.db.execute("UPDATE materials SET on_hand = on_hand - 1 WHERE id = ?", (material.id,))
    check = checks_by_id(ClosingService(li), MONDAY)[CheckId.MATERIALS_RETURNED]
    assert not check.passed and check.count("mismatched") == 1 and check.names == ("PHQ-9 答题纸",)


def test_signing_with_a_failing_check_needs_a_reason_and_keeps_it(li, boss, case):
    VisitService(li).start(case.id, content(MONDAY))
    closing = ClosingService(li)
    with pytest.raises(ValidationError) as refused:
        closing.sign(MONDAY, tick_all(closing))
    assert refused.value.code == "closing.reason_required" and refused.value.field == "reason"
    assert refused.value.params == {"count": 1}
    with pytest.raises(ValidationError):
        closing.sign(MONDAY, tick_all(closing), reason="   ")
    assert closing.get(MONDAY) is None

    signed = closing.sign(MONDAY, tick_all(closing), reason=REASON)
    assert signed.reason == REASON and signed.overridden
    assert signed.signed_by_name == "李老师" and signed.day == MONDAY
    assert [c.id for c in signed.failed_checks] == [CheckId.VISITS_SIGNED.value]
    assert len(signed.items) == len(DEFAULT_ITEMS) and all(a.checked for a in signed.items)
    again = ClosingService(boss).get(MONDAY)
    assert again == signed
    rows = AuditService(boss).search(AuditFilter(action=Action.CLOSING_SIGNED.value))
    assert len(rows) == 1 and rows[0].actor == "li" and rows[0].target == f"closing:{MONDAY.isoformat()}"
    assert rows[0].detail == {"day": MONDAY.isoformat(), "items": len(DEFAULT_ITEMS),
                              "failed_checks": ["visits_signed"], "reason": REASON}


def test_a_clean_day_signs_without_a_reason(li):
    closing = ClosingService(li)
    signed = closing.sign(MONDAY, tick_all(closing))
    assert not signed.overridden and signed.reason == ""
    assert closing.checklist(MONDAY).closing == signed


def test_every_physical_item_must_be_ticked(li):
    closing = ClosingService(li)
    items = closing.items()
    answers = tick_all(closing)
    answers[items[2].id] = False
    with pytest.raises(ValidationError) as refused:
        closing.sign(MONDAY, answers)
    assert refused.value.code == "closing.item_unticked"
    assert refused.value.params == {"count": 1, "first": items[2].label}
    del answers[items[2].id]
    with pytest.raises(ValidationError):
        closing.sign(MONDAY, answers)
    with pytest.raises(ValidationError) as stale:
        closing.sign(MONDAY, {**tick_all(closing), 9999: True})
    assert stale.value.code == "closing.items_changed"
    assert closing.get(MONDAY) is None


def test_one_closing_a_day_signed_on_that_day_and_never_changed(li, boss):
    closing = ClosingService(li)
    closing.sign(MONDAY, tick_all(closing))
    with pytest.raises(ValidationError) as twice:
        ClosingService(boss).sign(MONDAY, tick_all(closing))
    assert twice.value.code == "closing.already_signed" and twice.value.params["name"] == "李老师"
    with pytest.raises(ValidationError) as late:
        closing.sign(MONDAY - timedelta(days=1), tick_all(closing))
    assert late.value.code == "closing.not_today"
    for statement in ("UPDATE closings SET reason = 'x'", "DELETE FROM closings"):
        with pytest.raises(Exception, match="append-only"):
            with li.db.transaction():
                li.db.execute(statement)
    assert closing.get(MONDAY).reason == ""


def test_editing_the_items_leaves_signed_checklists_unchanged(li, boss):
    closing = ClosingService(li)
    before = closing.sign(MONDAY, tick_all(closing))
    items = ClosingService(boss).items()
    drafts = [ItemDraft("各室窗户已关好、窗帘已拉上", items[0].id)]           # new words
    drafts += [ItemDraft(i.label, i.id) for i in reversed(items[1:5])]  # new order, one taken off (last)
    drafts += [ItemDraft(items[5].label, items[5].id), ItemDraft("饮水机电源已拔掉")]   # a new item
    new_list = ClosingService(boss).set_items(drafts)
    assert [i.label for i in new_list] == [d.label for d in drafts]
    assert new_list[0].code == "windows" and not new_list[0].is_default_text
    assert new_list[-1].code is None

    after = ClosingService(boss).get(MONDAY)
    assert after == before
    assert [a.label for a in after.items] == [d.label for d in DEFAULT_ITEMS]

    rows = AuditService(boss).search(AuditFilter(action=Action.CLOSING_ITEMS_CHANGED.value))
    assert len(rows) == 1 and rows[0].actor == SUPERVISOR
    assert rows[0].detail == {"items": 7, "added": ["饮水机电源已拔掉"],
                              "changed": ["各室窗户已关好 → 各室窗户已关好、窗帘已拉上"],
                              "removed": [DEFAULT_ITEMS[6].label], "reordered": True}
    # saving the same list again changes nothing and writes nothing
    ClosingService(boss).set_items([ItemDraft(i.label, i.id) for i in new_list])
    assert len(AuditService(boss).search(AuditFilter(action=Action.CLOSING_ITEMS_CHANGED.value))) == 1

    # the next day is ticked against the new list
    tuesday = MONDAY + timedelta(days=1)
    at(li, tuesday)
    assert [i.label for i in ClosingService(li).checklist(tuesday).items] == [d.label for d in drafts]
    signed = ClosingService(li).sign(tuesday, tick_all(ClosingService(li)))
    assert [a.label for a in signed.items] == [d.label for d in drafts]


def test_the_item_list_is_checked(boss):
    service = ClosingService(boss)
    items = service.items()
    for drafts, code in (([], "closing.items_empty"), ([ItemDraft(" ")], "closing.item_empty"),
                         ([ItemDraft("门已锁"), ItemDraft("门已锁 ")], "closing.item_twice"),
                         ([ItemDraft("门已锁", 9999)], "closing.items_changed")):
        with pytest.raises(ValidationError) as refused:
            service.set_items(drafts)
        assert refused.value.code == code
    assert service.items() == items


def test_missed_days_history_and_last_status(li, boss):
    week = [MONDAY + timedelta(days=n) for n in range(7)]
    for day in (week[0], week[2]):                  # Monday and Wednesday closed, Tuesday missed
        at(li, day, 17, 10)
        ClosingService(li).sign(day, tick_all(ClosingService(li)))
    friday_evening = week[4]
    at(li, friday_evening, 18)
    at(boss, friday_evening, 18)
    closing = ClosingService(li)
    # Thursday missed too; Friday is today (it can still be signed); the weekend is closed
    assert closing.missed_days(week[0]) == [week[1], week[3]]
    assert closing.missed_days(week[2]) == [week[3]]
    assert closing.status(week[1]).missed and not closing.status(week[1]).signed
    monday = closing.status(week[0])
    assert monday.signed and monday.signed_by_name == "李老师" and not monday.missed
    assert not closing.status(week[4]).missed            # today
    assert closing.last_status().day == week[3] and closing.last_status().missed

    at(boss, week[6] + timedelta(days=1), 8)            # the next Monday morning
    assert ClosingService(boss).last_status().day == week[4]   # Friday: the weekend is skipped
    months = {(d.year, d.month) for d in week}     # the week may run into the next month
    history = {d.day: d for year, month in months for d in ClosingService(boss).history(year, month)}
    assert history[week[0]].closing is not None and not history[week[0]].missed
    assert history[week[1]].missed and history[week[3]].missed and history[week[4]].missed
    assert not history[week[5]].open_day and not history[week[5]].missed
    assert len(ClosingService(boss).history(2027, 2)) == 28
    with pytest.raises(ValidationError):
        ClosingService(boss).history(2026, 13)


def test_days_before_the_checklist_was_in_use_are_not_missed(li):
    long_ago = pinned_clock.today() - timedelta(days=400)
    assert all(d >= pinned_clock.today() for d in ClosingService(li).missed_days(long_ago))


def test_needs_closing_now_after_the_opening_hours(li):
    closing = ClosingService(li)
    assert not closing.needs_closing_now(datetime.combine(MONDAY, time(16, 59)))
    assert closing.needs_closing_now(datetime.combine(MONDAY, time(17, 0)))
    assert not closing.needs_closing_now(datetime.combine(MONDAY + timedelta(days=5), time(18)))  # Saturday
    at(li, MONDAY, 17, 30)
    assert closing.needs_closing_now()
    closing.sign(MONDAY, tick_all(closing))
    assert not closing.needs_closing_now()


def test_who_may_close_the_room(staff, li):
    assistant = at(staff.login("zhao"), MONDAY, 17, 30)
    service = ClosingService(assistant)
    assert not service.may_sign() and ClosingService(li).may_sign()
    for call in (lambda: service.items(), lambda: service.checks(), lambda: service.checklist(),
                 lambda: service.sign(MONDAY, {}), lambda: service.get(MONDAY),
                 lambda: service.history(MONDAY.year, MONDAY.month),
                 lambda: service.set_items([ItemDraft("门已锁")])):
        with pytest.raises(PermissionDenied):
            call()
    # whether the room was closed is no secret: dates and names only
    assert service.needs_closing_now() and service.missed_days(MONDAY) == []
    assert not service.status(MONDAY).signed
    for call in (lambda: ClosingService(li).history(MONDAY.year, MONDAY.month),
                 lambda: ClosingService(li).set_items([ItemDraft("门已锁")])):
        with pytest.raises(PermissionDenied):
            call()
    assistant.logout()


def test_a_new_check_is_one_more_provider(li):
    """How "a local backup made today" joins once the archive feature lands."""
    def backup_made(session, day):
        return DataCheck("backup_made", False, {"backups": 0})

    closing = ClosingService(li, providers=[*CHECK_PROVIDERS, backup_made])
    assert [c.id for c in closing.checklist(MONDAY).checks][-1] == "backup_made"
    signed = closing.sign(MONDAY, tick_all(closing), reason="备份盘今天没带来")
    assert signed.failed_checks == (DataCheck("backup_made", False, {"backups": 0}),)
    assert ClosingService(li).get(MONDAY).checks[-1].id == "backup_made"   # read back without the provider


def test_the_month_prints_for_the_supervisor_and_the_copy_is_audited(li, boss, case):
    VisitService(li).start(case.id, content(MONDAY))
    ClosingService(li).sign(MONDAY, tick_all(ClosingService(li)), reason=REASON)
    at(boss, MONDAY + timedelta(days=2), 9)
    printing = PrintService(boss)
    text = squeeze(pdf_text(printing.closing_month(MONDAY.year, MONDAY.month)))
    assert MONDAY.isoformat() in text and squeeze(REASON) in text and "李老师×1" in text
    assert "未签署（漏检）" in text                       # Tuesday
    assert "王䶮" not in text and "考试焦虑" not in text     # nothing of the records themselves
    printing.record_output("closing_month", MONDAY.year * 100 + MONDAY.month, "pdf")
    rows = AuditService(boss).search(AuditFilter(action=Action.RECORD_PRINTED.value))
    assert rows[0].target == f"closing_month:{MONDAY.year}{MONDAY.month:02d}"
    assert rows[0].detail == {"document": "closing_month", "id": MONDAY.year * 100 + MONDAY.month, "output": "pdf"}
    with pytest.raises(PermissionDenied):
        PrintService(li).closing_month(MONDAY.year, MONDAY.month)


def test_the_days_backup_is_a_data_check(staff):
    session = at(staff.login("li"), MONDAY + timedelta(days=1), backup=False)
    check = checks_by_id(ClosingService(session), MONDAY + timedelta(days=1))[CheckId.BACKUP_MADE]
    assert not check.passed
    BackupService(session).make()
    assert checks_by_id(ClosingService(session), MONDAY + timedelta(days=1))[CheckId.BACKUP_MADE].passed
    session.logout()
