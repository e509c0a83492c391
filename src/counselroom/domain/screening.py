"""Screening campaigns (心理普查, R19, issue 17 §1): campaigns, answer sheets, interviews (约谈).

A campaign screens the students of some grades or classes with one or more scales from the library,
in a window of days, after a notice the school gave. Students the room leaves out (excluded) and
those whose parents opted out under the school's policy are never screened and are counted apart.
Each student answers each scale once (a *sheet*), scored by the exact stored definition the campaign
named (its digest). A screened student needs no case. A valid sheet that a positive rule of its
scale fires on (or with an answer that calls for crisis intervention) puts the student on the list
of those to invite for an interview; each interview ends in an outcome: no concern, a case opened,
or an entry in the 重点关注 register.

Who may do what (R16, enforced in ``services/screening.py``): the supervisor sets campaigns up,
opens and closes them; counsellors and the supervisor enter sheets, see results and positives and
interview. Assistants take no part, not even typing in paper sheets: the answers are the results
(R16: assistants never see notes or results).

No Qt, no SQL, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum

from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.scale_definition import LocalText, Number, ScaleDefinition
from counselroom.domain.scale_scoring import CriticalHit, RuleHit, ScoreResult, score
from counselroom.domain.text import clean_line, clean_text

NAME_MAX = 80
NOTICE_MAX = 5000
NOTE_MAX = 5000
SCALES_MAX = 5
#: The problems one rejected batch reports; a file of 3,000 bad rows would otherwise make a message
#: nobody reads (the count says how many there were).
PROBLEMS_MAX = 200


class CampaignStatus(str, Enum):
    DRAFT = "draft"        # being set up; nothing can be entered
    OPEN = "open"          # sheets can be entered
    CLOSED = "closed"      # no more sheets; interviews and outcomes go on


class EntryMethod(str, Enum):
    IMPORT = "import"        # a file from a questionnaire tool or a scanning service
    KEYBOARD = "keyboard"    # a paper sheet typed in


class LeftOut(str, Enum):
    EXCLUDED = "excluded"    # left out by the room (absent, on leave, already in care)
    OPTED_OUT = "opted_out"  # the parents opted out, as the school's policy allows


class InterviewOutcome(str, Enum):
    NO_CONCERN = "no_concern"   # 无需跟进
    CASE = "case"               # a counselling case opened
    REGISTER = "register"       # added to the 重点关注 register


class SheetState(str, Enum):
    """A student's standing on one scale of a campaign: the summary's columns (one each, so a grade's
    row adds up to its students)."""
    EXCLUDED = "excluded"
    OPTED_OUT = "opted_out"
    NOT_SCREENED = "not_screened"
    INVALID = "invalid"
    NEGATIVE = "negative"
    POSITIVE = "positive"


class FollowUpState(str, Enum):
    """Where a positive student's follow-up stands: the summary's columns (one each)."""
    NOT_INVITED = "not_invited"
    INVITED = "invited"              # invited, not interviewed yet
    INTERVIEWED = "interviewed"      # interviewed, no outcome yet
    NO_CONCERN = "no_concern"
    CASE = "case"
    REGISTER = "register"


# -- campaigns -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ClassRef:
    """One class of a grade, as the roster spells them (clients.grade, clients.class_name)."""
    grade: str
    class_name: str


@dataclass(frozen=True)
class CampaignDraft:
    """What the supervisor fills in. ``grades`` are screened whole; ``classes`` one by one (a class of a
    grade already listed adds nothing). ``excluded`` and ``opted_out`` are client ids."""
    name: str = ""
    scale_codes: tuple[str, ...] = ()
    grades: tuple[str, ...] = ()
    classes: tuple[ClassRef, ...] = ()
    starts_on: date | None = None
    ends_on: date | None = None
    notice: str = ""
    excluded: tuple[int, ...] = ()
    opted_out: tuple[int, ...] = ()


@dataclass(frozen=True)
class CampaignScale:
    """A scale as the campaign uses it: the exact stored row, and the digest of its definition."""
    scale_id: int
    code: str
    digest: str


@dataclass(frozen=True)
class Campaign:
    id: int
    name: str
    scales: tuple[CampaignScale, ...]
    grades: tuple[str, ...]
    classes: tuple[ClassRef, ...]
    starts_on: date
    ends_on: date
    notice: str
    excluded: tuple[int, ...]
    opted_out: tuple[int, ...]
    status: CampaignStatus
    created_by: int
    created_by_name: str
    created_at: datetime
    opened_at: datetime | None = None
    closed_at: datetime | None = None

    @property
    def scale_codes(self) -> tuple[str, ...]:
        return tuple(s.code for s in self.scales)

    def scale(self, code: str) -> CampaignScale | None:
        return next((s for s in self.scales if s.code == code), None)

    def covers(self, grade: str, class_name: str) -> bool:
        """Whether a student of this grade and class is in the campaign's grades or classes."""
        return grade in self.grades or ClassRef(grade, class_name) in self.classes

    def left_out(self, client_id: int) -> LeftOut | None:
        if client_id in self.opted_out:
            return LeftOut.OPTED_OUT
        if client_id in self.excluded:
            return LeftOut.EXCLUDED
        return None

    @property
    def draft(self) -> CampaignDraft:
        return CampaignDraft(self.name, self.scale_codes, self.grades, self.classes, self.starts_on, self.ends_on,
                             self.notice, self.excluded, self.opted_out)


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def validate_campaign(draft: CampaignDraft) -> CampaignDraft:
    """The draft cleaned, or ``ValidationError`` at its field. Which scale codes exist in the library is
    the service's check."""
    name = clean_line(draft.name)
    if not name:
        raise ValidationError("name", "field.required")
    if len(name) > NAME_MAX:
        raise ValidationError("name", "text.too_long", max=NAME_MAX)
    codes = _unique(clean_line(c) for c in draft.scale_codes)
    if not codes:
        raise ValidationError("scale_codes", "screening.no_scale")
    if len(codes) > SCALES_MAX:
        raise ValidationError("scale_codes", "screening.too_many_scales", max=SCALES_MAX)
    grades = _unique(clean_line(g) for g in draft.grades)
    classes = tuple(dict.fromkeys(
        ClassRef(clean_line(c.grade), clean_line(c.class_name)) for c in draft.classes
        if clean_line(c.grade) and clean_line(c.class_name) and clean_line(c.grade) not in grades))
    if not grades and not classes:
        raise ValidationError("scope", "screening.no_scope")
    if draft.starts_on is None:
        raise ValidationError("starts_on", "field.required")
    if draft.ends_on is None:
        raise ValidationError("ends_on", "field.required")
    if draft.ends_on < draft.starts_on:
        raise ValidationError("ends_on", "screening.window_reversed")
    notice = clean_text(draft.notice)
    if len(notice) > NOTICE_MAX:
        raise ValidationError("notice", "text.too_long", max=NOTICE_MAX)
    opted_out = tuple(dict.fromkeys(draft.opted_out))
    # A student on both lists counts as opted out: the parents' word is the reason recorded.
    excluded = tuple(c for c in dict.fromkeys(draft.excluded) if c not in opted_out)
    return CampaignDraft(name, codes, grades, classes, draft.starts_on, draft.ends_on, notice, excluded, opted_out)


def check_can_open(campaign: Campaign) -> None:
    """A campaign is opened once, from a draft, after the notice was given (it is what the school told
    parents and students; a screening without one is not what R19 asks)."""
    if campaign.status is not CampaignStatus.DRAFT:
        raise ValidationError("status", "screening.not_draft")
    if not campaign.notice:
        raise ValidationError("notice", "screening.notice_required")


# -- who is screened -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Student:
    """A student (a client of type student) as a campaign lists them."""
    client_id: int
    name: str
    student_no: str
    grade: str
    class_name: str


@dataclass(frozen=True)
class Scope:
    """A campaign's students: those to screen, and those of its grades and classes left out."""
    students: tuple[Student, ...]
    excluded: tuple[Student, ...]
    opted_out: tuple[Student, ...]

    @property
    def client_ids(self) -> frozenset[int]:
        return frozenset(s.client_id for s in self.students)


def resolve_scope(campaign: Campaign, candidates: Iterable[Student]) -> Scope:
    """The campaign's students among ``candidates`` (the active students of its grades), in the order given."""
    return scope_of_roll((s, campaign.left_out(s.client_id)) for s in candidates
                         if campaign.covers(s.grade, s.class_name))


def scope_of_roll(roll: Iterable[tuple[Student, LeftOut | None]]) -> Scope:
    """A closed campaign's students as its roll kept them when it closed (grade and class then, left out
    or not), in the order given: what its summary and lists read, whatever the roster says since."""
    screened: list[Student] = []
    excluded: list[Student] = []
    opted_out: list[Student] = []
    for student, why in roll:
        (opted_out if why is LeftOut.OPTED_OUT else excluded if why is LeftOut.EXCLUDED else screened).append(student)
    return Scope(tuple(screened), tuple(excluded), tuple(opted_out))


# -- sheets --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SheetDraft:
    """One student's answers to one scale, as an import row or a typed line gives them.

    ``answers``: item id → option id, as the scale's definition names them. ``source_row``: the
    file's row (1-based, as a spreadsheet numbers it) or None for a typed sheet: problems name it."""
    client_id: int
    scale_code: str
    answers: Mapping[str, str]
    entered_how: EntryMethod = EntryMethod.KEYBOARD
    source_row: int | None = None


@dataclass(frozen=True)
class SheetProblem:
    """Why one draft of a batch cannot be stored: a code and its parameters for ``ui/messages``."""
    index: int                      # the draft's place in the batch (0-based)
    source_row: int | None
    client_id: int
    scale_code: str
    code: str
    params: Mapping[str, object] = field(default_factory=dict)


class SheetsRejected(ValidationError):
    """A batch stored nothing: ``problems`` lists each bad draft (the first ``PROBLEMS_MAX``);
    ``count`` how many there were in all."""

    def __init__(self, problems: Iterable[SheetProblem]) -> None:
        listed = list(problems)
        self.problems: tuple[SheetProblem, ...] = tuple(listed[:PROBLEMS_MAX])
        first = listed[0]
        super().__init__("sheets", "screening.sheets_rejected", count=len(listed),
                         row=first.source_row if first.source_row is not None else first.index + 1)


@dataclass(frozen=True)
class ScoredSheet:
    """A draft with its result, ready to store (every answer given, scored by the campaign's definition)."""
    draft: SheetDraft
    scale: CampaignScale
    answers: Mapping[str, str]      # cleaned, in the scale's order
    result: ScoreResult


@dataclass(frozen=True)
class Sheet:
    """A stored sheet with its result as scored when it was entered."""
    id: int
    campaign_id: int
    client_id: int
    scale_id: int
    scale_code: str
    answers: Mapping[str, str]
    total: Number | None
    subscales: Mapping[str, Number | None]
    band: str                                   # band id, "" on an invalid sheet
    subscale_bands: Mapping[str, str]           # subscale id → band id ("" none)
    valid: bool
    invalid_hits: tuple[RuleHit, ...]
    positive: bool
    positive_hits: tuple[RuleHit, ...]
    alert: bool
    critical: tuple[CriticalHit, ...]
    entered_how: EntryMethod
    source_row: int | None
    entered_by: int
    entered_by_name: str
    entered_at: datetime

    @property
    def state(self) -> SheetState:
        if not self.valid:
            return SheetState.INVALID
        return SheetState.POSITIVE if self.positive else SheetState.NEGATIVE

    @property
    def to_interview(self) -> bool:
        """On the list of students to invite: positive by the scale's rules, or answers that call for
        crisis intervention (a critical answer counts even on a sheet a validity rule voids)."""
        return self.positive or self.alert


def score_sheet(draft: SheetDraft, scale: CampaignScale, definition: ScaleDefinition) -> ScoredSheet:
    """Score a draft with the campaign's definition: every item must be answered with one of its options.

    Raises ``ValidationError`` ("answers": ``scale.answer_invalid`` for an unknown item or option,
    ``screening.incomplete`` naming the first unanswered item)."""
    result = score(definition, draft.answers)
    if result.missing:
        raise ValidationError("answers", "screening.incomplete", missing=len(result.missing), item=result.missing[0])
    answers = {item.id: str(draft.answers[item.id]).strip() for item in definition.items}
    return ScoredSheet(draft, scale, answers, result)


def check_sheets(drafts: Iterable[SheetDraft], campaign: Campaign, definitions: Mapping[str, ScaleDefinition],
                 in_scope: frozenset[int], screened: frozenset[tuple[int, str]],
                 *, replacing: bool = False) -> tuple[list[ScoredSheet], list[SheetProblem]]:
    """Each draft scored, or the problem it has: not one of the campaign's scales, a student left out or
    outside its grades and classes, the same student and scale twice in the batch, a student already
    screened on that scale (``screened``: (client id, scale code); allowed when ``replacing``), unknown
    or missing answers."""
    scored: list[ScoredSheet] = []
    problems: list[SheetProblem] = []
    seen: set[tuple[int, str]] = set()
    for index, draft in enumerate(drafts):
        scale = campaign.scale(draft.scale_code)
        key = (draft.client_id, draft.scale_code)
        code, params = "", dict[str, object]()
        if scale is None:
            code, params = "screening.scale_not_in_campaign", {"scale": draft.scale_code}
        elif campaign.left_out(draft.client_id) is LeftOut.OPTED_OUT:
            code = "screening.student_opted_out"
        elif campaign.left_out(draft.client_id) is LeftOut.EXCLUDED:
            code = "screening.student_excluded"
        elif draft.client_id not in in_scope:
            code = "screening.student_not_in_scope"
        elif key in seen:
            code, params = "screening.duplicate_sheet", {"scale": draft.scale_code}
        elif key in screened and not replacing:
            code, params = "screening.already_screened", {"scale": draft.scale_code}
        else:
            seen.add(key)
            try:
                scored.append(score_sheet(draft, scale, definitions[draft.scale_code]))
            except CounselRoomError as err:
                code, params = err.code, dict(err.params)
        if code:
            problems.append(SheetProblem(index, draft.source_row, draft.client_id, draft.scale_code, code, params))
    return scored, problems


# -- interviews ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Interview:
    id: int
    campaign_id: int
    client_id: int
    invited_on: date
    invited_by: int
    interviewed_on: date | None = None
    interviewed_by: int | None = None
    note: str = ""
    outcome: InterviewOutcome | None = None
    case_id: int | None = None
    register_entry_id: int | None = None
    outcome_by: int | None = None
    outcome_at: datetime | None = None

    @property
    def state(self) -> FollowUpState:
        if self.outcome is not None:
            return FollowUpState(self.outcome.value)
        return FollowUpState.INTERVIEWED if self.interviewed_on is not None else FollowUpState.INVITED


def follow_up_state(interview: Interview | None) -> FollowUpState:
    return FollowUpState.NOT_INVITED if interview is None else interview.state


def validate_interview(interviewed_on: date | None, note: str, today: date, invited_on: date) -> tuple[date, str]:
    """The interview's day (not in the future, not before the invitation) and its note, cleaned."""
    if interviewed_on is None:
        raise ValidationError("interviewed_on", "field.required")
    if interviewed_on > today:
        raise ValidationError("interviewed_on", "date.in_future")
    if interviewed_on < invited_on:
        raise ValidationError("interviewed_on", "screening.interview_before_invitation")
    note = clean_text(note)
    if len(note) > NOTE_MAX:
        raise ValidationError("note", "text.too_long", max=NOTE_MAX)
    return interviewed_on, note


def check_outcome(interview: Interview, outcome: InterviewOutcome) -> None:
    """An outcome follows an interview and is set once (a case or a register entry cannot be taken back
    from here; the record of the interview keeps what it led to)."""
    if interview.interviewed_on is None:
        raise ValidationError("outcome", "screening.not_interviewed")
    if interview.outcome is not None:
        raise ValidationError("outcome", "screening.outcome_set")
    if not isinstance(outcome, InterviewOutcome):
        raise ValidationError("outcome", "field.required")


# -- what the lists show -------------------------------------------------------------------------------

@dataclass(frozen=True)
class PositiveEntry:
    """A student to invite (or invited): their sheets that put them on the list, and the follow-up."""
    student: Student
    sheets: tuple[Sheet, ...]                    # the student's sheets with ``to_interview``
    interview: Interview | None

    @property
    def alert(self) -> bool:
        return any(s.alert for s in self.sheets)

    @property
    def hits(self) -> tuple[RuleHit, ...]:
        return tuple(h for s in self.sheets for h in s.positive_hits)

    @property
    def state(self) -> FollowUpState:
        return follow_up_state(self.interview)


@dataclass(frozen=True)
class HistoryEntry:
    """One sheet of a student's screening history, with its campaign (for the client's record)."""
    campaign_id: int
    campaign_name: str
    starts_on: date
    sheet: Sheet
    interview: Interview | None


def hit_label(hit: RuleHit, language: str) -> str:
    return hit.label.get(language) or hit.rule_id


def rule_hit(rule_id: str, value: Number, measure: str, zh: str, en: str) -> RuleHit:
    """A stored hit back as the scoring made it (``alert`` is not kept: the sheet's own flag is)."""
    return RuleHit(rule_id, LocalText(zh, en), value, measure)


def with_outcome(interview: Interview, outcome: InterviewOutcome, user_id: int, now: datetime, *,
                 case_id: int | None = None, register_entry_id: int | None = None) -> Interview:
    return replace(interview, outcome=outcome, outcome_by=user_id, outcome_at=now, case_id=case_id,
                   register_entry_id=register_entry_id)
