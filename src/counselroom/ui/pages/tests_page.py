"""Psychological tests (心理测验, R5): my open cases and my unsigned tests on the left, the chosen case's
tests (list, entry form, trend) on the right; the supervisor also keeps the scale library."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QSplitter, QWidget

from counselroom.domain.access import may_see_clinical
from counselroom.domain.scales import TestRecord
from counselroom.services.cases import CaseService
from counselroom.services.permissions import Permissions
from counselroom.services.session import Session
from counselroom.services.tests import TestService
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.scale_import_dialog import ScaleImportDialog
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import HINT_STYLE
from counselroom.ui.widgets.open_cases_list import (
    DRAFTS_SHOWN, ID_ROLE, OpenCases, OpenCasesList, gather_open_cases, more_drafts_item,
)
from counselroom.ui.widgets.tests_panel import TestsPanel

CASE_ROLE = Qt.ItemDataRole.UserRole + 2


class TestsPage(Page):
    __test__ = False   # not a pytest test class
    key = "tests"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._case_id: int | None = None
        layout = self.page_column(spacing=10)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setChildrenCollapsible(False)
        top, top_column, self.cases_list = self.titled_list(left, self.tr("My open cases"), "testCases")
        self.cases_list.currentItemChanged.connect(self._case_changed)
        self.open_cases = OpenCasesList(self.cases_list, top_column, top, self._filter_cases, "testCases")
        bottom, bcol, self.drafts_list = self.titled_list(left, self.tr("Tests awaiting signature"), "testDrafts")
        self.drafts_list.setToolTip(self.tr("Your unsigned tests: double-click to continue"))
        self.drafts_list.setWordWrap(True)
        self.drafts_list.itemActivated.connect(self._draft_activated)
        self.library_button = self.make_button(
            "scaleLibrary", self.tr("Scale library…"),
            self.tr("The scales in use, and importing the room's own licensed scales"), self.open_library)
        self.library_button.setVisible(Permissions(ctx.session).can_administer())
        bcol.addWidget(self.library_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(top)
        left.addWidget(bottom)
        left.setSizes([300, 200])

        self.panel = TestsPanel(ctx, self)
        self.panel.changed.connect(self._panel_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 820])
        layout.addWidget(splitter, 1)
        self.add_status_line(layout, "testsPageStatus", self._status_expired)
        self.status.setStyleSheet(HINT_STYLE)

    # -- Page -----------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Psychological tests")

    @classmethod
    def allowed_for(cls, user) -> bool:
        return may_see_clinical(user)

    def refresh(self) -> None:
        self._load_cases(follow_case=True)
        self._load_drafts()

    def clear_sensitive(self) -> None:
        self.close_dialogs()
        self.panel.clear()          # saves a ticked draft's answers first: the database is still open
        self._case_id = None
        self.open_cases.clear()
        self.drafts_list.clear()
        self._status_timer.stop()
        self.status.clear()

    # -- loading ---------------------------------------------------------------------------------
    def _load_cases(self, *, follow_case: bool = False) -> None:
        """My open cases, gathered off the GUI thread. ``follow_case``: the chosen case is shown
        again too (its tests may have changed elsewhere)."""
        text = self.open_cases.text()
        self.load(lambda session: gather_open_cases(session, text),
                  lambda found: self._show_cases(found, follow_case), slot="cases", failed=self.show_error)

    def _filter_cases(self) -> None:
        self._load_cases()

    def _show_cases(self, found: OpenCases, follow_case: bool) -> None:
        self.open_cases.fill(found, self._case_id)
        self._status_expired()
        if follow_case and self._case_id is not None:
            # Opening a case is audited (and may ask the supervisor why): that stays here.
            self._show_case(self._case_id)

    def _load_drafts(self) -> None:
        def gather(session: Session) -> tuple[list[TestRecord], int]:
            drafts = TestService(session).drafts()
            return drafts[:DRAFTS_SHOWN], len(drafts)

        self.load(gather, lambda found: self._show_drafts(*found), slot="drafts", failed=self.show_error)

    def _show_drafts(self, drafts: list[TestRecord], total: int) -> None:
        self.drafts_list.clear()
        for record in drafts:
            item = QListWidgetItem(self.tr("{name} · {date}\n{scale}").format(
                name=record.client_name, scale=record.scale_name.get(self.ctx.language),
                date=record.administered_on.isoformat()))
            item.setData(ID_ROLE, record.id)
            item.setData(CASE_ROLE, record.case_id)
            item.setToolTip(self.tr("Case no. {case_no}, started {date}").format(
                case_no=record.client_case_no, date=record.administered_on.isoformat()))
            self.drafts_list.addItem(item)
        if total > len(drafts):
            self.drafts_list.addItem(more_drafts_item(total - len(drafts)))
        if not drafts:
            item = QListWidgetItem(self.tr("No unsigned tests."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.drafts_list.addItem(item)

    def _status_expired(self) -> None:
        self.status.setStyleSheet(HINT_STYLE)
        if self.cases_list.count() == 0 and not self.open_cases.text():
            self.status.setText(self.tr("You have no open case. Tests are given within a case: open one on the "
                                        "Clients page."))
        elif self._case_id is None:
            self.status.setText(self.tr("Choose a case on the left to see its tests or start one."))
        else:
            self.status.clear()

    # -- choosing ----------------------------------------------------------------------------------
    def _case_changed(self, current, previous=None) -> None:
        case_id = current.data(ID_ROLE) if current is not None else None
        if case_id == self._case_id:
            return
        if not self.panel.confirm_leave():
            # Stay on the test with unsaved answers.
            self.cases_list.blockSignals(True)
            self.cases_list.setCurrentItem(previous)
            self.cases_list.blockSignals(False)
            return
        if case_id is None:
            self._case_id = None
            self.panel.clear()
            return
        self._show_case(case_id)

    def _show_case(self, case_id: int) -> bool:
        case = with_reason(self, lambda reason: CaseService(self.ctx.session).get(case_id, reason=reason),
                           self.show_error)
        if case is None:
            return False
        self._case_id = case.id
        self.panel.show_case(case)
        self._status_expired()
        return True

    def select_case(self, case_id: int) -> bool:
        """Choose the case in the list (or, not being one of mine, show it all the same)."""
        for row in range(self.cases_list.count()):
            if self.cases_list.item(row).data(ID_ROLE) == case_id:
                self.cases_list.setCurrentRow(row)
                return self._case_id == case_id
        if not self.panel.confirm_leave():
            return False
        self.cases_list.blockSignals(True)
        self.cases_list.setCurrentRow(-1)
        self.cases_list.blockSignals(False)
        return self._show_case(case_id)

    def _draft_activated(self, item: QListWidgetItem) -> None:
        test_id = item.data(ID_ROLE)
        if test_id is not None:
            self.open_test(item.data(CASE_ROLE), test_id)

    def open_test(self, case_id: int, test_id: int) -> bool:
        if self._case_id != case_id and not self.select_case(case_id):
            return False
        return self.panel.open_test(test_id)

    def _panel_changed(self) -> None:
        self._load_drafts()

    # -- the scale library (supervisor) ---------------------------------------------------------------
    def open_library(self) -> None:
        if not Permissions(self.ctx.session).can_administer():
            return
        self.open_dialog(ScaleImportDialog(self.ctx, self))
