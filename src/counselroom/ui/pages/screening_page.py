"""Screening campaigns (心理普查, R19, issue 17 §1): the campaigns, and the chosen one in tabs: its
overview (who, the notice, who is left out, progress), its answer sheets (who is screened, who not
yet; typing paper sheets, importing a file), the students to interview (critical answers first) with
their invitations, interviews and outcomes, and, for the supervisor, the exact summary.

Both the list and the campaign are read on a worker. Reading a campaign's sheets and its students to
interview is audited by the service (as test results are), so that load uses an auditing reader. The
supervisor sets campaigns up, opens and closes them; counsellors enter sheets and interview.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QScrollArea, QSplitter, QTabWidget,
    QVBoxLayout, QWidget,
)

from counselroom.domain.access import may_see_clinical
from counselroom.domain.care_register import LevelWording
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.plural import plural
from counselroom.domain.scale_definition import abbreviation
from counselroom.domain.screening import (
    Campaign, CampaignStatus, InterviewOutcome, PositiveEntry, Scope, Sheet, Student,
)
from counselroom.services.care_register import CareRegisterService
from counselroom.services.permissions import Permissions
from counselroom.services.scales import ScaleService
from counselroom.services.screening import ScreeningService, ScreeningSummary
from counselroom.services.screening_import import ScreeningImportService, Typing
from counselroom.services.session import Session
from counselroom.services.staff_directory import clinicians
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.campaign_dialog import CampaignDialog, student_text
from counselroom.ui.dialogs.interview_dialog import (
    CaseOutcomeDialog, InterviewDialog, InviteDialog, OutcomeDialog, RegisterOutcomeDialog,
)
from counselroom.ui.dialogs.screening_entry_dialog import ScreeningEntryDialog
from counselroom.ui.labels import label_of, listed, screen_language
from counselroom.ui.models.screening_models import CampaignRow, CampaignsModel, Figures, scope_text
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import CARD_BOX, HINT_STYLE
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy
from counselroom.ui.widgets.screening_tabs import PositivesTab, SheetsTab, SummaryTab

#: Built by other parts of the work; their buttons show only once the module is there.
IMPORT_DIALOG = ("counselroom.ui.dialogs.screening_import_dialog", "ScreeningImportDialog")
SUMMARY_EXPORT = ("counselroom.ui.screening_summary_export", "export_summary")
LIST_HEIGHT = 150       # pixels: the campaigns' list over the chosen campaign
NAMES_SHOWN = 12        # left-out students named in the overview; the rest counted


def optional(module: str, name: str) -> Callable[..., object] | None:
    """``module.name`` if that module exists, else None (a missing module hides its button; an error
    inside one that exists is not hidden)."""
    if importlib.util.find_spec(module) is None:
        return None
    return getattr(importlib.import_module(module), name, None)


def scale_names(session: Session, campaigns: list[Campaign]) -> dict[str, str]:
    """Scale code → its short name on screen (e.g. "PHQ-9"), of the exact scales the campaigns use."""
    lang = screen_language()
    library = ScaleService(session)
    names = {}
    for chosen in {s for c in campaigns for s in c.scales}:
        name = library.get_by_id(chosen.scale_id).definition.name.get(lang)
        names[chosen.code] = abbreviation(name, chosen.code)
    return names


@dataclass(frozen=True)
class CampaignDetail:
    """One campaign as its tabs show it, gathered off the GUI thread."""
    campaign: Campaign
    scope: Scope
    sheets: list[Sheet]
    positives: list[PositiveEntry]
    summary: ScreeningSummary | None
    scale_names: dict[str, str]
    people: dict[int, str]
    wording: LevelWording

    @property
    def figures(self) -> Figures:
        if self.summary is not None:
            return Figures.of_summary(self.summary)
        return Figures.of_results(self.campaign, self.scope, self.sheets, self.positives)


def gather_campaigns(session: Session) -> list[CampaignRow]:
    service = ScreeningService(session)
    campaigns = service.campaigns()
    names = scale_names(session, campaigns)
    exact = Permissions(session).can_administer()
    return [CampaignRow(c, listed((names.get(code, code) for code in c.scale_codes), items=True),
                        Figures.of_summary(service.summary(c.id)) if exact else None) for c in campaigns]


def gather_campaign(session: Session, campaign_id: int) -> CampaignDetail:
    service = ScreeningService(session)
    campaign = service.get(campaign_id)
    summary = service.summary(campaign_id) if Permissions(session).can_administer() else None
    return CampaignDetail(campaign, service.students_in_scope(campaign_id), service.results(campaign_id),
                          service.positives(campaign_id), summary, scale_names(session, [campaign]), dict(clinicians(session)),
                          CareRegisterService(session).level_wording())


class ScreeningPage(Page):
    key = "screening"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._runs = Permissions(ctx.session).can_administer()
        self._detail: CampaignDetail | None = None
        self._import_dialog = optional(*IMPORT_DIALOG)
        self._export_summary = optional(*SUMMARY_EXPORT)
        layout = self.page_column(spacing=10)
        layout.addWidget(hint_label(self.tr(
            "School-wide screening: a scale for the students of some grades or classes, every positive invited "
            "to an interview and followed to an outcome. A screened student needs no case; results are as "
            "confidential as test results."), self, "screeningIntro"))
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.new_button = self.make_button("newCampaign", self.tr("New campaign…"),
                                           self.tr("Set up a campaign: scales, grades and classes, window, notice"),
                                           self.new_campaign)
        self.new_button.setVisible(self._runs)
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("screeningSplitter")
        self.splitter.setChildrenCollapsible(False)
        top = QWidget(self.splitter)
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        self.model = CampaignsModel(self)
        self.table = RecordTable("campaignsTable", sorted_proxy(self.model, self), top,
                                 sort_column=CampaignsModel.WINDOW, order=Qt.SortOrder.DescendingOrder, row_height=28)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        top_column.addWidget(self.table, 1)
        self.empty_hint = hint_label("", top, "campaignsEmpty")
        self.empty_hint.hide()
        top_column.addWidget(self.empty_hint)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self._detail_box())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        # A few campaigns a year: the list needs a few rows, the chosen campaign the rest.
        self.splitter.setSizes([LIST_HEIGHT, 3 * LIST_HEIGHT])
        layout.addWidget(self.splitter, 1)
        self.add_status_line(layout, "screeningStatus", self.status_clear)
        self._show_detail(None)

    # -- building ----------------------------------------------------------------------------------
    def _detail_box(self) -> QWidget:
        box = QWidget(self.splitter)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(6)
        self.heading = QLabel(box)
        self.heading.setObjectName("campaignHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.heading)
        self.tabs = QTabWidget(box)
        self.tabs.setObjectName("campaignTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._overview_tab(), self.tr("Overview"))
        self.sheets_tab = SheetsTab(self.tabs)
        self.sheets_tab.type_button.clicked.connect(self.type_sheets)
        self.sheets_tab.import_button.clicked.connect(self.import_sheets)
        self.sheets_tab.import_button.setVisible(self._import_dialog is not None)
        self.tabs.addTab(self.sheets_tab, self.tr("Answer sheets"))
        self.positives_tab = PositivesTab(self.tabs)
        self.positives_tab.table.selectionModel().selectionChanged.connect(self._positive_changed)
        self.positives_tab.table.activated.connect(lambda _index: self._next_step())
        buttons = self.positives_tab.buttons
        self.invite_button = self.make_button("inviteStudent", self.tr("Invite…"),
                                              self.tr("Record that the student was invited to an interview"),
                                              self.invite)
        self.interview_button = self.make_button("recordInterview", self.tr("Record interview…"),
                                                 self.tr("The day of the interview and what was found"),
                                                 self.record_interview)
        self.outcome_button = self.make_button("recordOutcome", self.tr("Record outcome…"),
                                               self.tr("No concern, a counselling case, or the attention register"),
                                               self.record_outcome)
        for button in (self.invite_button, self.interview_button, self.outcome_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.tabs.addTab(self.positives_tab, self.tr("To interview"))
        self.summary_tab = SummaryTab(self.tabs)
        self.summary_tab.export_button.clicked.connect(self.export_summary)
        self.summary_tab.export_button.setVisible(self._export_summary is not None)
        if self._runs:
            self.tabs.addTab(self.summary_tab, self.tr("Summary"))
        else:
            self.summary_tab.hide()
        column.addWidget(self.tabs, 1)
        self.no_campaign = hint_label("", box, "noCampaign")
        column.addWidget(self.no_campaign)
        return box

    def _overview_tab(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setObjectName("overviewTab")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        host = QWidget(scroll)
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 8, 8, 0)
        column.setSpacing(8)
        card = QFrame(host)
        card.setObjectName("overviewCard")
        card.setStyleSheet(f"#overviewCard {{ {CARD_BOX} }}")
        facts = QFormLayout(card)
        facts.setContentsMargins(14, 10, 14, 10)
        facts.setHorizontalSpacing(14)
        facts.setVerticalSpacing(6)
        self.facts: dict[str, QLabel] = {}
        for key, title in (("status", self.tr("Status")), ("window", self.tr("Window")), ("scales", self.tr("Scales")),
                           ("scope", self.tr("Who")), ("progress", self.tr("Progress")),
                           ("follow_up", self.tr("Follow-up")), ("notice", self.tr("Notice given")),
                           ("excluded", self.tr("Excluded")), ("opted_out", self.tr("Opted out by parents")),
                           ("set_up", self.tr("Set up by"))):
            name = QLabel(title, card)
            name.setStyleSheet(HINT_STYLE + " border: none;")
            value = QLabel(card)
            value.setObjectName(f"fact_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("border: none;")
            facts.addRow(name, value)
            self.facts[key] = value
        column.addWidget(card)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.edit_button = self.make_button("editCampaign", self.tr("Change…"),
                                            self.tr("Change the campaign: who, window, notice, who is left out"),
                                            self.edit_campaign)
        self.open_button = self.make_button("openCampaign", self.tr("Open campaign"),
                                            self.tr("Start entering answer sheets (needs the notice)"),
                                            self.open_campaign)
        self.close_button = self.make_button("closeCampaign", self.tr("Close campaign"),
                                             self.tr("No more answer sheets; interviews and outcomes go on"),
                                             self.close_campaign)
        for button in (self.edit_button, self.open_button, self.close_button):
            button.setVisible(self._runs)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        scroll.setWidget(host)
        return scroll

    # -- Page -------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Screening")

    @classmethod
    def allowed_for(cls, user) -> bool:
        # R16: results are clinical; assistants take no part, not even typing sheets in.
        return may_see_clinical(user)

    def refresh(self) -> None:
        self._load_list()

    def clear_sensitive(self) -> None:
        self.close_dialogs()
        self.model.clear()
        self._show_detail(None)
        self.status.clear()
        self.empty_hint.hide()

    def status_clear(self) -> None:
        self.status.clear()

    # -- loading ----------------------------------------------------------------------------------
    def _load_list(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        self.load(gather_campaigns, partial(self._show_list, keep), slot="campaigns")

    def _show_list(self, select_id: int | None, rows: list[CampaignRow]) -> None:
        # A counsellor's list learns a campaign's figures when it is opened: keep those already learnt.
        shown = (self.model.row_at(i) for i in range(self.model.rowCount()))
        known = {r.id: r.figures for r in shown if r.figures is not None} if not self._runs else {}
        self.model.set_rows([r if r.figures is not None or r.id not in known else
                             CampaignRow(r.campaign, r.scales, known[r.id]) for r in rows])
        self._fit_list()
        self.empty_hint.setVisible(not rows)
        self.empty_hint.setText(self.tr("No screening campaign yet. The supervisor sets one up with New campaign….")
                                if not rows else "")
        if select_id is None or not self.table.select_record(select_id):
            if not self.table.select_given_row(0):
                self._show_detail(None)
        else:
            self._load_campaign()

    def _fit_list(self) -> None:
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CampaignsModel.NAME, QHeaderView.ResizeMode.Stretch)

    def selected_row(self) -> CampaignRow | None:
        return self.table.selected_record()

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def select_campaign(self, campaign_id: int) -> bool:
        return self.table.select_record(campaign_id)

    def _selection_changed(self, *_args) -> None:
        self._load_campaign()

    def _load_campaign(self) -> None:
        campaign_id = self.selected_id()
        if campaign_id is None:
            self._show_detail(None)
            return
        self.load(lambda session: gather_campaign(session, campaign_id), self._show_detail, slot="campaign",
                  audits=True)

    # -- the campaign -----------------------------------------------------------------------------
    def _show_detail(self, detail: CampaignDetail | None) -> None:
        self._detail = detail
        self.tabs.setVisible(detail is not None)
        self.heading.setVisible(detail is not None)
        self.no_campaign.setVisible(detail is None)
        if detail is None:
            self.no_campaign.setText(self.tr("Choose a campaign to see it.") if self.model.rowCount() else "")
            self.heading.clear()
            for value in self.facts.values():
                value.clear()
            self.sheets_tab.clear()
            self.positives_tab.clear()
            self.summary_tab.clear()
            self._update_buttons()
            return
        campaign = detail.campaign
        self.heading.setText(f"{campaign.name} · {label_of(campaign.status)}")
        self.model.set_figures(campaign.id, detail.figures)
        self._show_overview(detail)
        names = [(code, detail.scale_names.get(code, code)) for code in campaign.scale_codes]
        self.sheets_tab.show_sheets(names, detail.sheets, list(detail.scope.students))
        open_ = campaign.status is CampaignStatus.OPEN
        self.sheets_tab.closed_hint.setVisible(not open_)
        self.sheets_tab.closed_hint.setText(
            self.tr("Answer sheets can be entered while the campaign is open.") if campaign.status
            is CampaignStatus.DRAFT else self.tr("The campaign is closed: no more answer sheets."))
        self.positives_tab.show_entries(detail.positives, detail.scale_names)
        if detail.summary is not None:
            self.summary_tab.show_summary(detail.summary)
        self._positive_changed()

    def _show_overview(self, detail: CampaignDetail) -> None:
        campaign, figures = detail.campaign, detail.figures
        facts = self.facts
        status = label_of(campaign.status)
        if campaign.opened_at is not None:
            status += self.tr(" · opened {day}").format(day=campaign.opened_at.astimezone().date().isoformat())
        if campaign.closed_at is not None:
            status += self.tr(" · closed {day}").format(day=campaign.closed_at.astimezone().date().isoformat())
        facts["status"].setText(status)
        facts["window"].setText(f"{campaign.starts_on.isoformat()} – {campaign.ends_on.isoformat()}")
        facts["scales"].setText(listed((detail.scale_names.get(c, c) for c in campaign.scale_codes), items=True))
        # A closed campaign counts the roll it kept when it closed, not today's roster.
        scope_words = (self.tr("{scope}: {n} students on its roll when it closed")
                       if campaign.status is CampaignStatus.CLOSED else self.tr("{scope}: {n} students on the roster"))
        facts["scope"].setText(scope_words.format(scope=scope_text(campaign), n=len(detail.scope.students)))
        facts["progress"].setText("\n".join(
            self.tr("{scale}: {done} of {all} screened").format(scale=detail.scale_names.get(code, code), done=n,
                                                                all=figures.in_scope)
            for code, n in figures.screened) or "—")
        follow = plural(figures.positives, self.tr("{n} student to interview"),
                        self.tr("{n} students to interview")).format(n=figures.positives)
        alerts = sum(p.alert for p in detail.positives)
        facts["follow_up"].setText(self.tr("{follow}, {alerts} with a critical answer; {done} interviewed").format(
            follow=follow, alerts=alerts, done=figures.interviewed))
        facts["notice"].setText(campaign.notice or self.tr("(not entered yet: needed before the campaign opens)"))
        facts["excluded"].setText(self._names(detail.scope.excluded))
        facts["opted_out"].setText(self._names(detail.scope.opted_out))
        facts["set_up"].setText(f"{campaign.created_by_name} · {campaign.created_at.astimezone().date().isoformat()}")
        self._update_buttons()

    def _names(self, students: tuple[Student, ...]) -> str:
        if not students:
            return self.tr("nobody")
        shown = listed(student_text(s) for s in students[:NAMES_SHOWN])
        if len(students) > NAMES_SHOWN:
            shown += self.tr(" … and {n} more").format(n=len(students) - NAMES_SHOWN)
        return self.tr("{n}: {names}").format(n=len(students), names=shown)

    def _positive_changed(self, *_args) -> None:
        entry = self.positives_tab.selected()
        self.positives_tab.detail.setText(self._positive_text(entry) if entry else "")
        self._update_buttons()

    def _positive_text(self, entry: PositiveEntry) -> str:
        detail = self._detail
        lang = screen_language()
        lines = []
        for sheet in entry.sheets:
            scale = detail.scale_names.get(sheet.scale_code, sheet.scale_code) if detail else sheet.scale_code
            for hit in sheet.critical:
                lines.append(self.tr("{scale}, item {item}: critical answer — {note}").format(
                    scale=scale, item=hit.item, note=hit.note.get(lang)))
        interview = entry.interview
        if interview is not None and interview.interviewed_on is not None:
            by = detail.people.get(interview.interviewed_by or 0, "—") if detail else "—"
            lines.append(self.tr("Interviewed on {day} by {name}: {note}").format(
                day=interview.interviewed_on.isoformat(), name=by, note=interview.note or "—"))
        if interview is not None and interview.outcome is not None:
            lines.append(self.tr("Outcome: {outcome}").format(outcome=label_of(interview.outcome)))
        return "\n".join(lines) or self.tr("{name}: no critical answer.").format(name=entry.student.name)

    def _update_buttons(self) -> None:
        detail = self._detail
        status = detail.campaign.status if detail else None
        self.edit_button.setEnabled(status in (CampaignStatus.DRAFT, CampaignStatus.OPEN))
        self.open_button.setEnabled(status is CampaignStatus.DRAFT)
        self.close_button.setEnabled(status is CampaignStatus.OPEN)
        self.sheets_tab.type_button.setEnabled(status is CampaignStatus.OPEN)
        self.sheets_tab.import_button.setEnabled(status is CampaignStatus.OPEN)
        self.summary_tab.export_button.setEnabled(detail is not None and detail.summary is not None)
        entry = self.positives_tab.selected()
        interview = entry.interview if entry else None
        self.invite_button.setEnabled(entry is not None and interview is None)
        self.interview_button.setEnabled(interview is not None and interview.outcome is None)
        self.outcome_button.setEnabled(interview is not None and interview.interviewed_on is not None
                                       and interview.outcome is None)

    # -- campaigns (the supervisor) ---------------------------------------------------------------
    def _reload(self, text: str = "") -> None:
        self._load_list()
        if text:
            self.show_done(text)

    def new_campaign(self) -> None:
        self._open_saving(CampaignDialog(self.ctx, None, self), self.tr("Campaign set up: {name}."))

    def edit_campaign(self) -> None:
        if self._detail is not None:
            self._open_saving(CampaignDialog(self.ctx, self._detail.campaign, self),
                              self.tr("Campaign changed: {name}."))

    def _open_saving(self, dialog: CampaignDialog, done: str) -> None:
        dialog.accepted.connect(partial(self._campaign_saved, dialog, done))
        self.open_dialog(dialog)

    def _campaign_saved(self, dialog: CampaignDialog, done: str) -> None:
        saved = dialog.result_value
        if saved is not None:
            self._load_list(select_id=saved.id)
            self.show_done(done.format(name=saved.name))

    def open_campaign(self) -> None:
        self._change_status(ScreeningService.open, self.tr("Open \"{name}\" for answer sheets? Its scales cannot "
                                                           "change after this."), self.tr("Campaign opened: {name}."))

    def close_campaign(self) -> None:
        self._change_status(ScreeningService.close, self.tr("Close \"{name}\"? No more answer sheets can be entered; "
                                                            "interviews and outcomes go on."),
                            self.tr("Campaign closed: {name}."))

    def _change_status(self, action: Callable[[ScreeningService, int], Campaign], question: str, done: str) -> None:
        if self._detail is None:
            return
        campaign = self._detail.campaign
        answer = QMessageBox.question(self, self.title(), question.format(name=campaign.name),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            action(ScreeningService(self.ctx.session), campaign.id)
        except CounselRoomError as err:
            self.show_error(err)
            return
        self._reload(done.format(name=campaign.name))

    # -- answer sheets ----------------------------------------------------------------------------
    def type_sheets(self) -> None:
        code = self.sheets_tab.chosen_scale()
        if self._detail is None or code is None:
            return
        campaign_id = self._detail.campaign.id
        self.load(lambda session: ScreeningImportService(session).typing(campaign_id, code), self._open_typing,
                  slot="typing", failed=self.show_error)

    def _open_typing(self, typing: Typing) -> None:
        dialog = ScreeningEntryDialog(self.ctx.session, typing, self)
        dialog.finished.connect(self._sheets_entered)
        self.open_dialog(dialog)

    def import_sheets(self) -> None:
        if self._detail is None or self._import_dialog is None:
            return
        dialog = self._import_dialog(self.ctx, self._detail.campaign.id, self)
        assert isinstance(dialog, QDialog)
        dialog.finished.connect(self._sheets_entered)
        self.open_dialog(dialog)

    def _sheets_entered(self, *_args) -> None:
        self._load_list()

    def export_summary(self) -> None:
        if self._detail is not None and self._export_summary is not None:
            self._export_summary(self.ctx, self._detail.campaign.id, self)

    # -- interviews -------------------------------------------------------------------------------
    def _next_step(self) -> None:
        for button in (self.invite_button, self.interview_button, self.outcome_button):
            if button.isEnabled():
                button.click()
                return

    def _followed(self, dialog: QDialog, done: str) -> None:
        if getattr(dialog, "result_value", None) is not None:
            self._reload(done)

    def _open_follow_up(self, dialog: QDialog, done: str) -> None:
        dialog.accepted.connect(partial(self._followed, dialog, done))
        self.open_dialog(dialog)

    def invite(self) -> None:
        entry = self.positives_tab.selected()
        if entry is None or self._detail is None:
            return
        self._open_follow_up(InviteDialog(self.ctx.session, self._detail.campaign.id, entry.student, self),
                             self.tr("Invitation recorded: {name}.").format(name=entry.student.name))

    def record_interview(self) -> None:
        entry = self.positives_tab.selected()
        if entry is None or entry.interview is None:
            return
        self._open_follow_up(InterviewDialog(self.ctx.session, entry.interview, entry.student, self),
                             self.tr("Interview recorded: {name}.").format(name=entry.student.name))

    def record_outcome(self) -> None:
        entry = self.positives_tab.selected()
        if entry is None or entry.interview is None:
            return
        dialog = OutcomeDialog(self.ctx.session, entry.interview, entry.student, self)
        dialog.accepted.connect(partial(self._outcome_chosen, dialog, entry))
        self.open_dialog(dialog)

    def _outcome_chosen(self, dialog: OutcomeDialog, entry: PositiveEntry) -> None:
        done = self.tr("Outcome recorded for {name}: {outcome}.")
        assert entry.interview is not None   # the button needs one
        if dialog.next_step is InterviewOutcome.CASE:
            follow: QDialog = CaseOutcomeDialog(self.ctx.session, entry.interview, entry.student.name, self)
        elif dialog.next_step is InterviewOutcome.REGISTER:
            wording = self._detail.wording if self._detail else LevelWording.NUMBERS
            follow = RegisterOutcomeDialog(self.ctx.session, wording, entry.interview, entry.student.name, self)
        else:
            self._reload(done.format(name=entry.student.name, outcome=label_of(InterviewOutcome.NO_CONCERN)))
            return
        self._open_follow_up(follow, done.format(name=entry.student.name, outcome=label_of(dialog.next_step)))
