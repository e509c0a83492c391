"""Contacts with parents and teachers (家校沟通记录, issue 17 §4): recorded, listed, corrected briefly.

Who may: a contact is as confidential as the record it belongs to. A contact of a case or of a crisis
follows the case's access rule (``CaseService.authorize``: the case's counsellor and those it is
shared with; the supervisor with a stated reason; assistants never). A contact of a 重点关注 register
entry is for whom the register shows the entry to (``CareRegisterService.client_for_work``: its
responsible counsellor, the counsellors of the student's cases, the supervisor); assistants never.

Every write and every read is audited, as visit records are: ``CONTACT_RECORDED``,
``CONTACT_CORRECTED`` (with the names of the fields changed) and ``CONTACT_VIEWED`` (one row per
list read, naming the contacts shown). Contacts are not signed: the recorder may correct one for
``EDIT_WINDOW`` (a day), after which it is read-only (``domain/contacts.py`` says why).

Made by: counsellors record their own contacts; whoever acts for colleagues (the supervisor) may
record one made by any active clinician, e.g. typed in for a colleague who phoned from home.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from counselroom.domain.access import acts_for_colleagues
from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action
from counselroom.domain.contacts import (
    Contact, ContactDraft, ContactLink, changed_fields, validate_contact, validate_link,
)
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.services.archived import refuse_if_archived
from counselroom.services.care_register import CareRegisterService
from counselroom.services.cases import CaseService
from counselroom.services.session import Session
from counselroom.services.staff_directory import clinicians
from counselroom.storage.contacts_repo import ContactRepository
from counselroom.storage.crises_repo import CrisisRepository


class ContactService:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._cases = CaseService(session)

    @property
    def _repo(self) -> ContactRepository:
        return ContactRepository(self._s.db)

    def _load(self, contact_id: int) -> Contact:
        found = self._repo.get(contact_id)
        if found is None:
            raise NotFound("contact.not_found")
        return found

    # -- access ---------------------------------------------------------------------------------
    def _case_of(self, link: ContactLink) -> int | None:
        """The case a case or crisis link belongs to (None for a register entry)."""
        if link.case_id is not None:
            return link.case_id
        if link.crisis_id is not None:
            crisis = CrisisRepository(self._s.db).get(link.crisis_id)
            if crisis is None:
                raise NotFound("crisis.not_found")
            return crisis.case_id
        return None

    def _register_client(self, entry_id: int) -> int:
        """The entry's client, once the acting user may work on the entry: whom the register shows
        the entry to, by the register's own rule."""
        return CareRegisterService(self._s).client_for_work(entry_id)

    def _authorize(self, link: ContactLink, reason: str | None, action: Action, detail: dict[str, Any]) -> None:
        """Check and audit the access to what the contact belongs to. Runs inside the caller's
        transaction, so the audit row and the change commit together."""
        case_id = self._case_of(link)
        if case_id is not None:
            self._cases.authorize(case_id, reason=reason, action=action, detail=detail)
            return
        assert link.register_entry_id is not None   # validate_link(): exactly one is set
        self._register_client(link.register_entry_id)
        self._s.audit.append(self._s.user, action, target=link.target, detail=detail)

    def _precheck(self, link: ContactLink, reason: str | None) -> int:
        """The student of what the contact belongs to, once the acting user may work on it: refuses
        an outsider before any rule of the record speaks (as ``check_access`` does)."""
        case_id = self._case_of(link)
        if case_id is not None:
            return self._cases.check_access(case_id, reason=reason).client_id
        assert link.register_entry_id is not None
        return self._register_client(link.register_entry_id)

    def _staff(self, draft: ContactDraft) -> int:
        user = self._s.require()
        staff_id = draft.staff_id if draft.staff_id is not None else user.id
        if staff_id != user.id:
            if not acts_for_colleagues(user):
                raise PermissionDenied("contact.staff_self_only")
            if staff_id not in dict(clinicians(self._s)):
                raise ValidationError("staff_id", "contact.staff_invalid")
        return staff_id

    def may_record(self, link: ContactLink, *, reason: str | None = None) -> bool:
        """Whether the acting user may record a contact for ``link`` (what a screen offers)."""
        try:
            self._precheck(validate_link(link), reason)
        except (PermissionDenied, NotFound, ValidationError):
            return False
        return True

    # -- writing ----------------------------------------------------------------------------------
    def record(self, link: ContactLink, draft: ContactDraft, *, reason: str | None = None) -> Contact:
        link = validate_link(link)
        client_id = self._precheck(link, reason)
        draft = validate_contact(draft, self._s.wall_now())
        staff_id = self._staff(draft)
        assert draft.contacted_at is not None   # validate_contact() requires it
        refuse_if_archived(self._s, "contacted_at", draft.contacted_at.date())
        with self._s.db.transaction():
            contact_id = self._repo.add(client_id, link, draft, staff_id, self._s.user.id, self._s.clock())
            self._authorize(link, reason, Action.CONTACT_RECORDED,
                            {"contact": contact_id, "relation": draft.relation.value, "method": draft.method.value})
        return self._load(contact_id)

    def correct(self, contact_id: int, draft: ContactDraft, *, reason: str | None = None) -> Contact:
        """The recorder's correction, within a day of recording it."""
        before = self._load(contact_id)
        self._precheck(before.link, reason)
        if before.recorded_by != self._s.user.id:
            raise PermissionDenied("contact.not_author")
        if not before.editable_by(self._s.user.id, self._s.clock()):
            raise ValidationError("status", "contact.locked")
        draft = validate_contact(draft, self._s.wall_now())
        draft = replace(draft, staff_id=self._staff(draft))
        assert draft.contacted_at is not None and before.contacted_at is not None
        refuse_if_archived(self._s, "contacted_at", before.contacted_at.date(), draft.contacted_at.date())
        changed = changed_fields(_as_draft(before), draft)
        if not changed:
            return before
        with self._s.db.transaction():
            self._authorize(before.link, reason, Action.CONTACT_CORRECTED,
                            {"contact": contact_id, "changed": changed})
            assert draft.staff_id is not None   # _staff() chose one
            self._repo.update(contact_id, draft, draft.staff_id, self._s.clock())
        return self._load(contact_id)

    # -- reading ----------------------------------------------------------------------------------
    def _viewed(self, link: ContactLink, reason: str | None, contacts: list[Contact]) -> list[Contact]:
        with self._s.db.transaction():
            self._authorize(link, reason, Action.CONTACT_VIEWED, {"contacts": [c.id for c in contacts]})
        return contacts

    def for_case(self, case_id: int, *, reason: str | None = None) -> list[Contact]:
        """The case's contacts and its crises' ones, newest first."""
        link = ContactLink(case_id=case_id)
        self._precheck(link, reason)
        return self._viewed(link, reason, self._repo.for_case(case_id))

    def for_crisis(self, crisis_id: int, *, reason: str | None = None) -> list[Contact]:
        link = ContactLink(crisis_id=crisis_id)
        self._precheck(link, reason)
        return self._viewed(link, reason, self._repo.for_crisis(crisis_id))

    def for_register_entry(self, entry_id: int) -> list[Contact]:
        link = ContactLink(register_entry_id=entry_id)
        self._precheck(link, None)
        return self._viewed(link, None, self._repo.for_register_entry(entry_id))

    def get(self, contact_id: int, *, reason: str | None = None) -> Contact:
        contact = self._load(contact_id)
        self._precheck(contact.link, reason)
        with self._s.db.transaction():
            self._authorize(contact.link, reason, Action.CONTACT_VIEWED, {"contacts": [contact_id]})
        return contact

    def staff_choices(self) -> list[tuple[int, str]]:
        """(id, name) of whom a contact may be recorded as made by: oneself, or for the one who acts
        for colleagues every active clinician."""
        user = self._s.require(Role.COUNSELLOR, Role.SUPERVISOR)
        if acts_for_colleagues(user):
            return clinicians(self._s)
        return [(user.id, user.display_name)]

    def may_correct(self, contact: Contact) -> bool:
        return contact.editable_by(self._s.user.id, self._s.clock())


def _as_draft(contact: Contact) -> ContactDraft:
    return ContactDraft(contact_name=contact.contact_name, relation=contact.relation, method=contact.method,
                        contacted_at=contact.contacted_at, said=contact.said, agreed=contact.agreed,
                        staff_id=contact.staff_id)

