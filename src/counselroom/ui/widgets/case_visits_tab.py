"""The visit records tab of a case window: the case's visits, starting the next one, printing one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from counselroom.domain.cases import Case
from counselroom.domain.plural import plural
from counselroom.domain.visits import Visit
from counselroom.ui.models.case_visits_model import CaseVisitsModel
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy


class CaseVisitsTab(QWidget):
    """The case's visit records (written and signed on the Visit records page) and their buttons.

    The window says what the buttons do; ``show_visits`` fills the list.
    """

    def __init__(self, parent: QWidget, *, new_visit: Callable[[], object], print_visit: Callable[[], object],
                 save_visit: Callable[[], object]) -> None:
        super().__init__(parent)
        self.setObjectName("visitsTab")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(8)
        self.hint = hint_label("", self, "visitsHint")
        column.addWidget(self.hint)
        self.model = CaseVisitsModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("caseVisits", self.proxy, self, sort_column=CaseVisitsModel.NO)
        column.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.new_button = action_button(
            self, "newVisit", QCoreApplication.translate("CaseWindow", "New visit record"),
            QCoreApplication.translate(
                "CaseWindow", "Start this case's next visit record; it opens on the Visit records page to be "
                              "written and signed"), new_visit)
        row.addWidget(self.new_button)
        self.print_button = action_button(
            self, "printVisit", QCoreApplication.translate("CaseWindow", "Print visit record…"),
            QCoreApplication.translate("CaseWindow", "Print the selected visit record"), print_visit)
        self.save_button = action_button(
            self, "saveVisit", QCoreApplication.translate("CaseWindow", "Save as PDF…"),
            QCoreApplication.translate("CaseWindow", "Save the selected visit record as a PDF"), save_visit)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        column.addLayout(row)

    def show_visits(self, visits: list[Visit]) -> None:
        """List ``visits``, the latest selected; the hint says how many (or that there are none)."""
        self.model.set_rows(visits)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(col, self.table.columnWidth(col) + 16)
        if visits:
            self.hint.setText(plural(
                len(visits),
                QCoreApplication.translate(
                    "CaseWindow", "{count} visit record. Records are written and signed on the Visit records page."),
                QCoreApplication.translate(
                    "CaseWindow", "{count} visit records. Records are written and signed on the Visit records page."))
                .format(count=len(visits)))
            self.table.selectRow(self.proxy.rowCount() - 1)
        else:
            self.hint.setText(QCoreApplication.translate(
                "CaseWindow", "No visit records yet. They are written on the Visit records page."))
        self.table.setVisible(bool(visits))

    def selected_visit(self) -> Visit | None:
        return self.table.selected_record()

    def update_buttons(self, case: Case | None) -> None:
        """A new visit only in an open case; printing needs a selected visit."""
        loaded = case is not None
        self.new_button.setEnabled(case is not None and case.is_open)
        self.new_button.setToolTip(
            QCoreApplication.translate(
                "CaseWindow", "Start this case's next visit record; it opens on the Visit records page to be "
                              "written and signed") if case is None or case.is_open
            else QCoreApplication.translate("CaseWindow", "The case is closed: reopen it to record a new visit"))
        has_visit = loaded and self.selected_visit() is not None
        self.print_button.setEnabled(has_visit)
        self.save_button.setEnabled(has_visit)

    def clear(self) -> None:
        """Forget the visits (the records lock)."""
        self.model.clear()
        self.hint.clear()
