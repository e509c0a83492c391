"""What the window shows while the records are locked: only who locked them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from counselroom.domain.errors import AuthenticationError, CounselRoomError
from counselroom.ui.messages import error_text
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.hint_label import hint_label


class LockScreen(QWidget):
    unlock_requested = Signal(str)
    switch_user_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        box = QWidget(self)
        box.setMinimumWidth(400)
        box.setMaximumWidth(480)
        column = QVBoxLayout(box)
        title = QLabel(self.tr("The records are locked"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        self.who = hint_label("")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.who)
        self.form = Form(box)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._unlock)
        self.form.add("password", self.tr("Password"), self.password)
        column.addWidget(self.form)
        row = QHBoxLayout()
        self.switch = QPushButton(self.tr("Log out"))
        self.switch.setToolTip(self.tr("Close this session so another person can log in"))
        self.switch.clicked.connect(self.switch_user_requested)
        row.addWidget(self.switch)
        row.addStretch(1)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        row.addWidget(self.unlock_button)
        column.addLayout(row)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(box)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(3)

    def show_for(self, display_name: str, username: str, reason: str) -> None:
        self.form.clear_errors()
        self.password.clear()
        self.who.setText(self.tr("Locked {reason}. {name} ({username}) can unlock with their "
                                 "password.").format(reason=reason, name=display_name, username=username))
        self.password.setFocus()

    def _unlock(self) -> None:
        self.unlock_button.setEnabled(False)
        self.unlock_requested.emit(self.password.text())

    def unlock_failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.password.selectAll()
        if isinstance(exc, AuthenticationError) and exc.code == "auth.wrong_unlock_password":
            self.form.show_field_error("password", error_text(exc))
        elif isinstance(exc, CounselRoomError):
            self.form.banner.show_text(error_text(exc))
        else:
            self.form.banner.show_text(type(exc).__name__)

    def unlocked(self) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.form.clear_errors()
