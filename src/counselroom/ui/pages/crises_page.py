"""Crisis interventions (危机干预, R7): the open crises one may see, and one of them in full."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from counselroom.domain.access import may_see_clinical
from counselroom.domain.crisis import Crisis
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.plural import plural
from counselroom.domain.visits import RiskLevel
from counselroom.services.crisis import CrisisService
from counselroom.services.permissions import Permissions
from counselroom.services.session import Session
from counselroom.ui import i18n
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.open_crisis_dialog import OpenCrisisDialog
from counselroom.ui.models.crises_model import CrisesModel
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import RISK_HIGH_INK
from counselroom.ui.widgets.crisis_panel import CrisisPanel
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

PANEL_WIDTH = 520   # what the crisis needs to read comfortably
PANEL_MIN_WIDTH = 430   # what it can do with, so that the list is not scrolled sideways


class CrisesPage(Page):
    key = "crises"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = self.page_column()

        intro = hint_label(self.tr(
            "A crisis intervention opens when a visit record is signed with a medium or high risk, or a test "
            "with a critical answer or a severe score, or by hand when someone reports a student at risk. Settle "
            "each required step — done, or not applicable with the reason — then close it."), self)
        layout.addWidget(intro)

        bar = QHBoxLayout()
        bar.setSpacing(12)
        self.count = QLabel(self)
        self.count.setObjectName("crisesCount")
        self.count.setStyleSheet("font-weight: 600;")
        bar.addWidget(self.count, 1)
        self.show_closed = QCheckBox(self.tr("Show closed crises"), self)
        self.show_closed.setObjectName("showClosed")
        self.show_closed.setToolTip(self.tr("Also list the crises closed earlier, most recent first"))
        self.show_closed.toggled.connect(self._reload)
        bar.addWidget(self.show_closed)
        self.register_button = self.make_button(
            "addToRegister", self.tr("Add to attention register…"),
            self.tr("Put the student of the selected crisis on the attention register (重点关注)"), self.add_to_register)
        self.register_button.setEnabled(False)
        bar.addWidget(self.register_button)
        self.open_button = self.make_button("openCrisisByHand", self.tr("Open a crisis by hand…"),
                                            self.tr("Someone reported a student at risk: record the report, and "
                                                    "register the student if need be"), self.open_by_hand)
        bar.addWidget(self.open_button)
        layout.addLayout(bar)

        self.model = CrisesModel(self)
        self.proxy = sorted_proxy(self.model, self)
        left = QWidget(self)
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.setSpacing(6)
        self.table = RecordTable("crisesTable", self.proxy, left, sort_column=CrisesModel.RISK,
                                 order=Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._widths: list[int] = []    # each column's width for its contents, as last sized
        # What the list shows (and in which language), to know when a load brought nothing new.
        self._listed: tuple[int, list[Crisis]] | None = None
        lcol.addWidget(self.table, 1)
        self.empty = hint_label("", left, "crisesEmpty")
        self.empty.hide()
        lcol.addWidget(self.empty)

        self.panel = CrisisPanel(ctx, self)
        self.panel.changed.connect(self._panel_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 530])
        # The list is as wide as its columns (no sideways scrolling) until the person moves the divider.
        self._user_sized = False
        self.splitter.splitterMoved.connect(self._divider_moved)
        layout.addWidget(self.splitter, 1)
        self._pick_hint()

    # -- Page -------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Crises")

    @classmethod
    def allowed_for(cls, user) -> bool:
        return may_see_clinical(user)

    def refresh(self) -> None:
        self._load(follow_panel=True)

    def clear_sensitive(self) -> None:
        self.close_dialogs()
        self.panel.clear()
        self.table.selectionModel().blockSignals(True)
        self.model.clear()
        self.table.selectionModel().blockSignals(False)
        self._listed = None
        self._widths = []
        self.count.clear()
        self.empty.clear()
        self.empty.hide()
        self._pick_hint()

    # -- loading ----------------------------------------------------------------------------------
    def _reload(self, *_args) -> None:
        self._load()

    def _load(self, *, follow_panel: bool = False, select: int | None = None) -> None:
        """The list, gathered off the GUI thread. ``follow_panel``: the crisis on the right is shown
        again as the list now has it (it may have changed elsewhere); ``select``: then this crisis is."""
        with_closed = self.show_closed.isChecked()

        def gather(session: Session) -> tuple[list[Crisis], list[Crisis]]:
            service = CrisisService(session)
            return service.open_crises(), service.closed_crises() if with_closed else []

        def show(found: tuple[list[Crisis], list[Crisis]]) -> None:
            self._show_list(*found, follow_panel=follow_panel)
            if select is not None:
                self.select_crisis(select)

        self.load(gather, show, failed=self._list_failed)

    def _list_failed(self, err: CounselRoomError) -> None:
        self._listed = None
        self.model.clear()
        self.show_error(err)

    def _show_list(self, crises: list[Crisis], closed: list[Crisis], *, follow_panel: bool) -> None:
        listed = (i18n.generation(), crises + closed)
        # Coming back to the page reads the list again, and mostly it is as it was: then the rows,
        # the selection and the column widths stay (measuring the columns held the window ~50 ms).
        if listed != self._listed:
            self._listed = listed
            keep = self.selected_crisis()
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.model.set_rows(listed[1])
            if keep is not None:
                self.table.select_record(keep.id)
            selection.blockSignals(False)
            # The counsellor matters to the supervisor, who sees everyone's crises.
            self.table.setColumnHidden(CrisesModel.COUNSELLOR,
                                       not Permissions(self.ctx.session).oversees_all_cases())
            self._size_columns()
            self._fit_list()
        self.count.setText(plural(len(crises), self.tr("{n} open crisis"), self.tr("{n} open crises"))
                           .format(n=len(crises)) if crises
                           else self.tr("No open crisis"))
        self.count.setStyleSheet(f"font-weight: 600; color: {RISK_HIGH_INK};" if crises else "font-weight: 600;")
        if not crises and not closed:
            self.empty.setText(self.tr("Nothing needs crisis intervention now. A crisis appears here when a "
                                       "visit record is signed with a medium or high risk, or a test with a "
                                       "critical answer or a severe score."))
        elif not crises:
            self.empty.setText(self.tr("No open crisis; the closed ones are listed."))
        self.empty.setVisible(not crises)
        self.table.setVisible(bool(crises or closed))
        shown = self.panel.crisis
        if follow_panel and shown is not None:
            # The list holds the crisis as the panel would read it. One that is not listed was
            # closed (and closed ones are not listed now): a closed crisis no longer changes.
            fresh = next((c for c in crises + closed if c.id == shown.id), None)
            if fresh is not None:
                self.panel.show_loaded(fresh)

    def _size_columns(self) -> None:
        # The last column stretches, but never below the size it had when stretching began (100 px by
        # default): size every column to its contents first, with the stretch off.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        self.table.resizeColumnsToContents()
        # What resizing found (the larger of the contents and the heading): the list's width is
        # asked again at every resize of the page, and reading the rows again is what costs.
        self._widths = [header.sectionSize(c) for c in range(self.model.columnCount())]
        header.setStretchLastSection(True)

    def list_width_needed(self) -> int:
        """The list's width with every column whole (and room for a vertical scroll bar)."""
        header = self.table.horizontalHeader()
        widths = self._widths or [max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
                                  for c in range(self.model.columnCount())]
        columns = sum(width for c, width in enumerate(widths) if not self.table.isColumnHidden(c))
        return columns + 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width() + 2

    def _fit_list(self) -> None:
        """Give the list the width its columns need; the crisis keeps the rest (at least PANEL_MIN_WIDTH,
        up to PANEL_WIDTH before the list gives anything up)."""
        if self._user_sized or self.model.rowCount() == 0:
            return
        total = sum(self.splitter.sizes())
        if total < 200:
            return
        needed = self.list_width_needed()
        left = min(needed, total - PANEL_MIN_WIDTH)
        if total - needed > PANEL_WIDTH:      # room to spare: the crisis gets it
            left = needed
        left = max(left, total // 3)
        if self.splitter.sizes()[0] != left:
            self.splitter.setSizes([left, total - left])

    def _divider_moved(self, *_args) -> None:
        self._user_sized = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_list()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_list()

    def _pick_hint(self) -> None:
        self.panel.show_empty(self.tr("Select a crisis in the list to see its steps."))

    def selected_crisis(self) -> Crisis | None:
        return self.table.selected_record()

    def _selection_changed(self, *_args) -> None:
        crisis = self.selected_crisis()
        self.register_button.setEnabled(crisis is not None)
        if crisis is None:
            self._pick_hint()
            return
        self.panel.show_crisis(crisis.id)

    def select_crisis(self, crisis_id: int) -> bool:
        """Select (and so open) the listed crisis with this id."""
        return self.table.select_record(crisis_id)

    def open_by_hand(self) -> None:
        """手动登记危机: someone reported a student at risk (issue 17 §5)."""
        dialog = OpenCrisisDialog(self.ctx.session, self)
        dialog.accepted.connect(lambda: self._opened_by_hand(dialog.saved_crisis))
        self.open_dialog(dialog)

    def _opened_by_hand(self, crisis: Crisis | None) -> None:
        if crisis is not None:
            self._load(select=crisis.id)

    def add_to_register(self) -> None:
        """加入重点关注: the crisis's student, from this crisis, at the level its risk suggests."""
        from counselroom.domain.care_register import Level, Source
        from counselroom.services.care_register import CareRegisterService
        from counselroom.ui.dialogs.register_dialogs import RegisterEntryDialog

        crisis = self.selected_crisis()
        if crisis is None:
            return
        try:
            wording = CareRegisterService(self.ctx.session).level_wording()
        except CounselRoomError as err:
            self.show_error(err)
            return
        dialog = RegisterEntryDialog(
            self.ctx.session, wording, student=(crisis.client_id, f"{crisis.client_name} · {crisis.client_case_no}"),
            source=Source.CRISIS, source_ref=f"crisis:{crisis.id}",
            level=Level.LEVEL1 if crisis.risk is RiskLevel.HIGH else Level.LEVEL2, parent=self)
        self.open_dialog(dialog)

    # -- after the panel changed something ------------------------------------------------------------
    def _panel_changed(self) -> None:
        """A step was saved or the crisis closed (the panel says so): the list follows."""
        self._load()
