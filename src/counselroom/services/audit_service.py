"""The audit log for the supervisor: search it, check it, acknowledge alerts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from json.encoder import encode_basestring, encode_basestring_ascii
from operator import itemgetter

from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action, AuditEntry, AuditFilter
from counselroom.domain.errors import StorageError, ValidationError
from counselroom.domain.integrity import Finding
from counselroom.domain.scales import administration_payload
from counselroom.domain.visits import addendum_payload, seal, visit_payload
from counselroom.security.audit import compare_anchor, verify_chain
from counselroom.security.keys import audit_key, record_seal_key
from counselroom.security.login_guard import FINDING_PREFIX as GUARD_FINDING_PREFIX
from counselroom.services.keyslots import keyslot_findings
from counselroom.services.session import Session
from counselroom.services.visits import GENESIS
from counselroom.storage.audit_repo import AuditRepository, widen_cache_for_scan
from counselroom.storage.database import Database, Row
from counselroom.storage.tests_repo import signed_as_sealed
from counselroom.storage.visits_repo import SIGNED_COLUMNS, VisitRepository, signed_rows


#: ``progress(stage, done, total)`` now and then during a check: the stage is one of ``CHECK_STAGES``,
#: ``total`` is 0 while a stage cannot say how far it is (SQLite's own page and structure checks).
CheckProgress = Callable[[str, int, int], None]
CHECK_STAGES = ("pages", "chain", "records", "tests")
#: The page cache of the connection the page checks run on (freed when it closes). Measured on the
#: 972 MB room: the foreign-key check 1.9 s at the default 8 MB, 1.4 s at 64 MiB; the structure check
#: 10.5 s of processor time at 8 MB and at 256 MiB alike, 8.5 s only at 1 GiB, too much for a room's PC.
SCAN_CACHE_MIB = 64


def integrity_findings(session: Session, *, pages: bool = True,
                       progress: CheckProgress | None = None) -> list[Finding]:
    """Everything ``admin check`` looks at: pages, structure, chain, anchor, key slots.

    Reads through a connection of its own, so it may run on a worker thread
    while the window keeps using the session's connection. ``pages``: False when the
    caller has just checked pages and structure on this file (``check_records`` does first).
    """
    key = session.key
    db = Database.open_existing(session.installation.db_path, key)
    try:
        findings = database_findings(db, key, pages=pages, progress=progress)
        findings += compare_anchor(AuditRepository(db), session.keystore)
        findings += keyslot_findings(session, db)   # every key slot, the recovery slot included
    finally:
        db.close()
    return findings


def page_findings(db: Database, progress: CheckProgress | None = None) -> list[Finding]:
    """Page HMACs and structure: SQLCipher's and SQLite's own checks, linear in the file's size."""
    widen_cache_for_scan(db, SCAN_CACHE_MIB)
    if progress:
        progress("pages", 0, 0)
    return [Finding("db.integrity", {"detail": p}) for p in db.integrity_problems()]


def database_findings(db: Database, key: bytes, *, pages: bool = True,
                      progress: CheckProgress | None = None) -> list[Finding]:
    """What one database file says about itself: pages, structure, audit chain and the
    seals of signed records. Also used on backups (read-only), which have no anchor."""
    findings = page_findings(db, progress) if pages else []
    findings += verify_chain(db, audit_key(key), _stage(progress, "chain"))
    findings += visit_seal_findings(db, key, _stage(progress, "records"))
    findings += sealed_test_findings(db, key, _stage(progress, "tests"))
    return findings


def _stage(progress: CheckProgress | None, stage: str) -> Callable[[int, int], None] | None:
    """Say that ``stage`` starts (its first batch may take a while) and give its own callback."""
    if progress is None:
        return None
    progress(stage, 0, 0)
    return lambda done, total: progress(stage, done, total)


# -- sealed records, streamed ----------------------------------------------------------------
# A seal is an HMAC over the record's payload (``domain.visits.visit_payload``). The fast path
# builds that payload straight from the stored columns, without a ``Visit`` per record (455k on a
# big room); a record whose seal it does not reproduce, or that has addenda, is decided by the
# definition: the record read as a ``Visit`` and ``visit_payload``. So the findings are the
# definition's; the fast path only saves time (a sound record passes it only if its seal, which
# needs the key, covers exactly these bytes).

_SEALED_COLUMNS = ("id", "case_id", "session_no", "counsellor_id", "signed_at", "seal", "kind", "visit_date",
                   "start_time", "end_time", "presenting_issue", "complaint", "process", "assessment", "plan",
                   "risk", "risk_self_harm", "risk_harm_others", "risk_harmed_by_others", "next_appointment",
                   "participants", "has_addenda")
_sealed_columns = itemgetter(*(SIGNED_COLUMNS.index(c) for c in _SEALED_COLUMNS))


def _text(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)


def _flag(value: object) -> str:
    return "true" if value else "false"


def stored_visit_payload(row: Row) -> bytes:
    """``visit_payload`` of a ``signed_rows`` row, written straight from the stored text: the same
    JSON as ``json.dumps`` makes of the ``Visit`` (keys sorted, times as ``VisitContent.canonical``
    writes them), at a third of the cost. A value of another type than the column's (an id stored
    as text) raises here, and the record goes to the definition."""
    (vid, case_id, session_no, counsellor_id, signed_at, _, kind, visit_date, start, end, issue, complaint,
     process, assessment, plan, risk, self_harm, harm_others, harmed, next_appointment, participants,
     _) = _sealed_columns(row)
    head = (f'{{"case": {case_id:d}, "counsellor": {counsellor_id:d}, "session": {session_no:d}, '
            f'"signed_at": {encode_basestring_ascii(signed_at)}, "visit": {vid:d}}}')
    others = ",".join(str(p) for p in sorted(int(p) for p in participants.split(","))) if participants else ""
    content = (
        f'{{"assessment":{_text(assessment)},"complaint":{_text(complaint)},'
        f'"end":{_text(time.fromisoformat(end).isoformat() if end else None)},"kind":{_text(kind)},'
        f'"next_appointment":{_text(datetime.fromisoformat(next_appointment).isoformat() if next_appointment else None)},'
        f'"participants":[{others}],"plan":{_text(plan)},"presenting_issue":{_text(issue)},'
        f'"process":{_text(process)},"risk":{_text(risk)},"risk_harm_others":{_flag(harm_others)},'
        f'"risk_harmed_by_others":{_flag(harmed)},"risk_self_harm":{_flag(self_harm)},'
        f'"start":{_text(time.fromisoformat(start).isoformat() if start else None)},'
        f'"visit_date":{_text(visit_date or None)}}}')
    return head.encode("utf-8") + b"\x1e" + content.encode("utf-8")


def visit_seal_findings(db: Database, db_key: bytes,
                        progress: Callable[[int, int], None] | None = None) -> list[Finding]:
    """Recompute every signed record's seal chain (the record, then its addenda in order)."""
    key = record_seal_key(db_key)
    repo = VisitRepository(db)
    total = repo.max_id() if progress else 0
    findings: list[Finding] = []
    for rows in signed_rows(db):
        for row in rows:
            visit_id, signed_at, stored_seal, has_addenda = row[0], row[4], row[5], row[-1]
            if signed_at is None:       # set by signing; the table's triggers keep it
                raise StorageError("storage.damaged")
            if not has_addenda:
                try:
                    if seal(key, GENESIS, stored_visit_payload(row)) == stored_seal:
                        continue
                except (TypeError, ValueError):     # left to the definition below
                    pass
            findings += _visit_findings(repo, key, visit_id)
            if len(findings) > 50:
                return findings
        if progress:
            progress(rows[-1][0], total)
    return findings


def _visit_findings(repo: VisitRepository, key: bytes, visit_id: int) -> list[Finding]:
    """One record's seal and its addenda's, read and computed as signing did."""
    altered = [Finding("record.visit_altered", {"visit": visit_id})]
    try:
        visit = repo.get(visit_id)
    except ValueError:                      # a stored value that no longer reads (a kind, a date)
        return altered
    if visit is None or visit.signed_at is None:
        return altered
    findings: list[Finding] = []
    if seal(key, GENESIS, visit_payload(visit.id, visit.case_id, visit.session_no, visit.counsellor_id,
                                        visit.signed_at, visit.content)) != visit.seal:
        findings += altered
    previous = visit.seal
    for addendum in visit.addenda:
        if seal(key, previous, addendum_payload(addendum.text, addendum.author_id, addendum.signed_at)) \
                != addendum.seal:
            findings.append(Finding("record.addendum_altered", {"visit": visit_id}))
        previous = addendum.seal
    return findings


def sealed_test_findings(db: Database, db_key: bytes,
                       progress: Callable[[int, int], None] | None = None) -> list[Finding]:
    """Recompute every signed test's seal."""
    key = record_seal_key(db_key)
    findings: list[Finding] = []
    done = 0
    try:
        for record in signed_as_sealed(db):
            if record.signed_at is None:    # set by signing; the table's triggers keep it
                raise StorageError("storage.damaged")
            expected = seal(key, GENESIS, administration_payload(
                test_id=record.id, client_id=record.client_id, case_id=record.case_id, scale_id=record.scale_id,
                digest=record.definition.digest, administered_on=record.administered_on,
                administered_by=record.administered_by, purpose_explained=record.purpose_explained,
                consent_id=record.consent_id, answers=record.answers, total=record.total,
                subscales=record.subscale_scores, band=record.band_id, critical=record.critical,
                interpretation=record.interpretation, signed_at=record.signed_at))
            if expected != record.seal:
                findings.append(Finding("record.test_altered", {"test": record.id}))
                if len(findings) > 50:
                    break
            done += 1
            if progress and done % 2000 == 0:
                progress(done, 0)
    except (ValidationError, ValueError):
        # A stored definition or answer set that no longer even reads.
        findings.append(Finding("record.scale_altered"))
    return findings


class AuditService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> AuditRepository:
        return AuditRepository(self._s.db)

    def search(self, flt: AuditFilter) -> list[AuditEntry]:
        self._s.require(Role.SUPERVISOR)
        return self._repo.search(flt)

    def actors(self) -> list[str]:
        self._s.require(Role.SUPERVISOR)
        return self._repo.actors()

    def actions(self) -> list[str]:
        self._s.require(Role.SUPERVISOR)
        return self._repo.actions()

    def find_problems(self, *, pages: bool = True, progress: CheckProgress | None = None) -> list[Finding]:
        """The full check, without writing (safe on a worker thread).

        Any role may run it: it shows no record, only whether they are sound.
        ``pages``: False when pages and structure were checked just before (``check_records``)."""
        self._s.require()
        # What the login saw comes first: the rows it wrote since can turn a
        # "rolled back" into a mere "diverged".
        findings = list(self._s.findings)
        return findings + [f for f in integrity_findings(self._s, pages=pages, progress=progress)
                           if f not in findings]

    def record_check(self, findings: list[Finding]) -> None:
        user = self._s.require()
        with self._s.db.transaction():
            self._s.audit.append(user, Action.INTEGRITY_CHECK, detail={
                "problems": [f.code for f in findings][:20]})

    def check(self, *, pages: bool = True, progress: CheckProgress | None = None) -> list[Finding]:
        """Check and record that it ran (and what it found)."""
        findings = self.find_problems(pages=pages, progress=progress)
        self.record_check(findings)
        return findings

    @property
    def alert_pending(self) -> bool:
        # A rolled-back or diverged chain, or a failed-login record that vanished or lost a
        # copy (shown at every login until acknowledged).
        return self._s.audit.anchor_frozen or any(
            f.code.startswith(GUARD_FINDING_PREFIX) for f in self._s.findings)

    def acknowledge_alert(self, note: str) -> None:
        """The supervisor has looked into a rolled-back or diverged chain and accepts
        the database as it is now; the anchor moves to the current head."""
        user = self._s.require(Role.SUPERVISOR)
        findings = compare_anchor(self._repo, self._s.keystore)
        findings += [f for f in self._s.findings if f.code.startswith(GUARD_FINDING_PREFIX)]
        with self._s.db.transaction():
            self._s.audit.append(user, Action.INTEGRITY_ACKNOWLEDGED, detail={
                "note": note.strip(), "findings": [{"code": f.code, **f.params} for f in findings]})
        self._s.audit.reset_anchor()
        self._s.findings = []
