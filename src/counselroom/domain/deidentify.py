"""De-identifying a case for supervision, teaching and research (R14: 引用案例时均需隐去…).

Pure: the service gathers the case's texts and the names the database knows; this module
replaces what identifies a person and flags what a person must still judge.

Replaced (each replacement is a :class:`Replacement` span of the result):

- every known name: the client → 来访者, guardians → 监护人 (母亲/父亲 when known), the case's
  counsellor → 咨询师, other staff → 老师A, 老师B…, crisis and referral contacts → 联系人A…,
  other clients → 同学A…, their guardians → 家长A…; letters are given in order of first
  appearance and stay the same for one name throughout one export;
- a given name alone (2 or more characters), nicknames of the client's and guardians' names
  (小涵, 涵涵), and pinyin spellings of known names in any case, with or without spaces
  (ZhangZihan, zhang zihan, Zihan Zhang) and, for the people of the case and staff, initials
  of 3 letters (ZZH; 2 upper-case letters for the client and guardians);
- a surname with a title (王老师, 李同学, 陈妈妈…) → 某老师, unless the surname is the one
  staff member's of that surname in the export (then their placeholder);
- phone numbers, 18-character ID numbers, QQ / WeChat ids after their label, case numbers
  (2026-0001), any run of 5 or more digits;
- exact dates → relative to the first visit: "第 1 次咨询当天" for a visit's day, otherwise
  "第 15 天" (the first visit's day is 第 1 天) or "首次咨询前 3 天"; a year and month →
  "第 N 个月"; dates without a year take the year nearest the case's period; a weekday
  written with the date goes with it;
- ages → bands: under 6, 6–8, 9–11, 12–14, 15–17 (the school stages), 18–22, 23–29, then by
  decade to 60 and over;
- classes: "初二(3)班" → "初二某班", "3班" → "某班" (the grade is kept: hundreds of students share
  it, and the developmental stage matters to whoever reads the case); the school → 某校, the
  room → 心理咨询室, referral institutions → 某机构.

Flagged, not replaced (:class:`Flag`, for a person to tick off): runs of 3 or more digits left,
words that look like Chinese names (a common surname and one or two more characters, not an
ordinary word), words that are names in the records but also ordinary words (高兴, 文明),
place-like words (…市, …区, …路, …中学…), e-mail addresses and web addresses, and anything
identifying typed into an edit.

Matching 50,000 known names is a dictionary lookup of the substrings that start at each
position with a known first character, longest first: no regular expression per name.

What needs no name (identifiers, dates, ages, classes, the flags) is in
:mod:`counselroom.domain.deidentify_patterns`; edits, ticking flags off and the confirmed text
are in :mod:`counselroom.domain.deidentify_review`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from counselroom.domain.deidentify_patterns import (
    COMPOUND_SURNAMES, ORDINARY, SURNAMES, FlagReason, ReplacementKind, is_cjk, number_label, pattern_flags,
    pattern_replacements,
)


class PersonRole(str, Enum):
    CLIENT = "client"
    MOTHER = "mother"
    FATHER = "father"
    GUARDIAN = "guardian"
    COUNSELLOR = "counsellor"      # the case's counsellor
    HEAD_TEACHER = "head_teacher"
    STAFF = "staff"                # any other account
    CONTACT = "contact"            # a crisis or referral contact
    OTHER_CLIENT = "other_client"
    OTHER_GUARDIAN = "other_guardian"


@dataclass(frozen=True)
class KnownPerson:
    name: str
    role: PersonRole
    spellings: tuple[str, ...] = ()    # full pinyin, lower case, no spaces (both name orders)
    initials: tuple[str, ...] = ()     # lower case


@dataclass(frozen=True)
class KnownTerm:
    """A literal that identifies (the school, the room, a phone number, the case number…)."""
    text: str
    kind: ReplacementKind


@dataclass(frozen=True)
class KnownIdentities:
    people: Sequence[KnownPerson] = ()
    terms: Sequence[KnownTerm] = ()
    first_day: date | None = None             # 第 1 天: the first visit's day (or the case's opening)
    last_day: date | None = None              # the end of the case's period
    visit_days: Mapping[date, int] = field(default_factory=dict)   # day → session number


@dataclass(frozen=True)
class Section:
    """A heading and labelled texts: heading and labels are written as they are (the service makes
    them from the record's fixed words), the texts are de-identified."""
    title: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Replacement:
    start: int
    end: int
    kind: ReplacementKind
    placeholder: str
    original: str        # for the review screen only; never part of an output


@dataclass(frozen=True)
class Flag:
    id: int
    start: int
    end: int
    reason: FlagReason
    text: str


@dataclass(frozen=True)
class DeidentifiedText:
    text: str
    replacements: tuple[Replacement, ...]
    flags: tuple[Flag, ...]
    # Finds in typed text what the export would have replaced or flagged (apply_edits).
    checker: Callable[[str], list[tuple[int, int, FlagReason]]] | None = field(
        default=None, compare=False, repr=False)


# -- names -------------------------------------------------------------------------------------

TITLES = ("班主任", "老师", "同学", "妈妈", "爸爸", "校长", "主任", "医生", "阿姨", "叔叔", "女士", "先生",
          "奶奶", "爷爷", "姥姥", "姥爷", "外婆", "外公", "教练")
#: Titles a staff member is called by: "王老师" is the one staff member surnamed 王, when there is one.
STAFF_TITLES = frozenset({"班主任", "老师", "校长", "主任"})

#: Ordinary words that are also given names: never replaced as a given name alone (a person's
#: full name still is); when the name is of someone in the case they are flagged instead.
ORDINARY_GIVEN = frozenset("""
快乐 平安 健康 阳光 美丽 明天 开心 幸福 光明 文静 海洋 天天 浩然 建国 国庆 春天 成功 胜利 和平 自强 自立 欣然
安然 坦然 怡然 晴天 雪花 一鸣 一帆 一凡 永远 未来 希望 梦想 晨光 朝阳 向阳 明明 刚刚 常常 渐渐 慢慢 静静 默默
好好 悄悄 轻轻 乖乖 偷偷 早早 久久 多多 学习 老师 同学 妈妈 爸爸 同桌 朋友 家长 明白 高兴 安静 温柔 可爱 聪明
""".split())

#: Words that are not names even when a roster field holds them (a relation typed into a name field).
NOT_A_NAME = frozenset("母亲 父亲 妈妈 爸爸 奶奶 爷爷 外婆 外公 姥姥 姥爷 家长 监护人 本人 无 不详 未知 暂无".split())

#: Upper-case abbreviations in clinical notes that are never read as a person's initials.
ABBREVIATIONS = frozenset("""
ok qq pk tv pe it ai id vr ps pc ct mri cbt phq gad sas sds scl mmpi epq abc bdi bai upi mht adhd ocd ptsd dsm icd
hama hamd spm cpt tat sct ppt app wifi ktv vip diy mbti eap set dbt act emdr ici nba cba gpa sat
""".split())

_ASCII_WORD = re.compile(r"[A-Za-z]+")
_ASCII_JOIN = frozenset(" -.·'’_")

_FIXED_PLACEHOLDERS = {
    ReplacementKind.PHONE: "【电话】", ReplacementKind.ID_NUMBER: "【身份证号】", ReplacementKind.ACCOUNT: "【账号】",
    ReplacementKind.NUMBER: "【编号】", ReplacementKind.CASE_NUMBER: "【档案号】", ReplacementKind.CLASS: "某班",
    ReplacementKind.SCHOOL: "某校", ReplacementKind.ROOM: "心理咨询室", ReplacementKind.INSTITUTION: "某机构",
}
_ROLE_WORDS: dict[PersonRole, str] = {
    PersonRole.CLIENT: "来访者", PersonRole.MOTHER: "母亲", PersonRole.FATHER: "父亲", PersonRole.GUARDIAN: "监护人",
    PersonRole.COUNSELLOR: "咨询师", PersonRole.HEAD_TEACHER: "班主任", PersonRole.STAFF: "老师",
    PersonRole.CONTACT: "联系人", PersonRole.OTHER_CLIENT: "同学", PersonRole.OTHER_GUARDIAN: "家长",
}
#: Roles whose first person is called by the bare word (来访者); the others always carry a letter.
_SINGULAR = frozenset({PersonRole.CLIENT, PersonRole.MOTHER, PersonRole.FATHER, PersonRole.GUARDIAN,
                       PersonRole.COUNSELLOR, PersonRole.HEAD_TEACHER})
_PRIORITY = {role: n for n, role in enumerate(PersonRole)}
_OTHERS = frozenset({PersonRole.OTHER_CLIENT, PersonRole.OTHER_GUARDIAN})
_CASE_FAMILY = frozenset({PersonRole.CLIENT, PersonRole.MOTHER, PersonRole.FATHER, PersonRole.GUARDIAN})
_STAFF_ROLES = frozenset({PersonRole.COUNSELLOR, PersonRole.HEAD_TEACHER, PersonRole.STAFF})


def split_name(name: str) -> tuple[str, str]:
    """(surname, given name) of a Chinese name: a compound surname or the first character."""
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


def _titled(name: str) -> str | None:
    """The surname of a display name that is a surname with a title (李老师), else None."""
    for title in TITLES:
        if name.endswith(title) and 1 <= len(name) - len(title) <= 2:
            return name[: -len(title)]
    return None


def name_spellings(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(full spellings in both orders, initials) of a Chinese name, lower case, for every reading
    (capped): 张子涵 → (zhangzihan, zihanzhang, …), (zzh, …)."""
    chars = [c for c in name if not c.isspace()]
    if len(chars) < 2 or not all(is_cjk(c) for c in chars):
        return (), ()
    # pypinyin's dictionaries are large: loaded on the first export, not at start-up.
    from itertools import islice, product

    from pypinyin import Style, pinyin

    surname, _ = split_name("".join(chars))
    readings = pinyin(chars, style=Style.NORMAL, heteronym=True, errors=lambda s: s.lower())
    full: set[str] = set()
    initials: set[str] = set()
    cut = len(surname)
    for combo in islice(product(*[r[:3] for r in readings]), 8):
        parts = [p.lower() for p in combo if p]
        full.add("".join(parts))
        full.add("".join(parts[cut:] + parts[:cut]))
        initials.add("".join(p[0] for p in parts))
    return tuple(sorted(full)), tuple(sorted(initials))


_RELATIONS = (("母亲", PersonRole.MOTHER), ("妈妈", PersonRole.MOTHER), ("父亲", PersonRole.FATHER),
              ("爸爸", PersonRole.FATHER))
_RELATION_WORDS = ("母亲", "父亲", "妈妈", "爸爸", "奶奶", "爷爷", "外婆", "外公", "姥姥", "姥爷", "继母", "继父",
                   "监护人", "家长", "联系人")
#: Not 和: it is in names (王和平).
_SPLIT = re.compile(r"[、，,/;；\s]+")
_PAREN = re.compile(r"[（(]([^）)]*)[）)]")
_RELATION_RE = re.compile("|".join(_RELATION_WORDS))
_PLAIN_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,4}")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_ROOM_SUFFIXES = ("心理健康教育中心", "心理健康中心", "心理咨询中心", "心理辅导中心", "心理咨询室", "心理辅导室",
                  "心理健康室", "咨询室", "辅导室", "心理室")
_SCHOOL_SUFFIXES = ("实验学校", "外国语学校", "学校", "中学", "小学", "附中", "一中", "二中", "三中")


def guardian_people(text: str, others: bool = False) -> list[KnownPerson]:
    """The people of a guardian field: "王丽（母亲）、张伟" → 王丽 as mother, 张伟 as guardian."""
    if _PLAIN_NAME.fullmatch(text or "") and not _RELATION_RE.search(text):
        # Most fields hold just a name: 50,000 of them are read for every export.
        return [KnownPerson(text, PersonRole.OTHER_GUARDIAN if others else PersonRole.GUARDIAN)]
    found: list[KnownPerson] = []
    for part in _SPLIT.split(text or ""):
        relation = " ".join(_PAREN.findall(part)) + part
        name = _PAREN.sub("", part)
        for word in _RELATION_WORDS:
            name = name.replace(word, "")
        name = name.strip("：:（）() ")
        if len(name) < 2:
            continue
        if others:
            role = PersonRole.OTHER_GUARDIAN
        else:
            role = next((r for word, r in _RELATIONS if word in relation), PersonRole.GUARDIAN)
        found.append(KnownPerson(name, role))
    return found


def contact_names(text: str) -> list[str]:
    """Names of people in a contact field (王丽（母亲）138…, 张医生, 德育处主任): runs of 2–4 Chinese
    characters that start with a common surname, titles and relations taken off."""
    names: list[str] = []
    for run in _CJK_RUN.findall(text or ""):
        for word in (*_RELATION_WORDS, *TITLES):
            run = run.replace(word, " ")
        for piece in run.split():
            starts = piece[:2] in COMPOUND_SURNAMES or piece[:1] in SURNAMES
            if 2 <= len(piece) <= 4 and starts and piece not in ORDINARY:
                names.append(piece)
    return names


def school_names(room_name: str) -> tuple[list[str], list[str]]:
    """(room names, school names) found in the room's name: 䶮山中学心理辅导室 → the room's full
    name and 心理辅导室; the school 䶮山中学 and, shorter, 䶮山."""
    room = "".join((room_name or "").split())
    rooms = [room] if len(room) >= 2 else []
    schools: list[str] = []
    for suffix in _ROOM_SUFFIXES:
        if room.endswith(suffix) and len(room) > len(suffix):
            school = room[: -len(suffix)]
            if len(school) >= 2:
                schools.append(school)
                for kind in _SCHOOL_SUFFIXES:
                    if school.endswith(kind) and len(school) - len(kind) >= 2:
                        schools.append(school[: -len(kind)])
                        break
            break
    return rooms, schools


# -- the engine --------------------------------------------------------------------------------

@dataclass
class _Entry:
    full: list[int] = field(default_factory=list)     # people this is the name (or nickname) of
    given: list[int] = field(default_factory=list)    # people this is the given name of
    fixed: ReplacementKind | None = None


@dataclass(frozen=True)
class _Person:
    name: str
    role: PersonRole
    surname: str


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    kind: ReplacementKind
    rank: int                       # among hits of one start and length: lower wins
    person: int | None = None
    text: str = ""                  # the placeholder, when not a person's


@dataclass(frozen=True)
class _FlagHit:
    start: int
    end: int
    reason: FlagReason


class _Namer:
    """Placeholders by first appearance: 同学A, 同学B… stable per person within one export."""

    def __init__(self, people: Sequence[_Person]) -> None:
        self._people = people
        self._given: dict[int, str] = {}
        self._counts: dict[PersonRole, int] = {}

    def __call__(self, person: int) -> str:
        found = self._given.get(person)
        if found is None:
            role = self._people[person].role
            n = self._counts.get(role, 0)
            self._counts[role] = n + 1
            word = _ROLE_WORDS[role]
            found = word if role in _SINGULAR and n == 0 else word + _letters(n)
            self._given[person] = found
        return found


def _letters(n: int) -> str:
    """0 → A, 25 → Z, 26 → AA…"""
    text = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


class Deidentifier:
    """Built once per export from what the database knows; :meth:`run` de-identifies the texts."""

    def __init__(self, known: KnownIdentities) -> None:
        self._known = known
        self._people: list[_Person] = []
        self._terms: dict[str, _Entry] = {}
        self._spelt: dict[str, list[int]] = {}
        self._initials: dict[str, list[int]] = {}
        self._staff_by_surname: dict[str, list[int]] = {}
        self._surnames = set(SURNAMES)
        others: dict[tuple[PersonRole, str], int] = {}
        for person in known.people:
            self._add_person(person, others)
        for term in known.terms:
            text = term.text.strip()
            if len(text) >= 2:
                self._terms.setdefault(text, _Entry()).fixed = term.kind
        # The lengths of the terms that begin with each character, longest first.
        lengths: dict[str, set[int]] = {}
        for key in self._terms:
            lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {ch: tuple(sorted(found, reverse=True)) for ch, found in lengths.items()}
        compound = "|".join(sorted(COMPOUND_SURNAMES))
        titles = "|".join(sorted(TITLES, key=len, reverse=True))
        chars = "".join(sorted(c for c in self._surnames if len(c) == 1))
        self._title_re = re.compile(f"({compound}|[{re.escape(chars)}])({titles})")

    # -- building ----------------------------------------------------------------------------
    def _add_person(self, person: KnownPerson, others: dict[tuple[PersonRole, str], int]) -> None:
        name = "".join(person.name.split())
        if len(name) < 2 or name in NOT_A_NAME:
            return
        if person.role in _OTHERS:
            # Other clients are one placeholder per name: two 王子涵 cannot be told apart in a text.
            key = (person.role, name)
            if key in others:
                return
            others[key] = len(self._people)
        titled = _titled(name)
        surname, given = (titled, "") if titled is not None else split_name(name)
        index = len(self._people)
        self._people.append(_Person(name, person.role, surname))
        self._terms.setdefault(name, _Entry()).full.append(index)
        if person.role in _STAFF_ROLES:
            self._staff_by_surname.setdefault(surname, []).append(index)
        if person.role not in _OTHERS and all(is_cjk(c) for c in surname):
            self._surnames.add(surname)
        if len(given) >= 2:
            self._terms.setdefault(given, _Entry()).given.append(index)
        if given and person.role in _CASE_FAMILY:
            for nickname in ("小" + given[-1], given[-1] * 2):
                self._terms.setdefault(nickname, _Entry()).given.append(index)
        shortest = 5 if person.role in _OTHERS else 4
        for spelling in person.spellings:
            if len(spelling) >= shortest:
                self._spelt.setdefault(spelling.lower(), []).append(index)
        if person.role not in _OTHERS:
            for initials in person.initials:
                initials = initials.lower()
                if initials in ABBREVIATIONS:
                    continue
                if len(initials) >= 3 or (len(initials) == 2 and person.role in _CASE_FAMILY):
                    self._initials.setdefault(initials, []).append(index)

    def _best(self, people: Iterable[int]) -> int:
        return min(people, key=lambda p: (_PRIORITY[self._people[p].role], p))

    # -- finding -----------------------------------------------------------------------------
    def _term_hit(self, text: str, start: int, key: str, entry: _Entry,
                  promoted: Mapping[int, int]) -> _Hit | _FlagHit | None:
        end = start + len(key)
        if entry.fixed is ReplacementKind.NUMBER:
            return _Hit(start, end, entry.fixed, 0, text=number_label(text, start))
        if entry.fixed is not None:
            return _Hit(start, end, entry.fixed, 0, text=_FIXED_PLACEHOLDERS.get(entry.fixed, "【已删除】"))
        ordinary = key in ORDINARY or key in ORDINARY_GIVEN
        if entry.full:
            person = self._best(entry.full)
            if self._people[person].role in _OTHERS and ordinary:
                return _FlagHit(start, end, FlagReason.NAME_IN_RECORDS)
            return _Hit(start, end, ReplacementKind.NAME, 1, person=person)
        own = [p for p in entry.given if self._people[p].role not in _OTHERS]
        if own:
            if ordinary:
                return _FlagHit(start, end, FlagReason.NAME_IN_RECORDS)
            return _Hit(start, end, ReplacementKind.NAME, 1, person=self._best(own))
        seen = [p for p in entry.given if p in promoted]
        if seen and not ordinary:
            return _Hit(start, end, ReplacementKind.NAME, 1, person=min(seen, key=lambda p: promoted[p]))
        # A given name of someone this export names in full is worth a look even when it is a word.
        return _FlagHit(start, end, FlagReason.NAME_IN_RECORDS) if seen or not ordinary else None

    def _dictionary_hits(self, text: str, promoted: Mapping[int, int]) -> tuple[list[_Hit], list[_FlagHit]]:
        hits: list[_Hit] = []
        flags: list[_FlagHit] = []
        terms, lengths_of = self._terms, self._lengths
        for i, ch in enumerate(text):
            lengths = lengths_of.get(ch)
            if lengths is None:
                continue
            for length in lengths:
                key = text[i:i + length]
                entry = terms.get(key) if len(key) == length else None
                if entry is None:
                    continue
                found = self._term_hit(text, i, key, entry, promoted)
                if isinstance(found, _Hit):
                    hits.append(found)
                    break
                if isinstance(found, _FlagHit):
                    flags.append(found)   # a shorter term here may still be a name to replace
        return hits, flags

    def _spelling_hits(self, text: str) -> list[_Hit]:
        if not self._spelt and not self._initials:
            return []
        words = list(_ASCII_WORD.finditer(text))
        hits: list[_Hit] = []
        i = 0
        while i < len(words):
            # The words joined to this one by a space, hyphen, dot or apostrophe: Zhang San, Z.X.Y.
            run = i
            while (run + 1 < len(words) and 0 < words[run + 1].start() - words[run].end() <= 2
                   and all(c in _ASCII_JOIN for c in text[words[run].end():words[run + 1].start()])):
                run += 1
            for j in range(min(run, i + 3), i - 1, -1):
                joined = "".join(w.group() for w in words[i:j + 1])
                key = joined.lower()
                people = self._spelt.get(key)
                if people is None and (len(key) >= 3 or joined.isupper()):
                    # Initials: any case from three letters, two only in capitals (WY, not "Wy").
                    people = self._initials.get(key)
                if people is not None:
                    hits.append(_Hit(words[i].start(), words[j].end(), ReplacementKind.NAME, 1,
                                     person=self._best(people)))
                    i = j
                    break
            i += 1
        return hits

    def _title_hits(self, text: str) -> list[_Hit]:
        hits: list[_Hit] = []
        for m in self._title_re.finditer(text):
            start = m.start()
            if start > 0 and text[start - 1:start + 1] in ORDINARY:
                continue   # 语文老师, 班主任老师: the "surname" ends a word
            surname, title = m.group(1), m.group(2)
            staff = self._staff_by_surname.get(surname, []) if title in STAFF_TITLES else []
            if len(staff) == 1:
                hits.append(_Hit(start, m.end(), ReplacementKind.TITLE, 2, person=staff[0]))
            else:
                hits.append(_Hit(start, m.end(), ReplacementKind.TITLE, 2, text="某" + title))
        return hits

    def _scan(self, text: str, promoted: Mapping[int, int]) -> tuple[list[_Hit], list[_FlagHit]]:
        """The replacements chosen (earliest, then longest, then by rank) and the flag hits left."""
        found, flag_hits = self._dictionary_hits(text, promoted)
        known = self._known
        found += [_Hit(f.start, f.end, f.kind, f.rank, text=f.placeholder) for f in pattern_replacements(
            text, known.first_day, known.last_day, known.visit_days)]
        found += self._spelling_hits(text)
        found += self._title_hits(text)
        found.sort(key=lambda h: (h.start, -(h.end - h.start), h.rank))
        chosen: list[_Hit] = []
        reach = 0
        for hit in found:
            if hit.start >= reach and hit.end > hit.start:
                chosen.append(hit)
                reach = hit.end
        return chosen, flag_hits

    # -- running -----------------------------------------------------------------------------
    def run(self, sections: Sequence[Section]) -> DeidentifiedText:
        # First pass: which other clients are named in full anywhere, so that their given name
        # alone is theirs too (同桌王子涵 … 子涵说); an unnamed given name is only flagged.
        promoted: dict[int, int] = {}
        for section in sections:
            for _, body in section.fields:
                for hit in self._scan(body, {})[0]:
                    if hit.person is not None and self._people[hit.person].role in _OTHERS:
                        promoted.setdefault(hit.person, len(promoted))
        namer = _Namer(self._people)
        out: list[str] = []
        replacements: list[Replacement] = []
        flags: list[tuple[int, int, FlagReason]] = []
        offset = 0

        def write(piece: str) -> None:
            nonlocal offset
            out.append(piece)
            offset += len(piece)

        for section in sections:
            if not any(body.strip() for _, body in section.fields) and not section.title:
                continue
            write(f"【{section.title}】\n")
            for label, body in section.fields:
                body = body.strip()
                if not body:
                    continue
                write(f"{label}：" if label else "")
                text, spans, field_flags = self._one(body, promoted, namer)
                replacements.extend(Replacement(s + offset, e + offset, k, p, o) for s, e, k, p, o in spans)
                flags.extend((s + offset, e + offset, r) for s, e, r in field_flags)
                write(text + "\n")
            write("\n")
        text = "".join(out).rstrip("\n") + "\n"
        flags.sort()
        result = tuple(Flag(n, s, e, r, text[s:e]) for n, (s, e, r) in enumerate(flags))
        return DeidentifiedText(text, tuple(replacements), result, checker=lambda typed: self._check(typed, promoted))

    def _one(self, body: str, promoted: Mapping[int, int], namer: Callable[[int], str]
             ) -> tuple[str, list[tuple[int, int, ReplacementKind, str, str]], list[tuple[int, int, FlagReason]]]:
        chosen, flag_hits = self._scan(body, promoted)
        pieces: list[str] = []
        spans: list[tuple[int, int, ReplacementKind, str, str]] = []
        shift: list[tuple[int, int]] = []     # (original position, output minus original) after each hit
        at = 0
        out_len = 0
        for hit in chosen:
            pieces.append(body[at:hit.start])
            out_len += hit.start - at
            placeholder = namer(hit.person) if hit.person is not None else hit.text
            spans.append((out_len, out_len + len(placeholder), hit.kind, placeholder, body[hit.start:hit.end]))
            pieces.append(placeholder)
            out_len += len(placeholder)
            at = hit.end
            shift.append((hit.end, out_len - hit.end))
        pieces.append(body[at:])
        text = "".join(pieces)
        flags: list[tuple[int, int, FlagReason]] = []
        for f in flag_hits:
            if any(h.start < f.end and f.start < h.end for h in chosen):
                continue
            delta = next((d for pos, d in reversed(shift) if pos <= f.start), 0)
            flags.append((f.start + delta, f.end + delta, f.reason))
        taken = [(s, e) for s, e, *_ in spans] + [(s, e) for s, e, _ in flags]
        for s, e, reason in pattern_flags(text):
            if not any(a < e and s < b for a, b in taken):
                flags.append((s, e, reason))
                taken.append((s, e))
        return text, spans, flags

    def _check(self, typed: str, promoted: Mapping[int, int]) -> list[tuple[int, int, FlagReason]]:
        """Typed text as the export would see it: what it would replace is flagged, with the flags."""
        chosen, flag_hits = self._scan(typed, promoted)
        found = [(h.start, h.end, FlagReason.TYPED_IDENTIFIER) for h in chosen]
        found += [(f.start, f.end, f.reason) for f in flag_hits
                  if not any(a < f.end and f.start < b for a, b, _ in found)]
        for s, e, reason in pattern_flags(typed):
            if not any(a < e and s < b for a, b, _ in found):
                found.append((s, e, reason))
        return sorted(found)


def deidentify(sections: Sequence[Section], known: KnownIdentities) -> DeidentifiedText:
    return Deidentifier(known).run(sections)
