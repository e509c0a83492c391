"""Starting a psychological test in a case: which scale, and the day it is given."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QVBoxLayout, QWidget

from counselroom.domain.cases import Case
from counselroom.domain.scales import Scale, TestRecord
from counselroom.services.tests import TestService
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.qt_dates import py_date
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.hint_label import hint_label


class NewTestDialog(QDialog):
    """Choose the scale and the date; starts the draft (``started``) and closes, or shows why not."""

    def __init__(self, ctx: AppContext, case: Case, scales: list[Scale], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newTestDialog")
        self.setWindowTitle(self.tr("New test"))
        self.ctx = ctx
        self.case_id = case.id
        self.started: TestRecord | None = None
        layout = QVBoxLayout(self)
        intro = hint_label(self.tr("Choose the scale the client fills in. Before the answers are entered, explain the "
                                   "purpose and meaning of the test to the client."), self)
        layout.addWidget(intro)
        self.form = Form(self)
        layout.addWidget(self.form)
        self.scale = QComboBox(self)
        self.scale.setObjectName("newTestScale")
        for scale in scales:
            text = self.tr("{name} (version {version})").format(name=scale.name.get(ctx.language),
                                                                version=scale.version)
            self.scale.addItem(text, scale.code)
            self.scale.setItemData(self.scale.count() - 1, self.tr("{n} items").format(
                n=len(scale.definition.items)), Qt.ItemDataRole.ToolTipRole)
        self.form.add("scale", self.tr("Scale"), self.scale)
        self.administered_on = QDateEdit(self)
        self.administered_on.setObjectName("newTestDate")
        self.administered_on.setDisplayFormat("yyyy-MM-dd")
        self.administered_on.setCalendarPopup(True)
        today = ctx.session.today()
        self.administered_on.setDate(QDate(today.year, today.month, today.day))
        self.administered_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.form.add("administered_on", self.tr("Date administered"), self.administered_on)
        row, self.cancel_button, self.start_button = dialog_buttons(
            self, self.tr("Start"), self.start, action_name="startTest")
        layout.addLayout(row)
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def choose(self, code: str) -> None:
        self.scale.setCurrentIndex(max(0, self.scale.findData(code)))

    def start(self) -> None:
        code = self.scale.currentData()
        if code is None:
            return
        on: date = py_date(self.administered_on.date())
        case_id = self.case_id
        record = with_reason(self, lambda reason: TestService(self.ctx.session).start(case_id, code, on,
                                                                                      reason=reason),
                             self.form.show_error)
        if record is None:
            return
        self.started = record
        self.accept()

    def clear(self) -> None:
        self.started = None
