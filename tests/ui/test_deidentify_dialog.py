"""The de-identification review screen (R14) from the case window: highlights, flags to tick off,
edits flagged again, and the saved PDF and text, which hold none of the planted markers."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog

import pinned_clock
from rooms import SUPERVISOR
from counselroom.domain.audit import Action
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft, Gender
from counselroom.domain.deidentify_review import DEIDENTIFIED_MARK
from counselroom.domain.visits import VisitContent
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.visits import VisitService
from counselroom.ui import break_glass
from counselroom.ui.dialogs.case_window import CaseWindow
from counselroom.ui.dialogs.deidentify_dialog import (
    OPEN_FLAG_BG, REPLACED_BG, TICKED_FLAG_BG, DeidentifyDialog,
)
from counselroom.domain.deidentify_review import apply_edits, text_edits
from helpers import type_text
from reports.pdf_helpers import pdf_text, squeeze

MARKERS = ["欧阳晓䶮", "晓䶮", "周梓萱", "梓萱", "林美珍", "13698765432", "13912345678", "2026001234", "551234567",
           "初二(7)班", "7班", "13岁", "解放路302号"]


@pytest.fixture
def planted(staff):
    """li's client 欧阳晓䶮 (classmate 周梓萱 registered too): one signed visit full of markers, with a
    house number to flag, and a draft that is not exported unless chosen."""
    today = pinned_clock.today()
    li = staff.login("li")
    clients = ClientService(li)
    clients.register(ClientDraft(name="周梓萱", grade="初二", class_name="7班"))
    client = clients.register(ClientDraft(
        name="欧阳晓䶮", gender=Gender.FEMALE, grade="初二", class_name="7班", student_no="2026001234",
        contact="13698765432", guardian_name="林美珍（母亲）", guardian_contact="13912345678"))
    case = CaseService(li).open(client.id, CaseDraft(today - timedelta(days=20), "欧阳晓䶮不愿上学",
                                                     ProblemCategory.EMOTION, "每周一次"))
    visits = VisitService(li)
    visits.sign(visits.start(case.id).id, VisitContent(
        visit_date=today - timedelta(days=10), start=time(9), end=time(9, 45), presenting_issue="同伴冲突",
        complaint="欧阳晓䶮说同桌周梓萱嘲笑她，梓萱在QQ群发消息，QQ：551234567。她今年13岁，在初二(7)班，学号2026001234。"
                  "妈妈林美珍电话13912345678。",
        process="倾听；她住在解放路302号", assessment="晓䶮情绪低落", plan="下周复诊"))
    visits.start(case.id, VisitContent(visit_date=today - timedelta(days=3), complaint="草稿里的欧阳晓䶮"))
    li.logout()
    return case


def _window(qtbot, ctx, case) -> CaseWindow:
    window = CaseWindow(ctx, case)
    qtbot.addWidget(window)
    window.show()
    return window


def _open(qtbot, window: CaseWindow) -> DeidentifyDialog:
    assert window.deidentify_button.isVisible() and window.deidentify_button.isEnabled()
    qtbot.mouseClick(window.deidentify_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in window._dialogs if isinstance(d, DeidentifyDialog))
    qtbot.waitUntil(lambda: dialog.prepared_text is not None)
    dialog.case_window = window    # the window owns the dialog: kept alive as long as the test holds it
    return dialog


def _tick_all(dialog: DeidentifyDialog) -> None:
    for n in range(dialog.flag_list.count()):
        dialog.flag_list.item(n).setCheckState(Qt.CheckState.Checked)


def _colours(dialog: DeidentifyDialog) -> list[str]:
    return [s.format.background().color().name() for s in dialog.text.extraSelections()]


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_review_from_the_case_window(qtbot, contexts, planted, language):
    dialog = _open(qtbot, _window(qtbot, contexts("li"), planted))
    text = dialog.text.toPlainText()
    assert "来访者" in text and "同学A" in text
    assert [m for m in MARKERS if m in text] == ["解放路302号"]       # flagged for the reviewer, below
    assert {"解放路", "302"} <= {f.text for f in dialog.edited.flags}
    assert "草稿里的" not in text                                          # drafts only when chosen
    # the signed visit is ticked, the draft is offered but not
    states = [dialog.choice_list.item(n).checkState() for n in range(dialog.choice_list.count())]
    assert states == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    # every replacement soft, every flag amber; the originals only in the side list, never in a tooltip
    edited = dialog.edited
    assert edited is not None and edited.replacements and edited.flags
    colours = _colours(dialog)
    assert colours.count(QColor(REPLACED_BG).name()) == len(edited.replacements)
    assert colours.count(QColor(OPEN_FLAG_BG).name()) == len(edited.flags)
    replaced = [dialog.replacement_list.item(n).text() for n in range(dialog.replacement_list.count())]
    assert any("欧阳晓䶮" in line and "来访者" in line for line in replaced)
    for r in edited.replacements:
        tip = dialog._tip_at(r.start)
        assert tip and r.original not in tip
    # saving waits for every flag
    assert not dialog.save_pdf_button.isEnabled() and not dialog.save_text_button.isEnabled()
    assert str(len(edited.flags)) in dialog.remaining.text()
    first = dialog.flag_list.item(0)
    qtbot.mouseClick(dialog.flag_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.flag_list.visualItemRect(first).center())
    flag = edited.flags[0]
    assert dialog.text.textCursor().selectedText() == flag.text
    _tick_all(dialog)
    assert dialog.save_pdf_button.isEnabled() and dialog.save_text_button.isEnabled()
    assert QColor(TICKED_FLAG_BG).name() in _colours(dialog)
    assert dialog.open_flags() == 0


@pytest.mark.language("zh_CN")
def test_the_chinese_words(qtbot, contexts, planted):
    """(Needs the zh_CN catalogue entries of CaseWindow and DeidentifyDialog.)"""
    window = _window(qtbot, contexts("li"), planted)
    assert window.deidentify_button.text() == "去标识化导出…"
    dialog = _open(qtbot, window)
    assert "原文已隐去" in dialog._tip_at(dialog.edited.replacements[0].start)
    assert "已核对，无需修改" in dialog.flag_list.item(0).toolTip()


def test_typed_identifiers_are_flagged_again(qtbot, contexts, planted):
    dialog = _open(qtbot, _window(qtbot, contexts("li"), planted))
    _tick_all(dialog)
    before = len(dialog.edited.flags)
    cursor = dialog.text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    dialog.text.setTextCursor(cursor)
    type_text(dialog.text, "补充：同学电话13800001111")
    assert not dialog.save_pdf_button.isEnabled()       # read back after a pause: nothing saves meanwhile
    dialog.sync()
    assert len(dialog.edited.flags) == before + 1 and dialog.open_flags() == 1
    assert not dialog.save_pdf_button.isEnabled()
    assert dialog.is_dirty()
    # edited away again: nothing left to check, the ticks of the others kept
    dialog.text.setPlainText(dialog.prepared_text.text)
    dialog.sync()
    assert dialog.open_flags() == 0 and dialog.save_pdf_button.isEnabled()


def test_saved_pdf_and_text_hold_no_marker_and_are_audited(qtbot, contexts, planted, answers, monkeypatch,
                                                           tmp_path, audit_rows):
    dialog = _open(qtbot, _window(qtbot, contexts("li"), planted))
    # the draft too, to show a chosen record goes in
    dialog.choice_list.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.update_button.isEnabled()
    qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)
    assert "草稿" in dialog.text.toPlainText() and not dialog.update_button.isEnabled()
    # the reviewer changes the flagged address and ticks the other flags off
    dialog.text.setPlainText(dialog.text.toPlainText().replace("解放路302号", "家中"))
    dialog.sync()
    assert not {"解放路", "302"} & {f.text for f in dialog.edited.flags}      # edited away: settled
    _tick_all(dialog)
    targets = iter([tmp_path / "case.pdf", tmp_path / "case.txt"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(next(targets)), "")))
    qtbot.mouseClick(dialog.save_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_text_button, Qt.MouseButton.LeftButton)
    pdf = (tmp_path / "case.pdf").read_bytes()
    saved = (tmp_path / "case.txt").read_bytes()
    assert pdf.startswith(b"%PDF") and len(answers["warning"]) == 2
    words = squeeze(pdf_text(pdf))
    assert "已去标识化" in words and "来访者" in words
    assert saved.decode("utf-8").startswith(DEIDENTIFIED_MARK)
    for marker in MARKERS:
        assert marker.encode("utf-8") not in saved, marker
        assert squeeze(marker) not in words, marker
    assert str(planted.id) not in saved.decode("utf-8").split("\n", 1)[0]
    rows = audit_rows(Action.CASE_DEIDENTIFIED_OUTPUT)
    assert [(r.actor, r.target, r.detail) for r in rows] == [
        ("li", f"case:{planted.id}", {"output": "text"}), ("li", f"case:{planted.id}", {"output": "pdf"})]
    assert "case.txt" in dialog.status.text()


def test_who_is_offered_the_export(qtbot, contexts, planted, staff, monkeypatch):
    boss = staff.login(SUPERVISOR)
    CaseService(boss).share(planted.id, staff.ids["zhou"])
    boss.logout()
    # shared with zhou: he reads the case, it leaves the room only through its holder or the supervisor
    zhou_window = _window(qtbot, contexts("zhou"), planted)
    assert not zhou_window.deidentify_button.isVisible()
    asked = []
    monkeypatch.setattr(break_glass, "ask_reason", lambda parent: asked.append(parent) or "督导案例讨论")
    sup = contexts(SUPERVISOR)
    CaseService(sup.session).get(planted.id, reason="督导案例讨论")
    dialog = _open(qtbot, _window(qtbot, sup, planted))
    assert "来访者" in dialog.text.toPlainText()


def test_lock_forgets_the_text(qtbot, contexts, planted):
    dialog = _open(qtbot, _window(qtbot, contexts("li"), planted))
    dialog.clear()
    assert dialog.text.toPlainText() == "" and dialog.flag_list.count() == 0
    assert dialog.replacement_list.count() == 0 and not dialog.save_pdf_button.isEnabled()


@pytest.mark.timeless
def test_edits_are_the_changed_spans_only():
    original = "甲乙丙丁戊己庚"
    edits = text_edits(original, "甲X丙丁戊Y庚")
    assert [(e.start, e.end, e.text) for e in edits] == [(1, 2, "X"), (5, 6, "Y")]
    assert text_edits(original, original) == []
    assert text_edits("𠮷野家", "𠮷野家！")[0].text == "！"
    # long stretches are diffed by lines; a very long changed line becomes one edit (still exact)
    lines = "".join(f"第{n}行。\n" for n in range(2000))
    changed = lines.replace("第5行", "第五行").replace("第1990行", "第一九九〇行")
    edits = text_edits(lines, changed)
    assert len(edits) == 2 and all(len(e.text) < 10 for e in edits)
    one_line = "甲" * 9000
    assert len(text_edits(one_line, "乙" + one_line[1:8000] + "丙" + one_line[8000:])) == 1


def test_replayed_edits_give_the_typed_text(staff, planted):
    from counselroom.services.deidentify import DeidentifyService
    result = DeidentifyService(staff.login("li")).prepare(planted.id)
    changed = result.text.replace("来访者", "她", 1) + "王小明说的"
    edited = apply_edits(result, text_edits(result.text, changed))
    assert edited.text == changed
