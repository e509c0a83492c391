"""Small things a Chinese school room expects: the referral sources and problem categories it
uses, the guardian on record offered when a crisis is told to the family, a new visit record
from the case window, scales named as people write them, and the accounts list that does not
call the logged-in account "never logged in"."""

from __future__ import annotations

from datetime import time

import pytest

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseClosing, CaseDraft, Outcome, ProblemCategory
from counselroom.domain.clients import ClientDraft, ReferralSource
from counselroom.domain.crisis import CrisisStep
from counselroom.domain.visits import RiskLevel, VisitContent
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.crisis import CrisisService
from counselroom.services.visits import VisitService
from counselroom.ui.dialogs.case_dialogs import OpenCaseDialog
from counselroom.ui.dialogs.case_window import CaseWindow
from counselroom.ui.dialogs.client_form import ClientFormDialog
from counselroom.ui.dialogs.crisis_step_dialog import CrisisStepDialog
from counselroom.ui.main_window import MainWindow
from counselroom.ui.pages.accounts_page import AccountsPage


@pytest.fixture
def ctx(contexts):
    return contexts("li", "en")   # the records' language as well as the screen's


def _case(session, category=ProblemCategory.INTERNET, **client):
    draft = ClientDraft(**{"name": "王䶮", "grade": "初一", "class_name": "2班", **client})
    registered = ClientService(session).register(draft)
    return CaseService(session).open(registered.id, CaseDraft(session.today(), "每天玩手机到深夜", category))


def _items(combo) -> dict[str, str]:
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_the_forms_offer_the_room_s_referral_sources_and_problem_categories(ctx, qtbot):
    form = ClientFormDialog(ClientService(ctx.session), None, ctx.session.today())
    qtbot.addWidget(form)
    sources = _items(form.referral_source)
    assert sources["peer_counsellor"] == "Class peer counsellor" and sources["screening"] == "Screening"
    dialog = OpenCaseDialog(ctx.session, client_id=1, client_name="王䶮")
    qtbot.addWidget(dialog)
    categories = _items(dialog.category)
    assert categories["internet"] == "Internet / phone overuse" and categories["adjustment"] == "Adjustment"

    # And the records keep them.
    case = _case(ctx.session, ProblemCategory.ADJUSTMENT, referral_source=ReferralSource.PEER_COUNSELLOR)
    assert CaseService(ctx.session).get(case.id).category is ProblemCategory.ADJUSTMENT
    assert ClientService(ctx.session).get(case.client_id).referral_source is ReferralSource.PEER_COUNSELLOR


def _crisis(session, **client):
    case = _case(session, **client)
    visits = VisitService(session)
    visit = visits.start(case.id)
    visits.sign(visit.id, VisitContent(visit_date=session.today(), start=time(9), end=time(9, 45),
                                       complaint="不想活了", process="评估",
                                       assessment="高风险", plan="联系家长", risk=RiskLevel.HIGH,
                                       risk_self_harm=True))
    return next(c for c in CrisisService(session).open_crises() if c.case_id == case.id)


def test_telling_the_guardian_offers_the_guardian_on_the_registration(ctx, qtbot):
    crisis = _crisis(ctx.session, guardian_name="刘䶮", guardian_contact="13800001111")
    dialog = CrisisStepDialog(ctx.session, crisis, CrisisStep.GUARDIAN_INFORMED)
    qtbot.addWidget(dialog)
    assert dialog.guardian_button.text() == "Use the guardian on the registration: 刘䶮 13800001111"
    dialog.guardian_button.click()
    assert dialog.contact.text() == "刘䶮 13800001111"
    # Other steps, and a registration without a guardian, offer nothing.
    other = CrisisStepDialog(ctx.session, crisis, CrisisStep.LEADERSHIP_INFORMED)
    qtbot.addWidget(other)
    assert other.guardian_button is None
    bare = CrisisStepDialog(ctx.session, _crisis(ctx.session, name="周芃"), CrisisStep.GUARDIAN_INFORMED)
    qtbot.addWidget(bare)
    assert bare.guardian_button is None


def test_a_new_visit_record_from_the_case_window_opens_on_the_visits_page(ctx, qtbot):
    case = _case(ctx.session)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.go_to("clients")
    case_window = window.page("clients").open_case(case.id)
    assert isinstance(case_window, CaseWindow)
    case_window.tabs.setCurrentIndex(1)
    assert case_window.new_visit_button.isVisible() and case_window.new_visit_button.isEnabled()
    case_window.new_visit_button.click()
    [draft] = VisitService(ctx.session).for_case(case.id)
    assert not draft.signed
    assert window.current_page().key == "visits"
    assert window.page("visits").editor.visit.id == draft.id
    assert not case_window.isVisible()

    CaseService(ctx.session).close(case.id, CaseClosing(ctx.session.today(), "已好转", Outcome.IMPROVED))
    again = window.page("clients").open_case(case.id)
    assert not again.new_visit_button.isEnabled() and "reopen" in again.new_visit_button.toolTip()


def test_the_logged_in_account_is_not_shown_as_never_logged_in(contexts, qtbot):
    page = AccountsPage(contexts(SUPERVISOR, "en"))
    qtbot.addWidget(page)
    page.refresh()
    rows = {page.model.index(r, page.model.USERNAME).data(): page.model.index(r, page.model.LAST_LOGIN).data()
            for r in range(page.model.rowCount())}
    assert rows[SUPERVISOR] == "Now (this session)"
    assert rows["li"] != "Now (this session)"
