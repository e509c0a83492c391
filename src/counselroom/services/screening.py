"""Screening campaigns (心理普查, R19, issue 17 §1): set-up, answer sheets, positives, interviews, summary.

``ScreeningService(session)``; the rules are in ``domain/screening.py``. Who may do what (R16):

- the supervisor creates, changes, opens and closes campaigns (``create``, ``update``, ``open``,
  ``close``) and reads the exact summary (``summary``, internal) and the suppressed one that may
  leave the room (``published_summary``, its printing or saving logged by ``record_summary_output``);
- counsellors and the supervisor list campaigns and their students (``campaigns``, ``get``,
  ``students_in_scope``), enter sheets (``record_sheets`` for a batch, all or nothing;
  ``enter_sheet`` for one typed paper sheet), read results (``results``, ``results_of``,
  ``history_for_client``) and the students to interview (``positives``), and interview them
  (``invite``, ``record_interview``, ``set_outcome``: no concern, a case opened through
  ``CaseService.open``, or an entry in the 重点关注 register through ``CareRegisterService.add``,
  each in the same transaction as the outcome);
- assistants are refused every call. R16 keeps results from them, and a paper sheet's answers *are*
  its result, so they do not type sheets in either.

Who a campaign screens comes from the roster while it is in set-up or open. Closing it writes down its
roll (every student in scope then, with their grade and class then, left out or not;
``ScreeningRepository.set_status``), and from then on its students, summary, published summary and
list of students not yet screened read the roll: a report about a past campaign does not change when
students are registered, move class or leave afterwards. A closed campaign is never opened again.

Screening results are as confidential as test results: every write is audited, and so is every read
of a student's results, of a campaign's results and of the list of students to interview. The
summary counts students, names nobody and is not audited; what leaves the room is
``published_summary`` (the same small-cell suppression as the work reports, with the room's k).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from counselroom.domain.accounts import Role, User
from counselroom.domain.audit import Action
from counselroom.domain.care_register import EntryDraft, Source
from counselroom.domain.cases import CaseDraft
from counselroom.domain.errors import NotFound, StorageError, ValidationError
from counselroom.domain.labels import label as enum_words
from counselroom.domain.periods import range_period
from counselroom.domain.scale_definition import ScaleDefinition, abbreviation
from counselroom.domain.screening import (
    Campaign, CampaignDraft, CampaignScale, CampaignStatus, FollowUpState, HistoryEntry, Interview,
    InterviewOutcome, PositiveEntry, Scope, Sheet, SheetDraft, SheetsRejected, SheetState,
    check_can_open, check_outcome, check_sheets, validate_campaign, validate_interview, with_outcome,
)
from counselroom.domain.statistics import (
    Blank, Label, ScreeningTableId, Statistics, Table, Unit, grade_sort_key,
)
from counselroom.domain.work_reports import PublishedTable, publish
from counselroom.services.archived import READ_ONLY, refuse_if_archived
from counselroom.services.care_register import CareRegisterService
from counselroom.services.cases import CaseService
from counselroom.services.scales import ScaleService
from counselroom.services.session import Session
from counselroom.services.settings_service import SettingsService
from counselroom.storage.scales_repo import ScaleRepository
from counselroom.storage.screening_repo import ScreeningRepository


#: How the published summary may leave the room (``record_summary_output``).
SUMMARY_OUTPUTS = ("print", "pdf", "xlsx")


def campaign_target(campaign_id: int) -> str:
    return f"screening_campaign:{campaign_id}"


def interview_target(interview_id: int) -> str:
    return f"screening_interview:{interview_id}"


@dataclass(frozen=True)
class RecordedSheets:
    """What a stored batch held: sheets, and how many of them were invalid, positive or alerting."""
    count: int
    invalid: int
    positive: int
    alert: int


@dataclass(frozen=True)
class ScreeningSummary:
    """A campaign's figures for the screen. ``internal``: exact counts, for the supervisor in the room;
    what leaves it is :meth:`ScreeningService.published_summary`."""
    campaign: Campaign
    as_of: date
    students: int          # in scope (left-out students not counted): now, or when it closed
    excluded: int
    opted_out: int
    tables: tuple[Table, ...]
    internal: bool = True

    def tables_of(self, table_id: ScreeningTableId) -> tuple[Table, ...]:
        return tuple(t for t in self.tables if t.id is table_id)


@dataclass(frozen=True)
class PublishedSummary:
    """The summary as it may leave the room: text cells, small counts hidden ("<k", "x")."""
    campaign_name: str
    starts_on: date
    ends_on: date
    as_of: date
    k: int
    tables: tuple[PublishedTable, ...]


def campaign_audit_detail(draft: CampaignDraft, scales: Sequence[CampaignScale]) -> dict[str, object]:
    """What the audit row of a campaign set up or changed says of it (the demo writes the same)."""
    return {"name": draft.name, "scales": [{"scale": s.scale_id, "code": s.code, "digest": s.digest} for s in scales],
            "grades": list(draft.grades), "classes": [[c.grade, c.class_name] for c in draft.classes],
            "window": [str(draft.starts_on), str(draft.ends_on)], "excluded": list(draft.excluded),
            "opted_out": list(draft.opted_out)}


class ScreeningService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> ScreeningRepository:
        return ScreeningRepository(self._s.db)

    def _clinician(self) -> User:
        return self._s.require(Role.COUNSELLOR, Role.SUPERVISOR)

    def _supervisor(self) -> User:
        return self._s.require(Role.SUPERVISOR)

    def _load(self, campaign_id: int) -> Campaign:
        campaign = self._repo.get_campaign(campaign_id)
        if campaign is None:
            raise NotFound("screening.campaign_not_found")
        return campaign

    # -- campaigns ---------------------------------------------------------------------------------------
    def campaigns(self) -> list[Campaign]:
        """Every campaign, the newest window first."""
        self._clinician()
        return self._repo.campaigns()

    def get(self, campaign_id: int) -> Campaign:
        self._clinician()
        return self._load(campaign_id)

    def _scales(self, codes: Sequence[str], keep: Iterable[CampaignScale] = ()) -> list[CampaignScale]:
        """The campaign's scales: those it already names stay the exact rows they are; a new code takes
        the newest active version in the library."""
        kept = {s.code: s for s in keep}
        library = ScaleService(self._s)
        chosen = []
        for code in codes:
            if code in kept:
                chosen.append(kept[code])
                continue
            try:
                scale = library.get(code)
            except NotFound:
                raise ValidationError("scale_codes", "screening.scale_unknown", scale=code) from None
            chosen.append(CampaignScale(scale.id, scale.code, scale.definition.digest))
        return chosen

    def create(self, draft: CampaignDraft) -> Campaign:
        """A new campaign, in set-up (``draft``) until it is opened."""
        user = self._supervisor()
        draft = validate_campaign(draft)
        scales = self._scales(draft.scale_codes)
        with self._s.db.transaction():
            campaign_id = self._repo.add_campaign(draft, scales, user.id, self._s.clock())
            self._s.audit.append(user, Action.SCREENING_CAMPAIGN_CREATED, target=campaign_target(campaign_id),
                                 detail=campaign_audit_detail(draft, scales))
        return self._load(campaign_id)

    def update(self, campaign_id: int, draft: CampaignDraft) -> Campaign:
        """Change a campaign. In set-up, anything; once open, not its scales (sheets were scored with
        them), and nobody already screened may be left out; once closed, nothing."""
        user = self._supervisor()
        draft = validate_campaign(draft)
        with self._s.db.transaction():
            campaign = self._load(campaign_id)
            if campaign.status is CampaignStatus.CLOSED:
                raise ValidationError("status", "screening.closed")
            if campaign.status is CampaignStatus.OPEN:
                if draft.scale_codes != campaign.scale_codes:
                    raise ValidationError("scale_codes", "screening.scales_fixed")
                screened = {client for client, _ in self._repo.screened_keys(campaign_id)}
                if screened & {*draft.excluded, *draft.opted_out}:
                    raise ValidationError("excluded", "screening.left_out_screened")
            scales = self._scales(draft.scale_codes, campaign.scales)
            self._repo.update_campaign(campaign_id, draft, scales, self._s.clock())
            self._s.audit.append(user, Action.SCREENING_CAMPAIGN_UPDATED, target=campaign_target(campaign_id),
                                 detail=campaign_audit_detail(draft, scales))
        return self._load(campaign_id)

    def open(self, campaign_id: int) -> Campaign:
        """Start entering sheets (needs the notice the school gave)."""
        user = self._supervisor()
        with self._s.db.transaction():
            campaign = self._load(campaign_id)
            check_can_open(campaign)
            self._repo.set_status(campaign_id, CampaignStatus.OPEN, self._s.clock())
            self._s.audit.append(user, Action.SCREENING_CAMPAIGN_OPENED, target=campaign_target(campaign_id),
                                 detail={"students": len(self._scope(campaign).students)})
        return self._load(campaign_id)

    def close(self, campaign_id: int) -> Campaign:
        """No more sheets; interviews and outcomes go on. The campaign's roll is written down as the roster
        stands now (see the module's docstring)."""
        user = self._supervisor()
        with self._s.db.transaction():
            campaign = self._load(campaign_id)
            if campaign.status is not CampaignStatus.OPEN:
                raise ValidationError("status", "screening.not_open")
            self._repo.set_status(campaign_id, CampaignStatus.CLOSED, self._s.clock())
            roll = self._repo.roll(campaign_id)
            self._s.audit.append(user, Action.SCREENING_CAMPAIGN_CLOSED, target=campaign_target(campaign_id),
                                 detail={"sheets": self._repo.sheet_count(campaign_id), "students": len(roll.students),
                                         "left_out": len(roll.excluded) + len(roll.opted_out)})
        return self._load(campaign_id)

    # -- who is screened ---------------------------------------------------------------------------------
    def _scope(self, campaign: Campaign) -> Scope:
        if campaign.status is CampaignStatus.CLOSED:
            return self._repo.roll(campaign.id)
        return self._repo.roster_scope(campaign)

    def students_in_scope(self, campaign_id: int) -> Scope:
        """The campaign's students (active students of its grades and classes), and those of them left out:
        excluded, or opted out by their parents. As the roster stands now, or for a closed campaign as
        they were when it closed (its roll: grade and class then)."""
        self._clinician()
        return self._scope(self._load(campaign_id))

    # -- sheets ------------------------------------------------------------------------------------------
    def _definitions(self, campaign: Campaign) -> dict[str, ScaleDefinition]:
        repo = ScaleRepository(self._s.db)
        found = {}
        for chosen in campaign.scales:
            scale = repo.get(chosen.scale_id)
            # A stored definition never changes (a trigger refuses it); a digest that differs means the
            # records were altered outside the application.
            if scale is None or scale.definition.digest != chosen.digest:
                raise StorageError("screening.definition_changed", scale=chosen.code)
            found[chosen.code] = scale.definition
        return found

    def _open_campaign(self, campaign_id: int) -> Campaign:
        campaign = self._load(campaign_id)
        if campaign.status is not CampaignStatus.OPEN:
            raise ValidationError("status", "screening.not_open")
        return campaign

    def record_sheets(self, campaign_id: int, sheets: Sequence[SheetDraft]) -> RecordedSheets:
        """Store a batch of sheets, all or nothing, in one transaction: each scored with the campaign's
        stored definition. Any bad draft stores nothing and raises :class:`SheetsRejected` listing the
        problem of every bad draft (its batch index and source row)."""
        user = self._clinician()
        if not sheets:
            raise ValidationError("sheets", "screening.no_sheets")
        with self._s.db.transaction():
            campaign = self._open_campaign(campaign_id)
            definitions = self._definitions(campaign)
            scope = self._scope(campaign)
            scored, problems = check_sheets(sheets, campaign, definitions, scope.client_ids,
                                            self._repo.screened_keys(campaign_id))
            if problems:
                raise SheetsRejected(problems)
            students = {s.client_id: s for s in scope.students}
            self._repo.add_sheets(campaign_id, scored, students, user.id, self._s.clock())
            recorded = RecordedSheets(len(scored), sum(not s.result.valid for s in scored),
                                      sum(s.result.positive for s in scored),
                                      sum(s.result.needs_crisis for s in scored))
            self._s.audit.append(user, Action.SCREENING_SHEETS_RECORDED, target=campaign_target(campaign_id), detail={
                "sheets": recorded.count, "how": sorted({s.entered_how.value for s in sheets}),
                "students": len({s.client_id for s in sheets}), "invalid": recorded.invalid,
                "positive": recorded.positive, "alert": recorded.alert})
        return recorded

    def enter_sheet(self, campaign_id: int, draft: SheetDraft, *, replace_existing: bool = False) -> Sheet:
        """One paper sheet typed in. A student already screened on that scale is refused unless
        ``replace_existing`` (a sheet typed wrong): then the old sheet gives way to this one."""
        user = self._clinician()
        with self._s.db.transaction():
            campaign = self._open_campaign(campaign_id)
            definitions = self._definitions(campaign)
            scope = self._scope(campaign)
            old = self._repo.sheet_of(campaign_id, draft.client_id, draft.scale_code)
            scored, problems = check_sheets([draft], campaign, definitions, scope.client_ids,
                                            self._repo.screened_keys(campaign_id), replacing=replace_existing)
            if problems:
                first = problems[0]
                raise ValidationError("answers" if first.code.startswith("scale.") or first.code == "screening.incomplete"
                                      else "client", first.code, **first.params)
            if old is not None:
                # The sheet it replaces is in its quarter's archive once that is made.
                refuse_if_archived(self._s, "answers", old.entered_at.astimezone().date(), code=READ_ONLY)
                self._repo.delete_sheet(old.id)
            self._repo.add_sheets(campaign_id, scored, {s.client_id: s for s in scope.students}, user.id,
                                  self._s.clock())
            sheet = self._repo.sheet_of(campaign_id, draft.client_id, draft.scale_code)
            assert sheet is not None   # just stored
            detail = {"client": draft.client_id, "scale": draft.scale_code, "sheet": sheet.id,
                      "how": draft.entered_how.value}
            if old is None:
                self._s.audit.append(user, Action.SCREENING_SHEETS_RECORDED, target=campaign_target(campaign_id),
                                     detail={**detail, "sheets": 1})
            else:
                self._s.audit.append(user, Action.SCREENING_SHEET_REPLACED, target=campaign_target(campaign_id),
                                     detail={**detail, "replaced": old.id})
        return sheet

    # -- results (audited reads) -------------------------------------------------------------------------
    def results(self, campaign_id: int) -> list[Sheet]:
        """Every sheet of the campaign."""
        user = self._clinician()
        self._load(campaign_id)
        with self._s.db.transaction():
            sheets = self._repo.sheets(campaign_id)
            self._s.audit.append(user, Action.SCREENING_RESULTS_VIEWED, target=campaign_target(campaign_id),
                                 detail={"sheets": len(sheets)})
        return sheets

    def results_of(self, campaign_id: int, client_id: int) -> list[Sheet]:
        """One student's sheets in the campaign."""
        user = self._clinician()
        self._load(campaign_id)
        with self._s.db.transaction():
            sheets = self._repo.sheets(campaign_id, client_id)
            self._s.audit.append(user, Action.SCREENING_RESULTS_VIEWED, target=f"client:{client_id}",
                                 detail={"campaign": campaign_id, "sheets": len(sheets)})
        return sheets

    def history_for_client(self, client_id: int) -> list[HistoryEntry]:
        """The student's screening history (every campaign's sheets and interview), newest first: what
        their record shows once they are a client with a case."""
        user = self._clinician()
        with self._s.db.transaction():
            history = self._repo.history(client_id)
            self._s.audit.append(user, Action.SCREENING_RESULTS_VIEWED, target=f"client:{client_id}",
                                 detail={"history": len(history)})
        return history

    def positives(self, campaign_id: int) -> list[PositiveEntry]:
        """The students to invite: a positive sheet on any scale, or an answer that calls for crisis
        intervention (those first), with the rules that fired and where their interview stands."""
        user = self._clinician()
        self._load(campaign_id)
        with self._s.db.transaction():
            sheets = self._repo.sheets_to_interview(campaign_id)
            by_student: dict[int, list[Sheet]] = {}
            for sheet in sheets:
                by_student.setdefault(sheet.client_id, []).append(sheet)
            students = self._repo.students(by_student)
            interviews = self._repo.interviews(campaign_id)
            entries = [PositiveEntry(students[c], tuple(s), interviews.get(c)) for c, s in by_student.items()]
            self._s.audit.append(user, Action.SCREENING_POSITIVES_VIEWED, target=campaign_target(campaign_id),
                                 detail={"students": len(entries)})
        return entries

    # -- interviews (约谈) -------------------------------------------------------------------------------
    def _interview(self, interview_id: int) -> Interview:
        interview = self._repo.get_interview(interview_id)
        if interview is None:
            raise NotFound("screening.interview_not_found")
        return interview

    def invite(self, campaign_id: int, client_id: int, invited_on: date | None = None) -> Interview:
        """Invite a screened student to an interview (once per campaign)."""
        user = self._clinician()
        invited_on = invited_on or self._s.today()
        if invited_on > self._s.today():
            raise ValidationError("invited_on", "date.in_future")
        refuse_if_archived(self._s, "invited_on", invited_on, code=READ_ONLY)
        with self._s.db.transaction():
            self._load(campaign_id)
            if not self._repo.sheets(campaign_id, client_id):
                raise ValidationError("client", "screening.not_screened")
            if self._repo.interview_of(campaign_id, client_id) is not None:
                raise ValidationError("client", "screening.already_invited")
            interview_id = self._repo.add_interview(campaign_id, client_id, invited_on, user.id, self._s.clock())
            self._s.audit.append(user, Action.SCREENING_INVITED, target=interview_target(interview_id),
                                 detail={"campaign": campaign_id, "client": client_id, "on": invited_on.isoformat()})
        return self._interview(interview_id)

    def record_interview(self, interview_id: int, interviewed_on: date, note: str) -> Interview:
        """The interview held: its day and note (correctable until an outcome is set)."""
        user = self._clinician()
        with self._s.db.transaction():
            interview = self._interview(interview_id)
            if interview.outcome is not None:
                raise ValidationError("outcome", "screening.outcome_set")
            day, note = validate_interview(interviewed_on, note, self._s.today(), interview.invited_on)
            refuse_if_archived(self._s, "interviewed_on", day, interview.interviewed_on, code=READ_ONLY)
            interview = replace(interview, interviewed_on=day, interviewed_by=user.id, note=note)
            self._repo.save_interview(interview, self._s.clock())
            self._s.audit.append(user, Action.SCREENING_INTERVIEWED, target=interview_target(interview_id),
                                 detail={"client": interview.client_id, "on": day.isoformat()})
        return self._interview(interview_id)

    def set_outcome(self, interview_id: int, outcome: InterviewOutcome, *, case: CaseDraft | None = None,
                    register: EntryDraft | None = None) -> Interview:
        """What the interview led to, once: ``NO_CONCERN``; ``CASE`` opens a case for the student with
        ``case`` (the acting counsellor's); ``REGISTER`` puts the student on the 重点关注 register with
        ``register`` (source: screening). The case or entry and the outcome are one transaction."""
        user = self._clinician()
        with self._s.db.transaction():
            interview = self._interview(interview_id)
            check_outcome(interview, outcome)
            case_id = entry_id = None
            if outcome is InterviewOutcome.CASE:
                if case is None:
                    raise ValidationError("case", "field.required")
                case_id = CaseService(self._s).open(interview.client_id, case).id
            elif outcome is InterviewOutcome.REGISTER:
                if register is None:
                    raise ValidationError("register", "field.required")
                entry_id = CareRegisterService(self._s).add(interview.client_id, register, Source.SCREENING,
                                                            source_ref=interview_target(interview_id)).id
            interview = with_outcome(interview, outcome, user.id, self._s.clock(), case_id=case_id,
                                     register_entry_id=entry_id)
            self._repo.save_interview(interview, self._s.clock())
            self._s.audit.append(user, Action.SCREENING_OUTCOME, target=interview_target(interview_id), detail={
                "client": interview.client_id, "outcome": outcome.value, "case": case_id, "register_entry": entry_id})
        return self._interview(interview_id)

    # -- summary -----------------------------------------------------------------------------------------
    def summary(self, campaign_id: int) -> ScreeningSummary:
        """The campaign by grade and by class, exact: for the supervisor, on screen, in the room.
        Results: one table per scale, every student of the campaign's grades and classes in one column
        (left out, not screened, invalid, negative, positive). Follow-up: the students to interview, by
        where their interview stands."""
        self._supervisor()
        campaign = self._load(campaign_id)
        scope = self._scope(campaign)
        keys = self._repo.screened_keys(campaign_id)
        sheet_counts = self._repo.sheet_counts(campaign_id)
        tables: list[Table] = []
        for chosen, definition in zip(campaign.scales, self._definitions(campaign).values()):
            counts: Counter[tuple[str, str, str]] = Counter()
            for students, state in ((scope.excluded, SheetState.EXCLUDED), (scope.opted_out, SheetState.OPTED_OUT)):
                counts.update((s.grade, s.class_name, state.value) for s in students)
            counts.update((s.grade, s.class_name, SheetState.NOT_SCREENED.value) for s in scope.students
                          if (s.client_id, chosen.code) not in keys)
            for grade, class_name, code, state_value, n in sheet_counts:
                if code == chosen.code:
                    counts[(grade, class_name, state_value)] += n
            subject = Label(chosen.code, abbreviation(definition.name.get("zh_CN"), chosen.code),
                            abbreviation(definition.name.get("en"), chosen.code))
            tables += _by_grade_and_class(ScreeningTableId.RESULTS_BY_GRADE, ScreeningTableId.RESULTS_BY_CLASS,
                                          list(SheetState), counts, subject)
        follow_up = Counter({(g, c, state): n for g, c, state, n in self._repo.follow_up_counts(campaign_id)})
        tables += _by_grade_and_class(ScreeningTableId.FOLLOW_UP_BY_GRADE, ScreeningTableId.FOLLOW_UP_BY_CLASS,
                                      list(FollowUpState), follow_up, None)
        return ScreeningSummary(campaign, self._s.today(), len(scope.students), len(scope.excluded),
                                len(scope.opted_out), tuple(tables))

    def published_summary(self, campaign_id: int) -> PublishedSummary:
        """The summary as it may leave the room (for the school's leadership): the work reports' small-cell
        and complementary suppression with the room's k."""
        exact = self.summary(campaign_id)
        k = SettingsService(self._s).get().suppression_k
        campaign = exact.campaign
        figures = Statistics(range_period(campaign.starts_on, campaign.ends_on), None, "", exact.as_of,
                             exact.tables, ())
        return PublishedSummary(campaign.name, campaign.starts_on, campaign.ends_on, exact.as_of, k,
                                publish(figures, k).tables)

    def record_summary_output(self, campaign_id: int, how: str) -> None:
        """After the published summary was printed (``print``) or saved (``pdf``, ``xlsx``): it left the
        room, so the log says who let it out, how, and with which k."""
        user = self._supervisor()
        if how not in SUMMARY_OUTPUTS:
            raise ValidationError("output", "print.output")
        self._load(campaign_id)
        k = SettingsService(self._s).get().suppression_k
        with self._s.db.transaction():
            self._s.audit.append(user, Action.RECORD_PRINTED, target=campaign_target(campaign_id),
                                 detail={"document": "screening_summary", "id": campaign_id, "output": how, "k": k})


# -- the summary's tables ------------------------------------------------------------------------------------

def _grade_label(grade: str) -> Label:
    if not grade:
        return Label("", enum_words(Blank.NOT_RECORDED, "zh_CN"), enum_words(Blank.NOT_RECORDED, "en"))
    return Label(grade, grade, grade)


def _class_label(grade: str, class_name: str) -> Label:
    words = f"{grade} {class_name}".strip() or enum_words(Blank.NOT_RECORDED, "zh_CN")
    return Label(f"{grade}/{class_name}", words, f"{grade} {class_name}".strip()
                 or enum_words(Blank.NOT_RECORDED, "en"))


def _by_grade_and_class(by_grade: ScreeningTableId, by_class: ScreeningTableId, states: Sequence[SheetState]
                        | Sequence[FollowUpState], counts: Mapping[tuple[str, str, str], int],
                        subject: Label | None) -> list[Table]:
    columns = tuple(Label(s.value, enum_words(s, "zh_CN"), enum_words(s, "en")) for s in states)
    grades: Counter[tuple[str, str]] = Counter()
    classes: Counter[tuple[tuple[str, str], str]] = Counter()
    for (grade, class_name, state), n in counts.items():
        grades[(grade, state)] += n
        classes[((grade, class_name), state)] += n
    grade_keys = sorted({g for g, _ in grades}, key=grade_sort_key)
    class_keys = sorted({c for c, _ in classes}, key=lambda gc: (grade_sort_key(gc[0]), _class_order(gc[1])))
    return [
        Table(by_grade, Unit.PEOPLE, tuple(_grade_label(g) for g in grade_keys), columns,
              tuple(tuple(grades[(g, c.key)] for c in columns) for g in grade_keys), subject),
        Table(by_class, Unit.PEOPLE, tuple(_class_label(*gc) for gc in class_keys), columns,
              tuple(tuple(classes[(gc, c.key)] for c in columns) for gc in class_keys), subject),
    ]


def _class_order(class_name: str) -> tuple[int, str]:
    """"3班" before "10班": by the class's number when it has one."""
    digits = "".join(ch for ch in class_name if ch.isdigit())
    return (int(digits) if digits else 1 << 30, class_name)
