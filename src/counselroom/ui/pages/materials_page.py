"""Test materials (测验材料, R6): the room's paper forms and kits, what is out now, and their history.

Counsellors and the supervisor hand materials out for a session and take them
back; the supervisor alone registers materials and changes the stock, always
with a reason. There is no lending: the rules forbid lending or copying test
materials, and the page says so where one would look for it. Counts that do not
add up and hand-outs not back since an earlier day are flagged at the top (the
closing checklist asks the same service).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from counselroom.domain.access import may_see_clinical
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.materials import Discrepancy, HandOut, Material, Movement
from counselroom.domain.plural import plural
from counselroom.services.materials import MaterialService
from counselroom.services.permissions import Permissions
from counselroom.services.session import Session
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.handout_dialogs import HandOutDialog, TakeBackDialog
from counselroom.ui.dialogs.material_dialogs import MaterialDialog
from counselroom.ui.dialogs.stock_dialogs import MissingDialog, StockDialog
from counselroom.ui.models.materials import MaterialsModel, MovementsModel, OutstandingModel, discrepancy_text
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import BOLD, ERROR_STYLE, HINT_STYLE, OK_STYLE, PROBLEM_BOX_STYLE
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

PROBLEMS_STYLE = f"#materialProblems {{ {PROBLEM_BOX_STYLE} }}"
EMPTY_STYLE = HINT_STYLE + " font-size: 12pt; padding: 24px;"


@dataclass(frozen=True)
class Register:
    """The register as the page shows it, gathered off the GUI thread."""

    materials: list[Material]
    handouts: list[HandOut]
    problems: list[Discrepancy]


def gather_register(session: Session) -> Register:
    service = MaterialService(session)
    materials, outstanding = service.list(), service.outstanding()
    return Register(materials, outstanding, service.discrepancies(materials=materials, outstanding=outstanding))


class MaterialsPage(Page):
    key = "materials"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._supervisor = Permissions(ctx.session).can_administer()
        layout = self.page_column(spacing=10)

        self.intro = hint_label(self.tr(
            "The room's test forms and kits. Hand them out for a session and take them back the same day; "
            "forms a client filled in count as used up. There is no lending: the rules forbid lending or "
            "copying test materials (测验表格不得外借或复印)."), self, "materialsIntro")
        layout.addWidget(self.intro)

        self.problems = QLabel(self)
        self.problems.setObjectName("materialProblems")
        self.problems.setStyleSheet(PROBLEMS_STYLE)
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.hide()
        layout.addWidget(self.problems)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.hand_out_button = self.make_button(
            "handOut", self.tr("Hand out…"),
            self.tr("Record materials taken from the cabinet for a session (double-click a material). "
                    "Lending is not possible: test materials never leave the room."), self.hand_out)
        self.take_back_button = self.make_button(
            "takeBack", self.tr("Take back…"),
            self.tr("Record what came back to the cabinet and which forms were used up (double-click a hand-out)"),
            self.take_back)
        bar.addWidget(self.hand_out_button)
        bar.addWidget(self.take_back_button)
        self.add_button = self.edit_button = self.stock_button = None
        if self._supervisor:
            self.add_button = self.make_button("addMaterial", self.tr("Add material…"),
                                               self.tr("Register a form or kit the room owns"), self.add_material)
            self.edit_button = self.make_button("editMaterial", self.tr("Edit…"),
                                                self.tr("Change the selected material's name, scale or location"),
                                                self.edit_material)
            self.stock_button = self.make_button(
                "changeStock", self.tr("Change stock…"),
                self.tr("Add new copies, write off damaged ones or correct the count (with a reason)"),
                self.change_stock)
            bar.addSpacing(16)
            for button in (self.add_button, self.edit_button, self.stock_button):
                bar.addWidget(button)
        bar.addStretch(1)
        self.refresh_button = self.make_button("refreshMaterials", self.tr("Refresh"),
                                               self.tr("Load the register again"), self.refresh)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)

        # -- the materials ---------------------------------------------------------------------------
        self.model = MaterialsModel(ctx.session.today(), self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("materialsTable", self.proxy, self, sort_column=MaterialsModel.NAME)
        self.table.selectionModel().selectionChanged.connect(self._material_selected)
        self.table.activated.connect(self._material_activated)
        self.empty = QLabel(self)
        self.empty.setObjectName("materialsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(EMPTY_STYLE)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        # -- what is out now, and the selected material's history -------------------------------------------
        self.outstanding_model = OutstandingModel(ctx.session.today(), self)
        self.outstanding_proxy = sorted_proxy(self.outstanding_model, self)
        out_box = QWidget(self)
        out_col = QVBoxLayout(out_box)
        out_col.setContentsMargins(0, 6, 0, 0)
        out_col.setSpacing(6)
        self.outstanding_table = RecordTable("outstandingTable", self.outstanding_proxy, out_box,
                                             sort_column=OutstandingModel.TAKEN)
        self.outstanding_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.outstanding_table.activated.connect(self._handout_activated)
        out_col.addWidget(self.outstanding_table, 1)
        out_bar = QHBoxLayout()
        self.outstanding_note = QLabel(out_box)
        self.outstanding_note.setObjectName("outstandingNote")
        self.outstanding_note.setWordWrap(True)
        out_bar.addWidget(self.outstanding_note, 1)
        self.missing_button = None
        if self._supervisor:
            self.missing_button = self.make_button(
                "writeOffMissing", self.tr("Write off as missing…"),
                self.tr("Copies of the selected hand-out that will not come back leave the stock (with a reason)"),
                self.write_off_missing)
            out_bar.addWidget(self.missing_button)
        out_col.addLayout(out_bar)

        self.movements_model = MovementsModel(self)
        self.movements_proxy = sorted_proxy(self.movements_model, self)
        history_box = QWidget(self)
        history_col = QVBoxLayout(history_box)
        history_col.setContentsMargins(0, 6, 0, 0)
        history_col.setSpacing(6)
        self.movements_table = RecordTable("movementsTable", self.movements_proxy, history_box,
                                           sort_column=MovementsModel.WHEN, order=Qt.SortOrder.DescendingOrder)
        self.history_hint = hint_label("", history_box, "historyHint")
        history_col.addWidget(self.movements_table, 1)
        history_col.addWidget(self.history_hint)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("materialsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(out_box, self.tr("Out now"))
        self.tabs.addTab(history_box, self.tr("History"))

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.add_status_line(layout, "materialsStatus", self._status_expired)

        self._materials: list[Material] = []
        self._handouts: list[HandOut] = []
        self._reset_texts()
        self._update_buttons()

    # -- Page ----------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Test materials")

    @classmethod
    def allowed_for(cls, user) -> bool:
        # Test materials belong to testing: counsellors and the supervisor, never assistants (R16).
        return may_see_clinical(user)

    def refresh(self) -> None:
        self._load()

    def clear_sensitive(self) -> None:
        self.close_dialogs()
        for table, model in ((self.table, self.model), (self.outstanding_table, self.outstanding_model),
                             (self.movements_table, self.movements_model)):
            table.selectionModel().blockSignals(True)
            model.clear()
            table.selectionModel().blockSignals(False)
        self._materials = []
        self._handouts = []
        self.problems.clear()
        self.problems.hide()
        self.status.clear()
        self._reset_texts()
        self.stack.setCurrentWidget(self.table)
        self._update_buttons()

    def _reset_texts(self) -> None:
        self.empty.clear()
        self.outstanding_note.clear()
        self.tabs.setTabText(0, self.tr("Out now"))
        self.tabs.setTabText(1, self.tr("History"))
        self.history_hint.setText(self.tr("Select a material to see its movements."))

    def _status_expired(self) -> None:
        self.status.clear()

    # -- loading -------------------------------------------------------------------------------------
    def _load(self, select_id: int | None = None) -> None:
        """Load the register; ``select_id``: the material to select once it is shown (else the
        one selected now stays selected)."""
        keep = self.selected_material()
        keep_handout = self.selected_handout()
        keep_id = select_id if select_id is not None else keep.id if keep is not None else None
        self.load(gather_register, lambda register: self._show_register(
            register, keep_id, keep_handout.id if keep_handout is not None else None))

    def _show_register(self, register: Register, keep_id: int | None, keep_handout_id: int | None) -> None:
        materials, handouts, problems = register.materials, register.handouts, register.problems
        today = self.ctx.session.today()
        self._materials, self._handouts = materials, handouts

        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.set_materials(materials, problems, today)
        if keep_id is not None:
            self.table.select_record(keep_id)
        selection.blockSignals(False)
        self._fit(self.table, (MaterialsModel.NAME, MaterialsModel.SCALE, MaterialsModel.KIND))

        out_selection = self.outstanding_table.selectionModel()
        out_selection.blockSignals(True)
        self.outstanding_model.set_handouts(handouts, today)
        if keep_handout_id is not None:
            self.outstanding_table.select_record(keep_handout_id)
        out_selection.blockSignals(False)
        self._fit(self.outstanding_table, range(OutstandingModel.PURPOSE))

        self._show_problems(problems, today)
        self._show_empty(not materials)
        overdue = sum(1 for h in handouts if h.overdue(today))
        self.tabs.setTabText(0, self.tr("Out now ({n})").format(n=len(handouts)) if handouts else self.tr("Out now"))
        if not handouts:
            self.outstanding_note.setStyleSheet(OK_STYLE)
            self.outstanding_note.setText(self.tr("Everything is back in the cabinet."))
        elif overdue:
            self.outstanding_note.setStyleSheet(ERROR_STYLE + BOLD)
            self.outstanding_note.setText(plural(overdue, self.tr("{n} hand-out not back since an earlier day."),
                                                 self.tr("{n} hand-outs not back since an earlier day."))
                                          .format(n=overdue))
        else:
            self.outstanding_note.setStyleSheet(HINT_STYLE)
            self.outstanding_note.setText(self.tr("Take them back before the room closes today "
                                                  "(double-click a hand-out)."))
        self._load_history()
        self._update_buttons()

    def _fit(self, table: RecordTable, padded) -> None:
        """Columns as wide as their contents; text columns get a little air, the last one the rest."""
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for col in padded:
            table.setColumnWidth(col, header.sectionSize(col) + 12)

    def _show_problems(self, problems: list[Discrepancy], today: date) -> None:
        if not problems:
            self.problems.clear()
            self.problems.hide()
            return
        head = plural(len(problems), self.tr("{n} thing does not add up:"),
                      self.tr("{n} things do not add up:")).format(n=len(problems))
        lines = [head] + [f"• {discrepancy_text(p, today)}" for p in problems]
        self.problems.setText("\n".join(lines))
        self.problems.show()

    def _show_empty(self, empty: bool) -> None:
        if empty:
            self.empty.setText(self.tr("No test materials are registered yet. Add the room's forms and kits with "
                                       "Add material….") if self._supervisor else
                               self.tr("No test materials are registered yet. The supervisor registers the room's "
                                       "forms and kits."))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.clear()
            self.stack.setCurrentWidget(self.table)

    def _load_history(self) -> None:
        material = self.selected_material()
        if material is None:
            self.movements_model.clear()
            self.tabs.setTabText(1, self.tr("History"))
            self.history_hint.setText(self.tr("Select a material to see its movements."))
            return
        material_id = material.id
        self.load(lambda session: MaterialService(session).movements(material_id),
                  lambda movements: self._show_history(material_id, movements),
                  slot="history", failed=self._history_failed)

    def _history_failed(self, err: CounselRoomError) -> None:
        self.movements_model.clear()
        self.show_error(err)

    def _show_history(self, material_id: int, movements: list[Movement]) -> None:
        material = self.selected_material()
        if material is None or material.id != material_id:
            return   # the selection moved on while the history loaded
        self.movements_model.set_rows(movements)
        self._fit(self.movements_table, range(MovementsModel.WHY))
        self.tabs.setTabText(1, self.tr("History: {name}").format(name=material.name))
        self.history_hint.setText(self.tr("Every movement is kept; none can be changed or deleted."))

    # -- selection -------------------------------------------------------------------------------------
    def selected_material(self) -> Material | None:
        return self.table.selected_record()

    def selected_handout(self) -> HandOut | None:
        return self.outstanding_table.selected_record()

    def select_material(self, material_id: int) -> bool:
        return self.table.select_record(material_id)

    def _material_selected(self, *_args) -> None:
        self._load_history()
        self._update_buttons()

    def _material_activated(self, _index) -> None:
        self.hand_out()

    def _handout_activated(self, _index) -> None:
        self.take_back()

    def _returnable(self) -> list[HandOut]:
        """The hand-outs this person may take back: their own, or every one for the supervisor."""
        service = MaterialService(self.ctx.session)
        try:
            return [h for h in self._handouts if service.may_take_back(h)]
        except CounselRoomError:
            return []

    def _update_buttons(self, *_args) -> None:
        material = self.selected_material()
        self.hand_out_button.setEnabled(any(m.on_hand > 0 for m in self._materials))
        self.take_back_button.setEnabled(bool(self._returnable()))
        if self._supervisor:
            assert (self.edit_button is not None and self.stock_button is not None
                    and self.missing_button is not None)   # __init__ gives a supervisor these
            self.edit_button.setEnabled(material is not None)
            self.stock_button.setEnabled(material is not None)
            self.missing_button.setEnabled(self.selected_handout() is not None)

    # -- actions -----------------------------------------------------------------------------------------------
    def hand_out(self) -> None:
        available = [m for m in self._materials if m.on_hand > 0]
        if not available:
            return
        selected = self.selected_material()
        dialog = HandOutDialog(self.ctx.session, available, selected.id if selected else None, self)
        dialog.accepted.connect(self._handed_out)
        self.open_dialog(dialog)

    def _handed_out(self) -> None:
        dialog = self.sender()
        assert isinstance(dialog, HandOutDialog) and dialog.result_value is not None   # accepted once saved
        handout = dialog.result_value
        self._load()
        self.tabs.setCurrentIndex(0)
        self.show_done(self.tr("{count} × {material} handed out to {who}. Take them back when the session is over.")
                       .format(count=handout.count, material=handout.material_name, who=handout.staff_name))

    def take_back(self) -> None:
        returnable = self._returnable()
        if not returnable:
            return
        selected = self.selected_handout()
        if selected is None or selected.id not in {h.id for h in returnable}:
            material = self.selected_material()
            mine = [h for h in returnable if material is not None and h.material_id == material.id]
            selected = mine[0] if mine else returnable[0]
        dialog = TakeBackDialog(self.ctx.session, returnable, selected.id, self)
        dialog.accepted.connect(self._taken_back)
        self.open_dialog(dialog)

    def _taken_back(self) -> None:
        dialog = self.sender()
        assert isinstance(dialog, TakeBackDialog) and dialog.result_value is not None   # accepted once saved
        handout = dialog.result_value
        self._load()
        if handout.outstanding:
            self.show_done(self.tr("Recorded. {out} × {material} are still out.").format(
                out=handout.outstanding, material=handout.material_name))
        else:
            self.show_done(self.tr("Recorded. Everything of this hand-out of {material} is accounted for.").format(
                material=handout.material_name))

    def add_material(self) -> None:
        dialog = MaterialDialog(self.ctx.session, None, self)
        dialog.accepted.connect(self._material_saved)
        self.open_dialog(dialog)

    def edit_material(self) -> None:
        material = self.selected_material()
        if material is None:
            return
        dialog = MaterialDialog(self.ctx.session, material, self)
        dialog.accepted.connect(self._material_saved)
        self.open_dialog(dialog)

    def _material_saved(self) -> None:
        dialog = self.sender()
        assert isinstance(dialog, MaterialDialog) and dialog.result_value is not None   # accepted once saved
        material = dialog.result_value
        self._load(select_id=material.id)
        self.show_done(self.tr("{name} saved: {on_hand} in the cabinet.").format(name=material.name,
                                                                                  on_hand=material.on_hand))

    def change_stock(self) -> None:
        material = self.selected_material()
        if material is None:
            return
        dialog = StockDialog(self.ctx.session, material, self)
        dialog.accepted.connect(self._stock_changed)
        self.open_dialog(dialog)

    def _stock_changed(self) -> None:
        dialog = self.sender()
        assert isinstance(dialog, StockDialog) and dialog.result_value is not None   # accepted once saved
        material = dialog.result_value
        self._load(select_id=material.id)
        self.tabs.setCurrentIndex(1)
        self.show_done(self.tr("Stock of {name} changed: {on_hand} in the cabinet, {total} in all.").format(
            name=material.name, on_hand=material.on_hand, total=material.total))

    def write_off_missing(self) -> None:
        handout = self.selected_handout()
        if handout is None:
            return
        dialog = MissingDialog(self.ctx.session, handout, self)
        dialog.accepted.connect(self._missing_written_off)
        self.open_dialog(dialog)

    def _missing_written_off(self) -> None:
        dialog = self.sender()
        assert isinstance(dialog, MissingDialog) and dialog.result_value is not None   # accepted once saved
        handout = dialog.result_value
        self._load()
        self.show_done(self.tr("{count} × {material} written off as missing.").format(
            count=handout.missing, material=handout.material_name))
