"""The activities log (活动记录, R22): lessons, talks, group guidance, parents' talks, training, campaigns.

Who may do what:

- counsellors and the supervisor read the whole log (it is the room's work, and holds no client
  data) and log activities; a counsellor changes or deletes an entry they logged or ran, the
  supervisor any (``acts_for_colleagues``), and the same rule holds for adding and removing files;
- assistants neither read nor log it. The rules give them registration, appointments and their own
  duty (R16, ``domain/access.py``); the log is the counselling staff's professional work, counted in
  the reports the supervisor signs. They may still be named among the staff who ran an activity
  (a duty teacher helping at a campaign): every active account of the room may be chosen;
- every change is in the audit log, and so is every file opened, printed or saved as a copy.

**Not part of the quarterly archive (R12).** The archive keeps the records of counselling a quarter
made (visit records, tests, consents, crises, duty) and makes them read-only. The log is the room's
account of its work for the term and year reports, and a term runs across quarters (上学期
September–January spans three): a talk logged in February for the report on last term must still be
possible after Q4 was archived, so a quarter's archive does not freeze it. What freezes it is the
signed term report, an immutable snapshot of its figures (issue 16 §3). Every change to the log is
in the audit log, whose rows each quarter's archive does hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from pathlib import PurePath

from counselroom.domain.access import acts_for_colleagues
from counselroom.domain.accounts import Role, User
from counselroom.domain.activities import (
    Activity, ActivityDraft, ActivityFile, ActivityKind, ActivityTotals, ClassLessons, validate_activity,
)
from counselroom.domain.audit import Action
from counselroom.domain.consent import attachment_type
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.domain.text import clean_line
from counselroom.services.session import Session
from counselroom.storage.activities_repo import ActivityRepository
from counselroom.storage.users_repo import UserRepository

CLINICAL = (Role.COUNSELLOR, Role.SUPERVISOR)
#: How a file left the records: on paper, or as a copy written to a file the person chose.
OUTPUTS = ("print", "file")
FILE_NAME_MAX = 200
UNNAMED_FILE = "attachment"


def activity_target(activity_id: int) -> str:
    return f"activity:{activity_id}"


def _file_name(name: str) -> str:
    """The file's own name (no folders), as a line, within the length the log keeps."""
    return clean_line(PurePath(name.replace("\\", "/")).name)[-FILE_NAME_MAX:] or UNNAMED_FILE


def _changed_fields(old: ActivityDraft, new: ActivityDraft) -> list[str]:
    def value(draft: ActivityDraft, name: str) -> object:
        # The presenters are a set: the stored order (by name) is not the order they were chosen in.
        found = getattr(draft, name)
        return sorted(found) if name == "presenter_ids" else found

    return [f.name for f in fields(ActivityDraft) if value(old, f.name) != value(new, f.name)]


class ActivityService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> ActivityRepository:
        return ActivityRepository(self._s.db)

    def _clinician(self) -> User:
        return self._s.require(*CLINICAL)

    def _load(self, activity_id: int) -> Activity:
        found = self._repo.get(activity_id)
        if found is None:
            raise NotFound("activity.not_found")
        return found

    @staticmethod
    def _changes(activity: Activity, user: User) -> bool:
        return acts_for_colleagues(user) or user.id == activity.created_by or activity.run_by(user.id)

    def _changeable(self, activity_id: int) -> tuple[User, Activity]:
        user = self._clinician()
        activity = self._load(activity_id)
        if not self._changes(activity, user):
            raise PermissionDenied("activity.not_yours")
        return user, activity

    def may_change(self, activity: Activity) -> bool:
        """Whether the acting person may edit or delete ``activity`` and add or remove its files."""
        user = self._s.user
        return not self._s.locked and user.role in CLINICAL and self._changes(activity, user)

    def _checked_presenters(self, ids: tuple[int, ...], kept: tuple[int, ...] = ()) -> None:
        """Every presenter is an account of the room; one newly named is an active one (an entry may
        keep a colleague who has left since)."""
        users = UserRepository(self._s.db)
        for user_id in ids:
            person = users.get(user_id)
            if person is None or (not person.active and user_id not in kept):
                raise ValidationError("presenters", "activity.presenter_invalid")

    @staticmethod
    def _uploads(files: Sequence[tuple[str, bytes]]) -> list[tuple[str, str, bytes]]:
        """(name, type, bytes) of each file, every one checked before anything is written."""
        return [(_file_name(name), attachment_type(data), data) for name, data in files]

    def _add_files(self, user: User, activity_id: int, uploads: list[tuple[str, str, bytes]]) -> None:
        """Inside the caller's transaction."""
        now = self._s.clock()
        for name, mime, data in uploads:
            file_id = self._repo.add_file(activity_id, name, mime, data, user.id, now)
            self._s.audit.append(user, Action.ACTIVITY_FILE_ADDED, target=activity_target(activity_id),
                                 detail={"file": file_id, "type": mime, "size": len(data)})

    # -- reading ----------------------------------------------------------------------------------
    def in_period(self, first: date, last: date, *, kind: ActivityKind | None = None,
                  presenter_id: int | None = None) -> list[Activity]:
        """Activities held from ``first`` through ``last`` (of one kind, or run by one person), newest first."""
        self._clinician()
        return self._repo.in_period(first, last, kind=kind, presenter_id=presenter_id)

    def get(self, activity_id: int) -> Activity:
        self._clinician()
        return self._load(activity_id)

    def first_day(self) -> date | None:
        """The day of the earliest activity logged, if any."""
        self._clinician()
        return self._repo.first_day()

    def people(self) -> list[tuple[int, str]]:
        """(id, name) of the room's active accounts, by name: who may be named as having run an activity."""
        self._clinician()
        users = sorted((u for u in UserRepository(self._s.db).all() if u.active),
                       key=lambda u: (u.display_name, u.id))
        return [(u.id, u.display_name) for u in users]

    # -- counting (statistics, term and year reports) -----------------------------------------------
    def totals_by_kind(self, first: date, last: date, *, presenter_id: int | None = None) -> list[ActivityTotals]:
        """Activities, 课时 and attendance per kind over ``first``..``last`` (those run by ``presenter_id``)."""
        self._clinician()
        return self._repo.totals_by_kind(first, last, presenter_id=presenter_id)

    def totals_by_month(self, first: date, last: date, *,
                        presenter_id: int | None = None) -> list[ActivityTotals]:
        """The same per month and kind (``month`` is the month's first day)."""
        self._clinician()
        return self._repo.totals_by_month(first, last, presenter_id=presenter_id)

    def class_lessons(self, first: date, last: date, *, presenter_id: int | None = None) -> list[ClassLessons]:
        """心理健康课 per class over the period: set against one 课时 per class every two weeks (R22)."""
        self._clinician()
        return self._repo.class_lessons(first, last, presenter_id=presenter_id)

    # -- writing ----------------------------------------------------------------------------------
    def record(self, draft: ActivityDraft, *, files: Sequence[tuple[str, bytes]] = ()) -> Activity:
        """Log an activity, with its files (each a name and the bytes, kept encrypted)."""
        user = self._clinician()
        draft = validate_activity(draft, self._s.today())
        self._checked_presenters(draft.presenter_ids)
        uploads = self._uploads(files)
        with self._s.db.transaction():
            activity_id = self._repo.add(draft, user.id, self._s.clock())
            self._s.audit.append(user, Action.ACTIVITY_RECORDED, target=activity_target(activity_id),
                                 detail={"kind": draft.kind.value, "day": draft.held_on.isoformat(),
                                         "lessons": draft.lessons, "attendance": draft.attendance})
            self._add_files(user, activity_id, uploads)
        return self._load(activity_id)

    def update(self, activity_id: int, draft: ActivityDraft, *, add_files: Sequence[tuple[str, bytes]] = (),
               remove_files: Sequence[int] = ()) -> Activity:
        """Change an activity; in the same transaction add files and remove some of its own."""
        user, old = self._changeable(activity_id)
        draft = validate_activity(draft, self._s.today())
        self._checked_presenters(draft.presenter_ids, kept=old.presenter_ids)
        uploads = self._uploads(add_files)
        own = {f.id for f in old.files}
        if any(file_id not in own for file_id in remove_files):
            raise NotFound("activity.no_file")
        changed = _changed_fields(old, draft)
        with self._s.db.transaction():
            if changed:
                self._repo.update(activity_id, draft, user.id, self._s.clock())
                self._s.audit.append(user, Action.ACTIVITY_UPDATED, target=activity_target(activity_id),
                                     detail={"kind": draft.kind.value, "day": draft.held_on.isoformat(),
                                             "fields": changed})
            for file_id in dict.fromkeys(remove_files):
                self._remove_file(user, activity_id, file_id)
            self._add_files(user, activity_id, uploads)
        return self._load(activity_id)

    def delete(self, activity_id: int) -> None:
        """Delete an entry logged by mistake, with its files; the audit log keeps what it was."""
        user, old = self._changeable(activity_id)
        with self._s.db.transaction():
            self._repo.delete(activity_id)
            self._s.audit.append(user, Action.ACTIVITY_DELETED, target=activity_target(activity_id),
                                 detail={"kind": old.kind.value, "day": old.held_on.isoformat(), "title": old.title,
                                         "lessons": old.lessons, "attendance": old.attendance,
                                         "files": len(old.files)})

    def attach(self, activity_id: int, name: str, data: bytes) -> Activity:
        user, _activity = self._changeable(activity_id)
        uploads = self._uploads([(name, data)])
        with self._s.db.transaction():
            self._add_files(user, activity_id, uploads)
        return self._load(activity_id)

    def remove_file(self, file_id: int) -> Activity:
        found = self._file(file_id)
        user, _activity = self._changeable(found.activity_id)
        with self._s.db.transaction():
            self._remove_file(user, found.activity_id, file_id)
        return self._load(found.activity_id)

    def _remove_file(self, user: User, activity_id: int, file_id: int) -> None:
        self._repo.remove_file(file_id)
        self._s.audit.append(user, Action.ACTIVITY_FILE_REMOVED, target=activity_target(activity_id),
                             detail={"file": file_id})

    # -- the files themselves ------------------------------------------------------------------------
    def _file(self, file_id: int) -> ActivityFile:
        found = self._repo.file(file_id)
        if found is None:
            raise NotFound("activity.no_file")
        return found

    def open_file(self, file_id: int) -> tuple[ActivityFile, bytes]:
        """A file's bytes, into memory only, to be shown (audited: who opened which file)."""
        user = self._clinician()
        found = self._file(file_id)
        data = self._repo.file_data(file_id)
        if data is None:
            raise NotFound("activity.no_file")
        with self._s.db.transaction():
            self._s.audit.append(user, Action.ACTIVITY_FILE_VIEWED, target=activity_target(found.activity_id),
                                 detail={"file": file_id})
        return found, data

    def record_output(self, file_id: int, how: str) -> None:
        """After a file was printed (``how`` "print") or saved as a copy the person chose ("file")."""
        user = self._clinician()
        if how not in OUTPUTS:
            raise ValidationError("output", "print.output")
        found = self._file(file_id)
        with self._s.db.transaction():
            self._s.audit.append(user, Action.ACTIVITY_FILE_OUTPUT, target=activity_target(found.activity_id),
                                 detail={"file": file_id, "output": how})
