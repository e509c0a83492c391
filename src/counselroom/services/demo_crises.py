"""Generated crises (R7): opened by a signed medium or high risk, every step settled, reviewed each
opening day while open, closed once the follow-up period is over.

A crisis whose close falls on today or later is still open, its later steps pending: the room
has the crises a room in use has.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from counselroom.domain.audit import Action
from counselroom.domain.crisis import CrisisStep, StepRecord, StepState
from counselroom.domain.visits import RiskLevel
from counselroom.services.cases import case_target
from counselroom.services.demo_agenda import Agenda, add_weekdays, at, next_weekday
from counselroom.services.demo_referrals import Referrals
from counselroom.services.demo_state import CaseFile, CrisisFile
from counselroom.services.demo_words import (
    ADULT_NO_GUARDIAN, CRISIS_CLOSINGS, GUARDIANS, LEADERS, REFERRAL_NOT_NEEDED, SAFETY_PLAN,
)
from counselroom.services.demo_writer import Writer, moment

_ORDER = [RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH]
#: The last moment of a day steps are settled; later ones wait for the next morning.
LAST_STEP = (16, 50)


class Crises:
    def __init__(self, writer: Writer, agenda: Agenda, referrals: Referrals) -> None:
        self._w = writer
        self._agenda = agenda
        self._referrals = referrals
        self.open: dict[int, CrisisFile] = {}
        #: Told when a crisis closes (a case whose sessions are over may close then).
        self.on_closed: Callable[[datetime, CaseFile], None] = lambda when, case: None

    def open_for_risk(self, when: datetime, case: CaseFile, risk: RiskLevel, *, visit_id: int | None = None,
                  test_id: int | None = None) -> None:
        """What ``CrisisService.open_for_risk`` does: open one, or raise the level of the open one."""
        detail: dict[str, object] = {"risk": risk.value, "visit": visit_id}
        if test_id is not None:
            detail["test"] = test_id
        w = self._w
        w.log(case.counsellor, Action.CRISIS_OPENED, when, case_target(case.case_id), detail)
        crisis = case.crisis
        if crisis is not None:
            if _ORDER.index(risk) > _ORDER.index(crisis.risk):
                w.crises.raise_risk(crisis.id, risk)
                crisis.risk = risk
            return
        crisis_id = w.crises.open(case.case_id, visit_id, risk, case.counsellor.id, moment(when), test_id)
        crisis = CrisisFile(crisis_id, case, risk, when, set(CrisisStep), when.date())
        case.crisis = crisis
        self.open[crisis_id] = crisis
        w.counts["crises"] += 1
        rng = case.rng
        self._agenda.at(when + timedelta(minutes=5), self._step, crisis, CrisisStep.SAFETY_PLAN)
        self._agenda.at(self._same_day(when, rng.randint(20, 60)), self._step, crisis, CrisisStep.GUARDIAN_INFORMED)
        self._agenda.at(self._same_day(when, rng.randint(60, 150)), self._step, crisis,
                        CrisisStep.LEADERSHIP_INFORMED)
        following = add_weekdays(when.date(), 1)
        self._agenda.at(at(following, 10, rng.randrange(0, 60, 5)), self._step, crisis, CrisisStep.REFERRAL)
        self._agenda.at(at(following, 15, rng.randrange(0, 60, 5)), self._step, crisis, CrisisStep.FOLLOW_UP)

    @staticmethod
    def _same_day(when: datetime, minutes: int) -> datetime:
        later = when + timedelta(minutes=minutes)
        if (later.hour, later.minute) > LAST_STEP:
            return at(add_weekdays(when.date(), 1), 8, 50) + timedelta(minutes=minutes % 30)
        return later

    def _step(self, when: datetime, crisis: CrisisFile, step: CrisisStep) -> None:
        case, rng = crisis.case, crisis.case.rng
        name = case.counsellor.display_name
        record: StepRecord
        if step is CrisisStep.SAFETY_PLAN:
            record = StepRecord(step, StepState.DONE, crisis.opened, name, note=SAFETY_PLAN)
        elif step is CrisisStep.GUARDIAN_INFORMED:
            if case.minor and case.client.guardian_name:
                contact = f"{case.client.guardian_name}（{rng.choice(GUARDIANS)}）"
                record = StepRecord(step, StepState.DONE, when - timedelta(minutes=5), name, contact,
                                    rng.choice(("电话", "电话", "面谈")), "已告知风险及学校的安排，监护人表示配合")
            else:
                record = StepRecord(step, StepState.NOT_APPLICABLE, reason=ADULT_NO_GUARDIAN)
        elif step is CrisisStep.LEADERSHIP_INFORMED:
            record = StepRecord(step, StepState.DONE, when - timedelta(minutes=10), name, rng.choice(LEADERS),
                                "当面报告")
        elif step is CrisisStep.REFERRAL:
            if crisis.risk is RiskLevel.HIGH or rng.random() < 0.3:
                institution = self._referrals.refer(when, case, "危机评估后转介，需专业评估")
                record = StepRecord(step, StepState.DONE, when, name, institution, "转介单")
            else:
                record = StepRecord(step, StepState.NOT_APPLICABLE, reason=REFERRAL_NOT_NEEDED)
        else:
            opened = crisis.opened.date()
            dates = tuple(next_weekday(opened + timedelta(days=d)) for d in (7, 14, 28))
            record = StepRecord(step, StepState.DONE, when, name, note="按计划随访", follow_up_dates=dates)
            closes = add_weekdays(dates[-1], rng.randint(0, 6))
            self._agenda.at(at(closes, 16, rng.randrange(5, 40, 5)), self._close, crisis)
        record = StepRecord(record.step, record.state, record.done_at.replace(second=0, microsecond=0)
                            if record.done_at else None, record.done_by, record.contact, record.method,
                            record.note, record.reason, record.follow_up_dates, case.counsellor.id)
        w = self._w
        w.log(case.counsellor, Action.CRISIS_STEP, when, case_target(case.case_id),
              {"crisis": crisis.id, "step": step.value, "state": record.state.value})
        w.crises.settle(crisis.id, record, moment(when))
        crisis.pending.discard(step)

    def review_all(self, day: date) -> None:
        """Each open crisis opened before today is looked at before the room closes (the checklist asks)."""
        for crisis in self.open.values():
            if crisis.opened.date() < day:
                rng = crisis.case.rng
                if rng.random() < 0.01:
                    continue   # forgotten today: the closing says so
                self._agenda.at(at(day, 16, rng.randrange(30, 58)), self._review, crisis)

    def _review(self, when: datetime, crisis: CrisisFile) -> None:
        if crisis.closed:
            return
        case = crisis.case
        self._w.log(case.counsellor, Action.CRISIS_REVIEWED, when, case_target(case.case_id), {"crisis": crisis.id})
        self._w.crises.reviewed(crisis.id, moment(when))
        crisis.reviewed = when.date()

    def _close(self, when: datetime, crisis: CrisisFile) -> None:
        if crisis.pending:      # a step waited for a closed day: close a day later
            self._agenda.at(at(add_weekdays(when.date(), 1), 16, 10), self._close, crisis)
            return
        case = crisis.case
        self._w.log(case.counsellor, Action.CRISIS_CLOSED, when, case_target(case.case_id), {"crisis": crisis.id})
        self._w.crises.close(crisis.id, case.rng.choice(CRISIS_CLOSINGS), moment(when))
        crisis.closed = True
        case.crisis = None
        del self.open[crisis.id]
        self.on_closed(when, case)
