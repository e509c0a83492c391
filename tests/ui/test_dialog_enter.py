"""Enter in a dialog runs the dialog's action; it never throws away what was typed (issue 11).

Every QDialog subclass defined in ``counselroom.ui`` is built here with real arguments on a
real encrypted installation, shown, and checked:

(a) its default button (the one Enter presses) is the one named in ``CASES`` — the dialog's
    action, never Cancel or Close;
(b) Enter in each visible, enabled, editable one-line field (line edit, combo box, spin, date
    and time edit) does not reject the dialog (nor ask whether to discard what was typed).

A dialog class added later fails ``test_every_dialog_class_is_covered`` until it gets a row
in ``CASES`` (how to build it, which button is its default) or in ``EXCLUDED`` (why not).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

import keyring
import pytest
import shiboken6
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrintPreviewDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox, QApplication, QColorDialog, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
    QFontDialog, QInputDialog, QLineEdit, QMessageBox, QProgressDialog, QPushButton, QWizard,
)

import counselroom.ui
from rooms import SUPERVISOR, Room, Staff
from counselroom.domain.activities import ActivityDraft, ActivityKind, Audience
from counselroom.domain.care_register import LevelWording, Source
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.consent import ConsentDraft, ConsentGiver, ConsentKind
from counselroom.domain.contacts import ContactLink
from counselroom.domain.crisis import CrisisStep
from counselroom.domain.installation import RecoveryReason
from counselroom.domain.materials import MaterialDraft, MaterialKind
from counselroom.domain.referrals import ReferralDraft
from counselroom.domain.screening import Interview, Student
from counselroom.domain.visits import RiskLevel
from counselroom.security import keystore as keystore_mod
from counselroom.services.screening_import import ScreeningImportService
from counselroom.services.accounts import AccountService
from counselroom.services.activities import ActivityService
from counselroom.services.backups import BackupService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.consent import ConsentService
from counselroom.services.crisis import CrisisService
from counselroom.services.duty import DutyService
from counselroom.services.installation import Installation
from counselroom.services.materials import MaterialService
from counselroom.services.referrals import ReferralService
from counselroom.services.roster_import import RosterImportService
from counselroom.services.scales import ScaleService
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.about_dialog import AboutDialog
from counselroom.ui.dialogs.account_dialogs import NewAccountDialog, OneTimePasswordDialog
from counselroom.ui.dialogs.all_cases_reason_dialog import AllCasesReasonDialog
from counselroom.ui.dialogs.archive_export_dialog import ArchiveExportDialog
from counselroom.ui.dialogs.backups_dialog import BackupsDialog
from counselroom.ui.dialogs.booking_dialog import BookingDialog
from counselroom.ui.dialogs.case_assignment_dialogs import ReassignDialog, ShareDialog
from counselroom.ui.dialogs.case_dialogs import CloseCaseDialog, EditPlanDialog, OpenCaseDialog
from counselroom.ui.dialogs.case_window import CaseWindow
from counselroom.ui.dialogs.change_password_dialog import ChangePasswordDialog
from counselroom.ui.dialogs.client_form import ClientFormDialog
from counselroom.ui.dialogs.close_crisis_dialog import CloseCrisisDialog
from counselroom.ui.dialogs.closing_items_dialog import ClosingItemsDialog
from counselroom.ui.dialogs.consent_dialog import ConsentDialog, WithdrawDialog
from counselroom.ui.dialogs.contact_dialog import ContactDialog
from counselroom.ui.dialogs.crisis_step_dialog import CrisisStepDialog
from counselroom.ui.dialogs.deidentify_dialog import DeidentifyDialog
from counselroom.ui.dialogs.duty_dialogs import (
    CorrectShiftDialog, EndShiftDialog, PastShiftDialog, WithdrawShiftDialog,
)
from counselroom.ui.dialogs.first_run_wizard import FirstRunWizard
from counselroom.ui.dialogs.guarded_dialog import FittingDialog, GuardedDialog
from counselroom.ui.dialogs.handout_dialogs import HandOutDialog, TakeBackDialog
from counselroom.ui.dialogs.login_dialog import LoginDialog
from counselroom.ui.dialogs.material_dialogs import MaterialDialog
from counselroom.ui.dialogs.new_test_dialog import NewTestDialog
from counselroom.ui.dialogs.open_archive_dialog import OpenArchiveDialog
from counselroom.ui.dialogs.recovery_code_dialog import RecoveryCodeDialog
from counselroom.ui.dialogs.recovery_dialog import RecoveryDialog
from counselroom.ui.dialogs.referral_dialog import FeedbackDialog, ReferralDialog
from counselroom.ui.dialogs.restore_dialog import RestoreDialog
from counselroom.ui.dialogs.roster_import_dialog import RosterImportDialog
from counselroom.ui.dialogs.scale_import_dialog import ScaleImportDialog
from counselroom.ui.dialogs.stock_dialogs import MissingDialog, StockDialog
from counselroom.ui.dialogs.scan_viewer import ScanViewer
from counselroom.ui.dialogs.acknowledge_alert_dialog import AcknowledgeAlertDialog
from counselroom.ui.dialogs.activity_dialog import ActivityDialog
from counselroom.ui.dialogs.register_dialogs import (
    ChangeLevelDialog, RegisterEntryDialog, RegisterExitDialog, RegisterReviewDialog,
)
from counselroom.ui.dialogs.open_crisis_dialog import OpenCrisisDialog
from counselroom.ui.dialogs.campaign_dialog import CampaignDialog
from counselroom.ui.dialogs.interview_dialog import (
    CaseOutcomeDialog, InterviewDialog, InviteDialog, OutcomeDialog, RegisterOutcomeDialog,
)
from counselroom.ui.dialogs.screening_entry_dialog import ScreeningEntryDialog
from counselroom.ui.dialogs.screening_import_dialog import ScreeningImportDialog
from counselroom.ui.workers import wait_for_background
from memory_keyring import MEMORY_BACKEND, MemoryKeyring


# -- the installation every dialog is built on (made once for the module) --------------------------
@dataclass
class World:
    inst: Installation
    staff: Staff
    sup: object          # Session of the supervisor
    li: object           # Session of 李老师, who owns the case
    zhou: object         # Session of 周老师 (changes no one else's state)
    ctx_sup: AppContext
    ctx_li: AppContext
    client: object
    case: object
    crisis: object
    referral: object
    consent: object
    material: object
    handout: object
    past_shift: object
    open_shift: object
    backup: object
    scales: list
    empty_dir: object


def _png() -> bytes:
    image = QImage(120, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data())


@pytest.fixture(scope="module")
def world(_staff_template, tmp_path_factory):
    template, ids = _staff_template
    backend = MemoryKeyring()
    backend.entries.update(template.backend.entries)
    previous = keyring.get_keyring()
    added = MEMORY_BACKEND not in keystore_mod.ACCEPTED_BACKENDS
    keystore_mod.ACCEPTED_BACKENDS.add(MEMORY_BACKEND)
    keyring.set_keyring(backend)
    base = tmp_path_factory.mktemp("dialog-enter")
    inst = Installation(base / "data")
    shutil.copytree(template.inst.data_dir, inst.data_dir)
    staff = Staff(Room(inst, backend, template.recovery_groups), ids)
    sessions = []
    try:
        sup, li, zhou = (staff.login(name) for name in (SUPERVISOR, "li", "zhou"))
        sessions += [sup, li, zhou]
        today = li.today()
        client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
        case = CaseService(li).open(client.id, CaseDraft(today - timedelta(days=30), "考试焦虑，失眠",
                                                         ProblemCategory.EMOTION, "每周一次"))
        crisis = CrisisService(li).open_for_risk(case.id, RiskLevel.HIGH)
        referral = ReferralService(li).create(case.id, ReferralDraft(
            "市精神卫生中心", "持续失眠，需要专业评估", today - timedelta(days=5), contact="张医生",
            guardian_consent=True, consent_on=today - timedelta(days=5)))
        consent = ConsentService(li).record(client.id, ConsentDraft(
            ConsentKind.COUNSELLING, ConsentGiver.GUARDIAN, today - timedelta(days=30), "个体咨询",
            limits_explained=True, case_id=case.id), attachment=("form.png", _png()))
        materials = MaterialService(sup)
        material = materials.add(MaterialDraft("PHQ-9 答题纸", MaterialKind.FORM, "phq9", "档案柜 A 层"),
                                 20, "开学清点")
        handout = materials.hand_out(material.id, 2, purpose="个体咨询")
        yesterday = today - timedelta(days=1)
        past_shift = DutyService(sup).record_past(datetime.combine(yesterday, time(9)),
                                                  datetime.combine(yesterday, time(11)), visitors=1)
        open_shift = DutyService(li).start()
        backups = BackupService(sup)
        backups.make()
        backup = backups.list()[0]
        empty_dir = base / "empty"
        empty_dir.mkdir()
        yield World(
            inst=inst, staff=staff, sup=sup, li=li, zhou=zhou,
            ctx_sup=AppContext(inst, sup, "zh_CN"), ctx_li=AppContext(inst, li, "zh_CN"),
            client=client, case=case, crisis=crisis, referral=referral, consent=consent,
            material=material, handout=handout, past_shift=past_shift, open_shift=open_shift,
            backup=backup, scales=ScaleService(li).library(latest_only=True), empty_dir=empty_dir)
    finally:
        wait_for_background()
        for session in sessions:
            if not session.locked:
                session.logout()
        keyring.set_keyring(previous)
        if added:
            keystore_mod.ACCEPTED_BACKENDS.discard(MEMORY_BACKEND)


def _entry(w: World):
    """李老师's client on the attention register (once for the module)."""
    from counselroom.domain.care_register import EntryDraft, Level, ReasonCategory, Source
    from counselroom.services.care_register import CareRegisterService

    register = CareRegisterService(w.li)
    found = register.find()
    return found[0] if found else register.add(w.client.id, EntryDraft(
        Level.LEVEL2, ReasonCategory.EMOTIONAL, w.li.user.id, plan="每周约谈"), Source.TEACHER)


def _campaign(w: World) -> int:
    """An open PHQ-9 campaign of the client's grade (once for the module)."""
    from counselroom.domain.screening import CampaignDraft
    from counselroom.services.screening import ScreeningService

    screening = ScreeningService(w.sup)
    found = screening.campaigns()
    if found:
        return found[0].id
    made = screening.create(CampaignDraft("普查", ("phq9",), grades=(w.client.grade,), starts_on=w.sup.today(),
                                          ends_on=w.sup.today(), notice="已告知"))
    return screening.open(made.id).id


def _student(w: World) -> Student:
    return Student(w.client.id, w.client.name, "20230301", w.client.grade, w.client.class_name)


def _interview(w: World) -> Interview:
    """An interview held today (never stored: the dialogs only show it until saved)."""
    today = w.li.today()
    return Interview(1, 1, w.client.id, today, w.li.user.id, interviewed_on=today, interviewed_by=w.li.user.id)


def _activity(w: World):
    """An entry of the activities log, with a file, logged by 李老师."""
    return ActivityService(w.li).record(ActivityDraft(
        w.li.today(), ActivityKind.LESSON, "认识情绪", Audience.CLASS, "初二(3)班", attendance=45,
        presenter_ids=(w.li.user.id,)), files=[("签到表.png", _png())])


# -- how each dialog is built, and which button Enter must press ------------------------------------
@dataclass(frozen=True)
class Recipe:
    build: Callable[[World], QDialog]
    #: objectName of the default button, a function finding it, or None: no default (Enter does nothing)
    default: str | Callable[[QDialog], QPushButton] | None
    label: str = ""


def _wizard_next(wizard: QWizard) -> QPushButton:
    return wizard.button(QWizard.WizardButton.NextButton)


CASES: dict[type, list[Recipe]] = {
    # accounts and passwords
    NewAccountDialog: [Recipe(lambda w: NewAccountDialog(AccountService(w.sup)), "createAccount")],
    OneTimePasswordDialog: [Recipe(lambda w: OneTimePasswordDialog("zhangming", "ABCD-EFGH-JKLM", "张明"),
                                 "otpDone")],
    ChangePasswordDialog: [Recipe(lambda w: ChangePasswordDialog(w.zhou), "changePasswordButton"),
                           Recipe(lambda w: ChangePasswordDialog(w.zhou, required=True), "changePasswordButton",
                                "required")],
    LoginDialog: [Recipe(lambda w: LoginDialog(w.inst), "loginButton")],
    RecoveryDialog: [
        Recipe(lambda w: RecoveryDialog(w.inst, None), "recoverButton", "forgotten password"),
        Recipe(lambda w: RecoveryDialog(w.inst, RecoveryReason.DATABASE_MISSING), "recoverButton", "needs a backup"),
    ],
    RecoveryCodeDialog: [Recipe(lambda w: RecoveryCodeDialog(["123456"] * 8, w.ctx_sup), "printRecoverySheet")],
    FirstRunWizard: [Recipe(lambda w: FirstRunWizard(Installation(w.empty_dir / "new"), "zh_CN"), _wizard_next)],
    # archive, backups, audit, search, settings
    OpenArchiveDialog: [Recipe(lambda w: OpenArchiveDialog(w.ctx_sup), "openArchive")],
    ArchiveExportDialog: [Recipe(lambda w: ArchiveExportDialog(w.ctx_sup), "archiveNext")],
    BackupsDialog: [Recipe(lambda w: BackupsDialog(w.sup), None)],
    RestoreDialog: [Recipe(lambda w: RestoreDialog(BackupService(w.sup), w.backup), "checkBackup")],
    AcknowledgeAlertDialog: [Recipe(lambda w: AcknowledgeAlertDialog(), "confirmAcknowledge")],
    AllCasesReasonDialog: [Recipe(lambda w: AllCasesReasonDialog(), "confirmAllCases")],
    ScaleImportDialog: [Recipe(lambda w: ScaleImportDialog(w.ctx_sup), None)],
    RosterImportDialog: [Recipe(lambda w: RosterImportDialog(RosterImportService(w.sup)), "importButton")],
    ClosingItemsDialog: [Recipe(lambda w: ClosingItemsDialog(w.sup), "saveButton")],
    # clients, cases and their records
    ClientFormDialog: [
        Recipe(lambda w: ClientFormDialog(ClientService(w.li), None, w.li.today()), "saveClient", "new"),
        Recipe(lambda w: ClientFormDialog(ClientService(w.li), w.client, w.li.today()), "saveClient", "edit"),
    ],
    BookingDialog: [Recipe(lambda w: BookingDialog(w.li), "bookButton")],
    OpenCaseDialog: [Recipe(lambda w: OpenCaseDialog(w.li, client_id=w.client.id, client_name=w.client.name),
                          "okButton")],
    EditPlanDialog: [Recipe(lambda w: EditPlanDialog(w.li, w.case, w.client.name), "okButton")],
    CloseCaseDialog: [Recipe(lambda w: CloseCaseDialog(w.li, w.case, w.client.name), "okButton")],
    ReassignDialog: [Recipe(lambda w: ReassignDialog(w.sup, w.case, w.client.name, "李老师"), "okButton")],
    ShareDialog: [Recipe(lambda w: ShareDialog(w.sup, w.case, w.client.name), "shareButton")],
    CaseWindow: [Recipe(lambda w: CaseWindow(w.ctx_li, w.case), None)],
    # the text is edited in a multi-line box; saving waits for every flag, so nothing is the default
    DeidentifyDialog: [Recipe(lambda w: DeidentifyDialog(w.ctx_li, w.case.id), None)],
    NewTestDialog: [Recipe(lambda w: NewTestDialog(w.ctx_li, w.case, w.scales), "startTest")],
    ConsentDialog: [Recipe(lambda w: ConsentDialog(w.li, w.case), "saveButton")],
    WithdrawDialog: [Recipe(lambda w: WithdrawDialog(w.li, w.consent), "saveButton")],
    ScanViewer: [Recipe(lambda w: ScanViewer(w.li, w.consent), None)],
    ReferralDialog: [Recipe(lambda w: ReferralDialog(w.li, w.case.id), "saveButton")],
    FeedbackDialog: [Recipe(lambda w: FeedbackDialog(w.li, w.referral), "saveButton")],
    ContactDialog: [Recipe(lambda w: ContactDialog(w.li, ContactLink(case_id=w.case.id), "王䶮 · 个案 1"),
                           "saveButton")],
    CrisisStepDialog: [
        Recipe(lambda w, step=step: CrisisStepDialog(w.li, w.crisis, step), "saveStep", step.value)
        for step in CrisisStep
    ],
    CloseCrisisDialog: [Recipe(lambda w: CloseCrisisDialog(w.li, w.crisis), "confirmClose")],
    OpenCrisisDialog: [Recipe(lambda w: OpenCrisisDialog(w.li), "saveButton", "counsellor"),
                       Recipe(lambda w: OpenCrisisDialog(w.sup), "saveButton", "supervisor")],
    # duty and materials
    PastShiftDialog: [Recipe(lambda w: PastShiftDialog(w.li), "saveButton")],
    EndShiftDialog: [Recipe(lambda w: EndShiftDialog(w.li, w.open_shift), "saveButton")],
    CorrectShiftDialog: [Recipe(lambda w: CorrectShiftDialog(
        w.sup, w.past_shift, DutyService(w.sup).correction_rule(w.past_shift)), "saveButton")],
    WithdrawShiftDialog: [Recipe(lambda w: WithdrawShiftDialog(w.sup, w.past_shift), "saveButton")],
    MaterialDialog: [Recipe(lambda w: MaterialDialog(w.sup), "saveButton", "new"),
                     Recipe(lambda w: MaterialDialog(w.sup, w.material), "saveButton", "edit")],
    HandOutDialog: [Recipe(lambda w: HandOutDialog(w.sup, MaterialService(w.sup).list()), "saveButton")],
    TakeBackDialog: [Recipe(lambda w: TakeBackDialog(w.sup, MaterialService(w.sup).outstanding()), "saveButton")],
    StockDialog: [Recipe(lambda w: StockDialog(w.sup, w.material), "saveButton")],
    MissingDialog: [Recipe(lambda w: MissingDialog(w.sup, w.handout), "saveButton")],
    # the activities log
    ActivityDialog: [Recipe(lambda w: ActivityDialog(w.li), "saveButton", "new"),
                     Recipe(lambda w: ActivityDialog(w.li, _activity(w)), "saveButton", "edit")],
    # the attention register
    RegisterEntryDialog: [
        Recipe(lambda w: RegisterEntryDialog(w.li, LevelWording.NUMBERS), "saveButton", "new"),
        Recipe(lambda w: RegisterEntryDialog(w.li, LevelWording.NUMBERS, student=(w.client.id, "王䶮"),
                                             source=Source.CRISIS), "saveButton", "from a crisis"),
        Recipe(lambda w: RegisterEntryDialog(w.li, LevelWording.NUMBERS, entry=_entry(w)), "saveButton", "edit")],
    ChangeLevelDialog: [Recipe(lambda w: ChangeLevelDialog(w.li, _entry(w), LevelWording.COLOURS), "saveButton")],
    RegisterReviewDialog: [Recipe(lambda w: RegisterReviewDialog(w.li, _entry(w)), "saveButton")],
    RegisterExitDialog: [Recipe(lambda w: RegisterExitDialog(w.li, _entry(w)), "saveButton")],
    # screening campaigns (a student and an interview as the page hands them over)
    CampaignDialog: [Recipe(lambda w: CampaignDialog(w.ctx_sup), "saveButton")],
    InviteDialog: [Recipe(lambda w: InviteDialog(w.li, 1, _student(w)), "saveButton")],
    InterviewDialog: [Recipe(lambda w: InterviewDialog(w.li, _interview(w), _student(w)), "saveButton")],
    OutcomeDialog: [Recipe(lambda w: OutcomeDialog(w.li, _interview(w), _student(w)), "saveButton")],
    CaseOutcomeDialog: [Recipe(lambda w: CaseOutcomeDialog(w.li, _interview(w), w.client.name), "okButton")],
    RegisterOutcomeDialog: [Recipe(lambda w: RegisterOutcomeDialog(w.li, LevelWording.NUMBERS, _interview(w),
                                                                   w.client.name), "saveButton")],
    ScreeningImportDialog: [Recipe(lambda w: ScreeningImportDialog(w.ctx_li, _campaign(w)), "importButton")],
    ScreeningEntryDialog: [Recipe(lambda w: ScreeningEntryDialog(w.li, ScreeningImportService(w.li).typing(_campaign(w), "phq9")),
                                  "saveButton")],
}

#: Dialog classes not built here, each with the reason.
EXCLUDED: dict[type, str] = {
    GuardedDialog: "base class of the record dialogs (asks before discarding); never shown by itself",
    FittingDialog: "base class that grows to fit wrapped text; never shown by itself",
    AboutDialog: "nothing to type in; its one button, Close, is the default, so Enter and Esc close it "
                 "(tests/ui/test_about_dialog.py)",
}


def _dialog_classes() -> set[type]:
    found = set()
    for info in pkgutil.walk_packages(counselroom.ui.__path__, counselroom.ui.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (inspect.isclass(value) and issubclass(value, QDialog) and value.__module__ == module.__name__
                    and not name.startswith("_")):
                found.add(value)
    return found


def test_every_dialog_class_is_covered():
    classes = _dialog_classes()
    missing = sorted(f"{c.__module__}.{c.__qualname__}" for c in classes - CASES.keys() - EXCLUDED.keys())
    assert not missing, f"add these dialogs to CASES (or EXCLUDED, with the reason): {missing}"
    assert not CASES.keys() & EXCLUDED.keys()
    stale = sorted(c.__qualname__ for c in (CASES.keys() | EXCLUDED.keys()) - classes)
    assert not stale, f"no longer dialog classes of counselroom.ui: {stale}"


# -- nothing may block: message boxes, file choosers and nested dialogs answer at once ---------------
@pytest.fixture
def no_blocking(monkeypatch):
    asked: list[str] = []

    def box(answer):
        def ask(parent, title, text, *args, **kwargs):
            asked.append(text)
            return answer
        return staticmethod(ask)

    # "No"/"Cancel" everywhere: a dialog that asks "discard what you typed?" keeps it.
    monkeypatch.setattr(QMessageBox, "question", box(QMessageBox.StandardButton.Cancel))
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, box(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog, QPrintDialog, QPrintPreviewDialog,
                QPageSetupDialog, QColorDialog, QFontDialog, QProgressDialog, QWizard):
        if "exec" in vars(cls):
            monkeypatch.setattr(cls, "exec", lambda self, *a, **k: 0)
    return asked


# -- the checks ---------------------------------------------------------------------------------------
_CANCEL_WORDS = {"cancel", "close"}   # the tests' screens are English (tests/ui/conftest.py)


def _is_reject_button(button: QPushButton) -> bool:
    parent = button.parentWidget()
    if isinstance(parent, QDialogButtonBox) and parent.buttonRole(button) in (
            QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.DestructiveRole):
        return True
    return (button.text().replace("&", "").strip().lower() in _CANCEL_WORDS
            or "cancel" in button.objectName().lower())


def _single_line_inputs(dialog: QDialog) -> list:
    inputs = []
    for widget in dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox) \
            + dialog.findChildren(QAbstractSpinBox):
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue   # the editor inside a combo or spin box: the box itself is pressed
        if not (widget.isVisible() and widget.isEnabled()) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, (QLineEdit, QAbstractSpinBox)) and widget.isReadOnly():
            continue
        inputs.append(widget)
    return inputs


def _name(widget) -> str:
    return widget.objectName() or type(widget).__name__


def _check_default(dialog: QDialog, recipe: Recipe, where: str) -> None:
    """The one default button is the action named in ``recipe`` (or, while a push button that
    presses on Enter has the focus, that button, as Qt intends); never Cancel or Close."""
    cls = type(dialog).__name__
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    focused = dialog.focusWidget()
    if isinstance(focused, QPushButton) and focused.autoDefault():
        expected = focused
    elif recipe.default is None:
        expected = None
    else:
        expected = (dialog.findChild(QPushButton, recipe.default) if isinstance(recipe.default, str)
                    else recipe.default(dialog))
        assert expected is not None, f"{cls}: no button {recipe.default!r}"
    described = [f"{_name(b)} \"{b.text()}\"" for b in defaults]
    assert defaults == ([] if expected is None else [expected]), (
        f"{cls} {where}: the default button is {described}, expected "
        + ("none" if expected is None else f"{_name(expected)} \"{expected.text()}\""))
    assert not any(_is_reject_button(b) for b in defaults), f"{cls} {where}: Cancel/Close is the default"


def _recipes():
    for cls, cases in CASES.items():
        for index, recipe in enumerate(cases):
            yield pytest.param(cls, recipe, id=cls.__name__ + (f"-{recipe.label}" if recipe.label else
                                                             f"-{index}" if len(cases) > 1 else ""))


@pytest.mark.parametrize(("cls", "recipe"), list(_recipes()))
def test_enter_runs_the_action_and_never_rejects(world, cls, recipe, no_blocking, monkeypatch):
    # Every way of rejecting goes through reject() (Cancel, Esc, a button box's rejected signal;
    # a GuardedDialog asks "discard?" in there), or through cancel() where a dialog asks first:
    # record each call, even one the "discard?" question then stops. Patched on the class
    # before the dialog connects its buttons to it.
    rejected: list[str] = []

    def recording(original):
        def call(self, *args):
            rejected.append(original.__name__)
            return original(self, *args)
        return call

    for method in ("reject", "cancel"):
        if callable(getattr(cls, method, None)):
            monkeypatch.setattr(cls, method, recording(getattr(cls, method)))
    dialog = recipe.build(world)
    assert type(dialog) is cls
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    try:
        dialog.show()
        dialog.activateWindow()
        QApplication.processEvents()
        wait_for_background()
        QApplication.processEvents()

        # (a) the default button is the dialog's action, never Cancel/Close
        _check_default(dialog, recipe, "when shown")

        # (b) Enter in every one-line field never rejects the dialog
        for field in _single_line_inputs(dialog):
            if not shiboken6.isValid(field):
                continue
            if not dialog.isVisible():   # the action accepted it: show it again for the next field
                dialog.show()
                QApplication.processEvents()
            if not (field.isVisible() and field.isEnabled()):
                continue
            field.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            _check_default(dialog, recipe, f"with the focus in {_name(field)}")
            QTest.keyClick(field, Qt.Key.Key_Return)
            QApplication.processEvents()
            wait_for_background()
            QApplication.processEvents()
            assert not rejected, f"{cls.__name__}: Enter in {_name(field)} rejected the dialog"
            assert QDialog.DialogCode.Rejected.value not in finished, (
                f"{cls.__name__}: Enter in {_name(field)} closed the dialog as cancelled")
    finally:
        wait_for_background()
        QApplication.processEvents()
        if shiboken6.isValid(dialog):
            if hasattr(dialog, "_discard_ok"):
                dialog._discard_ok = True
            dialog.hide()
            dialog.deleteLater()
        QApplication.processEvents()
