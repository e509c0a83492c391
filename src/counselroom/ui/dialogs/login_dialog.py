"""Opening the records: user name and password (the password opens the key slot)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from counselroom.domain.errors import AuthenticationError, CounselRoomError, RecoveryNeeded
from counselroom.services.auth import login
from counselroom.services.installation import Installation
from counselroom.ui.messages import error_text
from counselroom.ui.widgets.form import Form
from counselroom.ui.workers import run_in_background


class LoginDialog(QDialog):
    recovery_requested = Signal(object)  # RecoveryNeeded or None (forgotten password)

    def __init__(self, installation: Installation, backend=None, parent=None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.backend = backend
        self.session = None
        self.setWindowTitle(self.tr("CounselRoom — log in"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Psychological counselling records"))
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        self.form = Form(self)
        # No list of accounts: user names are not written anywhere outside the
        # encrypted database, so there is nothing to offer here.
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.form.add("username", self.tr("User name"), self.username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("password")
        self.form.add("password", self.tr("Password"), self.password)
        layout.addWidget(self.form)
        self.status = QLabel()
        self.status.setObjectName("loginStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.forgot = QPushButton(self.tr("Forgot password…"))
        self.forgot.setFlat(True)
        self.forgot.setToolTip(self.tr("Reset a password with the recovery code from the recovery sheet"))
        self.forgot.clicked.connect(lambda: self.recovery_requested.emit(None))
        buttons.addWidget(self.forgot)
        buttons.addStretch(1)
        self.login_button = QPushButton(self.tr("Open the records"))
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.attempt)
        buttons.addWidget(self.login_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)

    def attempt(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        self.form.clear_errors()
        if not username:
            self.form.show_field_error("username", error_text(CounselRoomError("username.empty")))
            return
        self._busy(True)
        run_in_background(lambda: login(self.installation, username, password, backend=self.backend),
                          self._logged_in, self._failed)

    def _busy(self, busy: bool) -> None:
        self.login_button.setEnabled(not busy)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Opening the records…") if busy else "")

    def _logged_in(self, session) -> None:
        self._busy(False)
        self.password.clear()
        self.session = session
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, RecoveryNeeded):
            self.recovery_requested.emit(exc)
            return
        self.password.selectAll()
        self.password.setFocus()
        if isinstance(exc, AuthenticationError) and exc.code == "auth.wrong_password":
            self.form.show_field_error("password", error_text(exc))
        elif isinstance(exc, CounselRoomError):
            self.form.banner.show_text(error_text(exc))
        else:
            self.form.banner.show_text(self.tr("The records could not be opened ({error}).").format(
                error=type(exc).__name__))
