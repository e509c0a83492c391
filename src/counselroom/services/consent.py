"""Informed consent (R9): recorded per client (and case), scanned form kept encrypted.

Once the quarter a consent was signed in is archived (R12) the consent is read-only
(no consent is recorded on one of its days, no scanned form attached or replaced),
but it may still be withdrawn: the withdrawal is dated on a day outside the archived
quarters and goes into the archive of its own quarter.
"""

from __future__ import annotations

from datetime import date
from pathlib import PurePath

from counselroom.domain.access import CaseAccess
from counselroom.domain.accounts import Role, User
from counselroom.domain.audit import Action
from counselroom.domain.consent import Consent, ConsentDraft, attachment_type, validate_consent
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.domain.text import clean_text
from counselroom.services.archived import READ_ONLY, refuse_if_archived
from counselroom.services.cases import CaseService
from counselroom.services.clients import client_target
from counselroom.services.session import Session
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.consents_repo import ConsentRepository

NOTE_MAX = 1000


class ConsentService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> ConsentRepository:
        return ConsentRepository(self._s.db)

    def _clinician(self) -> User:
        return self._s.require(Role.COUNSELLOR, Role.SUPERVISOR)

    def _for_client(self, client_id: int) -> User:
        """A client's consents are for the supervisor and the counsellors who hold one of the
        client's cases; before any case is opened, for any counsellor (the form comes first)."""
        user = self._clinician()
        if user.is_supervisor:
            return user
        entries = CaseService(self._s).for_client(client_id)
        if entries and not any(e.access is CaseAccess.OWN for e in entries):
            raise PermissionDenied("case.not_yours")
        return user

    def _load(self, consent_id: int) -> Consent:
        found = self._repo.get(consent_id)
        if found is None:
            raise NotFound("consent.not_found")
        return found

    def record(self, client_id: int, draft: ConsentDraft, *, attachment: tuple[str, bytes] | None = None,
               reason: str | None = None) -> Consent:
        if ClientRepository(self._s.db).get(client_id) is None:
            raise NotFound("client.not_found")
        user = self._for_client(client_id) if draft.case_id is None else self._clinician()
        draft = validate_consent(draft, self._s.today())
        # the file's type is checked before anything is written
        upload = (PurePath(attachment[0]).name, attachment_type(attachment[1]), attachment[1]) if attachment else None
        with self._s.db.transaction():
            if draft.case_id is not None:
                case = CaseService(self._s).authorize(draft.case_id, reason=reason, action=Action.CONSENT_RECORDED)
                if case.client_id != client_id:
                    raise ValidationError("case", "appointment.case_mismatch")
            else:
                self._s.audit.append(user, Action.CONSENT_RECORDED, target=client_target(client_id),
                                     detail={"kind": draft.kind.value})
            # R12: not dated in an archived quarter (the transaction, audit row included, is undone).
            refuse_if_archived(self._s, "given_on", draft.given_on, code=READ_ONLY)
            consent_id = self._repo.add(client_id, draft, user.id, self._s.clock())
            if upload is not None:
                self._repo.attach(consent_id, *upload)
        return self._load(consent_id)

    def attach(self, consent_id: int, name: str, data: bytes) -> Consent:
        consent = self._load(consent_id)
        user = self._for_client(consent.client_id)
        refuse_if_archived(self._s, "attachment", consent.given_on, code=READ_ONLY)
        mime = attachment_type(data)
        with self._s.db.transaction():
            self._repo.attach(consent_id, PurePath(name).name, mime, data)
            self._s.audit.append(user, Action.CONSENT_ATTACHED, target=client_target(consent.client_id),
                                 detail={"consent": consent_id, "type": mime, "size": len(data)})
        return self._load(consent_id)

    def attachment(self, consent_id: int) -> tuple[str, str, bytes]:
        """The scanned form, into memory only (the viewer shows it; it is never written out)."""
        consent = self._load(consent_id)
        user = self._for_client(consent.client_id)
        found = self._repo.attachment(consent_id)
        if found is None:
            raise NotFound("consent.no_attachment")
        with self._s.db.transaction():
            self._s.audit.append(user, Action.CONSENT_VIEWED, target=client_target(consent.client_id),
                                 detail={"consent": consent_id})
        return found

    def withdraw(self, consent_id: int, on: date, note: str) -> Consent:
        consent = self._load(consent_id)
        user = self._for_client(consent.client_id)
        if not consent.active:
            raise ValidationError("withdrawn_on", "consent.already_withdrawn")
        if on > self._s.today():
            raise ValidationError("withdrawn_on", "date.in_future")
        if on < consent.given_on:
            raise ValidationError("withdrawn_on", "consent.withdrawn_before_given")
        # R12: a withdrawal is always possible, also of a consent of an archived quarter, but it is
        # dated in a quarter not yet archived: that quarter's archive then holds it.
        refuse_if_archived(self._s, "withdrawn_on", on, code="consent.withdrawal_in_archived_quarter")
        note = clean_text(note)
        if len(note) > NOTE_MAX:
            raise ValidationError("withdrawal_note", "text.too_long", max=NOTE_MAX)
        with self._s.db.transaction():
            self._repo.withdraw(consent_id, on, note)
            self._s.audit.append(user, Action.CONSENT_WITHDRAWN, target=client_target(consent.client_id),
                                 detail={"consent": consent_id})
        return self._load(consent_id)

    def for_client(self, client_id: int) -> list[Consent]:
        self._for_client(client_id)
        return self._repo.for_client(client_id)
