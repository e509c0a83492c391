"""Contacts with parents and teachers (家校沟通记录, issue 17 §4).

A contact is a conversation the room had with someone around a student — a parent, the 班主任, a
teacher, the school's leadership — about a case, a crisis or a 重点关注 register entry (exactly one).
It is recorded complete in one step, not drafted and signed like a visit record: it is a log of what
was said and agreed, written right after the call or meeting. The one who recorded it may correct it
for :data:`EDIT_WINDOW` (a typo, a forgotten agreement); after that it stands as written, so what the
family was told cannot be rewritten later. Every correction is audited with the fields it changed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from enum import Enum

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import checked_text

NAME_MAX = 100
TEXT_MAX = 5000
#: How long the one who recorded a contact may correct it.
EDIT_WINDOW = timedelta(days=1)


class ContactRelation(str, Enum):
    FATHER = "father"               # 父亲
    MOTHER = "mother"               # 母亲
    GUARDIAN = "guardian"           # 其他监护人
    HEAD_TEACHER = "head_teacher"   # 班主任
    TEACHER = "teacher"             # 任课教师
    LEADERSHIP = "leadership"       # 学校领导
    OTHER = "other"                 # 其他


class ContactMethod(str, Enum):
    PHONE = "phone"                 # 电话
    MEETING = "meeting"             # 到校面谈
    HOME_VISIT = "home_visit"       # 家访
    ONLINE = "online"               # 网络留言（微信、短信）
    OTHER = "other"


@dataclass(frozen=True)
class ContactLink:
    """What a contact belongs to: exactly one of a case, a crisis or a register entry."""
    case_id: int | None = None
    crisis_id: int | None = None
    register_entry_id: int | None = None

    @property
    def target(self) -> str:
        """The audit target of what the contact belongs to."""
        if self.case_id is not None:
            return f"case:{self.case_id}"
        if self.crisis_id is not None:
            return f"crisis:{self.crisis_id}"
        return f"register:{self.register_entry_id}"


@dataclass(frozen=True)
class ContactDraft:
    contact_name: str
    relation: ContactRelation
    method: ContactMethod
    contacted_at: datetime | None      # the room's wall clock, to the minute
    said: str
    agreed: str = ""
    staff_id: int | None = None        # who made the contact; None: the one recording it


@dataclass(frozen=True)
class Contact(ContactDraft):
    id: int = 0
    client_id: int = 0
    link: ContactLink = ContactLink()
    staff_name: str = ""
    recorded_by: int = 0
    recorded_at: datetime | None = None
    updated_at: datetime | None = None

    def editable_by(self, user_id: int, now: datetime) -> bool:
        """The one who recorded it, within :data:`EDIT_WINDOW` of recording it (``now``: aware UTC)."""
        return (user_id == self.recorded_by and self.recorded_at is not None
                and now - self.recorded_at < EDIT_WINDOW)


def validate_link(link: ContactLink) -> ContactLink:
    if sum(x is not None for x in (link.case_id, link.crisis_id, link.register_entry_id)) != 1:
        raise ValidationError("link", "contact.link_one")
    return link


def _text(name: str, value: str, required: bool, *, limit: int = TEXT_MAX, lines: bool = True) -> str:
    return checked_text(name, value, limit=limit, required=required, lines=lines)


def validate_contact(draft: ContactDraft, wall_now: datetime) -> ContactDraft:
    """What every saved contact has; ``wall_now`` is the session's wall clock."""
    name = _text("contact_name", draft.contact_name, True, limit=NAME_MAX, lines=False)
    if draft.contacted_at is None:
        raise ValidationError("contacted_at", "field.required")
    contacted_at = draft.contacted_at.replace(second=0, microsecond=0)
    if contacted_at > wall_now:
        raise ValidationError("contacted_at", "date.in_future")
    return replace(draft, contact_name=name, contacted_at=contacted_at,
                   said=_text("said", draft.said, True), agreed=_text("agreed", draft.agreed, False))


def changed_fields(before: ContactDraft, after: ContactDraft) -> list[str]:
    """The names of the draft's fields a correction changed (what its audit row lists)."""
    return [f.name for f in fields(ContactDraft) if getattr(before, f.name) != getattr(after, f.name)]
