from datetime import date, datetime

from counselroom.domain.clients import Client, ClientType, Gender
from counselroom.domain.referrals import Referral
from counselroom.reports.referral_letter import build_referral_letter
from reports.pdf_helpers import assert_embedded_truetype, pdf_text

CLIENT = Client(id=1, case_no="2026-0007", name="王䶮", gender=Gender.FEMALE, client_type=ClientType.STUDENT,
                grade="初二", class_name="3班", guardian_name="王建国")
REFERRAL = Referral(id=3, case_id=2, institution="市精神卫生中心", reason="持续情绪低落，需要专业评估",
                    referred_on=date(2026, 11, 20), guardian_consent=True, consent_on=date(2026, 11, 19),
                    contact="门诊部 李医生")


def build(lang="zh_CN") -> bytes:
    return build_referral_letter(room_name="䶮山中学心理辅导室", client=CLIENT, referral=REFERRAL,
                                 counsellor_name="李老师", printed_by="李老师",
                                 printed_at=datetime(2026, 11, 20, 10, 0), today=date(2026, 11, 20), lang=lang)


def test_letter_and_guardian_notice_with_return_slip():
    text = pdf_text(build())
    for needle in ("转介函", "市精神卫生中心", "王䶮", "持续情绪低落", "家长告知书", "王建国", "回执",
                   "监护人签名", "第 1 页 / 共 2 页"):
        assert needle in text, needle
    assert_embedded_truetype(build())


def test_english():
    text = pdf_text(build("en"))
    assert "Referral letter" in text and "Return slip" in text and "王䶮" in text
