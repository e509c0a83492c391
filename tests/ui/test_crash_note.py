"""A crash note (issue 13, item 7): an unexpected error, wherever it happens, leaves one note
without client data in the data folder's ``logs/`` and shows one sentence saying where it is,
one box at a time, even with no console (``sys.stderr`` is None in the windowed build)."""

from __future__ import annotations

import os
import re
import stat
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import counselroom
from rooms import SUPERVISOR, SUPERVISOR_PW
from counselroom.domain.clients import ClientDraft
from counselroom.services.auth import login
from counselroom.services import crash_notes
from counselroom.services.clients import ClientService
from counselroom.ui import app as app_module
from counselroom.ui import crash_handler
from counselroom.ui.dialogs.client_form import ClientFormDialog
from counselroom.ui.messages import message

MARKER = "标记-7f3a"
SRC_UI = Path(__file__).resolve().parents[2] / "src" / "counselroom" / "ui"
ENGLISH = ("Something went wrong: the program ran into an unexpected problem. Saved records are not lost; "
           "please restart the program, and if this keeps happening, give the error note to the school's "
           "IT teacher.\n\nThe error note is in this file:\n{path}")


@pytest.fixture
def hook(tmp_path):
    """The application's hook, installed as ``run_gui`` does; per-user notes go to tmp_path."""
    handler = crash_handler.install()
    handler.notes.fallback = tmp_path / "user-logs"
    yield handler
    _close_box(handler)
    crash_handler.uninstall()


def _close_box(handler) -> None:
    if handler.box is not None:
        handler.box.close()
    QApplication.processEvents()


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _notes(folder: Path) -> list[Path]:
    return sorted(folder.glob("crash-*.txt")) if folder.is_dir() else []


def _raise_with(record: str) -> BaseException:
    def deep(text):
        held = f"来访者 {text}"   # noqa: F841 - a local holding the record
        raise LookupError(f"no row for {text}")
    try:
        deep(record)
    except LookupError as exc:
        return exc
    raise AssertionError


@pytest.fixture
def marked_client(room):
    """A logged-in supervisor and a client whose name and notes hold the marker."""
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    service = ClientService(session)
    client = service.register(ClientDraft(name=MARKER, grade="初二", class_name="3班",
                                          notes=f"{MARKER} 的家庭情况"))
    yield session, service, client
    if not session.locked:
        session.logout()


@pytest.mark.language("en")
def test_an_unexpected_error_while_saving_leaves_a_note_without_the_record(
        room, marked_client, hook, qtbot, monkeypatch):
    session, service, client = marked_client
    crash_handler.set_data_dir(room.inst.data_dir)     # what run_gui does once the folder is known
    form = ClientFormDialog(service, client, session.today())
    qtbot.addWidget(form)
    form.show()

    def broken_update(client_id, draft):
        record = f"{draft.name} / {draft.notes}"       # a local holding the record's text
        raise ValueError(f"could not save {record}")   # and a message holding it too

    monkeypatch.setattr(service, "update", broken_update)
    form.save_button.click()                           # client_form: report_unexpected(exc)

    # The window behaves as before: the fault is named there and nothing typed is lost.
    assert form.left.banner.isVisible() and message("error") in form.left.banner.text()
    assert form.isVisible() and form.name.text() == MARKER

    logs = room.inst.data_dir / "logs"
    [note] = _notes(logs)
    if os.name != "nt":
        assert stat.S_IMODE(note.stat().st_mode) == 0o600
        assert stat.S_IMODE(logs.stat().st_mode) == 0o700
    raw = note.read_bytes()
    text = raw.decode("utf-8")
    assert MARKER.encode("utf-8") not in raw and "7f3a" not in text and "标记" not in text
    assert "家庭情况" not in text
    assert "Error: ValueError" in text
    assert f"CounselRoom: {counselroom.__version__}" in text
    assert re.search(r"Python: \d+\.\d+", text) and re.search(r"Qt: \d+\.\d+", text) and "Platform: " in text
    assert 'File "counselroom/ui/dialogs/client_form.py", line' in text and "in ClientFormDialog.submit" in text
    assert "in test_an_unexpected_error_while_saving_leaves_a_note_without_the_record.<locals>.broken_update" in text

    # One sentence in the person's language, naming the note.
    assert _boxes() == [hook.box]
    assert hook.box.text() == ENGLISH.format(path=note)
    assert hook.box.windowTitle() == "CounselRoom"


@pytest.mark.language("zh_CN")
def test_the_sentence_is_chinese_first(tmp_path, hook, qtbot):
    (tmp_path / "data").mkdir()
    crash_handler.set_data_dir(tmp_path / "data")
    exc = _raise_with(MARKER)
    crash_handler.report_unexpected(exc)
    [note] = _notes(tmp_path / "data" / "logs")
    text = hook.box.text()
    assert str(note) in text
    assert "Something went wrong" not in text                 # translated, not the English source
    words = text.replace(str(note), "")
    assert re.search(r"[\u4e00-\u9fff]{10}", words)
    assert not re.search(r"[A-Za-z]{2,}", words), words      # no English left around the path
    assert MARKER not in text


def test_an_error_escaping_a_slot_reaches_the_hook(tmp_path, hook, qtbot):
    (tmp_path / "data").mkdir()
    crash_handler.set_data_dir(tmp_path / "data")

    def slot():
        raise KeyError(MARKER)

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: hook.box is not None, timeout=2000)
    [note] = _notes(tmp_path / "data" / "logs")
    assert "Error: KeyError" in note.read_text(encoding="utf-8") and MARKER not in note.read_text(encoding="utf-8")


def test_an_error_on_another_thread_is_noted_there_and_shown_on_the_gui_thread(tmp_path, hook, qtbot):
    (tmp_path / "data").mkdir()
    crash_handler.set_data_dir(tmp_path / "data")

    def work():
        raise OSError(28, f"no space for {MARKER}")

    thread = threading.Thread(target=work, name="export-worker")
    thread.start()
    thread.join()
    [note] = _notes(tmp_path / "data" / "logs")
    text = note.read_text(encoding="utf-8")
    assert "Thread: export-worker" in text and "OSError [errno ENOSPC]" in text and MARKER not in text
    qtbot.waitUntil(lambda: hook.box is not None, timeout=2000)
    assert str(note) in hook.box.text()


def test_no_console_no_problem(tmp_path, hook, monkeypatch):
    """The windowed Windows build has no sys.stderr: the hook neither fails nor goes silent."""
    (tmp_path / "data").mkdir()
    crash_handler.set_data_dir(tmp_path / "data")
    monkeypatch.setattr(sys, "stderr", None)
    crash_handler.report_unexpected(_raise_with(MARKER))
    sys.excepthook(ValueError, ValueError(MARKER), None)
    assert len(_notes(tmp_path / "data" / "logs")) == 2
    assert hook.box is not None and len(_boxes()) == 1


def test_one_box_at_a_time_the_rest_are_counted(tmp_path, hook):
    (tmp_path / "data").mkdir()
    crash_handler.set_data_dir(tmp_path / "data")
    for _ in range(5):
        crash_handler.report_unexpected(_raise_with(MARKER))
    assert len(_boxes()) == 1 and hook.shown == 1 and hook.not_shown == 4
    notes = _notes(tmp_path / "data" / "logs")
    assert len(notes) == 5
    counts = {re.search(r"earlier in this run: (\d+)", p.read_text(encoding="utf-8")).group(1) for p in notes}
    assert counts == {"0", "1", "2", "3", "4"}
    _close_box(hook)
    assert _boxes() == []
    crash_handler.report_unexpected(_raise_with(MARKER))   # a later error is said again
    assert len(_boxes()) == 1 and hook.shown == 2


def test_an_error_while_showing_the_box_does_not_recurse(tmp_path, hook, monkeypatch):
    (tmp_path / "data").mkdir()
    crash_handler.set_data_dir(tmp_path / "data")
    calls = []

    def failing_text(note):
        calls.append(note)
        sys.excepthook(RuntimeError, RuntimeError(MARKER), None)   # Python code Qt runs while showing fails
        raise RuntimeError("the box itself failed")

    monkeypatch.setattr(crash_handler, "crash_text", failing_text)
    crash_handler.report_unexpected(_raise_with(MARKER))        # raises nothing
    assert len(calls) == 1 and hook.box is None and _boxes() == []
    assert len(_notes(tmp_path / "data" / "logs")) == 2 and hook.not_shown == 1
    monkeypatch.undo()
    crash_handler.report_unexpected(_raise_with(MARKER))        # the next one is shown
    assert hook.box is not None


def test_rotation_keeps_the_bound_through_the_hook(tmp_path, hook):
    (tmp_path / "data").mkdir()
    crash_handler.set_data_dir(tmp_path / "data")
    hook.notes.keep, hook.notes.per_run = 3, 100
    for _ in range(6):
        crash_handler.report_unexpected(_raise_with(MARKER))
    assert len(_notes(tmp_path / "data" / "logs")) == 3


def test_run_gui_installs_the_hook_and_a_fault_while_starting_is_said(tmp_path, monkeypatch, qtbot):
    app = QApplication.instance()
    names = app.applicationName(), app.applicationDisplayName()
    data = tmp_path / "data"
    data.mkdir()

    def start(self):
        record = MARKER   # noqa: F841
        raise RuntimeError(f"start failed for {MARKER}")

    def close_box():
        handler = crash_handler._handler
        if handler is not None and handler.box is not None:
            handler.box.close()
        else:
            QTimer.singleShot(20, close_box)

    monkeypatch.setattr(app_module.AppController, "start", start)
    monkeypatch.setattr(crash_notes, "fallback_logs_dir", lambda: tmp_path / "user-logs")
    QTimer.singleShot(20, close_box)
    try:
        assert app_module.run_gui(data_dir=data, lang="en") == 1
        handler = crash_handler._handler
        assert handler is not None and sys.excepthook == handler.excepthook
        assert threading.excepthook == handler.threading_excepthook
        assert handler.notes.data_dir == data
    finally:
        crash_handler.uninstall()   # the translators run_gui installed go with the language fixture
        app.setApplicationName(names[0])
        app.setApplicationDisplayName(names[1])
    [note] = _notes(data / "logs")
    text = note.read_text(encoding="utf-8")
    assert "Error: RuntimeError" in text and "in test_run_gui_installs" in text and MARKER not in text
    assert not (tmp_path / "user-logs").exists()


def test_every_hand_off_goes_through_the_one_helper():
    direct = [f"{p.relative_to(SRC_UI)}:{n}" for p in SRC_UI.rglob("*.py") if p.name != "crash_handler.py"
              for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
              if re.search(r"sys\.excepthook\s*\(", line)]
    assert direct == []
    users = [p for p in SRC_UI.rglob("*.py") if "report_unexpected(exc)" in p.read_text(encoding="utf-8")]
    assert len(users) >= 17
