"""A case file is built on a worker (issue 15): the window keeps painting while it is made,
the supervisor's break-glass reason is asked once and audited through the worker's own
connection, and a lock while it is made throws the result away."""

from __future__ import annotations

import threading
from datetime import date, time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.visits import VisitContent, VisitKind
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.printing import PrintService
from counselroom.services.visits import VisitService
from counselroom.ui import break_glass
from counselroom.ui.case_printing import output_case_file
from reports.pdf_helpers import pdf_text


@pytest.fixture
def li_case(contexts):
    session = contexts("li").session
    client = ClientService(session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "考试焦虑", ProblemCategory.EMOTION))
    visits = VisitService(session)
    visit = visits.start(case.id)
    visits.sign(visit.id, VisitContent(kind=VisitKind.INDIVIDUAL, visit_date=date(2026, 11, 20), start=time(9),
                                       end=time(9, 45), complaint="期末考试焦虑", process="放松训练",
                                       assessment="一般心理问题", plan="继续"))
    return client


@pytest.fixture
def threads(monkeypatch) -> list[threading.Thread]:
    """The thread each case file was built on."""
    seen: list[threading.Thread] = []
    original = PrintService.case_file

    def spy(self, client_id, *, reason=None):
        seen.append(threading.current_thread())
        return original(self, client_id, reason=reason)

    monkeypatch.setattr(PrintService, "case_file", spy)
    return seen


def test_the_supervisor_saves_a_colleagues_case_file_built_on_a_worker(
        contexts, li_case, threads, qtbot, monkeypatch, tmp_path, answers, audit_rows):
    ctx = contexts(SUPERVISOR)
    asked: list[object] = []
    monkeypatch.setattr(break_glass, "ask_reason", lambda parent: asked.append(parent) or "家长来电，需要核实记录")
    target = tmp_path / "file.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    errors: list[object] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    path = output_case_file(ctx, parent, li_case.id, li_case.name, li_case.case_no, "pdf", errors.append)
    assert path == str(target) and errors == []
    assert "期末考试焦虑" in pdf_text(target.read_bytes())
    assert len(asked) == 1
    assert threads and all(t is not threading.main_thread() for t in threads)
    reasons = audit_rows("case.break_glass")
    assert reasons and reasons[0].detail.get("reason") == "家长来电，需要核实记录"
    # The reason is remembered by the window's session: not asked again.
    target.unlink()
    assert output_case_file(ctx, parent, li_case.id, li_case.name, li_case.case_no, "pdf", errors.append)
    assert len(asked) == 1 and target.exists()
    assert ctx.session.audit.anchor_frozen is False


def test_a_lock_while_the_case_file_is_made_throws_it_away(contexts, li_case, qtbot, monkeypatch, answers):
    ctx = contexts("li")
    saved: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: saved.append(a) or ("", "")))
    original = PrintService.case_file

    def locked_meanwhile(self, client_id, *, reason=None):
        result = original(self, client_id, reason=reason)
        locked.wait(10)
        return result

    locked = threading.Event()
    monkeypatch.setattr(PrintService, "case_file", locked_meanwhile)
    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(50, lambda: (ctx.lock_session("manual"), locked.set()))
    assert output_case_file(ctx, parent, li_case.id, li_case.name, li_case.case_no, "pdf", print) is None
    assert saved == []  # never offered for saving
