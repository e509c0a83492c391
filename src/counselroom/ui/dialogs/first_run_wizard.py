"""First run: the language, the room's name, the supervisor account, the recovery sheet."""

from __future__ import annotations

import secrets

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
    QRadioButton, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from counselroom.domain.accounts import validate_display_name, validate_password, validate_username
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.settings import validate_room_name
from counselroom.security.recovery_code import GROUPS
from counselroom.services.installation import Installation
from counselroom.services.setup import SetupResult, initialize
from counselroom.ui import i18n
from counselroom.ui.messages import error_text, message
from counselroom.ui.recovery_sheet_actions import print_sheet, save_sheet
from counselroom.ui.styles import ERROR_STYLE
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.recovery_code_entry import RecoveryCodeEntry
from counselroom.ui.widgets.recovery_code_view import RecoveryCodeView
from counselroom.ui.workers import run_in_background


def _explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _swap_form(layout: QVBoxLayout, old: Form | None, new: Form, index: int) -> None:
    """Put a freshly built form where the old one was (a language change rebuilds
    the forms, carrying over what was typed, rather than reaching into them)."""
    if old is None:
        layout.insertWidget(index, new)
        return
    layout.replaceWidget(old, new)
    old.hide()
    old.deleteLater()


class RoomPage(QWizardPage):
    """The language first (it changes the wizard at once), then the room's name."""

    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.layout_ = QVBoxLayout(self)
        chooser = QWidget(self)
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 6)
        row.setSpacing(16)
        # Both languages on purpose: it is read before anyone has chosen one.
        row.addWidget(QLabel("语言 / Language:", chooser))
        self.chinese = QRadioButton("简体中文", chooser)
        self.english = QRadioButton("English", chooser)
        self.chinese.setObjectName("languageChinese")
        self.english.setObjectName("languageEnglish")
        self.languages = QButtonGroup(self)
        for button, lang in ((self.chinese, "zh_CN"), (self.english, "en")):
            self.languages.addButton(button)
            button.setChecked(wizard.language == lang)
            button.toggled.connect(lambda checked, lang=lang: wizard.set_language(lang) if checked else None)
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addWidget(chooser)
        self.explanation = _explanation("")
        self.layout_.addWidget(self.explanation)
        self.form: Form | None = None
        self.room_name: QLineEdit | None = None
        self.layout_.addStretch(1)
        # A new computer for a room that already has records: they come from a backup
        # (e.g. on the USB drive) with the printed recovery code, not from a new set-up.
        restore = QWidget(self)
        restore_row = QHBoxLayout(restore)
        restore_row.setContentsMargins(0, 8, 0, 0)
        self.restore_note = _explanation("")
        self.restore_note.setObjectName("restoreNote")
        self.restore_button = QPushButton(restore)
        self.restore_button.setObjectName("restoreFromBackup")
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(lambda: wizard.restore_requested.emit())
        restore_row.addWidget(self.restore_note, 1)
        restore_row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.layout_.addWidget(restore)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to CounselRoom"))
        self.setSubTitle(self.tr("Set up the records of your counselling room on this computer."))
        self.explanation.setText(self.tr(
            "Everything you record is kept encrypted on this computer only. Opening it needs "
            "this computer and a user's password. In the next steps you create the "
            "supervisor's account and receive a recovery code to print and lock away."))
        self.restore_note.setText(self.tr(
            "Replacing the room's computer? Do not set up anew: bring the records here from a "
            "backup (for example on the USB drive) with the recovery sheet."))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        typed = self.room_name.text() if self.room_name is not None else ""
        form = Form(self)
        room_name = form.add("room_name", self.tr("Room name"), QLineEdit(),
                             self.tr("As it appears on printed documents, e.g. 某某中学心理辅导室"))
        room_name.setObjectName("roomName")
        room_name.setText(typed)
        _swap_form(self.layout_, self.form, form, 2)
        self.form, self.room_name = form, room_name

    def validatePage(self) -> bool:
        assert self.form is not None and self.room_name is not None   # retranslate() in __init__ built them
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
        self.layout_ = QVBoxLayout(self)
        self.form: Form | None = None
        self.layout_.addStretch(1)
        self.setCommitPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The supervisor's account"))
        self.setSubTitle(self.tr("The supervisor (负责人) manages accounts, settings and the "
                                 "quarterly archive."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the records"))
        names = ("display_name", "username", "password", "confirm")
        typed = {name: getattr(self, name).text() for name in names} if self.form else {}
        form = Form(self)
        self.display_name = form.add("display_name", self.tr("Name"), QLineEdit())
        self.username = form.add("username", self.tr("User name"), QLineEdit(),
                                 self.tr("Used to log in, e.g. wang or 王老师"))
        self.password = form.add("password", self.tr("Password"), QLineEdit(),
                                 self.tr("At least 8 characters. A short sentence you can "
                                         "remember is better than a complicated word."))
        self.confirm = form.add("confirm", self.tr("Password again"), QLineEdit())
        for edit, name in ((self.display_name, "displayName"), (self.username, "username"),
                           (self.password, "password"), (self.confirm, "confirm")):
            edit.setObjectName(name)
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        for name, text in typed.items():
            getattr(self, name).setText(text)
        _swap_form(self.layout_, self.form, form, 0)
        self.form = form

    def validatePage(self) -> bool:
        assert self.form is not None   # retranslate() in __init__ built it
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
        self.layout_ = QVBoxLayout(self)
        self.status = _explanation("")
        self.status.setObjectName("setupStatus")
        self.layout_.addWidget(self.status)
        self.code_view: RecoveryCodeView | None = None
        buttons = QHBoxLayout()
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.print_button.setObjectName("printSheet")
        for b in (self.print_button, self.save_button):
            b.setEnabled(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.kept = QCheckBox()
        self.kept.setObjectName("keptCheck")
        self.kept.setEnabled(False)
        self.kept.toggled.connect(self.completeChanged)
        self.layout_.addWidget(self.kept)
        self.layout_.addStretch(1)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        self.retranslate()

    def retranslate(self) -> None:
        # The language is chosen on the first page; this page's own texts only
        # matter before the records exist (no going back past "Create the records").
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr("Shown only this once. Print the recovery sheet now."))
        if self._wizard.result_ is None and not self._wizard.creating:
            self.status.setText(self.tr("Creating the encrypted records…"))
        self.print_button.setText(self.tr("Print recovery sheet…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.kept.setText(self.tr("I have printed or written down the recovery code and "
                                  "will keep it in a locked cabinet."))

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
        self.status.setStyleSheet(ERROR_STYLE)

    def _print(self) -> None:
        result = self._wizard.result_
        assert result is not None   # the button is enabled once the records exist
        print_sheet(result.session, result.recovery_groups, self._wizard.language, self)

    def _save(self) -> None:
        result = self._wizard.result_
        assert result is not None   # the button is enabled once the records exist
        save_sheet(result.session, result.recovery_groups, self._wizard.language, self)

    def isComplete(self) -> bool:
        return self._wizard.result_ is not None and self.kept.isChecked()


class ConfirmPage(QWizardPage):
    """Typing back two groups proves the code was really taken down."""

    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__()
        self._wizard = wizard
        first, second = sorted(secrets.SystemRandom().sample(range(GROUPS), 2))
        self.asked = (first, second)
        layout = QVBoxLayout(self)
        self.explanation = _explanation("")
        layout.addWidget(self.explanation)
        # The same boxes as the recovery dialog: typing, clicking, pasting and the
        # per-group check behave alike; the status line under them says what is
        # still missing while "Start using" stays disabled.
        self.entry = RecoveryCodeEntry(self.asked, self)
        self.entry.changed.connect(self.completeChanged)
        self.inputs = self.entry.fields
        layout.addWidget(self.entry)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the recovery code"))
        self.explanation.setText(self.tr(
            "From your sheet, type group {a} and group {b} of the recovery code.").format(
                a=self.asked[0] + 1, b=self.asked[1] + 1))
        self.entry.retranslate()

    def initializePage(self) -> None:
        result = self._wizard.result_
        self.entry.set_expected(result.recovery_groups if result else None)
        self.entry.fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def isComplete(self) -> bool:
        return self._wizard.result_ is not None and self.entry.is_complete()


class FirstRunWizard(QWizard):
    # "Restore from a backup…" on the first page: a new computer for existing records.
    restore_requested = Signal()

    def __init__(self, installation: Installation, language: str, backend=None, parent=None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.language = language
        self.backend = backend
        self.result_: SetupResult | None = None
        self.creating = False
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.room_page = RoomPage(self)
        self.account_page = AccountPage()
        self.recovery_page = RecoveryPage(self)
        self.confirm_page = ConfirmPage(self)
        self.pages_ = (self.room_page, self.account_page, self.recovery_page, self.confirm_page)
        for page in self.pages_:
            self.addPage(page)
        self._retranslate_own()
        self.resize(720, 560)

    def set_language(self, lang: str) -> None:
        """The choice on the first page: the wizard changes at once and it is remembered."""
        if lang == self.language:
            return
        self.language = i18n.install(lang)
        self._save_language()
        self._retranslate_own()
        for page in self.pages_:
            page.retranslate()

    def _save_language(self) -> None:
        try:
            i18n.save_language(self.installation.prefs_path, self.language)
        except OSError:
            pass  # an unwritable folder only means the choice is asked again next time

    def _retranslate_own(self) -> None:
        self.setWindowTitle(self.tr("CounselRoom — first set-up"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start using CounselRoom"))
        # QWizard re-reads its own Next/Back/Cancel texts only when its style is set
        # (setting the same style again does nothing), not on a language change.
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)

    def create_records(self, on_done, on_error) -> None:
        self.creating = True
        assert self.room_page.room_name is not None   # built with the page
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
            self._save_language()  # the language the set-up was done in is the preference
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
