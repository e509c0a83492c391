"""The end-of-day closing checklist (闭室检查, R10).

Before leaving, the person closing the room ticks the physical items (windows,
doors, power, wiring, the locked cabinet, a tidy room, nobody left) and looks at
what the records say by themselves: visit records signed, appointments settled,
open crises reviewed today, test materials back. A check that does not pass
names what fails (by staff member, time or material, never a client) and offers
a way there; signing anyway needs a reason, which is kept. The supervisor also
sees the month: every day signed or missed, printable as one PDF, and edits the
list of physical items.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout, QCheckBox, QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPlainTextEdit,
    QPushButton, QScrollArea,
    QSizePolicy, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from counselroom.domain.access import may_see_clinical
from counselroom.domain.closing import (
    DEFAULTS_BY_CODE, REASON_MAX, Checklist, ChecklistItem, CheckId, Closing, ClosingDay, DataCheck, ItemAnswer,
)
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.plural import plural
from counselroom.services.closing import ClosingService
from counselroom.services.printing import PrintService
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.closing_items_dialog import ClosingItemsDialog
from counselroom.ui.messages import error_text
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.pages.base import Page
from counselroom.ui.printing import print_pdf, save_pdf
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.form import FieldError
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

PASS_INK = "#1e7d32"
FAIL_INK = "#b3261e"
QUIET_INK = "#80868b"
NARROW_WIDTH = 900             # below this the room and the records go one above the other
LIVE_INTERVAL_MS = 60_000       # the data checks are asked again while the page is open
ITEM_STYLE = ("QCheckBox { font-size: 12pt; padding: 5px 2px; spacing: 10px; }"
              "QCheckBox::indicator { width: 22px; height: 22px; }")
BOX_STYLE = ("QGroupBox { font-weight: 600; font-size: 11pt; border: 1px solid #d5d2c8; border-radius: 6px; "
             "margin-top: 12px; padding: 10px 8px 6px 8px; }"
             "QGroupBox::title { subcontrol-origin: margin; subcontrol-position: top left; left: 10px; "
             "padding: 0 4px; }")
MISSED_STYLE = ("#lastClosing { background: #fdecea; border: 1px solid #e6a19b; border-radius: 6px; "
                "padding: 6px 10px; color: #5c1411; }")

#: Where the work behind each data check is done (a page key of the main window).
CHECK_PAGES = {
    CheckId.VISITS_SIGNED.value: "visits",
    CheckId.APPOINTMENTS_RESOLVED.value: "appointments",
    CheckId.CRISES_REVIEWED.value: "crises",
    CheckId.MATERIALS_RETURNED.value: "materials",
    CheckId.BACKUP_MADE.value: "settings",   # the Backups group
    CheckId.DUTY_ENDED.value: "duty",
}


def weekday_name(day: date) -> str:
    return (QCoreApplication.translate("ClosingPage", "Mon"), QCoreApplication.translate("ClosingPage", "Tue"),
            QCoreApplication.translate("ClosingPage", "Wed"), QCoreApplication.translate("ClosingPage", "Thu"),
            QCoreApplication.translate("ClosingPage", "Fri"), QCoreApplication.translate("ClosingPage", "Sat"),
            QCoreApplication.translate("ClosingPage", "Sun"))[day.weekday()]


def check_title(check_id: str) -> str:
    """A data check's name; a check this version does not know shows its id."""
    return {
        CheckId.VISITS_SIGNED.value: QCoreApplication.translate("ClosingPage", "Visit records signed"),
        CheckId.APPOINTMENTS_RESOLVED.value: QCoreApplication.translate("ClosingPage", "Appointments settled"),
        CheckId.CRISES_REVIEWED.value: QCoreApplication.translate("ClosingPage", "Open crises reviewed today"),
        CheckId.MATERIALS_RETURNED.value: QCoreApplication.translate("ClosingPage", "Test materials back"),
        CheckId.BACKUP_MADE.value: QCoreApplication.translate("ClosingPage", "Local backup made today"),
        CheckId.DUTY_ENDED.value: QCoreApplication.translate("ClosingPage", "Duty ended"),
    }.get(check_id, check_id)


def _names(check: DataCheck) -> str:
    return QCoreApplication.translate("ClosingPage", ", ").join(check.names)


def check_detail(check: DataCheck) -> str:
    """What the check found, in one or two sentences: counts and who or what, no client."""
    c = check.count
    if check.id == CheckId.VISITS_SIGNED.value:
        if check.passed:
            return QCoreApplication.translate("ClosingPage", "Every visit record is signed.")
        text = plural(c("unsigned"),
                      QCoreApplication.translate("ClosingPage", "{count} visit record not signed: {names}."),
                      QCoreApplication.translate("ClosingPage", "{count} visit records not signed: {names}.")).format(
            count=c("unsigned"), names=_names(check))
        if c("earlier"):
            text += " " + QCoreApplication.translate("ClosingPage", "{count} of them from earlier days.").format(
                count=c("earlier"))
        return text
    if check.id == CheckId.APPOINTMENTS_RESOLVED.value:
        if check.passed:
            if not c("total"):
                return QCoreApplication.translate("ClosingPage", "No appointments today.")
            return plural(c("total"),
                          QCoreApplication.translate("ClosingPage", "The day's {count} appointment is settled."),
                          QCoreApplication.translate("ClosingPage", "All {count} appointments of the day are settled.")
                          ).format(count=c("total"))
        return plural(c("booked"), QCoreApplication.translate(
            "ClosingPage", "{count} appointment still only booked: {names}. Mark it attended, no-show or "
            "cancelled."), QCoreApplication.translate(
            "ClosingPage", "{count} appointments still only booked: {names}. Mark each attended, no-show or "
            "cancelled.")).format(count=c("booked"), names=_names(check))
    if check.id == CheckId.CRISES_REVIEWED.value:
        if check.passed:
            if not c("open"):
                return QCoreApplication.translate("ClosingPage", "No open crisis.")
            return plural(c("open"),
                          QCoreApplication.translate("ClosingPage", "The {count} open crisis was looked at today."),
                          QCoreApplication.translate("ClosingPage", "All {count} open crises were looked at today.")
                          ).format(count=c("open"))
        return plural(c("unreviewed"), QCoreApplication.translate(
            "ClosingPage", "{count} open crisis not reviewed today: {names}. Its counsellor reviews it on the "
            "Crises page."), QCoreApplication.translate(
            "ClosingPage", "{count} open crises not reviewed today: {names}. Their counsellor reviews them on "
            "the Crises page.")).format(count=c("unreviewed"), names=_names(check))
    if check.id == CheckId.MATERIALS_RETURNED.value:
        if check.passed:
            return QCoreApplication.translate("ClosingPage", "Every test material is back and the counts add up.")
        parts = []
        if c("out"):
            parts.append(plural(c("out"), QCoreApplication.translate("ClosingPage", "{count} copy still out"),
                                QCoreApplication.translate("ClosingPage", "{count} copies still out")).format(
                count=c("out")))
        if c("mismatched"):
            parts.append(plural(
                c("mismatched"),
                QCoreApplication.translate("ClosingPage", "{count} material whose counts do not add up"),
                QCoreApplication.translate("ClosingPage", "{count} materials whose counts do not add up")
            ).format(count=c("mismatched")))
        return QCoreApplication.translate("ClosingPage", "{what}: {names}.").format(
            what=QCoreApplication.translate("ClosingPage", "; ").join(parts), names=_names(check))
    if check.id == CheckId.DUTY_ENDED.value:
        if check.passed:
            return QCoreApplication.translate("ClosingPage", "Nobody is still on duty.")
        return QCoreApplication.translate(
            "ClosingPage", "Still on duty since: {names}. End the duty on the Duty page.").format(names=_names(check))
    if check.id == CheckId.BACKUP_MADE.value:
        if check.passed:
            return QCoreApplication.translate("ClosingPage", "The records were backed up today.")
        return QCoreApplication.translate(
            "ClosingPage", "No backup of the records today. The supervisor makes one under Settings → Backups.")
    if check.passed:
        return QCoreApplication.translate("ClosingPage", "Passes.")
    if check.names:
        return QCoreApplication.translate("ClosingPage", "Does not pass: {names}.").format(names=_names(check))
    return QCoreApplication.translate("ClosingPage", "Does not pass.")


def go_text(check_id: str) -> str:
    return {
        CheckId.VISITS_SIGNED.value: QCoreApplication.translate("ClosingPage", "Open visit records"),
        CheckId.APPOINTMENTS_RESOLVED.value: QCoreApplication.translate("ClosingPage", "Open appointments"),
        CheckId.CRISES_REVIEWED.value: QCoreApplication.translate("ClosingPage", "Open crises"),
        CheckId.MATERIALS_RETURNED.value: QCoreApplication.translate("ClosingPage", "Open test materials"),
        CheckId.BACKUP_MADE.value: QCoreApplication.translate("ClosingPage", "Open settings"),
        CheckId.DUTY_ENDED.value: QCoreApplication.translate("ClosingPage", "Open the duty log"),
    }.get(check_id, "")


def default_item_english(code: str) -> str:
    return {
        "windows": QCoreApplication.translate("ClosingPage", "Windows of every room closed"),
        "doors": QCoreApplication.translate("ClosingPage", "Doors of every room closed and locked"),
        "power": QCoreApplication.translate("ClosingPage", "Electrical equipment switched off"),
        "wiring": QCoreApplication.translate("ClosingPage", "No private wiring or extension leads"),
        "cabinet": QCoreApplication.translate("ClosingPage", "Records and test materials locked in the cabinet"),
        "tidy": QCoreApplication.translate("ClosingPage", "Room tidy, things back in their place"),
        "visitors": QCoreApplication.translate("ClosingPage", "No visitor or anyone else left in the rooms"),
    }.get(code, "")


def item_text(item: ChecklistItem | ItemAnswer, language: str) -> str:
    """The room's own words; a default item still in its default (Chinese) words reads in English
    on an English screen."""
    if language.lower().startswith("en") and item.is_default_text:
        return default_item_english(item.code or "") or item.label
    return item.label


def closing_summary(closing: Closing) -> str:
    text = QCoreApplication.translate("ClosingPage", "Signed by {name} at {time}.").format(
        name=closing.signed_by_name, time=closing.signed_at.astimezone().strftime("%H:%M"))
    if closing.overridden:
        failed = len(closing.failed_checks)
        text += " " + plural(
            failed, QCoreApplication.translate("ClosingPage", "{count} check did not pass; the reason was kept."),
            QCoreApplication.translate("ClosingPage", "{count} checks did not pass; the reason was kept.")
        ).format(count=failed)
    return text


def closing_text(closing: Closing, language: str) -> str:
    """A signed closing as plain lines: what was ticked, what the records said, the reason."""
    lines = [f"{closing.day.isoformat()} ({weekday_name(closing.day)}) — {closing_summary(closing)}", "",
             QCoreApplication.translate("ClosingPage", "The room:")]
    lines += [f"  {'✓' if a.checked else '✗'} {item_text(a, language)}" for a in closing.items]
    lines += ["", QCoreApplication.translate("ClosingPage", "The records, when it was signed:")]
    lines += [f"  {'✓' if c.passed else '✗'} {check_title(c.id)} — {check_detail(c)}" for c in closing.checks]
    if closing.reason:
        lines += ["", QCoreApplication.translate("ClosingPage", "Reason: {reason}").format(reason=closing.reason)]
    return "\n".join(lines)


class CheckRow(QFrame):
    """One data check: ✓ or ✗, its name, what it found, and a button to where the work is."""

    def __init__(self, parent: QWidget, on_go) -> None:
        super().__init__(parent)
        self.check: DataCheck | None = None
        self._on_go = on_go
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(10)
        self.mark = QLabel(self)
        self.mark.setObjectName("checkMark")
        self.mark.setFixedWidth(24)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        row.addWidget(self.mark)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.title = QLabel(self)
        self.title.setObjectName("checkTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.detail = QLabel(self)
        self.detail.setObjectName("checkDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.title)
        column.addWidget(self.detail)
        row.addLayout(column, 1)
        self.go = QPushButton(self)
        self.go.setObjectName("checkGo")
        self.go.setAutoDefault(False)
        self.go.clicked.connect(self._go)
        self.go.hide()
        row.addWidget(self.go, 0, Qt.AlignmentFlag.AlignTop)

    def show_check(self, check: DataCheck, *, live: bool) -> None:
        self.check = check
        self.setObjectName(f"check_{check.id}")
        self.mark.setText("✓" if check.passed else "✗")
        self.mark.setStyleSheet(f"font-size: 16pt; font-weight: 700; color: {PASS_INK if check.passed else FAIL_INK};")
        self.title.setText(check_title(check.id))
        self.detail.setText(check_detail(check))
        self.detail.setStyleSheet(HINT_STYLE if check.passed else ERROR_STYLE)
        target = go_text(check.id)
        self.go.setText(target)
        self.go.setToolTip(QCoreApplication.translate("ClosingPage", "Go to the page where this is done"))
        self.go.setVisible(live and not check.passed and bool(target))

    def _go(self) -> None:
        if self.check is not None:
            self._on_go(self.check.id)

    def clear(self) -> None:
        self.check = None
        for label in (self.mark, self.title, self.detail):
            label.clear()
        self.go.hide()


class HistoryModel(RowsModel):
    """The days of a month: signed, missed, not an opening day."""
    DAY, WEEKDAY, STATUS, SIGNED_BY, TIME, RECORDS = range(6)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Day"), self.tr("Closing"), self.tr("Signed by"), self.tr("Time"),
                self.tr("Records"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(d, col)
        if role == SORT_ROLE:
            return d.day.isoformat() if col in (self.DAY, self.WEEKDAY) else self._text(d, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if d.missed:
                return QBrush(QColor(FAIL_INK))
            if d.closing is None:
                return QBrush(QColor(QUIET_INK))
            if col == self.RECORDS and d.closing.overridden:
                return QBrush(QColor(FAIL_INK))
        if role == Qt.ItemDataRole.BackgroundRole and d.missed:
            return QBrush(QColor("#fdecea"))
        if role == Qt.ItemDataRole.FontRole and d.missed and col == self.STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and d.closing is not None and d.closing.reason:
            return self.tr("Reason: {reason}").format(reason=d.closing.reason)
        return None

    def _text(self, d: ClosingDay, col: int) -> str:
        if col == self.DAY:
            return d.day.isoformat()
        if col == self.WEEKDAY:
            return weekday_name(d.day)
        closing = d.closing
        if col == self.STATUS:
            if closing is not None:
                return self.tr("Signed")
            if d.missed:
                return self.tr("Missed")
            if not d.open_day:
                return self.tr("Closed day")
            if d.future or not d.in_use:
                return ""
            return self.tr("Not signed yet")
        if closing is None:
            return ""
        if col == self.SIGNED_BY:
            return closing.signed_by_name
        if col == self.TIME:
            return closing.signed_at.astimezone().strftime("%H:%M")
        failed = closing.failed_checks
        if not failed:
            return self.tr("All passed")
        return self.tr("{count} did not pass (with a reason)").format(count=len(failed))


class ClosingPage(Page):
    key = "closing"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._supervisor = ctx.user.is_supervisor
        self._checklist: Checklist | None = None
        self._boxes: list[tuple[ChecklistItem, QCheckBox]] = []
        today = ctx.session.today()
        self._month = (today.year, today.month)
        layout = self.page_column(spacing=8)

        self.day_line = QLabel(self)
        self.day_line.setObjectName("closingDay")
        self.day_line.setWordWrap(True)
        self.day_line.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.day_line)
        self.last_closing = QLabel(self)
        self.last_closing.setObjectName("lastClosing")
        self.last_closing.setWordWrap(True)
        self.last_closing.setStyleSheet(MISSED_STYLE)
        self.last_closing.hide()
        layout.addWidget(self.last_closing)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("closingTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_today(), self.tr("Today"))
        self.history_tab = None
        if self._supervisor:
            self.history_tab = self._build_history()
            self.tabs.addTab(self.history_tab, self.tr("Month"))
            self.tabs.currentChanged.connect(self._tab_changed)
        else:
            self.tabs.tabBar().hide()
        layout.addWidget(self.tabs, 1)
        self.add_status_line(layout, "closingStatus", self._status_expired)

        self._live = QTimer(self, interval=LIVE_INTERVAL_MS)
        self._live.timeout.connect(self._live_tick)

    # -- building ------------------------------------------------------------------------------------
    def _build_today(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setObjectName("todayScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        host = QWidget(scroll)
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 6, 8, 6)
        column.setSpacing(8)

        self.state_line = QLabel(host)
        self.state_line.setObjectName("closingState")
        self.state_line.setWordWrap(True)
        column.addWidget(self.state_line)

        # Side by side on a wide page, one above the other on a narrow one (see resizeEvent).
        row = self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(16)
        # -- the room ---------------------------------------------------------------------------------------
        self.room_box = QGroupBox(self.tr("The room"), host)
        self.room_box.setObjectName("roomBox")
        self.room_box.setStyleSheet(BOX_STYLE)
        room = QVBoxLayout(self.room_box)
        room.setSpacing(2)
        self.room_hint = QLabel(self.tr("Go round the rooms and tick each item once it is done."), self.room_box)
        self.room_hint.setWordWrap(True)
        self.room_hint.setStyleSheet(HINT_STYLE + " font-weight: normal;")
        room.addWidget(self.room_hint)
        self.items_column = QVBoxLayout()
        self.items_column.setSpacing(0)
        room.addLayout(self.items_column)
        self.items_error = FieldError(self.room_box)
        self.items_error.setObjectName("itemsError")
        self.items_error.add_to(room)     # its line kept: the buttons under it stay put
        room_bar = QHBoxLayout()
        room_bar.addStretch(1)
        self.edit_items_button = None
        if self._supervisor:
            self.edit_items_button = self.make_button(
                "editItems", self.tr("Edit items…"),
                self.tr("Change the list of items to check (signed closings keep their own words)"),
                self.edit_items)
            room_bar.addWidget(self.edit_items_button)
        room.addLayout(room_bar)
        room.addStretch(1)
        row.addWidget(self.room_box, 2)

        # -- the records ------------------------------------------------------------------------------------
        self.records_box = QGroupBox(self.tr("The records"), host)
        self.records_box.setObjectName("recordsBox")
        self.records_box.setStyleSheet(BOX_STYLE)
        records = QVBoxLayout(self.records_box)
        records.setSpacing(2)
        self.records_hint = QLabel(self.tr("Checked by CounselRoom itself, for the whole room."), self.records_box)
        self.records_hint.setWordWrap(True)
        self.records_hint.setStyleSheet(HINT_STYLE + " font-weight: normal;")
        records.addWidget(self.records_hint)
        self.checks_column = QVBoxLayout()
        self.checks_column.setSpacing(2)
        records.addLayout(self.checks_column)
        self.check_rows: list[CheckRow] = []
        records_bar = QHBoxLayout()
        self.checked_at = QLabel(self.records_box)
        self.checked_at.setObjectName("checkedAt")
        self.checked_at.setStyleSheet(HINT_STYLE + " font-weight: normal;")
        records_bar.addWidget(self.checked_at, 1)
        self.recheck_button = self.make_button("checkAgain", self.tr("Check again"),
                                               self.tr("Ask the records again (F5)"), self.check_again)
        self.recheck_button.setShortcut(QKeySequence("F5"))
        records_bar.addWidget(self.recheck_button)
        records.addLayout(records_bar)
        records.addStretch(1)
        row.addWidget(self.records_box, 3)
        column.addLayout(row)

        # -- the reason, when a check does not pass ------------------------------------------------------------
        self.reason_box = QWidget(host)
        self.reason_box.setObjectName("reasonBox")
        reason_col = QVBoxLayout(self.reason_box)
        reason_col.setContentsMargins(0, 0, 0, 0)
        reason_col.setSpacing(4)
        self.reason_label = QLabel(self.tr("&Why is the room closed with this open? (kept with the closing)"),
                                   self.reason_box)
        self.reason_label.setStyleSheet("font-weight: 600;")
        self.reason_label.setWordWrap(True)
        self.reason = QPlainTextEdit(self.reason_box)
        self.reason.setObjectName("closingReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("e.g. 周老师的记录明早补签，已告知负责人"))
        self.reason.setFixedHeight(58)
        self.reason.textChanged.connect(self._reason_changed)
        self.reason_label.setBuddy(self.reason)
        self.reason_error = FieldError(self.reason_box)
        self.reason_error.setObjectName("reasonError")
        reason_col.addWidget(self.reason_label)
        reason_col.addWidget(self.reason)
        self.reason_error.add_to(reason_col)
        self.reason_box.hide()
        column.addWidget(self.reason_box)
        self.signed_reason = QLabel(host)
        self.signed_reason.setObjectName("signedReason")
        self.signed_reason.setWordWrap(True)
        self.signed_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.signed_reason.hide()
        column.addWidget(self.signed_reason)

        sign_row = QHBoxLayout()
        self.sign_button = self.make_button(
            "signClosing", self.tr("Sign the closing"),
            self.tr("Sign today's closing checklist with your name and the time (Ctrl+Return)"), self.sign)
        self.sign_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.sign_button.setMinimumHeight(36)
        self.sign_button.setStyleSheet("QPushButton { font-weight: 600; padding: 4px 18px; }")
        sign_row.addWidget(self.sign_button)
        self.sign_hint = QLabel(host)
        self.sign_hint.setObjectName("signHint")
        self.sign_hint.setWordWrap(True)
        self.sign_hint.setStyleSheet(HINT_STYLE)
        sign_row.addWidget(self.sign_hint, 1)
        column.addLayout(sign_row)
        column.addStretch(1)
        scroll.setWidget(host)
        return scroll

    def _build_history(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.prev_month = self.make_button("previousMonth", "◀", self.tr("The month before"), self.previous_month)
        self.next_month = self.make_button("nextMonth", "▶", self.tr("The month after"), self.following_month)
        for button in (self.prev_month, self.next_month):
            button.setFixedWidth(36)
        self.month_label = QLabel(box)
        self.month_label.setObjectName("monthLabel")
        self.month_label.setStyleSheet("font-weight: 600; font-size: 12pt; padding: 0 8px;")
        self.this_month = self.make_button("thisMonth", self.tr("This month"), self.tr("Back to this month"),
                                           self.current_month)
        bar.addWidget(self.prev_month)
        bar.addWidget(self.month_label)
        bar.addWidget(self.next_month)
        bar.addWidget(self.this_month)
        bar.addStretch(1)
        self.print_button = self.make_button("printMonth", self.tr("Print month…"),
                                             self.tr("Print the month's closings for the file"), self.print_month)
        self.save_button = self.make_button("saveMonth", self.tr("Save month as PDF…"),
                                            self.tr("Save the month's closings as a PDF file"), self.save_month)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        column.addLayout(bar)
        self.month_summary = QLabel(box)
        self.month_summary.setObjectName("monthSummary")
        self.month_summary.setWordWrap(True)
        column.addWidget(self.month_summary)

        self.history_model = HistoryModel(self)
        self.history_proxy = sorted_proxy(self.history_model, self)
        self.history_table = RecordTable("historyTable", self.history_proxy, box, sort_column=HistoryModel.DAY)
        self.history_table.selectionModel().selectionChanged.connect(self._day_selected)
        detail_scroll = QScrollArea(box)
        detail_scroll.setWidgetResizable(True)
        self.day_detail = QLabel(detail_scroll)
        self.day_detail.setObjectName("dayDetail")
        self.day_detail.setWordWrap(True)
        self.day_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.day_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.day_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.day_detail.setContentsMargins(10, 8, 10, 8)
        detail_scroll.setWidget(self.day_detail)
        splitter = QSplitter(Qt.Orientation.Horizontal, box)
        splitter.addWidget(self.history_table)
        splitter.addWidget(detail_scroll)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 380])
        detail_scroll.setMinimumWidth(300)
        header = self.history_table.horizontalHeader()
        for col in range(HistoryModel.RECORDS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(splitter, 1)
        return box

    # -- Page -------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Closing checklist")

    @classmethod
    def allowed_for(cls, user) -> bool:
        # The room is closed by the counselling staff: no one else may be in it alone (R16).
        return may_see_clinical(user)

    @property
    def _service(self) -> ClosingService:
        return ClosingService(self.ctx.session)

    def refresh(self) -> None:
        self._load()
        if self.history_tab is not None and self.tabs.currentWidget() is self.history_tab:
            self._load_month()
        if self.isVisible():
            self._live.start()

    def clear_sensitive(self) -> None:
        self._live.stop()
        self.close_dialogs()
        self._checklist = None
        self._set_items([], {})
        for row in self.check_rows:
            row.clear()
        self.reason.clear()
        self.reason_error.show_text("")
        self.items_error.show_text("")
        self.reason_box.hide()
        self.signed_reason.clear()
        self.signed_reason.hide()
        for label in (self.day_line, self.state_line, self.last_closing, self.checked_at, self.sign_hint,
                      self.status):
            label.clear()
        self.last_closing.hide()
        self.sign_button.setEnabled(False)
        if self.history_tab is not None:
            self.history_table.selectionModel().blockSignals(True)
            self.history_model.clear()
            self.history_table.selectionModel().blockSignals(False)
            self.month_summary.clear()
            self.day_detail.clear()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self.ctx.session.locked:
            self._live.start()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        narrow = self.width() < NARROW_WIDTH
        self.columns.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._live.stop()
        super().hideEvent(event)

    def _status_expired(self) -> None:
        self.status.clear()

    # -- today ------------------------------------------------------------------------------------------
    def _load(self) -> None:
        try:
            checklist = self._service.checklist()
            last = self._service.last_status()
        except CounselRoomError as err:
            self.show_error(err)
            return
        ticks = {item.id: box.isChecked() for item, box in self._boxes}
        same_list = self._checklist is not None and self._checklist.items == checklist.items \
            and self._checklist.day == checklist.day
        self._checklist = checklist
        self._show_day(checklist, last)
        if checklist.closing is not None:
            self._show_signed(checklist.closing)
            return
        self._set_items(list(checklist.items), ticks if same_list else {})
        self._show_checks(checklist.checks, live=True)
        self._update_sign_state()

    def _show_day(self, checklist: Checklist, last) -> None:
        day = checklist.day
        if checklist.closes_at is not None:
            text = self.tr("Today, {day} ({weekday}). The room closes at {time}.").format(
                day=day.isoformat(), weekday=weekday_name(day), time=checklist.closes_at.strftime("%H:%M"))
        else:
            text = self.tr("Today, {day} ({weekday}), the room does not open; a closing can still be signed.").format(
                day=day.isoformat(), weekday=weekday_name(day))
        self.day_line.setText(text)
        if last is not None and last.missed:
            self.last_closing.setText(self.tr(
                "The closing of {day} ({weekday}) was not signed. Tell the supervisor if the room was left "
                "open or unchecked.").format(day=last.day.isoformat(), weekday=weekday_name(last.day)))
            self.last_closing.show()
        else:
            self.last_closing.hide()

    def _set_items(self, items: list[ChecklistItem], ticks: dict[int, bool], *, enabled: bool = True) -> None:
        for _, box in self._boxes:
            self.items_column.removeWidget(box)
            box.hide()
            box.setParent(None)
            box.deleteLater()
        self._boxes = []
        previous: QWidget | None = None
        for item in items:
            box = QCheckBox(item_text(item, self.ctx.language), self.room_box)
            box.setObjectName(f"item_{item.id}")
            box.setStyleSheet(ITEM_STYLE)
            box.setChecked(ticks.get(item.id, False))
            box.setEnabled(enabled)
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            default = DEFAULTS_BY_CODE.get(item.code or "")
            if default is not None:
                box.setToolTip(self.tr("From the rules: {rule}").format(rule=default.rule))
            box.toggled.connect(self._ticked)
            self.items_column.addWidget(box)
            if previous is not None:
                QWidget.setTabOrder(previous, box)
            previous = box
            self._boxes.append((item, box))

    def _show_checks(self, checks: tuple[DataCheck, ...], *, live: bool) -> None:
        while len(self.check_rows) < len(checks):
            row = CheckRow(self.records_box, self._go_to)
            self.checks_column.addWidget(row)
            self.check_rows.append(row)
        for row, check in zip(self.check_rows, checks):
            row.show_check(check, live=live)
            row.show()
        for row in self.check_rows[len(checks):]:
            row.clear()
            row.hide()
        if live:
            self.checked_at.setText(self.tr("Checked at {time}.").format(
                time=self.ctx.session.wall_now().strftime("%H:%M")))
        self.recheck_button.setVisible(live)

    def _failing(self) -> tuple[DataCheck, ...]:
        return self._checklist.failed_checks if self._checklist is not None else ()

    def _update_sign_state(self) -> None:
        checklist = self._checklist
        if checklist is None or checklist.closing is not None:
            return
        failing = self._failing()
        self.reason_box.setVisible(bool(failing))
        self.signed_reason.hide()
        self.room_hint.show()
        unticked = sum(1 for _, box in self._boxes if not box.isChecked())
        after_hours = self.ctx.session.wall_now().time() >= checklist.closes_at if checklist.closes_at else False
        self.state_line.setText(self.tr("Not signed yet — the room's hours are over.") if after_hours
                                else self.tr("Not signed yet."))
        self.state_line.setStyleSheet(ERROR_STYLE + " font-weight: 600;" if after_hours else "font-weight: 600;")
        if checklist.signer_on_duty_since is not None:
            hint = self.tr("You are still on duty (since {time}): end your duty on the Duty page first.").format(
                time=f"{checklist.signer_on_duty_since:%H:%M}")
        elif unticked:
            hint = plural(unticked, self.tr("{count} item of the room still to tick."),
                          self.tr("{count} items of the room still to tick.")).format(count=unticked)
        elif failing and not self.reason.toPlainText().strip():
            hint = plural(len(failing),
                          self.tr("{count} check of the records does not pass: say why above, or settle it first."),
                          self.tr("{count} checks of the records do not pass: say why above, or settle them first.")
                          ).format(count=len(failing))
        else:
            hint = self.tr("Ready to sign.")
        self.sign_hint.setText(hint)
        self.sign_button.setEnabled(True)
        self.sign_button.show()

    def _show_signed(self, closing: Closing) -> None:
        """The day is signed: show what was signed, as it was (not the list or the records as they are now)."""
        self._set_items([ChecklistItem(a.item_id, a.label, code=a.code) for a in closing.items],
                        {a.item_id: a.checked for a in closing.items}, enabled=False)
        self._show_checks(closing.checks, live=False)
        self.checked_at.setText(self.tr("As the records were when it was signed."))
        self.state_line.setText(closing_summary(closing))
        self.state_line.setStyleSheet(OK_STYLE + " font-weight: 600;")
        self.reason_box.hide()
        self.reason_error.show_text("")
        self.items_error.show_text("")
        self.room_hint.hide()
        if closing.reason:
            self.signed_reason.setText(self.tr("Reason: {reason}").format(reason=closing.reason))
            self.signed_reason.show()
        else:
            self.signed_reason.hide()
        self.sign_button.setEnabled(False)
        self.sign_hint.setText(self.tr("Today's closing is signed. Nothing more to do here today."))

    def _ticked(self, _checked: bool) -> None:
        self.items_error.show_text("")
        self._update_sign_state()

    def _reason_changed(self) -> None:
        self.reason_error.show_text("")
        self._update_sign_state()

    def check_again(self) -> None:
        """Ask the records again; what was ticked and typed stays."""
        self._load()

    def _live_tick(self) -> None:
        if self.ctx.session.locked or not self.isVisible():
            self._live.stop()
            return
        if self._checklist is not None and self._checklist.closing is None:
            self._load()

    def _go_to(self, check_id: str) -> None:
        key = CHECK_PAGES.get(check_id)
        window = self.window()
        go_to = getattr(window, "go_to", None)
        if key and callable(go_to) and getattr(window, "page", lambda _k: None)(key) is not None:
            go_to(key)

    def sign(self) -> None:
        checklist = self._checklist
        if checklist is None or checklist.closing is not None:
            return
        self.items_error.show_text("")
        self.reason_error.show_text("")
        answers = {item.id: box.isChecked() for item, box in self._boxes}
        reason = self.reason.toPlainText().strip()
        if len(reason) > REASON_MAX:
            self.reason_error.show_text(error_text(ValidationError("reason", "text.too_long", max=REASON_MAX)))
            return
        question = self.tr("Sign today's closing as {name}? A signed closing cannot be changed.").format(
            name=self.ctx.user.display_name)
        answer = QMessageBox.question(self, self.title(), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            closing = self._service.sign(checklist.day, answers, reason or None)
        except ValidationError as err:
            self._refused(err)
            return
        except CounselRoomError as err:
            self.show_error(err)
            return
        self.reason.clear()
        self._load()
        self.show_done(self.tr("Today's closing is signed ({time}).").format(
            time=closing.signed_at.astimezone().strftime("%H:%M")))
        if self.history_tab is not None:
            self._load_month()

    def _refused(self, err: ValidationError) -> None:
        """Shown where it belongs; what was ticked and typed stays."""
        if err.code in ("closing.items_changed", "closing.reason_required", "closing.already_signed",
                        "closing.not_today"):
            self._load()   # the list, the records or the day changed meanwhile (past midnight: a new day)
        if err.field == "reason":
            self.reason_box.show()
            self.reason_error.show_text(error_text(err))
            self.reason.setFocus()
        elif err.field == "items":
            self.items_error.show_text(error_text(err))
            first = next((box for _, box in self._boxes if not box.isChecked()), None)
            if first is not None:
                first.setFocus()
        else:
            self.show_error(err)

    def edit_items(self) -> None:
        dialog = ClosingItemsDialog(self.ctx.session, self)
        dialog.accepted.connect(self._items_saved)
        self.open_dialog(dialog)

    def _items_saved(self) -> None:
        self._load()
        self.show_done(self.tr("The checklist items are saved; they apply from the next closing."))

    # -- the month (supervisor) --------------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.history_tab and not self.ctx.session.locked:
            self._load_month()

    def _load_month(self) -> None:
        year, month = self._month
        self.month_label.setText(self.tr("{year}-{month:02d}").format(year=year, month=month))
        today = self.ctx.session.today()
        self.next_month.setEnabled((year, month) < (today.year, today.month))
        try:
            days = self._service.history(year, month)
        except CounselRoomError as err:
            self.show_error(err)
            return
        self.history_table.selectionModel().blockSignals(True)
        self.history_model.set_rows(days)
        self.history_table.selectionModel().blockSignals(False)
        self.day_detail.setText(self.tr("Choose a day to see its closing."))
        # The latest day that counts (today, in this month) is selected, so the table opens where the news is.
        latest = max((r for r, d in enumerate(days) if d.counts), default=-1)
        if self.history_table.select_model_row(latest):
            self.history_table.scrollTo(self.history_table.currentIndex())
        past_open = [d for d in days if d.open_day and d.in_use and not d.future]
        signed = [d for d in days if d.closing is not None]
        missed = [d for d in days if d.missed]
        if not past_open and not signed:
            self.month_summary.setText(self.tr("No opening days in this month yet."))
            self.month_summary.setStyleSheet(HINT_STYLE)
            return
        text = self.tr("Opening days: {open}; signed: {signed} ({overridden} with a reason); missed: {missed}.").format(
            open=len(past_open), signed=len(signed), overridden=len([d for d in signed if d.closing.overridden]),
            missed=len(missed))
        if missed:
            text += " " + self.tr("Missed: {days}.").format(
                days=self.tr(", ").join(d.day.strftime("%d") for d in missed))
        self.month_summary.setText(text)
        self.month_summary.setStyleSheet(ERROR_STYLE if missed else OK_STYLE)

    def _day_selected(self) -> None:
        day = self.history_table.selected_record()
        if day is None:
            return
        if day.closing is not None:
            self.day_detail.setText(closing_text(day.closing, self.ctx.language))
        elif day.missed:
            self.day_detail.setText(self.tr("{day}: the room was open and nobody signed its closing.").format(
                day=day.day.isoformat()))
        elif not day.open_day:
            self.day_detail.setText(self.tr("{day}: the room does not open on this day.").format(
                day=day.day.isoformat()))
        elif not day.in_use:
            self.day_detail.setText(self.tr("{day}: before the closing checklist was in use.").format(
                day=day.day.isoformat()))
        elif day.future:
            self.day_detail.setText(self.tr("{day}: still to come.").format(day=day.day.isoformat()))
        else:
            self.day_detail.setText(self.tr("{day}: not signed yet.").format(day=day.day.isoformat()))

    def _shift_month(self, step: int) -> None:
        year, month = self._month
        month += step
        year, month = (year - 1, 12) if month < 1 else (year + 1, 1) if month > 12 else (year, month)
        self._month = (year, month)
        self._load_month()

    def previous_month(self) -> None:
        self._shift_month(-1)

    def following_month(self) -> None:
        self._shift_month(1)

    def current_month(self) -> None:
        today = self.ctx.session.today()
        self._month = (today.year, today.month)
        self._load_month()

    def _month_pdf(self) -> bytes | None:
        year, month = self._month
        try:
            return PrintService(self.ctx.session, self.ctx.language).closing_month(year, month)
        except CounselRoomError as err:
            self.show_error(err)
            return None

    def print_month(self) -> None:
        pdf = self._month_pdf()
        if pdf is None:
            return
        year, month = self._month
        if not print_pdf(pdf, self, self.tr("Closing record {year}-{month:02d}").format(year=year, month=month)):
            return
        done = self.tr("The closing record of {year}-{month:02d} was sent to the printer.")
        self._record_output("print", done.format(year=year, month=month))

    def save_month(self) -> None:
        pdf = self._month_pdf()
        if pdf is None:
            return
        year, month = self._month
        name = self.tr("closing-record-{year}-{month:02d}.pdf").format(year=year, month=month)
        warning = self.tr("The PDF lists who closed the room on which day and the reasons they gave. It is not "
                          "encrypted: save it only where it is needed and delete it afterwards.")
        path = save_pdf(pdf, self, name, warning)
        if not path:
            return
        self._record_output("pdf", self.tr("The closing record of {year}-{month:02d} was saved as {path}.").format(
            year=year, month=month, path=path))

    def _record_output(self, how: str, done: str) -> None:
        year, month = self._month
        try:
            PrintService(self.ctx.session, self.ctx.language).record_output("closing_month", year * 100 + month, how)
        except CounselRoomError as err:
            self.show_error(err)
            return
        self.show_done(done)
