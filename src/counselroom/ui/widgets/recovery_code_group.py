"""The "Recovery code" group of the supervisor's settings: whether the printed sheet still opens the
records, and making a new code (shown once, in ``RecoveryCodeDialog``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from counselroom.domain.errors import CounselRoomError
from counselroom.domain.integrity import Finding
from counselroom.services.keyslots import recovery_slot_finding
from counselroom.services.recovery import renew_recovery_code
from counselroom.ui.context import AppContext
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.recovery_code_dialog import RecoveryCodeDialog
from counselroom.ui.messages import error_text, finding_text
from counselroom.ui.styles import ERROR_STYLE, OK_STYLE
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.workers import run_in_background


class RecoveryCodeGroup(QGroupBox):
    """``page`` is the settings page: it shows the busy cursor and owns the questions and the dialog."""

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(QCoreApplication.translate("SettingsPage", "Recovery code"), page)
        self.ctx = ctx
        self._page = page
        self._generation = 0
        self.dialog: RecoveryCodeDialog | None = None
        self.setObjectName("recoveryGroup")
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        box.setSpacing(10)
        box.addWidget(hint_label(QCoreApplication.translate(
            "SettingsPage", "The recovery sheet opens the records on a new computer and resets forgotten "
            "passwords. Make a new code if the sheet was lost or someone else may have seen it.")))
        box.addWidget(hint_label(QCoreApplication.translate(
            "SettingsPage", "Every backup carries the recovery code valid when it was made: with the sheet, a backup "
            "on the USB drive brings the records back on a new computer. Backups made before a new "
            "code open only with the old one, so after printing a new sheet make a new backup to the "
            "USB drive. Keep the sheet in the locked cabinet and the USB drive somewhere else.")))
        # Whether the printed sheet can still open the records (the slot's MAC, checked now).
        self.status = QLabel()
        self.status.setObjectName("recoveryStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.status)
        self.renew_button = QPushButton(QCoreApplication.translate("SettingsPage", "Make a new recovery code…"))
        self.renew_button.setObjectName("renewRecoveryCode")
        self.renew_button.clicked.connect(self.renew)
        row = QHBoxLayout()
        row.addWidget(self.renew_button)
        row.addStretch(1)
        box.addLayout(row)

    def show_status(self) -> None:
        self.show_finding(recovery_slot_finding(self.ctx.session))

    def show_finding(self, finding: Finding | None) -> None:
        """What :func:`recovery_slot_finding` said (the page gathers it on a worker)."""
        if finding is None:
            self.status.setStyleSheet(OK_STYLE)
            self.status.setText(QCoreApplication.translate(
                "SettingsPage",
                "Checked now: the recovery slot in the key file is sound; the printed sheet opens the records."))
        else:
            self.status.setStyleSheet(ERROR_STYLE + " font-weight: 600;")
            self.status.setText(finding_text(finding))

    def renew(self) -> None:
        page = self._page
        answer = QMessageBox.question(
            page, QCoreApplication.translate("SettingsPage", "New recovery code"),
            QCoreApplication.translate(
                "SettingsPage", "Make a new recovery code?\n\nThe current recovery sheet stops working at once for "
                "the records on this computer and the backups in its data folder. You will see the "
                "new code and can print the new sheet right away; then destroy the old sheet.\n\n"
                "Backups already on a USB drive keep the code of their time and still open only with "
                "the old sheet: after printing the new sheet, make a new backup to the USB drive."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        session, generation = self.ctx.session, self._generation
        self.renew_button.setEnabled(False)
        page.setCursor(Qt.CursorShape.BusyCursor)

        def finish() -> bool:
            page.unsetCursor()
            if generation != self._generation:
                return False
            self.renew_button.setEnabled(True)
            return True

        def done(groups: list[str]) -> None:
            if finish():
                self.show_status()
                self._show_code(groups)

        def failed(exc: BaseException) -> None:
            if not finish():
                return
            if isinstance(exc, CounselRoomError):
                QMessageBox.warning(page, QCoreApplication.translate("SettingsPage", "New recovery code"),
                                    error_text(exc))
            else:
                report_unexpected(exc)  # one box: the crash note's, with where the note is

        # The recovery slot is wrapped with Argon2id: off the GUI thread.
        run_in_background(lambda: renew_recovery_code(session), done, failed)

    def _show_code(self, groups: list[str]) -> None:
        self.dialog = RecoveryCodeDialog(groups, self.ctx, self._page)
        # A bound method, not a closure: PySide keeps closures on deleted dialogs alive.
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        self.sender().deleteLater()
        self.dialog = None

    def clear(self) -> None:
        """The records lock: a renewal under way is dropped and the code shown is forgotten."""
        self._generation += 1
        if self.dialog is not None:
            self.dialog.forget()
            self.dialog.done(QDialog.DialogCode.Rejected)
        self.renew_button.setEnabled(True)
