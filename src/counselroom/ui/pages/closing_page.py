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

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout, QCheckBox, QFrame, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QScrollArea, QTabWidget,
    QVBoxLayout, QWidget,
)

from counselroom.domain.access import may_see_clinical
from counselroom.domain.closing import (
    REASON_MAX, Checklist, ChecklistItem, CheckId, Closing, ClosingStatus, DataCheck,
)
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.plural import plural
from counselroom.services.closing import ClosingService
from counselroom.services.permissions import Permissions
from counselroom.services.session import Session
from counselroom.ui.closing_text import closing_summary, weekday_name
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.closing_items_dialog import ClosingItemsDialog
from counselroom.ui.messages import error_text
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import ERROR_BOX, ERROR_DEEP_INK, ERROR_STYLE, OK_STYLE
from counselroom.ui.widgets.closing_month import ClosingMonthView
from counselroom.ui.widgets.closing_today import RecordsBox, RoomBox
from counselroom.ui.widgets.form import FieldError
from counselroom.ui.widgets.hint_label import hint_label

NARROW_WIDTH = 900             # below this the room and the records go one above the other
LIVE_INTERVAL_MS = 60_000       # the data checks are asked again while the page is open
MISSED_STYLE = f"#lastClosing {{ {ERROR_BOX} padding: 6px 10px; color: {ERROR_DEEP_INK}; }}"

#: Where the work behind each data check is done (a page key of the main window).
CHECK_PAGES = {
    CheckId.VISITS_SIGNED.value: "visits",
    CheckId.APPOINTMENTS_RESOLVED.value: "appointments",
    CheckId.CRISES_REVIEWED.value: "crises",
    CheckId.MATERIALS_RETURNED.value: "materials",
    CheckId.BACKUP_MADE.value: "settings",   # the Backups group
    CheckId.DUTY_ENDED.value: "duty",
}


class ClosingPage(Page):
    key = "closing"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._supervisor = Permissions(ctx.session).can_administer()
        self._checklist: Checklist | None = None
        layout = self.page_column(spacing=8)

        self.day_line = hint_label("", self, "closingDay")
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
        self.history_tab: ClosingMonthView | None = None
        if self._supervisor:
            self.history_tab = month = ClosingMonthView(self)
            self.history_model = month.model
            self.history_proxy = month.proxy
            self.history_table = month.table
            self.month_summary = month.summary
            self.day_detail = month.day_detail
            self.next_month = month.next_month
            self.print_button = month.print_button
            self.save_button = month.save_button
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
        self.room_box = RoomBox(host, self._ticked, self.edit_items if self._supervisor else None)
        self.room_hint = self.room_box.hint
        self.items_error = self.room_box.error
        self.edit_items_button = self.room_box.edit_button
        row.addWidget(self.room_box, 2)
        self.records_box = RecordsBox(host, self._go_to, self.check_again)
        self.check_rows = self.records_box.rows
        self.checked_at = self.records_box.checked_at
        self.recheck_button = self.records_box.recheck_button
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
        self.sign_hint = hint_label("", host, "signHint")
        sign_row.addWidget(self.sign_hint, 1)
        column.addLayout(sign_row)
        column.addStretch(1)
        scroll.setWidget(host)
        return scroll

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
            self.history_tab.load()
        if self.isVisible():
            self._live.start()

    def clear_sensitive(self) -> None:
        self._live.stop()
        self.close_dialogs()
        self._checklist = None
        self._set_items([], {})
        self.records_box.clear()
        self.reason.clear()
        self.reason_error.show_text("")
        self.items_error.show_text("")
        self.reason_box.hide()
        self.signed_reason.clear()
        self.signed_reason.hide()
        for label in (self.day_line, self.state_line, self.last_closing, self.sign_hint, self.status):
            label.clear()
        self.last_closing.hide()
        self.sign_button.setEnabled(False)
        if self.history_tab is not None:
            self.history_tab.clear()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.ctx.session.locked:
            self._live.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW_WIDTH
        self.columns.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)

    def hideEvent(self, event) -> None:
        self._live.stop()
        super().hideEvent(event)

    def _status_expired(self) -> None:
        self.status.clear()

    # -- today ------------------------------------------------------------------------------------------
    def _load(self) -> None:
        """The list, the live data checks and the last closing, asked off the GUI thread; what was
        ticked and typed meanwhile stays."""
        def gather(session: Session) -> tuple[Checklist, ClosingStatus | None]:
            service = ClosingService(session)
            return service.checklist(), service.last_status()

        self.load(gather, lambda found: self._show_today(*found), failed=self.show_error)

    def _show_today(self, checklist: Checklist, last: ClosingStatus | None) -> None:
        ticks = self.room_box.ticks()
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

    def _show_day(self, checklist: Checklist, last: ClosingStatus | None) -> None:
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

    @property
    def _boxes(self) -> list[tuple[ChecklistItem, QCheckBox]]:
        return self.room_box.boxes

    def _set_items(self, items: list[ChecklistItem], ticks: dict[int, bool], *, enabled: bool = True) -> None:
        self.room_box.set_items(items, ticks, self.ctx.language, enabled=enabled)

    def _show_checks(self, checks: tuple[DataCheck, ...], *, live: bool) -> None:
        self.records_box.show_checks(checks, live=live)
        if live:
            self.checked_at.setText(self.tr("Checked at {time}.").format(
                time=self.ctx.session.wall_now().strftime("%H:%M")))

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
        unticked = len(self.room_box.unticked())
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
        answers = self.room_box.ticks()
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
            self.history_tab.load()

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
            unticked = self.room_box.unticked()
            if unticked:
                unticked[0].setFocus()
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
        if (self.history_tab is not None and self.tabs.widget(index) is self.history_tab
                and not self.ctx.session.locked):
            self.history_tab.load()

    # The month's buttons: only a supervisor's page has the month.
    def previous_month(self) -> None:
        assert self.history_tab is not None
        self.history_tab.previous_month()

    def following_month(self) -> None:
        assert self.history_tab is not None
        self.history_tab.following_month()

    def current_month(self) -> None:
        assert self.history_tab is not None
        self.history_tab.current_month()
