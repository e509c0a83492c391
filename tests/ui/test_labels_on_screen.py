"""The screens show an enum member in the words the printed records use, in the screen's language."""

from __future__ import annotations

import pytest

from counselroom.domain import labels
from counselroom.domain.visits import RiskLevel, VisitKind
from counselroom.reports import labels as paper
from counselroom.ui.labels import label_of, risk_grade, screen_language

MEMBERS = [m for enum in labels.LABELLED for m in enum]


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_screen_and_paper_say_the_same(language) -> None:
    assert screen_language() == language
    for member in MEMBERS:
        assert label_of(member) == paper.label(member, language), member
    for risk in RiskLevel:
        assert risk_grade(risk) == labels.risk_grade(risk, language)


@pytest.mark.language("zh_CN")
def test_a_chinese_screen_shows_chinese_words() -> None:
    assert label_of(VisitKind.PHONE) == "电话" and risk_grade(RiskLevel.HIGH) == "高风险"


@pytest.mark.language("en")
def test_an_english_screen_shows_english_words() -> None:
    assert label_of(VisitKind.PHONE) == "Phone" and risk_grade(RiskLevel.HIGH) == "High risk"
