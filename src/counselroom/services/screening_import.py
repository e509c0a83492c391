"""Screening answer sheets from a file, and paper sheets typed one a line (issue 17 §1, "Entry").

A file (``load`` → ``preview`` → ``commit``) goes in whole or not at all, as a student list does
(``services/roster_import.py``): the preview names every row's problem (a student unknown, outside
the campaign or left out, twice in the file or already screened, an answer missing or unreadable,
with its item), and ``commit`` stores the sheets through ``ScreeningService.record_sheets``, one
transaction, which checks and scores them again against the database as it is then.

Typed sheets (``typing``, ``save_typed``) go through ``ScreeningService.enter_sheet``. Who may do
either is ScreeningService's rule: counsellors and the supervisor.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from counselroom.domain.accounts import Role, User
from counselroom.domain.clients import ClientQuery, ClientType
from counselroom.domain.errors import CounselRoomError, StorageError, ValidationError
from counselroom.domain.roster import RowError
from counselroom.domain.scale_definition import ScaleDefinition
from counselroom.domain.scale_scoring import ScoreResult, score
from counselroom.domain.screening import (
    Campaign, EntryMethod, Scope, Sheet, SheetDraft, SheetProblem, SheetsRejected, Student, check_sheets,
)
from counselroom.domain.screening_sheets import (
    EntryLineError, Reading, SheetMapping, SheetRow, StudentDirectory, check_keys, guess_mapping, outside_scope,
    parse_entry_line, read_sheets, split_entry_line,
)
from counselroom.services.clients import ClientService
from counselroom.services.roster_files import MAX_ROWS, read_table
from counselroom.services.scales import ScaleService
from counselroom.services.screening import RecordedSheets, ScreeningService
from counselroom.services.session import Session
from counselroom.storage.screening_repo import ScreeningRepository

#: Problems of a campaign's rules that are about the answers rather than the student.
_ANSWER_CODES = ("scale.answer_invalid", "screening.incomplete")


@dataclass(frozen=True)
class SheetsPreview:
    """What a file would store: its sheets with their results, or why it cannot be stored."""
    campaign_id: int
    scale_code: str
    header: list[str]
    mapping: SheetMapping
    reading: Reading
    sheets: list[SheetRow]
    results: list[ScoreResult]      # the sheets' results, in the same order (empty when there are errors)
    errors: list[RowError]

    @property
    def acceptable(self) -> bool:
        return not self.errors and bool(self.sheets)

    @property
    def positive(self) -> int:
        return sum(r.positive for r in self.results)

    @property
    def invalid(self) -> int:
        return sum(not r.valid for r in self.results)


class SheetsFileRejected(CounselRoomError):
    """A file that stored nothing, with every row's problem."""
    code = "screening_import.rejected"

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__("screening_import.rejected", count=len(errors))


def row_errors(problems: Iterable[SheetProblem]) -> list[RowError]:
    """The campaign's verdict on drafts (``check_sheets``) as the file's row errors."""
    return [RowError(p.source_row or 0, "answers" if p.code in _ANSWER_CODES else "student_no", p.code,
                     dict(p.params)) for p in problems]


def _directory(scope: Scope) -> StudentDirectory:
    # the left-out students too, so that a row naming one says so rather than "unknown"
    return StudentDirectory([*scope.students, *scope.excluded, *scope.opted_out])


@dataclass(frozen=True)
class Typing:
    """What typing paper sheets for one scale of a campaign needs at hand."""
    campaign: Campaign
    definition: ScaleDefinition
    students: StudentDirectory       # the campaign's students and those of it left out
    screened: set[int]               # client ids screened on this scale (``save_typed`` adds to it)

    def student(self, number: str) -> Student | None:
        found = self.students.find(number, "", "", "")
        return found[0] if found else None

    def read(self, text: str, *, student: Student | None = None) -> TypedLine:
        """What a line typed so far says, for the entry field to show as it is typed (nothing stored)."""
        number, keys = split_entry_line(text, with_student=student is None)
        spaced = student is not None or any(c.isspace() for c in (text or "").lstrip())
        who = student if student is not None else (self.student(number) if spaced else None)
        problem: EntryLineError | None = None
        result: ScoreResult | None = None
        if spaced:
            try:
                check_keys(self.definition, keys, partial=True)
                if len(keys) == len(self.definition.items):
                    result = score(self.definition, parse_entry_line(self.definition, keys, with_student=False).answers)
            except EntryLineError as err:
                problem = err
        return TypedLine(number, spaced, who, len(keys), len(self.definition.items), problem, result,
                         who is not None and who.client_id in self.screened)


@dataclass(frozen=True)
class TypedLine:
    """A line as typed so far: who it names, how many answers, the first problem, the result once whole."""
    student_no: str
    answers_started: bool            # the student number is followed by a space (or was chosen apart)
    student: Student | None
    typed: int
    expected: int
    problem: EntryLineError | None
    result: ScoreResult | None
    screened: bool                   # the student has a sheet on this scale already


class ScreeningImportService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _clinician(self) -> User:
        return self._s.require(Role.COUNSELLOR, Role.SUPERVISOR)

    # -- what the campaign holds -----------------------------------------------------------------------
    def definition(self, campaign: Campaign, scale_code: str) -> ScaleDefinition:
        """The exact stored definition the campaign named for ``scale_code``."""
        chosen = campaign.scale(scale_code)
        if chosen is None:
            raise ValidationError("scale", "screening.scale_not_in_campaign", scale=scale_code)
        definition = ScaleService(self._s).get_by_id(chosen.scale_id).definition
        if definition.digest != chosen.digest:
            raise StorageError("screening.definition_changed", scale=chosen.code)
        return definition

    def _school(self) -> StudentDirectory:
        clients = ClientService(self._s).search(ClientQuery(include_inactive=True, client_type=ClientType.STUDENT,
                                                            limit=10 * MAX_ROWS))
        return StudentDirectory(Student(c.id, c.name, c.student_no, c.grade, c.class_name) for c in clients)

    def _screened(self, campaign_id: int, scale_code: str) -> set[int]:
        return set(c for c, code in ScreeningRepository(self._s.db).screened_keys(campaign_id)
                         if code == scale_code)

    # -- a file ----------------------------------------------------------------------------------------
    def load(self, path: Path) -> tuple[list[str], list[list[object]]]:
        """The file's header and rows (.xlsx or .csv, as a student list is read)."""
        self._clinician()
        return read_table(path)

    def guess(self, campaign_id: int, scale_code: str, header: Sequence[object]) -> SheetMapping:
        self._clinician()
        campaign = ScreeningService(self._s).get(campaign_id)
        return guess_mapping(header, self.definition(campaign, scale_code))

    def preview(self, campaign_id: int, scale_code: str, header: list[str], rows: Sequence[Sequence[object]],
                mapping: SheetMapping | None = None, reading: Reading = Reading.AUTO) -> SheetsPreview:
        """Every row read, checked and scored; nothing stored. ``mapping`` None: guessed from the header."""
        self._clinician()
        screening = ScreeningService(self._s)
        campaign = screening.get(campaign_id)
        definition = self.definition(campaign, scale_code)
        mapping = guess_mapping(header, definition) if mapping is None else mapping
        scope = screening.students_in_scope(campaign_id)
        sheets, errors = read_sheets(rows, mapping, definition, students=_directory(scope), reading=reading)
        if any(e.code == "screening_import.student_unknown" for e in errors):
            errors = outside_scope(errors, self._school())
        results: list[ScoreResult] = []
        if sheets:
            scored, problems = check_sheets([s.draft for s in sheets], campaign, {scale_code: definition},
                                            scope.client_ids, ScreeningRepository(self._s.db).screened_keys(campaign_id))
            errors = sorted([*errors, *row_errors(problems)], key=lambda e: e.row)
            results = [s.result for s in scored] if not errors else []
        return SheetsPreview(campaign_id, scale_code, header, mapping, reading, sheets, results, errors)

    def commit(self, preview: SheetsPreview) -> RecordedSheets:
        """Store every sheet of an acceptable preview in one transaction, or none."""
        self._clinician()
        if preview.errors:
            raise SheetsFileRejected(preview.errors)
        if not preview.sheets:
            raise SheetsFileRejected([RowError(1, "student_no", "screening_import.empty")])
        try:
            return ScreeningService(self._s).record_sheets(preview.campaign_id, [s.draft for s in preview.sheets])
        except SheetsRejected as rejected:   # the database changed since the preview (another computer, a typed sheet)
            raise SheetsFileRejected(row_errors(rejected.problems)) from rejected

    def import_file(self, campaign_id: int, scale_code: str, path: Path,
                    reading: Reading = Reading.AUTO) -> RecordedSheets:
        header, rows = self.load(path)
        return self.commit(self.preview(campaign_id, scale_code, header, rows, reading=reading))

    # -- typed paper sheets ----------------------------------------------------------------------------
    def typing(self, campaign_id: int, scale_code: str) -> Typing:
        """What the keyboard entry looks students and answers up in (read once when it opens)."""
        self._clinician()
        screening = ScreeningService(self._s)
        campaign = screening.get(campaign_id)
        return Typing(campaign, self.definition(campaign, scale_code),
                      _directory(screening.students_in_scope(campaign_id)), self._screened(campaign_id, scale_code))

    def save_typed(self, typing: Typing, text: str, *, student: Student | None = None,
                   replace_existing: bool = False) -> Sheet:
        """Store one typed line: ``"20230101 1203…"``, or the answers alone for ``student``.

        Raises ``ValidationError`` at field "line" with the ``screening_entry.*`` code of a line that
        does not fit, or ScreeningService's refusal (left out, already screened, …)."""
        self._clinician()
        try:
            line = parse_entry_line(typing.definition, text, with_student=student is None)
        except EntryLineError as err:
            raise ValidationError("line", err.code, **err.params) from None
        if student is None:
            student = typing.student(line.student_no)
            if student is None:
                raise ValidationError("line", "screening_entry.student_unknown", student_no=line.student_no)
        draft = SheetDraft(student.client_id, typing.definition.code, dict(line.answers), EntryMethod.KEYBOARD)
        sheet = ScreeningService(self._s).enter_sheet(typing.campaign.id, draft, replace_existing=replace_existing)
        typing.screened.add(student.client_id)
        return sheet
