"""The activities log (活动记录, R22): who logs and changes what, every field's rule, the audit rows,
files kept encrypted inside the database, and the counts the statistics and reports read."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from rooms import SUPERVISOR
from counselroom.domain.activities import (
    ATTENDANCE_MAX, LESSONS_MAX, TITLE_MAX, ActivityDraft, ActivityKind, ActivityTotals, Audience, ClassLessons,
)
from counselroom.domain.archive import Quarter
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.services.accounts import AccountService
from counselroom.services.activities import ActivityService
from counselroom.services.audit_service import AuditService
from counselroom.storage.quarter_repo import QuarterRepository

PNG = b"\x89PNG\r\n\x1a\n" + b"MARKER-SIGN-IN-SHEET" * 100
PDF = b"%PDF-1.4\n" + b"MARKER-LESSON-PLAN" * 50


def _draft(today: date, **changes) -> ActivityDraft:
    base = ActivityDraft(held_on=today - timedelta(days=3), kind=ActivityKind.LESSON, title="认识情绪",
                         audience=Audience.CLASS, audience_detail="初二(3)班", attendance=45, lessons=1)
    return replace(base, **changes)


def _rows(staff, action: Action) -> list:
    """The audit rows of ``action``, newest first, read by the supervisor."""
    reader = staff.login(SUPERVISOR)
    try:
        return AuditService(reader).search(AuditFilter(action=action.value))
    finally:
        reader.logout()


@pytest.fixture
def li(staff):
    session = staff.login("li")
    yield session
    if not session.locked:
        session.logout()


def test_an_activity_is_logged_with_its_staff_and_files_kept_encrypted(staff, li):
    ids = staff.ids
    service = ActivityService(li)
    draft = _draft(li.today(), title="  认识\u200b情绪 ", presenter_ids=(ids["li"], ids["zhou"], ids["li"]),
                   outside_presenter="市精神卫生中心 张医生", notes="学生反馈积极")
    saved = service.record(draft, files=[("扫描件/签到表.png", PNG), ("C:\\教案\\认识情绪.pdf", PDF)])
    assert saved.title == "认识情绪" and saved.created_by == ids["li"]
    assert sorted(saved.presenter_ids) == sorted([ids["li"], ids["zhou"]])
    assert set(saved.presenter_names) == {"李老师", "周老师"}
    assert [(f.name, f.mime, f.size) for f in saved.files] == [("签到表.png", "image/png", len(PNG)),
                                                              ("认识情绪.pdf", "application/pdf", len(PDF))]
    assert service.get(saved.id) == saved
    found, data = service.open_file(saved.files[0].id)
    assert found == saved.files[0] and data == PNG
    li.logout()
    for path in staff.room.inst.data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert b"MARKER-SIGN-IN-SHEET" not in content and b"MARKER-LESSON-PLAN" not in content
    [recorded] = _rows(staff, Action.ACTIVITY_RECORDED)
    assert recorded.target == f"activity:{saved.id}" and recorded.actor == "li"
    assert recorded.detail == {"kind": "lesson", "day": draft.held_on.isoformat(), "lessons": 1, "attendance": 45}
    added = _rows(staff, Action.ACTIVITY_FILE_ADDED)
    assert sorted(r.detail["file"] for r in added) == [f.id for f in saved.files]
    [viewed] = _rows(staff, Action.ACTIVITY_FILE_VIEWED)
    assert viewed.detail == {"file": saved.files[0].id} and viewed.target == f"activity:{saved.id}"


@pytest.mark.parametrize("changes, field, code", [
    ({"title": "  "}, "title", "field.required"),
    ({"title": "长" * (TITLE_MAX + 1)}, "title", "text.too_long"),
    ({"held_on": "tomorrow"}, "held_on", "date.in_future"),
    ({"audience": Audience.CLASS, "audience_detail": ""}, "audience_detail", "field.required"),
    ({"audience": Audience.GRADE, "audience_detail": "\u200b"}, "audience_detail", "field.required"),
    ({"audience": Audience.OTHER, "audience_detail": ""}, "audience_detail", "field.required"),
    ({"attendance": -1}, "attendance", "activity.number_range"),
    ({"attendance": ATTENDANCE_MAX + 1}, "attendance", "activity.number_range"),
    ({"kind": ActivityKind.LESSON, "lessons": 0}, "lessons", "activity.number_range"),
    ({"kind": ActivityKind.TEACHER_TRAINING, "lessons": 0}, "lessons", "activity.number_range"),
    ({"lessons": LESSONS_MAX + 1}, "lessons", "activity.number_range"),
    ({"presenter_ids": (), "outside_presenter": " "}, "presenters", "field.required"),
    ({"presenter_ids": (999,)}, "presenters", "activity.presenter_invalid"),
    ({"notes": "记" * 2001}, "notes", "text.too_long"),
])
def test_each_field_is_refused_at_itself(staff, li, changes, field, code):
    if changes.get("held_on") == "tomorrow":
        changes = {**changes, "held_on": li.today() + timedelta(days=1)}
    changes.setdefault("presenter_ids", (staff.ids["li"],))
    with pytest.raises(ValidationError) as err:
        ActivityService(li).record(_draft(li.today(), **changes))
    assert (err.value.field, err.value.code) == (field, code)
    assert ActivityService(li).in_period(date(2000, 1, 1), li.today()) == []
    assert _rows(staff, Action.ACTIVITY_RECORDED) == []


def test_what_the_rules_allow_passes(staff, li):
    service = ActivityService(li)
    today = li.today()
    campaign = service.record(_draft(today, kind=ActivityKind.CAMPAIGN, title="5·25 心理健康日展板",
                                     audience=Audience.WHOLE_SCHOOL, audience_detail="", attendance=None,
                                     lessons=0, outside_presenter="校团委"))
    assert campaign.attendance is None and campaign.lessons == 0 and campaign.presenter_ids == ()
    parents = service.record(_draft(today, kind=ActivityKind.PARENTS, audience=Audience.PARENTS, audience_detail="",
                                    presenter_ids=(staff.ids["li"],), held_on=today, attendance=0))
    assert parents.held_on == today and parents.attendance == 0


@pytest.mark.parametrize("name, data, code", [
    ("a.gif", b"GIF89a....", "consent.attachment_type"),
    ("big.pdf", b"%PDF-" + b"0" * (21 * 1024 * 1024), "consent.attachment_too_large"),
])
def test_only_scans_and_pdfs_of_sensible_size(staff, li, name, data, code):
    service = ActivityService(li)
    draft = _draft(li.today(), presenter_ids=(staff.ids["li"],))
    with pytest.raises(ValidationError) as err:
        service.record(draft, files=[("ok.png", PNG), (name, data)])
    assert (err.value.field, err.value.code) == ("attachment", code)
    assert service.in_period(date(2000, 1, 1), li.today()) == []
    saved = service.record(draft)
    with pytest.raises(ValidationError):
        service.attach(saved.id, name, data)
    assert service.get(saved.id).files == ()


def test_assistants_neither_read_nor_log(staff, li):
    saved = ActivityService(li).record(_draft(li.today(), presenter_ids=(staff.ids["li"],)),
                                       files=[("a.png", PNG)])
    zhao = staff.login("zhao")
    service = ActivityService(zhao)
    today = zhao.today()
    calls = [lambda: service.in_period(today, today), lambda: service.get(saved.id), service.first_day,
             service.people, lambda: service.totals_by_kind(today, today),
             lambda: service.totals_by_month(today, today), lambda: service.class_lessons(today, today),
             lambda: service.record(_draft(today, presenter_ids=(staff.ids["zhao"],))),
             lambda: service.update(saved.id, saved), lambda: service.delete(saved.id),
             lambda: service.attach(saved.id, "b.png", PNG), lambda: service.remove_file(saved.files[0].id),
             lambda: service.open_file(saved.files[0].id), lambda: service.record_output(saved.files[0].id, "print")]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert not service.may_change(saved)
    zhao.logout()


def test_a_counsellor_changes_what_they_logged_or_ran_the_supervisor_anything(staff, li):
    ids = staff.ids
    today = li.today()
    mine = ActivityService(li).record(_draft(today, presenter_ids=(ids["li"],), title="li 的课"))
    run_by_zhou = ActivityService(li).record(_draft(today, presenter_ids=(ids["zhou"],), title="周老师的讲座",
                                                    kind=ActivityKind.LECTURE, audience=Audience.GRADE,
                                                    audience_detail="初一年级"))
    boss = staff.login(SUPERVISOR)
    by_boss = ActivityService(boss).record(_draft(today, presenter_ids=(ids[SUPERVISOR],), title="负责人的培训",
                                                  kind=ActivityKind.TEACHER_TRAINING, audience=Audience.TEACHERS,
                                                  audience_detail="全体班主任", lessons=2))
    zhou = staff.login("zhou")
    service = ActivityService(zhou)
    # zhou reads the whole log, newest first
    assert [a.id for a in service.in_period(today - timedelta(days=30), today)] == [by_boss.id, run_by_zhou.id,
                                                                                     mine.id]
    assert not service.may_change(mine) and not service.may_change(by_boss) and service.may_change(run_by_zhou)
    for call in (lambda: service.update(mine.id, replace(mine, title="改")), lambda: service.delete(mine.id),
                 lambda: service.attach(by_boss.id, "a.png", PNG)):
        with pytest.raises(PermissionDenied) as err:
            call()
        assert err.value.code == "activity.not_yours"
    changed = service.update(run_by_zhou.id, replace(run_by_zhou, attendance=300))
    assert changed.attendance == 300 and changed.updated_by == ids["zhou"]
    # the supervisor changes and deletes anyone's
    boss_service = ActivityService(boss)
    assert boss_service.may_change(mine)
    assert boss_service.update(mine.id, replace(mine, notes="补充说明")).notes == "补充说明"
    boss_service.delete(run_by_zhou.id)
    with pytest.raises(NotFound) as err:
        service.get(run_by_zhou.id)
    assert err.value.code == "activity.not_found"
    # and li, who logged it, still changes it after the supervisor did
    assert ActivityService(li).update(mine.id, replace(mine, title="新题目")).title == "新题目"
    zhou.logout()
    boss.logout()


def test_updates_are_audited_with_the_fields_that_changed(staff, li):
    ids = staff.ids
    service = ActivityService(li)
    saved = service.record(_draft(li.today(), presenter_ids=(ids["zhou"], ids["li"])), files=[("a.png", PNG)])
    unchanged = service.update(saved.id, replace(saved, presenter_ids=(ids["li"], ids["zhou"])))
    assert unchanged == saved
    assert _rows(staff, Action.ACTIVITY_UPDATED) == []   # nothing changed, nothing written
    changed = service.update(saved.id, replace(saved, title="情绪管理", lessons=2, presenter_ids=(ids["li"],)),
                             add_files=[("plan.pdf", PDF)], remove_files=[saved.files[0].id])
    assert (changed.title, changed.lessons, changed.presenter_ids) == ("情绪管理", 2, (ids["li"],))
    assert [f.name for f in changed.files] == ["plan.pdf"]
    [updated] = _rows(staff, Action.ACTIVITY_UPDATED)
    assert updated.detail["fields"] == ["title", "lessons", "presenter_ids"]
    [removed] = _rows(staff, Action.ACTIVITY_FILE_REMOVED)
    assert removed.detail == {"file": saved.files[0].id}
    other = service.record(_draft(li.today(), presenter_ids=(ids["li"],)), files=[("b.png", PNG)])
    with pytest.raises(NotFound):   # another activity's file
        service.update(saved.id, changed, remove_files=[other.files[0].id])
    assert len(service.get(other.id).files) == 1
    after = service.remove_file(other.files[0].id)
    assert after.files == ()
    with pytest.raises(NotFound):
        service.open_file(other.files[0].id)


def test_a_colleague_who_left_stays_on_old_entries_but_is_not_named_anew(staff, li):
    ids = staff.ids
    service = ActivityService(li)
    saved = service.record(_draft(li.today(), presenter_ids=(ids["li"], ids["zhou"])))
    boss = staff.login(SUPERVISOR)
    AccountService(boss).set_active(ids["zhou"], False)
    boss.logout()
    assert ids["zhou"] not in [i for i, _ in service.people()]
    kept = service.update(saved.id, replace(saved, attendance=40))
    assert ids["zhou"] in kept.presenter_ids
    with pytest.raises(ValidationError) as err:
        service.record(_draft(li.today(), presenter_ids=(ids["zhou"],)))
    assert (err.value.field, err.value.code) == ("presenters", "activity.presenter_invalid")


def test_deleting_removes_the_entry_and_its_files_and_the_audit_keeps_what_it_was(staff, li):
    service = ActivityService(li)
    saved = service.record(_draft(li.today(), presenter_ids=(staff.ids["li"],)), files=[("a.png", PNG)])
    service.delete(saved.id)
    with pytest.raises(NotFound):
        service.get(saved.id)
    with pytest.raises(NotFound):
        service.open_file(saved.files[0].id)
    assert li.db.query_value("SELECT count(*) FROM activity_attachments") == 0
    assert li.db.query_value("SELECT count(*) FROM activity_presenters") == 0
    [deleted] = _rows(staff, Action.ACTIVITY_DELETED)
    assert deleted.detail == {"kind": "lesson", "day": saved.held_on.isoformat(), "title": "认识情绪", "lessons": 1,
                              "attendance": 45, "files": 1}
    with pytest.raises(NotFound):
        service.delete(saved.id)


def test_printing_or_saving_a_copy_is_audited(staff, li):
    service = ActivityService(li)
    saved = service.record(_draft(li.today(), presenter_ids=(staff.ids["li"],)), files=[("a.pdf", PDF)])
    file_id = saved.files[0].id
    service.record_output(file_id, "print")
    service.record_output(file_id, "file")
    with pytest.raises(ValidationError):
        service.record_output(file_id, "email")
    with pytest.raises(NotFound):
        service.record_output(file_id + 100, "print")
    outputs = _rows(staff, Action.ACTIVITY_FILE_OUTPUT)
    assert [r.detail["output"] for r in outputs] == ["file", "print"]
    assert {r.target for r in outputs} == {f"activity:{saved.id}"}


def test_counts_by_kind_month_and_class_over_a_period(staff, li):
    """Hand-counted: five activities over two months, one outside the period, one of zhou's."""
    ids = staff.ids
    today = li.today()
    this_month = today.replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    before = last_month - timedelta(days=1)   # the day before the period starts
    service = ActivityService(li)
    lesson = _draft(today, presenter_ids=(ids["li"],))
    for draft in (
        replace(lesson, held_on=last_month, audience_detail="初二(3)班", attendance=45),
        replace(lesson, held_on=last_month + timedelta(days=14), audience_detail="初二(3)班", attendance=44),
        replace(lesson, held_on=this_month, audience_detail="初二(1)班", attendance=None, lessons=2),
        replace(lesson, held_on=today, kind=ActivityKind.TEACHER_TRAINING, title="倾听技术",
                audience=Audience.TEACHERS, audience_detail="全体班主任", attendance=30, lessons=3,
                presenter_ids=(ids["zhou"],)),
        replace(lesson, held_on=this_month, kind=ActivityKind.CAMPAIGN, title="展板", audience=Audience.WHOLE_SCHOOL,
                audience_detail="", attendance=None, lessons=0),
        replace(lesson, held_on=before, audience_detail="初二(3)班", attendance=50),   # outside the period
    ):
        service.record(draft)
    assert service.totals_by_kind(last_month, today) == [
        ActivityTotals(ActivityKind.LESSON, 3, 4, 89),
        ActivityTotals(ActivityKind.CAMPAIGN, 1, 0, 0),
        ActivityTotals(ActivityKind.TEACHER_TRAINING, 1, 3, 30),
    ]
    assert service.totals_by_month(last_month, today) == [
        ActivityTotals(ActivityKind.LESSON, 2, 2, 89, month=last_month),
        ActivityTotals(ActivityKind.LESSON, 1, 2, 0, month=this_month),
        ActivityTotals(ActivityKind.CAMPAIGN, 1, 0, 0, month=this_month),
        ActivityTotals(ActivityKind.TEACHER_TRAINING, 1, 3, 30, month=this_month),
    ]
    assert service.class_lessons(last_month, today) == [ClassLessons("初二(1)班", 2, 1), ClassLessons("初二(3)班", 2, 2)]
    # one person's own work: the activities they ran
    assert service.totals_by_kind(last_month, today, presenter_id=ids["zhou"]) == [
        ActivityTotals(ActivityKind.TEACHER_TRAINING, 1, 3, 30)]
    assert service.class_lessons(last_month, today, presenter_id=ids["zhou"]) == []
    # the period's bounds are days included
    assert [a.held_on for a in service.in_period(before, before)] == [before]
    assert [a.kind for a in service.in_period(last_month, today, kind=ActivityKind.CAMPAIGN)] == [
        ActivityKind.CAMPAIGN]
    assert service.first_day() == before
    assert service.totals_by_kind(today + timedelta(days=1), today + timedelta(days=9)) == []


def test_counts_read_on_a_worker_reader(staff, li):
    ActivityService(li).record(_draft(li.today(), presenter_ids=(staff.ids["li"],)))
    today = li.today()
    with li.reader() as reader:
        service = ActivityService(reader)
        assert [t.activities for t in service.totals_by_kind(today - timedelta(days=7), today)] == [1]
        assert len(service.in_period(today - timedelta(days=7), today)) == 1
        assert service.people()


def test_an_archived_quarter_does_not_freeze_the_log(staff, li):
    """The log is not in the quarterly archive (see services/activities.py): a talk of a quarter
    already archived is logged and corrected afterwards, for the term report."""
    today = li.today()
    earlier = Quarter.of(today).previous()
    boss = staff.login(SUPERVISOR)
    with boss.db.transaction():
        QuarterRepository(boss.db).record_export(
            quarter=earlier, exported_at=boss.clock(), exported_by=staff.ids[SUPERVISOR], file_name="x.7z",
            size=1, sha256="0" * 64, counts={}, audit_seq=1, audit_mac="")
    boss.logout()
    service = ActivityService(li)
    saved = service.record(_draft(today, held_on=earlier.last_day, presenter_ids=(staff.ids["li"],)))
    assert service.update(saved.id, replace(saved, attendance=46)).attendance == 46
    assert "activities" not in {rule.table for rule in QuarterRepository(li.db).rules()}


def test_nothing_changes_while_locked(staff, li):
    saved = ActivityService(li).record(_draft(li.today(), presenter_ids=(staff.ids["li"],)))
    li.lock()
    service = ActivityService(li)
    assert not service.may_change(saved)
    with pytest.raises(PermissionDenied):
        service.in_period(saved.held_on, saved.held_on)


def test_presenters_once_each_in_a_draft(staff, li):
    ids = staff.ids
    saved = ActivityService(li).record(_draft(li.today(), presenter_ids=(ids["li"], ids["li"])))
    assert saved.presenter_ids == (ids["li"],)
    assert isinstance(saved.created_at, datetime)


def test_the_words_of_kinds_and_audiences_are_their_own():
    """labels.py keys words by member: a kind must not share a name and value with another enum's member
    (VisitKind.GROUP is 团体, a parents' audience 家长)."""
    from counselroom.domain.labels import label

    assert [label(k, "zh_CN") for k in ActivityKind] == [
        "心理健康课", "心理讲座", "团体辅导", "家长讲座/家长会", "心理委员培训", "宣传活动", "教师培训", "其他"]
    assert [label(a, "en") for a in Audience] == ["A grade", "A class", "Parents", "Teachers", "Whole school",
                                                  "Other"]
