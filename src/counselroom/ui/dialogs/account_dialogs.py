"""Creating an account and handing over its one-time password."""

from __future__ import annotations

import shiboken6

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from counselroom.domain.accounts import Role, User
from counselroom.domain.errors import CounselRoomError
from counselroom.services.accounts import AccountService
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.labels import label_of
from counselroom.ui.messages import message
from counselroom.ui.styles import INFO_BG, INFO_BORDER, INFO_INK, PAPER_BOX
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.form import Form
from counselroom.ui.workers import run_in_background

INFO_BOX_STYLE = (f"background: {INFO_BG}; border: 1px solid {INFO_BORDER}; border-radius: 6px;"
                  f" padding: 8px 10px; color: {INFO_INK};")


def role_description(role: Role) -> str:
    """What a person in this role may see, in words a teacher can check."""
    return {
        Role.COUNSELLOR: QCoreApplication.translate("Roles", "A counsellor works with their own cases: the clients they counsel, "
                            "with visit records, tests, crises and referrals, plus registration "
                            "and appointments."),
        Role.ASSISTANT: QCoreApplication.translate("Roles", "An assistant only registers clients and manages appointments. "
                           "An assistant never sees visit records, tests or crisis records."),
        Role.SUPERVISOR: QCoreApplication.translate("Roles", "A supervisor sees all records and also runs the administration: "
                            "accounts, audit log, settings, archive export and the recovery code."),
    }[role]


class NewAccountDialog(QDialog):
    """Asks for name, user name and role; creates the account through the service.

    On success ``created_user`` and ``one_time_password`` are set and the dialog
    is accepted. A refused value is shown at its field and everything typed stays.
    """

    # Counsellor first: it is the account a supervisor adds most often.
    ROLES = (Role.COUNSELLOR, Role.ASSISTANT, Role.SUPERVISOR)
    WIDTH = 560

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self.created_user: User | None = None
        self.one_time_password: str | None = None
        self.setObjectName("newAccountDialog")
        self.setWindowTitle(self.tr("New account"))
        self.setMinimumWidth(self.WIDTH)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        intro = QLabel(self.tr("The new colleague gets a one-time password, which you hand over "
                               "in person. They choose their own password at the first login."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.form = Form(self)
        self.form.layout_.setVerticalSpacing(10)
        self.display_name = self.form.add(
            "display_name", self.tr("Name"), QLineEdit(),
            self.tr("As colleagues know the person, for example 张明 or 张老师."))
        self.display_name.setObjectName("displayName")
        self.username = self.form.add(
            "username", self.tr("User name"), QLineEdit(),
            self.tr("Typed at login, for example zhangming. Letters, digits or Chinese "
                    "characters; no spaces."))
        self.username.setObjectName("username")
        self.role = self.form.add("role", self.tr("Role"), QComboBox())
        self.role.setObjectName("role")
        for role in self.ROLES:
            # Qt turns a str-based enum into a plain str: store the value.
            self.role.addItem(label_of(role), role.value)
        self.role_help = QLabel()
        self.role_help.setObjectName("roleHelp")
        self.role_help.setWordWrap(True)
        self.role_help.setStyleSheet(INFO_BOX_STYLE)
        self.form.add_row("", self.role_help)
        self.role.currentIndexChanged.connect(self._show_role_help)
        self._show_role_help()
        layout.addWidget(self.form)
        layout.addStretch(1)

        row, self.cancel_button, self.create_button = dialog_buttons(
            self, self.tr("Create account"), self.submit, action_name="createAccount")
        layout.addLayout(row)
        self.display_name.setFocus()

    def selected_role(self) -> Role:
        return Role(self.role.currentData())

    def _show_role_help(self) -> None:
        self.role_help.setText(role_description(self.selected_role()))
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Grow to show every wrapped line (a dialog's size hint ignores word wrap)."""
        width = max(self.width(), self.WIDTH)
        height = self.heightForWidth(width)
        if height > self.height():
            self.resize(width, height)
        # The form layout keeps a stale height-for-width after an error line appears.
        self.form.layout_.invalidate()

    def submit(self) -> None:
        self.form.clear_errors()
        username, display_name, role = self.username.text(), self.display_name.text(), self.selected_role()
        self._set_busy(True)
        # Wrapping the key for the new password runs Argon2id: too slow for the GUI thread.
        run_in_background(
            lambda: self._accounts.create(username=username, display_name=display_name, role=role),
            self._created, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(not busy)
        self.create_button.setEnabled(not busy)
        self.form.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _created(self, result: tuple[User, str]) -> None:
        if not shiboken6.isValid(self):  # closed by a lock while the account was made
            return
        self._set_busy(False)
        self.created_user, self.one_time_password = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if isinstance(exc, CounselRoomError):
            self.form.show_error(exc)
            self._fit()
            return
        self.form.banner.show_text(message("error"))
        report_unexpected(exc)

    def clear(self) -> None:
        """Drop what was typed (the records locked while the dialog was open)."""
        self.display_name.clear()
        self.username.clear()
        self.form.clear_errors()


def _monospace(point_size: int) -> QFont:
    font = QFont()
    font.setFamilies(["Consolas", "DejaVu Sans Mono", "Menlo", "Noto Sans Mono", "monospace"])
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    font.setPointSize(point_size)
    font.setWeight(QFont.Weight.DemiBold)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2)
    return font


class OneTimePasswordDialog(QDialog):
    """Shows a one-time password once, large enough to read out or copy onto a note.

    No copy button on purpose: the clipboard outlives the dialog and other
    programs can read it. The text can still be selected by hand.
    """

    def __init__(self, username: str, password: str, display_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oneTimePasswordDialog")
        self.setWindowTitle(self.tr("One-time password"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)

        who = f"{display_name} ({username})" if display_name else username
        heading = QLabel(self.tr("One-time password for {who}").format(who=who))
        heading.setObjectName("otpHeading")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(heading)

        login_line = QLabel(self.tr("User name: {username}").format(username=username))
        login_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(login_line)

        self.password_label = QLabel(password)
        self.password_label.setObjectName("oneTimePassword")
        self.password_label.setFont(_monospace(24))
        self.password_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.password_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.password_label.setStyleSheet(PAPER_BOX + " padding: 14px;")
        layout.addWidget(self.password_label)

        steps = QLabel(
            "<ul style='margin-left:-20px'>"
            + "".join(f"<li style='margin-bottom:4px'>{line}</li>" for line in (
                self.tr("Hand it to the person in private — do not send it by chat or e-mail."),
                self.tr("They must change it at their first login."),
                self.tr("It is shown only this once and is not stored anywhere. "
                        "If it gets lost, reset the password again."),
            ))
            + "</ul>")
        steps.setObjectName("otpInstructions")
        steps.setWordWrap(True)
        layout.addWidget(steps)

        buttons = QDialogButtonBox()
        done = buttons.addButton(self.tr("I have handed it over"), QDialogButtonBox.ButtonRole.AcceptRole)
        done.setObjectName("otpDone")
        done.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        # Nothing of the password stays in the widget once the dialog is closed.
        self.password_label.clear()
        super().done(result)

