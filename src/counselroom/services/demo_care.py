"""Generated care work for the whole school (R20, R21): the 重点关注 register, contacts with families and
head teachers, and crises a 班主任 reports by telephone.

- Register entries come from screening interviews (``demo_screening``), from every high-risk crisis
  (the next morning) and, a few each term, from a 班主任's report. Each is reviewed every two to four
  weeks; now and then the level changes (mostly down, with the reason), and after a few reviews the
  student leaves the register with the reason why. Those due today or later are still open.
- Contacts (家校沟通): the guardian told of a crisis (the step 告知监护人, as the crisis records it) and the
  班主任 told what the school does; the 班主任 and a parent when a student is put on the register, a
  parent now and then at a review (家访 rarely); the parents of some students whose case opens.
- One or two crises a term are opened by hand: a 班主任 calls a counsellor about a student on the
  roster who has no case open. The case opens and the crisis with it, as ``CrisisService.open_by_hand``
  writes them; the steps and the follow-up are those of every crisis, and the student comes for sessions.

Every row and audit row is the one the services (``CareRegisterService``, ``ContactService``,
``CrisisService``) write, at the moment it happens. Its own random generator, seeded by the demo's
seed, draws what happens here, so the rest of the room's story stays as it was.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from counselroom.domain.accounts import User
from counselroom.domain.audit import Action
from counselroom.domain.care_register import (
    ChangeKind, EntryDraft, Level, ReasonCategory, Source, validate_entry, validate_reason, validate_review,
)
from counselroom.domain.clients import ClientDraft
from counselroom.domain.contacts import ContactDraft, ContactLink, ContactMethod, ContactRelation, validate_contact
from counselroom.domain.crisis import CrisisReport, CrisisSource, CrisisStep, StepState, validate_report
from counselroom.domain.periods import Period, TermMonths
from counselroom.domain.visits import RiskLevel
from counselroom.services.care_register import register_target
from counselroom.services.cases import case_target
from counselroom.services.crisis import crisis_target
from counselroom.services.demo_activities import teaching_term, teaching_window
from counselroom.services.demo_agenda import Agenda, add_weekdays, at, next_weekday
from counselroom.services.demo_casework import Casework
from counselroom.services.demo_crises import Crises
from counselroom.services.demo_referrals import Referrals
from counselroom.services.demo_state import CaseFile, CrisisFile
from counselroom.services.demo_words import GRADES, SURNAMES
from counselroom.services.demo_writer import Writer, moment

#: Of the cases of students, how many bring a call to the parents in their first weeks.
CASE_CONTACT = 0.04
#: Of the reviews, how many come with a call to the parents; of those contacts, how many are a 家访.
REVIEW_CONTACT = 0.25
HOME_VISIT = 0.06
LEVEL_CHANGE = 0.3
CRISES_BY_HAND = (1, 2)           # a term
TEACHER_REPORTS = (2, 4)          # a term

EXIT_REASONS = ("连续复评情绪稳定，学习生活恢复正常，解除重点关注", "已转介医院规范治疗，病情稳定，转为常规关注",
                "家庭问题已得到妥善处理，学生适应良好", "学生本人及家长反馈状态良好，经评估解除关注")
REVIEW_NOTES = ("情绪较前平稳，按计划继续关注", "与班主任沟通，在校表现基本正常", "睡眠改善，仍有学业焦虑，继续跟进",
                "本周与同学冲突一次，已个别谈话", "家长反馈在家情绪稳定", "按时参加咨询，配合度好")
LEVEL_DOWN = ("风险评估下降，情绪明显好转", "危机已解除，转入常规跟进")
LEVEL_UP = ("近期情绪波动加大，出现退缩行为", "家长反馈在家有自伤迹象，提高关注等级")
PLANS = ("每周一次个别谈话；班主任每日留意在校情况；家长每周反馈一次", "每两周复评；同伴支持（心理委员）；必要时转介",
         "纳入个案咨询；与家长建立定期沟通；学业上适当减压")
TEACHER_CONCERNS = {
    ReasonCategory.FAMILY: "父母离异后情绪低落，成绩下滑明显",
    ReasonCategory.RELATIONSHIPS: "与同学关系紧张，近期独来独往",
    ReasonCategory.STUDY: "学业压力大，多次在课堂上哭泣",
    ReasonCategory.BEHAVIOUR: "近期多次迟到旷课，上课注意力不集中",
    ReasonCategory.EMOTIONAL: "近一个月情绪低落，食欲下降",
}
CRISIS_CALLS = ("班主任来电：学生在周记中流露轻生念头", "班主任来电：学生手臂有划伤痕迹，同学反映其近期情绪异常",
                "班主任来电：学生与家长激烈冲突后表示不想活了")
GUARDIAN_SAID = "告知孩子近期的风险情况及学校已采取的措施，提醒家中注意安全，保管好药品和尖锐物品"
GUARDIAN_AGREED = "家长今晚加强陪伴，明天到校面谈；如有紧急情况拨打心理援助热线"
HEAD_TEACHER_SAID = "反馈学生的安全情况和学校的安排（不涉及咨询内容）"
HEAD_TEACHER_AGREED = "班主任留意学生在校情况，有异常及时告知心理老师"
ENTRY_TEACHER_SAID = "了解学生近期在班级的表现，说明需要关注的方面（不透露谈话内容）"
ENTRY_TEACHER_AGREED = "每两周与心理老师沟通一次学生在校情况"
PARENT_SAID = "与家长沟通孩子近期的情绪状态，建议多陪伴、少批评"
PARENT_AGREED = "家长配合观察孩子在家情况，必要时就医评估"
HOME_VISIT_SAID = "家访了解家庭环境和孩子在家的作息"
HOME_VISIT_AGREED = "家长同意调整家庭沟通方式，两周后电话回访"
CASE_SAID = "说明学校心理咨询的安排和保密原则，了解孩子在家的情况"
CASE_AGREED = "家长支持孩子按时参加咨询"


def head_teacher(grade: str, class_name: str) -> str:
    """The 班主任 of a class, the same name wherever the demo mentions them."""
    if not grade:
        return ""
    return SURNAMES[zlib.crc32(f"{grade}{class_name}".encode()) % len(SURNAMES)] + "老师"


def later_today(when: datetime, minutes: int) -> datetime:
    """``minutes`` later, but before the room closes and everyone logs out (17:35)."""
    return min(when + timedelta(minutes=minutes), at(when.date(), 17, 5))


def guardian_relation(words: str) -> ContactRelation:
    if "母亲" in words:
        return ContactRelation.MOTHER
    if "父亲" in words:
        return ContactRelation.FATHER
    return ContactRelation.GUARDIAN


@dataclass(eq=False)
class EntryFile:
    """An open register entry, as the generator follows it."""
    id: int
    client_id: int
    responsible: User
    level: Level
    reviews_left: int
    guardian: str
    exited: bool = False


class Care:
    """The register and the contacts: entries, reviews, level changes, exits, calls and visits."""

    def __init__(self, writer: Writer, agenda: Agenda, seed: int) -> None:
        self._w = writer
        self._agenda = agenda
        self.rng = random.Random(f"care {seed}")
        self.open: dict[int, EntryFile] = {}          # by client id

    # -- the register ------------------------------------------------------------------------------------
    def enter(self, when: datetime, client_id: int, responsible: User, source: Source, *, level: Level,
              reason: ReasonCategory, concern: str, source_ref: str = "", contacts: bool = True) -> int | None:
        """What ``CareRegisterService.add`` writes; None if the student is on the register already."""
        if client_id in self.open or self._w.register.open_for_client(client_id) is not None:
            return None     # on the register already (also from before the demo: `admin demo` on a used room)
        w, rng = self._w, self.rng
        client = w.clients.get(client_id)
        assert client is not None
        first_review = next_weekday(when.date() + timedelta(days=14 if level is Level.LEVEL1 else rng.choice((14, 21))))
        draft = validate_entry(EntryDraft(level, reason, responsible.id, concern,
                                          head_teacher(client.grade, client.class_name), rng.choice(PLANS),
                                          first_review), when.date())
        entry_id = w.register.add(client_id, draft, source, source_ref, by=responsible.id, now=moment(when))
        w.log(responsible, Action.REGISTER_ENTERED, when, register_target(entry_id), {
            "client": client_id, "level": level.value, "source": source.value, "source_ref": source_ref,
            "responsible": responsible.id})
        w.counts["register_entries"] += 1
        entry = EntryFile(entry_id, client_id, responsible, level, rng.randint(2, 7), client.guardian_name)
        self.open[client_id] = entry
        self._agenda.at(at(first_review, 16, rng.randrange(0, 40, 5)), self._review, entry)
        if contacts and draft.head_teacher and rng.random() < 0.7:
            self._agenda.at(later_today(when, rng.randint(30, 120)), self._entry_contact, entry,
                            draft.head_teacher, ContactRelation.HEAD_TEACHER, ContactMethod.MEETING,
                            ENTRY_TEACHER_SAID, ENTRY_TEACHER_AGREED)
        if contacts and entry.guardian and rng.random() < 0.7:
            self._agenda.at(at(add_weekdays(when.date(), rng.randint(0, 2)), 16, rng.randrange(0, 60, 5)),
                            self._entry_contact, entry, entry.guardian, rng.choice((ContactRelation.MOTHER,
                            ContactRelation.FATHER)), ContactMethod.PHONE, PARENT_SAID, PARENT_AGREED)
        return entry_id

    def _review(self, when: datetime, entry: EntryFile) -> None:
        if entry.exited:
            return
        w, rng, user = self._w, self.rng, entry.responsible
        if entry.reviews_left <= 0:
            self._exit(when, entry)
            return
        if rng.random() < LEVEL_CHANGE:
            down = rng.random() < 0.8
            rank = entry.level.rank + (1 if down else -1)
            if 1 <= rank <= 3:
                level = Level(f"level{rank}")
                reason = validate_reason(rng.choice(LEVEL_DOWN if down else LEVEL_UP))
                w.register.set_level(entry.id, level)
                w.register.add_change(entry.id, ChangeKind.LEVEL, level, by=user.id, now=moment(when),
                                      level_before=entry.level, note=reason)
                w.log(user, Action.REGISTER_LEVEL_CHANGED, when, register_target(entry.id),
                      {"from": entry.level.value, "to": level.value})
                entry.level = level
        day = when.date()
        following = next_weekday(day + timedelta(days=rng.choice((14, 21, 28))))
        note, following_review = validate_review(day, rng.choice(REVIEW_NOTES), following, day)
        w.register.set_next_review(entry.id, following_review)
        w.register.add_change(entry.id, ChangeKind.REVIEW, entry.level, by=user.id, now=moment(when), reviewed_on=day,
                              next_review=following_review, note=note)
        w.log(user, Action.REGISTER_REVIEWED, when, register_target(entry.id),
              {"reviewed_on": day.isoformat(), "next_review": following.isoformat()})
        entry.reviews_left -= 1
        if entry.guardian and rng.random() < REVIEW_CONTACT:
            visit = rng.random() < HOME_VISIT
            self._agenda.at(later_today(when, rng.randint(20, 60)), self._entry_contact, entry, entry.guardian,
                            rng.choice((ContactRelation.MOTHER, ContactRelation.FATHER)),
                            ContactMethod.HOME_VISIT if visit else ContactMethod.PHONE,
                            HOME_VISIT_SAID if visit else PARENT_SAID, HOME_VISIT_AGREED if visit else PARENT_AGREED)
        self._agenda.at(at(following, 16, rng.randrange(0, 40, 5)), self._review, entry)

    def _exit(self, when: datetime, entry: EntryFile) -> None:
        w, user = self._w, entry.responsible
        reason = validate_reason(self.rng.choice(EXIT_REASONS))
        w.register.exit(entry.id, reason, moment(when))
        w.register.add_change(entry.id, ChangeKind.EXITED, entry.level, by=user.id, now=moment(when), note=reason)
        w.log(user, Action.REGISTER_EXITED, when, register_target(entry.id), {"client": entry.client_id})
        entry.exited = True
        del self.open[entry.client_id]

    def after_crisis(self, when: datetime, crisis: CrisisFile) -> None:
        """A high risk: the student goes on the register the next morning (source: the crisis)."""
        following = at(add_weekdays(when.date(), 1), 8, self.rng.randrange(20, 50, 5))
        self._agenda.at(following, self._from_crisis, crisis)

    def _from_crisis(self, when: datetime, crisis: CrisisFile) -> None:
        case = crisis.case
        self.enter(when, case.client_id, case.counsellor, Source.CRISIS, level=Level.LEVEL1,
                   reason=ReasonCategory.SELF_HARM, concern="高风险危机干预后列入", source_ref=crisis_target(crisis.id),
                   contacts=False)

    # -- contacts ----------------------------------------------------------------------------------------
    def contact(self, when: datetime, staff: User, client_id: int, link: ContactLink, audit_target: str,
                name: str, relation: ContactRelation, method: ContactMethod, said: str, agreed: str,
                contacted_at: datetime | None = None) -> None:
        """What ``ContactService.record`` writes: the contact and its audit row (on the case for a case's or a
        crisis's contact, as the case's access check writes it; on the entry for the register's)."""
        w = self._w
        draft = validate_contact(ContactDraft(name, relation, method, contacted_at or when, said, agreed, staff.id),
                                 when)
        contact_id = w.contacts.add(client_id, link, draft, staff.id, staff.id, moment(when))
        w.log(staff, Action.CONTACT_RECORDED, when, audit_target,
              {"contact": contact_id, "relation": relation.value, "method": method.value})
        w.counts["contacts"] += 1

    def _entry_contact(self, when: datetime, entry: EntryFile, name: str, relation: ContactRelation,
                       method: ContactMethod, said: str, agreed: str) -> None:
        if entry.exited:
            return
        link = ContactLink(register_entry_id=entry.id)
        self.contact(when, entry.responsible, entry.client_id, link, link.target, name, relation, method, said, agreed)

    def case_contact(self, when: datetime, case: CaseFile) -> None:
        if case.closed or not case.client.guardian_name:
            return
        self.contact(when, case.counsellor, case.client_id, ContactLink(case_id=case.case_id),
                     case_target(case.case_id), case.client.guardian_name,
                     self.rng.choice((ContactRelation.MOTHER, ContactRelation.FATHER)), ContactMethod.PHONE,
                     CASE_SAID, CASE_AGREED)

    def crisis_contacts(self, when: datetime, crisis: CrisisFile, step: CrisisStep) -> None:
        """The guardian told (the step's own contact and method, as the counsellor recorded the step), and
        the 班主任 told what the school does once the leadership knows."""
        case = crisis.case
        link, target = ContactLink(crisis_id=crisis.id), case_target(case.case_id)
        if step is CrisisStep.GUARDIAN_INFORMED:
            record = next(r for r in self._w.crises.steps(crisis.id) if r.step is step)
            if record.state is StepState.DONE:
                self.contact(when, case.counsellor, case.client_id, link, target, record.contact.split("（")[0],
                             guardian_relation(record.contact), ContactMethod.PHONE if record.method == "电话"
                             else ContactMethod.MEETING, GUARDIAN_SAID, GUARDIAN_AGREED, record.done_at)
        elif step is CrisisStep.LEADERSHIP_INFORMED and case.client.grade and self.rng.random() < 0.6:
            self.contact(when, case.counsellor, case.client_id, link, target,
                         head_teacher(case.client.grade, case.client.class_name), ContactRelation.HEAD_TEACHER,
                         ContactMethod.PHONE, HEAD_TEACHER_SAID, HEAD_TEACHER_AGREED)


class CareCrises(Crises):
    """The generated crises, with what the care work adds: a high risk puts the student on the register,
    informing the guardian is a contact, and a crisis may be opened by hand."""

    def __init__(self, writer: Writer, agenda: Agenda, referrals: Referrals, care: Care) -> None:
        super().__init__(writer, agenda, referrals)
        self._care = care

    def open_for_risk(self, when: datetime, case: CaseFile, risk: RiskLevel, *, visit_id: int | None = None,
                      test_id: int | None = None) -> None:
        before = case.crisis.risk if case.crisis is not None else None
        super().open_for_risk(when, case, risk, visit_id=visit_id, test_id=test_id)
        if risk is RiskLevel.HIGH and before is not RiskLevel.HIGH and case.crisis is not None:
            self._care.after_crisis(when, case.crisis)

    def open_by_hand(self, when: datetime, case: CaseFile, report: CrisisReport) -> None:
        """What ``CrisisService.open_by_hand`` writes for a case just opened: the crisis with its report."""
        w = self._w
        crisis_id = w.crises.open(case.case_id, None, report.risk, case.counsellor.id, moment(when), report=report)
        w.log(case.counsellor, Action.CRISIS_OPENED, when, case_target(case.case_id), {
            "crisis": crisis_id, "risk": report.risk.value, "source": report.source.value, "by_hand": True})
        crisis = CrisisFile(crisis_id, case, report.risk, when, set(CrisisStep), when.date())
        case.crisis = crisis
        self.open[crisis_id] = crisis
        w.counts["crises"] += 1
        # The steps as ``Crises.open_for_risk`` plans them for a crisis a record opened.
        rng, agenda = case.rng, self._agenda
        agenda.at(when + timedelta(minutes=5), self._step, crisis, CrisisStep.SAFETY_PLAN)
        agenda.at(self._same_day(when, rng.randint(20, 60)), self._step, crisis, CrisisStep.GUARDIAN_INFORMED)
        agenda.at(self._same_day(when, rng.randint(60, 150)), self._step, crisis, CrisisStep.LEADERSHIP_INFORMED)
        following = add_weekdays(when.date(), 1)
        agenda.at(at(following, 10, rng.randrange(0, 60, 5)), self._step, crisis, CrisisStep.REFERRAL)
        agenda.at(at(following, 15, rng.randrange(0, 60, 5)), self._step, crisis, CrisisStep.FOLLOW_UP)
        if report.risk is RiskLevel.HIGH:
            self._care.after_crisis(when, crisis)

    def _step(self, when: datetime, crisis: CrisisFile, step: CrisisStep) -> None:
        super()._step(when, crisis, step)
        self._care.crisis_contacts(when, crisis, step)


class CareCasework(Casework):
    """The generated casework, opening a case when something other than a registration calls for it (a
    screening interview, a crisis reported by phone), and now and then calling a student's parents."""

    def __init__(self, care: Care, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._care = care

    def open_case(self, when: datetime, client_id: int, client: ClientDraft, counsellor: User) -> CaseFile:
        return self._open_case(when, client_id, client, random.Random(self._care.rng.getrandbits(64)), counsellor)

    def _open_case(self, when: datetime, client_id: int, client: ClientDraft, rng: random.Random,
                   counsellor: User) -> CaseFile:
        case = super()._open_case(when, client_id, client, rng, counsellor)
        care = self._care
        if client.guardian_name and care.rng.random() < CASE_CONTACT:
            day = add_weekdays(when.date(), care.rng.randint(1, 10))
            self._agenda.at(at(day, 16, care.rng.randrange(0, 60, 5)), care.case_contact, case)
        return case


class Reports:
    """What a term brings from the classes: a 班主任's report of a student to watch (a register entry),
    and a 班主任's call about a student in crisis (a crisis opened by hand)."""

    def __init__(self, writer: Writer, agenda: Agenda, terms: TermMonths, care: Care, casework: CareCasework,
                 crises: CareCrises) -> None:
        self._w = writer
        self._agenda = agenda
        self._terms = terms
        self._care = care
        self._casework = casework
        self._crises = crises
        self._planned: set[tuple[int, int]] = set()

    def open_day(self, day: date) -> None:
        """On a term's first teaching day the demo plays, plan the term's reports and calls."""
        term = teaching_term(day, self._terms)
        if term is None or (term.year, term.number) in self._planned or not self._w.staff.clinicians:
            return
        self._planned.add((term.year, term.number))
        rng = self._care.rng
        days = self._days(term, day)
        for _ in range(rng.randint(*TEACHER_REPORTS)):
            self._agenda.at(at(rng.choice(days), rng.randint(10, 15), rng.randrange(0, 60, 5)), self._teacher_report)
        for _ in range(rng.randint(*CRISES_BY_HAND)):
            self._agenda.at(at(rng.choice(days), rng.randint(9, 14), rng.randrange(0, 60, 5)), self._crisis_call)

    def _days(self, term: Period, since: date) -> list[date]:
        start, end = teaching_window(term)
        return [d for d in (since + timedelta(days=n) for n in range((end - since).days + 1))
                if d >= start and teaching_term(d, self._terms) is not None]

    def _student(self, *, without_case: bool) -> tuple[int, ClientDraft] | None:
        """A student on the roster who is not on the register (nor, if asked, in counselling now)."""
        rng, w = self._care.rng, self._w
        students = w.screening.students_of_grades([rng.choice(GRADES)[0]])
        for student in rng.sample(students, min(len(students), 12)):
            if student.client_id in self._care.open:
                continue
            if without_case and any(c.is_open for c in w.cases.for_client(student.client_id)):
                continue
            client = w.clients.get(student.client_id)
            assert client is not None
            return student.client_id, client.draft
        return None

    def _teacher_report(self, when: datetime) -> None:
        found = self._student(without_case=False)
        if found is None:
            return
        rng = self._care.rng
        reason = rng.choice(list(TEACHER_CONCERNS))
        self._care.enter(when, found[0], rng.choice(self._w.staff.clinicians), Source.TEACHER,
                         level=Level.LEVEL3 if rng.random() < 0.7 else Level.LEVEL2, reason=reason,
                         concern=TEACHER_CONCERNS[reason])

    def _crisis_call(self, when: datetime) -> None:
        found = self._student(without_case=True)
        if found is None:
            return
        client_id, client = found
        rng = self._care.rng
        counsellor = rng.choice(self._w.staff.clinicians)
        teacher = head_teacher(client.grade, client.class_name)
        report = validate_report(CrisisReport(
            CrisisSource.HEAD_TEACHER, RiskLevel.HIGH if rng.random() < 0.3 else RiskLevel.MEDIUM,
            rng.choice(CRISIS_CALLS), when - timedelta(minutes=rng.randint(5, 20)),
            f"{teacher}（{client.grade}{client.class_name}班主任）", f"13{rng.randint(100000000, 999999999)}"), when)
        case = self._casework.open_case(when, client_id, client, counsellor)
        self._crises.open_by_hand(when, case, report)
        self._w.counts["crises_by_hand"] += 1

