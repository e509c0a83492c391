"""The scale library and its import dialog (supervisor), on a real encrypted installation."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog

from rooms import SUPERVISOR
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.errors import ValidationError
from counselroom.services.audit_service import AuditService
from counselroom.services.scales import ScaleService
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.scale_import_dialog import ScaleImportDialog
from counselroom.ui.messages import error_text
from counselroom.ui.pages.tests_page import TestsPage
from helpers import type_text

SLEEP = {
    "format": 1, "code": "sleep4", "version": "1.0", "name": {"zh_CN": "睡眠自评（校本）", "en": "Sleep (school)"},
    "options": [{"id": str(n), "label": {"zh_CN": label}, "score": n}
                for n, label in enumerate(["从不", "有时", "经常", "总是"], 1)],
    "items": [{"id": "1", "text": {"zh_CN": "入睡困难"}, "subscales": ["onset"]},
              {"id": "2", "text": {"zh_CN": "睡得安稳"}, "reverse": True}],
    "subscales": [{"id": "onset", "name": {"zh_CN": "入睡"}}],
    "bands": [{"id": "ok", "min": 2, "max": 5, "label": {"zh_CN": "正常"}},
              {"id": "poor", "min": 6, "max": 8, "label": {"zh_CN": "较差"}, "severity": 2, "alert": True}],
}


def _file(tmp_path, name: str, data: dict | bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode("utf-8"))
    return str(path)


@pytest.fixture
def sup(staff):
    ctx = AppContext(staff.room.inst, staff.login(SUPERVISOR), "zh_CN")
    yield ctx
    if not ctx.session.locked:
        ctx.session.logout()


@pytest.fixture
def dialog(sup, qtbot):
    dialog = ScaleImportDialog(sup)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_library_lists_the_built_in_scales(dialog):
    rows = {s.code: s for s in dialog.scales()}
    assert set(rows) == {"phq9", "gad7"} and all(s.builtin for s in rows.values())
    model = dialog.model
    texts = [[model.text(s, c) for c in range(model.columnCount())] for s in dialog.scales()]
    assert all(t[3] == model.tr("Built in") and t[6] == "—" for t in texts)
    dialog.table.selectRow(0)
    assert "Pfizer" in dialog.details.text()
    assert not dialog.import_button.isEnabled() and not dialog.licence_note.isEnabled()


def test_the_supervisor_imports_a_scale_through_the_page(sup, qtbot, tmp_path, monkeypatch):
    page = TestsPage(sup)
    qtbot.addWidget(page)
    page.refresh()
    page.open_library()
    dialog = page._dialogs[-1]
    assert isinstance(dialog, ScaleImportDialog)
    path = _file(tmp_path, "sleep4.json", SLEEP)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (path, "")))
    dialog.choose_file()
    assert dialog.definition is not None and not dialog.problem.isVisible()
    preview = dialog.preview.text()
    assert "睡眠自评（校本）" in preview and "sleep4" in preview and "2–5 正常" in preview
    assert "入睡" in preview and "较差" in preview                    # subscale, alert band
    assert dialog.import_button.isEnabled()
    dialog.import_scale()                                           # no licence note: refused at the field
    error = dialog.form.error_for("licence_note")
    assert error.isVisible() and "sleep4" not in [s.code for s in ScaleService(sup.session).library()]
    type_text(dialog.licence_note, "学校已购买 SCL-90 使用授权，2026")
    dialog.import_scale()
    assert not error.isVisible()
    imported = dialog.imported
    assert imported is not None and imported.code == "sleep4" and not imported.builtin
    assert imported.licence_note == "学校已购买 SCL-90 使用授权，2026"
    row = next(s for s in dialog.scales() if s.code == "sleep4")
    assert dialog.model.text(row, 6) == "王老师"
    assert "睡眠自评（校本）" in dialog.status.text()
    assert dialog.preview.text() == "" and dialog.licence_note.text() == ""
    entry = AuditService(sup.session).search(AuditFilter(action=Action.SCALE_IMPORTED.value))[0]
    assert entry.detail["code"] == "sleep4"
    page.clear_sensitive()
    assert page._dialogs == []


@pytest.mark.parametrize("content, code", [
    ({**SLEEP, "bands": [{"id": "ok", "min": 2, "max": 4, "label": {"zh_CN": "正常"}},
                         {"id": "poor", "min": 6, "max": 8, "label": {"zh_CN": "较差"}}]}, "scale.bands_gap"),
    ({**SLEEP, "items": [{"id": "1", "text": {"zh_CN": "入睡困难"}, "reversed": True}]}, "scale.unknown_field"),
    (json.dumps(SLEEP, ensure_ascii=False).encode("gbk"), "scale.not_utf8"),
    (b'{"format": 1, "code": "sleep4",', "scale.not_json"),
])
def test_a_broken_file_is_refused_with_its_sentence_and_nothing_is_stored(sup, dialog, tmp_path, content, code):
    before = [(s.code, s.version) for s in dialog.scales()]
    assert not dialog.load_file(_file(tmp_path, "坏的量表.json", content))
    try:
        ScaleService(sup.session).check_import(content if isinstance(content, bytes)
                                               else json.dumps(content, ensure_ascii=False).encode())
    except ValidationError as err:
        assert err.code == code
        expected = error_text(err)
    else:
        raise AssertionError("the file should be refused")
    assert dialog.problem.isVisible() and expected in dialog.problem.text()
    assert dialog.definition is None and not dialog.preview.isVisible()
    assert not dialog.import_button.isEnabled()
    dialog.import_scale()                                            # nothing to import
    assert [(s.code, s.version) for s in ScaleService(sup.session).library()] == before
    assert AuditService(sup.session).search(AuditFilter(action=Action.SCALE_IMPORTED.value)) == []


def test_a_version_already_in_the_library_is_refused(dialog, tmp_path):
    assert dialog.load_file(_file(tmp_path, "sleep4.json", SLEEP))
    type_text(dialog.licence_note, "本校自编")
    dialog.import_scale()
    assert not dialog.load_file(_file(tmp_path, "sleep4-again.json", SLEEP))
    assert "1.0" in dialog.problem.text() and "sleep4" in dialog.problem.text()
    assert dialog.load_file(_file(tmp_path, "sleep4-1.1.json", {**SLEEP, "version": "1.1"}))


def test_clear_forgets_the_file_and_the_note(dialog, tmp_path):
    assert dialog.load_file(_file(tmp_path, "sleep4.json", SLEEP))
    type_text(dialog.licence_note, "本校自编")
    dialog.clear()
    assert dialog.raw is None and dialog.definition is None and dialog.preview.text() == ""
    assert dialog.licence_note.text() == "" and dialog.model.rowCount() == 0
