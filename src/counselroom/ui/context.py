"""What every window and page shares: the installation and the current session."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from counselroom.services.installation import Installation
from counselroom.services.session import Session
from counselroom.services.settings_service import SettingsService


class AppContext(QObject):
    """Holds the session; tells widgets when the records lock and unlock."""

    locked = Signal()
    unlocked = Signal()
    language_requested = Signal(str)

    def __init__(self, installation: Installation, session: Session, language: str,
                 backend=None) -> None:
        super().__init__()
        self.installation = installation
        self.session = session
        self.language = language
        self.backend = backend  # key-store backend override (tests); None = the OS one
        # The room's name is not about any person, so it may stay on screen while locked.
        self.room_name = SettingsService(session).room_name()

    @property
    def user(self):
        return self.session.user

    def _window(self) -> QWidget | None:
        return QApplication.activeWindow()

    def lock_session(self, reason: str) -> None:
        self.session.lock(reason=reason)
        self.locked.emit()

    def end_session(self) -> None:
        self.session.logout()

    def change_password(self, required: bool = False) -> bool:
        from counselroom.ui.dialogs.change_password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.session, required=required, parent=self._window())
        return dialog.exec() == ChangePasswordDialog.DialogCode.Accepted

    def print_recovery_sheet(self, groups: list[str]) -> bool:
        from counselroom.ui.recovery_sheet_actions import print_sheet

        return print_sheet(self.session, groups, self.language, self._window())

    def save_recovery_sheet(self, groups: list[str]) -> bool:
        from counselroom.ui.recovery_sheet_actions import save_sheet

        return save_sheet(self.session, groups, self.language, self._window())

    def request_language(self, lang: str) -> None:
        if lang != self.language:
            self.language_requested.emit(lang)

    def settings_changed(self) -> None:
        """Pages call this after saving settings so the window title and idle lock follow."""
        self.room_name = SettingsService(self.session).room_name()
        self.settings_applied.emit()

    settings_applied = Signal()
