"""The test log (测验记录, R5): administering a scale in a case, scoring, signing, trends.

Access follows the case (R16): the case's counsellor and those it is shared with,
the supervisor with a stated reason; assistants never see tests or results.
Answers are saved only once the purpose and meaning of the test were explained
to the client (R5). Signing scores, seals and locks the record; a critical answer
or a total in an "alert" band opens the crisis workflow in the same step (R7).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta

from counselroom.domain.accounts import Role, User
from counselroom.domain.audit import Action
from counselroom.domain.errors import NotFound, PermissionDenied, StorageError, ValidationError
from counselroom.domain.integrity import Finding
from counselroom.domain.scales import (
    FLAG_DAYS, FlaggedClient, Number, ScoreResult, TestRecord, TrendPoint, administration_payload,
    check_interpretation, clean_answers, score,
)
from counselroom.domain.visits import RiskLevel, seal
from counselroom.security.keys import record_seal_key
from counselroom.services.archived import refuse_if_archived
from counselroom.services.cases import CaseService
from counselroom.services.crisis import CrisisService
from counselroom.services.scales import ScaleService
from counselroom.services.session import Session
from counselroom.storage.cases_repo import CaseRepository
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.consents_repo import ConsentRepository
from counselroom.storage.database import Database
from counselroom.storage.tests_repo import TestRepository

GENESIS = "0" * 64
# The crisis level a signed test opens: a critical answer (e.g. PHQ-9 item 9) is a
# stated thought of self-harm; a total in an alert band without one is a severe score.
CRITICAL_RISK = RiskLevel.HIGH
ALERT_BAND_RISK = RiskLevel.MEDIUM


def crisis_risk(result: ScoreResult) -> RiskLevel | None:
    """The crisis level a signed result opens, or None."""
    if result.critical:
        return CRITICAL_RISK
    if result.alert:            # a total or subscale score in an alert band, or an alert positive rule
        return ALERT_BAND_RISK
    return None


class TestService:
    __test__ = False    # not a pytest test class

    def __init__(self, session: Session) -> None:
        self._s = session
        self._cases = CaseService(session)

    @property
    def _repo(self) -> TestRepository:
        return TestRepository(self._s.db)

    def _clinician(self) -> User:
        return self._s.require(Role.COUNSELLOR, Role.SUPERVISOR)

    def _load(self, test_id: int) -> TestRecord:
        record = self._repo.get(test_id)
        if record is None:
            raise NotFound("test.not_found")
        return record

    def _check_date(self, administered_on: date) -> date:
        if administered_on > self._s.today():
            raise ValidationError("administered_on", "date.in_future")
        refuse_if_archived(self._s, "administered_on", administered_on)
        return administered_on

    def _check_consent(self, consent_id: int | None, client_id: int) -> int | None:
        if consent_id is None:
            return None
        consent = ConsentRepository(self._s.db).get(consent_id)
        if consent is None or consent.client_id != client_id:
            raise ValidationError("consent_id", "test.consent_mismatch")
        if not consent.active:
            raise ValidationError("consent_id", "test.consent_withdrawn")
        return consent_id

    def _own_draft(self, test_id: int, reason: str | None) -> TestRecord:
        user = self._clinician()
        record = self._load(test_id)
        # The case's rule first: an outsider learns nothing about the record.
        self._cases.check_access(record.case_id, reason=reason)
        if record.signed:
            raise ValidationError("status", "test.signed_locked")
        if record.administered_by != user.id:
            raise PermissionDenied("test.not_author")
        # R12: a quarter exported to its archive is read-only here.
        refuse_if_archived(self._s, "administered_on", record.administered_on)
        return record

    # -- writing -------------------------------------------------------------
    def start(self, case_id: int, scale_code: str, administered_on: date | None = None, *,
              version: str | None = None, reason: str | None = None) -> TestRecord:
        """A draft administration of the scale (its newest version unless ``version``) in the case."""
        user = self._clinician()
        case = self._cases.check_access(case_id, reason=reason)
        if not case.is_open:
            raise ValidationError("case", "test.case_closed")
        administered_on = self._check_date(administered_on or self._s.today())
        scale = ScaleService(self._s).get(scale_code, version)
        with self._s.db.transaction():
            test_id = self._repo.add(case.client_id, case_id, scale.id, administered_on, user.id,
                                     self._s.clock())
            self._cases.authorize(case_id, reason=reason, action=Action.TEST_STARTED, detail={
                "test": test_id, "scale": scale.code, "version": scale.version})
        return self._load(test_id)

    def save_answers(self, test_id: int, answers: Mapping[str, str], purpose_explained: bool,
                     consent_id: int | None = None, interpretation: str = "", *,
                     administered_on: date | None = None, reason: str | None = None) -> TestRecord:
        """Save the draft (answers may be partial). R5: nothing of the result is saved until the
        purpose and meaning of the test were explained to the client."""
        record = self._own_draft(test_id, reason)
        answers = clean_answers(record.definition, answers)
        interpretation = check_interpretation(interpretation)
        if (answers or interpretation) and not purpose_explained:
            raise ValidationError("purpose_explained", "test.purpose_not_explained")
        consent_id = self._check_consent(consent_id, record.client_id)
        administered_on = self._check_date(administered_on or record.administered_on)
        with self._s.db.transaction():
            self._repo.save_draft(test_id, administered_on=administered_on, answers=answers,
                                  purpose_explained=bool(purpose_explained), consent_id=consent_id,
                                  interpretation=interpretation, now=self._s.clock())
            self._cases.authorize(record.case_id, reason=reason, action=Action.TEST_SAVED, detail={
                "test": test_id, "answered": len(answers), "purpose_explained": bool(purpose_explained),
                "consent": consent_id})
        return self._load(test_id)

    def sign(self, test_id: int, *, reason: str | None = None) -> TestRecord:
        """Score, seal and lock the saved draft; open the crisis workflow when the result calls for it."""
        record = self._own_draft(test_id, reason)
        if not record.purpose_explained:
            raise ValidationError("purpose_explained", "test.purpose_not_explained")
        result = score(record.definition, record.answers)
        if not result.complete:
            raise ValidationError("answers", "test.incomplete", missing=len(result.missing), item=result.missing[0])
        self._check_date(record.administered_on)
        self._check_consent(record.consent_id, record.client_id)
        now = self._s.clock()
        band = result.band.id if result.band else ""
        critical = bool(result.critical)
        stamp = seal(record_seal_key(self._s.key), GENESIS, _payload(record, result.total, result.subscales, band,
                                                                     critical, now))
        with self._s.db.transaction():
            self._repo.sign(test_id, total=result.total, subscales=result.subscales, band=band, critical=critical,
                            signed_at=now, seal=stamp)
            self._cases.authorize(record.case_id, reason=reason, action=Action.TEST_SIGNED, detail={
                "test": test_id, "scale": record.scale_code, "version": record.scale_version,
                "total": result.total, "band": band, "critical": [h.item for h in result.critical],
                "seal": stamp})
            risk = crisis_risk(result)
            if risk is not None:
                # R7: in the same step as the signature, or not at all.
                CrisisService(self._s).open_for_risk(record.case_id, risk, test_id=test_id, reason=reason)
        return self._load(test_id)

    def discard(self, test_id: int, *, reason: str | None = None) -> None:
        """Delete a draft (a wrong scale or client); signed records are kept."""
        record = self._own_draft(test_id, reason)
        with self._s.db.transaction():
            self._repo.delete_draft(test_id)
            self._cases.authorize(record.case_id, reason=reason, action=Action.TEST_DISCARDED,
                                  detail={"test": test_id, "scale": record.scale_code})

    # -- reading -------------------------------------------------------------
    def get(self, test_id: int, *, reason: str | None = None) -> TestRecord:
        record = self._load(test_id)
        self._cases.authorize(record.case_id, reason=reason, action=Action.TEST_VIEWED, detail={"test": test_id})
        return record

    def for_case(self, case_id: int, *, reason: str | None = None) -> list[TestRecord]:
        """The case's tests (drafts and signed), oldest first."""
        self._clinician()
        self._cases.check_access(case_id, reason=reason)
        records = self._repo.for_case(case_id)
        self._cases.authorize(case_id, reason=reason, action=Action.TEST_VIEWED,
                              detail={"tests": [r.id for r in records]})
        return records

    def _readable_cases(self, client_id: int, reason: str | None) -> list[int]:
        """The client's cases the user may open now; refused if there are cases but none of them."""
        self._clinician()
        if ClientRepository(self._s.db).get(client_id) is None:
            raise NotFound("client.not_found")
        readable: list[int] = []
        refusal: PermissionDenied | None = None
        for case in CaseRepository(self._s.db).for_client(client_id):
            try:
                self._cases.check_access(case.id, reason=reason)
            except PermissionDenied as exc:
                refusal = refusal or exc
                continue
            readable.append(case.id)
        if refusal is not None and not readable:
            raise refusal
        return readable

    def for_client(self, client_id: int, *, reason: str | None = None) -> list[TestRecord]:
        """The client's tests in every case the user may open, oldest first."""
        cases = self._readable_cases(client_id, reason)
        records = self._repo.for_cases(cases)
        with self._s.db.transaction():
            for case_id in cases:
                self._cases.authorize(case_id, reason=reason, action=Action.TEST_VIEWED,
                                      detail={"tests": [r.id for r in records if r.case_id == case_id]})
        return records

    def trend(self, client_id: int, scale_code: str, *, reason: str | None = None) -> list[TrendPoint]:
        """The client's signed totals on a scale (any version) over time: (date, total, band) points."""
        cases = self._readable_cases(client_id, reason)
        points = self._repo.trend(client_id, scale_code, cases)
        with self._s.db.transaction():
            for case_id in cases:
                self._cases.authorize(case_id, reason=reason, action=Action.TEST_VIEWED,
                                      detail={"trend": scale_code})
        return points

    def drafts(self) -> list[TestRecord]:
        """The to-do list: the user's own unsigned tests (only the one who administered a test signs it).
        Listing them is not audited, like the unsigned visit records; opening one is (``get``)."""
        user = self._clinician()
        return self._repo.drafts_of(user.id)

    def flagged_clients(self) -> list[FlaggedClient]:
        """Clients with a critical answer in a test signed in the last FLAG_DAYS days, latest first
        (the start page). Same rule as the open crises: own and shared cases; the supervisor all."""
        user = self._clinician()
        since = self._s.clock() - timedelta(days=FLAG_DAYS)
        return self._repo.flagged(since, of_user=None if user.is_supervisor else user.id)


def _payload(record: TestRecord, total: Number | None, subscales: Mapping[str, Number | None], band: str,
             critical: bool, signed_at: datetime) -> bytes:
    return administration_payload(
        test_id=record.id, client_id=record.client_id, case_id=record.case_id, scale_id=record.scale_id,
        digest=record.definition.digest, administered_on=record.administered_on,
        administered_by=record.administered_by, purpose_explained=record.purpose_explained,
        consent_id=record.consent_id, answers=record.answers, total=total, subscales=subscales, band=band,
        critical=critical, interpretation=record.interpretation, signed_at=signed_at)


def signed_test_findings(db: Database, db_key: bytes) -> list[Finding]:
    """Recompute every signed test's seal (for ``admin check``)."""
    key = record_seal_key(db_key)
    findings: list[Finding] = []
    try:
        for record in TestRepository(db).iter_signed():
            if record.signed_at is None:    # set by signing; the table's triggers keep it
                raise StorageError("storage.damaged")
            expected = seal(key, GENESIS, _payload(record, record.total, record.subscale_scores, record.band_id,
                                                   record.critical, record.signed_at))
            if expected != record.seal:
                findings.append(Finding("record.test_altered", {"test": record.id}))
            if len(findings) > 50:
                break
    except (ValidationError, ValueError):
        # A stored definition or answer set that no longer even reads.
        findings.append(Finding("record.scale_altered"))
    return findings
