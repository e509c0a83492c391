"""Opening a quarterly archive again (以备查阅) through the real dialog and viewer, on a real
archive made by the export: browsing, searching, the case file and scans from memory, audited
printing, each kind of failure shown at its place, and nothing of the archive left behind."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from archive_fixtures import ATTACHMENT_NAME, CLIENT_NAME, OTHER_NAME, PNG
from archive_fixtures import _quarter_template, archived_room, exported  # noqa: F401 - fixtures
from counselroom.archive.passphrase import canonical_generated, generate_passphrase
from counselroom.domain.archive import ArchiveError
from counselroom.domain.audit import Action, AuditFilter
from counselroom.services.archive import ArchiveService
from counselroom.services.audit_service import AuditService
from counselroom.services.visits import VisitService
from counselroom.ui import pdf_output as archive_viewer_module
from counselroom.ui.archive_viewer import ArchiveViewer, open_archive_viewer
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.open_archive_dialog import OpenArchiveDialog
from counselroom.ui.messages import message
from counselroom.ui.dialogs import scan_viewer as scan_viewer_module
from counselroom.ui.workers import wait_for_background
from helpers import replace_text, type_text

LATE_TEXT = "归档后补记：家长来电，孩子睡眠已好转。"


@pytest.fixture
def sessions(archived_room):
    opened = []

    def open_as(name: str | None = None):
        session = archived_room.login(*([name] if name else []))
        opened.append(session)
        return session

    yield open_as
    wait_for_background()
    for session in opened:
        if not session.locked:
            session.logout()


@pytest.fixture
def tracebacks(monkeypatch):
    """Every exception that reached ``sys.excepthook`` (the dialogs report unexpected ones there)."""
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: seen.append(exc))
    return seen


def _dialog(qtbot, ctx) -> OpenArchiveDialog:
    dialog = OpenArchiveDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot, dialog: OpenArchiveDialog, path: Path | str, passphrase: str) -> None:
    """Type the path and the passphrase as a person (and an input method) would, press Open, wait."""
    replace_text(dialog.path, str(path))
    replace_text(dialog.passphrase, passphrase)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)


def _open(qtbot, ctx, room, passphrase: str | None = None) -> ArchiveViewer:
    typed = passphrase or room.passphrase
    dialog = _dialog(qtbot, ctx)
    with qtbot.waitSignal(dialog.opened, timeout=20000) as opened:
        _try(qtbot, dialog, room.archive, typed)
        exact = canonical_generated(typed)
        if exact != typed:
            # Another form than 7-Zip's: the exact one is shown where it was typed, then the archive.
            assert dialog.isVisible() and dialog.exact_notice.isVisible()
            assert dialog.passphrase.text() == exact
            dialog.open_button.click()
    assert not dialog.isVisible() and dialog.passphrase.text() == ""
    viewer = open_archive_viewer(ctx, opened.args[0])
    qtbot.addWidget(viewer)
    return viewer


def _audit(session, action: Action):
    return AuditService(session).search(AuditFilter(action=action.value))


def _loose(passphrase: str) -> str:
    """A generated passphrase as people type it back from paper: small letters, spaces."""
    return passphrase.lower().replace("-", " ")


# -- the whole way: open, browse, search, read, print ---------------------------------------------
def test_open_search_read_and_print_from_the_archive(qtbot, archived_room, sessions, monkeypatch, tmp_path,
                                                     tracebacks):
    boss = sessions()
    ctx = AppContext(archived_room.room.inst, boss, "zh_CN")
    viewer = _open(qtbot, ctx, archived_room, _loose(archived_room.passphrase))
    reader = viewer.reader
    quarter = str(archived_room.quarter)
    assert viewer.isVisible() and viewer.isWindow()
    assert quarter in viewer.windowTitle() and "(read-only)" in viewer.windowTitle()
    assert quarter in viewer.banner_title.text() and reader.sha256[:16] in viewer.banner_details.text()
    assert archived_room.archive.name in viewer.banner_details.text()
    assert viewer.model.rowCount() == reader.counts["clients"] > 2
    assert viewer.count_label.text() == f"{reader.counts['clients']} clients in this archive"
    assert [e.detail["file"] for e in _audit(boss, Action.ARCHIVE_OPENED)] == [archived_room.archive.name]

    # the search filters as Chinese is typed; the one match is shown at once
    type_text(viewer.search, "欧阳")
    assert [c.name for c in viewer.clients_shown()] == [CLIENT_NAME]
    assert viewer.selected_client().id == archived_room.ids["client"]
    assert viewer.count_label.text().startswith("1 of ")
    text = viewer.records_view.toPlainText()
    for expected in (CLIENT_NAME, "考试焦虑，夜里睡不着", "最近睡不好", "放松训练", "焦虑情绪",
                     "Addendum", "补充：与班主任沟通过。", "Draft, never signed", "草稿，尚未签名",
                     OTHER_NAME, "Counsellor: 李老师", "Consents", ATTACHMENT_NAME):
        assert expected in text, expected
    assert "Late addendum" not in text           # the addendum was signed in the quarter itself
    replace_text(viewer.search, "oyy")             # pinyin initials
    assert [c.name for c in viewer.clients_shown()] == [CLIENT_NAME]
    replace_text(viewer.search, "没有这个人")
    assert viewer.clients_shown() == [] and "没有这个人" in viewer.count_label.text()
    assert viewer.selected_client() is None and not viewer.print_button.isEnabled()
    replace_text(viewer.search, "")
    assert viewer.model.rowCount() == reader.counts["clients"]
    assert viewer.select_client(archived_room.ids["client"])

    # the case file, from memory, and printing it from its viewer
    printed = []
    monkeypatch.setattr(scan_viewer_module, "print_pdf", lambda pdf, parent, title: printed.append(title) or True)
    monkeypatch.setattr(scan_viewer_module, "print_image",
                        lambda image, parent, title: printed.append(title) or True)
    monkeypatch.setattr(archive_viewer_module, "print_pdf",
                        lambda pdf, parent, title: printed.append(title) or True)
    pdf_viewer = viewer.open_case_file()
    assert pdf_viewer.isVisible() and pdf_viewer.showing_pdf and pdf_viewer.page_count() >= 2
    assert CLIENT_NAME in pdf_viewer.windowTitle() and pdf_viewer.print_button.isVisible()
    pdf_viewer.print_button.click()
    # the signed consent form, through the link in the records
    viewer.records_view.anchorClicked.emit(QUrl(f"consent:{archived_room.ids['consent']}"))
    scan = viewer.viewers()[-1]
    assert scan is not pdf_viewer and scan.isVisible() and scan.name_label.text() == ATTACHMENT_NAME
    # (the fixture's "scan" is a PNG signature and noise: the viewer says it cannot be shown)
    assert not scan.showing_image and "cannot be shown" in scan.message.text()
    # and the print button of the window
    viewer.print_button.click()
    assert viewer.status.text() == f"The case file of {CLIENT_NAME} was sent to the printer."
    assert len(printed) == 2
    # save as PDF: warned first, then written where the supervisor chose, and audited
    target = tmp_path / "saved" / "case.pdf"
    target.parent.mkdir()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *args, **kw: warned.append(args[2]) or QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kw: (str(target), "")))
    viewer.save_pdf_button.click()
    assert target.read_bytes() == reader.case_file(archived_room.ids["client"])
    assert len(warned) == 1 and "not encrypted" in warned[0] and str(target) in viewer.status.text()
    rows = _audit(boss, Action.ARCHIVE_PRINTED)
    assert sorted((r.detail["document"], r.detail["output"]) for r in rows) == [
        ("case_file", "pdf"), ("case_file", "print"), ("case_file", "print")]
    assert {r.target for r in rows} == {f"client:{archived_room.ids['client']}"}
    assert {r.detail["quarter"] for r in rows} == {quarter}

    # the other tabs: what the archive holds, its README and its audit rows
    assert reader.sha256 in viewer.about_view.toPlainText()
    assert "Visit records" in viewer.about_view.toPlainText()
    assert quarter in viewer.readme_view.toPlainText()
    assert viewer.audit_model.rowCount() == reader.counts["audit"]
    people = {viewer.audit_model.data(viewer.audit_model.index(row, viewer.audit_model.PERSON))
              for row in range(viewer.audit_model.rowCount())}
    li_name = next(u.display_name for u in reader.users() if u.username == "li")
    assert any(li_name in (person or "") for person in people)     # names, not only user names

    # clear(): the reader is closed, every widget empty, the document viewers and the window closed
    viewer.clear()
    assert viewer.reader is None and not viewer.isVisible()
    with pytest.raises(ArchiveError):
        reader.clients()
    assert viewer.model.rowCount() == 0 and viewer.audit_model.rowCount() == 0
    assert viewer.records_view.toPlainText() == "" and viewer.readme_view.toPlainText() == ""
    assert viewer.about_view.toPlainText() == "" and viewer.banner_details.text() == ""
    assert viewer.viewers() == [] and not pdf_viewer.isVisible() and pdf_viewer.page_count() == 0
    assert not scan.isVisible() and scan.name_label.text() == ""
    assert tracebacks == []


def test_a_late_addendum_is_marked_in_the_archive_that_holds_it(qtbot, archived_room, sessions, tmp_path):
    """After the export, an addendum to an archived record is late (补记); exported again, the
    quarter's archive holds it, and the viewer says so."""
    li = sessions("li")
    VisitService(li).add_addendum(archived_room.ids["signed_visit"], LATE_TEXT)
    boss = sessions()
    again = tmp_path / "second copy"
    again.mkdir()
    passphrase = generate_passphrase()
    result = ArchiveService(boss).export(archived_room.quarter, again, passphrase, acknowledged=True)
    archived_room.archive = result.path
    ctx = AppContext(archived_room.room.inst, boss, "en")
    viewer = _open(qtbot, ctx, archived_room, passphrase)
    assert viewer.select_client(archived_room.ids["client"])
    text = viewer.records_view.toPlainText()
    assert LATE_TEXT in text and "补充：与班主任沟通过。" in text
    assert f"Late addendum (补记), signed after quarter {archived_room.quarter} was archived" in text
    assert text.count("Late addendum") == 1
    viewer.close()                                   # closing the window closes the reader too
    assert viewer.reader is None and viewer.model.rowCount() == 0


# -- the passphrase as 7-Zip needs it ----------------------------------------------------------------
def _plain(label: QLabel) -> str:
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def test_a_passphrase_typed_another_way_opens_but_the_form_7zip_needs_is_shown(qtbot, archived_room, sessions,
                                                                               tracebacks):
    """7-Zip takes the passphrase byte for byte: typed back in small letters with spaces, the archive
    opens, but first the exact form is put into the field, with a note under it, in the person's
    language; only the next click shows the archive."""
    boss = sessions()
    ctx = AppContext(archived_room.room.inst, boss, "zh_CN")
    dialog = _dialog(qtbot, ctx)
    exact = archived_room.passphrase
    hint = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert "capital letters and hyphens (-) included" in hint and "small letters" not in hint
    opened = []
    dialog.opened.connect(opened.append)
    open_text = dialog.open_button.text()

    _try(qtbot, dialog, archived_room.archive, _loose(exact))
    assert opened == [] and dialog.isVisible()
    assert dialog.passphrase.text() == exact and dialog.show_passphrase.isChecked()
    notice = dialog.exact_notice
    assert notice.isVisible() and _plain(notice).startswith(message("archive.passphrase_exact", {"passphrase": exact}))
    assert f"<b>{exact}</b>" in notice.text() and "7-Zip" in _plain(notice)
    assert not dialog.form.error_for("passphrase").isVisible() and not dialog.problem_box.isVisible()
    assert dialog.open_button.text() == "Show the archive" and dialog.open_button.hasFocus()
    held = dialog._pending
    assert held is not None and held.exact_passphrase == exact

    # Typing again means trying again: the archive held is closed, the note goes.
    type_text(dialog.passphrase, "x")
    assert dialog._pending is None and not notice.isVisible() and dialog.open_button.text() == open_text
    with pytest.raises(ArchiveError):
        held.clients()

    # A space typed after it: 7-Zip counts it, so the note says so.
    _try(qtbot, dialog, archived_room.archive, exact + " ")
    assert dialog.passphrase.text() == exact
    assert _plain(notice).startswith(message("archive.passphrase_exact_spaces", {"passphrase": exact}))
    with qtbot.waitSignal(dialog.opened, timeout=5000):
        dialog.open_button.click()
    assert not dialog.isVisible() and dialog.passphrase.text() == "" and not notice.isVisible()
    [reader] = opened
    viewer = open_archive_viewer(ctx, reader)
    qtbot.addWidget(viewer)
    assert viewer.isVisible() and viewer.model.rowCount() == reader.counts["clients"]
    # each decryption is audited as an opening, the one closed again unseen too
    assert len(_audit(boss, Action.ARCHIVE_OPENED)) == 2
    viewer.clear()

    # Exactly as shown: opened at once, nothing to say.
    again = _dialog(qtbot, ctx)
    with qtbot.waitSignal(again.opened, timeout=20000) as direct:
        _try(qtbot, again, archived_room.archive, exact)
    assert not again.exact_notice.isVisible() and direct.args[0].exact_passphrase is None
    direct.args[0].close()

    # Locked while the exact form is shown: the archive held is closed.
    third = _dialog(qtbot, ctx)
    _try(qtbot, third, archived_room.archive, exact.replace("-", ""))
    held = third._pending
    assert held is not None and third.exact_notice.isVisible()
    third.clear()
    assert third._pending is None and third.passphrase.text() == "" and not third.exact_notice.isVisible()
    with pytest.raises(ArchiveError):
        held.clients()
    assert tracebacks == []


# -- each failure at its place, what was typed kept, never a traceback -----------------------------
def test_wrong_passphrase_damage_and_other_files_are_explained(qtbot, archived_room, sessions, tmp_path,
                                                               tracebacks):
    boss = sessions()
    ctx = AppContext(archived_room.room.inst, boss, "zh_CN")
    dialog = _dialog(qtbot, ctx)
    opened = []
    dialog.opened.connect(opened.append)
    passphrase_error = dialog.form.error_for("passphrase")
    file_error = dialog.form.error_for("file")

    dialog.open_button.click()                       # nothing typed yet
    assert file_error.text() == "Choose the archive file." and not dialog.busy

    _try(qtbot, dialog, archived_room.archive, "")
    assert passphrase_error.text() == message("archive.passphrase_empty")

    _try(qtbot, dialog, archived_room.archive, "错误的密码-WRONG-1234")
    assert passphrase_error.isVisible() and passphrase_error.text() == message("archive.wrong_passphrase")
    assert not file_error.isVisible() and not dialog.problem_box.isVisible()
    assert dialog.isVisible() and dialog.path.text() == str(archived_room.archive)
    assert dialog.passphrase.text() == "错误的密码-WRONG-1234" and dialog.passphrase.hasFocus()
    type_text(dialog.passphrase, "x")                # typing again takes the message away
    assert not passphrase_error.isVisible()

    truncated = tmp_path / "U 盘" / "CounselRoom-截断.7z"
    data = archived_room.archive.read_bytes()
    truncated.write_bytes(data[: len(data) * 2 // 3])
    _try(qtbot, dialog, truncated, archived_room.passphrase)
    assert dialog.problem_box.isVisible() and dialog.problem_box.text() == message("archive.damaged")
    assert "another copy" in dialog.problem_box.text()
    assert not passphrase_error.isVisible() and not file_error.isVisible()
    assert dialog.path.text() == str(truncated) and dialog.passphrase.text() == archived_room.passphrase

    picture = tmp_path / "照片.7z"                   # a PNG renamed
    picture.write_bytes(PNG)
    _try(qtbot, dialog, picture, archived_room.passphrase)
    assert file_error.isVisible() and file_error.text() == message("archive.not_archive")
    assert not dialog.problem_box.isVisible() and dialog.path.hasFocus()

    missing = tmp_path / "不存在.7z"
    _try(qtbot, dialog, missing, archived_room.passphrase)
    assert "There is no file at" in file_error.text() and str(missing) in file_error.text()

    # cleared (the records lock): the passphrase is gone
    dialog.clear()
    assert dialog.passphrase.text() == "" and not passphrase_error.isVisible()
    assert opened == [] and tracebacks == [] and _audit(boss, Action.ARCHIVE_OPENED) == []


def test_only_the_supervisor_opens_an_archive(qtbot, archived_room, sessions, tracebacks):
    li = sessions("li")
    dialog = _dialog(qtbot, AppContext(archived_room.room.inst, li, "zh_CN"))
    opened = []
    dialog.opened.connect(opened.append)
    _try(qtbot, dialog, archived_room.archive, archived_room.passphrase)
    assert dialog.problem_box.isVisible() and dialog.problem_box.text() == message("permission.denied")
    assert dialog.isVisible() and opened == [] and tracebacks == []


# -- nothing of the archive reaches the disk; the lock closes it -----------------------------------
def _files(folder: Path) -> dict[str, int]:
    return {str(p): p.stat().st_size for p in folder.rglob("*") if p.is_file()} if folder.exists() else {}


def test_viewing_writes_nothing_and_the_lock_closes_everything(qtbot, archived_room, sessions, tmp_path,
                                                               monkeypatch):
    system_tmp = Path(tempfile.gettempdir())
    before_system = set(os.listdir(system_tmp))
    private_tmp = tmp_path / "private-tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    cwd_before = set(os.listdir(os.getcwd()))
    drive_before = _files(archived_room.archive.parent)
    boss = sessions()
    ctx = AppContext(archived_room.room.inst, boss, "zh_CN")
    viewer = _open(qtbot, ctx, archived_room)
    reader = viewer.reader
    case_pdf = reader.case_file(archived_room.ids["client"])
    for row in range(viewer.proxy.rowCount()):        # every client's records
        viewer.table.selectRow(row)
    assert viewer.select_client(archived_room.ids["client"])
    pdf_viewer = viewer.open_case_file()
    qtbot.wait(200)
    pdf_viewer.next_page()
    scan = viewer.show_consent_form(archived_room.ids["consent"])
    assert scan.name_label.text() == ATTACHMENT_NAME

    ctx.lock_session("manual")                       # the records lock: the archive is forgotten
    assert viewer.reader is None and not viewer.isVisible() and viewer.model.rowCount() == 0
    assert not pdf_viewer.isVisible() and not scan.isVisible() and viewer.viewers() == []
    with pytest.raises(ArchiveError):
        reader.records(archived_room.ids["client"])

    assert os.listdir(private_tmp) == []
    assert set(os.listdir(os.getcwd())) == cwd_before
    assert _files(archived_room.archive.parent) == drive_before
    needles = [CLIENT_NAME.encode("utf-8"), CLIENT_NAME.encode("utf-16-le"), "最近睡不好".encode("utf-8"),
               case_pdf[:400], PNG[-200:]]
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p != archived_room.archive]
    for entry in set(os.listdir(system_tmp)) - before_system:   # other programs may write there too
        path = system_tmp / entry
        written += [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    for path in written:
        try:
            content = path.read_bytes()
        except OSError:
            continue
        assert not any(n in content for n in needles), path


def test_a_viewer_built_directly_is_a_window_that_closes_its_reader(qtbot, archived_room, sessions):
    boss = sessions()
    reader = ArchiveService(boss).open(archived_room.archive, archived_room.passphrase)
    viewer = ArchiveViewer(AppContext(archived_room.room.inst, boss, "en"), reader)
    qtbot.addWidget(viewer)
    closed = []
    viewer.closed.connect(lambda: closed.append(True))
    viewer.show()
    assert viewer.isWindow() and viewer.selected_client() is not None   # the first client is shown
    assert viewer.records_view.toPlainText().strip() != ""
    viewer.close_button.click()
    assert closed == [True] and viewer.reader is None and not viewer.isVisible()
    with pytest.raises(ArchiveError):
        reader.readme()
    viewer.clear()                                   # again: nothing happens
    assert closed == [True]

