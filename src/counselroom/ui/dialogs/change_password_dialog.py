"""Changing one's own password (required after a one-time password)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout

from counselroom.domain.errors import CounselRoomError
from counselroom.services.accounts import AccountService
from counselroom.services.session import Session
from counselroom.ui.messages import message
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.form import Form
from counselroom.ui.workers import run_in_background


class ChangePasswordDialog(QDialog):
    def __init__(self, session: Session, *, required: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.required = required
        self.setWindowTitle(self.tr("Change password"))
        layout = QVBoxLayout(self)
        if required:
            note = QLabel(self.tr("You logged in with a one-time password. Choose your own "
                                  "password now; nobody else will know it."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.form = Form(self)
        self.old = self.form.add("old_password", self.tr("Current password"), QLineEdit())
        self.new = self.form.add("new_password", self.tr("New password"), QLineEdit(),
                                 self.tr("At least 8 characters; a short sentence is fine."))
        self.confirm = self.form.add("confirm", self.tr("New password again"), QLineEdit())
        for edit, name in ((self.old, "oldPassword"), (self.new, "newPassword"), (self.confirm, "confirm")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setObjectName(name)
        layout.addWidget(self.form)
        row, self.cancel_button, self.ok_button = dialog_buttons(
            self, self.tr("Change password"), self.submit, action_name="changePasswordButton")
        layout.addLayout(row)
        self.setMinimumWidth(460)

    def submit(self) -> None:
        self.form.clear_errors()
        if self.new.text() != self.confirm.text():
            self.form.show_field_error("confirm", message("password.mismatch"))
            return
        old, new = self.old.text(), self.new.text()
        self._set_busy(True)
        run_in_background(lambda: AccountService(self.session).change_own_password(old, new),
                          self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)

    def _done(self, _user) -> None:
        self._set_busy(False)
        for edit in (self.old, self.new, self.confirm):
            edit.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, CounselRoomError):
            self.form.show_error(exc)
        else:
            self.form.banner.show_text(str(type(exc).__name__))
