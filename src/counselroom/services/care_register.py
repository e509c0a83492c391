"""The 重点关注 register (预警名单, R20, issue 17 §3): who needs attention, at which level, and why.

For the screening campaign's interviews (and any other caller) the one way in is::

    CareRegisterService(session).add(client_id: int, draft: EntryDraft, source: Source,
                                     *, source_ref: str = "") -> Entry

``draft`` (``domain/care_register.py``): level, reason category, responsible counsellor's id (the
acting counsellor's own unless they act for colleagues), concern, 班主任 name, plan (一生一策) and next
review date. ``source`` is ``Source.SCREENING`` from an interview, ``source_ref`` what it came from
(e.g. ``"screening_interview:12"``; at most 80 characters, kept with the entry and in the audit row).
It runs inside the caller's transaction when there is one. It raises ``PermissionDenied`` for an
assistant, ``ValidationError("client", "register.already_open")`` if the student is on the register
already (one open entry per student; after an exit they may be entered again), and the draft's
``ValidationError``s at their fields.

**Who sees what (R16).** Counsellors and the supervisor only; an assistant is refused every call,
counts and due reviews included (the register says which students are at risk, which R16 keeps
from those who only register and book). The supervisor, who answers for the room's crisis work and
sees every counsellor's crises and follow-ups, sees every entry. A counsellor sees the entries they
are responsible for **and** those of students whose case they hold or share: R16 gives a counsellor
the cases assigned or shared, and a counsellor working with a student must know that the student is
on the register (the level, the plan and its reviews bear on every visit), while the room's other
counsellors have no need to know and the register is no less confidential than a case. Anyone
who may see an entry may review it, change its level, edit it and end it: those are the people
doing the work. Choosing another counsellor as responsible is for whoever acts for colleagues.

**Audit.** Every write, every opening of an entry (``get``) and every listing of the register
(``find``, one row per list read, with what it was filtered by and how many it found). The due
reviews that Follow-ups and Today show are reminders of the entries one already sees, like the
crisis follow-ups there, and are not audited.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from counselroom.domain import access
from counselroom.domain.accounts import Role, User
from counselroom.domain.audit import Action
from counselroom.domain.care_register import (
    ChangeKind, Entry, EntryDraft, EntryFilter, Level, LevelWording, ReviewDue, Source, validate_entry,
    validate_reason, validate_review, validate_source_ref,
)
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.domain.text import clean_line
from counselroom.services.archived import READ_ONLY, refuse_if_archived
from counselroom.services.session import Session
from counselroom.services.staff_directory import CLINICAL_ROLES, clinicians
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.register_repo import RegisterRepository
from counselroom.storage.settings_repo import SettingsRepository

LEVEL_WORDING = "register_level_wording"
LIST_MAX = 2000


def register_target(entry_id: int) -> str:
    return f"register:{entry_id}"


class CareRegisterService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> RegisterRepository:
        return RegisterRepository(self._s.db)

    def _clinician(self) -> User:
        return self._s.require(*CLINICAL_ROLES)

    @staticmethod
    def _scope(user: User) -> int | None:
        """Whose entries the user sees: None for all."""
        return None if access.oversees_all_cases(user) else user.id

    def _entry(self, entry_id: int, user: User, *, with_changes: bool = True) -> Entry:
        entry = self._repo.get(entry_id, with_changes=with_changes)
        if entry is None:
            raise NotFound("register.not_found")
        scope = self._scope(user)
        if scope is not None and not self._repo.visible_to(entry_id, scope):
            raise PermissionDenied("permission.denied")
        return entry

    def client_for_work(self, entry_id: int) -> int:
        """The entry's student, once the acting user may work on the entry (the register's own rule:
        a clinician who sees it). Not audited: the caller audits what it does with the entry, as the
        contacts of an entry do."""
        return self._entry(entry_id, self._clinician(), with_changes=False).client_id

    def _open_entry(self, entry_id: int, user: User) -> Entry:
        entry = self._entry(entry_id, user, with_changes=False)
        if not entry.is_open:
            raise ValidationError("status", "register.exited")
        return entry

    def _check_responsible(self, user: User, responsible_id: int, current: int | None = None) -> None:
        if responsible_id == current:
            return
        if responsible_id != user.id and not access.acts_for_colleagues(user):
            raise PermissionDenied("permission.denied")
        if responsible_id not in {uid for uid, _name in clinicians(self._s)}:
            raise ValidationError("responsible_id", "register.no_such_counsellor")

    # -- the level's words (a setting) ----------------------------------------------------------------
    def level_wording(self) -> LevelWording:
        self._clinician()
        return self.wording()

    def wording(self) -> LevelWording:
        """Inside a caller that checked the user (the statistics)."""
        stored = SettingsRepository(self._s.db).get(LEVEL_WORDING, LevelWording.NUMBERS.value)
        try:
            return LevelWording(stored)
        except ValueError:
            return LevelWording.NUMBERS

    def may_set_wording(self) -> bool:
        return access.may_administer(self._s.user)

    def set_level_wording(self, wording: LevelWording) -> LevelWording:
        user = self._s.require(Role.SUPERVISOR)
        current = self.wording()
        if wording is current:
            return current
        with self._s.db.transaction():
            SettingsRepository(self._s.db).set(LEVEL_WORDING, wording.value)
            self._s.audit.append(user, Action.SETTINGS_CHANGED, target="settings",
                                 detail={LEVEL_WORDING: {"old": current.value, "new": wording.value}})
        return wording

    # -- reading ------------------------------------------------------------------------------------------
    def find(self, query: EntryFilter | None = None, *, limit: int = LIST_MAX) -> list[Entry]:
        """The register as the user may see it (audited: one row per listing)."""
        user = self._clinician()
        query = replace(query or EntryFilter(), text=clean_line((query or EntryFilter()).text))
        entries = self._repo.find(query, of_user=self._scope(user), limit=limit)
        with self._s.db.transaction():
            self._s.audit.append(user, Action.REGISTER_LISTED, target="register", detail={
                "level": query.level.value if query.level else None,
                "status": query.status.value if query.status else None,
                "due_by": query.due_by.isoformat() if query.due_by else None,
                "text": bool(query.text), "count": len(entries)})
        return entries

    def get(self, entry_id: int) -> Entry:
        """One entry with its history (audited)."""
        user = self._clinician()
        entry = self._entry(entry_id, user)
        with self._s.db.transaction():
            self._s.audit.append(user, Action.REGISTER_VIEWED, target=register_target(entry_id),
                                 detail={"client": entry.client_id})
        return entry

    def reviews_due(self, until: date | None = None) -> list[ReviewDue]:
        """Open entries one sees whose next review falls on or before ``until`` (default today)."""
        user = self._clinician()
        return self._repo.reviews_due(until or self._s.today(), of_user=self._scope(user))

    # -- writing ---------------------------------------------------------------------------------------------
    def add(self, client_id: int, draft: EntryDraft, source: Source, *, source_ref: str = "") -> Entry:
        """Put a student on the register (see the module's docstring)."""
        user = self._clinician()
        if ClientRepository(self._s.db).get(client_id) is None:
            raise NotFound("client.not_found")
        draft = validate_entry(draft, self._s.today())
        source_ref = validate_source_ref(source_ref)
        self._check_responsible(user, draft.responsible_id)
        with self._s.db.transaction():
            if self._repo.open_for_client(client_id) is not None:
                raise ValidationError("client", "register.already_open")
            entry_id = self._repo.add(client_id, draft, source, source_ref, by=user.id, now=self._s.clock())
            self._s.audit.append(user, Action.REGISTER_ENTERED, target=register_target(entry_id), detail={
                "client": client_id, "level": draft.level.value, "source": source.value,
                "source_ref": source_ref, "responsible": draft.responsible_id})
        return self._entry(entry_id, user)

    def update(self, entry_id: int, draft: EntryDraft) -> Entry:
        """Edit the reason, the responsible people, the plan and the next review (not the level: that
        is :meth:`change_level`, with its reason)."""
        user = self._clinician()
        before = self._open_entry(entry_id, user)
        draft = validate_entry(replace(draft, level=before.level), self._s.today())
        self._check_responsible(user, draft.responsible_id, before.responsible_id)
        changed = sorted(f for f in ("reason_category", "concern", "responsible_id", "head_teacher", "plan",
                                     "next_review") if getattr(before, f) != getattr(draft, f))
        if not changed:
            return self._entry(entry_id, user)
        with self._s.db.transaction():
            self._repo.update_details(entry_id, draft)
            self._repo.add_change(entry_id, ChangeKind.DETAILS, before.level, by=user.id, now=self._s.clock(),
                                  next_review=draft.next_review, note=",".join(changed))
            self._s.audit.append(user, Action.REGISTER_UPDATED, target=register_target(entry_id),
                                 detail={"fields": changed})
        return self._entry(entry_id, user)

    def change_level(self, entry_id: int, level: Level, reason: str) -> Entry:
        user = self._clinician()
        before = self._open_entry(entry_id, user)
        reason = validate_reason(reason)
        if level is before.level:
            raise ValidationError("level", "register.same_level")
        with self._s.db.transaction():
            self._repo.set_level(entry_id, level)
            self._repo.add_change(entry_id, ChangeKind.LEVEL, level, by=user.id, now=self._s.clock(),
                                  level_before=before.level, note=reason)
            self._s.audit.append(user, Action.REGISTER_LEVEL_CHANGED, target=register_target(entry_id),
                                 detail={"from": before.level.value, "to": level.value})
        return self._entry(entry_id, user)

    def review(self, entry_id: int, reviewed_on: date, note: str, next_review: date | None) -> Entry:
        """A review (复评): what was found, and when to look again (None: no date set)."""
        user = self._clinician()
        before = self._open_entry(entry_id, user)
        note, next_review = validate_review(reviewed_on, note, next_review, self._s.today())
        refuse_if_archived(self._s, "reviewed_on", reviewed_on, code=READ_ONLY)
        with self._s.db.transaction():
            self._repo.set_next_review(entry_id, next_review)
            self._repo.add_change(entry_id, ChangeKind.REVIEW, before.level, by=user.id, now=self._s.clock(),
                                  reviewed_on=reviewed_on, next_review=next_review, note=note)
            self._s.audit.append(user, Action.REGISTER_REVIEWED, target=register_target(entry_id), detail={
                "reviewed_on": reviewed_on.isoformat(),
                "next_review": next_review.isoformat() if next_review else None})
        return self._entry(entry_id, user)

    def exit(self, entry_id: int, reason: str) -> Entry:
        """Take the student off the register, saying why; the entry and its history stay."""
        user = self._clinician()
        before = self._open_entry(entry_id, user)
        reason = validate_reason(reason)
        now = self._s.clock()
        with self._s.db.transaction():
            self._repo.exit(entry_id, reason, now)
            self._repo.add_change(entry_id, ChangeKind.EXITED, before.level, by=user.id, now=now, note=reason)
            self._s.audit.append(user, Action.REGISTER_EXITED, target=register_target(entry_id),
                                 detail={"client": before.client_id})
        return self._entry(entry_id, user)

    def next_review_default(self, level: Level) -> date:
        """When a new entry's first review is due unless someone says otherwise: sooner for a more
        serious level (一级 a week, 二级 two weeks, 三级 a month)."""
        self._clinician()
        return self._s.today() + _REVIEW_EVERY[level]


_REVIEW_EVERY = {Level.LEVEL1: timedelta(days=7), Level.LEVEL2: timedelta(days=14),
                 Level.LEVEL3: timedelta(days=30)}

__all__ = ["CareRegisterService", "EntryDraft", "Source"]
