"""Screenshots of every screen, offscreen, in Chinese and English, to look at.

    .venv/bin/python scripts/screenshots.py OUTDIR

Uses a throw-away data folder and an in-memory key store; nothing of a real
installation is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import memory_keyring


def settle(app, rounds=30):
    # Pages load on workers: let their results arrive before a screen is grabbed.
    from counselroom.ui.workers import wait_for_background

    for _ in range(rounds):
        app.processEvents()
        wait_for_background(20)
    app.processEvents()


def grab(widget, path: Path, app) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def record_screens(window, out: Path, lang: str, app) -> None:
    """Every page again with demo records in it, and a case window tab by tab."""
    from counselroom.services.crisis import CrisisService
    from counselroom.domain.materials import MaterialDraft, MaterialKind
    from counselroom.services.demo import generate
    from counselroom.services.materials import MaterialService
    from counselroom.ui import break_glass

    session = window.ctx.session
    generate(session, clients=40, seed=3)
    materials = MaterialService(session)
    forms = materials.add(MaterialDraft("PHQ-9 答题纸", scale_code="phq9", location="档案柜 A 层"), 40, "开学清点")
    materials.add(MaterialDraft("沙盘测验工具", kind=MaterialKind.KIT, location="沙盘室"), 1, "开学清点")
    materials.hand_out(forms.id, 3, purpose="初二年级团体筛查")
    # The supervisor opens counsellors' cases here; the reason prompt would wait for a person.
    break_glass.ask_reason = lambda parent: "截图：督导抽查"
    for page in window.page_list:
        window.go_to(page.key)
        settle(app)
        grab(window, out / f"{lang}-records-{page.key}.png", app)
    window.go_to("crises")
    crises = window.page("crises")
    crisis = CrisisService(session).open_crises()[0]
    crises.select_crisis(crisis.id)
    settle(app)
    grab(window, out / f"{lang}-records-crises-selected.png", app)
    window.go_to("search")
    search = window.page("search")
    search.field.setText("焦虑")
    search.search_now()
    settle(app)
    grab(window, out / f"{lang}-records-search-results.png", app)
    tests_screens(window, out, lang, app)
    archive_screens(window, out, lang, app)
    window.open_case(crisis.case_id)
    [case_window] = window.page("clients").case_windows()
    for index in range(case_window.tabs.count()):
        case_window.tabs.setCurrentIndex(index)
        settle(app)
        grab(case_window, out / f"{lang}-case-window-{index}.png", app)
    case_window.reject()


def tests_screens(window, out: Path, lang: str, app) -> None:
    """The test log: a trend over four signed PHQ-9s and a draft being entered."""
    from datetime import date

    from counselroom.services.my_cases import my_open_cases
    from counselroom.services.tests import TestService

    session = window.ctx.session
    case_id = my_open_cases(session)[0][0].id
    tests = TestService(session)
    for day, total, item9 in ((date(2026, 3, 2), 21, "1"), (date(2026, 5, 11), 15, "0"),
                              (date(2026, 8, 31), 9, "0"), (date(2026, 11, 9), 4, "0")):
        answers = {str(n): "0" for n in range(1, 10)}
        remaining = total - int(item9)
        for n in range(1, 9):
            answers[str(n)] = str(min(3, remaining))
            remaining -= int(answers[str(n)])
        answers["9"] = item9
        record = tests.start(case_id, "phq9", day)
        tests.sign(tests.save_answers(record.id, answers, True, interpretation="见咨询记录。").id)
    draft = tests.start(case_id, "phq9", date(2026, 11, 23))
    tests.save_answers(draft.id, {"1": "2", "2": "1", "3": "2", "4": "1", "9": "1"}, True)
    window.go_to("tests")
    page = window.page("tests")
    page.select_case(case_id)
    settle(app)
    grab(window, out / f"{lang}-tests-list-trend.png", app)
    page.open_test(case_id, draft.id)
    settle(app)
    grab(window, out / f"{lang}-tests-entry.png", app)


def archive_screens(window, out: Path, lang: str, app) -> None:
    """The quarterly export step by step onto a stand-in USB drive, its receipt, and the viewer."""
    from counselroom.ui import drives
    from counselroom.ui.dialogs.archive_export_dialog import ArchiveExportDialog
    from counselroom.ui.workers import wait_for_background

    drive = Path(tempfile.mkdtemp()) / "KINGSTON"
    drive.mkdir()
    drives.list_drives = lambda: [
        drives.Drive(root=drive, name="KINGSTON", free=14 << 30, total=16 << 30, removable=True, read_only=False),
        drives.Drive(root=Path("/"), name="Local disk", free=80 << 30, total=120 << 30, removable=False,
                     read_only=False)]
    window.go_to("archive")
    page = window.page("archive")
    page.export_button.click()
    dialog = next(d for d in page._dialogs if isinstance(d, ArchiveExportDialog))
    grab(dialog, out / f"{lang}-archive-1-quarter.png", app)
    dialog.acknowledge.setChecked(True)
    dialog.next_button.click()
    grab(dialog, out / f"{lang}-archive-2-drive.png", app)
    dialog.drives.list.setCurrentRow(1)
    grab(dialog, out / f"{lang}-archive-2-drive-not-removable.png", app)
    dialog.drives.list.setCurrentRow(0)
    dialog.next_button.click()
    grab(dialog, out / f"{lang}-archive-3-passphrase.png", app)
    dialog.passphrase.use_typed.setChecked(True)
    dialog.passphrase.typed.setText("秋天的操场")
    while not dialog.passphrase.meter_is_current():     # the meter is worked out off the GUI thread
        app.processEvents()
        wait_for_background(50)
    dialog.next_button.click()
    grab(dialog, out / f"{lang}-archive-3-typed-weak.png", app)
    dialog.passphrase.use_generated.setChecked(True)
    dialog.passphrase.written_down.setChecked(True)
    dialog.next_button.click()
    settle(app, 5)
    grab(dialog, out / f"{lang}-archive-4-running.png", app)
    while dialog.running:
        app.processEvents()
        wait_for_background(50)
    grab(dialog, out / f"{lang}-archive-4-done.png", app)
    receipt = dialog.service.receipt(dialog.export_result, passphrase=dialog.passphrase.passphrase())
    (out / f"{lang}-archive-receipt.pdf").write_bytes(receipt)
    path, passphrase = dialog.export_result.path, dialog.passphrase.passphrase()
    dialog.next_button.click()
    grab(window, out / f"{lang}-records-archive-after.png", app)
    page._show_viewer(dialog.service.open(path, passphrase))
    viewer = page.viewers[-1]
    viewer.resize(1280, 860)
    viewer.select_client(viewer.clients_shown()[0].id)
    grab(viewer, out / f"{lang}-archive-viewer.png", app)
    viewer.clear()


def main(out: Path) -> None:
    from counselroom.domain.accounts import Role
    from counselroom.services.accounts import AccountService
    from counselroom.services.auth import login
    from counselroom.services.installation import Installation
    from counselroom.ui import i18n, workers
    from counselroom.ui.app import AppController
    from counselroom.ui.dialogs.account_dialogs import OneTimePasswordDialog
    from counselroom.ui.dialogs.first_run_wizard import FirstRunWizard
    from counselroom.ui.dialogs.recovery_dialog import RecoveryDialog
    from counselroom.domain.installation import RecoveryReason
    from counselroom.ui.fonts import load_application_font

    out.mkdir(parents=True, exist_ok=True)
    backend = memory_keyring.install()
    app = QApplication.instance() or QApplication([])
    load_application_font(app)
    for lang in ("zh_CN", "en"):
        i18n.install(lang)
        tmp = Path(tempfile.mkdtemp())
        inst = Installation(tmp / "data")
        wizard = FirstRunWizard(inst, lang, backend)
        wizard.show()
        wizard.room_page.room_name.setText("䶮山中学心理辅导室")
        grab(wizard, out / f"{lang}-wizard-1-room.png", app)
        wizard.next()
        page = wizard.account_page
        page.display_name.setText("王䶮")
        page.username.setText("wangyan")
        page.password.setText("short")
        page.confirm.setText("short")
        wizard.next()
        grab(wizard, out / f"{lang}-wizard-2-account-error.png", app)
        page.password.setText("春眠不觉晓处处闻啼鸟")
        page.confirm.setText("春眠不觉晓处处闻啼鸟")
        wizard.next()
        workers.wait_for_background()
        settle(app)
        wizard.recovery_page.kept.setChecked(True)
        grab(wizard, out / f"{lang}-wizard-3-recovery-code.png", app)
        wizard.next()
        grab(wizard, out / f"{lang}-wizard-4-confirm.png", app)
        session = wizard.session
        AccountService(session).create(username="li", display_name="李晓䶮", role=Role.COUNSELLOR)
        AccountService(session).create(username="zhao", display_name="赵助理", role=Role.ASSISTANT)
        session.logout()
        wizard.hide()

        ctl = AppController(inst, lang, backend)
        ctl.start()
        ctl.login_dialog.username.setText("wangyan")
        grab(ctl.login_dialog, out / f"{lang}-login.png", app)
        ctl.login_dialog.hide()
        ctl.open_main(login(inst, "wangyan", "春眠不觉晓处处闻啼鸟", backend=backend))
        window = ctl.main_window
        for key in ("home", "accounts", "audit", "settings"):
            window.go_to(key)
            grab(window, out / f"{lang}-main-{key}.png", app)
        record_screens(window, out, lang, app)
        window.lock("manual")
        grab(window, out / f"{lang}-main-locked.png", app)
        otp = OneTimePasswordDialog("li", "abcd-efgh-jkmn")
        otp.show()
        grab(otp, out / f"{lang}-one-time-password.png", app)
        otp.hide()
        recovery = RecoveryDialog(inst, RecoveryReason.DATABASE_EMPTY, backend)
        recovery.show()
        grab(recovery, out / f"{lang}-recovery-db-empty.png", app)
        recovery.hide()
        window.close()
        ctl.idle.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
