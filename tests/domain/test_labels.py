"""Every enum member the records show has its words in both languages, from one table."""

from __future__ import annotations

import re

import pytest

from counselroom.domain import labels
from counselroom.domain.visits import RiskLevel
from counselroom.reports import labels as paper

# Pure computation: nothing here reads the clock (CI's pinned-date run leaves it out).
pytestmark = pytest.mark.timeless

CJK = re.compile(r"[\u3400-\u9fff]")
MEMBERS = [m for enum in labels.LABELLED for m in enum]


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_member_has_chinese_and_english_words(member) -> None:
    zh, en = labels.label(member, "zh_CN"), labels.label(member, "en_GB")
    assert CJK.search(zh), zh
    assert en.strip() and not CJK.search(en), en
    assert labels.label(member, "en") == en


@pytest.mark.parametrize("enum", labels.LABELLED, ids=lambda e: e.__name__)
def test_members_of_one_enum_read_differently(enum) -> None:
    # Two members with the same words could not be told apart in a list or on paper.
    for lang in ("zh_CN", "en"):
        words = [labels.label(m, lang) for m in enum]
        assert len(set(words)) == len(words), (enum.__name__, lang, words)


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_paper_prints_the_same_words(member) -> None:
    assert paper.label(member, "zh_CN") == labels.label(member, "zh_CN")
    assert paper.label(member, "en") == labels.label(member, "en")


def test_a_risk_grade_names_its_level() -> None:
    for risk in RiskLevel:
        assert labels.label(risk, "zh_CN") in labels.risk_grade(risk, "zh_CN")
        if risk is not RiskLevel.NONE:   # "No risk", not "None risk"
            assert labels.label(risk, "en").lower() in labels.risk_grade(risk, "en").lower()


def test_members_of_different_enums_with_one_value_keep_their_own_words() -> None:
    # Text enums hash as their value: CaseStatus.CLOSED and ReferralStatus.CLOSED are both "closed".
    from counselroom.domain.cases import CaseStatus
    from counselroom.domain.consent import ConsentKind
    from counselroom.domain.referrals import ReferralStatus

    assert labels.label(CaseStatus.CLOSED, "zh_CN") == "已结案"
    assert labels.label(ReferralStatus.CLOSED, "zh_CN") != "已结案"
    assert labels.label(ConsentKind.REFERRAL, "en") != labels.label(ReferralStatus.CLOSED, "en")
    seen: dict[tuple[str, str], str] = {}
    for enum in labels.LABELLED:
        for member in enum:
            seen[(type(member).__name__, member.name)] = labels.label(member, "zh_CN")
    assert len(seen) == len(MEMBERS)
