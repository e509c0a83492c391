from datetime import timedelta

import pytest

from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.errors import ValidationError
from counselroom.domain.referrals import ReferralDraft, ReferralStatus
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.referrals import ReferralService


def test_a_closed_referral_takes_no_more_feedback(staff):
    li = staff.login("li")
    today = li.today()
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(li).open(client.id, CaseDraft(today - timedelta(days=30), "焦虑", ProblemCategory.EMOTION))
    service = ReferralService(li)
    referral = service.create(case.id, ReferralDraft("市精神卫生中心", "需要评估", today, guardian_consent=True,
                                                     consent_on=today))
    service.record_feedback(referral.id, "已就诊", today)
    closed = service.close(referral.id)
    assert closed.status is ReferralStatus.CLOSED
    with pytest.raises(ValidationError) as err:
        service.record_feedback(referral.id, "再次就诊", today)
    assert err.value.code == "referral.closed"
    again = service.for_case(case.id)[0]
    assert again.status is ReferralStatus.CLOSED and again.feedback == "已就诊"
    with pytest.raises(ValidationError):
        service.close(referral.id)
