"""The scale library and the test log (R5), with crises (R7) and access (R16)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

import pinned_clock

from rooms import SUPERVISOR
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.consent import ConsentDraft, ConsentGiver, ConsentKind
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.domain.scales import TestStatus
from counselroom.domain.visits import RiskLevel
from counselroom.resources import resource_path
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.consent import ConsentService
from counselroom.services.crisis import CrisisService
from counselroom.services.scales import ScaleService
from counselroom.services.tests import TestService
from counselroom.storage.database import Database

PHQ9_BYTES = resource_path("scales", "phq9.json").read_bytes()
DAY = date(2026, 11, 20)

CUSTOM = {
    "format": 1, "code": "sleep4", "version": "1.0", "name": {"zh_CN": "睡眠自评（校本）", "en": "Sleep (school)"},
    "options": [{"id": str(n), "label": {"zh_CN": label}, "score": n}
                for n, label in enumerate(["从不", "有时", "经常", "总是"], 1)],
    "items": [{"id": "1", "text": {"zh_CN": "入睡困难"}}, {"id": "2", "text": {"zh_CN": "睡得安稳"}, "reverse": True}],
    "bands": [{"id": "ok", "min": 2, "max": 5, "label": {"zh_CN": "正常"}},
              {"id": "poor", "min": 6, "max": 8, "label": {"zh_CN": "较差"}, "severity": 2}],
}


def custom_bytes(**changes) -> bytes:
    return json.dumps({**CUSTOM, **changes}, ensure_ascii=False).encode("utf-8")


def phq9(total: int = 0, item9: str = "0") -> dict[str, str]:
    answers, left = {}, total
    for n in range(1, 9):
        answers[str(n)] = str(min(3, left))
        left -= min(3, left)
    assert left == 0
    return {**answers, "9": item9}


@pytest.fixture
def case(staff):
    session = staff.login("li")
    client = ClientService(session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION))
    session.logout()
    return case


def signed(session, case, answers, scale="phq9", on=DAY):
    service = TestService(session)
    draft = service.start(case.id, scale, on)
    service.save_answers(draft.id, answers, True, interpretation="学生配合，结果可信")
    return service.sign(draft.id)


def audited(staff, action: Action):
    sup = staff.login(SUPERVISOR)
    try:
        return AuditService(sup).search(AuditFilter(action=action.value))
    finally:
        sup.logout()


# -- the library --------------------------------------------------------------
def test_builtin_scales_are_installed_once_on_first_use(staff):
    li = staff.login("li")
    library = ScaleService(li).library()
    assert [(s.code, s.version, s.builtin) for s in library] == [("gad7", "1.0", True), ("phq9", "1.0", True)]
    assert "No permission required" in library[1].licence_note
    assert len(ScaleService(li).library()) == 2           # not installed twice
    phq = ScaleService(li).get("phq9")
    assert phq.name.get("zh_CN") == "患者健康问卷抑郁量表（PHQ-9）" and len(phq.definition.items) == 9
    with pytest.raises(NotFound):
        ScaleService(li).get("scl90")
    li.logout()
    installed = audited(staff, Action.SCALE_INSTALLED)
    assert sorted(e.detail["code"] for e in installed) == ["gad7", "phq9"]


def test_the_supervisor_imports_a_scale_with_its_licence_note(staff, case):
    sup = staff.login(SUPERVISOR)
    preview = ScaleService(sup).check_import(custom_bytes())
    assert preview.code == "sleep4" and len(ScaleService(sup).library()) == 2   # the preview stores nothing
    scale = ScaleService(sup).import_definition(custom_bytes(), "本校购买，限本室使用")
    assert (scale.code, scale.builtin, scale.licence_note, scale.imported_by_name) == (
        "sleep4", False, "本校购买，限本室使用", "王老师")
    sup.logout()
    li = staff.login("li")
    assert [s.code for s in ScaleService(li).library()] == ["gad7", "phq9", "sleep4"]
    record = signed(li, case, {"1": "4", "2": "1"}, scale="sleep4")     # 4 + reversed (5 - 1)
    assert (record.total, record.band_id) == (8, "poor")
    li.logout()
    entry = audited(staff, Action.SCALE_IMPORTED)[0]
    assert entry.detail["code"] == "sleep4" and entry.detail["licence_note"] == "本校购买，限本室使用"


@pytest.mark.parametrize("raw, code", [
    (json.dumps(CUSTOM, ensure_ascii=False).encode("gbk"), "scale.not_utf8"),
    (custom_bytes(items=[]), "scale.no_items"),
    (custom_bytes(bands=[{"id": "ok", "min": 2, "max": 4, "label": {"zh_CN": "正常"}},
                         {"id": "poor", "min": 6, "max": 8, "label": {"zh_CN": "较差"}}]), "scale.bands_gap"),
    (custom_bytes()[:-5], "scale.not_json"),
])
def test_a_malformed_file_stores_nothing(staff, raw, code):
    sup = staff.login(SUPERVISOR)
    before = len(ScaleService(sup).library())
    with pytest.raises(ValidationError) as err:
        ScaleService(sup).import_definition(raw, "本校购买")
    assert (err.value.field, err.value.code) == ("definition", code)
    with pytest.raises(ValidationError):
        ScaleService(sup).check_import(raw)
    assert len(ScaleService(sup).library()) == before
    assert AuditService(sup).search(AuditFilter(action=Action.SCALE_IMPORTED.value)) == []


def test_a_code_and_version_already_in_the_library_is_refused(staff):
    sup = staff.login(SUPERVISOR)
    scales = ScaleService(sup)
    scales.import_definition(custom_bytes(), "本校购买")
    for raw in (custom_bytes(), PHQ9_BYTES):
        with pytest.raises(ValidationError) as err:
            scales.import_definition(raw, "本校购买")
        assert err.value.code == "scale.duplicate_version"
    assert err.value.params == {"scale": "phq9", "version": "1.0"}
    newer = scales.import_definition(custom_bytes(version="1.1"), "本校购买")
    assert scales.get("sleep4").id == newer.id and scales.get("sleep4", "1.0").version == "1.0"
    assert [(s.code, s.version) for s in scales.library(latest_only=True)] == [
        ("gad7", "1.0"), ("phq9", "1.0"), ("sleep4", "1.1")]
    assert len(scales.library()) == 4
    with pytest.raises(ValidationError) as err:
        scales.import_definition(custom_bytes(version="2.0"), "  ")
    assert (err.value.field, err.value.code) == ("licence_note", "field.required")


@pytest.mark.parametrize("who", ["li", "zhao"])
def test_only_the_supervisor_imports(staff, who):
    session = staff.login(who)
    with pytest.raises(PermissionDenied):
        ScaleService(session).import_definition(custom_bytes(), "本校购买")
    with pytest.raises(PermissionDenied):
        ScaleService(session).check_import(custom_bytes())
    session.logout()
    sup = staff.login(SUPERVISOR)
    assert "sleep4" not in [s.code for s in ScaleService(sup).library()]


def test_a_stored_definition_never_changes(staff):
    li = staff.login("li")
    ScaleService(li).library()
    key = li.key
    li.logout()
    db = Database.open_existing(staff.room.inst.db_path, key)
    try:
        with pytest.raises(Exception, match="never changed"):
            db.execute("UPDATE scales SET definition = '{}' WHERE code = 'phq9'")
    finally:
        db.close()


# -- the test log -------------------------------------------------------------
def test_answers_are_not_saved_before_the_purpose_was_explained(staff, case):
    li = staff.login("li")
    service = TestService(li)
    draft = service.start(case.id, "phq9", DAY)
    assert (draft.status, draft.purpose_explained, draft.answers, draft.administered_by_name) == (
        TestStatus.DRAFT, False, {}, "李老师")
    with pytest.raises(ValidationError) as err:
        service.save_answers(draft.id, {"1": "2"}, False)
    assert (err.value.field, err.value.code) == ("purpose_explained", "test.purpose_not_explained")
    with pytest.raises(ValidationError) as err:
        service.save_answers(draft.id, {}, False, interpretation="看起来还好")
    assert err.value.field == "purpose_explained"
    assert service.get(draft.id).answers == {}
    with pytest.raises(ValidationError) as err:
        service.sign(draft.id)
    assert err.value.field == "purpose_explained"
    saved = service.save_answers(draft.id, {"1": "2", "2": "1"}, True)
    assert saved.answers == {"1": "2", "2": "1"} and saved.purpose_explained
    assert saved.result.total is None and saved.result.item_scores == {"1": 2, "2": 1}
    with pytest.raises(ValidationError) as err:
        service.sign(draft.id)
    assert (err.value.code, err.value.params) == ("test.incomplete", {"missing": 7, "item": "3"})
    with pytest.raises(ValidationError) as err:
        service.save_answers(draft.id, {"1": "7"}, True)
    assert (err.value.field, err.value.code) == ("answers", "scale.answer_invalid")
    with pytest.raises(ValidationError) as err:
        service.start(case.id, "phq9", pinned_clock.today() + timedelta(days=2))
    assert (err.value.field, err.value.code) == ("administered_on", "date.in_future")


def test_signing_scores_seals_and_locks(staff, case):
    li = staff.login("li")
    service = TestService(li)
    record = signed(li, case, phq9(12))
    assert record.signed and record.signed_at is not None and len(record.seal) == 64
    assert (record.total, record.band_id, record.critical) == (12, "moderate", False)
    assert record.result.total == 12 and record.band.label.get("en") == "Moderate"
    assert record.interpretation == "学生配合，结果可信" and record.client_case_no
    assert CrisisService(li).open_crises() == []              # a moderate PHQ-9 opens nothing
    with pytest.raises(ValidationError) as err:
        service.save_answers(record.id, phq9(0), True)
    assert err.value.code == "test.signed_locked"
    with pytest.raises(ValidationError):
        service.sign(record.id)
    with pytest.raises(ValidationError):
        service.discard(record.id)
    key = li.key
    li.logout()
    db = Database.open_existing(staff.room.inst.db_path, key)
    try:
        with pytest.raises(Exception, match="locked"):
            db.execute("UPDATE test_administrations SET total = 3 WHERE id = ?", (record.id,))
        with pytest.raises(Exception, match="kept"):
            db.execute("DELETE FROM test_administrations WHERE id = ?", (record.id,))
    finally:
        db.close()
    signs = audited(staff, Action.TEST_SIGNED)
    assert signs[0].detail["test"] == record.id and signs[0].detail["total"] == 12


def test_phq9_item_9_opens_a_crisis_linked_to_the_test(staff, case):
    li = staff.login("li")
    record = signed(li, case, phq9(2, item9="1"))
    assert record.critical and record.band_id == "minimal"
    crises = CrisisService(li).open_crises()
    assert len(crises) == 1
    crisis = crises[0]
    assert (crisis.test_id, crisis.visit_id, crisis.risk, crisis.test_scale_code, crisis.test_date) == (
        record.id, None, RiskLevel.HIGH, "phq9", DAY)
    assert crisis.test_scale == "PHQ-9"            # as people write it, for the crisis card
    li.logout()
    opened = audited(staff, Action.CRISIS_OPENED)
    assert opened[0].detail["test"] == record.id


def test_a_severe_band_opens_a_crisis(staff, case):
    li = staff.login("li")
    signed(li, case, phq9(21, item9="0"))   # 21 without item 9: the severe band alone
    crises = CrisisService(li).open_crises()
    assert len(crises) == 1 and crises[0].risk is RiskLevel.MEDIUM


def test_a_moderately_severe_phq9_opens_none_a_severe_gad7_opens_one(staff, case):
    li = staff.login("li")
    signed(li, case, phq9(19))
    assert CrisisService(li).open_crises() == []
    record = signed(li, case, {str(n): "3" for n in range(1, 8)}, scale="gad7")
    [crisis] = CrisisService(li).open_crises()
    assert (crisis.test_id, crisis.risk) == (record.id, RiskLevel.MEDIUM)


def test_flagged_for_sixty_days_then_not(staff, case):
    li = staff.login("li")
    signed(li, case, phq9(9))                         # not critical: never flagged
    assert TestService(li).flagged_clients() == []
    record = signed(li, case, phq9(3, item9="2"))
    flagged = TestService(li).flagged_clients()
    assert [(f.client_id, f.test_id, f.items, f.scale_code) for f in flagged] == [
        (case.client_id, record.id, ("9",), "phq9")]
    assert flagged[0].flagged_until == (record.signed_at + timedelta(days=60)).astimezone().date()
    now = li.clock()
    li.clock = lambda: now + timedelta(days=59)
    assert len(TestService(li).flagged_clients()) == 1
    li.clock = lambda: now + timedelta(days=61)
    assert TestService(li).flagged_clients() == []
    li.logout()
    sup = staff.login(SUPERVISOR)
    assert len(TestService(sup).flagged_clients()) == 1      # the supervisor sees every flagged client
    sup.logout()
    zhou = staff.login("zhou")
    assert TestService(zhou).flagged_clients() == []
    zhou.logout()
    sup = staff.login(SUPERVISOR)
    CaseService(sup).share(case.id, staff.ids["zhou"])
    sup.logout()
    zhou = staff.login("zhou")
    assert len(TestService(zhou).flagged_clients()) == 1


def test_trend_and_lists(staff, case):
    li = staff.login("li")
    first = signed(li, case, phq9(16), on=date(2026, 10, 9))
    second = signed(li, case, phq9(8), on=date(2026, 11, 6))
    signed(li, case, {str(n): "1" for n in range(1, 8)}, scale="gad7", on=date(2026, 11, 6))
    draft = TestService(li).start(case.id, "phq9", DAY)
    points = TestService(li).trend(case.client_id, "phq9")
    assert [(on, total, band.id) for on, total, band, *_ in points] == [
        (date(2026, 10, 9), 16, "moderately_severe"), (date(2026, 11, 6), 8, "mild")]
    assert [p.test_id for p in points] == [first.id, second.id]
    assert [(p.on, p.total) for p in TestService(li).trend(case.client_id, "gad7")] == [(date(2026, 11, 6), 7)]
    assert TestService(li).trend(case.client_id, "sleep4") == []
    by_case = TestService(li).for_case(case.id)
    assert [r.id for r in by_case][-1] == draft.id and len(by_case) == 4
    assert [r.id for r in TestService(li).for_client(case.client_id)] == [r.id for r in by_case]
    TestService(li).discard(draft.id)
    with pytest.raises(NotFound):
        TestService(li).get(draft.id)
    li.logout()
    viewed = audited(staff, Action.TEST_VIEWED)
    assert {"trend": "phq9"} in [e.detail for e in viewed]
    assert audited(staff, Action.TEST_DISCARDED)[0].detail == {"test": draft.id, "scale": "phq9"}


def test_the_consent_must_be_the_clients_and_in_force(staff, case):
    li = staff.login("li")
    consents = ConsentService(li)
    own = consents.record(case.client_id, ConsentDraft(ConsentKind.TESTING, ConsentGiver.GUARDIAN, DAY,
                                                       limits_explained=True))
    other_client = ClientService(li).register(ClientDraft(name="张三", grade="初二", class_name="3班"))
    other = consents.record(other_client.id, ConsentDraft(ConsentKind.TESTING, ConsentGiver.GUARDIAN, DAY,
                                                          limits_explained=True))
    service = TestService(li)
    draft = service.start(case.id, "phq9", DAY)
    with pytest.raises(ValidationError) as err:
        service.save_answers(draft.id, phq9(1), True, other.id)
    assert (err.value.field, err.value.code) == ("consent_id", "test.consent_mismatch")
    assert service.save_answers(draft.id, phq9(1), True, own.id).consent_id == own.id
    consents.withdraw(own.id, DAY, "家长撤回")
    with pytest.raises(ValidationError) as err:
        service.save_answers(draft.id, phq9(1), True, own.id)
    assert err.value.code == "test.consent_withdrawn"


def test_assistants_see_no_test_and_no_scale(staff, case):
    li = staff.login("li")
    record = signed(li, case, phq9(3, item9="1"))
    draft = TestService(li).start(case.id, "phq9", DAY)
    li.logout()
    zhao = staff.login("zhao")
    tests, scales = TestService(zhao), ScaleService(zhao)
    for call in (scales.library, lambda: scales.get("phq9"), lambda: tests.start(case.id, "phq9", DAY),
                 lambda: tests.get(record.id), lambda: tests.for_case(case.id),
                 lambda: tests.for_client(case.client_id), lambda: tests.trend(case.client_id, "phq9"),
                 tests.flagged_clients, lambda: tests.save_answers(draft.id, {}, True),
                 lambda: tests.sign(draft.id), lambda: tests.discard(draft.id)):
        with pytest.raises(PermissionDenied):
            call()


def test_another_counsellor_is_refused_until_the_case_is_shared(staff, case):
    li = staff.login("li")
    record = signed(li, case, phq9(3))
    draft = TestService(li).start(case.id, "phq9", DAY)
    li.logout()
    zhou = staff.login("zhou")
    tests = TestService(zhou)
    for call in (lambda: tests.start(case.id, "phq9", DAY), lambda: tests.get(record.id),
                 lambda: tests.for_case(case.id), lambda: tests.for_client(case.client_id),
                 lambda: tests.trend(case.client_id, "phq9"), lambda: tests.save_answers(draft.id, {}, True)):
        with pytest.raises(PermissionDenied) as err:
            call()
        assert err.value.code == "case.not_yours"
    zhou.logout()
    sup = staff.login(SUPERVISOR)
    CaseService(sup).share(case.id, staff.ids["zhou"])
    sup.logout()
    zhou = staff.login("zhou")
    assert TestService(zhou).get(record.id).total == 3
    with pytest.raises(PermissionDenied) as err:
        TestService(zhou).save_answers(draft.id, phq9(1), True)     # li's draft: only li edits it
    assert err.value.code == "test.not_author"


def test_the_supervisor_gives_a_reason_for_anothers_case(staff, case):
    li = staff.login("li")
    record = signed(li, case, phq9(3))
    li.logout()
    sup = staff.login(SUPERVISOR)
    tests = TestService(sup)
    for call in (lambda: tests.get(record.id), lambda: tests.for_case(case.id),
                 lambda: tests.for_client(case.client_id), lambda: tests.trend(case.client_id, "phq9"),
                 lambda: tests.start(case.id, "phq9", DAY)):
        with pytest.raises(PermissionDenied) as err:
            call()
        assert err.value.code == "case.reason_required"
    assert tests.get(record.id, reason="督导核查").total == 3
    assert len(tests.for_client(case.client_id)) == 1       # the reason holds for this session
    sup.logout()
    glass = audited(staff, Action.CASE_BREAK_GLASS)
    assert glass[0].detail == {"reason": "督导核查"}


@pytest.mark.parametrize("sql", [
    "UPDATE test_administrations SET total = 1 WHERE status = 'signed'",
    "UPDATE test_administrations SET answers = replace(answers, '\"9\": \"2\"', '\"9\": \"0\"') "
    "WHERE status = 'signed'",
    "UPDATE test_administrations SET interpretation = '无异常' WHERE status = 'signed'",
    "UPDATE scales SET definition = replace(definition, '几乎每天', '每天') WHERE code = 'phq9'",
])
def test_edits_behind_the_application_are_detected(staff, case, sql):
    li = staff.login("li")
    record = signed(li, case, phq9(4, item9="2"))
    assert AuditService(li).check() == []
    key = li.key
    li.logout()
    db = Database.open_existing(staff.room.inst.db_path, key)
    db.execute("DROP TRIGGER tests_signed_locked")
    db.execute("DROP TRIGGER scales_definition_fixed")
    db.execute(sql)
    db.close()
    li = staff.login("li")
    found = AuditService(li).check()
    assert [(f.code, f.params) for f in found] == [("record.test_altered", {"test": record.id})]
