"""The room's statistics for a period (统计, issue 16 §1): what the statistics page, the monthly, term and
year reports and their Excel workbook show.

Who sees what:

- the supervisor: the whole room (``counsellor_id`` None) or any one account's work;
- a counsellor: their own work only (``counsellor_id`` None or their own id; another's is refused);
- an assistant: nothing (the figures are about clinical work).

The figures are counts and measures, never a record or a name, so reading them is not audited (what
leaves the room as a report is, when it is printed or saved). They are read through one connection
in a few aggregate queries (``storage/statistics_repo.py``), so :meth:`StatisticsService.figures`
runs on a page's worker (``Session.reader()``) as well as on the session itself.

**What is counted.** Only what the records say happened in the period, by the record's own date:

- *Visits* are signed visit records (R1): a draft is not a record yet. It may still change its date
  and kind or be discarded, and a report counted from drafts would change after it was printed.
  The drafts dated in the period are one number of their own (``UNSIGNED_DRAFTS``), so a report
  made before everyone signed says so. A visit counts once, for its case's client (type, grade,
  sex) and its case's presenting-problem category; the other people at a group session are counted
  in ``GROUP_ATTENDANCE`` (人次) and in ``CLIENTS_SEEN``. Grade tables are of students only.
  A first visit is the first session of its case (初访); every later one a follow-up (复访).
- *New clients* are clients whose first case opened in the period.
- *Cases* opened and closed by their days; outcome and satisfaction as recorded at closing.
- *Crises* opened and closed in the period by their moments, on the room's calendar; steps overdue
  are the required steps still pending, now, of the open crises opened in the period before today.
- *The attention register* (R20): the students on it at the period's end, at the level they had then,
  and the entries added in the period, at the level they were added at, each by level and by source.
  A student's entry is the work of the counsellor responsible for it.
- *Referrals* made in the period by their feedback status, and by the kind of institution they went
  to (the kind chosen beside the institution's name; referrals made before kinds existed were given
  the kind their name suggests, else "other": migration 19) × that status.
- *Tests* signed, given in the period, by scale and by the band of the total.
- *Screening* (R19) by the moment each sheet was entered, wherever its campaign's window lies: the
  students with a sheet entered in the period and, of them, those a sheet put on the list to
  interview (positive, or an answer calling for crisis intervention), each student once, by the grade
  they were in when screened; the sheets by grade, valid or voided by a validity rule (one a student
  and scale, so a campaign of two scales enters two a student); the interviews held in the period
  by their outcome as it stands (none yet: "not recorded"). A sheet is the work of whoever entered
  it, an interview of whoever held it.
- *Activities* (the activities log, R22) held in the period by their day: how many of each kind,
  the people who came (人次; an entry without a count adds nothing) and the 课时 they lasted, and how
  many of each kind in each month.
- *Duty*: minutes the room was open (the union of the shifts, as the duty log counts them) per week
  for every week touching the period; days someone was on duty; open days without a signed closing
  checklist (as the closing page counts them), up to yesterday.

Whose work: a visit or test is its author's, an appointment its counsellor's, a duty shift its
person's; cases, their crises and referrals belong to the case's counsellor; an activity is the work
of everyone who ran it (each of its presenters counts it whole). The room's minimum
weekly hours and its closings are the room's, so one person's statistics leave them out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta
from enum import Enum

from counselroom.domain import access
from counselroom.domain.accounts import User
from counselroom.domain.activities import ActivityKind
from counselroom.domain.appointments import AppointmentStatus
from counselroom.domain.care_register import Level, Source as RegisterSource, level_words
from counselroom.domain.cases import Outcome, ProblemCategory
from counselroom.domain.clients import ClientType, Gender
from counselroom.domain.closing import open_day
from counselroom.domain.crisis import CrisisStep
from counselroom.domain.duty import monday_of
from counselroom.domain.errors import NotFound, PermissionDenied
from counselroom.domain.labels import label
from counselroom.domain.periods import Period, TermMonths
from counselroom.domain.referrals import DestinationKind, ReferralStatus
from counselroom.domain.scale_definition import abbreviation
from counselroom.domain.scales import Scale
from counselroom.domain.screening import InterviewOutcome
from counselroom.domain.settings import TimeRange
from counselroom.domain.statistics import (
    Blank, Label, SheetValidity, Statistics, Table, TableId, Unit, Value, ValueId, VisitOrder, grade_sort_key,
    week_label,
)
from counselroom.domain.visits import RiskLevel, VisitKind
from counselroom.services.care_register import CareRegisterService
from counselroom.services.session import Session
from counselroom.services.settings_service import SettingsService
from counselroom.services.staff_directory import CLINICAL_ROLES
from counselroom.storage.activities_repo import ActivityRepository
from counselroom.storage.closing_repo import ClosingRepository
from counselroom.storage.scales_repo import ScaleRepository
from counselroom.storage.statistics_repo import StatisticsRepository
from counselroom.storage.users_repo import UserRepository

CRISIS_LEVELS = (RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH)
SATISFACTION_SCORES = (1, 2, 3, 4, 5)


def enum_label(member: Enum) -> Label:
    return Label(str(member.value), label(member, "zh_CN"), label(member, "en"))


def _labels(members: Iterable[Enum]) -> tuple[Label, ...]:
    return tuple(enum_label(m) for m in members)


def _column(unit: Unit) -> tuple[Label, ...]:
    """The one column of a one-dimensional table, headed with what it counts."""
    return (enum_label(unit),)


def _one_column(table_id: TableId, unit: Unit, rows: tuple[Label, ...], counts: Mapping[str, int],
                subject: Label | None = None) -> Table:
    return Table(table_id, unit, rows, _column(unit), tuple((counts.get(r.key, 0),) for r in rows), subject)


def _cross(table_id: TableId, unit: Unit, rows: tuple[Label, ...], columns: tuple[Label, ...],
           counts: Mapping[tuple[str, str], int]) -> Table:
    return Table(table_id, unit, rows, columns,
                 tuple(tuple(counts.get((r.key, c.key), 0) for c in columns) for r in rows))


def _grade_label(grade: str) -> Label:
    if not grade:
        blank = enum_label(Blank.NOT_RECORDED)
        return Label("", blank.zh, blank.en)
    return Label(grade, grade, grade)


def _local_midnight(day: date) -> datetime:
    """The moment the room's day starts (aware), to compare with moments stored in UTC."""
    return datetime.combine(day, time()).astimezone()


class StatisticsService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> StatisticsRepository:
        return StatisticsRepository(self._s.db)

    # -- whose figures ------------------------------------------------------------------------------
    def sees_whole_room(self) -> bool:
        """Whether the acting person may read the whole room's figures and anyone's (the supervisor)."""
        return not self._s.locked and access.oversees_all_cases(self._s.user)

    def people(self) -> list[tuple[int, str]]:
        """(id, name) of those whose work the acting person may read the figures of: every clinician
        (former ones too, for past periods) for the supervisor, oneself for a counsellor."""
        user = self._s.require(*CLINICAL_ROLES)
        if not access.oversees_all_cases(user):
            return [(user.id, user.display_name)]
        users = [u for u in UserRepository(self._s.db).all() if u.role in CLINICAL_ROLES]
        users.sort(key=lambda u: (not u.active, u.display_name, u.id))
        return [(u.id, u.display_name) for u in users]

    def terms(self) -> TermMonths:
        """The room's term months (the supervisor's setting), for choosing a term."""
        self._s.require(*CLINICAL_ROLES)
        return SettingsService(self._s).get().terms

    def _scope(self, user: User, counsellor_id: int | None) -> User | None:
        """Whose work is counted: None for the whole room."""
        if not access.oversees_all_cases(user):
            if counsellor_id not in (None, user.id):
                raise PermissionDenied("permission.denied")
            return user
        if counsellor_id is None:
            return None
        person = UserRepository(self._s.db).get(counsellor_id)
        if person is None:
            raise NotFound("account.not_found")
        return person

    # -- the figures ----------------------------------------------------------------------------------
    def figures(self, period: Period, counsellor_id: int | None = None) -> Statistics:
        """The period's tables and values (see the module's docstring for what each counts)."""
        user = self._s.require(*CLINICAL_ROLES)
        person = self._scope(user, counsellor_id)
        who = None if person is None else person.id
        today = self._s.today()
        tables: list[Table] = []
        values: list[Value] = []
        self._visits(period, who, tables, values)
        self._cases(period, who, tables, values)
        self._crises(period, who, today, tables, values)
        self._register(period, who, tables)
        self._referrals(period, who, today, tables, values)
        self._tests(period, who, tables)
        self._screening(period, who, tables)
        self._duty(period, who, today, tables, values)
        self._activities(period, who, tables)
        return Statistics(period=period, counsellor_id=who, counsellor_name="" if person is None else person.display_name,
                          as_of=today, tables=tuple(tables), values=tuple(values))

    def _visits(self, period: Period, who: int | None, tables: list[Table], values: list[Value]) -> None:
        repo = self._repo
        kinds = _labels(VisitKind)
        by_kind: dict[str, int] = defaultdict(int)
        by_month: dict[tuple[str, str], int] = defaultdict(int)
        for kind, month, count in repo.visits_by_kind_and_month(period.first, period.last, who):
            by_kind[kind] += count
            by_month[(month, kind)] += count
        months = tuple(Label(m.code, m.label("zh_CN"), m.label("en")) for m in period.months())
        tables.append(_one_column(TableId.VISITS_BY_KIND, Unit.SESSIONS, kinds, by_kind))
        tables.append(_cross(TableId.VISITS_BY_MONTH, Unit.SESSIONS, months, kinds, by_month))

        by_type: dict[str, int] = defaultdict(int)
        by_category: dict[str, int] = defaultdict(int)
        grade_sex: dict[tuple[str, str], int] = defaultdict(int)
        grade_category: dict[tuple[str, str], int] = defaultdict(int)
        grades: set[str] = set()
        first_visits = 0
        for client_type, grade, gender, category, count, firsts in repo.visit_profile(period.first, period.last, who):
            by_type[client_type] += count
            by_category[category] += count
            first_visits += firsts
            if client_type == ClientType.STUDENT.value:
                grades.add(grade)
                grade_sex[(grade, gender)] += count
                grade_category[(grade, category)] += count
        grade_rows = tuple(_grade_label(g) for g in sorted(grades, key=grade_sort_key))
        tables.append(_one_column(TableId.VISITS_BY_CLIENT_TYPE, Unit.SESSIONS, _labels(ClientType), by_type))
        tables.append(_cross(TableId.VISITS_BY_GRADE_SEX, Unit.SESSIONS, grade_rows, _labels(Gender), grade_sex))
        tables.append(_one_column(TableId.VISITS_BY_CATEGORY, Unit.SESSIONS, _labels(ProblemCategory), by_category))
        tables.append(_cross(TableId.VISITS_BY_GRADE_CATEGORY, Unit.SESSIONS, grade_rows, _labels(ProblemCategory),
                             grade_category))
        tables.append(_one_column(TableId.FIRST_AND_FOLLOW_UP, Unit.SESSIONS, _labels(VisitOrder),
                                  {VisitOrder.FIRST.value: first_visits,
                                   VisitOrder.FOLLOW_UP.value: sum(by_type.values()) - first_visits}))
        tables.append(_one_column(TableId.APPOINTMENTS_BY_STATUS, Unit.APPOINTMENTS, _labels(AppointmentStatus),
                                  dict(repo.appointments_by_status(period.first, period.last, who))))
        values += [
            Value(ValueId.CLIENTS_SEEN, Unit.PEOPLE, repo.clients_seen(period.first, period.last, who)),
            Value(ValueId.GROUP_ATTENDANCE, Unit.ATTENDANCES, repo.group_attendance(period.first, period.last, who)),
            Value(ValueId.UNSIGNED_DRAFTS, Unit.SESSIONS, repo.unsigned_drafts(period.first, period.last, who)),
        ]

    def _cases(self, period: Period, who: int | None, tables: list[Table], values: list[Value]) -> None:
        repo = self._repo
        opened = repo.cases_opened(period.first, period.last, who)
        tables.append(_one_column(TableId.CASES_OPENED_BY_CATEGORY, Unit.CASES, _labels(ProblemCategory),
                                  {category: count for category, count, _first in opened}))
        values.append(Value(ValueId.NEW_CLIENTS, Unit.PEOPLE, sum(first for _c, _n, first in opened)))
        outcomes: dict[str, int] = defaultdict(int)
        ratings: dict[str, int] = defaultdict(int)
        for outcome, satisfaction, count in repo.cases_closed(period.first, period.last, who):
            if outcome is not None:          # required at closing: every closed case has one
                outcomes[outcome] += count
            ratings[Blank.NOT_RECORDED.value if satisfaction is None else str(satisfaction)] += count
        tables.append(_one_column(TableId.CASE_OUTCOMES, Unit.CASES, _labels(Outcome), outcomes))
        scores = tuple(Label(str(n), f"{n}分", str(n)) for n in SATISFACTION_SCORES)
        tables.append(_one_column(TableId.SATISFACTION, Unit.CASES, (*scores, enum_label(Blank.NOT_RECORDED)),
                                  ratings))
        rated = sum(ratings.get(str(n), 0) for n in SATISFACTION_SCORES)
        mean = (round(sum(n * ratings.get(str(n), 0) for n in SATISFACTION_SCORES) / rated, 2) if rated else None)
        values.append(Value(ValueId.SATISFACTION_MEAN, Unit.SCORE, mean))

    def _crises(self, period: Period, who: int | None, today: date, tables: list[Table],
                values: list[Value]) -> None:
        repo = self._repo
        since, before = _local_midnight(period.first), _local_midnight(period.after)
        opened: dict[str, int] = {}
        closed: dict[str, int] = {}
        for risk, opened_count, closed_count in repo.crises_by_level(since, before, who):
            opened[risk], closed[risk] = opened_count, closed_count
        levels = _labels(CRISIS_LEVELS)
        tables.append(_one_column(TableId.CRISES_OPENED_BY_LEVEL, Unit.CRISES, levels, opened))
        tables.append(_one_column(TableId.CRISES_CLOSED_BY_LEVEL, Unit.CRISES, levels, closed))
        tables.append(_one_column(TableId.CRISIS_STEPS_OVERDUE, Unit.STEPS, _labels(CrisisStep),
                                  dict(repo.overdue_steps(since, before, _local_midnight(today), who))))
        median = repo.median_days_to_close(since, before, who)
        values.append(Value(ValueId.MEDIAN_DAYS_TO_CLOSE, Unit.DAYS, None if median is None else round(median, 1)))

    def _register(self, period: Period, who: int | None, tables: list[Table]) -> None:
        repo = self._repo
        since, before = _local_midnight(period.first), _local_midnight(period.after)
        wording = CareRegisterService(self._s).wording()
        levels = tuple(Label(level.value, level_words(level, wording, "zh_CN"), level_words(level, wording, "en"))
                       for level in Level)
        sources = _labels(RegisterSource)
        for rows, (by_level, by_source) in (
                (repo.register_open(before, who), (TableId.REGISTER_OPEN_BY_LEVEL, TableId.REGISTER_OPEN_BY_SOURCE)),
                (repo.register_added(since, before, who),
                 (TableId.REGISTER_ADDED_BY_LEVEL, TableId.REGISTER_ADDED_BY_SOURCE))):
            level_counts: dict[str, int] = defaultdict(int)
            source_counts: dict[str, int] = defaultdict(int)
            for level, source, count in rows:
                level_counts[level] += count
                source_counts[source] += count
            tables.append(_one_column(by_level, Unit.PEOPLE, levels, level_counts))
            tables.append(_one_column(by_source, Unit.PEOPLE, sources, source_counts))

    def _referrals(self, period: Period, who: int | None, today: date, tables: list[Table],
                   values: list[Value]) -> None:
        repo = self._repo
        by_destination = {(kind, status): count for kind, status, count
                          in repo.referrals_by_destination(period.first, period.last, who)}
        by_status: dict[str, int] = defaultdict(int)
        for (_kind, status), count in by_destination.items():
            by_status[status] += count
        tables.append(_one_column(TableId.REFERRALS_BY_STATUS, Unit.REFERRALS, _labels(ReferralStatus), by_status))
        tables.append(_cross(TableId.REFERRALS_BY_DESTINATION, Unit.REFERRALS, _labels(DestinationKind),
                             _labels(ReferralStatus), by_destination))
        values.append(Value(ValueId.FEEDBACK_OVERDUE, Unit.REFERRALS,
                            repo.feedback_overdue(period.first, period.last, today, who)))

    def _tests(self, period: Period, who: int | None, tables: list[Table]) -> None:
        counts = self._repo.tests_by_scale_and_band(period.first, period.last, who)
        if not counts:
            tables.append(_one_column(TableId.TESTS_BY_SCALE, Unit.TESTS, (), {}))
            return
        scales = {s.id: s for s in ScaleRepository(self._s.db).all(active_only=False)}
        newest: dict[str, Scale] = {}                 # each code's newest version names it and its bands
        for scale in sorted(scales.values(), key=lambda s: s.id):
            newest[scale.code] = scale
        by_scale: dict[str, int] = defaultdict(int)
        bands: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for scale_id, band, count in counts:
            code = scales[scale_id].code
            by_scale[code] += count
            bands[code][band] += count
        subjects = {code: self._scale_label(newest[code]) for code in by_scale}
        order = sorted(by_scale, key=lambda code: (subjects[code].zh, code))
        tables.append(_one_column(TableId.TESTS_BY_SCALE, Unit.TESTS, tuple(subjects[c] for c in order), by_scale))
        for code in order:
            definition = newest[code].definition
            rows = [Label(b.id, b.label.get("zh_CN"), b.label.get("en")) for b in definition.bands]
            known = {b.id for b in definition.bands}
            # A band only an older version had, or a test without a total: kept, not dropped.
            rows += [Label(b, b, b) for b in sorted(bands[code]) if b and b not in known]
            if "" in bands[code]:
                blank = enum_label(Blank.NOT_RECORDED)
                rows.append(Label("", blank.zh, blank.en))
            tables.append(_one_column(TableId.TEST_BANDS, Unit.TESTS, tuple(rows), bands[code], subjects[code]))

    def _screening(self, period: Period, who: int | None, tables: list[Table]) -> None:
        repo = self._repo
        since, before = _local_midnight(period.first), _local_midnight(period.after)
        students: dict[str, int] = {}
        flagged: dict[str, int] = {}
        for grade, count, to_interview in repo.screened_students(since, before, who):
            students[grade], flagged[grade] = count, to_interview
        sheets = {(grade, (SheetValidity.VALID if valid else SheetValidity.INVALID).value): count
                  for grade, valid, count in repo.screening_sheets(since, before, who)}
        # A student counted in one grade may have sheets in another: every sheet keeps its row.
        grades = tuple(_grade_label(g) for g in sorted({*students, *(g for g, _ in sheets)}, key=grade_sort_key))
        tables.append(_one_column(TableId.SCREENED_BY_GRADE, Unit.PEOPLE, grades, students))
        tables.append(_cross(TableId.SCREENING_SHEETS_BY_GRADE, Unit.SHEETS, grades, _labels(SheetValidity), sheets))
        tables.append(_one_column(TableId.SCREENING_POSITIVES_BY_GRADE, Unit.PEOPLE, grades, flagged))
        held = {outcome or Blank.NOT_RECORDED.value: count
                for outcome, count in repo.screening_interviews(period.first, period.last, who)}
        tables.append(_one_column(TableId.SCREENING_INTERVIEWS, Unit.INTERVIEWS,
                                  _labels((*InterviewOutcome, Blank.NOT_RECORDED)), held))

    @staticmethod
    def _scale_label(scale: Scale) -> Label:
        name = scale.definition.name
        return Label(scale.code, abbreviation(name.get("zh_CN"), scale.code), abbreviation(name.get("en"), scale.code))

    def _duty(self, period: Period, who: int | None, today: date, tables: list[Table],
              values: list[Value]) -> None:
        settings = SettingsService(self._s).get()
        mondays = [monday_of(period.first) + timedelta(weeks=n)
                   for n in range((monday_of(period.last) - monday_of(period.first)).days // 7 + 1)]
        days = dict(self._repo.duty_days(mondays[0], mondays[-1] + timedelta(days=6), who, self._s.wall_now()))
        weeks = {m.isoformat(): sum(minutes for day, minutes in days.items() if m <= day < m + timedelta(days=7))
                 for m in mondays}
        tables.append(_one_column(TableId.DUTY_BY_WEEK, Unit.MINUTES, tuple(week_label(m) for m in mondays), weeks))
        in_period = {day: minutes for day, minutes in days.items() if period.contains(day)}
        values += [Value(ValueId.DUTY_MINUTES, Unit.MINUTES, sum(in_period.values())),
                   Value(ValueId.OPENING_DAYS, Unit.DAYS, len(in_period))]
        if who is not None:
            return
        minimum = settings.min_weekly_hours * 60
        over = [m for m in mondays if m + timedelta(days=6) < today]     # a week still running is not short yet
        values += [Value(ValueId.MIN_WEEKLY_MINUTES, Unit.MINUTES, minimum),
                   Value(ValueId.WEEKS_BELOW_MINIMUM, Unit.WEEKS,
                         sum(1 for m in over if weeks[m.isoformat()] < minimum)),
                   Value(ValueId.MISSED_CLOSINGS, Unit.DAYS, self._missed_closings(period, today, settings.opening_hours,
                                                                                   frozenset(in_period)))]

    def _activities(self, period: Period, who: int | None, tables: list[Table]) -> None:
        repo = ActivityRepository(self._s.db)
        kinds = _labels(ActivityKind)
        by_kind = repo.totals_by_kind(period.first, period.last, presenter_id=who)
        for table_id, unit, counts in (
                (TableId.ACTIVITIES_BY_KIND, Unit.ACTIVITIES, {t.kind.value: t.activities for t in by_kind}),
                (TableId.ACTIVITY_ATTENDANCE_BY_KIND, Unit.ATTENDANCES, {t.kind.value: t.attendance for t in by_kind}),
                (TableId.ACTIVITY_LESSONS_BY_KIND, Unit.LESSONS, {t.kind.value: t.lessons for t in by_kind})):
            tables.append(_one_column(table_id, unit, kinds, counts))
        months = tuple(Label(m.code, m.label("zh_CN"), m.label("en")) for m in period.months())
        by_month = {(f"{t.month:%Y-%m}", t.kind.value): t.activities
                    for t in repo.totals_by_month(period.first, period.last, presenter_id=who) if t.month is not None}
        tables.append(_cross(TableId.ACTIVITIES_BY_MONTH, Unit.ACTIVITIES, months, kinds, by_month))

    def _missed_closings(self, period: Period, today: date, hours: Mapping[int, tuple[TimeRange, ...]],
                         duty_days: frozenset[date]) -> int:
        """Open days of the period up to yesterday without a signed closing, counted from the day the
        checklist came into use: the closing page's rule (``ClosingService.missed_days``)."""
        closings = ClosingRepository(self._s.db)
        first = max(period.first, closings.in_use_since() or today)
        last = min(period.last, today - timedelta(days=1))
        if first > last:
            return 0
        signed = closings.signed_days(first, last)
        return sum(1 for n in range((last - first).days + 1)
                   if (day := first + timedelta(days=n)) not in signed
                   and open_day(day, hours, duty_days))
