"""The main window builds a page the first time it is shown or asked for (issue 15: the wait
from password to Today, and memory), while the navigation lists every page from the start and
the lock still reaches every page that can hold anything from the records."""

from __future__ import annotations

from datetime import date, time

import pytest

from rooms import STAFF_PW, SUPERVISOR
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.visits import VisitContent
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.visits import VisitService
from counselroom.ui import app as app_module
from counselroom.ui.app import AppController
from counselroom.ui.main_window import MainWindow, page_classes
from helpers import type_text


def _built(main: MainWindow) -> list[str]:
    return [page.key for page in main.built_pages()]


def test_only_the_first_page_is_built_and_the_navigation_lists_them_all(window):
    main = window(SUPERVISOR)
    assert _built(main) == ["home"]
    assert main.current_page().key == "home"
    assert main.page_keys == [cls.key for cls in page_classes() if cls.allowed_for(main.ctx.user)]
    assert [main.nav.item(row).text() for row in range(main.nav.count())][:2] == ["Today", "Clients"]
    assert main.pages.count() == 1


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_the_navigation_shows_each_pages_own_title_before_it_is_built(window, language):
    main = window(SUPERVISOR)
    listed = [main.nav.item(row).text() for row in range(main.nav.count())]
    assert listed == [page.title() for page in main.page_list]   # page_list builds every page
    assert listed[0] == ("今日" if language == "zh_CN" else "Today")
    assert _built(main) == main.page_keys


def test_a_page_is_built_once_when_first_shown_or_asked_for(window):
    main = window("li", "clients")
    assert _built(main) == ["clients"]
    main.nav.setCurrentRow(main.page_keys.index("home"))
    assert main.current_page().key == "home" and _built(main) == ["clients", "home"]
    clients = main.page("clients")
    main.go_to("clients")
    assert main.current_page() is clients and main.page("clients") is clients
    visits = main.page("visits")              # asked for, not shown
    assert main.current_page() is clients and visits.key == "visits"
    assert main.page("accounts") is None      # a counsellor has no Accounts page: nothing built
    assert _built(main) == ["clients", "home", "visits"] and main.pages.count() == 3
    main.go_to("no such page")                # as before: the first page
    assert main.current_page().key == "home"


def test_pages_built_later_still_open_cases_and_visit_records(window, qtbot):
    main = window("li")
    session = main.ctx.session
    client = ClientService(session).register(ClientDraft(name="刘䶮", grade="初一", class_name="2班"))
    case = CaseService(session).open(client.id, CaseDraft(date(2026, 11, 2), "人际关系困扰",
                                                          ProblemCategory.RELATIONSHIPS))
    draft = VisitService(session).start(case.id, VisitContent(visit_date=date(2026, 11, 3), start=time(9),
                                                              complaint="和同桌吵架"))
    main.page("followups").open_case_requested.emit(case.id)   # built now, after the window
    [case_window] = main.page("clients").case_windows()
    assert case_window.case_id == case.id
    main.page("appointments").visit_opened.emit(draft.id)
    assert main.current_page().key == "visits"
    assert main.page("visits").editor.visit.id == draft.id


def test_the_lock_clears_the_built_pages_only_and_the_unlock_refreshes_the_one_shown(window, qtbot):
    main = window("li")
    main.go_to("clients")
    main.go_to("search")
    cleared: list[str] = []
    refreshed: list[str] = []
    for page in main.built_pages():
        page.clear_sensitive = lambda key=page.key: cleared.append(key)
        page.refresh = lambda key=page.key: refreshed.append(key)
    main.lock("manual")
    assert sorted(cleared) == ["clients", "home", "search"]
    assert _built(main) == ["home", "clients", "search"]     # the lock builds nothing
    type_text(main.lock_screen.password, STAFF_PW)
    main.lock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not main.is_locked, timeout=10000)
    assert refreshed == ["search"]
    assert _built(main) == ["home", "clients", "search"]


def test_the_login_window_prepares_the_main_window_while_the_password_is_typed(room, qtbot, monkeypatch):
    prepared: list[bool] = []
    monkeypatch.setattr(app_module, "_prepare_main_window", lambda: prepared.append(True))
    controller = AppController(room.inst, "en", backend=room.backend)
    assert controller.start()
    qtbot.addWidget(controller.login_dialog)
    assert controller.login_dialog.isVisible() and prepared == []     # the login window comes first
    qtbot.waitUntil(lambda: prepared == [True])
    controller.idle.stop()
    monkeypatch.undo()
    app_module._prepare_main_window()    # what it does imports cleanly
