"""Restoring a backup (supervisor): the reason, the backup checked first, and only then the records
replaced; the window locks afterwards."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from counselroom.domain.backups import REASON_MAX
from counselroom.domain.errors import CounselRoomError
from counselroom.services.backups import BackupEntry, BackupService, PreparedRestore, RestoreResult, validate_reason
from counselroom.ui.backup_text import contents_summary, findings_html, local_time
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.guarded_dialog import FittingDialog
from counselroom.ui.messages import error_text, message
from counselroom.ui.styles import AMBER_BOX_STYLE, ERROR_INK, ERROR_STYLE, HINT_STYLE
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.check_outcome import PROBLEM_STYLE, SOUND_STYLE, outcome_box
from counselroom.ui.widgets.form import Form
from counselroom.ui.workers import run_in_background

WARNING_STYLE = AMBER_BOX_STYLE


class RestoreDialog(FittingDialog):
    """Explains, asks for the reason, checks the backup, shows the result, and only then
    offers to replace the records."""

    restored = Signal(object)   # RestoreResult

    def __init__(self, service: BackupService, entry: BackupEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.entry = entry
        self.prepared: PreparedRestore | None = None
        self.restore_result: RestoreResult | None = None
        self._generation = 0
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(560)
        self.resize(640, 300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        when = local_time(entry.file)
        heading = QLabel(self.tr("Replace the records with the backup of {time}?").format(time=when))
        heading.setObjectName("restoreHeading")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(heading)
        assert entry.contents is not None   # only a backup that opens is offered for restoring
        holds = QLabel(self.tr("The backup holds: {summary}.").format(summary=contents_summary(entry.contents)))
        holds.setWordWrap(True)
        layout.addWidget(holds)
        warning = QLabel(self.tr(
            "Everything recorded after {time} will no longer be in the records. The current database is "
            "not deleted: it is kept in the backups folder (\"Replaced by a restore\") and can be restored "
            "again from the list. The backup is checked first; if the check finds a problem nothing is "
            "replaced. Afterwards the window locks, and you log in again with your password.").format(time=when))
        warning.setObjectName("restoreWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        layout.addWidget(warning)

        self.form = Form(self)
        self.reason = QLineEdit()
        self.reason.setObjectName("restoreReason")
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. the database was damaged after a power cut"))
        self.form.add("reason", self.tr("Reason"), self.reason, self.tr("Kept in the audit log of both databases."))
        layout.addWidget(self.form)

        self.result_box = outcome_box("restoreCheck")
        layout.addWidget(self.result_box)
        self.status = QLabel()
        self.status.setObjectName("restoreStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        row, self.cancel_button, self.check_button = dialog_buttons(
            self, self.tr("Check the backup"), self.check, action_name="checkBackup", cancel_name="cancelRestore")
        self.replace_button = QPushButton(self.tr("Replace the records now"), self)
        self.replace_button.setObjectName("replaceRecords")
        self.replace_button.setAutoDefault(False)
        self.replace_button.setStyleSheet(f"QPushButton {{ color: {ERROR_INK}; font-weight: 600; }}")
        self.replace_button.clicked.connect(self.replace)
        self.replace_button.hide()
        self.lock_button = QPushButton(self.tr("Lock and log in again"), self)
        self.lock_button.setObjectName("lockAfterRestore")
        self.lock_button.clicked.connect(self.accept)
        self.lock_button.hide()
        for button in (self.replace_button, self.lock_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.reason.setFocus()

    # -- step 1: check (slow, off the GUI thread) ------------------------------------------
    def check(self) -> None:
        self.form.clear_errors()
        try:
            validate_reason(self.reason.text())
        except CounselRoomError as err:
            self.form.show_error(err)
            self.fit_to_text()
            return
        self._generation += 1
        generation, service, path = self._generation, self.service, self.entry.file.path
        self.check_button.setEnabled(False)
        self.reason.setReadOnly(True)
        self.result_box.hide()
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setText(self.tr("Checking the backup and preparing a copy next to the records…"))
        self.setCursor(Qt.CursorShape.BusyCursor)

        def done(prepared: PreparedRestore) -> None:
            if generation != self._generation:
                service.discard_prepared(prepared)
                return
            self.unsetCursor()
            self._checked(prepared)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.unsetCursor()
            self.check_button.setEnabled(True)
            self.reason.setReadOnly(False)
            self._error(exc)

        run_in_background(lambda: service.prepare_restore(path), done, failed)

    def _checked(self, prepared: PreparedRestore) -> None:
        self.prepared = prepared
        self.status.clear()
        check = prepared.check
        if prepared.ready:
            self.result_box.setStyleSheet(SOUND_STYLE)
            self.result_box.setText(html.escape(self.tr(
                "The backup is sound: it opens with this installation's key, and its pages, structure, audit "
                "log and signed records are intact. Nothing has been replaced yet.")))
            self.check_button.hide()
            self.replace_button.show()
            self.replace_button.setFocus()
        else:
            self.result_box.setStyleSheet(PROBLEM_STYLE)
            self.result_box.setText("<b>" + html.escape(self.tr(
                "The backup failed its check, so the records were not replaced:")) + "</b><br>"
                + findings_html(check.findings))
            self.check_button.hide()
            self.cancel_button.setText(self.tr("Close"))
            self.cancel_button.setDefault(True)
        self.result_box.show()
        self.fit_to_text()

    # -- step 2: replace (quick; on the GUI thread, which owns the session's connection) ------
    def replace(self) -> None:
        if self.prepared is None or not self.prepared.ready:
            return
        self.replace_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        try:
            result = self.service.finish_restore(self.prepared, self.reason.text())
        except CounselRoomError as err:
            self.unsetCursor()
            self.service.discard_prepared(self.prepared)
            self.prepared = None
            self.replace_button.hide()
            self.cancel_button.setText(self.tr("Close"))
            self._error(err)
            return
        self.unsetCursor()
        self.prepared = None
        self.restore_result = result
        self.result_box.setStyleSheet(SOUND_STYLE)
        self.result_box.setText(html.escape(self.tr(
            "The records were restored from the backup of {time}. The database they replaced is kept as "
            "{name}. The window locks now: log in again with your password to go on with the restored "
            "records.").format(time=local_time(result.source), name=result.set_aside.name)))
        self.status.clear()
        self.replace_button.hide()
        self.cancel_button.hide()
        self.lock_button.show()
        self.lock_button.setDefault(True)
        self.lock_button.setFocus()
        self.fit_to_text()

    def _error(self, exc: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, CounselRoomError):
            self.status.setText(error_text(exc))
        else:
            self.status.setText(message("error"))
            report_unexpected(exc)
        self.fit_to_text()

    # -- closing ---------------------------------------------------------------------------
    def done(self, code: int) -> None:
        if self.prepared is not None:
            self.service.discard_prepared(self.prepared)  # the staged copy is not left lying around
            self.prepared = None
        self._generation += 1
        super().done(code)
        if self.restore_result is not None:
            # Whatever closed the dialog, the records were replaced: the window must lock.
            result, self.restore_result = self.restore_result, None
            self.restored.emit(result)

    def clear(self) -> None:
        self.reason.clear()
        self.result_box.clear()
        self.status.clear()
