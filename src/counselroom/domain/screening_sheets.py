"""Screening answer sheets (心理普查, issue 17): files from questionnaire tools, and paper sheets typed.

Files come from online questionnaire tools (问卷星, 腾讯问卷) or scanning services: one row per
student, a few columns that say who (学号, 姓名, 班级), then one column per item whose header is
the item's number ("12", "Q12", "12、题目文字", "第12题") or its text, and whose cells are the
chosen option's text, its id or its score. :func:`guess_mapping` finds the columns;
:func:`read_sheets` turns rows into sheets or row errors, the roster import's way
(:class:`counselroom.domain.roster.RowError`, header = row 1): one bad row rejects the file.

How a cell names an option (:class:`Reading`): by default (``AUTO``) a cell may be the option's
id, its label (Chinese or English; an "A." letter before it is allowed) or its score. A value
that names *different* options under two of these readings (a scale whose option ids are
1-4 and whose scores are 0-3: is "2" the id or the score?) is refused as ambiguous, never
guessed; the person then says for the whole file how values are read (id, label, score, or
position 1..n as some tools export "by option number").

Paper sheets are typed one student a line (:func:`parse_entry_line`): the student number, a
space, then one key per item as the paper form of a test takes them
(:mod:`counselroom.domain.paper_form`: options by position 1..n, or by their id where every id
is one digit, as PHQ-9's 0-3). A screening sheet is complete: every item answered.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from counselroom.domain.paper_form import option_keys, parse_paper_form
from counselroom.domain.roster import RowError, is_blank
from counselroom.domain.scale_definition import Item, Option, ScaleDefinition
from counselroom.domain.screening import EntryMethod, SheetDraft, Student
from counselroom.domain.text import clean_line

#: Columns that say who answered, in the order the mapping step shows them.
IDENTITY_FIELDS = ("student_no", "name", "grade", "class_name")

_IDENTITY_GUESSES = {
    "student_no": ("学号", "学籍号", "考号", "学生学号", "学生编号", "编号", "student no", "student number",
                   "student id", "id"),
    "name": ("姓名", "学生姓名", "名字", "真实姓名", "name", "student name", "full name"),
    "grade": ("年级", "所在年级", "grade", "year"),
    "class_name": ("班级", "班", "所在班级", "班别", "class"),
}
# What questionnaires put around a question's words: "请输入您的学号：", "姓名（必填）".
_ASKING = re.compile(r"^(?:请(?:输入|填写|选择|写出)?)?(?:您|你)?(?:的)?")
_MARKS = re.compile(r"[（(【\[](?:单选题?|多选题?|必填|必答|填空题?|矩阵单选题?|量表题?)[)）】\]]")
# A question's number at the start of a header: "12", "Q12", "Q12.", "12、", "12．", "第12题", "(12)".
_NUMBERED = re.compile(r"^\s*(?:第\s*(\d{1,3})\s*题|[(（]\s*(\d{1,3})\s*[)）]|[Qq]\s*(\d{1,3})|(\d{1,3})(?![\d]))"
                       r"\s*[、.．:：)）\-_\s]*(.*)$", re.S)
_NOT_WORDS = re.compile(r"[\W_]+")
_LETTER = re.compile(r"^[a-z]\s*[.、．):：]\s*")
_INTEGRAL = re.compile(r"^[+-]?\d+(?:\.0*)?$")


class Reading(Enum):
    """How the answer cells of a file name an option (the same for the whole file)."""
    AUTO = "auto"          # id, label or score; ambiguous values refused
    ID = "id"
    LABEL = "label"
    SCORE = "score"
    POSITION = "position"  # 1 for the first option, as "download by option number" writes


@dataclass(frozen=True)
class SheetMapping:
    """Which column holds what: identity field → column index, item id → column index."""
    identity: Mapping[str, int] = field(default_factory=dict)
    items: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SheetRow:
    row: int                     # as the spreadsheet shows it (header = 1)
    student: Student
    draft: SheetDraft


# -- headers ---------------------------------------------------------------------------------------

def _words(text: object) -> str:
    """A header's or label's words only: width and case folded, spaces and punctuation out."""
    folded = unicodedata.normalize("NFKC", clean_line(text)).casefold()
    return _NOT_WORDS.sub("", _MARKS.sub("", folded))


def split_header(header: object) -> tuple[int | None, str]:
    """A header's question number (if it starts with one) and the words after it."""
    text = unicodedata.normalize("NFKC", clean_line(header))
    found = _NUMBERED.match(text)
    if not found:
        return None, text
    number = next(g for g in found.groups()[:4] if g is not None)
    return int(number), found.group(5).strip()


def _identity_field(words: str) -> str | None:
    asked = _ASKING.sub("", words)
    for fld, guesses in _IDENTITY_GUESSES.items():
        if any(words == _words(g) or asked == _words(g) for g in guesses):
            return fld
    return None


def guess_mapping(headers: Sequence[object], definition: ScaleDefinition) -> SheetMapping:
    """The identity and item columns, from the headers.

    An item's column is found by (in this order) a header that is the item's id, a header
    whose words are the item's text (Chinese or English), and last by question number. The
    numbers of the remaining numbered columns are the items' positions, unless exactly as
    many consecutive numbers as unmatched items remain: then they are the items in order
    (a tool that numbered "1、姓名 2、学号" before the scale's first item)."""
    identity: dict[str, int] = {}
    items: dict[str, int] = {}
    taken: set[int] = set()
    parsed = [split_header(h) for h in headers]
    for index, (_number, text) in enumerate(parsed):
        fld = _identity_field(_words(text))
        if fld is not None and fld not in identity:
            identity[fld] = index
            taken.add(index)
    by_id = {item.id.casefold(): item for item in definition.items}
    for index, header in enumerate(headers):
        item = by_id.get(unicodedata.normalize("NFKC", clean_line(header)).casefold())
        if index not in taken and item is not None and item.id not in items:
            items[item.id] = index
            taken.add(index)
    by_text: dict[str, Item] = {}
    for item in definition.items:
        for words in (_words(item.text.zh_CN), _words(item.text.en)):
            if words:
                by_text.setdefault(words, item)
    for index, (_number, text) in enumerate(parsed):
        item = by_text.get(_words(text))
        if index not in taken and item is not None and item.id not in items:
            items[item.id] = index
            taken.add(index)
    open_items = [item for item in definition.items if item.id not in items]
    numbered = [(index, number) for index, (number, _text) in enumerate(parsed)
                if number is not None and index not in taken]
    numbers = [n for _i, n in numbered]
    if open_items and len(numbered) == len(open_items) and numbers == list(range(numbers[0],
                                                                                numbers[0] + len(numbers))):
        for item, (index, _n) in zip(open_items, numbered):
            items[item.id] = index
    else:
        for index, number in numbered:
            if 1 <= number <= len(definition.items):
                item = definition.items[number - 1]
                if item.id not in items:
                    items[item.id] = index
    ordered = {item.id: items[item.id] for item in definition.items if item.id in items}
    return SheetMapping(identity, ordered)


def mapping_problems(mapping: SheetMapping, definition: ScaleDefinition) -> list[RowError]:
    """What the mapping lacks: a way to find the student, a column for every item (row 1 errors)."""
    problems = []
    if "student_no" not in mapping.identity and not {"name", "class_name"} <= set(mapping.identity):
        problems.append(RowError(1, "student_no", "screening_import.identity_missing"))
    for position, item in enumerate(definition.items, 1):
        if item.id not in mapping.items:
            problems.append(RowError(1, "answers", "screening_import.item_column_missing", {"item": position}))
    used = [*mapping.identity.values(), *mapping.items.values()]
    if len(set(used)) != len(used):
        problems.append(RowError(1, "answers", "screening_import.column_twice"))
    return problems


# -- answer cells ----------------------------------------------------------------------------------

def _cell_key(value: object) -> str:
    """A cell as it is compared with options: whole numbers without ".0", words as :func:`_words`
    but keeping signs and decimal points of numbers."""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    text = unicodedata.normalize("NFKC", clean_line(value)).casefold().strip()
    if _INTEGRAL.match(text):
        return str(int(float(text)))
    return text


class _Options:
    """One item's options looked up by each reading (built once per distinct option list)."""

    def __init__(self, options: Sequence[Option]) -> None:
        self.ids = {o.id.casefold(): o.id for o in options}
        self.positions = {str(n): o.id for n, o in enumerate(options, 1)}
        self.labels: dict[str, set[str]] = {}
        self.scores: dict[str, set[str]] = {}
        for o in options:
            for words in {_words(o.label.zh_CN), _words(o.label.en)} - {""}:
                self.labels.setdefault(words, set()).add(o.id)
            self.scores.setdefault(str(o.score), set()).add(o.id)

    def find(self, key: str, reading: Reading) -> set[str]:
        if reading is Reading.ID:
            return {self.ids[key]} if key in self.ids else set()
        if reading is Reading.POSITION:
            return {self.positions[key]} if key in self.positions else set()
        if reading is Reading.SCORE:
            return set(self.scores.get(key, ()))
        labels = self.labels.get(_NOT_WORDS.sub("", key)) or self.labels.get(
            _NOT_WORDS.sub("", _LETTER.sub("", key)), set())
        if reading is Reading.LABEL:
            return set(labels)
        found = set(labels) | set(self.scores.get(key, ()))
        if key in self.ids:
            found.add(self.ids[key])
        return found


class _CellError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class AnswerReader:
    """Reads a row's answer cells for one scale; lookups are cached (a grade's file repeats a few
    values hundreds of thousands of times)."""

    def __init__(self, definition: ScaleDefinition, reading: Reading = Reading.AUTO) -> None:
        self.definition, self.reading = definition, reading
        shared: dict[tuple[Option, ...], _Options] = {}
        self._options = {item.id: shared.setdefault(item.options, _Options(item.options))
                         for item in definition.items}
        self._keys: dict[object, str] = {}
        self._found: dict[tuple[str, str], str | _CellError] = {}

    def option(self, item: Item, value: object) -> str:
        """The option id a cell names; raises ``_CellError`` with the reason."""
        try:
            key = self._keys[value]
        except (KeyError, TypeError):   # TypeError: an unhashable cell value, never from the readers
            key = _cell_key(value)
            if isinstance(value, (str, int, float)):
                self._keys[value] = key
        if not key:
            raise _CellError("screening_import.answer_missing")
        cached = self._found.get((item.id, key))
        if cached is None:
            ids = self._options[item.id].find(key, self.reading)
            cached = (next(iter(ids)) if len(ids) == 1 else
                      _CellError("screening_import.answer_ambiguous" if ids else "screening_import.answer_unknown"))
            self._found[(item.id, key)] = cached
        if isinstance(cached, _CellError):
            raise cached
        return cached


# -- students --------------------------------------------------------------------------------------

def _class_key(text: str) -> str:
    return _NOT_WORDS.sub("", unicodedata.normalize("NFKC", text).casefold())


class StudentDirectory:
    """Students found by number, or by name and class ("3班", or with the grade: "初二3班")."""

    def __init__(self, students: Iterable[Student]) -> None:
        self.by_number: dict[str, Student] = {}
        self.by_name: dict[str, list[Student]] = {}
        for student in students:
            if student.student_no:
                self.by_number.setdefault(_class_key(student.student_no), student)
            self.by_name.setdefault(clean_line(student.name), []).append(student)

    def find(self, number: str, name: str, class_name: str, grade: str) -> list[Student]:
        if number:
            found = self.by_number.get(_class_key(number))
            return [found] if found is not None else []
        wanted, in_grade = _class_key(class_name), _class_key(grade)
        return [s for s in self.by_name.get(name, ())
                if wanted in (_class_key(s.class_name), _class_key(s.grade + s.class_name))
                and (not in_grade or in_grade == _class_key(s.grade))]


def _identity(row: Sequence[object], mapping: SheetMapping) -> dict[str, str]:
    def cell(fld: str) -> str:
        index = mapping.identity.get(fld)
        if index is None or index >= len(row):
            return ""
        value = row[index]
        if isinstance(value, float) and value.is_integer():
            value = int(value)   # Excel keeps student numbers as numbers
        return clean_line(value)
    return {fld: cell(fld) for fld in IDENTITY_FIELDS}


# -- rows ------------------------------------------------------------------------------------------

def read_sheets(rows: Sequence[Sequence[object]], mapping: SheetMapping, definition: ScaleDefinition, *,
                students: StudentDirectory, reading: Reading = Reading.AUTO) -> tuple[list[SheetRow], list[RowError]]:
    """Data rows (header excluded) into sheets of ``students``; every problem as a row error.

    A student not in ``students`` is ``screening_import.student_unknown`` (params: what the
    row says; :func:`outside_scope` tells those who exist elsewhere in the school). The
    campaign's own rules (left out, already screened, scoring) are
    :func:`counselroom.domain.screening.check_sheets`'."""
    problems = mapping_problems(mapping, definition)
    if problems:
        return [], problems
    by_number = "student_no" in mapping.identity
    reader = AnswerReader(definition, reading)
    good: list[SheetRow] = []
    errors: list[RowError] = []
    seen: dict[int, int] = {}
    item_columns = [(position, item, mapping.items[item.id]) for position, item in enumerate(definition.items, 1)]
    for offset, row in enumerate(rows):
        number = offset + 2
        if is_blank(list(row)):
            continue
        student = _student(number, _identity(row, mapping), by_number, students, errors)
        answers: dict[str, str] = {}
        for position, item, index in item_columns:
            value = row[index] if index < len(row) else None
            try:
                answers[item.id] = reader.option(item, value)
            except _CellError as err:
                errors.append(RowError(number, "answers", err.code, {"item": position, "value": clean_line(value)}))
        if student is None or len(answers) < len(item_columns):
            continue
        if student.client_id in seen:
            errors.append(RowError(number, "student_no", "screening_import.duplicate_in_file",
                                   {"other": seen[student.client_id], "name": student.name}))
            continue
        seen[student.client_id] = number
        good.append(SheetRow(number, student, SheetDraft(client_id=student.client_id, scale_code=definition.code,
                                                         answers=answers, entered_how=EntryMethod.IMPORT,
                                                         source_row=number)))
    if not good and not errors:
        errors.append(RowError(1, "student_no", "screening_import.empty"))
    return good, errors


def _student(number: int, who: dict[str, str], by_number: bool, students: StudentDirectory,
             errors: list[RowError]) -> Student | None:
    if by_number and not who["student_no"]:
        errors.append(RowError(number, "student_no", "screening_import.student_no_missing"))
        return None
    if not by_number and not (who["name"] and who["class_name"]):
        errors.append(RowError(number, "name", "screening_import.name_class_missing"))
        return None
    found = students.find(who["student_no"] if by_number else "", who["name"], who["class_name"], who["grade"])
    if not found:
        errors.append(RowError(number, "student_no" if by_number else "name", "screening_import.student_unknown",
                               {"student": who["student_no"] if by_number else f"{who['name']} {who['class_name']}",
                                **who}))
        return None
    if len(found) > 1:
        errors.append(RowError(number, "name", "screening_import.student_ambiguous",
                               {"student": f"{who['name']} {who['class_name']}", "count": len(found)}))
        return None
    return found[0]


def outside_scope(errors: Sequence[RowError], school: StudentDirectory) -> list[RowError]:
    """Unknown students who are in ``school`` (the whole register) become "not in this campaign"."""
    refined = []
    for err in errors:
        if err.code == "screening_import.student_unknown":
            p = {k: str(v) for k, v in err.params.items()}
            if school.find(p.get("student_no", "") if err.field == "student_no" else "", p.get("name", ""),
                           p.get("class_name", ""), p.get("grade", "")):
                err = RowError(err.row, err.field, "screening_import.student_not_in_scope",
                               {"student": p.get("student", "")})
        refined.append(err)
    return refined


# -- paper sheets typed ----------------------------------------------------------------------------

class EntryLineError(ValueError):
    """A typed line that is not a whole sheet: ``code`` and its params (``position`` from 1)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code, self.params = code, params


@dataclass(frozen=True)
class EntryLine:
    student_no: str              # "" when the line held the answers alone
    keys: str                    # the answer keys typed so far, spaces taken out
    answers: Mapping[str, str]   # item id → option id, every item


def split_entry_line(text: str, *, with_student: bool) -> tuple[str, str]:
    """(student number, answer keys): the number is the first word when ``with_student``."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not with_student:
        return "", "".join(text.split())
    number, _space, rest = text.partition(" ")
    return number.strip(), "".join(rest.split())


def parse_entry_line(definition: ScaleDefinition, text: str, *, with_student: bool = True) -> EntryLine:
    """A paper sheet typed in one line: ``"20230101 1203120…"`` (or the keys alone).

    Raises :class:`EntryLineError`: ``screening_entry.no_student`` (nothing before the space),
    ``screening_entry.count`` (``expected``, ``found``), ``screening_entry.key`` (``position``,
    ``char``, ``keys``: the keys that answer that item)."""
    number, keys = split_entry_line(text, with_student=with_student)
    if with_student and (not number or not any(c.isspace() for c in (text or "").lstrip())):
        raise EntryLineError("screening_entry.no_student")
    check_keys(definition, keys, partial=False)
    answers = parse_paper_form(definition, keys)
    return EntryLine(number, keys, answers)


def check_keys(definition: ScaleDefinition, keys: str, *, partial: bool) -> None:
    """The keys typed so far fit the items (``partial``: fewer than all items is fine)."""
    items = definition.items
    for position, (item, key) in enumerate(zip(items, keys), 1):
        typed = option_keys(item)
        if key not in typed:
            raise EntryLineError("screening_entry.key", position=position, char=key,
                                 keys=_key_range(typed))
    if len(keys) > len(items) or (not partial and len(keys) != len(items)):
        raise EntryLineError("screening_entry.count", expected=len(items), found=len(keys))


def _key_range(typed: list[str]) -> str:
    keys = [k for k in typed if k]
    return f"{keys[0]}–{keys[-1]}" if len(keys) > 1 else "".join(keys)


def entry_keys(definition: ScaleDefinition, answers: Mapping[str, str]) -> str:
    """The keys that type ``answers`` (every item answered): the inverse of the parser."""
    keys = []
    for item in definition.items:
        ids = [o.id for o in item.options]
        keys.append(option_keys(item)[ids.index(answers[item.id])])
    return "".join(keys)


__all__ = ["IDENTITY_FIELDS", "AnswerReader", "EntryLine", "EntryLineError", "Reading",
           "SheetMapping", "SheetRow", "StudentDirectory", "check_keys", "entry_keys", "guess_mapping",
           "mapping_problems", "outside_scope", "parse_entry_line", "read_sheets", "split_entry_line", "split_header"]
