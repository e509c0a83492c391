"""Accounts (supervisor): who may open the records, and in which role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QMessageBox, QWidget,
)

from counselroom.domain.access import may_administer
from counselroom.domain.accounts import User
from counselroom.domain.errors import CounselRoomError
from counselroom.services.accounts import AccountService
from counselroom.ui.context import AppContext
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.account_dialogs import NewAccountDialog, OneTimePasswordDialog
from counselroom.ui.messages import message
from counselroom.ui.models.accounts_model import AccountsModel
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import HINT_STYLE
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy
from counselroom.ui.workers import run_in_background

TABLE_STYLE = "QTableView::item { padding: 0 8px; }"


class AccountsPage(Page):
    key = "accounts"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # Results of background work started before a lock are dropped, not shown.
        self._generation = 0

        layout = self.page_column()
        intro = hint_label(self.tr("Everyone who works with the records has an account of their own. "
                                   "A disabled account keeps its history and can be enabled again."))
        layout.addWidget(intro)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.new_button = self.make_button("newAccount", self.tr("New account…"),
                                       self.tr("Create an account with a one-time password "
                                               "for a new colleague"), self.new_account)
        self.toggle_button = self.make_button("toggleActive", self.tr("Disable"), "", self.toggle_active)
        self.unlock_button = self.make_button("unlockAccount", self.tr("Unlock"), "", self.unlock)
        self.reset_button = self.make_button("resetPassword", self.tr("Reset password…"), "",
                                         self.reset_password)
        # The toggle switches between two captions; keep it from jumping in width.
        metrics = self.toggle_button.fontMetrics()
        self.toggle_button.setMinimumWidth(
            max(metrics.horizontalAdvance(t) for t in (self.tr("Disable"), self.tr("Enable"))) + 32)
        for button in (self.new_button, self.toggle_button, self.unlock_button, self.reset_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.model = AccountsModel(ctx.user.id, self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("accountsTable", self.proxy, self, sort_column=AccountsModel.NAME)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.add_status_line(layout, "accountsStatus", self._show_hint)
        self._update_buttons()

    # -- Page ------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Accounts")

    @classmethod
    def allowed_for(cls, user) -> bool:
        return may_administer(user)

    def refresh(self) -> None:
        self._load()

    def clear_sensitive(self) -> None:
        self._generation += 1
        self.close_dialogs()
        self.model.clear()
        self.status.clear()
        self._set_busy(False)

    # -- loading ---------------------------------------------------------------
    def _service(self) -> AccountService:
        return AccountService(self.ctx.session)

    def _load(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self._selected_id()
        self.load(lambda session: AccountService(session).list(),
                  lambda users: self._show_users(users, keep), failed=self._list_failed)

    def _list_failed(self, err: CounselRoomError) -> None:
        self.model.clear()
        self.show_error(err)

    def _show_users(self, users: list[User], keep: int | None) -> None:
        self.model.set_users(users)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(col, self.table.columnWidth(col) + 24)
        if keep is not None:
            self.table.select_record(keep)
        # Says what to do unless an action's outcome is being shown (it may have come first).
        self._update_buttons()

    def selected_user(self) -> User | None:
        return self.table.selected_record()

    def _selected_id(self) -> int | None:
        user = self.selected_user()
        return user.id if user else None

    def _update_buttons(self, *_args) -> None:
        user = self.selected_user()
        is_self = user is not None and user.id == self.ctx.user.id
        active = user is None or user.active
        self.toggle_button.setText(self.tr("Disable") if active else self.tr("Enable"))
        self.toggle_button.setEnabled(user is not None and not is_self)
        self.unlock_button.setEnabled(user is not None and user.locked)
        self.reset_button.setEnabled(user is not None and not is_self)
        if is_self:
            self.toggle_button.setToolTip(message("account.cannot_disable_self"))
            self.reset_button.setToolTip(message("account.reset_own_password"))
        else:
            self.toggle_button.setToolTip(
                self.tr("The person can no longer log in; their records and history stay.")
                if active else self.tr("The person can log in again with their password."))
            self.reset_button.setToolTip(self.tr("Give the person a new one-time password, "
                                                 "for example when they forgot theirs."))
        self.unlock_button.setToolTip(
            self.tr("Let the person log in again after too many wrong passwords.")
            if user is None or user.locked else self.tr("This account is not locked."))
        if not self._status_timer.isActive():
            self._show_hint()

    def _show_hint(self) -> None:
        """Say why the account buttons are greyed out, when they are."""
        self.status.setStyleSheet(HINT_STYLE)
        user = self.selected_user()
        if self.model.rowCount() and user is None:
            self.status.setText(self.tr("Select an account to disable, unlock or reset it."))
        elif user is not None and user.id == self.ctx.user.id:
            self.status.setText(self.tr("This is your own account. Change your password under "
                                        "Settings; another supervisor can reset it."))
        else:
            self.status.clear()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.new_button, self.toggle_button, self.unlock_button, self.reset_button):
            button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
            self._update_buttons()

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- actions ---------------------------------------------------------------
    def new_account(self) -> None:
        dialog = NewAccountDialog(self._service(), self)
        dialog.accepted.connect(self._account_created)
        self.open_dialog(dialog)

    def _account_created(self) -> None:
        dialog = self.sender()
        assert isinstance(dialog, NewAccountDialog)   # only its accepted signal comes here
        user = getattr(dialog, "created_user", None)
        if user is None:
            return
        self._load(select_id=user.id)
        self.show_done(self.tr("Account {username} created.").format(username=user.username))
        self._show_password(user, dialog.one_time_password)

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if user.active and not self._confirm(
                self.tr("Disable account"),
                self.tr("Disable the account of {name} ({username})?\n\n"
                        "They can no longer log in. Their records and the history stay, and "
                        "you can enable the account again at any time.").format(
                    name=user.display_name, username=user.username)):
            return
        try:
            changed = self._service().set_active(user.id, not user.active)
        except CounselRoomError as err:
            self.show_error(err)
            self._load()
            return
        self._load(select_id=changed.id)
        self.show_done((self.tr("Account {username} enabled.") if changed.active
                         else self.tr("Account {username} disabled.")).format(username=changed.username))

    def unlock(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        try:
            changed = self._service().unlock(user.id)
        except CounselRoomError as err:
            self.show_error(err)
            self._load()
            return
        self._load(select_id=changed.id)
        self.show_done(self.tr("Account {username} unlocked: the person can log in again "
                                "with their password.").format(username=changed.username))

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None or not self._confirm(
                self.tr("Reset password"),
                self.tr("Reset the password of {name} ({username})?\n\n"
                        "Their current password stops working at once. You will see a new "
                        "one-time password to hand over; they choose their own at the next "
                        "login.").format(name=user.display_name, username=user.username)):
            return
        service, generation = self._service(), self._generation
        self._set_busy(True)

        def done(result: tuple[User, str]) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            changed, password = result
            self._load(select_id=changed.id)
            self.show_done(self.tr("Password of {username} reset.").format(username=changed.username))
            self._show_password(changed, password)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            self._report(exc)
            self._load()

        # A new key slot means an Argon2id run: off the GUI thread.
        run_in_background(lambda: service.reset_password(user.id), done, failed)

    def _report(self, exc: BaseException) -> None:
        if isinstance(exc, CounselRoomError):
            self.show_error(exc)
        else:
            report_unexpected(exc)  # one box: the crash note's, with where the note is

    def _show_password(self, user: User, password: str | None) -> None:
        if password:
            self.open_dialog(OneTimePasswordDialog(user.username, password, user.display_name, self))
