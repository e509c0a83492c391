"""One case (个案) in its own window: overview, visit records, and the panels other features add."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from counselroom.domain.cases import Case
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.visits import Visit
from counselroom.services.cases import CaseService
from counselroom.services.deidentify import DeidentifyService
from counselroom.services.my_cases import case_labels
from counselroom.services.permissions import Permissions
from counselroom.services.visits import VisitService
from counselroom.ui.break_glass import with_reason
from counselroom.ui.case_printing import output_case_file, output_visit_record
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.case_assignment_dialogs import ReassignDialog, ShareDialog
from counselroom.ui.dialogs.case_dialogs import CloseCaseDialog, EditPlanDialog, case_title
from counselroom.ui.dialogs.deidentify_dialog import DeidentifyDialog
from counselroom.ui.labels import label_of
from counselroom.ui.messages import error_text
from counselroom.ui.open_dialogs import OpenDialogs
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.case_facts import CaseFacts
from counselroom.ui.widgets.case_panel import CasePanel
from counselroom.ui.widgets.case_visits_tab import CaseVisitsTab
from counselroom.ui.widgets.consent_panel import ConsentPanel
from counselroom.ui.widgets.contacts_panel import ContactsPanel
from counselroom.ui.widgets.crisis_panel import CrisisPanel
from counselroom.ui.widgets.referral_panel import ReferralPanel
from counselroom.ui.widgets.screening_history_panel import ScreeningHistoryPanel
from counselroom.ui.widgets.tests_panel import TestsPanel


class CaseWindow(QDialog):
    """A non-modal window for one case the caller has already opened (authorized).

    Other features add tabs with :meth:`add_panel`: a :class:`CasePanel` (``show_case(case)``,
    ``clear()`` and a ``changed`` signal).
    """

    case_changed = Signal(int)  # the case id, after anything about the case changed
    visit_opened = Signal(int)  # a visit record to continue on the Visit records page (its id)

    def __init__(self, ctx: AppContext, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = case
        self._case_id = case.id
        self._client_id = case.client_id
        self.client_name = ""
        self.case_no = ""
        self.counsellor_name = ""
        self._panels: list[CasePanel] = []
        self._open_dialogs = OpenDialogs(self, clear_on_close=True)
        self._dialogs = self._open_dialogs.items
        self.setObjectName("caseWindow")
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setMinimumSize(640, 480)
        self.resize(900, 660)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)

        # -- header -----------------------------------------------------------------------
        self.title_label = QLabel(self)
        self.title_label.setObjectName("caseTitle")
        self.title_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.title_label)
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("caseFacts")
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.facts_label)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)
        self._build_overview()
        self._build_visits()

        # -- bottom: outcome line, the whole file, close ------------------------------------------------
        self.status = QLabel(self)
        self.status.setObjectName("caseStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.print_file_button = action_button(self, "printCaseFile", self.tr("Print case file…"),
                                               self.tr("Print every case of this client you may open, with all "
                                                       "visit records, bound as one file (装订成册)"),
                                               self.print_case_file)
        self.save_file_button = action_button(self, "saveCaseFile", self.tr("Save case file as PDF…"),
                                              self.tr("Save the bound file as a PDF, e.g. to print it elsewhere"),
                                              self.save_case_file)
        self.deidentify_button = action_button(self, "deidentifyExport", self.tr("De-identified export…"),
                                               self.tr("The case without anything that identifies the client, "
                                                       "for supervision, teaching or research"),
                                               self.deidentify)
        self.deidentify_button.setVisible(DeidentifyService(ctx.session).may_prepare(case.id))
        self.close_button = action_button(self, "closeWindow", self.tr("Close"), self.tr("Close this window (Esc)"),
                                          self.reject)
        bottom.addWidget(self.print_file_button)
        bottom.addWidget(self.save_file_button)
        bottom.addWidget(self.deidentify_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)

        ctx.locked.connect(self._on_locked)
        self._show_case(case)
        self._load_visits()
        # The case's other records, each in its own tab.
        self.add_panel(self.tr("Crisis"), CrisisPanel(ctx, self))
        self.add_panel(self.tr("Referrals"), ReferralPanel(ctx, self))
        self.add_panel(self.tr("Family and school"), ContactsPanel(ctx, self))
        self.add_panel(self.tr("Consent"), ConsentPanel(ctx, self))
        self.add_panel(self.tr("Tests"), TestsPanel(ctx, self))
        self.add_panel(self.tr("Screening"), ScreeningHistoryPanel(ctx, self))


    # -- building the tabs -------------------------------------------------------------------------
    def _build_overview(self) -> None:
        page = QWidget(self.tabs)
        page.setObjectName("overviewTab")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(10)
        self.case_facts = CaseFacts(page)
        self.values = self.case_facts.values
        column.addWidget(self.case_facts, 1)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.edit_button = action_button(self, "editPlan", self.tr("Edit plan…"),
                                         self.tr("Change the reason, the presenting problem or the plan"),
                                         self.edit_plan)
        self.close_case_button = action_button(self, "closeCase", self.tr("Close case…"),
                                               self.tr("结案: closing summary and outcome evaluation"),
                                               self.close_case)
        self.reopen_button = action_button(self, "reopenCase", self.tr("Reopen"),
                                           self.tr("Open the case again to record new visits"), self.reopen_case)
        self.reassign_button = action_button(self, "reassignCase", self.tr("Reassign…"),
                                             self.tr("Give the case to another counsellor"), self.reassign)
        self.share_button = action_button(self, "shareCase", self.tr("Share…"),
                                          self.tr("Let other counsellors open this case, or stop it"), self.share)
        for button in (self.edit_button, self.close_case_button, self.reopen_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.reassign_button)
        row.addWidget(self.share_button)
        supervisor = Permissions(self.ctx.session).oversees_all_cases()
        self.reassign_button.setVisible(supervisor)
        self.share_button.setVisible(supervisor)
        column.addLayout(row)
        self.tabs.addTab(page, self.tr("Overview"))

    def _build_visits(self) -> None:
        tab = CaseVisitsTab(self.tabs, new_visit=self.new_visit, print_visit=self.print_visit,
                            save_visit=self.save_visit)
        self.visits_tab = tab
        self.visits_hint, self.visits_model, self.visits_proxy, self.visits_table = (
            tab.hint, tab.model, tab.proxy, tab.table)
        self.new_visit_button, self.print_visit_button, self.save_visit_button = (
            tab.new_button, tab.print_button, tab.save_button)
        self.visits_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.tabs.addTab(tab, self.tr("Visits"))

    # -- panels added by other features ---------------------------------------------------------------
    def add_panel(self, title: str, panel: CasePanel) -> None:
        """Add a tab; the panel is shown this case now and after every refresh, and cleared on lock."""
        self._panels.append(panel)
        self.tabs.addTab(panel, title)
        panel.changed.connect(self._panel_changed)
        if self.case is not None:
            panel.show_case(self.case)

    def _panel_changed(self, *_args) -> None:
        # A signed test or visit may have opened a crisis: the other tabs follow at once.
        source = self.sender()
        if self._reload_case():
            assert self.case is not None   # _reload_case() showed it
            for panel in self._panels:
                if panel is not source:
                    panel.show_case(self.case)
        self.case_changed.emit(self._case_id)

    # -- loading ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the case, its visits and the panels again."""
        if self._reload_case():
            self._load_visits()
            self._show_panels()

    def _reload_case(self) -> bool:
        case_id = self._case_id
        case = with_reason(self, lambda reason: CaseService(self.ctx.session).get(case_id, reason=reason),
                           self._warn)
        if case is None:
            return False
        self._show_case(case)
        return True

    def _show_panels(self) -> None:
        assert self.case is not None   # called once _show_case() has shown one
        for panel in self._panels:
            panel.show_case(self.case)

    def _names(self, case: Case) -> None:
        labels = case_labels(self.ctx.session, [case.id]).get(case.id)
        if labels is not None:
            self.client_name, self.case_no, _number = labels
        entry = next((e for e in CaseService(self.ctx.session).for_client(case.client_id) if e.case.id == case.id),
                     None)
        self.counsellor_name = entry.counsellor_name if entry is not None else ""

    def _show_case(self, case: Case) -> None:
        self.case = case
        try:
            self._names(case)
        except CounselRoomError as err:
            self._warn(err)
        title = case_title(self.client_name, case.number)
        self.setWindowTitle(self.tr("{case} — case window").format(case=title))
        self.title_label.setText(title)
        if case.is_open:
            status = label_of(case.status)
        else:
            status = self.tr("{status} on {date}").format(status=label_of(case.status),
                                                          date=case.closed_on.isoformat() if case.closed_on else "—")
        facts = self.tr("Case no. {case_no} · {status} · Counsellor: {counsellor} · Opened {date}").format(
            case_no=self.case_no or "—", status=status, counsellor=self.counsellor_name or "—",
            date=case.opened_on.isoformat())
        shared = self._shared_names()
        if shared:
            facts += "\n" + self.tr("Shared with: {names}").format(names=", ".join(shared))
        self.facts_label.setText(facts)
        self.facts_label.setStyleSheet(HINT_STYLE)

        self.case_facts.show_case(case, status)
        self._update_buttons()

    def _shared_names(self) -> list[str]:
        if not Permissions(self.ctx.session).oversees_all_cases() or self.case is None:
            return []
        try:
            return [name for _id, name in CaseService(self.ctx.session).shared_with(self.case.id)]
        except CounselRoomError:
            return []

    def _load_visits(self) -> None:
        case_id = self._case_id
        visits = with_reason(self, lambda reason: VisitService(self.ctx.session).for_case(case_id, reason=reason),
                             self._warn)
        self.visits_tab.show_visits(visits or [])
        self._update_buttons()

    def new_visit(self) -> None:
        """Start the next visit record and hand it to the Visit records page, where records are
        written (with autosave) and signed; this window closes so that page is in front."""
        case_id = self._case_id
        visit = with_reason(self, lambda reason: VisitService(self.ctx.session).start(case_id, reason=reason),
                            self._warn)
        if visit is None:
            return
        self.visit_opened.emit(visit.id)
        self.accept()

    def selected_visit(self) -> Visit | None:
        return self.visits_tab.selected_visit()

    def _update_buttons(self, *_args) -> None:
        case = self.case
        loaded = case is not None
        self.edit_button.setEnabled(loaded)
        self.close_case_button.setVisible(case is None or case.is_open)
        self.close_case_button.setEnabled(loaded)
        self.reopen_button.setVisible(case is not None and not case.is_open)
        self.reassign_button.setEnabled(loaded)
        self.share_button.setEnabled(loaded)
        self.visits_tab.update_buttons(case)
        self.print_file_button.setEnabled(loaded)
        self.save_file_button.setEnabled(loaded)
        self.deidentify_button.setEnabled(loaded)

    # -- outcomes ---------------------------------------------------------------------------------
    def show_done(self, text: str) -> None:
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(text)

    def _warn(self, err: CounselRoomError) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(err))
        QMessageBox.warning(self, self.windowTitle(), error_text(err))

    def _changed(self, case: Case, text: str, *, panels: bool = True) -> None:
        self._show_case(case)
        if panels:
            self._show_panels()
        self.show_done(text)
        self.case_changed.emit(case.id)

    # -- dialogs this window opens ------------------------------------------------------------------
    def _open_dialog(self, dialog: QDialog) -> None:
        self._open_dialogs.open(dialog)

    def _close_dialogs(self) -> None:
        self._open_dialogs.close_all()

    # -- the overview's actions ---------------------------------------------------------------------
    def edit_plan(self) -> None:
        if self.case is None:
            return
        dialog = EditPlanDialog(self.ctx.session, self.case, self.client_name, self)
        dialog.accepted.connect(self._plan_saved)
        self._open_dialog(dialog)

    def _plan_saved(self) -> None:
        case = getattr(self.sender(), "saved_case", None)
        if case is not None:
            self._changed(case, self.tr("Plan saved."))

    def close_case(self) -> None:
        if self.case is None:
            return
        dialog = CloseCaseDialog(self.ctx.session, self.case, self.client_name, self)
        dialog.accepted.connect(self._case_closed)
        self._open_dialog(dialog)

    def _case_closed(self) -> None:
        case = getattr(self.sender(), "closed_case", None)
        if case is not None:
            self._changed(case, self.tr("Case closed."))

    def reopen_case(self) -> None:
        if self.case is None or self.case.is_open:
            return
        answer = QMessageBox.question(
            self, self.tr("Reopen case"),
            self.tr("Reopen {case}? New visit records can then be written. The closing summary is kept "
                    "and offered again when the case is closed.").format(
                case=case_title(self.client_name, self.case.number)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        case_id = self._case_id
        case = with_reason(self, lambda reason: CaseService(self.ctx.session).reopen(case_id, reason=reason),
                           self._warn)
        if case is not None:
            self._changed(case, self.tr("Case reopened."))

    def reassign(self) -> None:
        if self.case is None:
            return
        dialog = ReassignDialog(self.ctx.session, self.case, self.client_name, self.counsellor_name, self)
        dialog.accepted.connect(self._reassigned)
        self._open_dialog(dialog)

    def _reassigned(self) -> None:
        case = getattr(self.sender(), "saved_case", None)
        if case is None:
            return
        # Not re-read through the access check: the case may no longer be the supervisor's own,
        # and nothing but the counsellor changed.
        self._changed(case, "", panels=False)
        self.show_done(self.tr("Case reassigned to {name}.").format(name=self.counsellor_name))

    def share(self) -> None:
        if self.case is None:
            return
        dialog = ShareDialog(self.ctx.session, self.case, self.client_name, self)
        dialog.changed.connect(self._sharing_changed)
        self._open_dialog(dialog)

    def _sharing_changed(self) -> None:
        if self.case is not None:
            self._changed(self.case, self.tr("Sharing changed."), panels=False)

    # -- printing ---------------------------------------------------------------------------------
    def print_visit(self) -> None:
        self._visit_output("print")

    def save_visit(self) -> None:
        self._visit_output("pdf")

    def _visit_output(self, how: str) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        try:
            done = output_visit_record(self.ctx, self, visit, self.client_name, self.case_no, how, self._warn)
        except CounselRoomError as err:
            self._warn(err)
            return
        if done is None:
            return
        if how == "print":
            self.show_done(self.tr("Visit record {no} sent to the printer.").format(no=visit.session_no))
        else:
            self.show_done(self.tr("Visit record {no} saved to {path}.").format(no=visit.session_no, path=done))

    def print_case_file(self) -> None:
        self._file_output("print")

    def save_case_file(self) -> None:
        self._file_output("pdf")

    def _file_output(self, how: str) -> None:
        if self.case is None:
            return
        try:
            done = output_case_file(self.ctx, self, self._client_id, self.client_name, self.case_no, how, self._warn)
        except CounselRoomError as err:
            self._warn(err)
            return
        if done is None:
            return
        if how == "print":
            self.show_done(self.tr("Case file sent to the printer."))
        else:
            self.show_done(self.tr("Case file saved to {path}.").format(path=done))

    def deidentify(self) -> None:
        if self.case is not None:
            self._open_dialog(DeidentifyDialog(self.ctx, self._case_id, self))

    # -- lock -----------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget everything that came from the records (the window is closing on lock)."""
        self._close_dialogs()
        self.case = None
        self.client_name = self.case_no = self.counsellor_name = ""
        self.setWindowTitle(self.tr("Case"))
        self.title_label.clear()
        self.facts_label.clear()
        self.case_facts.clear()
        self.visits_tab.clear()
        self.status.clear()
        for panel in self._panels:
            panel.clear()
        self._update_buttons()

    def _on_locked(self) -> None:
        self.clear()
        self.reject()

    @property
    def case_id(self) -> int:
        return self._case_id

    @property
    def client_id(self) -> int:
        return self._client_id
