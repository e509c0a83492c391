"""The main window's pages by role, and search hits / follow-ups opening the case window."""

from __future__ import annotations

from datetime import date, time

import pytest

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.visits import VisitContent
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.visits import VisitService
from counselroom.ui.main_window import MainWindow


def _keys(main: MainWindow) -> list[str]:
    return [page.key for page in main.page_list]


@pytest.mark.parametrize("who, expected", [
    ("li", ["home", "clients", "visits", "appointments", "tests", "crises", "followups", "register", "screening",
            "search", "materials",
            "duty", "activities", "statistics", "closing", "settings"]),
    ("zhao", ["home", "clients", "appointments", "duty", "settings"]),
    (SUPERVISOR, ["home", "clients", "visits", "appointments", "tests", "crises", "followups", "register", "screening",
                  "search", "materials",
                  "duty", "activities", "statistics", "reports", "closing", "archive", "accounts", "audit",
                  "settings"]),
])
def test_each_role_sees_the_pages_it_may_use(window, who, expected):
    assert _keys(window(who)) == expected


def test_a_due_follow_up_opens_its_case_with_every_tab(window, qtbot):
    main = window("li", "followups")
    session = main.ctx.session
    client = ClientService(session).register(ClientDraft(name="刘䶮", grade="初一", class_name="2班"))
    case = CaseService(session).open(client.id, CaseDraft(date(2026, 11, 2), "人际关系困扰",
                                                          ProblemCategory.RELATIONSHIPS))
    VisitService(session).start(case.id, VisitContent(visit_date=date(2026, 11, 3), start=time(9),
                                                      complaint="和同桌吵架"))
    page = main.page("followups")
    page.refresh()
    assert page.model.rowCount() == 1
    page.open_case_requested.emit(page.model.row_at(0).case_id)
    [case_window] = main.page("clients").case_windows()
    tabs = [case_window.tabs.tabText(i) for i in range(case_window.tabs.count())]
    assert len(tabs) == 8 and case_window.case_id == case.id
    main.lock("manual")
    assert main.page("clients").case_windows() == []
