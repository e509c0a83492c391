"""The audit log (supervisor): who did what, when; and whether the log is intact."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counselroom.domain.access import may_administer
from counselroom.domain.accounts import User
from counselroom.domain.audit import AuditEntry, AuditFilter
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.integrity import Finding
from counselroom.services.accounts import AccountService
from counselroom.services.audit_service import AuditService
from counselroom.services.session import Session
from counselroom.ui.audit_text import action_label, person_label
from counselroom.ui.context import AppContext
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.acknowledge_alert_dialog import AcknowledgeAlertDialog
from counselroom.ui.messages import error_text, finding_text, message
from counselroom.ui.models.audit_model import AuditModel
from counselroom.ui.pages.base import Page
from counselroom.ui.qt_dates import py_date
from counselroom.ui.styles import (
    ERROR_BG, ERROR_DEEP_INK, ERROR_INK, HINT_STYLE, PROBLEM_BOX_STYLE, SOUND_BOX_STYLE,
)
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy
from counselroom.ui.workers import run_in_background

PAGE_SIZE = 200
DEFAULT_DAYS = 30
ALERT_STYLE = (f"#auditAlert {{ background: {ERROR_BG}; border: 2px solid {ERROR_INK}; border-radius: 6px; }}"
               f" #auditAlert QLabel {{ color: {ERROR_DEEP_INK}; }}")
SOUND_STYLE = SOUND_BOX_STYLE
PROBLEM_STYLE = PROBLEM_BOX_STYLE


class AuditPage(Page):
    key = "audit"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._page = 0
        self._generation = 0  # bumped on lock: late background results are dropped
        self._checking = False
        self.acknowledge_dialog: AcknowledgeAlertDialog | None = None
        # What the person and action menus offer now: a page switch usually brings the same.
        self._choices: tuple[list[str], list[str], list[User]] | None = None

        layout = self.page_column()
        layout.addWidget(self._build_alert())
        layout.addLayout(self._build_filters())

        self.model = AuditModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("auditTable", self.proxy, self, sort_column=AuditModel.TIME,
                                 order=Qt.SortOrder.DescendingOrder, single_selection=False, row_height=28)
        layout.addWidget(self.table, 1)

        paging = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("pageLabel")
        self.count_label.setStyleSheet(HINT_STYLE)
        paging.addWidget(self.count_label)
        paging.addStretch(1)
        self.previous_button = QPushButton(self.tr("◀ Previous page"))
        self.previous_button.setObjectName("previousPage")
        self.previous_button.setToolTip(self.tr("Newer entries"))
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button = QPushButton(self.tr("Next page ▶"))
        self.next_button.setObjectName("nextPage")
        self.next_button.setToolTip(self.tr("Older entries"))
        self.next_button.clicked.connect(self.next_page)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)
        layout.addLayout(paging)
        layout.addLayout(self._build_integrity())
        self._update_paging(0, False)

    # -- building --------------------------------------------------------------
    def _build_alert(self) -> QFrame:
        self.alert = QFrame(self)
        self.alert.setObjectName("auditAlert")
        self.alert.setStyleSheet(ALERT_STYLE)
        box = QVBoxLayout(self.alert)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(6)
        title = QLabel(self.tr("Integrity alert: the records may have been replaced"))
        title.setStyleSheet("font-size: 13pt; font-weight: 700;")
        box.addWidget(title)
        explain = QLabel(self.tr(
            "At login CounselRoom found that the database is not the one this computer "
            "remembers: an older copy may have been put back, or the history was changed "
            "outside the application. Find out what happened (was a backup restored? who had "
            "access to this computer?) before you rely on the records."))
        explain.setWordWrap(True)
        box.addWidget(explain)
        self.alert_findings = QLabel()
        self.alert_findings.setObjectName("alertFindings")
        self.alert_findings.setWordWrap(True)
        self.alert_findings.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.alert_findings)
        row = QHBoxLayout()
        row.addStretch(1)
        self.acknowledge_button = QPushButton(self.tr("Confirm checked…"))
        self.acknowledge_button.setObjectName("acknowledgeAlert")
        self.acknowledge_button.setToolTip(self.tr("Record what you found and lift the alert"))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        row.addWidget(self.acknowledge_button)
        box.addLayout(row)
        self.alert.hide()
        return self.alert

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("personFilter")
        self.person_combo.setMinimumContentsLength(12)
        self.person_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("actionFilter")
        self.action_combo.setMinimumContentsLength(16)
        self.action_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._reset_combos()
        day = self.ctx.session.today()
        today = QDate(day.year, day.month, day.day)
        self.since_edit = self._date_edit("sinceDate", today.addDays(-DEFAULT_DAYS))
        self.until_edit = self._date_edit("untilDate", today)
        self.until_edit.setToolTip(self.tr("Entries of this day are included"))
        for label, widget in ((self.tr("Person"), self.person_combo),
                              (self.tr("Action"), self.action_combo),
                              (self.tr("From"), self.since_edit),
                              (self.tr("To"), self.until_edit)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
            row.addSpacing(8)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setObjectName("searchButton")
        self.search_button.setToolTip(self.tr("Search again, including entries added since"))
        self.search_button.clicked.connect(self._filters_changed)
        row.addWidget(self.search_button)
        row.addStretch(1)
        self.person_combo.currentIndexChanged.connect(self._filters_changed)
        self.action_combo.currentIndexChanged.connect(self._filters_changed)
        self.since_edit.dateChanged.connect(self._since_changed)
        self.until_edit.dateChanged.connect(self._until_changed)
        return row

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _build_integrity(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check integrity"), self)
        self.check_button.setObjectName("checkIntegrity")
        self.check_button.setToolTip(self.tr(
            "Check that the database is undamaged and that no audit entry was changed, "
            "removed or rolled back. This can take a while on a large database."))
        self.check_button.clicked.connect(self.check_integrity)
        row.addWidget(self.check_button)
        row.addStretch(1)
        column.addLayout(row)
        # A direct child of a box layout, so its wrapped lines all get room.
        self.integrity_result = QLabel(self)
        self.integrity_result.setObjectName("integrityResult")
        self.integrity_result.setWordWrap(True)
        self.integrity_result.setTextFormat(Qt.TextFormat.RichText)
        self.integrity_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.integrity_result.hide()
        column.addWidget(self.integrity_result)
        return column

    # -- Page ------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Audit log")

    @classmethod
    def allowed_for(cls, user) -> bool:
        return may_administer(user)

    def refresh(self) -> None:
        self._show_alert()
        self._fill_combos()
        self._load()

    def clear_sensitive(self) -> None:
        self._generation += 1
        self._checking = False
        self.check_button.setEnabled(True)
        self.unsetCursor()
        if self.acknowledge_dialog is not None:
            self.acknowledge_dialog.note.clear()
            self.acknowledge_dialog.reject()
        self.model.clear()
        self._reset_combos()
        self.alert_findings.clear()
        self.alert.hide()
        self.integrity_result.clear()
        self.integrity_result.hide()
        self._page = 0
        self._update_paging(0, False)
        self.count_label.clear()

    # -- filters ---------------------------------------------------------------
    def _service(self) -> AuditService:
        return AuditService(self.ctx.session)

    def _reset_combo(self, combo: QComboBox) -> None:
        everything = self.tr("Everyone") if combo is self.person_combo else self.tr("All actions")
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        combo.blockSignals(False)

    def _reset_combos(self) -> None:
        self._reset_combo(self.person_combo)
        self._reset_combo(self.action_combo)
        self._choices = None

    def _fill_combos(self) -> None:
        self.load(_choices, self._show_choices, slot="filters", failed=self.show_error)

    def _show_choices(self, choices: tuple[list[str], list[str], list[User]]) -> None:
        if choices == self._choices:
            return
        self._choices = choices
        actors, actions, users = choices
        people = {u.username: u for u in users}
        for combo, items in ((self.person_combo, [(person_label(a, people), a) for a in actors]),
                             (self.action_combo, [(action_label(a), a) for a in actions])):
            keep = combo.currentData()
            self._reset_combo(combo)
            combo.blockSignals(True)
            for label, value in sorted(items, key=lambda item: item[0].casefold()):
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
            combo.blockSignals(False)

    def _since_changed(self, value: QDate) -> None:
        if value > self.until_edit.date():
            self.until_edit.blockSignals(True)
            self.until_edit.setDate(value)
            self.until_edit.blockSignals(False)
        self._filters_changed()

    def _until_changed(self, value: QDate) -> None:
        if value < self.since_edit.date():
            self.since_edit.blockSignals(True)
            self.since_edit.setDate(value)
            self.since_edit.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self, *_args) -> None:
        self._page = 0
        self._load()

    def current_filter(self) -> AuditFilter:
        since = py_date(self.since_edit.date())
        until = py_date(self.until_edit.date()) + timedelta(days=1)  # the whole "to" day
        return AuditFilter(actor=self.person_combo.currentData(), action=self.action_combo.currentData(),
                           since=_local_midnight(since), until=_local_midnight(until),
                           limit=PAGE_SIZE + 1, offset=self._page * PAGE_SIZE)

    # -- results ---------------------------------------------------------------
    def _load(self, scroll_to_top: bool = False) -> None:
        flt = self.current_filter()
        self.load(lambda session: _entries(session, flt),
                  lambda found: self._show_entries(found, scroll_to_top), slot="entries",
                  failed=self._entries_failed)

    def _entries_failed(self, err: CounselRoomError) -> None:
        self.model.clear()
        self._update_paging(0, False)
        self.show_error(err)

    def _show_entries(self, found: tuple[list[AuditEntry], list[User]], scroll_to_top: bool) -> None:
        entries, users = found
        more = len(entries) > PAGE_SIZE
        self.model.set_entries(entries[:PAGE_SIZE], users)
        self.table.resizeColumnsToContents()
        for col in range(AuditModel.DETAILS):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col) + 20, 320))
        self._update_paging(len(entries[:PAGE_SIZE]), more)
        if scroll_to_top:
            self.table.scrollToTop()

    # Bound methods, not lambdas: a lambda holding ``self`` keeps the page alive forever.
    def previous_page(self) -> None:
        self._go(-1)

    def next_page(self) -> None:
        self._go(+1)

    def _go(self, step: int) -> None:
        self._page = max(0, self._page + step)
        self._load(scroll_to_top=True)

    def _update_paging(self, shown: int, more: bool) -> None:
        first = self._page * PAGE_SIZE + 1
        if shown:
            self.count_label.setText(self.tr("Entries {first}–{last}{more}").format(
                first=first, last=first + shown - 1, more=self.tr(", more on the next page") if more else ""))
        else:
            self.count_label.setText(self.tr("No entries match these filters."))
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(more)

    # -- integrity -------------------------------------------------------------
    def check_integrity(self) -> None:
        if self._checking:
            return
        service, generation = self._service(), self._generation
        self._checking = True
        self.check_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._show_result(HINT_STYLE, self.tr("Checking the database and the audit log…"))

        def finish() -> bool:
            if generation != self._generation:
                return False
            self._checking = False
            self.check_button.setEnabled(True)
            self.unsetCursor()
            return True

        def done(findings: list[Finding]) -> None:
            if finish():
                # Recorded here, on the GUI thread's connection; the check itself
                # ran on a connection of its own.
                service.record_check(findings)
                self._show_findings(findings)
                self._load()

        def failed(exc: BaseException) -> None:
            if not finish():
                return
            if isinstance(exc, CounselRoomError):
                self._show_result(PROBLEM_STYLE, html.escape(error_text(exc)))
            else:
                self._show_result(PROBLEM_STYLE, html.escape(message("error")))
                report_unexpected(exc)

        run_in_background(service.find_problems, done, failed)

    def _show_findings(self, findings: list[Finding]) -> None:
        checked = self.ctx.session.wall_now().strftime("%H:%M")
        if not findings:
            self._show_result(SOUND_STYLE, "<b>{}</b> {}".format(
                html.escape(self.tr("All sound.")),
                html.escape(self.tr("The database is undamaged and the audit log is complete and "
                                    "unchanged (checked at {time}).").format(time=checked))))
            return
        self._show_result(PROBLEM_STYLE, "<b>{}</b><br>{}<br>{}".format(
            html.escape(self.tr("Problems found (checked at {time}):").format(time=checked)),
            _bullets(findings),
            html.escape(self.tr("Keep this computer as it is and contact whoever looks after it; "
                                "a backup may be needed."))))

    def _show_result(self, style: str, rich_text: str) -> None:
        self.integrity_result.setStyleSheet(style)
        self.integrity_result.setText(rich_text)
        self.integrity_result.show()

    # -- integrity alert from login --------------------------------------------
    def _show_alert(self) -> None:
        try:
            pending = self._service().alert_pending
        except CounselRoomError:
            pending = False
        if not pending:
            self.alert.hide()
            return
        findings = list(self.ctx.session.findings)
        self.alert_findings.setText(_bullets(findings))
        self.alert_findings.setVisible(bool(findings))
        self.alert.show()

    def acknowledge(self) -> None:
        self.acknowledge_dialog = AcknowledgeAlertDialog(self)
        # Bound methods, not closures: see AccountsPage._open.
        self.acknowledge_dialog.accepted.connect(self._acknowledged)
        self.acknowledge_dialog.finished.connect(self._acknowledge_closed)
        self.acknowledge_dialog.open()

    def _acknowledged(self) -> None:
        dialog = self.sender()
        assert isinstance(dialog, AcknowledgeAlertDialog)   # only its accepted signal comes here
        note = dialog.note_text()
        try:
            self._service().acknowledge_alert(note)
        except CounselRoomError as err:
            self.show_error(err)
            return
        self.refresh()
        self._show_result(SOUND_STYLE, html.escape(self.tr(
            "The alert is confirmed and your note is in the audit log.")))

    def _acknowledge_closed(self) -> None:
        self.sender().deleteLater()
        self.acknowledge_dialog = None


def _choices(session: Session) -> tuple[list[str], list[str], list[User]]:
    """What the person and action filters offer (on a worker)."""
    service = AuditService(session)
    return service.actors(), service.actions(), AccountService(session).list()


def _entries(session: Session, flt: AuditFilter) -> tuple[list[AuditEntry], list[User]]:
    """One page of entries (and one more, to know whether another page follows), with the
    accounts that name their people (on a worker)."""
    return AuditService(session).search(flt), AccountService(session).list()


def _bullets(findings: list[Finding]) -> str:
    return "<br>".join(f"•&nbsp;{html.escape(finding_text(f))}" for f in findings)


def _local_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day).astimezone()
