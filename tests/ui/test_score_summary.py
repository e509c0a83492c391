"""The score box under a test's items (R5) with format 2 scales: subscale bands, a sheet a validity
rule invalidates, the positive criteria met, and alerts that open the crisis workflow (issue 17 §2)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from counselroom.domain.scales import TestRecord, TestStatus, parse_definition, score
from counselroom.ui.widgets.test_score import ScoreSummary

pytestmark = pytest.mark.timeless

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "scales"
MHT = parse_definition((FIXTURES / "mht_like.json").read_bytes())
MIXED = parse_definition((FIXTURES / "mixed_like.json").read_bytes())


def mht(yes: int, validity_no: int) -> dict[str, str]:
    answers = {str(n): "yes" if n <= yes else "no" for n in range(1, 91)}
    answers.update({str(n): "no" if n - 91 < validity_no else "yes" for n in range(91, 101)})
    return answers


def shown(qtbot, definition, answers, lang: str) -> tuple[QWidget, ScoreSummary]:
    """The box in a window of its own (it has a parent, as in the test entry): (window, box)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    box = ScoreSummary(holder)
    QVBoxLayout(holder).addWidget(box)
    holder.resize(720, 10)
    record = TestRecord(id=1, client_id=1, case_id=1, scale_id=1, definition=definition,
                        administered_on=date(2026, 11, 20), administered_by=1, status=TestStatus.DRAFT,
                        answers=answers)
    box.show_score(record, score(definition, answers), lang)
    holder.show()
    holder.adjustSize()
    folder = os.environ.get("SCORE_SHOTS")   # set to a folder to look at the box (not in CI)
    if folder:
        holder.grab().save(f"{folder}/{definition.code}-{len(answers)}-{lang}-{box.rules_label.text()[:3]}.png")
    return holder, box


def test_positive_criteria_and_subscale_bands(qtbot):
    _window, box = shown(qtbot, MHT, mht(66, 0), "en")
    assert box.rules_label.isVisible()
    assert box.rules_label.text() == "Positive: Total 65 or more (66); A content scale of 8 or more (15)"
    assert "Content scale 1 15 (High)" in box.subscales_label.text()
    assert "Validity scale 0 ·" not in box.subscales_label.text() and "Validity scale 0" in box.subscales_label.text()
    assert box.band_label.text() == "High anxiety" and not box.critical_label.isVisible()


def test_an_invalid_sheet_is_not_banded(qtbot):
    _window, box = shown(qtbot, MHT, mht(90, 8), "en")
    assert box.rules_label.text() == ("Not valid: Validity scale above 7: the sheet is not valid (8). "
                                      "The answers are not banded or screened.")
    assert not box.band_label.isVisible() and "(High)" not in box.subscales_label.text()
    assert box.total_label.text().endswith("90")


@pytest.mark.language("zh_CN")
def test_alerts_say_the_crisis_workflow_will_open(qtbot):
    _window, box = shown(qtbot, MIXED, {"1": "3", "2": "yes", "3": "2", "4": "4", "5": "0", "6": "2"}, "zh_CN")
    assert box.critical_label.isVisible()
    lines = box.critical_label.text().splitlines()
    assert len(lines) == 2 and "分量表甲" in lines[0] and "甲高且第6题≥2" in lines[1]
    assert "甲高且第6题≥2" in box.rules_label.text() and "分量表甲 8（高）" in box.subscales_label.text()


def test_a_format_1_scale_shows_no_rules_line(qtbot):
    from counselroom.resources import resource_path
    phq9 = parse_definition(resource_path("scales", "phq9.json").read_bytes())
    _window, box = shown(qtbot, phq9, {str(n): "0" for n in range(1, 10)}, "en")
    assert not box.rules_label.isVisible() and not box.subscales_label.isVisible()
