"""Backups (supervisor): what backups there are and what each holds; back up now,
verify, and restore one after it has been checked."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget,
)

from counselroom.domain.backups import BackupFile, sidecar_name
from counselroom.domain.errors import CounselRoomError
from counselroom.services.backups import BackupCheck, BackupEntry, BackupService, RestoreResult
from counselroom.services.session import Session
from counselroom.ui.backup_text import findings_html, local_time, size_text
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.restore_dialog import RestoreDialog
from counselroom.ui.labels import label_of
from counselroom.ui.messages import error_text, message
from counselroom.ui.models.backups import BackupsModel
from counselroom.ui.record_counts import count_label
from counselroom.ui.styles import BOLD, ERROR_STYLE, HINT_STYLE, OK_STYLE, WARM_RULE
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.check_outcome import PROBLEM_STYLE, SOUND_STYLE, outcome_box
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy
from counselroom.ui.workers import run_in_background


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
        intro = hint_label(self.tr(
            "Backups are encrypted with the records' own key: they open only in CounselRoom on this "
            "installation, or with the recovery code. Daily and on-demand backups are thinned out: the "
            "newest of each of the last 7 days, 4 weeks and 12 months is kept. Backups made before an "
            "update or a restore are never removed."))
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
        self.empty_label = hint_label("", name="backupsEmpty")
        layout.addWidget(self.empty_label)

        details_frame = QFrame(self)
        details_frame.setObjectName("backupDetails")
        details_frame.setStyleSheet(f"#backupDetails {{ border: 1px solid {WARM_RULE}; border-radius: 6px; }}")
        details = QVBoxLayout(details_frame)
        details.setContentsMargins(12, 10, 12, 10)
        details.setSpacing(8)
        self.details_label = QLabel()
        self.details_label.setObjectName("backupDetailsText")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.addWidget(self.details_label)
        self.result_box = outcome_box("verifyResult")
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
            self.empty_label.setText(self.tr("No backups in this folder yet. \"Back up now\" makes one."))
            self.empty_label.show()
        row = -1
        if select is not None:
            row = next((i for i, e in enumerate(entries) if e.file.path == select), -1)
        if row < 0 and entries:
            row = 0
        if row >= 0:
            self.table.select_given_row(row)
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
        lines = [f"<b>{html.escape(local_time(backup))}</b> — {html.escape(label_of(backup.kind))}",
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
            assert check.contents is not None   # nothing found: the backup was read to the end
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
