"""R12: after a verified export the quarter's appointments, duty shifts and consents are read-only
too (like its visit records and tests), at the field the dialogs show; a consent may still be
withdrawn, and crises and referrals stay workable; each lands in the next quarter's archive."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from counselroom.domain.appointments import AppointmentDraft, AppointmentStatus
from counselroom.domain.archive import Quarter
from counselroom.domain.audit import Action
from counselroom.domain.consent import ConsentDraft, ConsentGiver, ConsentKind
from counselroom.domain.crisis import CrisisStep, StepRecord, StepState
from counselroom.domain.duty import Correction, Entry
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.domain.referrals import ReferralDraft, ReferralStatus
from counselroom.domain.visits import RiskLevel
from counselroom.services.appointments import AppointmentService
from counselroom.services.archive import ArchiveService
from counselroom.services.archived import READ_ONLY
from counselroom.services.consent import ConsentService
from counselroom.services.crisis import CrisisService
from counselroom.services.duty import DutyService
from counselroom.services.referrals import ReferralService
from counselroom.storage.appointments_repo import AppointmentRepository
from counselroom.storage.consents_repo import ConsentRepository
from counselroom.storage.crises_repo import CrisisRepository
from counselroom.storage.duty_repo import DutyRepository
from counselroom.storage.quarter_repo import QuarterRepository
from counselroom.storage.referrals_repo import ReferralRepository
from counselroom.storage.users_repo import UserRepository

from archive_fixtures import (  # noqa: F401 - fixtures
    ATTACHMENT_NAME, PNG, _quarter_template, archived_room, exported, independent_counts,
)


def refused(call, field: str, quarter: Quarter, code: str = READ_ONLY) -> ValidationError:
    """``call`` is refused at ``field`` because ``quarter`` is archived."""
    with pytest.raises(ValidationError) as caught:
        call()
    err = caught.value
    assert (err.field, err.code, err.params.get("quarter")) == (field, code, str(quarter))
    return err


def a_day(quarter: Quarter, offset: int) -> date:
    """A weekday ``offset`` days into ``quarter``."""
    day = quarter.first_day + timedelta(days=offset)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def moment(day: date, hour: int, minute: int = 0) -> datetime:
    """A stored (UTC-aware) timestamp of the room's wall-clock time."""
    return datetime.combine(day, time(hour, minute)).astimezone()


def rows_of(session, quarter: Quarter, table: str) -> list[int]:
    """The keys of ``table``'s rows the archive of ``quarter`` would hold now."""
    repo = QuarterRepository(session.db)
    with repo.snapshot():
        return next([r[0] for r in t.rows] for t in repo.iter_tables(quarter, rows=False) if t.table == table)


def audit_rows(session, action: Action) -> int:
    return session.db.query_one("SELECT count(*) FROM audit WHERE action = ?", (action.value,))[0]


def test_appointments_of_an_archived_quarter_are_read_only(archived_room):
    quarter, ids = archived_room.quarter, archived_room.ids
    day = a_day(quarter, 35)
    li = archived_room.login("li")
    try:
        service, repo = AppointmentService(li), AppointmentRepository(li.db)
        archived = repo.get(ids["appointment"])
        assert archived.status is AppointmentStatus.BOOKED and quarter.contains(archived.starts_at.date())
        # Booking into the quarter, whoever books.
        refused(lambda: service.book(AppointmentDraft(ids["client"], li.user.id, datetime.combine(day, time(15))),
                                     outside_hours_ok=True), "starts_at", quarter)
        # Settling or cancelling it, moving it out of the quarter.
        refused(lambda: service.set_status(archived.id, AppointmentStatus.ATTENDED), "status", quarter)
        refused(lambda: service.set_status(archived.id, AppointmentStatus.CANCELLED, "学生请假"), "status", quarter)
        later = datetime.combine(li.today() + timedelta(days=7), time(20, 30))
        moved = AppointmentDraft(archived.client_id, archived.counsellor_id, later, case_id=archived.case_id)
        refused(lambda: service.move(archived.id, moved, outside_hours_ok=True), "starts_at", quarter)
        assert repo.get(archived.id) == archived
        # Moving a booking of today's quarter into the archived one.
        upcoming = service.book(moved, outside_hours_ok=True)
        back = AppointmentDraft(archived.client_id, archived.counsellor_id, datetime.combine(day, time(20, 30)))
        refused(lambda: service.move(upcoming.id, back, outside_hours_ok=True), "starts_at", quarter)
        assert repo.get(upcoming.id) == upcoming
        # Linking a case to a booking the assistant made in that quarter (before the export).
        with li.db.transaction():
            unlinked = repo.add(AppointmentDraft(ids["client"], li.user.id, datetime.combine(day, time(8))),
                                li.user.id, moment(day - timedelta(days=3), 9))
        before, audited = repo.get(unlinked), audit_rows(li, Action.APPOINTMENT_CHANGED)
        refused(lambda: service.link_case(unlinked, ids["case"]), "case", quarter)
        assert repo.get(unlinked) == before and before.case_id is None
        assert audit_rows(li, Action.APPOINTMENT_CHANGED) == audited   # the refused link left no audit row
    finally:
        li.logout()
    # Another counsellor is told she may not work on the case, not that the quarter is archived.
    zhou = archived_room.login("zhou")
    try:
        with pytest.raises(PermissionDenied):
            AppointmentService(zhou).link_case(unlinked, ids["case"])
    finally:
        zhou.logout()


def test_duty_shifts_of_an_archived_quarter_are_read_only_but_a_forgotten_one_can_end(archived_room):
    quarter = archived_room.quarter
    day, other_day = a_day(quarter, 30), a_day(quarter, 50)
    boss = archived_room.login()
    li = archived_room.login("li")
    zhou = archived_room.login("zhou")
    try:
        users = UserRepository(boss.db)
        zhao = users.by_username("zhao")
        repo = DutyRepository(boss.db)
        following = quarter.next()
        with boss.db.transaction():   # recorded before the export
            finished = repo.add(user_id=li.user.id, started_at=datetime.combine(day, time(9)),
                                ended_at=datetime.combine(day, time(11)), visitors=2, notes="两名学生来访",
                                entry=Entry.LIVE, by=li.user.id, now=moment(day, 11))
            forgotten = repo.add(user_id=zhou.user.id, started_at=datetime.combine(other_day, time(14)),
                                 ended_at=None, visitors=0, notes="", entry=Entry.LIVE, by=zhou.user.id,
                                 now=moment(other_day, 14))
            left_open = repo.add(user_id=zhao.id, started_at=datetime.combine(other_day, time(15)), ended_at=None,
                                 visitors=0, notes="", entry=Entry.LIVE, by=zhao.id, now=moment(other_day, 15))
            # A shift of today's quarter (its first day), to be corrected into the archived one.
            current = repo.add(user_id=li.user.id, started_at=datetime.combine(following.first_day, time(0, 10)),
                               ended_at=datetime.combine(following.first_day, time(0, 40)), visitors=0, notes="",
                               entry=Entry.AFTERWARDS, by=li.user.id, now=moment(following.first_day, 1))
        shift = repo.get(finished)
        # Entering a shift afterwards on a day of the quarter (also for someone else).
        refused(lambda: DutyService(li).record_past(datetime.combine(day, time(14)),
                                                    datetime.combine(day, time(16))), "started_at", quarter)
        refused(lambda: DutyService(boss).record_past(datetime.combine(day, time(14)),
                                                      datetime.combine(day, time(16)), user_id=zhou.user.id),
                "started_at", quarter)
        # Correcting or withdrawing a finished shift of the quarter (the supervisor may, else).
        duty = DutyService(boss)
        refused(lambda: duty.correct(finished, visitors=3, reason="补记来访人数"), "started_at", quarter)
        refused(lambda: duty.withdraw(finished, "重复录入"), "shift", quarter)
        assert repo.get(finished) == shift
        # The page is told so before anyone clicks (its buttons follow the rule).
        assert duty.correction_rule(shift) is Correction.NONE
        assert duty.correction_rule(repo.get(current)) is Correction.REASON
        # Correcting a shift of today's quarter into the archived one.
        refused(lambda: duty.correct(current, started_at=datetime.combine(day, time(12)),
                                     ended_at=datetime.combine(day, time(12, 30)), reason="日期录错"),
                "started_at", quarter)
        assert repo.get(current).started_at == datetime.combine(following.first_day, time(0, 10))
        # Someone else's finished shift: the permission rule speaks first.
        with pytest.raises(PermissionDenied):
            DutyService(zhou).withdraw(finished, "重复录入")
        # A shift left open in the archived quarter is ended (or withdrawn), else its person could never
        # go on duty again; the next quarter's archive holds it as it then is.
        assert forgotten not in rows_of(boss, following, "duty_shifts")
        ended = DutyService(zhou).stop(forgotten, ended_at=datetime.combine(other_day, time(17)), visitors=1,
                                       notes="忘记结束值班，补记")
        assert ended.ended_at == datetime.combine(other_day, time(17)) and ended.visitors == 1
        assert DutyService(zhou).start().is_open
        assert DutyService(boss).withdraw(left_open, "误点开始值班").withdrawn
        assert {forgotten, left_open} <= set(rows_of(boss, following, "duty_shifts"))
        assert {finished, forgotten, left_open} <= set(rows_of(boss, quarter, "duty_shifts"))
        assert finished not in rows_of(boss, following, "duty_shifts")
    finally:
        for session in (boss, li, zhou):
            session.logout()


def test_consents_of_an_archived_quarter_are_read_only_but_may_be_withdrawn(archived_room):
    quarter, ids = archived_room.quarter, archived_room.ids
    following = quarter.next()
    li = archived_room.login("li")
    try:
        service, repo = ConsentService(li), ConsentRepository(li.db)
        consent = repo.get(ids["consent"])
        assert consent.active and quarter.contains(consent.given_on)
        recorded = audit_rows(li, Action.CONSENT_RECORDED)
        # Recording a consent signed on a day of the quarter (with the case, or before any case).
        for case_id in (ids["case"], None):
            draft = ConsentDraft(ConsentKind.TESTING, ConsentGiver.GUARDIAN, a_day(quarter, 40), "心理测验", True,
                                 case_id)
            refused(lambda: service.record(ids["client"], draft, attachment=("同意书.png", PNG)), "given_on", quarter)
        assert [c.id for c in service.for_client(ids["client"])] == [consent.id]
        assert audit_rows(li, Action.CONSENT_RECORDED) == recorded   # undone with the refused record
        # Replacing its scanned form.
        refused(lambda: service.attach(consent.id, "新扫描件.png", PNG + b"x"), "attachment", quarter)
        assert service.attachment(consent.id) == (ATTACHMENT_NAME, "image/png", PNG)
        # A withdrawal dated in the archived quarter would be in no archive: date it today instead.
        refused(lambda: service.withdraw(consent.id, a_day(quarter, 60), "家长来电撤回"), "withdrawn_on", quarter,
                "consent.withdrawal_in_archived_quarter")
        assert repo.get(consent.id) == consent
        counted = QuarterRepository(li.db).counts(following)
        assert consent.id not in rows_of(li, following, "consents")
        # The guardian withdraws: always possible, and it goes into the next quarter's archive.
        withdrawn = service.withdraw(consent.id, li.today(), "家长来电撤回同意（九月底已口头告知）")
        assert not withdrawn.active and withdrawn.withdrawn_on == li.today()
        assert consent.id in rows_of(li, following, "consents")
        assert consent.id in rows_of(li, following, "consent_attachments")   # with its signed form
        assert ids["client"] in rows_of(li, following, "clients")
        now = QuarterRepository(li.db).counts(following)
        assert now["consents"] == counted["consents"] + 1
        assert independent_counts(li.db, following)["consents"] == now["consents"]
        # The archived quarter still counts it once, as before.
        assert consent.id in rows_of(li, quarter, "consents")
        assert independent_counts(li.db, quarter)["consents"] == QuarterRepository(li.db).counts(quarter)["consents"]
    finally:
        li.logout()
    boss = archived_room.login()
    try:
        assert ArchiveService(boss).preview(following).counts["consents"] == now["consents"]
    finally:
        boss.logout()


def test_crises_and_referrals_run_on_across_the_archived_quarter(archived_room):
    quarter, ids = archived_room.quarter, archived_room.ids
    following = quarter.next()
    day = a_day(quarter, 45)
    li = archived_room.login("li")
    try:
        frozen = QuarterRepository(li.db).fingerprint(quarter)
        with li.db.transaction():   # opened in the archived quarter and still open
            crisis_id = CrisisRepository(li.db).open(ids["case"], None, RiskLevel.HIGH, li.user.id, moment(day, 10))
            referral_id = ReferralRepository(li.db).add(
                ids["case"], ReferralDraft("市精神卫生中心", "持续失眠，需评估", day, guardian_consent=True,
                                           consent_on=day), li.user.id, moment(day, 11))
        assert crisis_id in rows_of(li, quarter, "crises") and crisis_id in rows_of(li, following, "crises")
        assert referral_id in rows_of(li, quarter, "referrals")
        assert referral_id not in rows_of(li, following, "referrals")
        # The crisis stays workable: reviewed, its steps settled, closed.
        crises = CrisisService(li)
        assert crises.review(crisis_id).last_reviewed_at is not None
        when = li.wall_now() - timedelta(hours=1)
        for record in (StepRecord(CrisisStep.GUARDIAN_INFORMED, StepState.DONE, when, "李老师", "欧阳明", "电话"),
                       StepRecord(CrisisStep.LEADERSHIP_INFORMED, StepState.DONE, when, "李老师", "德育处", "当面"),
                       StepRecord(CrisisStep.REFERRAL, StepState.DONE, when, "李老师", "市精神卫生中心"),
                       StepRecord(CrisisStep.SAFETY_PLAN, StepState.DONE, when, "李老师"),
                       StepRecord(CrisisStep.FOLLOW_UP, StepState.DONE, when, "李老师",
                                  follow_up_dates=(li.today(),))):
            crises.settle_step(crisis_id, record)
        closed = crises.close(crisis_id, "风险解除，转为常规咨询")
        assert not closed.is_open
        # The next quarter's archive holds it again, closed, with every step.
        assert crisis_id in rows_of(li, following, "crises")
        assert crisis_id in rows_of(li, following, "crisis_steps")
        # Feedback on the referral arrives later: recorded, and archived with the next quarter.
        referrals = ReferralService(li)
        answered = referrals.record_feedback(referral_id, "已就诊，建议继续心理咨询", li.today())
        assert answered.status is ReferralStatus.FEEDBACK
        assert referral_id in rows_of(li, following, "referrals")
        assert referrals.close(referral_id).status is ReferralStatus.CLOSED
        counts = QuarterRepository(li.db).counts(following)
        assert counts["referrals"] == len(rows_of(li, following, "referrals"))
        assert independent_counts(li.db, following)["crises"] == counts["crises"]
        # What the export checks before it marks a quarter archived: crises and referrals may change
        # meanwhile (the next archive holds them), its appointments and consents may not.
        repo = QuarterRepository(li.db)
        assert repo.fingerprint(quarter) == frozen
        for sql in ("UPDATE appointments SET status = 'attended' WHERE id = ?",
                    "UPDATE consent_attachments SET data = zeroblob(length(data)) WHERE consent_id = ?"):
            with li.db.transaction():
                li.db.execute(sql, (ids["appointment"] if "appointments" in sql else ids["consent"],))
            assert repo.fingerprint(quarter) != frozen
            frozen = repo.fingerprint(quarter)
    finally:
        li.logout()
