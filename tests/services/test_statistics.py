"""The statistics service (issue 16 §1): every figure against a room counted by hand, who may read whose.

The room is built once through the real services, day by day on the session clock, in the autumn
term of 2026–2027; the figures are read on 10 December 2026 10:00 (the room's wall clock). What it
holds, and so what each figure must be, is written out next to ``_build``.
"""

from __future__ import annotations

import shutil
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from archive_fixtures import _TemplateKeyring
from rooms import STAFF_PW, SUPERVISOR, SUPERVISOR_PW, Room
from counselroom.domain.activities import ActivityDraft, ActivityKind, Audience
from counselroom.domain.appointments import AppointmentDraft, AppointmentStatus
from counselroom.domain.care_register import EntryDraft, Level, ReasonCategory
from counselroom.domain.cases import CaseClosing, CaseDraft, Outcome, ProblemCategory
from counselroom.domain.clients import ClientDraft, ClientType, Gender
from counselroom.domain.crisis import CrisisStep, StepRecord, StepState
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.domain.periods import TermMonths, month_period, parse_period, range_period
from counselroom.domain.referrals import DestinationKind, ReferralDraft
from counselroom.domain.screening import CampaignDraft, InterviewOutcome, SheetDraft
from counselroom.domain.statistics import Section, TableId, Unit, ValueId
from counselroom.domain.visits import RiskLevel, VisitContent, VisitKind
from counselroom.services.activities import ActivityService
from counselroom.services.appointments import AppointmentService
from counselroom.services.auth import login
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.closing import ClosingService
from counselroom.services.crisis import CrisisService
from counselroom.services.duty import DutyService
from counselroom.services.installation import Installation
from counselroom.services.referrals import ReferralService
from counselroom.services.scales import ScaleService
from counselroom.services.screening import ScreeningService
from counselroom.services.settings_service import SettingsService
from counselroom.services.statistics import StatisticsService
from counselroom.services.tests import TestService
from counselroom.services.visits import VisitService

NOVEMBER = month_period(2026, 11)
TERM = parse_period("2026-2027-1")
READ_AT = datetime(2026, 12, 10, 10, 0)
SCALES = Path(__file__).resolve().parents[1] / "fixtures" / "scales"


class WallClock:
    """One clock for every session of the build: the room's wall-clock time it is set to."""

    def __init__(self) -> None:
        self.wall = datetime(2026, 9, 15, 8, 0)

    def __call__(self) -> datetime:
        return self.wall.astimezone()

    def at(self, *when: int) -> None:
        self.wall = datetime(*when)


def _content(day: date, kind: VisitKind = VisitKind.INDIVIDUAL, *, participants: tuple[int, ...] = (),
             risk: RiskLevel = RiskLevel.NONE) -> VisitContent:
    return VisitContent(kind=kind, visit_date=day, start=time(10), end=time(10, 45), complaint="主诉",
                        process="过程", assessment="评估", plan="计划", risk=risk,
                        risk_self_harm=risk is not RiskLevel.NONE, participants=participants)


def _sign(session, case_id: int, content: VisitContent) -> int:
    visits = VisitService(session)
    return visits.sign(visits.start(case_id).id, content).id


def _test(session, case_id: int, code: str, on: date, score: str) -> int:
    """A signed test with every item answered ``score`` (PHQ-9's item 9 with 0: no crisis)."""
    tests = TestService(session)
    test = tests.start(case_id, code, on)
    answers = {item.id: ("0" if (code, item.id) == ("phq9", "9") else score) for item in test.definition.items}
    tests.save_answers(test.id, answers, True)
    return tests.sign(test.id).id


def _settle(session, crisis_id: int, steps: tuple[CrisisStep, ...], done: datetime) -> None:
    for step in steps:
        CrisisService(session).settle_step(crisis_id, StepRecord(
            step, StepState.DONE, done_at=done, done_by="李老师", contact="母亲", method="电话",
            follow_up_dates=(done.date() + timedelta(days=7),) if step is CrisisStep.FOLLOW_UP else ()))


def _activity(session, day: date, kind: ActivityKind, audience: Audience, attendance: int | None, lessons: int,
              *presenters: int) -> None:
    detail = {Audience.GRADE: "初二", Audience.CLASS: "初二(3)班"}.get(audience, "")
    ActivityService(session).record(ActivityDraft(day, kind, f"{kind.value} {day}", audience, detail, attendance,
                                                  lessons, presenters))


def _sheets(session, campaign_id: int, *sheets: tuple[int, str, str]) -> None:
    """Sheets typed in: (client, scale, answer to every item). SCL-LIKE "3" is positive, "1" not;
    MHT-LIKE "yes" is positive, "no" not, "invalid" answers "no" to the validity items: voided."""
    def answers(scale: str, how: str) -> dict[str, str]:
        if scale == "scl90_like":
            return {str(i): how for i in range(1, 91)}
        content, validity = {"yes": ("yes", "yes"), "no": ("no", "yes"), "invalid": ("no", "no")}[how]
        return {str(i): content if i <= 90 else validity for i in range(1, 101)}

    ScreeningService(session).record_sheets(campaign_id, [SheetDraft(client, scale, answers(scale, how))
                                                          for client, scale, how in sheets])


def _interview(session, campaign_id: int, client_id: int, on: date) -> int:
    service = ScreeningService(session)
    invited = next(p.interview for p in service.positives(campaign_id) if p.student.client_id == client_id)
    return service.record_interview(invited.id, on, "约谈").id


def _close_the_room(session, day: date) -> None:
    closing = ClosingService(session)
    closing.sign(day, {item.id: True for item in closing.items()}, reason="演练")


def _build(room: Room) -> dict[str, int]:
    """The room, day by day. Clients: A 初二 girl, B 初二 boy, C 高一 girl, F 初一 boy and G 初二 girl
    (students), D a parent, E a member of staff. Cases: li's A1 (emotion), B1 (study), C1 (family),
    A2 (relationships, A's second); zhou's G1 (emotion), D1 (family); the supervisor's E1 (career).

    Signed visits in November (10): li A1 11-02 individual, A1 11-09 phone, B1 11-03 individual
    (first), B1 11-10 online, C1 11-05 group with F and G (first), A2 11-26 individual (first, medium
    risk); zhou D1 11-11 individual (first), D1 11-18 phone, G1 11-12 group with F (high risk); the
    supervisor E1 11-13 individual (first: the case's first draft was discarded). Outside November:
    G1 09-16, A1 10-21 (first visits, A1's medium risk) and C1 12-01, all individual; B1's draft dated
    11-17 is never signed.

    Activities: li's lecture to 初二 10-28 (200 came, 1 课时); in November li's lesson to 初二(3)班 11-06
    (40, 1 课时), a parents' talk 11-19 run by zhou and li (120, 1 课时) and the supervisor's teacher
    training 11-23 (not counted, 2 课时); li's campaign 12-03 (not counted, no 课时).

    Screening: the supervisor's campaign over 初一 and 初二 (SCL-LIKE and MHT-LIKE), students H, I (初一)
    and J (初二) registered for it. Sheets, by who typed them in: li 09-22 H SCL positive, H MHT, I SCL,
    I MHT voided, F SCL; zhou 10-08 G SCL, G MHT positive, J SCL; li 11-04 F MHT positive, A SCL, A MHT
    voided; zhou 11-06 J MHT positive, 11-30 23:50 B SCL. Interviews: li H 09-28 → a case (H's first);
    zhou G 10-12 → the register; li F 11-09 → no concern; zhou J 11-20, no outcome yet."""
    clock = WallClock()
    boss = login(room.inst, SUPERVISOR, SUPERVISOR_PW, clock=clock)
    li = login(room.inst, "li", STAFF_PW, clock=clock)
    zhou = login(room.inst, "zhou", STAFF_PW, clock=clock)
    zhao = login(room.inst, "zhao", STAFF_PW, clock=clock)
    ids: dict[str, int] = {}
    try:
        clock.at(2026, 9, 15, 9)
        g = ClientService(zhou).register(ClientDraft("甲同学", Gender.FEMALE, grade="初二", class_name="1班"))
        f = ClientService(zhou).register(ClientDraft("乙同学", Gender.MALE, grade="初一", class_name="2班"))
        g1 = CaseService(zhou).open(g.id, CaseDraft(date(2026, 9, 15), "情绪低落", ProblemCategory.EMOTION))
        clock.at(2026, 9, 16, 11)
        _sign(zhou, g1.id, _content(date(2026, 9, 16)))

        clock.at(2026, 9, 20, 9)
        for code in ("scl90_like", "mht_like"):
            ScaleService(boss).import_definition((SCALES / f"{code}.json").read_bytes(), "测试用合成量表")
        h = ClientService(boss).register(ClientDraft("辛同学", Gender.FEMALE, grade="初一", class_name="1班"))
        i = ClientService(boss).register(ClientDraft("壬同学", Gender.MALE, grade="初一", class_name="1班"))
        j = ClientService(boss).register(ClientDraft("癸同学", Gender.MALE, grade="初二", class_name="2班"))
        screening = ScreeningService(boss)
        campaign = screening.create(CampaignDraft(
            "2026学年秋季心理普查", ("scl90_like", "mht_like"), ("初一", "初二"), starts_on=date(2026, 9, 21),
            ends_on=date(2026, 12, 31), notice="已告知家长")).id
        screening.open(campaign)
        clock.at(2026, 9, 22, 15)
        _sheets(li, campaign, (h.id, "scl90_like", "3"), (h.id, "mht_like", "no"), (i.id, "scl90_like", "1"),
                (i.id, "mht_like", "invalid"), (f.id, "scl90_like", "1"))
        clock.at(2026, 9, 25, 10)
        ScreeningService(li).invite(campaign, h.id)
        clock.at(2026, 9, 28, 10)
        ScreeningService(li).set_outcome(_interview(li, campaign, h.id, date(2026, 9, 28)), InterviewOutcome.CASE,
                                         case=CaseDraft(date(2026, 9, 28), "普查后约谈", ProblemCategory.EMOTION))
        clock.at(2026, 10, 8, 14)
        _sheets(zhou, campaign, (g.id, "scl90_like", "1"), (g.id, "mht_like", "yes"), (j.id, "scl90_like", "1"))
        clock.at(2026, 10, 9, 9)
        ScreeningService(zhou).invite(campaign, g.id)
        clock.at(2026, 10, 12, 10)
        ScreeningService(zhou).set_outcome(
            _interview(zhou, campaign, g.id, date(2026, 10, 12)), InterviewOutcome.REGISTER,
            register=EntryDraft(Level.LEVEL3, ReasonCategory.EMOTIONAL, zhou.user.id, next_review=date(2026, 10, 26)))

        clock.at(2026, 10, 20, 9)
        a = ClientService(li).register(ClientDraft("丙同学", Gender.FEMALE, grade="初二", class_name="3班"))
        a1 = CaseService(li).open(a.id, CaseDraft(date(2026, 10, 20), "焦虑", ProblemCategory.EMOTION))
        clock.at(2026, 10, 21, 10)
        _sign(li, a1.id, _content(date(2026, 10, 21), risk=RiskLevel.MEDIUM))       # crisis K1
        _test(li, a1.id, "phq9", date(2026, 10, 21), "0")
        clock.at(2026, 10, 25, 9)
        ReferralService(li).create(a1.id, ReferralDraft("市心理卫生中心", "评估", date(2026, 10, 25),
                                                        guardian_consent=True, consent_on=date(2026, 10, 25)))
        clock.at(2026, 10, 30, 12)
        DutyService(li).record_past(datetime(2026, 10, 30, 9), datetime(2026, 10, 30, 10))

        clock.at(2026, 10, 28, 16)
        _activity(li, date(2026, 10, 28), ActivityKind.LECTURE, Audience.GRADE, 200, 1, li.user.id)

        clock.at(2026, 11, 2, 8, 30)
        attended = AppointmentService(li).book(AppointmentDraft(a.id, li.user.id, datetime(2026, 11, 2, 9)))
        clock.at(2026, 11, 2, 10)
        AppointmentService(li).set_status(attended.id, AppointmentStatus.ATTENDED)
        _sign(li, a1.id, _content(date(2026, 11, 2)))
        _test(li, a1.id, "gad7", date(2026, 11, 2), "0")                             # GAD-7 minimal
        clock.at(2026, 11, 2, 12, 30)
        DutyService(li).record_past(datetime(2026, 11, 2, 9), datetime(2026, 11, 2, 12))
        clock.at(2026, 11, 2, 13, 30)
        DutyService(zhou).record_past(datetime(2026, 11, 2, 11), datetime(2026, 11, 2, 13))
        clock.at(2026, 11, 2, 17, 30)
        _close_the_room(li, date(2026, 11, 2))

        clock.at(2026, 11, 3, 10)
        b = ClientService(li).register(ClientDraft("丁同学", Gender.MALE, grade="初二", class_name="3班"))
        b1 = CaseService(li).open(b.id, CaseDraft(date(2026, 11, 3), "学习压力", ProblemCategory.STUDY))
        _sign(li, b1.id, _content(date(2026, 11, 3)))
        _test(li, b1.id, "phq9", date(2026, 11, 3), "1")                             # PHQ-9 8: mild

        clock.at(2026, 11, 4, 15)
        _sheets(li, campaign, (f.id, "mht_like", "yes"), (a.id, "scl90_like", "1"), (a.id, "mht_like", "invalid"))
        clock.at(2026, 11, 4, 17)
        DutyService(boss).record_past(datetime(2026, 11, 4, 14), datetime(2026, 11, 4, 16, 30))
        clock.at(2026, 11, 4, 17, 30)
        _close_the_room(boss, date(2026, 11, 4))

        clock.at(2026, 11, 5, 9)
        ScreeningService(li).invite(campaign, f.id)
        clock.at(2026, 11, 5, 11)
        c = ClientService(li).register(ClientDraft("戊同学", Gender.FEMALE, grade="高一", class_name="5班"))
        c1 = CaseService(li).open(c.id, CaseDraft(date(2026, 11, 5), "家庭矛盾", ProblemCategory.FAMILY))
        _sign(li, c1.id, _content(date(2026, 11, 5), VisitKind.GROUP, participants=(f.id, g.id)))

        clock.at(2026, 11, 6, 10)
        _sheets(zhou, campaign, (j.id, "mht_like", "yes"))
        clock.at(2026, 11, 6, 16)
        _activity(li, date(2026, 11, 6), ActivityKind.LESSON, Audience.CLASS, 40, 1, li.user.id)

        clock.at(2026, 11, 9, 11)
        _sign(li, a1.id, _content(date(2026, 11, 9), VisitKind.PHONE))
        ScreeningService(li).set_outcome(_interview(li, campaign, f.id, date(2026, 11, 9)), InterviewOutcome.NO_CONCERN)
        ScreeningService(zhou).invite(campaign, j.id)

        clock.at(2026, 11, 10, 11)
        _sign(li, b1.id, _content(date(2026, 11, 10), VisitKind.ONLINE))
        ReferralService(li).create(b1.id, ReferralDraft("医院", "评估", date(2026, 11, 10), guardian_consent=True,
                                                        consent_on=date(2026, 11, 10),
                                                        follow_up_on=date(2026, 11, 20),
                                                        destination_kind=DestinationKind.GENERAL_HOSPITAL))
        d = ClientService(zhou).register(ClientDraft("己女士", Gender.FEMALE, client_type=ClientType.PARENT))
        d1 = CaseService(zhou).open(d.id, CaseDraft(date(2026, 11, 10), "亲子沟通", ProblemCategory.FAMILY))

        clock.at(2026, 11, 11, 11)
        _sign(zhou, d1.id, _content(date(2026, 11, 11)))
        _test(zhou, d1.id, "phq9", date(2026, 11, 11), "2")                          # PHQ-9 16: moderately severe

        clock.at(2026, 11, 12, 14)
        _sign(zhou, g1.id, _content(date(2026, 11, 12), VisitKind.GROUP, participants=(f.id,),
                                    risk=RiskLevel.HIGH))                              # crisis K2
        TestService(li).start(c1.id, "phq9", date(2026, 11, 12))                      # a draft: not counted
        e = ClientService(boss).register(ClientDraft("庚老师", Gender.MALE, client_type=ClientType.STAFF))
        e1 = CaseService(boss).open(e.id, CaseDraft(date(2026, 11, 12), "职业倦怠", ProblemCategory.CAREER))

        clock.at(2026, 11, 13, 11)
        VisitService(boss).discard_draft(VisitService(boss).start(e1.id).id)
        _sign(boss, e1.id, _content(date(2026, 11, 13)))

        clock.at(2026, 11, 15, 9)
        d_referral = ReferralService(zhou).create(d1.id, ReferralDraft("家庭治疗机构", "家庭治疗", date(2026, 11, 15)))

        clock.at(2026, 11, 16, 9)
        k1 = CrisisService(li).open_for_case(a1.id)
        _settle(li, k1.id, tuple(CrisisStep), datetime(2026, 11, 16, 8, 30))
        CrisisService(li).close(k1.id, "已稳定")
        no_show = AppointmentService(li).book(AppointmentDraft(b.id, li.user.id, datetime(2026, 11, 16, 9)))
        clock.at(2026, 11, 16, 10)
        AppointmentService(li).set_status(no_show.id, AppointmentStatus.NO_SHOW)

        clock.at(2026, 11, 17, 15)
        VisitService(li).start(b1.id, VisitContent(visit_date=date(2026, 11, 17), complaint="草稿"))
        mistake = DutyService(li).record_past(datetime(2026, 11, 17, 13), datetime(2026, 11, 17, 14))
        DutyService(li).withdraw(mistake.id, "记错了日期")

        clock.at(2026, 11, 18, 11)
        CaseService(li).close(a1.id, CaseClosing(date(2026, 11, 18), "好转", Outcome.IMPROVED, 4))
        _sign(zhou, d1.id, _content(date(2026, 11, 18), VisitKind.PHONE))

        clock.at(2026, 11, 19, 18)
        _activity(zhou, date(2026, 11, 19), ActivityKind.PARENTS, Audience.PARENTS, 120, 1, zhou.user.id, li.user.id)

        clock.at(2026, 11, 20, 9)
        DutyService(zhao).start()                                        # never ended: a forgotten shift
        _interview(zhou, campaign, j.id, date(2026, 11, 20))
        clock.at(2026, 11, 20, 16)
        k2 = CrisisService(zhou).open_for_case(g1.id)
        _settle(zhou, k2.id, tuple(CrisisStep), datetime(2026, 11, 20, 15))
        CrisisService(zhou).close(k2.id, "已稳定")
        e_referral = ReferralService(boss).create(e1.id, ReferralDraft(
            "市精神卫生中心", "评估", date(2026, 11, 20), destination_kind=DestinationKind.MENTAL_HEALTH_CENTRE))

        clock.at(2026, 11, 21, 10)
        cancelled = AppointmentService(li).book(AppointmentDraft(b.id, li.user.id, datetime(2026, 11, 23, 10)))
        AppointmentService(li).set_status(cancelled.id, AppointmentStatus.CANCELLED, "学生请假")

        clock.at(2026, 11, 22, 10)
        ReferralService(zhou).record_feedback(d_referral.id, "已开始家庭治疗", date(2026, 11, 22))

        clock.at(2026, 11, 24, 10)
        ReferralService(boss).record_feedback(e_referral.id, "已就诊", date(2026, 11, 24))
        ReferralService(boss).close(e_referral.id)

        clock.at(2026, 11, 23, 17)
        _activity(boss, date(2026, 11, 23), ActivityKind.TEACHER_TRAINING, Audience.TEACHERS, None, 2, boss.user.id)

        clock.at(2026, 11, 25, 10)
        AppointmentService(zhao).book(AppointmentDraft(d.id, zhou.user.id, datetime(2026, 11, 25, 14)))
        a2 = CaseService(li).open(a.id, CaseDraft(date(2026, 11, 25), "同伴关系", ProblemCategory.RELATIONSHIPS))

        clock.at(2026, 11, 26, 10, 30)
        _sign(li, a2.id, _content(date(2026, 11, 26), risk=RiskLevel.MEDIUM))       # crisis K3, stays open
        clock.at(2026, 11, 26, 11)
        k3 = CrisisService(li).open_for_case(a2.id)
        _settle(li, k3.id, (CrisisStep.GUARDIAN_INFORMED,), datetime(2026, 11, 26, 10, 50))

        clock.at(2026, 11, 27, 11)
        CaseService(boss).close(e1.id, CaseClosing(date(2026, 11, 27), "已转介", Outcome.REFERRED, 5))

        clock.at(2026, 11, 30, 11)
        CaseService(zhou).close(d1.id, CaseClosing(date(2026, 11, 30), "解决", Outcome.RESOLVED))
        DutyService(zhou).record_past(datetime(2026, 11, 30, 9), datetime(2026, 11, 30, 10, 30))
        clock.at(2026, 11, 30, 23, 50)
        _sheets(zhou, campaign, (b.id, "scl90_like", "1"))               # November's, by the room's clock

        clock.at(2026, 12, 1, 11)
        _sign(li, c1.id, _content(date(2026, 12, 1)))
        DutyService(zhou).record_past(datetime(2026, 12, 1, 9), datetime(2026, 12, 1, 10))
        AppointmentService(li).book(AppointmentDraft(c.id, li.user.id, datetime(2026, 12, 2, 9)))

        clock.at(2026, 12, 3, 15)
        _activity(li, date(2026, 12, 3), ActivityKind.CAMPAIGN, Audience.WHOLE_SCHOOL, None, 0, li.user.id)

        clock.at(2026, 12, 10, 8, 30)
        DutyService(boss).start()                                        # open now: counts up to now
        ids = dict(li=li.user.id, zhou=zhou.user.id, boss=boss.user.id, zhao=zhao.user.id)
    finally:
        for session in (boss, li, zhou, zhao):
            session.logout()
    return ids


@pytest.fixture(scope="module")
def _statistics_template(_staff_template, tmp_path_factory):
    template, _ = _staff_template
    with _TemplateKeyring(template.backend.entries) as backend:
        inst = Installation(tmp_path_factory.mktemp("statistics") / "data")
        shutil.copytree(template.inst.data_dir, inst.data_dir)
        room = Room(inst, backend, template.recovery_groups)
        ids = _build(room)
        entries = dict(backend.entries)
    return room, ids, entries


@pytest.fixture
def counted(_statistics_template, tmp_path, memory_keyring):
    """A copy of the counted room; ``counted.login(name)`` gives a session reading on 10 December."""
    template, ids, entries = _statistics_template
    inst = Installation(tmp_path / "data")
    shutil.copytree(template.inst.data_dir, inst.data_dir)
    memory_keyring.entries.update(entries)
    opened = []

    class Counted:
        def __init__(self) -> None:
            self.ids = ids

        def login(self, name: str):
            session = login(inst, name, SUPERVISOR_PW if name == SUPERVISOR else STAFF_PW)
            session.clock = lambda: READ_AT.astimezone()
            opened.append(session)
            return session

    yield Counted()
    for session in opened:
        if not session.locked:
            session.logout()


def _column(stats, table_id: TableId, subject: str | None = None) -> dict[str, int]:
    return stats.table(table_id, subject).by_row()


def _grid(stats, table_id: TableId) -> dict[str, dict[str, int]]:
    table = stats.table(table_id)
    return {row.key: {col.key: n for col, n in zip(table.columns, cells) if n}
            for row, cells in zip(table.rows, table.cells)}


# -- the whole room, November ---------------------------------------------------------------------------
def test_visits_of_the_whole_room(counted):
    stats = StatisticsService(counted.login(SUPERVISOR)).figures(NOVEMBER)
    assert (stats.counsellor_id, stats.counsellor_name, stats.as_of) == (None, "", READ_AT.date())
    assert _column(stats, TableId.VISITS_BY_KIND) == {"individual": 5, "group": 2, "phone": 2, "online": 1}
    assert _grid(stats, TableId.VISITS_BY_MONTH) == {"2026-11": {"individual": 5, "group": 2, "phone": 2, "online": 1}}
    assert _column(stats, TableId.VISITS_BY_CLIENT_TYPE) == {"student": 7, "parent": 2, "staff": 1}
    assert _grid(stats, TableId.VISITS_BY_GRADE_SEX) == {"初二": {"female": 4, "male": 2}, "高一": {"female": 1}}
    assert _column(stats, TableId.VISITS_BY_CATEGORY) == {
        "study": 2, "relationships": 1, "emotion": 3, "family": 3, "romance": 0, "self": 0, "career": 1,
        "internet": 0, "adjustment": 0, "other": 0}
    assert _grid(stats, TableId.VISITS_BY_GRADE_CATEGORY) == {
        "初二": {"emotion": 3, "relationships": 1, "study": 2}, "高一": {"family": 1}}
    assert _column(stats, TableId.FIRST_AND_FOLLOW_UP) == {"first": 5, "follow_up": 5}
    assert _column(stats, TableId.APPOINTMENTS_BY_STATUS) == {"booked": 1, "attended": 1, "no_show": 1, "cancelled": 1}
    assert stats.value(ValueId.CLIENTS_SEEN) == 7            # A B C D E G, and F at both group sessions
    assert stats.value(ValueId.GROUP_ATTENDANCE) == 5        # C1: C, F, G; G1: G, F
    assert stats.value(ValueId.UNSIGNED_DRAFTS) == 1         # B1's draft of 11-17


def test_cases_crises_referrals_and_tests_of_the_whole_room(counted):
    stats = StatisticsService(counted.login(SUPERVISOR)).figures(NOVEMBER)
    assert _column(stats, TableId.CASES_OPENED_BY_CATEGORY) == {
        "study": 1, "relationships": 1, "emotion": 0, "family": 2, "romance": 0, "self": 0, "career": 1,
        "internet": 0, "adjustment": 0, "other": 0}
    assert stats.value(ValueId.NEW_CLIENTS) == 4             # B C D E; A2 is A's second case
    assert _column(stats, TableId.CASE_OUTCOMES) == {"resolved": 1, "improved": 1, "somewhat": 0, "unchanged": 0,
                                                     "referred": 1, "discontinued": 0}
    assert _column(stats, TableId.SATISFACTION) == {"1": 0, "2": 0, "3": 0, "4": 1, "5": 1, "not_recorded": 1}
    assert stats.value(ValueId.SATISFACTION_MEAN) == 4.5
    assert _column(stats, TableId.CRISES_OPENED_BY_LEVEL) == {"low": 0, "medium": 1, "high": 1}     # K3, K2
    assert _column(stats, TableId.CRISES_CLOSED_BY_LEVEL) == {"low": 0, "medium": 1, "high": 1}     # K1, K2
    # K1 10-21 10:00 → 11-16 09:00 (25 d 23 h), K2 11-12 14:00 → 11-20 16:00 (8 d 2 h): 17.0 d (measured
    # between the moments, so also where the clocks change in between)
    spans = [datetime(2026, 11, 16, 9).astimezone() - datetime(2026, 10, 21, 10).astimezone(),
             datetime(2026, 11, 20, 16).astimezone() - datetime(2026, 11, 12, 14).astimezone()]
    assert stats.value(ValueId.MEDIAN_DAYS_TO_CLOSE) == round(sum(s.total_seconds() for s in spans) / 2 / 86400, 1)
    assert _column(stats, TableId.CRISIS_STEPS_OVERDUE) == {
        "guardian_informed": 0, "leadership_informed": 1, "referral": 1, "safety_plan": 1, "follow_up": 1}
    assert _column(stats, TableId.REFERRALS_BY_STATUS) == {"sent": 1, "feedback": 1, "closed": 1}
    # B1's to a hospital awaits feedback; D1's (no kind chosen: other) came back; E1's, closed
    assert _grid(stats, TableId.REFERRALS_BY_DESTINATION) == {
        "psychiatric_hospital": {}, "general_hospital": {"sent": 1}, "mental_health_centre": {"closed": 1},
        "social_service": {}, "other": {"feedback": 1}}
    assert stats.value(ValueId.FEEDBACK_OVERDUE) == 1        # B1's, due back on 11-20
    assert _column(stats, TableId.TESTS_BY_SCALE) == {"gad7": 1, "phq9": 2}
    assert [r.zh for r in stats.table(TableId.TESTS_BY_SCALE).rows] == ["GAD-7", "PHQ-9"]
    assert _column(stats, TableId.TEST_BANDS, "phq9") == {"minimal": 0, "mild": 1, "moderate": 0,
                                                          "moderately_severe": 1, "severe": 0}
    assert _column(stats, TableId.TEST_BANDS, "gad7") == {"minimal": 1, "mild": 0, "moderate": 0, "severe": 0}
    bands = stats.table(TableId.TEST_BANDS, "phq9")
    assert (bands.subject.key, bands.rows[1].zh, bands.rows[1].en) == ("phq9", "轻度抑郁", "Mild")


def test_duty_and_closings_of_the_whole_room(counted):
    stats = StatisticsService(counted.login(SUPERVISOR)).figures(NOVEMBER)
    # every week touching November; 11-02: li 9–12 and zhou 11–13 count once (9–13)
    assert _column(stats, TableId.DUTY_BY_WEEK) == {"2026-10-26": 60, "2026-11-02": 240 + 150, "2026-11-09": 0,
                                                    "2026-11-16": 0, "2026-11-23": 0, "2026-11-30": 90 + 60}
    assert stats.value(ValueId.DUTY_MINUTES) == 240 + 150 + 90
    assert stats.value(ValueId.OPENING_DAYS) == 4            # 11-02, 11-04, 11-20 (left open), 11-30
    assert stats.value(ValueId.MIN_WEEKLY_MINUTES) == 600
    assert stats.value(ValueId.WEEKS_BELOW_MINIMUM) == 6
    # in use from the first closing (11-02); 21 weekdays from 11-02 to 11-30, two closed
    assert stats.value(ValueId.MISSED_CLOSINGS) == 19


def test_today_open_shift_counts_up_to_now_and_a_running_week_is_not_short_yet(counted):
    stats = StatisticsService(counted.login(SUPERVISOR)).figures(month_period(2026, 12))
    weeks = _column(stats, TableId.DUTY_BY_WEEK)
    assert list(weeks) == ["2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"]
    assert (weeks["2026-11-30"], weeks["2026-12-07"]) == (150, 90)   # 12-10 08:30 until 10:00
    assert stats.value(ValueId.DUTY_MINUTES) == 60 + 90
    assert stats.value(ValueId.OPENING_DAYS) == 2
    assert stats.value(ValueId.WEEKS_BELOW_MINIMUM) == 1
    assert stats.value(ValueId.MISSED_CLOSINGS) == 7         # weekdays 12-01 to 12-09; today can still be signed
    assert _column(stats, TableId.VISITS_BY_KIND)["individual"] == 1
    assert stats.table(TableId.TESTS_BY_SCALE).rows == ()    # none given: an empty table, still there


def test_a_term_by_month(counted):
    stats = StatisticsService(counted.login(SUPERVISOR)).figures(TERM)
    table = stats.table(TableId.VISITS_BY_MONTH)
    assert [r.key for r in table.rows] == ["2026-09", "2026-10", "2026-11", "2026-12", "2027-01"]
    assert [r.zh for r in table.rows][0] == "2026年9月" and table.rows[0].en == "September 2026"
    assert [c.key for c in table.columns] == ["individual", "group", "phone", "online"]
    assert table.cells == ((1, 0, 0, 0), (1, 0, 0, 0), (5, 2, 2, 1), (1, 0, 0, 0), (0, 0, 0, 0))
    assert (table.row_totals, table.column_totals, table.total) == ((1, 1, 10, 1, 0), (8, 2, 2, 1), 13)
    assert _column(stats, TableId.FIRST_AND_FOLLOW_UP) == {"first": 7, "follow_up": 6}
    assert stats.value(ValueId.NEW_CLIENTS) == 7             # G (09-15), H (09-28, screening) and A (10-20) too
    assert _column(stats, TableId.TESTS_BY_SCALE) == {"gad7": 1, "phq9": 3}


def test_activities_of_the_whole_room(counted):
    stats = StatisticsService(counted.login(SUPERVISOR)).figures(NOVEMBER)
    none = {kind.value: 0 for kind in ActivityKind}
    assert _column(stats, TableId.ACTIVITIES_BY_KIND) == {**none, "lesson": 1, "parents_talk": 1, "teacher_training": 1}
    assert _column(stats, TableId.ACTIVITY_ATTENDANCE_BY_KIND) == {**none, "lesson": 40, "parents_talk": 120}
    assert _column(stats, TableId.ACTIVITY_LESSONS_BY_KIND) == {**none, "lesson": 1, "parents_talk": 1,
                                                                 "teacher_training": 2}
    assert _grid(stats, TableId.ACTIVITIES_BY_MONTH) == {
        "2026-11": {"lesson": 1, "parents_talk": 1, "teacher_training": 1}}
    tables, values = stats.section(Section.ACTIVITIES)
    assert [t.id for t in tables] == [TableId.ACTIVITIES_BY_KIND, TableId.ACTIVITY_ATTENDANCE_BY_KIND,
                                      TableId.ACTIVITY_LESSONS_BY_KIND, TableId.ACTIVITIES_BY_MONTH] and values == ()
    assert [t.unit for t in tables] == [Unit.ACTIVITIES, Unit.ATTENDANCES, Unit.LESSONS, Unit.ACTIVITIES]
    assert Unit.ATTENDANCES.counts and not Unit.ACTIVITIES.counts and not Unit.LESSONS.counts


def test_activities_of_a_term_by_month_and_of_one_person(counted):
    boss = StatisticsService(counted.login(SUPERVISOR))
    term = boss.figures(TERM)
    by_month = _grid(term, TableId.ACTIVITIES_BY_MONTH)
    assert list(term.table(TableId.ACTIVITIES_BY_MONTH).rows[i].key for i in range(5)) == [
        "2026-09", "2026-10", "2026-11", "2026-12", "2027-01"]
    assert by_month == {"2026-09": {}, "2026-10": {"lecture": 1},
                        "2026-11": {"lesson": 1, "parents_talk": 1, "teacher_training": 1},
                        "2026-12": {"campaign": 1}, "2027-01": {}}
    assert term.table(TableId.ACTIVITY_ATTENDANCE_BY_KIND).total == 360
    li = StatisticsService(counted.login("li")).figures(NOVEMBER)
    # li ran the lesson and, with zhou, the parents' talk: both are hers in full
    assert {k: n for k, n in _column(li, TableId.ACTIVITIES_BY_KIND).items() if n} == {"lesson": 1, "parents_talk": 1}
    assert li.table(TableId.ACTIVITY_ATTENDANCE_BY_KIND).total == 160
    zhou = boss.figures(NOVEMBER, counted.ids["zhou"])
    assert {k: n for k, n in _column(zhou, TableId.ACTIVITIES_BY_KIND).items() if n} == {"parents_talk": 1}
    assert boss.figures(NOVEMBER, counted.ids["boss"]).table(TableId.ACTIVITY_LESSONS_BY_KIND).total == 2
    assert boss.figures(NOVEMBER, counted.ids["zhao"]).table(TableId.ACTIVITIES_BY_KIND).total == 0


def test_screening_of_the_whole_room(counted):
    boss = StatisticsService(counted.login(SUPERVISOR))
    november = boss.figures(NOVEMBER)
    assert [t.id for t in november.section(Section.SCREENING)[0]] == [
        TableId.SCREENED_BY_GRADE, TableId.SCREENING_SHEETS_BY_GRADE, TableId.SCREENING_POSITIVES_BY_GRADE,
        TableId.SCREENING_INTERVIEWS]
    # F; A, J and B (entered at 23:50 on the 30th); F and J flagged, A's voided sheet flags nobody
    assert _column(november, TableId.SCREENED_BY_GRADE) == {"初一": 1, "初二": 3}
    assert _grid(november, TableId.SCREENING_SHEETS_BY_GRADE) == {"初一": {"valid": 1},
                                                                  "初二": {"valid": 3, "invalid": 1}}
    assert _column(november, TableId.SCREENING_POSITIVES_BY_GRADE) == {"初一": 1, "初二": 1}
    assert _column(november, TableId.SCREENING_INTERVIEWS) == {"no_concern": 1, "case": 0, "register": 0,
                                                                "not_recorded": 1}
    term = boss.figures(TERM)
    # each student once however many sheets: H I F; G J A B. H and F, G and J flagged
    assert _column(term, TableId.SCREENED_BY_GRADE) == {"初一": 3, "初二": 4}
    assert _grid(term, TableId.SCREENING_SHEETS_BY_GRADE) == {"初一": {"valid": 5, "invalid": 1},
                                                              "初二": {"valid": 6, "invalid": 1}}
    assert _column(term, TableId.SCREENING_POSITIVES_BY_GRADE) == {"初一": 2, "初二": 2}
    assert _column(term, TableId.SCREENING_INTERVIEWS) == {"no_concern": 1, "case": 1, "register": 1,
                                                            "not_recorded": 1}
    sheets = term.table(TableId.SCREENING_SHEETS_BY_GRADE)
    assert (sheets.unit, [c.zh for c in sheets.columns]) == (Unit.SHEETS, ["有效", "无效"])
    assert Unit.SHEETS.counts and Unit.INTERVIEWS.counts
    december = boss.figures(month_period(2026, 12))
    assert december.table(TableId.SCREENED_BY_GRADE).rows == ()
    assert december.table(TableId.SCREENING_INTERVIEWS).total == 0


def test_screening_is_the_work_of_who_typed_the_sheets_and_held_the_interviews(counted):
    li = StatisticsService(counted.login("li")).figures(NOVEMBER)
    assert _column(li, TableId.SCREENED_BY_GRADE) == {"初一": 1, "初二": 1}                  # F, A
    assert _grid(li, TableId.SCREENING_SHEETS_BY_GRADE) == {"初一": {"valid": 1}, "初二": {"valid": 1, "invalid": 1}}
    assert _column(li, TableId.SCREENING_POSITIVES_BY_GRADE) == {"初一": 1, "初二": 0}
    assert {k: n for k, n in _column(li, TableId.SCREENING_INTERVIEWS).items() if n} == {"no_concern": 1}
    zhou = StatisticsService(counted.login(SUPERVISOR)).figures(TERM, counted.ids["zhou"])
    assert _column(zhou, TableId.SCREENED_BY_GRADE) == {"初二": 3}                           # G, J, B
    assert _grid(zhou, TableId.SCREENING_SHEETS_BY_GRADE) == {"初二": {"valid": 5}}
    assert _column(zhou, TableId.SCREENING_POSITIVES_BY_GRADE) == {"初二": 2}
    assert {k: n for k, n in _column(zhou, TableId.SCREENING_INTERVIEWS).items() if n} == {"register": 1,
                                                                                          "not_recorded": 1}


# -- one person's work ------------------------------------------------------------------------------------
def test_a_counsellor_sees_only_her_own_work(counted):
    li = counted.login("li")
    stats = StatisticsService(li).figures(NOVEMBER)
    assert (stats.counsellor_id, stats.counsellor_name) == (counted.ids["li"], "李老师")
    assert StatisticsService(li).figures(NOVEMBER, counted.ids["li"]) == stats
    assert _column(stats, TableId.VISITS_BY_KIND) == {"individual": 3, "group": 1, "phone": 1, "online": 1}
    assert _column(stats, TableId.VISITS_BY_CLIENT_TYPE) == {"student": 6, "parent": 0, "staff": 0}
    assert _grid(stats, TableId.VISITS_BY_GRADE_SEX) == {"初二": {"female": 3, "male": 2}, "高一": {"female": 1}}
    assert _column(stats, TableId.FIRST_AND_FOLLOW_UP) == {"first": 3, "follow_up": 3}
    assert _column(stats, TableId.APPOINTMENTS_BY_STATUS) == {"booked": 0, "attended": 1, "no_show": 1, "cancelled": 1}
    assert (stats.value(ValueId.CLIENTS_SEEN), stats.value(ValueId.GROUP_ATTENDANCE),
            stats.value(ValueId.UNSIGNED_DRAFTS)) == (5, 3, 1)
    assert stats.table(TableId.CASES_OPENED_BY_CATEGORY).total == 3 and stats.value(ValueId.NEW_CLIENTS) == 2
    assert _column(stats, TableId.SATISFACTION)["4"] == 1 and stats.value(ValueId.SATISFACTION_MEAN) == 4.0
    assert _column(stats, TableId.CRISES_OPENED_BY_LEVEL) == {"low": 0, "medium": 1, "high": 0}
    assert _column(stats, TableId.CRISES_CLOSED_BY_LEVEL) == {"low": 0, "medium": 1, "high": 0}
    assert stats.table(TableId.CRISIS_STEPS_OVERDUE).total == 4
    assert _column(stats, TableId.REFERRALS_BY_STATUS) == {"sent": 1, "feedback": 0, "closed": 0}
    assert stats.table(TableId.REFERRALS_BY_DESTINATION).cell("general_hospital", "sent") == 1
    assert stats.table(TableId.REFERRALS_BY_DESTINATION).total == 1
    assert _column(stats, TableId.TESTS_BY_SCALE) == {"gad7": 1, "phq9": 1}
    assert _column(stats, TableId.DUTY_BY_WEEK)["2026-11-02"] == 180
    assert (stats.value(ValueId.DUTY_MINUTES), stats.value(ValueId.OPENING_DAYS)) == (180, 1)
    # the room's minimum and closings are the room's, not hers
    for room_only in (ValueId.MIN_WEEKLY_MINUTES, ValueId.WEEKS_BELOW_MINIMUM, ValueId.MISSED_CLOSINGS):
        assert not stats.has_value(room_only)


def test_the_supervisor_reads_one_counsellors_work(counted):
    service = StatisticsService(counted.login(SUPERVISOR))
    zhou = service.figures(NOVEMBER, counted.ids["zhou"])
    assert (zhou.counsellor_id, zhou.counsellor_name) == (counted.ids["zhou"], "周老师")
    assert _column(zhou, TableId.VISITS_BY_KIND) == {"individual": 1, "group": 1, "phone": 1, "online": 0}
    assert _column(zhou, TableId.CRISES_OPENED_BY_LEVEL)["high"] == 1
    assert zhou.value(ValueId.MEDIAN_DAYS_TO_CLOSE) == round(
        (datetime(2026, 11, 20, 16).astimezone() - datetime(2026, 11, 12, 14).astimezone()).total_seconds() / 86400, 1)
    assert zhou.value(ValueId.SATISFACTION_MEAN) is None     # D1 closed without a rating
    assert _column(zhou, TableId.TEST_BANDS, "phq9")["moderately_severe"] == 1
    assert zhou.value(ValueId.CLIENTS_SEEN) == 3             # D, G, and F at G's group session
    li = StatisticsService(counted.login("li")).figures(NOVEMBER)
    assert service.figures(NOVEMBER, counted.ids["li"]) == li
    assert [name for _id, name in service.people()] == sorted(["王老师", "李老师", "周老师"])


# -- who may read ---------------------------------------------------------------------------------------
def test_an_assistant_reads_nothing(counted):
    service = StatisticsService(counted.login("zhao"))
    with pytest.raises(PermissionDenied):
        service.figures(NOVEMBER)
    with pytest.raises(PermissionDenied):
        service.people()
    assert not service.sees_whole_room()


def test_a_counsellor_may_not_read_a_colleagues_work(counted):
    service = StatisticsService(counted.login("li"))
    with pytest.raises(PermissionDenied):
        service.figures(NOVEMBER, counted.ids["zhou"])
    with pytest.raises(PermissionDenied):
        service.figures(NOVEMBER, counted.ids["boss"])
    assert service.people() == [(counted.ids["li"], "李老师")]
    assert not service.sees_whole_room()


def test_the_supervisor_asks_for_someone_who_does_not_exist(counted):
    service = StatisticsService(counted.login(SUPERVISOR))
    assert service.sees_whole_room()
    with pytest.raises(NotFound):
        service.figures(NOVEMBER, 9999)


def test_a_locked_session_reads_nothing(counted):
    session = counted.login(SUPERVISOR)
    session.lock()
    with pytest.raises(PermissionDenied):
        StatisticsService(session).figures(NOVEMBER)


def test_the_figures_come_the_same_from_a_worker_reader(counted):
    session = counted.login(SUPERVISOR)
    direct = StatisticsService(session).figures(TERM)
    with session.reader() as reader:
        assert StatisticsService(reader).figures(TERM) == direct
    li = counted.login("li")
    with li.reader() as reader:
        assert StatisticsService(reader).figures(NOVEMBER) == StatisticsService(li).figures(NOVEMBER)


# -- the result's shape ------------------------------------------------------------------------------------
def test_every_table_is_a_grid_with_words_in_both_languages(counted):
    stats = StatisticsService(counted.login(SUPERVISOR)).figures(TERM)
    for table in stats.tables:
        assert len(table.cells) == len(table.rows) and all(len(r) == len(table.columns) for r in table.cells)
        assert all(isinstance(n, int) and n >= 0 for row in table.cells for n in row)
        for label in (*table.rows, *table.columns):
            assert label.zh and label.en and label.text("zh_CN") == label.zh and label.text("en") == label.en
        if table.unit.counts:       # what suppression takes: a 2-D table whose totals mean what they say
            assert sum(table.row_totals) == sum(table.column_totals) == table.total
    assert {t.id for t in stats.tables} == set(TableId)
    assert {v.id for v in stats.values} == set(ValueId)
    visits, values = stats.section(Section.VISITS)
    assert TableId.VISITS_BY_MONTH in {t.id for t in visits} and ValueId.CLIENTS_SEEN in {v.id for v in values}
    assert stats.table(TableId.DUTY_BY_WEEK).unit is Unit.MINUTES and not Unit.MINUTES.counts
    # the same table of two periods lines up, row for row
    other = StatisticsService(counted.login(SUPERVISOR)).figures(NOVEMBER)
    for table_id in (TableId.VISITS_BY_KIND, TableId.CASE_OUTCOMES, TableId.CRISIS_STEPS_OVERDUE):
        assert stats.table(table_id).rows == other.table(table_id).rows


def test_a_range_of_days(counted):
    stats = StatisticsService(counted.login(SUPERVISOR)).figures(range_period(date(2026, 11, 2), date(2026, 11, 5)))
    assert _column(stats, TableId.VISITS_BY_KIND) == {"individual": 2, "group": 1, "phone": 0, "online": 0}
    assert [r.key for r in stats.table(TableId.VISITS_BY_MONTH).rows] == ["2026-11"]
    assert stats.value(ValueId.MISSED_CLOSINGS) == 2         # 11-03 and 11-05


# -- the term months setting ------------------------------------------------------------------------------
def test_the_supervisor_sets_the_term_months(counted):
    boss = counted.login(SUPERVISOR)
    assert StatisticsService(boss).terms() == TermMonths(9, 1, 2, 7)
    settings = SettingsService(boss).update(terms=TermMonths(9, 2, 3, 7))
    assert settings.terms == TermMonths(9, 2, 3, 7)
    assert StatisticsService(counted.login("li")).terms() == TermMonths(9, 2, 3, 7)
    with pytest.raises(ValidationError) as caught:
        SettingsService(boss).update(terms=TermMonths(9, 3, 2, 7))
    assert (caught.value.field, caught.value.code) == ("terms", "terms.order")
    with pytest.raises(PermissionDenied):
        SettingsService(counted.login("li")).update(terms=TermMonths(9, 1, 2, 7))
    assert SettingsService(boss).get().terms == TermMonths(9, 2, 3, 7)
