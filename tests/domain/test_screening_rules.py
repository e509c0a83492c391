"""Screening campaigns, the pure rules: drafts, scope, sheets checked and scored, interview states."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from counselroom.domain.errors import ValidationError
from counselroom.domain.scales import parse_definition
from counselroom.domain.screening import (
    Campaign, CampaignDraft, CampaignScale, CampaignStatus, ClassRef, FollowUpState, Interview, InterviewOutcome,
    SheetDraft, SheetsRejected, Student, check_can_open, check_outcome, check_sheets, follow_up_state,
    resolve_scope, validate_campaign,
)

pytestmark = pytest.mark.timeless

MIXED = parse_definition((Path(__file__).resolve().parents[1] / "fixtures" / "scales" / "mixed_like.json").read_bytes())
DAY = date(2026, 9, 1)


def _campaign(**changes) -> Campaign:
    base = dict(id=1, name="普查", scales=(CampaignScale(1, "mixed_like", MIXED.digest),), grades=("初一",),
                classes=(ClassRef("初二", "1班"),), starts_on=DAY, ends_on=DAY, notice="已通知", excluded=(3,),
                opted_out=(4,), status=CampaignStatus.OPEN, created_by=1, created_by_name="王老师",
                created_at=datetime(2026, 9, 1))
    return Campaign(**(base | changes))


def test_a_draft_is_cleaned():
    draft = validate_campaign(CampaignDraft(" 普查 ", ("phq9", "phq9", " gad7"), ("初一", "初一"),
                                            (ClassRef("初一", "2班"), ClassRef("初二", "1班")), DAY, DAY, " 通知 ",
                                            excluded=(5, 6), opted_out=(6,)))
    assert (draft.name, draft.scale_codes, draft.grades, draft.notice) == ("普查", ("phq9", "gad7"), ("初一",), "通知")
    assert draft.classes == (ClassRef("初二", "1班"),)     # 初一 2班 is in 初一 already
    assert (draft.excluded, draft.opted_out) == ((5,), (6,))
    with pytest.raises(ValidationError, match="window_reversed"):
        validate_campaign(CampaignDraft("普查", ("phq9",), ("初一",), (), DAY, date(2026, 8, 31)))


def test_scope_and_opening():
    students = [Student(n, f"生{n}", "", grade, class_name) for n, grade, class_name in (
        (1, "初一", "1班"), (2, "初二", "1班"), (3, "初一", "2班"), (4, "初一", "1班"), (5, "初二", "2班"))]
    scope = resolve_scope(_campaign(), students)
    assert [s.client_id for s in scope.students] == [1, 2]
    assert [s.client_id for s in scope.excluded] == [3] and [s.client_id for s in scope.opted_out] == [4]
    with pytest.raises(ValidationError, match="not_draft"):
        check_can_open(_campaign())
    with pytest.raises(ValidationError, match="notice_required"):
        check_can_open(_campaign(status=CampaignStatus.DRAFT, notice=""))


def test_sheets_with_mixed_option_counts_are_checked_and_scored():
    answers = {item.id: item.options[-1].id for item in MIXED.items}
    good = SheetDraft(1, "mixed_like", answers)
    scored, problems = check_sheets([good, SheetDraft(2, "mixed_like", {}), SheetDraft(1, "mixed_like", answers)],
                                    _campaign(), {"mixed_like": MIXED}, frozenset({1, 2}), frozenset())
    assert [s.draft for s in scored] == [good] and scored[0].result.complete
    assert [(p.index, p.code) for p in problems] == [(1, "screening.incomplete"), (2, "screening.duplicate_sheet")]
    rejected = SheetsRejected(problems)
    assert rejected.params == {"count": 2, "row": 2}


def test_interview_states_and_outcomes():
    invited = Interview(1, 1, 1, DAY, 1)
    assert follow_up_state(None) is FollowUpState.NOT_INVITED and invited.state is FollowUpState.INVITED
    with pytest.raises(ValidationError, match="not_interviewed"):
        check_outcome(invited, InterviewOutcome.NO_CONCERN)
    held = Interview(1, 1, 1, DAY, 1, interviewed_on=DAY)
    assert held.state is FollowUpState.INTERVIEWED
    done = Interview(1, 1, 1, DAY, 1, interviewed_on=DAY, outcome=InterviewOutcome.REGISTER)
    assert done.state is FollowUpState.REGISTER
    with pytest.raises(ValidationError, match="outcome_set"):
        check_outcome(done, InterviewOutcome.CASE)
