"""Recovery mode: open the records with the printed recovery code.

The code opens the recovery slot of the key file, or, when the key file is lost or
damaged (or on a new computer), the recovery keys kept beside every backup: the
person chooses the backup file and the ``.keys`` file beside it is found. A damaged
key file whose previous copy is sound is offered that copy first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from counselroom.domain.errors import CounselRoomError, RecoveryNeeded, ValidationError
from counselroom.domain.installation import RecoveryReason
from counselroom.services.installation import Installation
from counselroom.services.recovery import (
    RecoveryResult, backup_keys_for, local_backup_keys, previous_keyfile, recover, use_previous_keyfile,
)
from counselroom.ui.dialogs.guarded_dialog import FittingDialog
from counselroom.ui.messages import error_text, message
from counselroom.ui.styles import OK_BG
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.recovery_code_entry import RecoveryCodeEntry
from counselroom.ui.workers import run_in_background

NEEDS_FILE = {RecoveryReason.DATABASE_MISSING, RecoveryReason.DATABASE_EMPTY,
              RecoveryReason.DATABASE_FOREIGN, RecoveryReason.DATABASE_DAMAGED,
              RecoveryReason.NEW_COMPUTER}
KEY_FILE_GONE = {RecoveryReason.KEY_FILE_MISSING, RecoveryReason.KEY_FILE_DAMAGED}


class RecoveryDialog(FittingDialog):
    # The damaged key file was replaced by its sound previous copy: log in as usual.
    previous_restored = Signal()

    def __init__(self, installation: Installation, reason: RecoveryReason | None,
                 backend=None, parent=None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.reason = reason
        self.backend = backend
        self.result_: RecoveryResult | None = None
        self.source: Path | None = None
        # With the key file gone, the code needs the recovery keys of a backup: those of the
        # data folder's own backups if there are any, else a backup file must be chosen.
        self.file_required = reason in NEEDS_FILE or (
            reason in KEY_FILE_GONE and not local_backup_keys(installation))
        self.setWindowTitle(self.tr("CounselRoom — recovery"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        if reason is RecoveryReason.NEW_COMPUTER:
            title = self.tr("Bring the records to this computer")
        elif reason:
            title = self.tr("Open the records with the recovery code")
        else:
            title = self.tr("Reset a forgotten password")
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(heading)
        explanation = QLabel(message(f"recovery.{reason.value}") if reason else self.tr(
            "The supervisor's recovery sheet resets any account's password. "
            "The recovery is recorded in the audit log."))
        explanation.setObjectName("recoveryReason")
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(explanation)
        self.previous_button: QPushButton | None = None
        if reason is RecoveryReason.KEY_FILE_DAMAGED and previous_keyfile(installation) is not None:
            layout.addWidget(self._previous_offer())
        self.form = Form(self)
        wants_file = reason in NEEDS_FILE or reason in KEY_FILE_GONE
        if wants_file and self.file_required:
            self._add_source()   # the backup first: that is where the records come from
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
        if wants_file and not self.file_required:
            self._add_source()
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
        # Never narrower than the eight group boxes need (an explicit minimum would
        # otherwise let them be squeezed on a small screen).
        self.setMinimumWidth(max(620, self.minimumSizeHint().width()))
        self._update_recover_button()

    def _update_recover_button(self) -> None:
        if not hasattr(self, "buttons"):
            return  # still being built
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(self.buttons.isEnabled() and self.code.is_complete())

    def _add_source(self) -> None:
        chooser = QWidget()
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        self.source_label = QLabel(self.tr("No file chosen"))
        self.source_label.setObjectName("sourceLabel")
        self.source_label.setWordWrap(True)
        pick = QPushButton(self.tr("Choose backup…"))
        pick.setObjectName("chooseBackup")
        pick.setAutoDefault(False)
        pick.clicked.connect(self._choose_source)
        row.addWidget(self.source_label, 1)
        row.addWidget(pick)
        hint = (self.tr("A file counselroom-….db; its .keys file of the same name must be in the same "
                        "folder (both are on the USB drive).") if self.file_required else
                self.tr("Only if asked: the recovery keys of this computer's own backups are used first."))
        self.form.add("source", self.tr("Backup of the records"), chooser, hint)

    def _previous_offer(self) -> QWidget:
        box = QWidget(self)
        box.setObjectName("previousOffer")
        box.setStyleSheet(f"#previousOffer {{ background: {OK_BG}; border-radius: 4px; }}")
        row = QHBoxLayout(box)
        row.setContentsMargins(10, 8, 10, 8)
        note = QLabel(self.tr(
            "A sound copy of the key file from before its last change is there "
            "(counselroom.keys.previous). Using it needs no recovery code; afterwards log in as "
            "usual. If a password or the recovery code was changed since, the older one applies "
            "again."), box)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = QPushButton(self.tr("Use the previous copy"), box)
        self.previous_button.setObjectName("usePreviousKeyFile")
        self.previous_button.setAutoDefault(False)
        self.previous_button.clicked.connect(self.use_previous)
        row.addWidget(note, 1)
        row.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return box

    def use_previous(self) -> None:
        try:
            use_previous_keyfile(self.installation)
        except (CounselRoomError, OSError) as exc:
            self.form.banner.show_text(error_text(exc) if isinstance(exc, CounselRoomError)
                                       else message("error"))
            return
        self.previous_restored.emit()
        self.done(2)   # neither accepted (no session) nor rejected (nothing to quit)

    def _choose_source(self) -> None:
        start = self.installation.backup_dir if self.installation.backup_dir.is_dir() else Path.home()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup of the records"), str(start),
                                              self.tr("CounselRoom backup (*.db);;All files (*)"))
        if path:
            self.set_source(Path(path))

    def set_source(self, path: Path) -> None:
        """The chosen backup; its recovery keys must be beside it (checked now, before the code)."""
        self.form.clear_field_error("source")
        self.source = path
        self.source_label.setText(path.name)
        try:
            backup_keys_for(path)
        except CounselRoomError as exc:
            self.form.show_field_error("source", error_text(exc))
        self.fit_to_text()

    def submit(self) -> None:
        if not self.code.is_complete():  # "Recover" is disabled then; the code's line says why
            self.code.focus_first_problem()
            return
        self.form.clear_errors()
        if self.new_password.text() != self.confirm.text():
            self.form.show_field_error("confirm", message("password.mismatch"))
            return
        if self.file_required and self.source is None:
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
        elif isinstance(exc, RecoveryNeeded) and (RecoveryReason(exc.reason) in NEEDS_FILE
                                                  or RecoveryReason(exc.reason) in KEY_FILE_GONE):
            self.file_required = True
            self.form.banner.show_text(error_text(exc))
        elif isinstance(exc, CounselRoomError):
            if exc.code == "recovery.wrong_code":
                self.code.show_error(error_text(exc))
            elif exc.code == "recovery.unknown_user":
                self.form.show_field_error("username", error_text(exc))
            elif exc.code.startswith("recovery.keys_") or exc.code == "recovery.source_not_ours":
                self.form.show_field_error("source", error_text(exc))
            else:
                self.form.banner.show_text(error_text(exc))
        else:
            self.form.banner.show_text(self.tr("Recovery failed ({error}).").format(
                error=type(exc).__name__))

    @property
    def session(self):
        return self.result_.session if self.result_ else None
