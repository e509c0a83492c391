"""The audit log for the supervisor: search it, check it, acknowledge alerts."""

from __future__ import annotations

from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action, AuditEntry, AuditFilter
from counselroom.domain.integrity import Finding
from counselroom.security.audit import compare_anchor, verify_chain
from counselroom.security.keys import audit_key
from counselroom.services.session import Session
from counselroom.storage.audit_repo import AuditRepository


def integrity_findings(session: Session) -> list[Finding]:
    """Everything ``admin check`` looks at: pages, structure, chain, anchor."""
    db = session.db
    findings = [Finding("db.integrity", {"detail": p}) for p in db.integrity_problems()]
    repo = AuditRepository(db)
    findings += verify_chain(repo, audit_key(session.key))
    findings += compare_anchor(repo, session.keystore)
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

    def check(self) -> list[Finding]:
        """Run the full check and record that it ran (and what it found).

        Any role may run it: it shows no record, only whether they are sound."""
        user = self._s.require()
        # What the login saw comes first: the rows it wrote since can turn a
        # "rolled back" into a mere "diverged".
        findings = list(self._s.findings)
        findings += [f for f in integrity_findings(self._s) if f not in findings]
        with self._s.db.transaction():
            self._s.audit.append(user, Action.INTEGRITY_CHECK, detail={
                "problems": [f.code for f in findings][:20]})
        return findings

    @property
    def alert_pending(self) -> bool:
        return self._s.audit.anchor_frozen

    def acknowledge_alert(self, note: str) -> None:
        """The supervisor has looked into a rolled-back or diverged chain and accepts
        the database as it is now; the anchor moves to the current head."""
        user = self._s.require(Role.SUPERVISOR)
        findings = compare_anchor(self._repo, self._s.keystore)
        with self._s.db.transaction():
            self._s.audit.append(user, Action.INTEGRITY_ACKNOWLEDGED, detail={
                "note": note.strip(), "findings": [{"code": f.code, **f.params} for f in findings]})
        self._s.audit.reset_anchor()
        self._s.findings = []
