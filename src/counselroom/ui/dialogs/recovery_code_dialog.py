"""The new recovery code, shown once after it was made, with its sheet printed or saved right there."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from counselroom.ui.context import AppContext
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.recovery_code_view import RecoveryCodeView


class RecoveryCodeDialog(QDialog):
    """The new recovery code, shown once, with printing right there."""

    def __init__(self, groups: list[str], ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups = list(groups)
        self._ctx = ctx
        self.kept = False
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("New recovery code"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        heading = QLabel(self.tr("The new recovery code is active"))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(hint_label(self.tr(
            "The old recovery sheet no longer works: destroy it. Print the new sheet now and "
            "lock it away. This code is shown only this once.")))
        layout.addWidget(hint_label(self.tr(
            "Backups made before now (for example on the USB drive) still open only with the old code. "
            "After printing the new sheet, make a new backup to the USB drive (Backups… → Back up to a "
            "drive…), so that a backup the new sheet opens is kept away from this computer.")))
        self.code_view = RecoveryCodeView(self._groups, self)
        layout.addWidget(self.code_view)
        # Close (which asks first while the sheet is not printed), Save as PDF, Print: Enter prints.
        buttons, self.close_button, self.print_button = dialog_buttons(
            self, self.tr("Print recovery sheet…"), self._print, action_name="printRecoverySheet",
            cancel_name="closeRecoveryCode", cancel_text=self.tr("Close"))
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("saveRecoverySheet")
        self.save_button.setToolTip(self.tr("Only to take it to a printer on a USB stick; "
                                            "delete the file afterwards"))
        self.save_button.clicked.connect(self._save)
        buttons.insertWidget(buttons.indexOf(self.print_button), self.save_button)
        layout.addLayout(buttons)

    def _print(self) -> None:
        self.kept = bool(self._ctx.print_recovery_sheet(self._groups)) or self.kept

    def _save(self) -> None:
        self.kept = bool(self._ctx.save_recovery_sheet(self._groups)) or self.kept

    def reject(self) -> None:
        if not self.kept and self.isVisible():
            answer = QMessageBox.question(
                self, self.windowTitle(),
                self.tr("The new sheet has not been printed. Without it the records cannot be "
                        "opened again after a disk failure. Close anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.forget()
        super().reject()

    def forget(self) -> None:
        """Drop the code from the widgets and from this object."""
        self.code_view.clear()
        self._groups = []
