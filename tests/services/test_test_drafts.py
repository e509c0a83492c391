"""The unsigned tests waiting for their administrator's signature (the tests page's to-do list)."""

from __future__ import annotations

from datetime import date

import pytest

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.errors import PermissionDenied
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.tests import TestService

DAY = date(2026, 11, 20)


def _case(session, name):
    client = ClientService(session).register(ClientDraft(name=name, grade="初二", class_name="3班"))
    return CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION))


def test_drafts_are_the_users_own_unsigned_tests(staff):
    li = staff.login("li")
    case = _case(li, "王䶮")
    tests = TestService(li)
    first = tests.start(case.id, "phq9", date(2026, 11, 2))
    second = tests.start(case.id, "gad7", DAY)
    done = tests.start(case.id, "phq9", DAY)
    tests.save_answers(done.id, {str(n): "0" for n in range(1, 10)}, True)
    tests.sign(done.id)
    drafts = tests.drafts()
    assert [(d.id, d.scale_code, d.client_name) for d in drafts] == [
        (first.id, "phq9", "王䶮"), (second.id, "gad7", "王䶮")]
    tests.discard(first.id)
    assert [d.id for d in tests.drafts()] == [second.id]
    li.logout()

    sup = staff.login(SUPERVISOR)
    CaseService(sup).share(case.id, staff.ids["zhou"])
    assert TestService(sup).drafts() == []          # li's draft is li's to sign, not on anyone else's list
    sup.logout()
    zhou = staff.login("zhou")
    assert TestService(zhou).drafts() == []
    zhou.logout()


def test_assistants_have_no_draft_list(staff):
    zhao = staff.login("zhao")
    with pytest.raises(PermissionDenied):
        TestService(zhao).drafts()
