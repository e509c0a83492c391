"""Clients (来访者): registration data and its rules (R3, R18)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import clean_line, clean_text, looks_like_formula

NAME_MAX = 40
TEXT_MAX = 2000
SHORT_MAX = 40
_PHONE_RE = re.compile(r"^\+?[0-9][0-9 \-]{5,18}[0-9]$")
_CASE_NO_RE = re.compile(r"^(\d{4})-(\d{4,})$")


class Gender(str, Enum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSPECIFIED = "unspecified"


class ClientType(str, Enum):
    STUDENT = "student"   # 学生
    PARENT = "parent"     # 家长
    STAFF = "staff"       # 教职工


class ReferralSource(str, Enum):
    SELF = "self"                  # 自己
    HEAD_TEACHER = "head_teacher"  # 班主任
    PARENT = "parent"              # 家长
    PEER_COUNSELLOR = "peer_counsellor"  # 心理委员: the class's peer counsellor
    SCREENING = "screening"        # 心理普查/筛查: found by a screening
    OTHER = "other"                # 其他


@dataclass(frozen=True)
class ClientDraft:
    """What the registration form holds; validated into a :class:`Client`."""

    name: str = ""
    gender: Gender = Gender.UNSPECIFIED
    birth_date: date | None = None
    client_type: ClientType = ClientType.STUDENT
    grade: str = ""
    class_name: str = ""
    student_no: str = ""
    contact: str = ""
    guardian_name: str = ""
    guardian_contact: str = ""
    referral_source: ReferralSource = ReferralSource.SELF
    referral_note: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Client(ClientDraft):
    id: int = 0
    case_no: str = ""
    active: bool = True
    created_at: datetime | None = None
    created_by: int | None = None
    pinyin_keys: str = ""

    def age(self, today: date) -> int | None:
        return age_on(self.birth_date, today)

    @property
    def draft(self) -> ClientDraft:
        return ClientDraft(**{f: getattr(self, f) for f in ClientDraft.__dataclass_fields__})


def age_on(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _limit(field_name: str, text: str, maximum: int, *, lines: bool = False) -> str:
    """One line (or, with ``lines``, several) cleaned by the one text rule, at most ``maximum`` long."""
    text = clean_text(text) if lines else clean_line(text)
    if len(text) > maximum:
        raise ValidationError(field_name, "text.too_long", max=maximum)
    return text


def _person_name(field_name: str, text: str) -> str:
    """A person's name: one line, and never what a spreadsheet would take for a formula."""
    text = _limit(field_name, text, NAME_MAX)
    if looks_like_formula(text):
        raise ValidationError(field_name, "name.formula", start=text[0])
    return text


def _phone(field_name: str, text: str) -> str:
    text = clean_line(text).replace("（", "(").replace("）", ")")
    if text and not _PHONE_RE.match(text):
        raise ValidationError(field_name, "phone.format")
    return text


def validate_client(draft: ClientDraft, today: date) -> ClientDraft:
    """Check every field; the first problem is raised with the field it concerns."""
    name = _person_name("name", draft.name)
    if not name:
        raise ValidationError("name", "client.name_empty")
    if draft.birth_date is not None:
        if draft.birth_date > today:
            raise ValidationError("birth_date", "client.birth_in_future")
        age = age_on(draft.birth_date, today)
        if age is not None and age > 110:
            raise ValidationError("birth_date", "client.birth_too_early")
    grade = _limit("grade", draft.grade, SHORT_MAX)
    class_name = _limit("class_name", draft.class_name, SHORT_MAX)
    if draft.client_type is ClientType.STUDENT and not (grade or class_name):
        raise ValidationError("class_name", "client.student_needs_class")
    return replace(
        draft, name=name, grade=grade, class_name=class_name,
        student_no=_limit("student_no", draft.student_no, SHORT_MAX),
        contact=_phone("contact", draft.contact),
        guardian_name=_person_name("guardian_name", draft.guardian_name),
        guardian_contact=_phone("guardian_contact", draft.guardian_contact),
        referral_note=_limit("referral_note", draft.referral_note, TEXT_MAX, lines=True),
        notes=_limit("notes", draft.notes, TEXT_MAX, lines=True),
    )


def format_case_no(year: int, sequence: int) -> str:
    return f"{year:04d}-{sequence:04d}"


def parse_case_no(case_no: str) -> tuple[int, int] | None:
    m = _CASE_NO_RE.match(case_no or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


@dataclass(frozen=True)
class ClientQuery:
    text: str = ""
    include_inactive: bool = False
    client_type: ClientType | None = None
    limit: int = 200
    sort: str = "case_no"      # case_no | name | created_at
    descending: bool = True
    ids: tuple[int, ...] | None = field(default=None)  # restrict to these (permissions)
