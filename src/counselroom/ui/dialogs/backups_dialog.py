"""Backups (supervisor): what backups there are and what each holds; back up now,
verify, and restore one after it has been checked."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from counselroom.domain.backups import REASON_MAX, BackupContents, BackupFile, BackupKind, sidecar_name
from counselroom.domain.errors import CounselRoomError
from counselroom.services.backups import (
    BackupCheck, BackupEntry, BackupService, PreparedRestore, RestoreResult, validate_reason,
)
from counselroom.services.session import Session
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.guarded_dialog import FittingDialog
from counselroom.ui.messages import error_text, finding_text, message
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.record_counts import count_label
from counselroom.ui.styles import BOLD, ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.buttons import action_button, dialog_buttons
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy
from counselroom.ui.workers import run_in_background

SOUND_STYLE = ("background: #e8f5e9; border: 1px solid #8bc34a; border-radius: 6px;"
               " padding: 8px 12px; color: #1b5e20;")
PROBLEM_STYLE = ("background: #fdecea; border: 1px solid #e6a19b; border-radius: 6px;"
                 " padding: 8px 12px; color: #5c1411;")
WARNING_STYLE = ("background: #fff4e0; border: 1px solid #f0c36d; border-radius: 6px;"
                 " padding: 8px 10px; color: #7a4a00;")
# What a backup's summary names, in this order (the rest is in the details).
SUMMARY_TABLES = ("clients", "cases", "visits", "test_administrations", "crises")


def backup_kind_label(kind: BackupKind) -> str:
    return {
        BackupKind.DAILY: QCoreApplication.translate("BackupsDialog", "Daily"),
        BackupKind.MANUAL: QCoreApplication.translate("BackupsDialog", "On demand"),
        BackupKind.PRE_MIGRATION: QCoreApplication.translate("BackupsDialog", "Before an update"),
        BackupKind.BEFORE_RESTORE: QCoreApplication.translate("BackupsDialog", "Replaced by a restore"),
    }[kind]


def local_time(backup: BackupFile) -> str:
    return backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    if size >= 1024 * 1024 * 1024:
        return f"{size / (1024 ** 3):.1f} GB"
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(size, 1) / 1024:.0f} KB"


def contents_summary(contents: BackupContents) -> str:
    """One line: "Clients 120 · Cases 98 · Visit records 1,540 · …"."""
    return " · ".join(f"{count_label(t)} {contents.counts[t]:,}" for t in SUMMARY_TABLES if t in contents.counts)


def findings_html(findings) -> str:
    return "<br>".join("• " + html.escape(finding_text(f)) for f in findings[:12])


class BackupsModel(RowsModel[BackupEntry]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Made"), self.tr("Kind"), self.tr("Clients"), self.tr("Visit records"),
                self.tr("Audit log rows"), self.tr("Size"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        contents = entry.contents
        if role == SORT_ROLE:
            if column == 0:
                return entry.file.made_at.timestamp() + entry.file.serial / 1000
            if column == 5:
                return entry.file.size
            if column in (2, 3, 4):
                value = self._count(entry, column)
                return -1 if value is None else value
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == 0:
                return local_time(entry.file)
            if column == 1:
                return backup_kind_label(entry.file.kind)
            if column in (2, 3, 4):
                value = self._count(entry, column)
                if contents is None:
                    return self.tr("does not open") if column == 2 else ""
                return "" if value is None else f"{value:,}"
            if column == 5:
                return size_text(entry.file.size)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.file.name
        return None

    @staticmethod
    def _count(entry: BackupEntry, column: int) -> int | None:
        if entry.contents is None:
            return None
        if column == 4:
            return entry.contents.audit_head.seq if entry.contents.audit_head else 0
        return entry.contents.counts.get("clients" if column == 2 else "visits")


def _box(style: str, name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(style)
    label.hide()
    return label


class BackupsDialog(QDialog):
    """The backups of a folder (the data folder's by default) and what can be done with them."""

    # a RestoreResult, after the records were replaced: the window must lock
    restored = Signal(object)
    # after a backup was made here (the settings page shows the newest)
    backup_made = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = BackupService(session)
        self.folder: Path = self.service.folder
        self._generation = 0
        self._busy = False
        self.loading = False
        self.restore_dialog: RestoreDialog | None = None
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(880, 700)
        self.setMinimumSize(640, 520)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Backups of the records"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        layout.addWidget(heading)
        intro = QLabel(self.tr(
            "Backups are encrypted with the records' own key: they open only in CounselRoom on this "
            "installation, or with the recovery code. Daily and on-demand backups are thinned out: the "
            "newest of each of the last 7 days, 4 weeks and 12 months is kept. Backups made before an "
            "update or a restore are never removed."))
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        layout.addWidget(intro)

        folder_row = QHBoxLayout()
        folder_row.setSpacing(8)
        folder_row.addWidget(QLabel(self.tr("Folder:")))
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_row.addWidget(self.folder_label, 1)
        self.other_folder_button = action_button(self, 
            "otherFolder", self.tr("Other folder…"),
            self.tr("Show the backups on a drive or in another folder"), self.choose_folder)
        self.home_folder_button = action_button(self, 
            "homeFolder", self.tr("This computer's backups"),
            self.tr("Back to the backups in the data folder"), self.show_home_folder)
        folder_row.addWidget(self.other_folder_button)
        folder_row.addWidget(self.home_folder_button)
        layout.addLayout(folder_row)

        self.model = BackupsModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("backupsTable", self.proxy, self, sort_column=0,
                                 order=Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.verify)
        header = self.table.horizontalHeader()
        for column, width in ((0, 150), (1, 150), (2, 90), (3, 110), (4, 120)):
            header.resizeSection(column, width)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("backupsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.empty_label)

        details_frame = QFrame(self)
        details_frame.setObjectName("backupDetails")
        details_frame.setStyleSheet("#backupDetails { border: 1px solid #d9d6cf; border-radius: 6px; }")
        details = QVBoxLayout(details_frame)
        details.setContentsMargins(12, 10, 12, 10)
        details.setSpacing(8)
        self.details_label = QLabel()
        self.details_label.setObjectName("backupDetailsText")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.addWidget(self.details_label)
        self.result_box = _box(SOUND_STYLE, "verifyResult")
        details.addWidget(self.result_box)
        layout.addWidget(details_frame)

        self.status = QLabel()
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.make_button = action_button(self, 
            "backupNow", self.tr("Back up now"),
            self.tr("Make an encrypted backup in the data folder now"), self.make_backup)
        self.drive_button = action_button(self, 
            "backupToDrive", self.tr("Back up to a drive…"),
            self.tr("Write an encrypted backup to a USB drive or another folder; keep it locked away"),
            self.make_backup_elsewhere)
        self.verify_button = action_button(self, 
            "verifyBackup", self.tr("Verify"),
            self.tr("Check that the chosen backup opens and that its pages, audit log and signed records are "
                    "intact"), self.verify)
        self.restore_button = action_button(self, 
            "restoreBackup", self.tr("Restore…"),
            self.tr("Replace the records with the chosen backup, after checking it"), self.restore)
        close = action_button(self, "closeBackups", self.tr("Close"), "", self.reject)
        close.setAutoDefault(False)
        for button in (self.make_button, self.drive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.verify_button, self.restore_button, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._show_folder()
        self._update_buttons()
        self.reload()


    # -- the list --------------------------------------------------------------------
    def _show_folder(self) -> None:
        home = self.folder == self.service.folder
        text = str(self.folder)
        self.folder_label.setText(self.tr("{path} (this computer's data folder)").format(path=text)
                                  if home else text)
        self.home_folder_button.setVisible(not home)

    def reload(self, select: Path | None = None) -> None:
        self._generation += 1
        generation, service, folder = self._generation, self.service, self.folder
        self.loading = True
        self.empty_label.setText(self.tr("Reading the backups…"))
        self.empty_label.show()

        def done(entries: list[BackupEntry]) -> None:
            if generation == self._generation:
                self.loading = False
                self._set_entries(entries, select)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
                self.model.clear()
                self._report_error(exc)
                self.empty_label.clear()
                self.empty_label.hide()

        run_in_background(lambda: service.list(folder), done, failed)

    def _set_entries(self, entries: list[BackupEntry], select: Path | None) -> None:
        self.model.set_rows(entries)
        if entries:
            self.empty_label.clear()
            self.empty_label.hide()
        else:
            self.empty_label.setText(self.tr("No backups in this folder yet. “Back up now” makes one."))
            self.empty_label.show()
        row = -1
        if select is not None:
            row = next((i for i, e in enumerate(entries) if e.file.path == select), -1)
        if row < 0 and entries:
            row = 0
        if row >= 0:
            self.table.select_model_row(row)
        else:
            self._show_details(None)
        self._update_buttons()

    def selected(self) -> BackupEntry | None:
        return self.table.selected_record()

    def _selection_changed(self) -> None:
        self.result_box.hide()
        self._show_details(self.selected())
        self._update_buttons()

    def _show_details(self, entry: BackupEntry | None) -> None:
        if entry is None:
            self.details_label.setText(self.tr("Choose a backup to see what it holds."))
            return
        backup = entry.file
        lines = [f"<b>{html.escape(local_time(backup))}</b> — {html.escape(backup_kind_label(backup.kind))}",
                 html.escape(self.tr("File: {name} ({size})").format(name=backup.name,
                                                                     size=size_text(backup.size)))]
        contents = entry.contents
        if contents is None:
            lines.append(f"<span style='{ERROR_STYLE}'>"
                         + html.escape(message("backup.unreadable")) + "</span>")
        else:
            # The audit log gets a line of its own below.
            counts = " · ".join(f"{html.escape(count_label(t))} {n:,}" for t, n in contents.counts.items()
                                if t != "audit")
            lines.append(counts)
            head = contents.audit_head
            if head is not None:
                lines.append(html.escape(self.tr(
                    "Audit log: {rows} rows, the last of {time} (its check value begins {mac}).").format(
                    rows=f"{head.seq:,}", time=head.ts.astimezone().strftime("%Y-%m-%d %H:%M"),
                    mac=head.mac[:12])))
            lines.append(html.escape(self.tr("Database version {version}.").format(
                version=contents.schema_version)))
        if entry.has_keys:
            lines.append(html.escape(self.tr(
                "Its recovery keys are beside it ({name}): with the recovery sheet of its time it opens "
                "on a new computer. Copy or move both files together.").format(name=sidecar_name(backup.name))))
        else:
            lines.append(f"<span style='{ERROR_STYLE}'>" + html.escape(self.tr(
                "No recovery keys beside it: on a new computer the recovery sheet cannot open this backup. "
                "Make a new backup.")) + "</span>")
        self.details_label.setText("<br>".join(lines))

    def _update_buttons(self) -> None:
        entry = self.selected()
        idle = not self._busy
        self.make_button.setEnabled(idle)
        self.drive_button.setEnabled(idle)
        self.other_folder_button.setEnabled(idle)
        self.verify_button.setEnabled(idle and entry is not None)
        self.restore_button.setEnabled(idle and entry is not None and entry.contents is not None)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
            self._status(HINT_STYLE, text)
        else:
            self.unsetCursor()
        self._update_buttons()

    def _status(self, style: str, text: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def _report_error(self, exc: BaseException) -> None:
        if isinstance(exc, CounselRoomError):
            self._status(ERROR_STYLE, error_text(exc))
        else:
            self._status(ERROR_STYLE, message("error"))
            report_unexpected(exc)

    # -- folders -----------------------------------------------------------------------
    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder with backups"), str(self.folder))
        if path:
            self.folder = Path(path)
            self._show_folder()
            self.reload()

    def show_home_folder(self) -> None:
        self.folder = self.service.folder
        self._show_folder()
        self.reload()

    # -- making ------------------------------------------------------------------------
    def make_backup(self) -> None:
        self._make(None)

    def make_backup_elsewhere(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Write the backup to which drive or folder?"), str(Path.home()))
        if path:
            self._make(Path(path))

    def _make(self, target: Path | None) -> None:
        generation, service = self._generation, self.service
        self._set_busy(True, self.tr("Making the backup…"))

        def done(made: BackupFile) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            self._status(OK_STYLE + BOLD, self.tr("Backup made: {path}").format(path=str(made.path)))
            self.backup_made.emit(made)
            if made.path.parent == self.folder:
                self.reload(select=made.path)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            self._report_error(exc)

        run_in_background(lambda: service.make(target), done, failed)

    # -- verifying -----------------------------------------------------------------------
    def verify(self) -> None:
        entry = self.selected()
        if entry is None or self._busy:
            return
        generation, service = self._generation, self.service
        self.result_box.hide()
        self._set_busy(True, self.tr("Checking {name}…").format(name=entry.file.name))

        def done(check: BackupCheck) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            self.status.clear()
            self.show_check(check)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            self._report_error(exc)

        run_in_background(lambda: service.verify(entry.file.path), done, failed)

    def show_check(self, check: BackupCheck) -> None:
        if check.ok:
            rows = check.contents.audit_head.seq if check.contents.audit_head else 0
            text = html.escape(self.tr(
                "Sound. The backup opens with this installation's key; its pages, structure, audit log "
                "({rows} rows) and signed records are intact.").format(rows=f"{rows:,}"))
            self.result_box.setStyleSheet(SOUND_STYLE)
        else:
            text = "<b>" + html.escape(self.tr("This backup has problems; do not rely on it:")) + "</b><br>" \
                + findings_html(check.findings)
            self.result_box.setStyleSheet(PROBLEM_STYLE)
        self.result_box.setText(text)
        self.result_box.show()

    # -- restoring ------------------------------------------------------------------------
    def restore(self) -> None:
        entry = self.selected()
        if entry is None or entry.contents is None or self._busy:
            return
        self.restore_dialog = RestoreDialog(self.service, entry, self)
        self.restore_dialog.restored.connect(self._restored)
        self.restore_dialog.finished.connect(self._restore_dialog_closed)
        self.restore_dialog.open()

    def _restored(self, result: RestoreResult) -> None:
        self.restored.emit(result)

    def _restore_dialog_closed(self) -> None:
        dialog = self.sender()
        if dialog is self.restore_dialog:
            self.restore_dialog = None
        dialog.deleteLater()

    # -- lock --------------------------------------------------------------------------
    def clear(self) -> None:
        """On lock: forget the list and what the backups hold."""
        self._generation += 1
        self.loading = False
        if self.restore_dialog is not None:
            self.restore_dialog.clear()
            self.restore_dialog.reject()
        self.model.clear()
        self.empty_label.clear()
        self.details_label.clear()
        self.result_box.clear()
        self.result_box.hide()
        self.status.clear()
        self._set_busy(False)


class RestoreDialog(FittingDialog):
    """Explains, asks for the reason, checks the backup, shows the result, and only then
    offers to replace the records."""

    restored = Signal(object)   # RestoreResult

    def __init__(self, service: BackupService, entry: BackupEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.entry = entry
        self.prepared: PreparedRestore | None = None
        self.result: RestoreResult | None = None
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
        holds = QLabel(self.tr("The backup holds: {summary}.").format(summary=contents_summary(entry.contents)))
        holds.setWordWrap(True)
        layout.addWidget(holds)
        warning = QLabel(self.tr(
            "Everything recorded after {time} will no longer be in the records. The current database is "
            "not deleted: it is kept in the backups folder (“Replaced by a restore”) and can be restored "
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

        self.result_box = _box(SOUND_STYLE, "restoreCheck")
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
        self.replace_button.setStyleSheet("QPushButton { color: #b3261e; font-weight: 600; }")
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
        self.result = result
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
    def done(self, code: int) -> None:  # noqa: N802 - Qt API
        if self.prepared is not None:
            self.service.discard_prepared(self.prepared)  # the staged copy is not left lying around
            self.prepared = None
        self._generation += 1
        super().done(code)
        if self.result is not None:
            # Whatever closed the dialog, the records were replaced: the window must lock.
            result, self.result = self.result, None
            self.restored.emit(result)

    def clear(self) -> None:
        self.reason.clear()
        self.result_box.clear()
        self.status.clear()
