from datetime import date

import pytest

from counselroom.domain.clients import ClientDraft
from counselroom.domain.consent import ConsentDraft, ConsentGiver, ConsentKind
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.services.clients import ClientService
from counselroom.services.consent import ConsentService

PNG = b"\x89PNG\r\n\x1a\n" + b"MARKER-SIGNED-FORM" * 100
DRAFT = ConsentDraft(ConsentKind.COUNSELLING, ConsentGiver.GUARDIAN, date(2026, 9, 1), "个体咨询六次",
                     limits_explained=True)


@pytest.fixture
def client(staff):
    session = staff.login("zhao")
    client = ClientService(session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    session.logout()
    return client


def test_consent_with_a_scanned_form_kept_encrypted(staff, client):
    li = staff.login("li")
    service = ConsentService(li)
    consent = service.record(client.id, DRAFT, attachment=("扫描件/同意书.png", PNG))
    assert consent.attachment_name == "同意书.png" and consent.attachment_type == "image/png"
    name, mime, data = service.attachment(consent.id)
    assert data == PNG
    li.logout()
    for path in staff.room.inst.data_dir.rglob("*"):
        if path.is_file():
            assert b"MARKER-SIGNED-FORM" not in path.read_bytes()


def test_limits_of_confidentiality_must_be_explained(staff, client):
    li = staff.login("li")
    with pytest.raises(ValidationError) as err:
        ConsentService(li).record(client.id, ConsentDraft(**{**DRAFT.__dict__, "limits_explained": False}))
    assert err.value.field == "limits_explained"


@pytest.mark.parametrize("data, code", [(b"GIF89a....", "consent.attachment_type"),
                                        (b"%PDF-" + b"0" * (21 * 1024 * 1024), "consent.attachment_too_large")])
def test_only_scans_of_sensible_size(staff, client, data, code):
    li = staff.login("li")
    with pytest.raises(ValidationError) as err:
        ConsentService(li).record(client.id, DRAFT, attachment=("x", data))
    assert err.value.code == code
    assert ConsentService(li).for_client(client.id) == []


def test_withdrawal(staff, client):
    li = staff.login("li")
    service = ConsentService(li)
    consent = service.record(client.id, DRAFT)
    with pytest.raises(ValidationError):
        service.withdraw(consent.id, date(2026, 8, 1), "")
    withdrawn = service.withdraw(consent.id, date(2026, 10, 1), "家长撤回同意")
    assert not withdrawn.active
    with pytest.raises(ValidationError):
        service.withdraw(consent.id, date(2026, 10, 2), "")


def test_assistants_do_not_handle_consent_forms(staff, client):
    li = staff.login("li")
    consent = ConsentService(li).record(client.id, DRAFT, attachment=("a.png", PNG))
    li.logout()
    zhao = ConsentService(staff.login("zhao"))
    for call in (lambda: zhao.record(client.id, DRAFT), lambda: zhao.attachment(consent.id),
                 lambda: zhao.for_client(client.id), lambda: zhao.withdraw(consent.id, date(2026, 10, 1), "")):
        with pytest.raises(PermissionDenied):
            call()


def test_consents_belong_to_the_counsellors_holding_the_clients_cases(staff, client):
    from counselroom.domain.cases import CaseDraft, ProblemCategory
    from counselroom.services.cases import CaseService

    li = staff.login("li")
    consent = ConsentService(li).record(client.id, DRAFT, attachment=("form.png", PNG))  # before any case
    CaseService(li).open(client.id, CaseDraft(date(2026, 9, 1), "焦虑", ProblemCategory.EMOTION))
    li.logout()
    zhou = ConsentService(staff.login("zhou"))
    for call in (lambda: zhou.for_client(client.id), lambda: zhou.attachment(consent.id),
                 lambda: zhou.withdraw(consent.id, date(2026, 9, 2), ""),
                 lambda: zhou.attach(consent.id, "x.png", PNG), lambda: zhou.record(client.id, DRAFT)):
        with pytest.raises(PermissionDenied):
            call()
