"""The informed-consent panel, its dialogs and the scan viewer, on a real encrypted installation."""

from __future__ import annotations

import io
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPdfWriter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from rooms import SUPERVISOR
from counselroom.domain.audit import AuditFilter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.consent import ConsentDraft, ConsentGiver, ConsentKind
from counselroom.domain.errors import ValidationError
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.consent import ConsentService
from counselroom.ui.dialogs import scan_viewer as scan_viewer_module
from counselroom.ui.dialogs.consent_dialog import ConsentDialog, WithdrawDialog
from counselroom.ui.dialogs.scan_viewer import ScanViewer
from counselroom.ui.messages import error_text
from counselroom.ui.models.consents_model import (
    COL_APPLIES, COL_LIMITS, COL_SCAN, COL_SCOPE, COL_WITHDRAWN, WITHDRAWN_COLOUR,
)
from counselroom.ui.printing import paint_image
from counselroom.ui.widgets.consent_panel import ConsentPanel
from helpers import type_text

SCOPE = "个体咨询，每周一次，共六次；家长知悉保密例外"


# -- building blocks ------------------------------------------------------------------------------
def png_bytes(width: int = 320, height: int = 452) -> bytes:
    """A 'scanned page' made in memory: white with a dark signature stroke."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for x in range(40, width - 40):
        image.setPixelColor(x, max(height - 60, 0) + (x % 7), QColor("#202124"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data())


def pdf_bytes(pages: int = 2) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for page in range(pages):
        pdf.setFont("Helvetica-Bold", 28)
        pdf.drawString(72, 760, f"Consent form, page {page + 1}")
        pdf.rect(72, 100, 450, 600, fill=1)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture
def pick_file(monkeypatch):
    """The open-file dialog answers with the path the test sets."""
    chosen: dict[str, str] = {"path": ""}

    def answer(*args, **kwargs):
        return chosen["path"], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    return chosen


def _open_case(session, name="王䶮"):
    client = ClientService(session).register(ClientDraft(name=name, grade="初二", class_name="3班"))
    return CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "考试焦虑", ProblemCategory.EMOTION))


@pytest.fixture
def case(ctx):
    return _open_case(ctx.session)


def _panel(ctx, case, qtbot) -> ConsentPanel:
    panel = ConsentPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 420)
    panel.show()
    panel.show_case(case)
    return panel


def _the_dialog(panel, kind):
    found = [d for d in panel.open_dialogs() if isinstance(d, kind)]
    assert len(found) == 1, panel.open_dialogs()
    return found[0]


def _record(session, case, *, kind=ConsentKind.COUNSELLING, given_on=date(2026, 9, 1), case_id="same",
            scope="个体咨询", attachment=None):
    draft = ConsentDraft(kind, ConsentGiver.GUARDIAN, given_on, scope, limits_explained=True,
                         case_id=case.id if case_id == "same" else case_id)
    return ConsentService(session).record(case.client_id, draft, attachment=attachment)


# -- recording, viewing, withdrawing --------------------------------------------------------------
def test_record_a_consent_with_a_png_scan_view_it_and_withdraw_it(ctx, case, staff, qtbot, tmp_path, pick_file,
                                                                   answers, audit_rows):
    panel = _panel(ctx, case, qtbot)
    assert panel.model.rowCount() == 0
    assert "No consent recorded yet" in panel.hint.text()
    assert panel.record_button.isEnabled()
    assert not (panel.attach_button.isEnabled() or panel.view_button.isEnabled()
                or panel.withdraw_button.isEnabled())

    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    dialog = _the_dialog(panel, ConsentDialog)
    assert dialog.applies_to.currentData() == case.id   # the case is preselected
    dialog.given_by.setCurrentIndex(dialog.given_by.findData(ConsentGiver.GUARDIAN.value))
    type_text(dialog.scope, SCOPE)
    qtbot.mouseClick(dialog.limits_explained, Qt.MouseButton.LeftButton)
    assert dialog.limits_explained.isChecked()
    scan = png_bytes()
    source = tmp_path / "扫描件" / "同意书.png"
    source.parent.mkdir()
    source.write_bytes(scan)
    pick_file["path"] = str(source)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert "同意书.png" in dialog.scan_label.text() and "KB" in dialog.scan_label.text()
    assert dialog.remove_button.isVisible()
    with qtbot.waitSignal(panel.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ConsentDialog.DialogCode.Accepted
    assert panel.open_dialogs() == []

    # in the table, selected, with its scan
    assert panel.model.rowCount() == 1
    consent = panel.selected()
    assert consent is not None and consent.scope == SCOPE and consent.case_id == case.id
    assert consent.attachment_name == "同意书.png" and consent.attachment_type == "image/png"
    assert panel.model.text(consent, COL_SCOPE) == SCOPE
    assert panel.model.text(consent, COL_LIMITS) == "Yes"
    assert panel.model.text(consent, COL_APPLIES) == "This case"
    assert panel.model.text(consent, COL_SCAN).startswith("同意书.png")
    assert panel.model.text(consent, COL_WITHDRAWN) == "—"
    assert "recorded" in panel.status.text()
    assert "No valid consent" not in panel.hint.text()
    assert panel.view_button.isEnabled() and panel.withdraw_button.isEnabled()

    # view it: the image, at its own size when shown at 100 %
    qtbot.mouseClick(panel.view_button, Qt.MouseButton.LeftButton)
    viewer = _the_dialog(panel, ScanViewer)
    assert viewer.isVisible() and viewer.showing_image and not viewer.showing_pdf
    assert viewer.image_size() == QSize(320, 452)
    qtbot.mouseClick(viewer.actual_button, Qt.MouseButton.LeftButton)
    assert viewer.shown_image_size() == QSize(320, 452)
    qtbot.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)
    assert viewer.shown_image_size() == QSize(400, 565)
    qtbot.mouseClick(viewer.fit_button, Qt.MouseButton.LeftButton)
    fitted = viewer.shown_image_size()
    assert abs(fitted.width() - viewer.image_area.viewport().width()) < 40
    assert viewer.image_label.pixmap().toImage().pixelColor(fitted.width() // 2, 10) == QColor("white")
    qtbot.mouseClick(viewer.close_button, Qt.MouseButton.LeftButton)
    assert not viewer.isVisible() and viewer.image_size().isEmpty()   # closing drops the image
    assert panel.open_dialogs() == []

    # withdraw it
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    withdraw = _the_dialog(panel, WithdrawDialog)
    today = ctx.session.today()
    withdraw.withdrawn_on.setDate(QDate(today.year, today.month, today.day))
    type_text(withdraw.note, "母亲电话撤回同意")
    with qtbot.waitSignal(panel.changed, timeout=2000):
        qtbot.mouseClick(withdraw.save_button, Qt.MouseButton.LeftButton)
    consent = panel.selected()
    assert not consent.active and consent.withdrawal_note == "母亲电话撤回同意"
    index = panel.model.index(0, COL_WITHDRAWN)
    assert panel.model.data(index) == today.isoformat()
    assert panel.model.data(index, Qt.ItemDataRole.ForegroundRole) == WITHDRAWN_COLOUR
    assert "母亲电话撤回同意" in panel.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert not panel.withdraw_button.isEnabled() and panel.view_button.isEnabled()
    assert "No valid consent to counselling" in panel.hint.text()
    assert answers["warning"] == []

    ctx.session.logout()
    assert [e.detail["consent"] for e in audit_rows("consent.viewed")] == [consent.id]
    assert len(audit_rows("consent.withdrawn")) == 1


def test_a_pdf_scan_attached_later_shows_its_pages(ctx, case, qtbot, tmp_path, pick_file, answers):
    consent = _record(ctx.session, case)
    panel = _panel(ctx, case, qtbot)
    assert panel.select(consent.id)
    assert panel.attach_button.isEnabled() and not panel.view_button.isEnabled()
    source = tmp_path / "scan.pdf"
    source.write_bytes(pdf_bytes(pages=2))
    pick_file["path"] = str(source)
    with qtbot.waitSignal(panel.changed, timeout=2000):
        qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert answers["question"] == []       # nothing to replace yet
    assert panel.selected().attachment_type == "application/pdf"

    panel.table.activated.emit(panel.table.currentIndex())
    viewer = _the_dialog(panel, ScanViewer)
    assert viewer.showing_pdf and viewer.page_count() == 2
    assert viewer.page_count_label.text() == "of 2" and viewer.page_tools.isVisible()
    assert not viewer.prev_button.isEnabled() and viewer.next_button.isEnabled()
    # the first page is really drawn: the black box of the form appears in the view
    qtbot.waitUntil(lambda: _has_dark_pixels(viewer.pdf_view.grab().toImage()), timeout=5000)
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: viewer.current_page() == 1, timeout=2000)
    assert viewer.page_box.value() == 2 and not viewer.next_button.isEnabled()
    viewer.page_box.setValue(1)
    qtbot.waitUntil(lambda: viewer.current_page() == 0, timeout=2000)
    qtbot.mouseClick(viewer.actual_button, Qt.MouseButton.LeftButton)
    assert viewer.zoom() == pytest.approx(1.0) and viewer.zoom_label.text() == "100 %"
    qtbot.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)
    assert viewer.pdf_view.zoomFactor() == pytest.approx(1.25)
    qtbot.mouseClick(viewer.fit_button, Qt.MouseButton.LeftButton)
    assert viewer.fit_button.isChecked()
    assert viewer.pdf_view.zoomMode() == viewer.pdf_view.ZoomMode.FitToWidth

    # replacing the form asks first
    viewer.reject()
    source.write_bytes(png_bytes())
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert len(answers["question"]) == 1 and "scan.pdf" in answers["question"][0]
    assert panel.selected().attachment_type == "image/png"


def _has_dark_pixels(image: QImage) -> bool:
    step = 7
    return any(image.pixelColor(x, y).lightness() < 40
               for x in range(0, image.width(), step) for y in range(0, image.height(), step))


def test_the_viewer_writes_no_file_anywhere(ctx, case, qtbot, tmp_path, monkeypatch):
    """Not even a temp file: both Python's and Qt's temp folders stay as they were."""
    system_tmp = Path(tempfile.gettempdir())
    before = set(os.listdir(system_tmp))
    private_tmp = tmp_path / "private-tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    pdf, png = pdf_bytes(pages=3), png_bytes()
    with_pdf = _record(ctx.session, case, attachment=("form.pdf", pdf))
    with_png = _record(ctx.session, case, kind=ConsentKind.TESTING, attachment=("form.png", png))
    panel = _panel(ctx, case, qtbot)
    cwd_before = set(os.listdir(os.getcwd()))
    for consent in (with_pdf, with_png):
        assert panel.select(consent.id)
        panel.view_scan()
        viewer = [d for d in panel.open_dialogs() if isinstance(d, ScanViewer)][-1]
        assert viewer.page_count() == (3 if consent is with_pdf else 1)
        qtbot.wait(200)
        viewer.next_page()
        viewer.zoom_in()
        qtbot.wait(100)
        viewer.reject()
    assert os.listdir(private_tmp) == []
    assert set(os.listdir(os.getcwd())) == cwd_before
    for entry in set(os.listdir(system_tmp)) - before:   # other programs may write there; not our scans
        path = system_tmp / entry
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        for found in files:
            try:
                content = found.read_bytes()
            except OSError:
                continue
            assert pdf[:400] not in content and png[-200:] not in content


# -- mistakes are shown at their field, nothing typed is lost -------------------------------------
def test_a_wrong_or_too_large_file_is_explained_at_the_field(ctx, case, qtbot, tmp_path, pick_file):
    panel = _panel(ctx, case, qtbot)
    panel.record_consent()
    dialog = _the_dialog(panel, ConsentDialog)
    dialog.given_by.setCurrentIndex(dialog.given_by.findData(ConsentGiver.CLIENT.value))
    type_text(dialog.scope, SCOPE)
    dialog.limits_explained.setChecked(True)

    gif = tmp_path / "form.gif"
    gif.write_bytes(b"GIF89a" + b"\0" * 200)
    pick_file["path"] = str(gif)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    error = dialog.form.error_for("attachment")
    assert error.isVisible()
    assert error.text() == error_text(ValidationError("attachment", "consent.attachment_type"))
    assert dialog.chosen_file is None and not dialog.remove_button.isVisible()
    assert dialog.scope.toPlainText() == SCOPE and dialog.limits_explained.isChecked()

    huge = tmp_path / "huge.pdf"
    with open(huge, "wb") as fh:
        fh.write(b"%PDF-1.4\n")
        fh.truncate(21 * 1024 * 1024)
    pick_file["path"] = str(huge)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert error.text() == error_text(ValidationError("attachment", "consent.attachment_too_large", max_mb=20))
    assert dialog.chosen_file is None

    # a good file clears the message
    good = tmp_path / "form.png"
    good.write_bytes(png_bytes())
    pick_file["path"] = str(good)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert not error.isVisible() and dialog.chosen_file[0] == "form.png"
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_file is None
    assert dialog.scope.toPlainText() == SCOPE
    assert ConsentService(ctx.session).for_client(case.client_id) == []


def test_the_limits_of_confidentiality_and_the_signer_are_required(ctx, case, qtbot):
    panel = _panel(ctx, case, qtbot)
    panel.record_consent()
    dialog = _the_dialog(panel, ConsentDialog)
    type_text(dialog.scope, SCOPE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_for("givenBy").isVisible() and dialog.isVisible()
    dialog.given_by.setCurrentIndex(dialog.given_by.findData(ConsentGiver.GUARDIAN.value))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.form.error_for("limitsExplained")
    assert error.isVisible() and "保密例外" in error.text()
    assert dialog.isVisible() and dialog.scope.toPlainText() == SCOPE
    assert ConsentService(ctx.session).for_client(case.client_id) == []
    # the label beside the box ticks it too
    qtbot.mouseClick(dialog.limits_label, Qt.MouseButton.LeftButton)
    assert dialog.limits_explained.isChecked()
    dialog.applies_to.setCurrentIndex(dialog.applies_to.findData(None))
    with qtbot.waitSignal(panel.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = ConsentService(ctx.session).for_client(case.client_id)
    assert len(saved) == 1 and saved[0].case_id is None and saved[0].scope == SCOPE
    assert panel.model.text(saved[0], COL_APPLIES) == "All cases"


def test_a_withdrawal_before_the_consent_is_refused_at_the_field(ctx, case, qtbot):
    consent = _record(ctx.session, case, given_on=date(2026, 10, 1))
    panel = _panel(ctx, case, qtbot)
    panel.select(consent.id)
    panel.withdraw_consent()
    dialog = _the_dialog(panel, WithdrawDialog)
    assert dialog.withdrawn_on.minimumDate() == QDate(2026, 10, 1)
    type_text(dialog.note, "学生本人撤回")
    dialog.withdrawn_on.setMinimumDate(QDate(2026, 1, 1))  # as if typed past the limit
    dialog.withdrawn_on.setDate(QDate(2026, 9, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.form.error_for("withdrawnOn")
    assert error.isVisible()
    assert error.text() == error_text(ValidationError("withdrawn_on", "consent.withdrawn_before_given"))
    assert dialog.isVisible() and dialog.note.toPlainText() == "学生本人撤回"
    assert panel.selected().active


# -- what the panel shows for a case ----------------------------------------------------------------
def test_the_case_shows_its_own_and_the_client_level_consents_only(ctx, case, qtbot):
    other_case = CaseService(ctx.session).open(case.client_id, CaseDraft(date(2026, 10, 1), "人际关系",
                                                                         ProblemCategory.RELATIONSHIPS))
    own = _record(ctx.session, case)
    general = _record(ctx.session, case, kind=ConsentKind.RECORDING, case_id=None)
    _record(ctx.session, other_case, kind=ConsentKind.TESTING)
    panel = _panel(ctx, case, qtbot)
    shown = {c.id: panel.model.text(c, COL_APPLIES) for c in panel.consents()}
    assert shown == {own.id: "This case", general.id: "All cases"}
    panel.show_case(other_case)
    assert len(panel.consents()) == 2 and general.id in {c.id for c in panel.consents()}


def test_assistants_see_no_consents(contexts, staff, qtbot):
    li = contexts("li")
    case = _open_case(li.session)
    _record(li.session, case, attachment=("a.png", png_bytes()))
    li.session.logout()
    zhao = contexts("zhao")
    try:
        panel = _panel(zhao, case, qtbot)
        assert panel.model.rowCount() == 0
        assert not panel.table.isVisible()
        for button in (panel.record_button, panel.attach_button, panel.view_button, panel.withdraw_button):
            assert not button.isVisible()
        assert "counsellors and the supervisor" in panel.hint.text()
        panel.record_consent()
        panel.view_scan()
        assert panel.open_dialogs() == []
    finally:
        zhao.session.logout()


def test_the_supervisor_gives_a_reason_to_record_on_another_counsellors_case(contexts, staff, qtbot, monkeypatch):
    li = contexts("li")
    case = _open_case(li.session)
    li.session.logout()
    boss = contexts(SUPERVISOR)
    asked = []

    def reason(*args, **kwargs):
        asked.append(args)
        return "家长来电，核对同意书", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(reason))
    try:
        panel = _panel(boss, case, qtbot)
        panel.record_consent()
        dialog = _the_dialog(panel, ConsentDialog)
        dialog.given_by.setCurrentIndex(dialog.given_by.findData(ConsentGiver.GUARDIAN.value))
        dialog.limits_explained.setChecked(True)
        with qtbot.waitSignal(panel.changed, timeout=2000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert len(asked) == 1 and panel.model.rowCount() == 1
        rows = AuditService(boss.session).search(AuditFilter(action="case.break_glass"))
        assert rows[0].detail == {"reason": "家长来电，核对同意书"}
    finally:
        boss.session.logout()


# -- locking -----------------------------------------------------------------------------------------
def test_lock_empties_the_panel_closes_the_viewer_and_the_dialogs(ctx, case, qtbot):
    consent = _record(ctx.session, case, attachment=("form.png", png_bytes()))
    panel = _panel(ctx, case, qtbot)
    panel.select(consent.id)
    assert "个体咨询" in panel.details.text()
    panel.view_scan()
    viewer = _the_dialog(panel, ScanViewer)
    assert viewer.showing_image
    panel.withdraw_consent()
    withdraw = _the_dialog(panel, WithdrawDialog)
    type_text(withdraw.note, "家长撤回")

    ctx.lock_session("manual")

    assert panel.model.rowCount() == 0 and panel.consents() == []
    assert panel.details.text() == "" and not panel.details.isVisible()
    assert panel.open_dialogs() == []
    assert not viewer.isVisible() and viewer.image_size().isEmpty() and viewer.shown_image_size().isEmpty()
    assert viewer.name_label.text() == "" and viewer.page_count() == 0
    assert not withdraw.isVisible() and withdraw.note.toPlainText() == ""
    assert not panel.record_button.isEnabled() and panel.status.text() == ""


def test_clear_drops_a_pdf_and_the_typed_consent(ctx, case, qtbot):
    consent = _record(ctx.session, case, attachment=("form.pdf", pdf_bytes(pages=1)))
    panel = _panel(ctx, case, qtbot)
    panel.select(consent.id)
    panel.view_scan()
    viewer = _the_dialog(panel, ScanViewer)
    assert viewer.showing_pdf
    panel.record_consent()
    dialog = _the_dialog(panel, ConsentDialog)
    type_text(dialog.scope, SCOPE)

    panel.clear()

    assert panel.model.rowCount() == 0 and panel.open_dialogs() == []
    assert viewer.pdf_view.document().pageCount() == 0 and viewer.page_count() == 0 and not viewer.isVisible()
    assert dialog.scope.toPlainText() == "" and not dialog.isVisible()
    assert panel.hint.text() == ""


# -- printing ------------------------------------------------------------------------------------------
def test_printing_the_form_is_audited(ctx, case, staff, qtbot, monkeypatch, audit_rows):
    consent = _record(ctx.session, case, attachment=("form.png", png_bytes()))
    printed = []

    def fake_print(image, parent, title):
        printed.append(image.size())
        return True

    monkeypatch.setattr(scan_viewer_module, "print_image", fake_print)
    panel = _panel(ctx, case, qtbot)
    panel.select(consent.id)
    panel.view_scan()
    viewer = _the_dialog(panel, ScanViewer)
    qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)
    assert printed == [QSize(320, 452)]
    ctx.session.logout()
    rows = audit_rows("record.printed")
    assert rows[0].detail == {"document": "consent_form", "id": consent.id, "output": "print"}


def test_an_image_is_printed_on_one_page_in_memory():
    from pypdf import PdfReader

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    image = QImage.fromData(QByteArray(png_bytes()))
    assert paint_image(image, writer)
    del writer
    pdf = bytes(buffer.data())
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert not paint_image(QImage(), QPdfWriter(QBuffer()))


def test_a_damaged_scan_says_so_in_the_viewer(qtbot):
    viewer = ScanViewer()
    qtbot.addWidget(viewer)
    assert not viewer.load("broken.pdf", "application/pdf", b"%PDF-1.4 this is not a pdf")
    assert viewer.page_count() == 0 and "cannot be shown" in viewer.message.text()
    assert not viewer.zoom_in_button.isEnabled() and not viewer.print_button.isVisible()
    assert not viewer.load("broken.png", "image/png", b"\x89PNG\r\n\x1a\n broken")
    assert viewer.load("ok.png", "image/png", png_bytes(100, 50)) and viewer.image_size() == QSize(100, 50)


def test_closing_with_typed_text_asks_first(ctx, case, qtbot, monkeypatch):
    answers = []

    def keep_editing(parent, title, text, *args, **kwargs):
        answers.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(keep_editing))
    panel = _panel(ctx, case, qtbot)
    panel.record_consent()
    dialog = _the_dialog(panel, ConsentDialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert answers == [] and not dialog.isVisible()          # nothing typed: closes at once
    panel.record_consent()
    dialog = _the_dialog(panel, ConsentDialog)
    type_text(dialog.scope, SCOPE)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert len(answers) == 1 and dialog.isVisible() and dialog.scope.toPlainText() == SCOPE
