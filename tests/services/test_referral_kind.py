"""The kind of institution a referral goes to (issue 16): chosen, stored, and guessed for old rows."""

from __future__ import annotations

from datetime import date

from old_schema import NOW, database_at, migrate_all
from pinned_clock import today
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.referrals import DestinationKind, ReferralDraft, guess_destination_kind
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.referrals import ReferralService
from counselroom.storage.referrals_repo import ReferralRepository

# Names as counsellors type them, and the kind each suggests.
NAMES = {
    "市精神卫生中心": DestinationKind.MENTAL_HEALTH_CENTRE,
    "上海市精神卫生中心（上海市精神病防治院）": DestinationKind.MENTAL_HEALTH_CENTRE,
    "区心理健康中心": DestinationKind.MENTAL_HEALTH_CENTRE,
    "北京安定医院": DestinationKind.PSYCHIATRIC_HOSPITAL,
    "市第四人民医院（精神病专科）": DestinationKind.PSYCHIATRIC_HOSPITAL,
    "南京脑科医院": DestinationKind.PSYCHIATRIC_HOSPITAL,
    "市第三人民医院心理门诊": DestinationKind.GENERAL_HOSPITAL,
    "区妇幼保健院儿童心理科": DestinationKind.GENERAL_HOSPITAL,
    "医院": DestinationKind.GENERAL_HOSPITAL,
    "阳光心理咨询工作室": DestinationKind.SOCIAL_SERVICE,
    "市未成年人心理健康辅导中心": DestinationKind.SOCIAL_SERVICE,
    "街道社会心理服务站": DestinationKind.SOCIAL_SERVICE,
    "家庭治疗机构": DestinationKind.OTHER,
    "": DestinationKind.OTHER,
}


def test_the_kind_is_kept_and_defaults_to_other(staff):
    li = staff.login("li")
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(li).open(client.id, CaseDraft(date(2026, 9, 1), "焦虑", ProblemCategory.EMOTION))
    consent = dict(guardian_consent=True, consent_on=today())
    chosen = ReferralService(li).create(case.id, ReferralDraft(
        "北京大学第六医院", "评估", today(), destination_kind=DestinationKind.PSYCHIATRIC_HOSPITAL, **consent))
    plain = ReferralService(li).create(case.id, ReferralDraft("某机构", "评估", today(), **consent))
    assert [(r.id, r.destination_kind) for r in ReferralService(li).for_case(case.id)] == [
        (chosen.id, DestinationKind.PSYCHIATRIC_HOSPITAL), (plain.id, DestinationKind.OTHER)]


def test_migration_19_guesses_as_the_form_does_and_old_archives_read_as_other(tmp_path):
    """Referrals made before schema 19 get the kind their name suggests, by the same words the form
    offers; read at schema 18 (an archive exported then) they are all 'other'."""
    assert {name: guess_destination_kind(name) for name in NAMES} == NAMES
    db, key = database_at(tmp_path, 18)
    try:
        with db.transaction():
            for name in NAMES:
                db.execute("INSERT INTO referrals (case_id, institution, reason, referred_on, created_by, created_at, "
                           "updated_at) VALUES (1, ?, '评估', '2026-11-02', 1, ?, ?)", (name, NOW, NOW))
        before = ReferralRepository(db).for_case(1)
        assert {r.destination_kind for r in before} == {DestinationKind.OTHER}
        migrate_all(db, key, tmp_path)
        after = ReferralRepository(db).for_case(1)
        assert {r.institution: r.destination_kind for r in after} == NAMES
        assert [r.id for r in after] == [r.id for r in before]
    finally:
        db.close()
