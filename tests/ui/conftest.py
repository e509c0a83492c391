"""Fixtures the UI tests share: the screen language, message boxes that answer by themselves,
people signed in on a real encrypted room, and the audit log as the supervisor reads it.

Fixtures only: this module is imported as ``conftest`` too, so what tests import lives in
``rooms.py`` (and ``helpers.py`` for typing)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counselroom.domain.audit import AuditFilter
from counselroom.services.audit_service import AuditService
from counselroom.services.auth import login
from counselroom.ui import i18n
from counselroom.storage.database import Database
from counselroom.ui.context import AppContext
from counselroom.ui.workers import wait_for_background
from rooms import SUPERVISOR, SUPERVISOR_PW

# What most UI tests were written against: the source texts, which the English catalogue keeps as
# they are. A test about Chinese screens says @pytest.mark.language("zh_CN").
SCREEN_LANGUAGE = "en"
# The language contexts are made with, which prints and scale texts follow: Chinese, as in the school
# (tests of printed case files, letters and PHQ-9 items check the Chinese). The screen's language is
# the ``language`` fixture's, whatever this is.
RECORDS_LANGUAGE = "zh_CN"


@pytest.fixture(autouse=True)
def language(request) -> str:
    """This test's screen language: exactly its translators are installed (as ``i18n.install`` does
    when a person chooses it) and the translators from before the test are back afterwards.

    ``@pytest.mark.language("zh_CN")`` chooses it; a test run in both languages says
    ``@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)``."""
    marker = request.node.get_closest_marker("language")
    lang = getattr(request, "param", None) or (marker.args[0] if marker else SCREEN_LANGUAGE)
    assert lang in i18n.LANGUAGES, lang
    before = list(i18n._installed)
    i18n.install(lang)
    yield lang
    for translator in i18n._installed:   # this test's, or those of a language it switched to
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    i18n._installed[:] = before
    for translator in before:
        QCoreApplication.installTranslator(translator)


@pytest.fixture
def sql_on_gui_thread(monkeypatch) -> list[str]:
    """The statements run on the GUI thread from now on."""
    seen: list[str] = []
    main = threading.main_thread()
    for name in ("execute", "query_one", "query_all"):
        original = getattr(Database, name)

        def spy(self, sql, params=(), _original=original):
            if threading.current_thread() is main:
                seen.append(" ".join(sql.split())[:120])
            return _original(self, sql, params)

        monkeypatch.setattr(Database, name, spy)
    return seen


@pytest.fixture
def answers(monkeypatch) -> dict[str, list[str]]:
    """Message boxes answer by themselves and keep their texts: questions Yes, warnings and
    notices OK."""
    asked: dict[str, list[str]] = {"question": [], "warning": [], "information": []}

    def recorder(kind, result):
        def answer(parent, title, text, *args, **kwargs):
            asked[kind].append(text)
            return result
        return staticmethod(answer)

    monkeypatch.setattr(QMessageBox, "question", recorder("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", recorder("information", QMessageBox.StandardButton.Ok))
    return asked


@pytest.fixture
def contexts(staff):
    """``contexts(name)`` signs that member of staff in and gives the context pages and windows are
    made with; every one is signed out after the test (background work finished first)."""
    made: list[AppContext] = []

    def make(name: str, language: str = RECORDS_LANGUAGE) -> AppContext:
        ctx = AppContext(staff.room.inst, staff.login(name), language)
        made.append(ctx)
        return ctx

    yield make
    wait_for_background()
    for ctx in made:
        ctx.session.logout()


@pytest.fixture
def window(qtbot, contexts):
    """``window(name, start)``: the main window of that member of staff, on page ``start``."""
    from counselroom.ui.main_window import MainWindow

    def make(name: str, start: str = "home") -> MainWindow:
        main = MainWindow(contexts(name), start)
        qtbot.addWidget(main)
        return main

    return make


@pytest.fixture
def shown_page(qtbot):
    """``shown_page(page, size)``: the page shown at that size and loaded, as the window shows it;
    after the test its dialogs are closed and its session signed out (unless locked or out already)."""
    made = []

    def show(page, size: tuple[int, int] = (1100, 720)):
        qtbot.addWidget(page)
        page.resize(*size)
        page.show()
        page.refresh()
        made.append(page)
        return page

    yield show
    for page in made:
        page.close_dialogs()
        page.ctx.session.logout()


@pytest.fixture
def ctx(contexts) -> AppContext:
    """A counsellor (李老师) signed in: most pages are about her own cases."""
    return contexts("li")


@pytest.fixture
def boss(staff):
    """The supervisor's session in the staffed room."""
    session = staff.login(SUPERVISOR)
    yield session
    session.logout()


@pytest.fixture
def session(room):
    """The supervisor signed in to a freshly set-up room (nobody else has an account)."""
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    yield session
    wait_for_background()
    session.logout()


@pytest.fixture
def audit_rows(staff):
    """``audit_rows(action)``: the staffed room's audit rows of that action, newest first, read by the
    supervisor in a session of its own (so the test's sessions need not be the supervisor's)."""
    def rows(action) -> list:
        reader = staff.login(SUPERVISOR)
        try:
            return AuditService(reader).search(AuditFilter(action=getattr(action, "value", action)))
        finally:
            reader.logout()
    return rows


@pytest.fixture
def parent(qtbot) -> QWidget:
    """A window for dialogs and message boxes to belong to."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def boxes(monkeypatch):
    """The real message box of a failed print; the person clicks the button named next in
    ``answers`` (print_retry, print_alternative or print_close; print_close when none is left)."""

    class Boxes:
        shown: list[dict] = []
        answers: list[str] = []

    def exec_(box):
        Boxes.shown.append({"title": box.windowTitle(), "text": box.text(), "info": box.informativeText(),
                            "buttons": {b.objectName(): b.text() for b in box.buttons()}})
        wanted = Boxes.answers.pop(0) if Boxes.answers else "print_close"
        next(b for b in box.buttons() if b.objectName() == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return Boxes
