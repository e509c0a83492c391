"""The supervisor lets a screening's published summary out: PDF or workbook, after the warning, each copy
in the audit log; cancelling anywhere lets nothing out and logs nothing (issue 17 §1)."""

from __future__ import annotations

import io
import shutil

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from archive_fixtures import _TemplateKeyring
from rooms import SUPERVISOR, Room, Staff
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.clients import ClientDraft, ClientType, Gender
from counselroom.domain.screening import CampaignDraft, SheetDraft
from counselroom.services.audit_service import AuditService
from counselroom.services.clients import ClientService
from counselroom.services.installation import Installation
from counselroom.services.screening import ScreeningService, campaign_target
from counselroom.ui import screening_summary_export
from counselroom.ui.context import AppContext
from counselroom.ui.screening_summary_export import export_summary
from counselroom.ui.workers import wait_for_background


@pytest.fixture(scope="module")
def _template(_staff_template, tmp_path_factory):
    template, staff_ids = _staff_template
    with _TemplateKeyring(template.backend.entries) as backend:
        inst = Installation(tmp_path_factory.mktemp("screening-export") / "data")
        shutil.copytree(template.inst.data_dir, inst.data_dir)
        boss = Staff(Room(inst, backend, template.recovery_groups), staff_ids).login(SUPERVISOR)
        try:
            ids = [ClientService(boss).register(ClientDraft(
                name=f"甲乙丙{n}", gender=Gender.UNSPECIFIED, client_type=ClientType.STUDENT, grade="初二",
                class_name="3班", student_no=f"2023{n:04d}")).id for n in range(8)]
            screening = ScreeningService(boss)
            campaign = screening.create(CampaignDraft(name="初二普查", scale_codes=("phq9",), grades=("初二",),
                                                      starts_on=boss.today(), ends_on=boss.today(), notice="已告知"))
            screening.open(campaign.id)
            screening.record_sheets(campaign.id, [SheetDraft(c, "phq9", {str(i): "0" for i in range(1, 10)})
                                                  for c in ids])
        finally:
            boss.logout()
        entries = dict(backend.entries)
    return template, inst, staff_ids, entries, campaign.id


@pytest.fixture
def ctx(_template, tmp_path, memory_keyring):
    template, made, staff_ids, entries, campaign_id = _template
    inst = Installation(tmp_path / "data")
    shutil.copytree(made.data_dir, inst.data_dir)
    memory_keyring.entries.update(entries)
    session = Staff(Room(inst, memory_keyring, template.recovery_groups), staff_ids).login(SUPERVISOR)
    yield AppContext(inst, session, "zh_CN"), campaign_id
    wait_for_background()
    if not session.locked:
        session.logout()


def outputs(ctx) -> list[dict]:
    context, campaign_id = ctx
    rows = AuditService(context.session).search(AuditFilter(action=Action.RECORD_PRINTED.value))
    return [r.detail for r in rows if r.target == campaign_target(campaign_id)]


@pytest.fixture
def answers(monkeypatch):
    """The warning is answered with ``answers["warning"]``; the save dialog gives ``answers["path"]``."""
    given: dict = {"warning": QMessageBox.StandardButton.Ok, "path": "", "warned": []}

    def warning(parent, title, text, *args, **kwargs):
        given["warned"].append(text)
        return given["warning"]

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (given["path"], "")))
    return given


def test_the_workbook_is_saved_after_the_warning_and_logged(ctx, answers, parent, tmp_path):
    context, campaign_id = ctx
    answers["path"] = str(tmp_path / "summary.xlsx")
    assert export_summary(context, campaign_id, parent, "xlsx") == answers["path"]
    assert "small counts hidden" in answers["warned"][0]
    book = openpyxl.load_workbook(io.BytesIO((tmp_path / "summary.xlsx").read_bytes()))
    assert len(book.worksheets) == 5 and "甲乙丙" not in str([c.value for s in book for r in s for c in r])
    assert [(d["document"], d["output"]) for d in outputs(ctx)] == [("screening_summary", "xlsx")]


def test_the_pdf_is_saved_and_logged_and_a_cancel_lets_nothing_out(ctx, answers, parent, tmp_path):
    context, campaign_id = ctx
    answers["warning"], answers["path"] = QMessageBox.StandardButton.Cancel, str(tmp_path / "usb" / "x.pdf")
    assert export_summary(context, campaign_id, parent, "pdf") is None
    assert export_summary(context, campaign_id, parent, "xlsx") is None
    out = tmp_path / "usb"
    out.mkdir()
    assert outputs(ctx) == [] and not list(out.iterdir())
    answers["warning"], answers["path"] = QMessageBox.StandardButton.Ok, str(out / "summary.pdf")
    assert export_summary(context, campaign_id, parent, "pdf") == answers["path"]
    assert (out / "summary.pdf").read_bytes().startswith(b"%PDF")
    assert [d["output"] for d in outputs(ctx)] == ["pdf"]


def test_the_question_offers_pdf_excel_and_print(ctx, parent, monkeypatch, boxes):
    context, campaign_id = ctx
    boxes.answers[:] = ["exportXlsx"]
    chosen: list[str] = []
    monkeypatch.setattr(screening_summary_export, "_save_xlsx", lambda *a: chosen.append("xlsx"))
    export_summary(context, campaign_id, parent)
    assert chosen == ["xlsx"] and set(boxes.shown[-1]["buttons"]) >= {"exportPdf", "exportXlsx", "exportPrint"}
