"""Printable records (R12): built in memory; printing or saving a copy is audited.

Each builder is imported by the call that uses it: reportlab and the font (~64 MB) wait for the
first document, not the first page that offers one."""

from __future__ import annotations

from counselroom.domain.access import CaseAccess
from counselroom.domain.audit import Action
from counselroom.domain.cases import Case
from counselroom.domain.clients import Client
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.services.cases import CaseService
from counselroom.services.clients import client_target
from counselroom.services.duty import DutyService
from counselroom.services.closing import ClosingService
from counselroom.services.contacts import ContactService
from counselroom.services.referrals import ReferralService
from counselroom.services.session import Session
from counselroom.services.settings_service import SettingsService
from counselroom.services.tests import TestService
from counselroom.services.visits import VisitService
from counselroom.storage.cases_repo import CaseRepository
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.consents_repo import ConsentRepository
from counselroom.storage.crises_repo import CrisisRepository
from counselroom.storage.referrals_repo import ReferralRepository
from counselroom.storage.users_repo import UserRepository

OUTPUTS = ("print", "pdf")


class PrintService:
    def __init__(self, session: Session, lang: str = "zh_CN") -> None:
        self._s = session
        self._lang = lang

    def _names(self) -> dict[int, str]:
        return {u.id: u.display_name for u in UserRepository(self._s.db).all()}

    def _case(self, case_id: int) -> Case:
        case = CaseRepository(self._s.db).get(case_id)
        if case is None:
            raise NotFound("case.not_found")
        return case

    def _client(self, client_id: int) -> Client:
        client = ClientRepository(self._s.db).get(client_id)
        if client is None:
            raise NotFound("client.not_found")
        return client

    def visit_record(self, visit_id: int, *, reason: str | None = None) -> bytes:
        from counselroom.reports.visit_record import build_visit_record

        visit = VisitService(self._s).get(visit_id, reason=reason)
        case = self._case(visit.case_id)
        clients = ClientRepository(self._s.db)
        client = self._client(case.client_id)
        others = tuple(c.name for c in (clients.get(i) for i in visit.content.participants) if c is not None)
        return build_visit_record(
            room_name=SettingsService(self._s).room_name(), client=client, case=case, visit=visit,
            counsellor_name=self._names().get(visit.counsellor_id, ""), printed_by=self._s.user.display_name,
            printed_at=self._s.wall_now(), lang=self._lang, participants=others)

    def case_file(self, client_id: int, *, reason: str | None = None) -> bytes:
        """Every case of the client the user may open (the supervisor: all, with a reason)."""
        from counselroom.reports.case_file import CaseRecords, build_case_file

        client = ClientRepository(self._s.db).get(client_id)
        if client is None:
            raise NotFound("client.not_found")
        cases_service, visits, referrals = CaseService(self._s), VisitService(self._s), ReferralService(self._s)
        crises = CrisisRepository(self._s.db)
        names = self._names()
        parts = []
        for entry in cases_service.for_client(client_id):
            if entry.access is CaseAccess.NONE:
                continue
            case_visits = visits.for_case(entry.case.id, reason=reason)  # the access check, audited
            case = self._case(entry.case.id)  # the listing left out the clinical text
            contacts = ContactService(self._s).for_case(case.id, reason=reason)  # audited: contacts read
            parts.append(CaseRecords(case, names.get(case.counsellor_id, ""), case_visits,
                                     crises.for_case(case.id), referrals.for_case(case.id), contacts[::-1]))
        if not parts:
            raise PermissionDenied("case.not_yours")
        return build_case_file(room_name=SettingsService(self._s).room_name(), client=client, cases=parts,
                               printed_by=self._s.user.display_name, printed_at=self._s.wall_now(),
                               today=self._s.today(), lang=self._lang)

    def referral_letter(self, referral_id: int, *, reason: str | None = None) -> bytes:
        from counselroom.reports.referral_letter import build_referral_letter

        referral = ReferralRepository(self._s.db).get(referral_id)
        if referral is None:
            raise NotFound("referral.not_found")
        ReferralService(self._s).for_case(referral.case_id, reason=reason)  # the access check, audited
        case = self._case(referral.case_id)
        client = self._client(case.client_id)
        return build_referral_letter(
            room_name=SettingsService(self._s).room_name(), client=client, referral=referral,
            counsellor_name=self._names().get(case.counsellor_id, ""), printed_by=self._s.user.display_name,
            printed_at=self._s.wall_now(), today=self._s.today(), lang=self._lang)

    def test_report(self, test_id: int, *, reason: str | None = None) -> bytes:
        """One administration of a scale (drafts print with the draft banner), with the client's
        signed scores on the scale over time."""
        from counselroom.reports.test_report import build_test_report

        tests = TestService(self._s)
        record = tests.get(test_id, reason=reason)  # the access check, audited
        trend = tests.trend(record.client_id, record.scale_code, reason=reason)
        client = self._client(record.client_id)
        consent = ConsentRepository(self._s.db).get(record.consent_id) if record.consent_id else None
        return build_test_report(
            room_name=SettingsService(self._s).room_name(), client=client, test=record, trend=trend,
            consent=consent, printed_by=self._s.user.display_name, printed_at=self._s.wall_now(),
            lang=self._lang)

    def closing_month(self, year: int, month: int) -> bytes:
        """The month's closing checklists (闭室检查记录) as one PDF, for the supervisor."""
        from counselroom.reports.closing_month import build_closing_month

        days = ClosingService(self._s).history(year, month)
        return build_closing_month(room_name=SettingsService(self._s).room_name(), year=year, month=month,
                                   days=days, printed_by=self._s.user.display_name,
                                   printed_at=self._s.wall_now(), lang=self._lang)

    def duty_month(self, year: int, month: int) -> bytes:
        """The month's duty log (值班记录, R11) for the supervisor's file; after printing or saving,
        ``record_output("duty_month", year * 100 + month, how)``."""
        from counselroom.reports.duty_month import build_duty_month

        record = DutyService(self._s).month(year, month)   # the supervisor's only
        return build_duty_month(room_name=SettingsService(self._s).room_name(), month=record,
                                printed_by=self._s.user.display_name, printed_at=self._s.wall_now(),
                                lang=self._lang)

    def record_output(self, what: str, target_id: int, how: str, *, client_id: int | None = None) -> None:
        """After the print dialog (or the save dialog) succeeded: who printed what, how.

        Documents about a client name the client as the audit target; the others (e.g. the
        month's closings, ``target_id`` 202611) name the document itself."""
        user = self._s.require()
        if how not in OUTPUTS:
            raise ValidationError("output", "print.output")
        target = client_target(client_id) if client_id is not None else f"{what}:{target_id}"
        with self._s.db.transaction():
            self._s.audit.append(user, Action.RECORD_PRINTED, target=target,
                                 detail={"document": what, "id": target_id, "output": how})
