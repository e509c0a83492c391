"""The audit log for the supervisor: search it, check it, acknowledge alerts."""

from __future__ import annotations

from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action, AuditEntry, AuditFilter
from counselroom.domain.integrity import Finding
from counselroom.security.audit import compare_anchor, verify_chain
from counselroom.security.keys import audit_key
from counselroom.security.login_guard import FINDING_PREFIX as GUARD_FINDING_PREFIX
from counselroom.services.keyslots import keyslot_findings
from counselroom.services.session import Session
from counselroom.services.tests import signed_test_findings
from counselroom.services.visits import seal_findings
from counselroom.storage.audit_repo import AuditRepository
from counselroom.storage.database import Database


def integrity_findings(session: Session) -> list[Finding]:
    """Everything ``admin check`` looks at: pages, structure, chain, anchor, key slots.

    Reads through a connection of its own, so it may run on a worker thread
    while the window keeps using the session's connection.
    """
    key = session.key
    db = Database.open_existing(session.installation.db_path, key)
    try:
        findings = database_findings(db, key)
        findings += compare_anchor(AuditRepository(db), session.keystore)
        findings += keyslot_findings(session, db)   # every key slot, the recovery slot included
    finally:
        db.close()
    return findings


def database_findings(db: Database, key: bytes) -> list[Finding]:
    """What one database file says about itself: pages, structure, audit chain and the
    seals of signed records. Also used on backups (read-only), which have no anchor."""
    findings = [Finding("db.integrity", {"detail": p}) for p in db.integrity_problems()]
    findings += verify_chain(AuditRepository(db), audit_key(key))
    findings += seal_findings(db, key)
    findings += signed_test_findings(db, key)
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

    def find_problems(self) -> list[Finding]:
        """The full check, without writing (safe on a worker thread).

        Any role may run it: it shows no record, only whether they are sound."""
        self._s.require()
        # What the login saw comes first: the rows it wrote since can turn a
        # "rolled back" into a mere "diverged".
        findings = list(self._s.findings)
        return findings + [f for f in integrity_findings(self._s) if f not in findings]

    def record_check(self, findings: list[Finding]) -> None:
        user = self._s.require()
        with self._s.db.transaction():
            self._s.audit.append(user, Action.INTEGRITY_CHECK, detail={
                "problems": [f.code for f in findings][:20]})

    def check(self) -> list[Finding]:
        """Check and record that it ran (and what it found)."""
        findings = self.find_problems()
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
