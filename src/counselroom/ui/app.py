"""Starting the GUI: set-up, recovery or login, then the main window."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLockFile, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from counselroom import APP_NAME
from counselroom.domain.errors import CounselRoomError, KeystoreError, RecoveryNeeded
from counselroom.domain.installation import InstallState, RecoveryReason
from counselroom.resources import resource_path
from counselroom.services.installation import Installation, default_data_dir, detect
from counselroom.services.settings_service import SettingsService
from counselroom.ui import crash_handler, i18n
from counselroom.ui.context import AppContext
from counselroom.ui.daily_backup import start_daily_backup
from counselroom.ui.fonts import load_application_font
from counselroom.ui.idle import IdleWatcher
from counselroom.ui.messages import error_text, message

if TYPE_CHECKING:   # for annotations only: the methods that make these windows import them
    from counselroom.ui.dialogs.first_run_wizard import FirstRunWizard
    from counselroom.ui.dialogs.login_dialog import LoginDialog
    from counselroom.ui.dialogs.recovery_dialog import RecoveryDialog
    from counselroom.ui.main_window import MainWindow

# After the login window has painted, while the person types: see _prepare_main_window.
PREPARE_AFTER_MS = 200


def _prepare_main_window() -> None:
    """Import the main window's modules (every page's, the archive check's) now, while the login
    window waits for a password: imported after it, they made the password-to-Today wait
    (about a second on a slow PC) and imported before it, the wait for the login window."""
    from counselroom.ui import archive_reconcile  # noqa: F401 - imported for its cost, now
    from counselroom.ui.main_window import page_classes

    page_classes()


def instance_lock(installation: Installation) -> QLockFile:
    """One running copy per data folder. The lock file lives in the temp folder,
    so starting never writes into a data folder that may need recovery."""
    digest = hashlib.sha256(str(installation.data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    lock = QLockFile(str(Path(QDir.tempPath()) / f"counselroom-{digest}.lock"))
    lock.setStaleLockTime(0)  # stale only if the process is gone
    return lock


class AppController(QObject):
    """Walks through the start-up states and owns the main window."""

    def __init__(self, installation: Installation, language: str, backend=None) -> None:
        super().__init__()
        self.installation = installation
        self.language = language
        self.backend = backend
        self.wizard: FirstRunWizard | None = None
        self.login_dialog: LoginDialog | None = None
        self.recovery_dialog: RecoveryDialog | None = None
        self.main_window: MainWindow | None = None
        self.ctx: AppContext | None = None
        self.idle = IdleWatcher(5, self)
        self.idle.idle.connect(self._idle_lock)
        app = QApplication.instance()
        assert app is not None   # run_gui (or the tests) made it first
        app.installEventFilter(self.idle)

    # -- start ---------------------------------------------------------------
    def start(self) -> bool:
        try:
            state = detect(self.installation, self.backend)
        except KeystoreError as exc:
            QMessageBox.critical(None, APP_NAME, error_text(exc))
            return False
        if state.state is InstallState.FIRST_RUN:
            self.show_wizard()
        elif state.state is InstallState.RECOVERY:
            self.show_recovery(state.reason)
        else:
            self.show_login()
        return True

    def show_wizard(self) -> None:
        from counselroom.ui.dialogs.first_run_wizard import FirstRunWizard

        self.wizard = FirstRunWizard(self.installation, self.language, self.backend)
        self.wizard.accepted.connect(self._set_up)
        self.wizard.rejected.connect(self._quit)
        self.wizard.restore_requested.connect(self._restore_on_new_computer)
        self.wizard.show()

    def _restore_on_new_computer(self) -> None:
        """A new computer for existing records: a backup and the recovery code, not a set-up."""
        assert self.wizard is not None   # the wizard's own signal
        self.language = self.wizard.language
        self.wizard.hide()
        self.show_recovery(RecoveryReason.NEW_COMPUTER)

    def _set_up(self) -> None:
        assert self.wizard is not None   # the wizard's own signal
        self.language = self.wizard.language  # chosen on the wizard's first page
        self.open_main(self.wizard.session)

    def show_login(self) -> None:
        from counselroom.ui.dialogs.login_dialog import LoginDialog

        self.login_dialog = LoginDialog(self.installation, backend=self.backend)
        self.login_dialog.accepted.connect(lambda: self._logged_in(self.login_dialog.session))
        self.login_dialog.recovery_requested.connect(self._recovery_from_login)
        self.login_dialog.rejected.connect(self._quit)
        self.login_dialog.show()
        QTimer.singleShot(PREPARE_AFTER_MS, self, _prepare_main_window)

    def _recovery_from_login(self, exc: RecoveryNeeded | None) -> None:
        assert self.login_dialog is not None   # the login dialog's own signal
        self.login_dialog.rejected.disconnect(self._quit)
        self.login_dialog.close()
        self.show_recovery(RecoveryReason(exc.reason) if exc else None)

    def show_recovery(self, reason: RecoveryReason | None) -> None:
        from counselroom.ui.dialogs.recovery_dialog import RecoveryDialog

        self.recovery_dialog = RecoveryDialog(self.installation, reason, self.backend)
        self.recovery_dialog.accepted.connect(lambda: self.open_main(self.recovery_dialog.session))
        self.recovery_dialog.previous_restored.connect(self.show_login)
        if reason is None:  # "forgot password" from the login: cancelling goes back there
            self.recovery_dialog.rejected.connect(lambda: self.show_login())
        elif reason is RecoveryReason.NEW_COMPUTER:  # cancelling goes back to the set-up
            assert self.wizard is not None   # only the wizard's "Restore from a backup" asks for this
            self.recovery_dialog.rejected.connect(lambda: self.wizard.show())
        else:
            self.recovery_dialog.rejected.connect(self._quit)
        self.recovery_dialog.show()

    def _logged_in(self, session) -> None:
        if session.must_change_password:
            ctx = AppContext(self.installation, session, self.language, self.backend)
            if not ctx.change_password(required=True):
                session.logout()
                self.show_login()
                return
        self.open_main(session)

    # -- main window ---------------------------------------------------------
    def open_main(self, session, start_page: str = "home") -> None:
        # Not imported with this module: the archive export behind it (reportlab, py7zr) is not
        # needed to show the login window (see _prepare_main_window).
        from counselroom.ui.archive_reconcile import start_archive_reconcile
        from counselroom.ui.main_window import MainWindow

        self.ctx = AppContext(self.installation, session, self.language, self.backend)
        self.ctx.language_requested.connect(self.change_language)
        self.ctx.settings_applied.connect(self._apply_settings)
        self.main_window = MainWindow(self.ctx, start_page)
        self.main_window.logout_requested.connect(self.logout)
        self.main_window.closed.connect(self._quit)
        self._apply_settings()
        self.main_window.show()
        self.idle.start()
        # Once a day, whoever uses the application: off the GUI thread (ui/daily_backup.py).
        self.ctx.unlocked.connect(self._daily_backup)
        self._daily_backup()
        # An export a crash interrupted: its archive is recorded or set aside (ui/archive_reconcile.py).
        start_archive_reconcile(session, self.main_window)

    def _daily_backup(self) -> None:
        if self.ctx is not None:
            start_daily_backup(self.ctx.session)

    def _apply_settings(self) -> None:
        if self.ctx and not self.ctx.session.locked:
            self.idle.set_minutes(SettingsService(self.ctx.session).idle_lock_minutes())
        if self.main_window:
            self.main_window.update_title()

    def _idle_lock(self) -> None:
        if self.main_window and not self.main_window.is_locked:
            self.main_window.lock("idle")

    def _quit(self) -> None:
        self.idle.stop()
        QApplication.quit()

    def logout(self) -> None:
        self.idle.stop()
        if self.ctx:
            self.ctx.end_session()
        if self.main_window:
            window, self.main_window = self.main_window, None
            window.hide()
            window.deleteLater()
        self.show_login()

    def change_language(self, lang: str) -> None:
        """Rebuild the window in the new language, on the same page."""
        self.language = i18n.install(lang)
        i18n.save_language(self.installation.prefs_path, lang)
        if self.main_window is None:
            return
        assert self.ctx is not None   # open_main made it with the window
        page = self.main_window.current_page().key
        old, session = self.main_window, self.ctx.session
        old.hide()
        old.deleteLater()
        self.open_main(session, start_page=page)


def run_gui(data_dir: Path | None = None, lang: str | None = None, backend=None) -> int:
    # First of all: from here on an unexpected error leaves a crash note (in the per-user log
    # folder until the data folder is known) and shows one sentence (ui/crash_handler.py).
    crash_handler.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)   # an earlier one is the tests', a QApplication too
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("")
    # every window's icon (title bar, taskbar, Alt-Tab); the .deb's menu entry and the Windows
    # program file carry the same picture
    app.setWindowIcon(QIcon(str(resource_path("icons", "counselroom.png"))))
    load_application_font(app)
    installation = Installation(Path(data_dir) if data_dir else default_data_dir())
    crash_handler.set_data_dir(installation.data_dir)
    language = i18n.install(lang or i18n.saved_language(installation.prefs_path)
                            or i18n.system_language())
    lock = instance_lock(installation)
    if not lock.tryLock(100):
        QMessageBox.warning(None, APP_NAME, message("instance.running"))
        return 2
    try:
        controller = AppController(installation, language, backend)
        if not controller.start():
            return 2
        # Dialogs hand over to the main window and back; quitting is explicit.
        app.setQuitOnLastWindowClosed(False)
        return app.exec()
    except CounselRoomError as exc:
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        return 2
    except Exception as exc:  # noqa: BLE001 - unexpected while starting: a crash note, the sentence
        crash_handler.report_unexpected(exc)
        crash_handler.wait_for_box()   # no event loop runs now to keep the box on screen
        return 1
    finally:
        lock.unlock()
