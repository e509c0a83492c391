"""The test-materials register as tables (测验材料, R6): the materials, the hand-outs out now, and one
material's movements."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from counselroom.domain.materials import Discrepancy, DiscrepancyKind, HandOut, Material, Movement, MovementKind
from counselroom.domain.plural import plural
from counselroom.ui import styles
from counselroom.ui.labels import label_of
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.widgets.crisis_panel import local_text

WARNING_INK = QColor(styles.ERROR_INK)
QUIET_INK = QColor(styles.QUIET_INK)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else ("−" + str(-value) if value < 0 else "0")


def discrepancy_text(item: Discrepancy, today: date) -> str:
    """One sentence per problem, for the page and (later) the closing checklist."""
    if item.kind is DiscrepancyKind.COUNT:
        return QCoreApplication.translate(
            "MaterialsPage", "{name}: {on_hand} in the cabinet + {out} out = {sum}, but the recorded total is "
            "{total}. Count the cabinet; the supervisor corrects the count.").format(
            name=item.material_name, on_hand=item.on_hand, out=item.out, sum=item.on_hand + item.out,
            total=item.total)
    if item.kind is DiscrepancyKind.HISTORY:
        return QCoreApplication.translate(
            "MaterialsPage", "{name}: the recorded counts ({on_hand} in the cabinet, {total} in all) differ from "
            "what the movements add up to ({expected_on_hand}, {expected_total}); they were changed outside "
            "CounselRoom.").format(
            name=item.material_name, on_hand=item.on_hand, total=item.total,
            expected_on_hand=item.expected_on_hand, expected_total=item.expected_total)
    handout = item.handout
    return QCoreApplication.translate(
        "MaterialsPage", "{name}: {out} taken by {who} on {day} not back; days out: {days}.").format(
        name=item.material_name, out=item.out, who=handout.staff_name if handout else "",
        day=handout.taken_on().isoformat() if handout else "", days=handout.days_out(today) if handout else 0)


class MaterialsModel(RowsModel):
    NAME, SCALE, KIND, ON_HAND, OUT, TOTAL, CHECK, LOCATION = range(8)

    def __init__(self, today: date, parent=None) -> None:
        super().__init__(parent)
        self.problems_by_material: dict[int, list[Discrepancy]] = {}
        self.today = today

    def set_materials(self, materials: list[Material], problems: list[Discrepancy], today: date) -> None:
        self.today = today
        self.problems_by_material = {}
        for item in problems:
            self.problems_by_material.setdefault(item.material_id, []).append(item)
        self.set_rows(materials)

    def clear(self) -> None:
        self.problems_by_material = {}
        super().clear()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Scale"), self.tr("Kind"), self.tr("In the cabinet"), self.tr("Out now"),
                self.tr("Total"), self.tr("Check"), self.tr("Kept in"))

    def problem(self, material: Material) -> bool:
        return bool(self.problems_by_material.get(material.id))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(m, col)
        if role == SORT_ROLE:
            if col in (self.ON_HAND, self.OUT, self.TOTAL):
                return (m.on_hand, m.out, m.total)[col - self.ON_HAND]
            if col == self.CHECK:
                return len(self.problems_by_material.get(m.id, ()))
            return self._text(m, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.ON_HAND, self.OUT, self.TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.CHECK:
                return QBrush(WARNING_INK if self.problem(m) else QUIET_INK)
            if col == self.ON_HAND and m.on_hand == 0:
                return QBrush(WARNING_INK)
        if role == Qt.ItemDataRole.FontRole and col == self.CHECK and self.problem(m):
            return _bold()
        if role == Qt.ItemDataRole.DecorationRole and col == self.CHECK and self.problem(m):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.CHECK and self.problem(m):
                return "\n".join(discrepancy_text(d, self.today) for d in self.problems_by_material[m.id])
            if col == self.ON_HAND and m.on_hand == 0:
                return self.tr("None left in the cabinet")
            if col == self.NAME and m.note:
                return m.note
        return None

    def _text(self, m: Material, col: int) -> str:
        if col == self.NAME:
            return m.name
        if col == self.SCALE:
            return m.scale_code
        if col == self.KIND:
            return label_of(m.kind)
        if col == self.ON_HAND:
            return str(m.on_hand)
        if col == self.OUT:
            return str(m.out) if m.out else ""
        if col == self.TOTAL:
            return str(m.total)
        if col == self.LOCATION:
            return m.location
        kinds = {d.kind for d in self.problems_by_material.get(m.id, ())}
        if DiscrepancyKind.COUNT in kinds or DiscrepancyKind.HISTORY in kinds:
            return self.tr("Does not add up")
        if DiscrepancyKind.OVERDUE in kinds:
            return self.tr("Overdue")
        return self.tr("OK")


class OutstandingModel(RowsModel):
    MATERIAL, WHO, TAKEN, OUT, PURPOSE, DAYS = range(6)

    def __init__(self, today: date, parent=None) -> None:
        super().__init__(parent)
        self.today = today

    def set_handouts(self, handouts: list[HandOut], today: date) -> None:
        self.today = today
        self.set_rows(handouts)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Material"), self.tr("Taken by"), self.tr("Taken at"), self.tr("Still out"), self.tr("For"),
                self.tr("Out for"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        h, col = self._rows[index.row()], index.column()
        overdue = h.overdue(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(h, col)
        if role == SORT_ROLE:
            if col in (self.TAKEN, self.DAYS):
                return h.taken_at.isoformat()
            if col == self.OUT:
                return h.outstanding
            return self._text(h, col)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(WARNING_INK)
        if role == Qt.ItemDataRole.FontRole and overdue and col == self.DAYS:
            return _bold()
        if role == Qt.ItemDataRole.DecorationRole and overdue and col == self.DAYS:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return self.tr("Test materials come back the day they are taken. Take them back, or the supervisor "
                               "writes off what will not come back.")
            if col == self.OUT and (h.back or h.used or h.missing):
                return self.tr("{count} handed out: {back} back, {used} used up, {missing} missing").format(
                    count=h.count, back=h.back, used=h.used, missing=h.missing)
        return None

    def _text(self, h: HandOut, col: int) -> str:
        if col == self.MATERIAL:
            return h.material_name
        if col == self.WHO:
            return h.staff_name
        if col == self.TAKEN:
            return local_text(h.taken_at)
        if col == self.OUT:
            if h.outstanding == h.count:
                return str(h.count)
            return self.tr("{out} of {count}").format(out=h.outstanding, count=h.count)
        if col == self.PURPOSE:
            return h.purpose
        days = h.days_out(self.today)
        return self.tr("Today") if days == 0 else plural(days, self.tr("{n} day"), self.tr("{n} days")).format(n=days)


class MovementsModel(RowsModel):
    WHEN, WHAT, COPIES, CABINET, TOTAL, WHO, BY, WHY = range(8)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("What"), self.tr("Copies"), self.tr("Cabinet"), self.tr("Total"),
                self.tr("Taken by"), self.tr("Recorded by"), self.tr("Reason or purpose"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        mv, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(mv, col)
        if role == SORT_ROLE:
            if col == self.WHEN:
                return mv.id
            if col in (self.CABINET, self.TOTAL):
                return mv.delta_on_hand if col == self.CABINET else mv.delta_total
            return self._text(mv, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.CABINET, self.TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.WHAT and mv.kind in (
                MovementKind.WRITTEN_OFF, MovementKind.MISSING, MovementKind.CORRECTED):
            return QBrush(WARNING_INK)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.WHY:
            return mv.reason or mv.purpose or None
        return None

    def _text(self, mv: Movement, col: int) -> str:
        if col == self.WHEN:
            return local_text(mv.recorded_at)
        if col == self.WHAT:
            return label_of(mv.kind)
        if col == self.COPIES:
            if mv.kind is MovementKind.RETURNED and mv.used:
                return self.tr("{back} back, {used} used up").format(back=mv.count, used=mv.used)
            if mv.kind is MovementKind.CORRECTED:
                return self.tr("counted {count}").format(count=mv.count)
            return str(mv.count)
        if col == self.CABINET:
            return _signed(mv.delta_on_hand) if mv.delta_on_hand else ""
        if col == self.TOTAL:
            return _signed(mv.delta_total) if mv.delta_total else ""
        if col == self.WHO:
            return mv.staff_name
        if col == self.BY:
            return mv.recorded_by_name
        return mv.reason or mv.purpose
