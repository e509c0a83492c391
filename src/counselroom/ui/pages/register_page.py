"""The attention register (重点关注 / 预警名单, R20): the students who need attention, filtered by level,
status and due review, and one entry in full with its history; add, edit, change the level, review,
take off. Both the list and an entry are read on a worker whose reads are audited (the service
audits each listing and each entry opened)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
    QSplitter, QVBoxLayout, QWidget,
)

from counselroom.domain.access import may_see_clinical
from counselroom.domain.care_register import ChangeKind, Entry, EntryFilter, Level, LevelWording, Status
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.plural import plural
from counselroom.services.care_register import CareRegisterService
from counselroom.services.session import Session
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.register_dialogs import (
    ChangeLevelDialog, RegisterEntryDialog, RegisterExitDialog, RegisterReviewDialog,
)
from counselroom.ui.labels import label_of
from counselroom.ui.models.register_model import LEVEL_INK, RegisterModel, level_text
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import CARD_BOX, ERROR_INK, HINT_STYLE, READ_ONLY_BG
from counselroom.ui.widgets.crisis_step_card import local_text
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

FILTER_DELAY_MS = 200
COLUMN_MAX = 150


class Listed(NamedTuple):
    entries: list[Entry]
    wording: LevelWording
    today: date


def _gather(query: EntryFilter) -> Callable[[Session], Listed]:
    def gather(session: Session) -> Listed:
        service = CareRegisterService(session)
        return Listed(service.find(query), service.level_wording(), session.today())
    return gather


class EntryPanel(QFrame):
    """One entry: who, level, why, from where, who is responsible, the plan, the history."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("registerEntry")
        self.setStyleSheet(f"#registerEntry {{ {CARD_BOX} }}")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        self.heading = QLabel(self)
        self.heading.setObjectName("entryHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600; border: none;")
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.level = QLabel(self)
        self.level.setObjectName("entryLevel")
        column.addWidget(self.level)
        self.facts = QFormLayout()
        self.facts.setHorizontalSpacing(12)
        self.facts.setVerticalSpacing(4)
        self.fact_labels: dict[str, QLabel] = {}
        for key, title in (("reason", self.tr("Reason")), ("source", self.tr("Source")),
                           ("responsible", self.tr("Responsible")), ("entered", self.tr("Added")),
                           ("review", self.tr("Next review"))):
            value = QLabel(self)
            value.setObjectName(f"entry_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setStyleSheet("border: none;")
            name = QLabel(title, self)
            name.setStyleSheet(HINT_STYLE + " border: none;")
            self.facts.addRow(name, value)
            self.fact_labels[key] = value
        column.addLayout(self.facts)
        plan_title = QLabel(self.tr("Plan (一生一策)"), self)
        plan_title.setStyleSheet("font-weight: 600; border: none;")
        column.addWidget(plan_title)
        self.plan = QPlainTextEdit(self)
        self.plan.setObjectName("entryPlan")
        self.plan.setReadOnly(True)
        self.plan.setStyleSheet(f"background: {READ_ONLY_BG};")
        self.plan.setMaximumHeight(80)
        column.addWidget(self.plan)
        history_title = QLabel(self.tr("History"), self)
        history_title.setStyleSheet("font-weight: 600; border: none;")
        column.addWidget(history_title)
        self.history = QListWidget(self)
        self.history.setObjectName("entryHistory")
        self.history.setWordWrap(True)
        column.addWidget(self.history, 1)
        self.buttons = QHBoxLayout()
        column.addLayout(self.buttons)
        self.empty = hint_label(self.tr("Select a student in the list to see the entry."), self, "entryEmpty")
        column.addWidget(self.empty)
        self.show_entry(None, LevelWording.NUMBERS)

    def _change_line(self, change, wording: LevelWording) -> str:
        when = local_text(change.at)
        if change.kind is ChangeKind.LEVEL:
            what = self.tr("Level changed {old} → {new}").format(
                old=level_text(change.level_before, wording) if change.level_before else "—",
                new=level_text(change.level, wording))
        elif change.kind is ChangeKind.ENTERED:
            what = self.tr("Added at {level}").format(level=level_text(change.level, wording))
        elif change.kind is ChangeKind.REVIEW:
            what = self.tr("Review of {day}").format(day=change.reviewed_on.isoformat() if change.reviewed_on else "")
        else:
            what = label_of(change.kind)
        line = f"{when} · {change.by_name} · {what}"
        if change.kind is not ChangeKind.DETAILS and change.note:
            line += f": {change.note}"
        if change.kind in (ChangeKind.REVIEW, ChangeKind.ENTERED) and change.next_review:
            line += self.tr(" (next review {day})").format(day=change.next_review.isoformat())
        return line

    def show_entry(self, entry: Entry | None, wording: LevelWording, today: date | None = None) -> None:
        self.entry = entry
        shown = entry is not None
        for widget in self.findChildren(QWidget):
            if widget is not self.empty and widget.parent() is self:
                widget.setVisible(shown)
        self.empty.setVisible(not shown)
        self.history.clear()
        if entry is None:
            self.heading.clear()
            self.level.clear()
            self.plan.clear()
            for label in self.fact_labels.values():
                label.clear()
            return
        group = " ".join(x for x in (entry.client_grade, entry.client_class) if x)
        self.heading.setText(" · ".join(x for x in (entry.client_name, entry.client_case_no, group) if x))
        ink = LEVEL_INK[entry.level] if entry.is_open else ""
        self.level.setStyleSheet(f"font-weight: 600; border: none; color: {ink};" if ink else "border: none;")
        self.level.setText(level_text(entry.level, wording) + ("" if entry.is_open else " · " + label_of(entry.status)))
        reason = label_of(entry.reason_category) + (f" — {entry.concern}" if entry.concern else "")
        source = label_of(entry.source) + (f" ({entry.source_ref})" if entry.source_ref else "")
        responsible = entry.responsible_name + (self.tr(" · head teacher {name}").format(name=entry.head_teacher)
                                                if entry.head_teacher else "")
        self.fact_labels["reason"].setText(reason)
        self.fact_labels["source"].setText(source)
        self.fact_labels["responsible"].setText(responsible)
        self.fact_labels["entered"].setText(local_text(entry.entered_at))
        review = self.fact_labels["review"]
        if not entry.is_open:
            review.setText(self.tr("Taken off {when}: {reason}").format(when=local_text(entry.exited_at),
                                                                        reason=entry.exit_reason))
            review.setStyleSheet("border: none;")
        else:
            due = today is not None and entry.review_due(today)
            review.setText((entry.next_review.isoformat() if entry.next_review else self.tr("not set"))
                           + (self.tr(" — due") if due else ""))
            review.setStyleSheet(f"border: none; color: {ERROR_INK}; font-weight: 600;" if due else "border: none;")
        self.plan.setPlainText(entry.plan or self.tr("(no plan written yet)"))
        for change in reversed(entry.changes):
            self.history.addItem(self._change_line(change, wording))


class RegisterPage(Page):
    key = "register"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = self.page_column(spacing=10)
        layout.addWidget(hint_label(self.tr(
            "Students who need attention (预警名单): the level, why, who is responsible, the plan (一生一策) and "
            "when to review. Every change is kept with who, when and why."), self))

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, case no. or class"))
        self.search.textChanged.connect(self._filter_later)
        bar.addWidget(self.search, 1)
        self.level_filter = QComboBox(self)
        self.level_filter.setObjectName("levelFilter")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        for text, value in ((self.tr("On the register"), Status.OPEN), (self.tr("Taken off"), Status.EXITED),
                            (self.tr("All"), None)):
            self.status_filter.addItem(text, value)
        self.due_only = QCheckBox(self.tr("Review due"), self)
        self.due_only.setObjectName("dueOnly")
        self.due_only.setToolTip(self.tr("Only the students whose review is due today or earlier"))
        for widget in (self.level_filter, self.status_filter, self.due_only):
            bar.addWidget(widget)
        self.level_filter.currentIndexChanged.connect(self._reload)
        self.status_filter.currentIndexChanged.connect(self._reload)
        self.due_only.toggled.connect(self._reload)
        self.add_button = self.make_button("addToRegister", self.tr("Add student…"),
                                           self.tr("Put a student on the attention register"), self.add_entry)
        bar.addWidget(self.add_button)
        layout.addLayout(bar)

        self.model = RegisterModel(self)
        self.proxy = sorted_proxy(self.model, self)
        left = QWidget(self)
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        self.table = RecordTable("registerTable", self.proxy, left, sort_column=RegisterModel.LEVEL)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        lcol.addWidget(self.table, 1)
        self.count = QLabel(self)
        self.count.setObjectName("registerCount")
        self.count.setWordWrap(True)
        lcol.addWidget(self.count)

        right = QWidget(self)
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        self.panel = EntryPanel(right)
        rcol.addWidget(self.panel, 1)
        self.edit_button = self.make_button("editEntry", self.tr("Edit…"),
                                            self.tr("Reason, responsible people, plan, next review"), self.edit_entry)
        self.level_button = self.make_button("changeLevel", self.tr("Change level…"),
                                             self.tr("A new level, with the reason"), self.change_level)
        self.review_button = self.make_button("reviewEntry", self.tr("Record review…"),
                                              self.tr("What the review found and when the next is due"),
                                              self.review_entry)
        self.exit_button = self.make_button("exitEntry", self.tr("Take off…"),
                                            self.tr("Take the student off the register, with the reason"),
                                            self.exit_entry)
        for button in (self.edit_button, self.level_button, self.review_button, self.exit_button):
            self.panel.buttons.addWidget(button)
        self.panel.buttons.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 460])
        layout.addWidget(self.splitter, 1)
        self.add_status_line(layout, "registerStatus", self.status_clear)

        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self._reload)
        self._wording = LevelWording.NUMBERS
        self._today: date | None = None
        self._want: int | None = None      # an entry to show once the list is in (from Today or Follow-ups)
        self._fill_levels()
        self._update_buttons()

    # -- Page ---------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Attention register")

    @classmethod
    def allowed_for(cls, user) -> bool:
        return may_see_clinical(user)

    def refresh(self) -> None:
        self._reload()

    def clear_sensitive(self) -> None:
        self.close_dialogs()
        self.table.selectionModel().blockSignals(True)
        self.model.clear()
        self.table.selectionModel().blockSignals(False)
        self.panel.show_entry(None, self._wording)
        self.count.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._want = None
        self._update_buttons()

    def status_clear(self) -> None:
        self.status.clear()

    # -- loading ----------------------------------------------------------------------------------------------
    def _fill_levels(self) -> None:
        chosen = self.level_filter.currentData()
        self.level_filter.blockSignals(True)
        self.level_filter.clear()
        self.level_filter.addItem(self.tr("Every level"), None)
        for level in Level:
            self.level_filter.addItem(level_text(level, self._wording), level)
        self.level_filter.setCurrentIndex(max(0, self.level_filter.findData(chosen)))
        self.level_filter.blockSignals(False)

    def query(self) -> EntryFilter:
        level, status = self.level_filter.currentData(), self.status_filter.currentData()
        # Qt hands a text enum back as its text.
        return EntryFilter(level=Level(level) if level else None, status=Status(status) if status else None,
                           due_by=self.ctx.session.today() if self.due_only.isChecked() else None,
                           text=self.search.text())

    def _filter_later(self, *_args) -> None:
        self._timer.start()

    def _reload(self, *_args) -> None:
        self._timer.stop()
        self.load(_gather(self.query()), self._show_list, audits=True)

    def _show_list(self, listed: Listed) -> None:
        if listed.wording is not self._wording:
            self._wording = listed.wording
            self._fill_levels()
        self._today = listed.today
        keep = self.panel.entry.id if self.panel.entry else None
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.set_entries(listed.entries, listed.wording, listed.today)
        if keep is not None:
            self.table.select_record(keep)
        selection.blockSignals(False)
        self.table.resizeColumnsToContents()
        # Long reasons and sources end in "…" rather than push the list sideways.
        for column in (RegisterModel.REASON, RegisterModel.SOURCE):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), COLUMN_MAX))
        entries = listed.entries
        due = sum(1 for e in entries if e.review_due(listed.today))
        if not entries:
            self.count.setStyleSheet(HINT_STYLE)
            self.count.setText(self.tr("Nobody is listed with these filters."))
        else:
            self.count.setStyleSheet(f"color: {ERROR_INK};" if due else HINT_STYLE)
            self.count.setText(plural(len(entries), self.tr("{n} student listed"), self.tr("{n} students listed"))
                               .format(n=len(entries))
                               + (plural(due, self.tr(", {n} review due"), self.tr(", {n} reviews due"))
                                  .format(n=due) if due else ""))
        wanted, self._want = self._want, None
        if wanted is not None:
            self.table.select_record(wanted)
            self._open(wanted)
        elif keep is not None:
            self._open(keep)

    def _open(self, entry_id: int) -> None:
        self.load(lambda s: CareRegisterService(s).get(entry_id), self._show_entry, slot="entry",
                  failed=self._entry_failed, audits=True)

    def _show_entry(self, entry: Entry) -> None:
        self.panel.show_entry(entry, self._wording, self._today)
        self._update_buttons()

    def _entry_failed(self, err: CounselRoomError) -> None:
        self.panel.show_entry(None, self._wording)
        self._update_buttons()
        self.show_error(err)

    def _selection_changed(self, *_args) -> None:
        entry = self.table.selected_record()
        if entry is None:
            self.panel.show_entry(None, self._wording)
            self._update_buttons()
            return
        self._open(entry.id)

    def select_entry(self, entry_id: int) -> None:
        """Show this entry (from Today or Follow-ups): the open entries are listed, and it is opened."""
        self._want = entry_id
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.status_filter.blockSignals(False)
        self._reload()

    def _update_buttons(self) -> None:
        entry = self.panel.entry
        live = entry is not None and entry.is_open
        for button in (self.edit_button, self.level_button, self.review_button, self.exit_button):
            button.setEnabled(live)

    # -- actions ------------------------------------------------------------------------------------------------
    def _run(self, dialog, done: str) -> None:
        self.open_dialog(dialog)
        dialog.accepted.connect(lambda: self._after(dialog.result_value, done))

    def _after(self, entry: Entry | None, done: str) -> None:
        if entry is None:
            return
        self.show_done(done.format(student=entry.client_name))
        self._want = entry.id
        self._reload()

    def add_entry(self) -> None:
        self._run(RegisterEntryDialog(self.ctx.session, self._wording, parent=self),
                  self.tr("{student} is on the attention register."))

    def edit_entry(self) -> None:
        if self.panel.entry is not None:
            self._run(RegisterEntryDialog(self.ctx.session, self._wording, entry=self.panel.entry, parent=self),
                      self.tr("The entry of {student} is saved."))

    def change_level(self) -> None:
        if self.panel.entry is not None:
            self._run(ChangeLevelDialog(self.ctx.session, self.panel.entry, self._wording, self),
                      self.tr("The level of {student} is changed."))

    def review_entry(self) -> None:
        if self.panel.entry is not None:
            self._run(RegisterReviewDialog(self.ctx.session, self.panel.entry, self),
                      self.tr("The review of {student} is recorded."))

    def exit_entry(self) -> None:
        if self.panel.entry is not None:
            self._run(RegisterExitDialog(self.ctx.session, self.panel.entry, self),
                      self.tr("{student} is taken off the register."))
