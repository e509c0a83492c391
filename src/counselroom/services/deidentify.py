"""De-identified case export (R14): the case's texts with every identifying detail replaced or
flagged, for supervision, case conferences, teaching and research.

The case holder or the supervisor (with a stated reason for someone else's case, as for every
read) prepares the text; the review screen shows it, the person confirms
(:func:`counselroom.domain.deidentify_review.confirmed_text`), and the printed or saved output is
audited here by :meth:`DeidentifyService.record_output`: the audit row names the case, the
output never does.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import TypeVar

from counselroom.domain.access import oversees_all_cases
from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action
from counselroom.domain.cases import Case
from counselroom.domain.clients import Client, age_on
from counselroom.domain.clock import wall_date
from counselroom.domain.deidentify import (
    DeidentifiedText, Deidentifier, KnownIdentities, KnownPerson, KnownTerm, PersonRole, Section, contact_names,
    guardian_people, name_spellings, school_names,
)
from counselroom.domain.deidentify_patterns import ReplacementKind, age_band, relative_day
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.domain.labels import label
from counselroom.domain.scales import TestRecord
from counselroom.domain.visits import RiskLevel, Visit
from counselroom.services.cases import CaseService
from counselroom.services.session import Session
from counselroom.services.settings_service import SettingsService
from counselroom.storage.cases_repo import CaseRepository
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.deidentify_repo import DeidentifyRepository
from counselroom.storage.tests_repo import TestRepository
from counselroom.storage.visits_repo import VisitRepository

OUTPUTS = ("pdf", "text")
ZH = "zh_CN"   # the export is written in the records' language


class DeidentifyService:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._cases = CaseService(session)

    def _check(self, case_id: int, reason: str | None) -> Case:
        """The case holder, or the supervisor (someone else's case with a reason, once a session).

        A counsellor the case is only shared with reads it but does not take it out of the room."""
        user = self._s.require(Role.COUNSELLOR, Role.SUPERVISOR)
        case = self._cases.check_access(case_id, reason=reason)
        if case.counsellor_id != user.id and not oversees_all_cases(user):
            raise PermissionDenied("case.not_yours")
        return case

    def may_prepare(self, case_id: int) -> bool:
        """Whether the screen offers the export for this case (the supervisor is still asked for a
        reason when the case is someone else's)."""
        user = self._s.require()
        case = CaseRepository(self._s.db).get(case_id)
        if case is None or user.role not in (Role.COUNSELLOR, Role.SUPERVISOR):
            return False
        return case.counsellor_id == user.id or oversees_all_cases(user)

    def prepare(self, case_id: int, visit_ids: Collection[int] | None = None,
                test_ids: Collection[int] | None = None, *, reason: str | None = None) -> DeidentifiedText:
        """The de-identified text of the case with the chosen visit records and tests (by default the
        signed ones), for review."""
        case = self._check(case_id, reason)
        all_visits = VisitRepository(self._s.db).for_case(case_id)
        visits = _chosen(all_visits, visit_ids, "visit.not_found")
        all_tests = TestRepository(self._s.db).for_case(case_id)
        tests = _chosen(all_tests, test_ids, "test.not_found")
        self._cases.authorize(case_id, reason=reason, action=Action.CASE_VIEWED,
                              detail={"visits": [v.id for v in visits], "tests": [t.id for t in tests]})
        client = ClientRepository(self._s.db).get(case.client_id)
        if client is None:
            raise NotFound("client.not_found")
        known = self._known(case, client, all_visits, all_tests)
        return Deidentifier(known).run(_sections(case, client, visits, tests, known))

    def record_output(self, case_id: int, kind: str, *, reason: str | None = None) -> None:
        """After the de-identified text was printed to PDF or saved as text: who, which case, when."""
        self._check(case_id, reason)
        if kind not in OUTPUTS:
            raise ValidationError("output", "print.output")
        self._cases.authorize(case_id, reason=reason, action=Action.CASE_DEIDENTIFIED_OUTPUT,
                              detail={"output": kind})

    # -- what the database knows -------------------------------------------------------------
    def _known(self, case: Case, client: Client, visits: Sequence[Visit], tests: Sequence[TestRecord]
               ) -> KnownIdentities:
        repo = DeidentifyRepository(self._s.db)
        people: list[KnownPerson] = [KnownPerson(client.name, PersonRole.CLIENT, *name_spellings(client.name))]
        people += [KnownPerson(g.name, g.role, *name_spellings(g.name)) for g in guardian_people(client.guardian_name)]
        for user_id, display in repo.staff_names():
            role = PersonRole.COUNSELLOR if user_id == case.counsellor_id else PersonRole.STAFF
            people.append(KnownPerson(display, role, *name_spellings(display)))
        for text in repo.contacts(case.id):
            people += [KnownPerson(name, PersonRole.CONTACT, *name_spellings(name)) for name in contact_names(text)]
        for client_id, name, guardian, keys in repo.client_names():
            if client_id == client.id:
                continue
            spellings = tuple(k for k in keys.split() if len(k) > len(name))   # full spellings, not initials
            people.append(KnownPerson(name, PersonRole.OTHER_CLIENT, spellings))
            if guardian:
                people += guardian_people(guardian, others=True)
        terms = [KnownTerm(text, kind) for text, kind in (
            (client.contact, ReplacementKind.PHONE), (client.guardian_contact, ReplacementKind.PHONE),
            (client.student_no, ReplacementKind.NUMBER), (client.case_no, ReplacementKind.CASE_NUMBER),
            (client.class_name, ReplacementKind.CLASS), (client.grade + client.class_name, ReplacementKind.CLASS),
        ) if text and text != client.grade]
        rooms, schools = school_names(SettingsService(self._s).room_name())
        terms += [KnownTerm(r, ReplacementKind.ROOM) for r in rooms]
        terms += [KnownTerm(s, ReplacementKind.SCHOOL) for s in schools]
        terms += [KnownTerm(i, ReplacementKind.INSTITUTION) for i in repo.institutions(case.id)]
        days = sorted(d for d in (v.content.visit_date for v in visits) if d is not None)
        visit_days: dict[date, int] = {}
        for v in sorted(visits, key=lambda v: v.session_no):
            if v.content.visit_date is not None:
                visit_days.setdefault(v.content.visit_date, v.session_no)
        first = days[0] if days else case.opened_on
        ends = [d for d in (case.closed_on, days[-1] if days else None,
                            max((t.administered_on for t in tests), default=None)) if d is not None]
        return KnownIdentities(people=people, terms=terms, first_day=first, last_day=max(ends, default=first),
                               visit_days=visit_days)


_Record = TypeVar("_Record", Visit, TestRecord)


def _chosen(records: Sequence[_Record], ids: Collection[int] | None, missing: str) -> list[_Record]:
    if ids is None:
        return [r for r in records if r.signed]
    by_id = {r.id: r for r in records}
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        raise NotFound(missing)
    return [r for r in records if r.id in set(ids)]


def _sections(case: Case, client: Client, visits: Sequence[Visit], tests: Sequence[TestRecord],
              known: KnownIdentities) -> list[Section]:
    """The export's layout: generated headings and labels, the records' own words as the texts."""
    first = known.first_day or case.opened_on
    age = age_on(client.birth_date, first)
    profile = [("类型", label(client.client_type, ZH)), ("性别", label(client.gender, ZH))]
    if age is not None:
        profile.append(("年龄", age_band(age)))
    if client.grade:
        profile.append(("年级", client.grade))
    profile.append(("问题类别", label(case.category, ZH)))
    sections = [Section("来访者概况", tuple(profile))]
    story = [("开案", _day_number(case.opened_on, first)), ("来访原因", case.reason), ("咨询方案", case.plan)]
    if case.closed_on is not None:
        story.append(("结案", _day_number(case.closed_on, first)))
    if case.outcome is not None:
        story.append(("咨询效果", label(case.outcome, ZH)))
    story.append(("结案小结", case.closing_summary))
    sections.append(Section("个案", tuple(story)))
    for visit in visits:
        c = visit.content
        when = f"，{_day_number(c.visit_date, first)}" if c.visit_date is not None else ""
        fields = [("主要问题", c.presenting_issue), ("主诉", c.complaint), ("咨询过程", c.process),
                  ("咨询师评估", c.assessment), ("下一步计划", c.plan)]
        if c.risk is not RiskLevel.NONE:
            risks = [words for flag, words in ((c.risk_self_harm, "自伤/自杀风险"), (c.risk_harm_others, "伤害他人风险"),
                                               (c.risk_harmed_by_others, "受到他人伤害")) if flag]
            fields.append(("风险评估", "，".join([label(c.risk, ZH), *risks])))
        for addendum in visit.addenda:
            fields.append((f"补充说明（{relative_day(wall_date(addendum.signed_at), first)}）", addendum.text))
        status = "" if visit.signed else "，草稿"
        sections.append(Section(f"第 {visit.session_no} 次咨询（{label(c.kind, ZH)}{when}{status}）", tuple(fields)))
    for test in tests:
        fields = []
        if test.total is not None:
            fields.append(("总分", str(test.total)))
        band = test.band
        if band is not None:
            fields.append(("结果分级", band.label.get(ZH)))
        fields.append(("结果解释", test.interpretation))
        sections.append(Section(f"测验：{test.scale_name.get(ZH)}（{_day_number(test.administered_on, first)}）",
                                tuple(fields)))
    return sections


def _day_number(day: date | None, first: date) -> str:
    """A heading's day, always counted (the text's own dates say which visit's day it was)."""
    if day is None:
        return ""
    return relative_day(day, first)
