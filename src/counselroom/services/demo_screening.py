"""Generated screening campaigns (心理普查, R19): each school year the demo plays, the 初一 and 高一 are
screened in October with PHQ-9 and GAD-7.

The bundled PHQ-9 and GAD-7 have bands but no positive rule, so a sheet of theirs is never positive.
Before its first campaign the room imports its screening versions of them (``phq9_screen``,
``gad7_screen``: the bundled items, options, bands and critical item, as format 2 with one positive
rule), and the criterion is the room's, as the lead decided for the demo: **a total in the moderate
band or above (≥ 10) is positive**; a severe total or a critical answer (PHQ-9 item 9) alerts, as
it does in a test. The bundled files stay as they are.

A campaign's year: the supervisor sets it up in late September with the school's notice; on the first
day of the window (after the National Day holiday) the parents' opt-outs are entered, students on the
register are left out (already in care) and the campaign opens; a few days later a counsellor imports
the answer sheets of about 95% of the students in one go; every student to interview is invited
within a week (the alerting ones the next day), interviewed a few days later, and the interview ends
in an outcome: mostly no concern, some a case (played on like any case), a few the register. The
campaign closes at the end of the window. The students are those of the demo's roster (its clients
of those grades) on the day; a campaign whose steps fall on today or later is still under way.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from counselroom.domain.accounts import User
from counselroom.domain.audit import Action
from counselroom.domain.care_register import Level, ReasonCategory, Source
from counselroom.domain.scale_definition import abbreviation
from counselroom.domain.scales import ScaleDefinition, definition_text, parse_definition
from counselroom.domain.screening import (
    Campaign, CampaignDraft, CampaignScale, CampaignStatus, EntryMethod, Interview, InterviewOutcome, SheetDraft,
    Student, check_sheets, resolve_scope, validate_campaign, with_outcome,
)
from counselroom.resources import resource_path
from counselroom.services.demo_agenda import Agenda, add_weekdays, at, next_weekday
from counselroom.services.demo_care import Care, CareCasework
from counselroom.services.demo_writer import Writer, moment
from counselroom.services.scales import scale_target
from counselroom.services.screening import campaign_audit_detail, campaign_target, interview_target

GRADES = ("初一", "高一")
#: The room's criterion (see the module's docstring): the first total of the moderate band.
POSITIVE_FROM = 10
SCREENED = 0.95
OPTED_OUT = 0.015
OUTCOMES = (InterviewOutcome.NO_CONCERN, InterviewOutcome.CASE, InterviewOutcome.REGISTER)
OUTCOME_WEIGHTS = (75, 15, 10)
ALERT_OUTCOME_WEIGHTS = (45, 30, 25)
NOTICE = ("根据学校心理健康教育工作安排，本学年将对初一、高一年级学生开展心理健康普查。普查采用问卷形式，结果严格保密，"
          "仅用于学校心理辅导工作。如家长不同意孩子参加，请于10月8日前告知班主任。")
LICENCE_NOTE = ("内置量表的普查版：条目、选项与分级同内置版本（免费使用，无需授权）；"
                f"本室普查判定：总分≥{POSITIVE_FROM}（中度及以上）为阳性")
NOTES = {
    InterviewOutcome.NO_CONCERN: ("约谈了解：近期考试压力较大，情绪可自我调节，暂无需跟进", "约谈了解：作答时理解有偏差，现状良好",
                                  "约谈了解：近期与家人有矛盾，已缓和，告知可随时来咨询室"),
    InterviewOutcome.CASE: ("约谈了解：情绪低落持续一月余，本人愿意接受咨询", "约谈了解：人际困扰明显，建议个体咨询，本人同意"),
    InterviewOutcome.REGISTER: ("约谈了解：抑郁情绪明显，睡眠差，需持续关注并与家长沟通",
                                "约谈了解：有过自伤念头，目前无计划，列入重点关注"),
}
CONCERN = "心理普查阳性，约谈后评估需持续关注"


def screening_definitions() -> list[tuple[bytes, ScaleDefinition]]:
    """The room's screening versions of the bundled scales, as the files it imports."""
    made = []
    for code in ("phq9", "gad7"):
        spec = json.loads(resource_path("scales").joinpath(f"{code}.json").read_text("utf-8"))
        # "…量表·普查版（PHQ-9）": still read as PHQ-9 where scales are named short (abbreviation())
        zh, en = spec["name"]["zh_CN"], spec["name"]["en"]
        short = abbreviation(zh, code)
        spec.update(format=2, code=f"{code}_screen", name={
            "zh_CN": f"{zh.split('（')[0]}·普查版（{short}）", "en": f"{en.split(' (')[0]}, screening ({short})"})
        spec["rules"] = [{"id": "moderate_or_above", "kind": "positive",
                          "label": {"zh_CN": f"总分≥{POSITIVE_FROM}（中度及以上）",
                                    "en": f"Total {POSITIVE_FROM} or more (moderate or above)"},
                          "when": {"total": True, "op": ">=", "value": POSITIVE_FROM}}]
        raw = json.dumps(spec, ensure_ascii=False, indent=1).encode()
        made.append((raw, parse_definition(raw)))
    return made


@dataclass(eq=False)
class Run:
    """A campaign the generator is playing through."""
    id: int
    counsellor: User            # who imports the sheets
    starts: date
    ends: date


class Screening:
    def __init__(self, writer: Writer, agenda: Agenda, seed: int, care: Care, casework: CareCasework) -> None:
        self._w = writer
        self._agenda = agenda
        self._rng = random.Random(f"screening {seed}")
        self._care = care
        self._casework = casework
        self._years: set[int] = set()
        self._scales: list[CampaignScale] = []
        self._definitions: dict[str, ScaleDefinition] = {}

    def open_day(self, day: date) -> None:
        """In late September (or on the first day the demo plays, if that is before October), the year's campaign."""
        year = day.year if day.month >= 9 else day.year - 1
        if year in self._years or not date(year, 9, 20) <= day <= date(year, 10, 1) or not self._w.staff.clinicians:
            return
        self._years.add(year)
        self._agenda.at(at(day, 9, self._rng.randrange(0, 50, 5)), self._create, year)

    # -- the campaign ------------------------------------------------------------------------------------
    def _import_scales(self, when: datetime, user: User) -> None:
        """What ``ScaleService.import_definition`` writes, once: the room's screening versions."""
        w = self._w
        for raw, definition in screening_definitions():
            scale_id = w.scales.add(definition, definition_text(raw), licence_note=LICENCE_NOTE, builtin=False,
                                    imported_by=user.id, now=moment(when))
            w.log(user, Action.SCALE_IMPORTED, when, scale_target(scale_id), {
                "code": definition.code, "version": definition.version, "items": len(definition.items),
                "digest": definition.digest, "licence_note": LICENCE_NOTE})
            self._scales.append(CampaignScale(scale_id, definition.code, definition.digest))
            self._definitions[definition.code] = definition

    def _create(self, when: datetime, year: int) -> None:
        w, rng = self._w, self._rng
        user = w.staff.supervisor
        if not self._scales:
            self._import_scales(when, user)
        starts = next_weekday(date(year, 10, 9))
        ends = next_weekday(starts + timedelta(days=14))
        draft = validate_campaign(CampaignDraft(f"{year}学年秋季心理普查（初一、高一）", tuple(s.code for s in self._scales),
                                                GRADES, (), starts, ends, NOTICE))
        campaign_id = w.screening.add_campaign(draft, self._scales, user.id, moment(when))
        w.log(user, Action.SCREENING_CAMPAIGN_CREATED, when, campaign_target(campaign_id),
              campaign_audit_detail(draft, self._scales))
        w.counts["campaigns"] += 1
        run = Run(campaign_id, rng.choice(w.staff.clinicians), starts, ends)
        self._agenda.at(at(starts, 8, rng.randrange(10, 40, 5)), self._open, run)
        self._agenda.at(at(add_weekdays(starts, rng.randint(3, 6)), 14, rng.randrange(0, 60, 5)), self._sheets, run)
        self._agenda.at(at(ends, 16, rng.randrange(30, 55, 5)), self._close, run)

    def _campaign(self, run: Run) -> Campaign:
        campaign = self._w.screening.get_campaign(run.id)
        assert campaign is not None
        return campaign

    def _open(self, when: datetime, run: Run) -> None:
        """The parents' opt-outs and the students already in care are entered, and the campaign opens."""
        w, rng, user = self._w, self._rng, self._w.staff.supervisor
        campaign = self._campaign(run)
        students = resolve_scope(campaign, w.screening.students_of_grades(campaign.grades)).students
        opted_out = tuple(s.client_id for s in students if rng.random() < OPTED_OUT)
        in_care = tuple(s.client_id for s in students if s.client_id in self._care.open and s.client_id not in opted_out)
        if opted_out or in_care:
            draft = replace(campaign.draft, excluded=in_care, opted_out=opted_out)
            w.screening.update_campaign(run.id, draft, campaign.scales, moment(when))
            w.log(user, Action.SCREENING_CAMPAIGN_UPDATED, when, campaign_target(run.id),
                  campaign_audit_detail(draft, campaign.scales))
            campaign = self._campaign(run)
        w.screening.set_status(run.id, CampaignStatus.OPEN, moment(when))
        w.log(user, Action.SCREENING_CAMPAIGN_OPENED, when, campaign_target(run.id),
              {"students": len(resolve_scope(campaign, students).students)})

    def _close(self, when: datetime, run: Run) -> None:
        w = self._w
        w.screening.set_status(run.id, CampaignStatus.CLOSED, moment(when))
        w.log(w.staff.supervisor, Action.SCREENING_CAMPAIGN_CLOSED, when, campaign_target(run.id),
              {"sheets": w.screening.sheet_count(run.id)})

    # -- the sheets --------------------------------------------------------------------------------------
    def _answers(self, definition: ScaleDefinition, distress: float) -> dict[str, str]:
        """A student's answers: each item scores how many of three draws fall under their distress (item 9
        of the PHQ-9, thoughts of self-harm, far more rarely)."""
        rng = self._rng
        answers = {}
        for item in definition.items:
            chance = distress * (0.12 if item.id == "9" and definition.code.startswith("phq9") else 1.0)
            answers[item.id] = str((rng.random() < chance) + (rng.random() < chance) + (rng.random() < chance))
        return answers

    def _sheets(self, when: datetime, run: Run) -> None:
        """A counsellor imports the questionnaire tool's file: about 95% of the students, every scale, in one go;
        and looks at who is to be interviewed."""
        w, rng, user = self._w, self._rng, run.counsellor
        campaign = self._campaign(run)
        scope = resolve_scope(campaign, w.screening.students_of_grades(campaign.grades))
        drafts: list[SheetDraft] = []
        for student in scope.students:
            if rng.random() >= SCREENED:
                continue
            distress = rng.betavariate(1.3, 6.5)
            for code, definition in self._definitions.items():
                felt = min(1.0, distress * rng.uniform(0.7, 1.3))
                drafts.append(SheetDraft(student.client_id, code, self._answers(definition, felt), EntryMethod.IMPORT,
                                         len(drafts) + 2))
        if not drafts:
            return
        scored, problems = check_sheets(drafts, campaign, self._definitions, scope.client_ids, frozenset())
        assert not problems, problems[:3]
        w.screening.add_sheets(run.id, scored, {s.client_id: s for s in scope.students}, user.id, moment(when))
        results = [s.result for s in scored]
        w.log(user, Action.SCREENING_SHEETS_RECORDED, when, campaign_target(run.id), {
            "sheets": len(scored), "how": [EntryMethod.IMPORT.value], "students": len({d.client_id for d in drafts}),
            "invalid": sum(not r.valid for r in results), "positive": sum(r.positive for r in results),
            "alert": sum(r.needs_crisis for r in results)})
        w.counts["screening_sheets"] += len(scored)
        to_interview: dict[int, bool] = {}        # client id -> alerting
        for sheet in scored:
            if sheet.result.positive or sheet.result.needs_crisis:
                client = sheet.draft.client_id
                to_interview[client] = to_interview.get(client, False) or sheet.result.needs_crisis
        w.log(user, Action.SCREENING_POSITIVES_VIEWED, when, campaign_target(run.id), {"students": len(to_interview)})
        students = {s.client_id: s for s in scope.students}
        clinicians = w.staff.clinicians
        for client_id, alert in to_interview.items():
            invited = add_weekdays(when.date(), 1 if alert else rng.randint(1, 5))
            counsellor = user if alert else clinicians[rng.randrange(len(clinicians))]
            self._agenda.at(at(invited, rng.randint(8, 11), rng.randrange(0, 60, 5)), self._invite, run,
                            students[client_id], alert, counsellor)

    # -- interviews ----------------------------------------------------------------------------------------
    def _invite(self, when: datetime, run: Run, student: Student, alert: bool, counsellor: User) -> None:
        w, rng = self._w, self._rng
        day = when.date()
        interview_id = w.screening.add_interview(run.id, student.client_id, day, counsellor.id, moment(when))
        w.log(counsellor, Action.SCREENING_INVITED, when, interview_target(interview_id),
              {"campaign": run.id, "client": student.client_id, "on": day.isoformat()})
        interview = Interview(interview_id, run.id, student.client_id, day, counsellor.id)
        held = add_weekdays(day, rng.randint(0, 1) if alert else rng.randint(1, 4))
        held_at = at(held, rng.randint(9, 15), rng.randrange(0, 60, 5))
        self._agenda.at(max(held_at, when + timedelta(minutes=30)), self._interview, interview, alert, counsellor)

    def _interview(self, when: datetime, interview: Interview, alert: bool, counsellor: User) -> None:
        """The interview and, right after it, what it led to (what ``record_interview`` and ``set_outcome`` write)."""
        w, rng = self._w, self._rng
        outcome = rng.choices(OUTCOMES, weights=ALERT_OUTCOME_WEIGHTS if alert else OUTCOME_WEIGHTS)[0]
        client_id = interview.client_id
        if outcome is InterviewOutcome.CASE and any(c.is_open for c in w.cases.for_client(client_id)):
            outcome = InterviewOutcome.NO_CONCERN      # in counselling already: the counsellor carries on
        if outcome is InterviewOutcome.REGISTER and client_id in self._care.open:
            outcome = InterviewOutcome.NO_CONCERN      # on the register already: its reviews carry on
        interview = replace(interview, interviewed_on=when.date(), interviewed_by=counsellor.id,
                            note=rng.choice(NOTES[outcome]))
        w.screening.save_interview(interview, moment(when))
        w.log(counsellor, Action.SCREENING_INTERVIEWED, when, interview_target(interview.id),
              {"client": client_id, "on": when.date().isoformat()})
        case_id = entry_id = None
        if outcome is InterviewOutcome.CASE:
            client = w.clients.get(client_id)
            assert client is not None
            case_id = self._casework.open_case(when, client_id, client.draft, counsellor).case_id
        elif outcome is InterviewOutcome.REGISTER:
            entry_id = self._care.enter(when, client_id, counsellor, Source.SCREENING,
                                        level=Level.LEVEL2 if alert else Level.LEVEL3,
                                        reason=ReasonCategory.SELF_HARM if alert else ReasonCategory.EMOTIONAL,
                                        concern=CONCERN, source_ref=interview_target(interview.id))
        interview = with_outcome(interview, outcome, counsellor.id, moment(when), case_id=case_id,
                                 register_entry_id=entry_id)
        w.screening.save_interview(interview, moment(when))
        w.log(counsellor, Action.SCREENING_OUTCOME, when, interview_target(interview.id), {
            "client": client_id, "outcome": outcome.value, "case": case_id, "register_entry": entry_id})
        w.counts["screening_interviews"] += 1
