"""The activities log as a table: day, kind, title, audience, attendance, 课时, who ran it, files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from counselroom.domain.activities import Activity
from counselroom.ui.labels import label_of
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel


def audience_text(activity: Activity) -> str:
    """'班级 · 初二(3)班', or the audience alone when no words were given."""
    kind = label_of(activity.audience)
    if not activity.audience_detail:
        return kind
    return QCoreApplication.translate("ActivityLabels", "{audience} · {detail}").format(
        audience=kind, detail=activity.audience_detail)


def presenters_text(activity: Activity) -> str:
    """The room's staff who ran it, then the outside presenter."""
    names = [*activity.presenter_names, *([activity.outside_presenter] if activity.outside_presenter else [])]
    return QCoreApplication.translate("ActivityLabels", ", ").join(names)


def attendance_text(activity: Activity) -> str:
    return "—" if activity.attendance is None else str(activity.attendance)


class ActivitiesModel(RowsModel[Activity]):
    DATE, KIND, TITLE, AUDIENCE, ATTENDANCE, LESSONS, PRESENTERS, FILES = range(8)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Kind"), self.tr("Title"), self.tr("Audience"), self.tr("Attended"),
                self.tr("Periods"), self.tr("Run by"), self.tr("Files"))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {self.ATTENDANCE: self.tr("How many took part (— not counted)"),
                    self.LESSONS: self.tr("Length in class periods (课时)"),
                    self.FILES: self.tr("Plans, sign-in sheets and other files kept with the entry")}.get(section)
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        activity, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(activity, col)
        if role == SORT_ROLE:
            if col == self.DATE:
                return f"{activity.held_on.isoformat()}#{activity.id:010d}"
            if col == self.ATTENDANCE:
                return activity.attendance
            if col == self.LESSONS:
                return activity.lessons
            if col == self.FILES:
                return len(activity.files)
            return self._text(activity, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.ATTENDANCE, self.LESSONS, self.FILES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.TITLE, self.AUDIENCE, self.PRESENTERS):
            return self._text(activity, col)
        return None

    def _text(self, activity: Activity, col: int) -> str:
        if col == self.DATE:
            return activity.held_on.isoformat()
        if col == self.KIND:
            return label_of(activity.kind)
        if col == self.TITLE:
            return activity.title
        if col == self.AUDIENCE:
            return audience_text(activity)
        if col == self.ATTENDANCE:
            return attendance_text(activity)
        if col == self.LESSONS:
            return str(activity.lessons) if activity.lessons else "—"
        if col == self.PRESENTERS:
            return presenters_text(activity)
        return str(len(activity.files)) if activity.files else ""
