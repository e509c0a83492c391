"""Two screens never disagree about the same fact: each asks the one service (or domain rule)
that decides it. The crisis card and the closing checklist on "reviewed today"; the Today card,
the closing checklist and the duty log on which days the room was open and who is still on duty;
the quit prompt on a duty left running."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

import pinned_clock
from rooms import SUPERVISOR
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.closing import CheckId
from counselroom.domain.errors import ValidationError
from counselroom.domain.visits import RiskLevel, VisitContent
from counselroom.services.backups import BackupService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.closing import ClosingService
from counselroom.services.crisis import CrisisService
from counselroom.services.duty import DutyService
from counselroom.services.visits import VisitService
from counselroom.ui.context import AppContext
from counselroom.ui.main_window import MainWindow
from counselroom.ui.pages.closing_page import ClosingPage
from counselroom.ui.pages.home_page import HomePage
from counselroom.ui.widgets.crisis_panel import CrisisPanel
from counselroom.ui.workers import wait_for_background

# A Monday well after the checklist came into use (the room was set up "today").
MONDAY = pinned_clock.today() + timedelta(days=14 - pinned_clock.today().weekday())


def at(session, day: date, hour: int, minute: int = 0):
    moment = datetime.combine(day, time(hour, minute)).astimezone()
    session.clock = lambda: moment
    return session


def _crisis_signed_on(session, day: date):
    at(session, day, 9, 50)
    client = ClientService(session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(session).open(client.id, CaseDraft(day, "情绪低落", ProblemCategory.EMOTION))
    visits = VisitService(session)
    visit = visits.start(case.id)
    visits.sign(visit.id, VisitContent(visit_date=day, start=time(9), end=time(9, 45), complaint="不想活了",
                                       process="评估自杀风险", assessment="高风险", plan="联系家长",
                                       risk=RiskLevel.HIGH, risk_self_harm=True))
    return CrisisService(session).open_crises()[0]


def _crisis_check(session, day: date):
    return next(c for c in ClosingService(session).checks(day) if c.id == CheckId.CRISES_REVIEWED.value)


@pytest.fixture
def li(staff):
    session = staff.login("li")
    yield session
    wait_for_background()
    if not session.locked:
        session.logout()


def _card_text(session, crisis, qtbot) -> str:
    panel = CrisisPanel(AppContext(session.installation, session, "en"))
    qtbot.addWidget(panel)
    panel.show_crisis(crisis.id)
    return panel.reviewed.text()


def test_the_crisis_card_and_the_closing_agree_on_reviewed_today(li, qtbot):
    crisis = _crisis_signed_on(li, MONDAY)
    # Opened today: the card and the checklist both count it as looked at today.
    at(li, MONDAY, 16)
    assert _crisis_check(li, MONDAY).passed
    assert _card_text(li, crisis, qtbot) == "Opened today, which counts as today's review."

    # The next day neither does, until it is reviewed; then both do.
    tuesday = MONDAY + timedelta(days=1)
    at(li, tuesday, 10)
    assert not _crisis_check(li, tuesday).passed
    assert _card_text(li, crisis, qtbot) == "Not reviewed since it was opened: review it today."
    at(li, tuesday, 10, 30)
    CrisisService(li).review(crisis.id)
    assert _crisis_check(li, tuesday).passed
    assert _card_text(li, crisis, qtbot).startswith(f"Reviewed today ({tuesday.isoformat()} 10:30)")

    # A review of an earlier day is named as such.
    wednesday = tuesday + timedelta(days=1)
    at(li, wednesday, 9)
    assert not _crisis_check(li, wednesday).passed
    assert _card_text(li, crisis, qtbot) == \
        f"Last reviewed {tuesday.isoformat()} 10:30: review it today."


def _closing_card(session, qtbot) -> str:
    page = HomePage(AppContext(session.installation, session, "en"))
    qtbot.addWidget(page)
    page.refresh()
    return " ".join([*page.closing.rows(), page.closing.hint.text()])


def test_a_day_with_a_duty_shift_was_an_open_day_for_every_screen(li, qtbot):
    saturday = MONDAY + timedelta(days=5)          # no opening hours on Saturdays by default
    at(li, saturday, 9)
    DutyService(li).start()
    at(li, saturday, 13)
    DutyService(li).stop()
    sunday = saturday + timedelta(days=1)
    at(li, sunday, 10)
    status = ClosingService(li).last_status()
    assert status is not None and status.day == saturday and status.open_day and status.missed
    assert saturday in ClosingService(li).missed_days(saturday)
    assert f"{saturday.isoformat()}: the room was not closed with the checklist" in _closing_card(li, qtbot)


def test_an_open_day_before_the_checklist_came_into_use_is_not_called_missing(li, qtbot, staff):
    since = ClosingService(li)._in_use_since()
    day_before = since - timedelta(days=1)
    boss = staff.login(SUPERVISOR)
    at(boss, day_before, 18)
    DutyService(boss).record_past(datetime.combine(day_before, time(8)), datetime.combine(day_before, time(12)))
    boss.logout()
    at(li, since, 8)   # the first day of use, before its own closing
    status = ClosingService(li).last_status()
    assert status is not None and status.day == day_before and not status.in_use and not status.missed
    card = _closing_card(li, qtbot)
    assert "before the closing checklist came into use" in card
    assert "not open in the last two weeks" not in card


def test_the_closing_is_not_signed_while_the_signer_is_on_duty(li, staff, qtbot):
    at(li, MONDAY, 8, 30)
    DutyService(li).start()
    at(li, MONDAY, 17, 10)
    BackupService(li).make()
    closing = ClosingService(li)
    check = next(c for c in closing.checks() if c.id == CheckId.DUTY_ENDED.value)
    assert not check.passed and check.names == ("李老师 08:30",)
    with pytest.raises(ValidationError) as refused:
        closing.sign(MONDAY, {item.id: True for item in closing.items()}, reason="测试")
    assert refused.value.code == "closing.still_on_duty" and refused.value.params == {"since": "08:30"}

    page = ClosingPage(AppContext(li.installation, li, "en"))
    qtbot.addWidget(page)
    page.refresh()
    assert page.sign_hint.text() == "You are still on duty (since 08:30): end your duty on the Duty page first."

    DutyService(li).stop()
    assert next(c for c in closing.checks() if c.id == CheckId.DUTY_ENDED.value).passed
    assert closing.sign(MONDAY, {item.id: True for item in closing.items()}) is not None


class _UserClose(QCloseEvent):
    def spontaneous(self) -> bool:
        return True


def test_quitting_with_the_duty_still_running_says_so(staff, qtbot, monkeypatch):
    shown: list[tuple[str, str, list[str]]] = []

    def exec_(box):
        shown.append((box.text(), box.informativeText(),
                      [box.defaultButton().objectName(), *sorted(b.objectName() for b in box.buttons())]))
        next(b for b in box.buttons() if b.objectName() == "goToDuty").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    session = at(staff.login("li"), MONDAY, 10)    # during the room's hours: no closing asked yet
    DutyService(session).start()
    window = MainWindow(AppContext(staff.room.inst, session, "en"))
    qtbot.addWidget(window)
    window.show()
    event = _UserClose()
    window.closeEvent(event)
    assert not event.isAccepted() and window.current_page().key == "duty"
    text, info, buttons = shown[0]
    assert text == "Your duty has not been ended."
    assert "You are still on duty (since 10:00)" in info
    assert buttons == ["goToDuty", "goToDuty", "quitAnyway", "stay"]     # the default first

    # After the hours both are asked at once; the duty comes first.
    at(session, MONDAY, 17, 30)
    event = _UserClose()
    window.closeEvent(event)
    text, info, buttons = shown[1]
    assert text == "Today's closing checklist is not signed yet." and "still on duty" in info
    assert buttons == ["goToDuty", "goToClosing", "goToDuty", "quitAnyway", "stay"]
    wait_for_background()
    session.logout()
