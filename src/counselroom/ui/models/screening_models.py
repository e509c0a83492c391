"""Screening campaigns (心理普查) as tables: the campaigns, a campaign's sheets, the students not yet
screened, and the students to interview (critical answers first)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from counselroom.domain.screening import (
    Campaign, CampaignStatus, FollowUpState, PositiveEntry, Scope, Sheet, SheetState, Student, hit_label,
)
from counselroom.domain.statistics import ScreeningTableId
from counselroom.ui.labels import label_of, listed, screen_language
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import ERROR_INK, OK_INK, QUIET_INK, RISK_MEDIUM_INK

#: Where a student to interview stands, in the order the work goes.
FOLLOW_UP_ORDER = {state: rank for rank, state in enumerate(FollowUpState)}
STATE_INK = {SheetState.POSITIVE: ERROR_INK, SheetState.INVALID: RISK_MEDIUM_INK, SheetState.NEGATIVE: OK_INK}


def class_text(grade: str, class_name: str) -> str:
    return " ".join(x for x in (grade, class_name) if x)


def number_text(value: float | int | None) -> str:
    if value is None:
        return "—"
    return f"{value:g}" if isinstance(value, float) else str(value)


@dataclass(frozen=True)
class Figures:
    """A campaign's progress: students in scope, screened on each scale, to interview, interviewed."""
    in_scope: int
    screened: tuple[tuple[str, int], ...]      # (scale code, students with a sheet)
    positives: int
    interviewed: int

    @classmethod
    def of_summary(cls, summary) -> Figures:
        """From the exact summary (the supervisor's: read without the results themselves)."""
        done = {SheetState.INVALID.value, SheetState.NEGATIVE.value, SheetState.POSITIVE.value}
        screened = []
        for table in summary.tables_of(ScreeningTableId.RESULTS_BY_GRADE):
            keys = [c.key for c in table.columns]
            totals = table.column_totals
            screened.append((table.subject.key if table.subject else "",
                             sum(n for key, n in zip(keys, totals) if key in done)))
        positives = interviewed = 0
        for table in summary.tables_of(ScreeningTableId.FOLLOW_UP_BY_GRADE):
            for key, n in zip((c.key for c in table.columns), table.column_totals):
                positives += n
                if key not in (FollowUpState.NOT_INVITED.value, FollowUpState.INVITED.value):
                    interviewed += n
        return cls(summary.students, tuple(screened), positives, interviewed)

    @classmethod
    def of_results(cls, campaign: Campaign, scope: Scope, sheets: list[Sheet],
                   positives: list[PositiveEntry]) -> Figures:
        counted = {code: 0 for code in campaign.scale_codes}
        for sheet in sheets:
            counted[sheet.scale_code] = counted.get(sheet.scale_code, 0) + 1
        interviewed = sum(1 for p in positives if p.interview is not None and p.interview.interviewed_on is not None)
        return cls(len(scope.students), tuple(counted.items()), len(positives), interviewed)

    def screened_text(self) -> str:
        if not self.screened:
            return f"0/{self.in_scope}"
        return " · ".join(f"{n}/{self.in_scope}" for _code, n in self.screened)


@dataclass(frozen=True)
class CampaignRow:
    """A campaign as the list shows it; ``figures`` None until known (a counsellor's list learns them
    when the campaign is opened)."""
    campaign: Campaign
    scales: str
    figures: Figures | None

    @property
    def id(self) -> int:
        return self.campaign.id


def scope_text(campaign: Campaign) -> str:
    parts = list(campaign.grades) + [class_text(c.grade, c.class_name) for c in campaign.classes]
    return listed(parts, items=True)


class CampaignsModel(RowsModel[CampaignRow]):
    NAME, SCALES, SCOPE, WINDOW, STATUS, SCREENED, POSITIVES, INTERVIEWED = range(8)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Campaign"), self.tr("Scales"), self.tr("Who"), self.tr("Window"), self.tr("Status"),
                self.tr("Screened / in scope"), self.tr("To interview"), self.tr("Interviewed"))

    def set_figures(self, campaign_id: int, figures: Figures) -> None:
        row = self.row_of(campaign_id)
        if row < 0 or self._rows[row].figures == figures:
            return
        old = self._rows[row]
        self._rows[row] = CampaignRow(old.campaign, old.scales, figures)
        self._keys = {}
        self.dataChanged.emit(self.index(row, self.SCREENED), self.index(row, self.INTERVIEWED))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        campaign = row.campaign
        if role == SORT_ROLE:
            if col == self.WINDOW:
                return campaign.starts_on.isoformat()
            if col == self.STATUS:
                return list(CampaignStatus).index(campaign.status)
            if col in (self.POSITIVES, self.INTERVIEWED):
                figures = row.figures
                return None if figures is None else (figures.positives if col == self.POSITIVES
                                                     else figures.interviewed)
            return self._text(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if campaign.status is CampaignStatus.CLOSED:
                return QBrush(QColor(QUIET_INK))
            if col == self.STATUS and campaign.status is CampaignStatus.OPEN:
                return QBrush(QColor(OK_INK))
        if role == Qt.ItemDataRole.ToolTipRole and row.figures is None and col >= self.SCREENED:
            return self.tr("Known once the campaign is opened below")
        return None

    def _text(self, row: CampaignRow, col: int) -> str:
        campaign, figures = row.campaign, row.figures
        if col == self.NAME:
            return campaign.name
        if col == self.SCALES:
            return row.scales
        if col == self.SCOPE:
            return scope_text(campaign)
        if col == self.WINDOW:
            return f"{campaign.starts_on.isoformat()} – {campaign.ends_on.isoformat()}"
        if col == self.STATUS:
            return label_of(campaign.status)
        if figures is None:
            return "—"
        if col == self.SCREENED:
            return figures.screened_text()
        return str(figures.positives if col == self.POSITIVES else figures.interviewed)


class SheetsModel(RowsModel[Sheet]):
    """The sheets of one scale: who, the total, the result, how and by whom entered."""
    STUDENT, NUMBER, CLASS, TOTAL, RESULT, ENTERED = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.students: dict[int, Student] = {}

    def set_sheets(self, sheets: list[Sheet], students: dict[int, Student]) -> None:
        self.students = students
        self.set_rows(sheets)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Student"), self.tr("Student no."), self.tr("Class"), self.tr("Total"), self.tr("Result"),
                self.tr("Entered"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        sheet, col = self._rows[index.row()], index.column()
        if role == SORT_ROLE:
            if col == self.TOTAL:
                return sheet.total
            if col == self.RESULT:
                return list(SheetState).index(sheet.state)
            return self._text(sheet, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(sheet, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.RESULT and sheet.state in STATE_INK:
            return QBrush(QColor(STATE_INK[sheet.state]))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, sheet: Sheet, col: int) -> str:
        student = self.students.get(sheet.client_id)
        if col == self.STUDENT:
            return student.name if student else f"#{sheet.client_id}"
        if col == self.NUMBER:
            return student.student_no if student else ""
        if col == self.CLASS:
            return class_text(student.grade, student.class_name) if student else ""
        if col == self.TOTAL:
            return number_text(sheet.total)
        if col == self.RESULT:
            return label_of(sheet.state)
        return f"{label_of(sheet.entered_how)} · {sheet.entered_by_name}"


class StudentsModel(RowsModel[Student]):
    """Students of a campaign without a sheet (or left out): name, number, class."""
    STUDENT, NUMBER, CLASS = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Student"), self.tr("Student no."), self.tr("Class"))

    def row_of(self, row_id) -> int:
        return next((i for i, s in enumerate(self._rows) if s.client_id == row_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        student, col = self._rows[index.row()], index.column()
        if col == self.STUDENT:
            return student.name
        if col == self.NUMBER:
            return student.student_no
        return class_text(student.grade, student.class_name)


def hits_text(entry: PositiveEntry, scale_names: dict[str, str]) -> str:
    """Which scale's rules put the student on the list, and with what value."""
    lang = screen_language()
    parts = []
    for sheet in entry.sheets:
        rules = listed(f"{hit_label(hit, lang)} ({number_text(hit.value)})" for hit in sheet.positive_hits)
        parts.append(f"{scale_names.get(sheet.scale_code, sheet.scale_code)}: {rules}" if rules
                     else scale_names.get(sheet.scale_code, sheet.scale_code))
    return " · ".join(parts)


class PositivesModel(RowsModel[PositiveEntry]):
    """The students to interview; a critical answer first and in red."""
    ALERT, STUDENT, NUMBER, CLASS, HITS, STATUS, INVITED, INTERVIEWED = range(8)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.scale_names: dict[str, str] = {}

    def set_entries(self, entries: list[PositiveEntry], scale_names: dict[str, str]) -> None:
        self.scale_names = scale_names
        self.set_rows(entries)

    def row_of(self, row_id) -> int:
        return next((i for i, e in enumerate(self._rows) if e.student.client_id == row_id), -1)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Critical"), self.tr("Student"), self.tr("Student no."), self.tr("Class"),
                self.tr("Why (rules that fired)"), self.tr("Follow-up"), self.tr("Invited"), self.tr("Interviewed"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, col = self._rows[index.row()], index.column()
        if role == SORT_ROLE:
            if col == self.ALERT:
                return 0 if entry.alert else 1
            if col == self.STATUS:
                return FOLLOW_UP_ORDER[entry.state]
            return self._text(entry, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in (self.ALERT, self.STUDENT) and entry.alert:
                return QBrush(QColor(ERROR_INK))
            if col == self.STATUS and entry.interview is not None and entry.interview.outcome is not None:
                return QBrush(QColor(QUIET_INK))
        if role == Qt.ItemDataRole.FontRole and col in (self.ALERT, self.STUDENT) and entry.alert:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == self.HITS:
            return self._text(entry, col)
        return None

    def _text(self, entry: PositiveEntry, col: int) -> str:
        student, interview = entry.student, entry.interview
        if col == self.ALERT:
            return self.tr("Critical answer") if entry.alert else ""
        if col == self.STUDENT:
            return student.name
        if col == self.NUMBER:
            return student.student_no
        if col == self.CLASS:
            return class_text(student.grade, student.class_name)
        if col == self.HITS:
            return hits_text(entry, self.scale_names)
        if col == self.STATUS:
            return label_of(entry.state)
        if col == self.INVITED:
            return interview.invited_on.isoformat() if interview else ""
        return interview.interviewed_on.isoformat() if interview and interview.interviewed_on else ""

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 8
