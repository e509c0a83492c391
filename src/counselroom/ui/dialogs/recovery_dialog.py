"""Recovery mode: open the records with the printed recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from counselroom.domain.errors import CounselRoomError, RecoveryNeeded, ValidationError
from counselroom.domain.installation import RecoveryReason
from counselroom.services.installation import Installation
from counselroom.services.recovery import RecoveryResult, recover
from counselroom.ui.dialogs.guarded_dialog import FittingDialog
from counselroom.ui.messages import error_text, message
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.recovery_code_entry import RecoveryCodeEntry
from counselroom.ui.workers import run_in_background

NEEDS_FILE = {RecoveryReason.DATABASE_MISSING, RecoveryReason.DATABASE_EMPTY,
              RecoveryReason.DATABASE_FOREIGN, RecoveryReason.DATABASE_DAMAGED}
NO_CODE_HELPS = {RecoveryReason.KEY_FILE_MISSING, RecoveryReason.KEY_FILE_DAMAGED}


class RecoveryDialog(FittingDialog):
    def __init__(self, installation: Installation, reason: RecoveryReason | None,
                 backend=None, parent=None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.reason = reason
        self.backend = backend
        self.result_: RecoveryResult | None = None
        self.source: Path | None = None
        self.setWindowTitle(self.tr("CounselRoom — recovery"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading = QLabel(self.tr("Open the records with the recovery code")
                         if reason else self.tr("Reset a forgotten password"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(heading)
        explanation = QLabel(message(f"recovery.{reason.value}") if reason else self.tr(
            "The supervisor's recovery sheet resets any account's password. "
            "The recovery is recorded in the audit log."))
        explanation.setObjectName("recoveryReason")
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(explanation)
        self.form = Form(self)
        # One box per group, checked as typed; its own line says what is still missing
        # (and names a mistyped group) while "Recover" stays disabled.
        self.code = RecoveryCodeEntry(parent=self)
        self.code.setObjectName("recoveryCode")
        self.code.changed.connect(self._update_recover_button)
        self.form.add_row(self.tr("Recovery code"), self.code)
        self.username = self.form.add("username", self.tr("User name"), QLineEdit())
        self.username.setObjectName("username")
        self.new_password = self.form.add("new_password", self.tr("New password"), QLineEdit(),
                                          self.tr("At least 8 characters; a short sentence is fine."))
        self.confirm = self.form.add("confirm", self.tr("New password again"), QLineEdit())
        for edit, name in ((self.new_password, "newPassword"), (self.confirm, "confirm")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setObjectName(name)
        if reason in NEEDS_FILE:
            chooser = QWidget()
            row = QHBoxLayout(chooser)
            row.setContentsMargins(0, 0, 0, 0)
            self.source_label = QLabel(self.tr("No file chosen"))
            pick = QPushButton(self.tr("Choose backup…"))
            pick.clicked.connect(self._choose_source)
            row.addWidget(self.source_label, 1)
            row.addWidget(pick)
            self.form.add("source", self.tr("Backup of the records"), chooser)
        layout.addWidget(self.form)
        # In the dialog from the start, so the default set here holds when it is shown.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        recover = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        recover.setText(self.tr("Recover"))
        recover.setObjectName("recoverButton")
        recover.setDefault(True)   # Enter recovers; Cancel is never the default
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if reason in NO_CODE_HELPS:
            for edit in (self.code, self.username, self.new_password, self.confirm):
                edit.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        # Never narrower than the eight group boxes need (an explicit minimum would
        # otherwise let them be squeezed on a small screen).
        self.setMinimumWidth(max(620, self.minimumSizeHint().width()))
        self._update_recover_button()

    def _update_recover_button(self) -> None:
        if not hasattr(self, "buttons"):
            return  # still being built
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(self.reason not in NO_CODE_HELPS and self.buttons.isEnabled()
                          and self.code.is_complete())

    def _choose_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup of the records"),
                                              str(self.installation.backup_dir),
                                              self.tr("CounselRoom database (*.db);;All files (*)"))
        if path:
            self.source = Path(path)
            self.source_label.setText(self.source.name)

    def submit(self) -> None:
        if not self.code.is_complete():  # "Recover" is disabled then; the code's line says why
            self.code.focus_first_problem()
            return
        self.form.clear_errors()
        if self.new_password.text() != self.confirm.text():
            self.form.show_field_error("confirm", message("password.mismatch"))
            return
        if self.reason in NEEDS_FILE and self.source is None:
            self.form.show_field_error("source", self.tr("Choose the backup file to restore."))
            return
        code, user, password, source = (self.code.text(), self.username.text().strip(),
                                         self.new_password.text(), self.source)
        self.buttons.setEnabled(False)
        run_in_background(
            lambda: recover(self.installation, code=code, username=user, new_password=password,
                            replacement_db=source, backend=self.backend),
            self._done, self._failed)

    def _done(self, result: RecoveryResult) -> None:
        self.buttons.setEnabled(True)
        self._update_recover_button()
        self.result_ = result
        for edit in (self.code, self.new_password, self.confirm):
            edit.clear()
        if result.accounts_needing_reset:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Access restored. Because this computer's key was renewed, these accounts need "
                "a new one-time password from the supervisor (Accounts page): {names}").format(
                    names=", ".join(result.accounts_needing_reset)))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._update_recover_button()
        if isinstance(exc, ValidationError) and exc.field == "recovery_code":
            self.code.show_error(error_text(exc))
        elif isinstance(exc, ValidationError):
            self.form.show_error(exc)
        elif isinstance(exc, RecoveryNeeded) and RecoveryReason(exc.reason) in NEEDS_FILE:
            self.form.banner.show_text(error_text(exc))
        elif isinstance(exc, CounselRoomError):
            if exc.code == "recovery.wrong_code":
                self.code.show_error(error_text(exc))
            elif exc.code == "recovery.unknown_user":
                self.form.show_field_error("username", error_text(exc))
            else:
                self.form.banner.show_text(error_text(exc))
        else:
            self.form.banner.show_text(self.tr("Recovery failed ({error}).").format(
                error=type(exc).__name__))

    @property
    def session(self):
        return self.result_.session if self.result_ else None
