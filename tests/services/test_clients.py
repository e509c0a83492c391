from datetime import date

import pytest

from rooms import SUPERVISOR
from counselroom.domain.audit import AuditFilter
from counselroom.domain.clients import ClientDraft, ClientQuery, ClientType, ReferralSource
from counselroom.domain.errors import ValidationError
from counselroom.services.audit_service import AuditService
from counselroom.services.clients import ClientService

ZHANG = ClientDraft(name="张三", birth_date=date(2010, 5, 1), grade="初二", class_name="3班",
                    guardian_name="张父", guardian_contact="138 0000 1111",
                    referral_source=ReferralSource.HEAD_TEACHER)


@pytest.mark.parametrize("who", [SUPERVISOR, "li", "zhao"])
def test_every_role_registers_and_numbers_follow_the_year(staff, who):
    session = staff.login(who)
    service = ClientService(session)
    first = service.register(ZHANG)
    second = service.register(ClientDraft(name="王䶮", client_type=ClientType.PARENT))
    year = session.today().year
    assert first.case_no == f"{year}-0001" and second.case_no == f"{year}-0002"
    assert first.age(date(2026, 11, 23)) == 16
    session.logout()


def test_validation_names_the_field(staff):
    service = ClientService(staff.login("li"))
    cases = [
        (ClientDraft(name="  "), "name"),
        (ClientDraft(name="张三", grade="初二", birth_date=date(2999, 1, 1)), "birth_date"),
        (ClientDraft(name="张三"), "class_name"),  # a student needs grade or class
        (ClientDraft(name="张三", grade="初二", contact="call me"), "contact"),
        (ClientDraft(name="张三", grade="初二", guardian_contact="12"), "guardian_contact"),
        (ClientDraft(name="张" * 41, grade="初二"), "name"),
    ]
    for draft, field in cases:
        with pytest.raises(ValidationError) as err:
            service.register(draft)
        assert err.value.field == field


def test_filter_as_you_type_by_name_pinyin_case_number_and_class(staff):
    service = ClientService(staff.login("zhao"))
    zhang = service.register(ZHANG)
    service.register(ClientDraft(name="单田芳", grade="高一", class_name="1班"))
    service.register(ClientDraft(name="王䶮", grade="初一", class_name="5班"))

    def names(text, **kw):
        return [c.name for c in service.search(ClientQuery(text=text, **kw))]

    assert names("张") == ["张三"]
    assert names("zs") == ["张三"]
    assert names("ZhangSan") == ["张三"]
    assert names("shan") == ["单田芳"] and names("dtf") == ["单田芳"]  # either reading of 单
    assert names("wy") == ["王䶮"] and names("䶮") == ["王䶮"]
    assert names(zhang.case_no) == ["张三"]
    assert names("初二3") == ["张三"]
    assert names("%") == [] and names("_") == []
    assert names("", sort="name", descending=False) == sorted(["张三", "单田芳", "王䶮"])


def test_inactive_clients_hidden_by_default(staff):
    service = ClientService(staff.login("li"))
    zhang = service.register(ZHANG)
    service.set_active(zhang.id, False)
    assert service.search(ClientQuery(text="张")) == []
    assert [c.id for c in service.search(ClientQuery(text="张", include_inactive=True))] == [zhang.id]


def test_views_and_changes_are_audited(staff):
    session = staff.login("li")
    service = ClientService(session)
    zhang = service.register(ZHANG)
    service.get(zhang.id)
    service.update(zhang.id, ClientDraft(**{**ZHANG.__dict__, "notes": "由班主任陪同"}))
    session.logout()
    sup = staff.login(SUPERVISOR)
    rows = AuditService(sup).search(AuditFilter(actor="li"))
    actions = [(r.action, r.target) for r in rows]
    target = f"client:{zhang.id}"
    assert ("client.created", target) in actions and ("client.viewed", target) in actions
    updated = next(r for r in rows if r.action == "client.updated")
    assert updated.detail == {"fields": ["notes"]}


def test_possible_duplicates(staff):
    service = ClientService(staff.login("li"))
    service.register(ZHANG)
    assert [c.name for c in service.possible_duplicates(ZHANG)] == ["张三"]
    assert service.possible_duplicates(ClientDraft(name="张三", birth_date=date(2011, 1, 1))) == []
