"""Who a case is shared with: listed for the supervisor, nobody else."""

from datetime import date

import pytest

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.errors import NotFound, PermissionDenied
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService


def test_supervisor_lists_the_shares_others_may_not(staff):
    li = staff.login("li")
    client = ClientService(li).register(ClientDraft(name="张三", grade="初二", class_name="3班"))
    case = CaseService(li).open(client.id, CaseDraft(date(2026, 9, 1), "考试焦虑", ProblemCategory.EMOTION))
    with pytest.raises(PermissionDenied):
        CaseService(li).shared_with(case.id)
    li.logout()

    sup = staff.login(SUPERVISOR)
    service = CaseService(sup)
    assert service.shared_with(case.id) == []
    service.share(case.id, staff.ids["zhou"])
    service.share(case.id, staff.ids[SUPERVISOR])
    assert service.shared_with(case.id) == [(staff.ids["zhou"], "周老师"), (staff.ids[SUPERVISOR], "王老师")]  # by name
    service.unshare(case.id, staff.ids[SUPERVISOR])
    assert service.shared_with(case.id) == [(staff.ids["zhou"], "周老师")]
    with pytest.raises(NotFound):
        service.shared_with(case.id + 99)
    sup.logout()

    for who in ("zhou", "zhao"):
        session = staff.login(who)
        with pytest.raises(PermissionDenied):
            CaseService(session).shared_with(case.id)
        session.logout()
