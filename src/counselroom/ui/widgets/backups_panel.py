"""The "Backups" group of the supervisor's settings: when the last backup was made,
"Back up now", and the backups dialog (list, verify, restore)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counselroom.domain.backups import BackupFile
from counselroom.domain.errors import CounselRoomError
from counselroom.services.backups import BackupService, RestoreResult
from counselroom.ui.backup_text import local_time
from counselroom.ui.context import AppContext
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.backups_dialog import BackupsDialog
from counselroom.ui.labels import label_of
from counselroom.ui.messages import error_text, message
from counselroom.ui.open_dialogs import OpenDialogs
from counselroom.ui.page_loader import PageLoader
from counselroom.ui.styles import BOLD, ERROR_STYLE, HINT_STYLE, OK_STYLE, WARNING_INK
from counselroom.ui.widgets.hint_label import hint_label

AMBER_STYLE = f"color: {WARNING_INK};"


class BackupsPanel(QGroupBox):
    def __init__(self, ctx: AppContext, loader: PageLoader, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.ctx = ctx
        # The settings page's: looking through the backups folder waits on the disk.
        self._loader = loader
        self._generation = 0
        self._dialogs = OpenDialogs(self)
        self.dialog: BackupsDialog | None = None
        self.setObjectName("backupsGroup")
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        box.setSpacing(10)
        hint = hint_label(self.tr(
            "CounselRoom makes an encrypted backup once a day when it is used, and before every update. "
            "Now and then, also back up to a USB drive and keep it locked away."))
        box.addWidget(hint)
        self.last_label = QLabel()
        self.last_label.setObjectName("lastBackup")
        self.last_label.setWordWrap(True)
        box.addWidget(self.last_label)
        row = QHBoxLayout()
        self.make_button = QPushButton(self.tr("Back up now"), self)
        self.make_button.setObjectName("backupNowSettings")
        self.make_button.setToolTip(self.tr("Make an encrypted backup in the data folder now"))
        self.make_button.clicked.connect(self.make_backup)
        self.open_button = QPushButton(self.tr("Backups…"), self)
        self.open_button.setObjectName("openBackups")
        self.open_button.setToolTip(self.tr("See every backup and what it holds; verify or restore one"))
        self.open_button.clicked.connect(self.open_backups)
        row.addWidget(self.make_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        box.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("backupPanelStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        box.addWidget(self.status)
        self._status_timer = QTimer(self, singleShot=True, interval=8000)
        self._status_timer.timeout.connect(self.status.hide)

    # -- showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        self._loader.load(lambda session: BackupService(session).last_backup(), self._show_last,
                          slot="backups", failed=self._show_failure)

    def _show_failure(self, err: CounselRoomError) -> None:
        self.last_label.setStyleSheet(ERROR_STYLE)
        self.last_label.setText(error_text(err))

    def _show_last(self, last: BackupFile | None) -> None:
        if last is None:
            self.last_label.setStyleSheet(AMBER_STYLE + BOLD)
            self.last_label.setText(self.tr("No backup has been made yet."))
            return
        text = self.tr("Last backup: {time} ({kind}).").format(time=local_time(last), kind=label_of(last.kind))
        if last.made_at.astimezone().date() == self.ctx.session.today():
            self.last_label.setStyleSheet("")
        else:
            self.last_label.setStyleSheet(AMBER_STYLE)
            text += " " + self.tr("None yet today.")
        self.last_label.setText(text)

    def clear(self) -> None:
        self._generation += 1
        self._dialogs.close_all()
        self.dialog = None
        self.last_label.clear()
        self.status.clear()
        self.status.hide()
        self.make_button.setEnabled(True)
        self.unsetCursor()

    def _show_status(self, style: str, text: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self.status.show()
        self._status_timer.start()

    # -- back up now ---------------------------------------------------------------------
    def make_backup(self) -> None:
        from counselroom.ui.workers import run_in_background

        self._generation += 1
        generation, service = self._generation, BackupService(self.ctx.session)
        self.make_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._show_status(HINT_STYLE, self.tr("Making the backup…"))

        def finish() -> bool:
            if generation != self._generation:
                return False
            self.unsetCursor()
            self.make_button.setEnabled(True)
            return True

        def done(made: BackupFile) -> None:
            if finish():
                self._show_last(made)
                self._show_status(OK_STYLE + BOLD, self.tr("Backup made."))

        def failed(exc: BaseException) -> None:
            if not finish():
                return
            if isinstance(exc, CounselRoomError):
                self._show_status(ERROR_STYLE, error_text(exc))
            else:
                self._show_status(ERROR_STYLE, message("error"))
                report_unexpected(exc)

        run_in_background(service.make, done, failed)

    # -- the dialog ----------------------------------------------------------------------
    def open_backups(self) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self.dialog = BackupsDialog(self.ctx.session, self)
        self.dialog.backup_made.connect(self._backup_made)
        self.dialog.restored.connect(self._restored)
        self.dialog.finished.connect(self._dialog_closed)
        self._dialogs.open(self.dialog)

    def _dialog_closed(self) -> None:
        if self.sender() is self.dialog:
            self.dialog = None

    def _backup_made(self, made: BackupFile) -> None:
        self.refresh()

    def _restored(self, result: RestoreResult) -> None:
        """Every page, case window and editor still shows records of the replaced database:
        lock, so that all of it is dropped and reloaded from the restored one after the
        password (which also opens the restored file the normal way)."""
        self._show_last(BackupService(self.ctx.session).last_backup())
        lock = getattr(self.window(), "lock", None)
        if callable(lock):
            lock("restore")
