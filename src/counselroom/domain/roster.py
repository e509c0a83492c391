"""Student lists from Excel or CSV: mapping columns, reading rows, finding problems.

A roster is imported all or nothing: one bad row rejects the file, so a school
never ends up with half a class registered. Every cell passes the one text rule
(:mod:`counselroom.domain.text`) through the client rules; a name that starts like a
spreadsheet formula is a problem of its row.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime

from counselroom.domain.clients import ClientDraft, ClientType, Gender, validate_client
from counselroom.domain.errors import ValidationError
from counselroom.domain.text import clean_line

# Fields a roster column can fill, in the order the mapping step shows them.
ROSTER_FIELDS = ("name", "gender", "birth_date", "grade", "class_name", "student_no", "contact",
                 "guardian_name", "guardian_contact", "client_type", "notes")
REQUIRED_FIELDS = ("name",)

_HEADER_GUESSES = {
    "name": ("姓名", "学生姓名", "名字", "name", "student name"),
    "gender": ("性别", "gender", "sex"),
    "birth_date": ("出生日期", "生日", "出生年月", "出生年月日", "birth", "birth date", "date of birth", "dob"),
    "grade": ("年级", "grade", "year"),
    "class_name": ("班级", "班", "class"),
    "student_no": ("学号", "学籍号", "student no", "student number", "id"),
    "contact": ("联系电话", "电话", "手机", "手机号", "联系方式", "phone", "contact"),
    "guardian_name": ("家长姓名", "监护人", "监护人姓名", "家长", "guardian", "parent"),
    "guardian_contact": ("家长电话", "家长联系电话", "监护人电话", "监护人联系电话", "guardian phone",
                         "parent phone"),
    "client_type": ("类型", "来访者类型", "type"),
    "notes": ("备注", "说明", "notes", "remarks"),
}

_GENDERS = {"男": Gender.MALE, "女": Gender.FEMALE, "m": Gender.MALE, "f": Gender.FEMALE,
            "male": Gender.MALE, "female": Gender.FEMALE, "其他": Gender.OTHER, "": Gender.UNSPECIFIED}
_TYPES = {"学生": ClientType.STUDENT, "家长": ClientType.PARENT, "教职工": ClientType.STAFF,
          "教师": ClientType.STAFF, "student": ClientType.STUDENT, "parent": ClientType.PARENT,
          "staff": ClientType.STAFF, "": ClientType.STUDENT}
# Fields where a lone dash is the spreadsheet's "none" (it cannot be a guardian's name or a phone).
_DASH_MEANS_NONE = ("guardian_name", "contact", "guardian_contact")
_DASHES = frozenset({"-", "--", "—", "——", "–", "－", "/", "／"})
_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def _norm_header(text: object) -> str:
    return re.sub(r"[\s_:：*（）()]+", " ", clean_line(text)).strip().lower()


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """field → column index, from header words in Chinese or English."""
    normalized = [_norm_header(h) for h in headers]
    mapping: dict[str, int] = {}
    for fld, words in _HEADER_GUESSES.items():
        for index, header in enumerate(normalized):
            if index in mapping.values():
                continue
            if header in words:
                mapping[fld] = index
                break
    return mapping


@dataclass(frozen=True)
class RowError:
    row: int          # the row number as the spreadsheet shows it (header = 1)
    field: str
    code: str
    # dataclasses.field spelled out: in this class body "field" is the column above
    params: dict[str, object] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class RosterRow:
    row: int
    draft: ClientDraft


def parse_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = clean_line(value)
    if not text:
        return None
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    m = _DATE_RE.match(text)
    if not m:
        raise ValueError(text)
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _cell(row: list[object], mapping: dict[str, int], fld: str) -> object:
    index = mapping.get(fld)
    if index is None or index >= len(row):
        return ""
    value = row[index]
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # Excel stores student numbers and phones as numbers
    return "" if value is None else value


def read_rows(rows: list[list[object]], mapping: dict[str, int],
              today: date) -> tuple[list[RosterRow], list[RowError]]:
    """Turn data rows (header excluded) into drafts; collect every problem."""
    missing = [f for f in REQUIRED_FIELDS if f not in mapping]
    if missing:
        return [], [RowError(1, f, "roster.column_missing") for f in missing]
    good: list[RosterRow] = []
    errors: list[RowError] = []
    seen_numbers: dict[str, int] = {}
    seen_people: dict[tuple[str, date | None, str, str], int] = {}
    for offset, row in enumerate(rows):
        number = offset + 2
        if is_blank(row):
            continue  # blank lines at the end of a sheet
        try:
            draft = _draft(row, mapping, number)
            draft = validate_client(draft, today)
        except ValidationError as exc:
            errors.append(RowError(number, exc.field, exc.code, exc.params))
            continue
        if draft.student_no:
            if draft.student_no in seen_numbers:
                errors.append(RowError(number, "student_no", "roster.duplicate_in_file",
                                       {"other": seen_numbers[draft.student_no]}))
                continue
            seen_numbers[draft.student_no] = number
        person = (draft.name, draft.birth_date, draft.grade, draft.class_name)
        if person in seen_people:
            errors.append(RowError(number, "name", "roster.duplicate_in_file", {"other": seen_people[person]}))
            continue
        seen_people[person] = number
        good.append(RosterRow(number, draft))
    if not good and not errors:
        errors.append(RowError(1, "name", "roster.empty"))
    return good, errors


def is_blank(row: list[object]) -> bool:
    """A row with nothing visible in it (empty cells, spaces, invisible characters)."""
    return all(v is None or clean_line(v) == "" for v in row)


def _draft(row: list[object], mapping: dict[str, int], number: int) -> ClientDraft:
    gender_text = clean_line(_cell(row, mapping, "gender")).lower()
    if gender_text not in _GENDERS:
        raise ValidationError("gender", "roster.gender_unknown", value=gender_text)
    type_text = clean_line(_cell(row, mapping, "client_type")).lower()
    if type_text not in _TYPES:
        raise ValidationError("client_type", "roster.type_unknown", value=type_text)
    cell = _cell(row, mapping, "birth_date")
    try:
        birth = parse_date(cell)
    except ValueError:
        # Show what the cell says, not Python's reason ("month must be in 1..12").
        raise ValidationError("birth_date", "roster.date_unreadable", value=clean_line(cell)) from None
    # cleaned (one line, or several for notes) by the client rules, like the registration form's
    text = {f: str(_cell(row, mapping, f)) for f in
            ("name", "grade", "class_name", "student_no", "contact", "guardian_name",
             "guardian_contact", "notes")}
    for f in _DASH_MEANS_NONE:
        if clean_line(text[f]) in _DASHES:
            text[f] = ""   # "-" in a list means "none"; as a name it would look like a formula
    return ClientDraft(name=text["name"], gender=_GENDERS[gender_text], birth_date=birth,
                       client_type=_TYPES[type_text], grade=text["grade"], class_name=text["class_name"],
                       student_no=text["student_no"], contact=text["contact"],
                       guardian_name=text["guardian_name"], guardian_contact=text["guardian_contact"],
                       notes=text["notes"])
