"""First run: the room's name, the supervisor account, the recovery sheet."""

from __future__ import annotations

import secrets

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWizard,
    QWizardPage,
)

from counselroom.domain.accounts import validate_display_name, validate_password, validate_username
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.settings import validate_room_name
from counselroom.security.recovery_code import GROUPS
from counselroom.services.installation import Installation
from counselroom.services.setup import SetupResult, initialize
from counselroom.ui.messages import error_text, message
from counselroom.ui.recovery_sheet_actions import print_sheet, save_sheet
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.recovery_code_view import RecoveryCodeView
from counselroom.ui.workers import run_in_background


def _explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class RoomPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to CounselRoom"))
        self.setSubTitle(self.tr("Set up the records of your counselling room on this computer."))
        layout = QVBoxLayout(self)
        layout.addWidget(_explanation(self.tr(
            "Everything you record is kept encrypted on this computer only. Opening it needs "
            "this computer and a user's password. In the next steps you create the "
            "supervisor's account and receive a recovery code to print and lock away.")))
        self.form = Form(self)
        self.room_name = self.form.add("room_name", self.tr("Room name"), QLineEdit(),
                                       self.tr("As it appears on printed documents, e.g. 某某中学心理辅导室"))
        self.room_name.setObjectName("roomName")
        layout.addWidget(self.form)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        self.form.clear_errors()
        try:
            validate_room_name(self.room_name.text())
        except ValidationError as exc:
            self.form.show_error(exc)
            return False
        return True


class AccountPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The supervisor's account"))
        self.setSubTitle(self.tr("The supervisor (负责人) manages accounts, settings and the "
                                 "quarterly archive."))
        layout = QVBoxLayout(self)
        self.form = Form(self)
        self.display_name = self.form.add("display_name", self.tr("Name"), QLineEdit())
        self.username = self.form.add("username", self.tr("User name"), QLineEdit(),
                                      self.tr("Used to log in, e.g. wang or 王老师"))
        self.password = self.form.add("password", self.tr("Password"), QLineEdit(),
                                      self.tr("At least 8 characters. A short sentence you can "
                                              "remember is better than a complicated word."))
        self.confirm = self.form.add("confirm", self.tr("Password again"), QLineEdit())
        for edit, name in ((self.display_name, "displayName"), (self.username, "username"),
                           (self.password, "password"), (self.confirm, "confirm")):
            edit.setObjectName(name)
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the records"))

    def validatePage(self) -> bool:
        self.form.clear_errors()
        try:
            validate_display_name(self.display_name.text())
            validate_username(self.username.text())
            validate_password(self.password.text(), username=self.username.text())
        except ValidationError as exc:
            self.form.show_error(exc)
            return False
        if self.password.text() != self.confirm.text():
            self.form.show_field_error("confirm", message("password.mismatch"))
            return False
        return True


class RecoveryPage(QWizardPage):
    """Creates the records, then shows the code once."""

    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr("Shown only this once. Print the recovery sheet now."))
        self.layout_ = QVBoxLayout(self)
        self.status = _explanation(self.tr("Creating the encrypted records…"))
        self.status.setObjectName("setupStatus")
        self.layout_.addWidget(self.status)
        self.code_view: RecoveryCodeView | None = None
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print recovery sheet…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button.setObjectName("printSheet")
        for b in (self.print_button, self.save_button):
            b.setEnabled(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.kept = QCheckBox(self.tr("I have printed or written down the recovery code and "
                                      "will keep it in a locked cabinet."))
        self.kept.setObjectName("keptCheck")
        self.kept.setEnabled(False)
        self.kept.toggled.connect(self.completeChanged)
        self.layout_.addWidget(self.kept)
        self.layout_.addStretch(1)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)

    def initializePage(self) -> None:
        if self._wizard.result_ is None and not self._wizard.creating:
            self._wizard.create_records(self._created, self._failed)

    def _created(self, result: SetupResult) -> None:
        self.status.setText(self.tr(
            "The records are ready. This code opens them on a new computer and resets a "
            "forgotten password. Whoever has it and a copy of the records can read them: "
            "keep the sheet locked away, never photograph it or store it on a computer."))
        self.code_view = RecoveryCodeView(result.recovery_groups, self)
        self.layout_.insertWidget(1, self.code_view)
        for widget in (self.print_button, self.save_button, self.kept):
            widget.setEnabled(True)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc) if isinstance(exc, CounselRoomError) else self.tr(
            "The records could not be created ({error}).").format(error=type(exc).__name__)
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;")

    def _print(self) -> None:
        result = self._wizard.result_
        print_sheet(result.session, result.recovery_groups, self._wizard.language, self)

    def _save(self) -> None:
        result = self._wizard.result_
        save_sheet(result.session, result.recovery_groups, self._wizard.language, self)

    def isComplete(self) -> bool:
        return self._wizard.result_ is not None and self.kept.isChecked()


class ConfirmPage(QWizardPage):
    """Typing back two groups proves the code was really taken down."""

    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check the recovery code"))
        first, second = sorted(secrets.SystemRandom().sample(range(GROUPS), 2))
        self.asked = (first, second)
        layout = QVBoxLayout(self)
        layout.addWidget(_explanation(self.tr(
            "From your sheet, type group {a} and group {b} of the recovery code.").format(
                a=first + 1, b=second + 1)))
        self.form = Form(self)
        self.inputs = []
        for index in self.asked:
            edit = QLineEdit()
            edit.setMaxLength(6)
            edit.setInputMask("999999;_")
            edit.setObjectName(f"group{index + 1}")
            edit.textChanged.connect(self.completeChanged)
            self.form.add(f"group{index + 1}", self.tr("Group {n}").format(n=index + 1), edit)
            self.inputs.append(edit)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.setFinalPage(True)

    def isComplete(self) -> bool:
        result = self._wizard.result_
        if result is None:
            return False
        return all(edit.text() == result.recovery_groups[index]
                   for edit, index in zip(self.inputs, self.asked))


class FirstRunWizard(QWizard):
    def __init__(self, installation: Installation, language: str, backend=None, parent=None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.language = language
        self.backend = backend
        self.result_: SetupResult | None = None
        self.creating = False
        self.setWindowTitle(self.tr("CounselRoom — first set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.room_page = RoomPage()
        self.account_page = AccountPage()
        self.recovery_page = RecoveryPage(self)
        self.confirm_page = ConfirmPage(self)
        for page in (self.room_page, self.account_page, self.recovery_page, self.confirm_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start using CounselRoom"))
        self.resize(720, 560)

    def create_records(self, on_done, on_error) -> None:
        self.creating = True
        room = self.room_page.room_name.text()
        account = self.account_page

        def work() -> SetupResult:
            return initialize(self.installation, room_name=room,
                              username=account.username.text(),
                              display_name=account.display_name.text(),
                              password=account.password.text(), backend=self.backend)

        def done(result: SetupResult) -> None:
            self.creating = False
            self.result_ = result
            # The password fields have done their job; don't keep them around.
            account.password.clear()
            account.confirm.clear()
            on_done(result)

        def failed(exc: BaseException) -> None:
            self.creating = False
            on_error(exc)

        run_in_background(work, done, failed)

    @property
    def session(self):
        return self.result_.session if self.result_ else None

    def reject(self) -> None:
        if self.result_ is not None:
            answer = QMessageBox.question(self, self.windowTitle(), self.tr(
                "The records are already created. If you leave now without keeping the "
                "recovery code, the supervisor can issue a new one later in Settings. Leave?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.result_.session.logout()
            self.result_ = None
        super().reject()
