"""Scoring: PHQ-9 and GAD-7 at every band boundary, critical items, reverse items,
subscales, multipliers, and properties that hold for any answer set."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counselroom.domain.errors import ValidationError
from counselroom.domain.scales import LocalText, ScaleDefinition, parse_definition, score
from counselroom.resources import resource_path


def builtin(code: str) -> ScaleDefinition:
    return parse_definition(resource_path("scales", f"{code}.json").read_bytes())


PHQ9 = builtin("phq9")
GAD7 = builtin("gad7")


def answers_for(definition: ScaleDefinition, total: int, spare: tuple[str, ...] = ()) -> dict[str, str]:
    """Answers (options scored 0-3) adding up to ``total``, items in ``spare`` answered 0."""
    answers, left = {}, total
    for item in definition.items:
        if item.id in spare:
            answers[item.id] = "0"
            continue
        given_score = min(3, left)
        answers[item.id] = str(given_score)
        left -= given_score
    assert left == 0, "total too high for the free items"
    return answers


# -- the built-in scales ------------------------------------------------------
def test_builtin_scales_are_as_published():
    assert [i.id for i in PHQ9.items] == [str(n) for n in range(1, 10)]
    assert PHQ9.total_range == (0, 27)
    assert [(b.min, b.max) for b in PHQ9.bands] == [(0, 4), (5, 9), (10, 14), (15, 19), (20, 27)]
    assert [b.alert for b in PHQ9.bands] == [False, False, False, False, True]
    assert PHQ9.item("9").text.zh_CN == "有不如死掉或用某种方式伤害自己的念头"
    assert PHQ9.item("1").options[3].label == LocalText("几乎每天", "Nearly every day")
    assert [i.id for i in GAD7.items] == [str(n) for n in range(1, 8)]
    assert GAD7.total_range == (0, 21)
    assert [(b.min, b.max) for b in GAD7.bands] == [(0, 4), (5, 9), (10, 14), (15, 21)]
    assert GAD7.critical == ()
    for definition in (PHQ9, GAD7):
        assert "Pfizer" in definition.licence and "No permission required" in definition.licence
        assert definition.source and definition.instructions.zh_CN and definition.instructions.en


@pytest.mark.parametrize("total, band", [
    (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
    (15, "moderately_severe"), (19, "moderately_severe"), (20, "severe"), (24, "severe"),
])
def test_phq9_band_boundaries(total, band):
    result = score(PHQ9, answers_for(PHQ9, total, spare=("9",)))
    assert result.total == total and result.band.id == band
    assert result.critical == ()
    # Only the severe band is an alert by itself.
    assert result.needs_crisis is (band == "severe")


def test_phq9_maximum_is_severe_and_critical():
    result = score(PHQ9, {str(n): "3" for n in range(1, 10)})
    assert result.total == 27 and result.band.id == "severe" and result.band.severity == 3
    assert [h.item for h in result.critical] == ["9"]


@pytest.mark.parametrize("total, band", [
    (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
    (15, "severe"), (21, "severe"),
])
def test_gad7_band_boundaries(total, band):
    result = score(GAD7, answers_for(GAD7, total))
    assert result.total == total and result.band.id == band
    # No critical item; the severe band (a "high band", issue 4) opens the crisis workflow.
    assert result.needs_crisis is (band == "severe")


@pytest.mark.parametrize("option, flagged", [("0", False), ("1", True), ("2", True), ("3", True)])
def test_phq9_item_9_above_zero_is_critical(option, flagged):
    answers = {**answers_for(PHQ9, 0), "9": option}
    result = score(PHQ9, answers)
    assert result.band.id == "minimal"          # a low total does not hide it
    assert bool(result.critical) is flagged and result.needs_crisis is flagged
    if flagged:
        hit = result.critical[0]
        assert (hit.item, hit.option, hit.score) == ("9", option, int(option))
        assert hit.note.get("zh_CN").startswith("第9题")


def test_a_partial_answer_set_has_no_total_but_still_flags_item_9():
    result = score(PHQ9, {"1": "2", "9": "1", "4": ""})   # an empty value is unanswered
    assert result.total is None and result.band is None and not result.complete
    assert result.missing == ("2", "3", "4", "5", "6", "7", "8")
    assert result.item_scores == {"1": 2, "9": 1}
    assert result.needs_crisis


def test_unknown_items_or_options_in_answers_are_refused():
    with pytest.raises(ValidationError) as err:
        score(PHQ9, {"1": "4"})
    assert (err.value.field, err.value.code, err.value.params) == (
        "answers", "scale.answer_invalid", {"item": "1", "option": "4"})
    with pytest.raises(ValidationError) as err:
        score(PHQ9, {"10": "1"})
    assert err.value.params == {"item": "10", "option": "1"}


def test_text_falls_back_to_chinese():
    text = LocalText("只有中文")
    assert text.get("en") == "只有中文" and text.get("zh_CN") == "只有中文"
    assert LocalText("中文", "English").get("en_US") == "English"


# -- a custom scale: reverse items, sum and mean subscales --------------------
def four_point(**changes) -> dict:
    data = {
        "format": 1, "code": "custom4", "version": "2024",
        "name": {"zh_CN": "自编量表"},
        "options": [{"id": k, "label": {"zh_CN": label}, "score": n}
                    for n, (k, label) in enumerate([("a", "从不"), ("b", "有时"), ("c", "经常"), ("d", "总是")], 1)],
        "items": [
            {"id": "q1", "text": {"zh_CN": "我感到紧张"}, "subscales": ["tension"]},
            {"id": "q2", "text": {"zh_CN": "我感到放松", "en": "I feel relaxed"}, "reverse": True,
             "subscales": ["tension"]},
            {"id": "q3", "text": {"zh_CN": "我睡得不好"}, "subscales": ["sleep"]},
            {"id": "q4", "text": {"zh_CN": "我容易入睡"}, "reverse": True, "subscales": ["sleep"]},
        ],
        "subscales": [{"id": "tension", "name": {"zh_CN": "紧张"}, "method": "sum"},
                      {"id": "sleep", "name": {"zh_CN": "睡眠"}, "method": "mean"}],
        "bands": [{"id": "low", "min": 4, "max": 8, "label": {"zh_CN": "低"}},
                  {"id": "mid", "min": 9, "max": 12, "label": {"zh_CN": "中"}, "severity": 2},
                  {"id": "high", "min": 13, "max": 16, "label": {"zh_CN": "高"}, "severity": 3, "alert": True}],
    }
    data.update(changes)
    return data


def parse(data: dict) -> ScaleDefinition:
    return parse_definition(json.dumps(data, ensure_ascii=False).encode("utf-8"))


CUSTOM = parse(four_point())


def test_reverse_items_and_sum_and_mean_subscales():
    assert CUSTOM.total_range == (4, 16)
    result = score(CUSTOM, {"q1": "d", "q2": "a", "q3": "c", "q4": "b"})
    # q1 4, q2 reversed 5-1 = 4, q3 3, q4 reversed 5-2 = 3
    assert result.item_scores == {"q1": 4, "q2": 4, "q3": 3, "q4": 3}
    assert result.total == 14 and result.band.id == "high" and result.needs_crisis
    assert result.subscales == {"tension": 8, "sleep": 3}
    result = score(CUSTOM, {"q1": "a", "q2": "d", "q3": "b", "q4": "c"})
    assert result.item_scores == {"q1": 1, "q2": 1, "q3": 2, "q4": 2}
    assert result.subscales == {"tension": 2, "sleep": 2}
    result = score(CUSTOM, {"q1": "a", "q2": "d", "q3": "b", "q4": "d"})
    assert result.subscales["sleep"] == 1.5
    partial = score(CUSTOM, {"q1": "a", "q2": "d"})
    assert partial.subscales == {"tension": 2, "sleep": None} and partial.total is None


def test_a_mean_total_is_rounded_to_two_decimals_and_banded_at_cents():
    definition = parse(four_point(
        total={"method": "mean"}, subscales=[],
        items=[{"id": f"q{n}", "text": {"zh_CN": f"题{n}"}} for n in range(1, 4)],
        bands=[{"id": "low", "min": 1, "max": 2.66, "label": {"zh_CN": "低"}},
               {"id": "high", "min": 2.67, "max": 4, "label": {"zh_CN": "高"}}]))
    assert not definition.whole_total and definition.total_range == (1, 4)
    result = score(definition, {"q1": "c", "q2": "c", "q3": "b"})     # 8 / 3 = 2.666…
    assert result.total == 2.67 and result.band.id == "high"
    result = score(definition, {"q1": "c", "q2": "b", "q3": "b"})     # 7 / 3 = 2.333…
    assert result.total == 2.33 and result.band.id == "low"


@pytest.mark.parametrize("rounding, expected", [("half_up", 8), ("down", 7)])
def test_a_multiplier_gives_a_whole_standard_score(rounding, expected):
    # Like SAS / SDS: raw sum x 1.25, then a whole number.
    definition = parse(four_point(
        total={"method": "sum", "multiplier": 1.25, "rounding": rounding}, subscales=[],
        items=[{"id": f"q{n}", "text": {"zh_CN": f"题{n}"}} for n in range(1, 5)],
        bands=[{"id": "low", "min": 5, "max": 9, "label": {"zh_CN": "低"}},
               {"id": "high", "min": 10, "max": 20, "label": {"zh_CN": "高"}}]))
    assert definition.total_range == (5, 20)
    result = score(definition, {"q1": "b", "q2": "b", "q3": "a", "q4": "a"})   # raw 6 -> 7.5
    assert result.total == expected and result.band.id == "low"


def test_per_item_score_overrides_and_critical_options():
    definition = parse(four_point(
        subscales=[],
        items=[{"id": "q1", "text": {"zh_CN": "题1"}, "scores": {"a": 0, "b": 0}},
               {"id": "q2", "text": {"zh_CN": "题2"}},
               {"id": "q3", "text": {"zh_CN": "题3"}, "options": [
                   {"id": "no", "label": {"zh_CN": "否"}, "score": 0},
                   {"id": "yes", "label": {"zh_CN": "是"}, "score": 4}]}],
        bands=[{"id": "all", "min": 1, "max": 12, "label": {"zh_CN": "全部"}}],
        critical=[{"item": "q3", "options": ["yes"]}, {"item": "q1", "min_score": 3}]))
    assert [o.score for o in definition.item("q1").options] == [0, 0, 3, 4]
    assert definition.total_range == (1, 12)
    result = score(definition, {"q1": "b", "q2": "a", "q3": "yes"})
    assert result.total == 5 and [h.item for h in result.critical] == ["q3"]
    result = score(definition, {"q1": "c", "q2": "a", "q3": "no"})
    assert [h.item for h in result.critical] == ["q1"]


# -- properties ---------------------------------------------------------------
MEAN = parse(four_point(total={"method": "mean"},
                        bands=[{"id": "low", "min": 1, "max": 1.99, "label": {"zh_CN": "低"}},
                               {"id": "mid", "min": 2, "max": 3.25, "label": {"zh_CN": "中"}},
                               {"id": "high", "min": 3.26, "max": 4, "label": {"zh_CN": "高"}}]))
SCALED = parse(four_point(total={"method": "mean", "multiplier": 25},
                          bands=[{"id": "low", "min": 25, "max": 49, "label": {"zh_CN": "低"}},
                                 {"id": "high", "min": 50, "max": 100, "label": {"zh_CN": "高"}}]))
DEFINITIONS = [PHQ9, GAD7, CUSTOM, MEAN, SCALED]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(DEFINITIONS), st.data())
def test_any_complete_answer_set_scores_in_range_and_in_exactly_one_band(definition, data):
    answers = {item.id: data.draw(st.sampled_from([o.id for o in item.options]), label=item.id)
               for item in definition.items}
    result = score(definition, answers)
    low, high = definition.total_range
    assert result.complete and low <= result.total <= high
    assert sum(1 for band in definition.bands if band.contains(result.total)) == 1
    assert result.band is not None and result.band.contains(result.total)
    for sub in definition.subscales:
        items = [definition.item(i) for i in sub.items]
        assert min(i.min_score for i in items) * (1 if sub.method == "mean" else len(items)) \
            <= result.subscales[sub.id] <= max(i.max_score for i in items) * (1 if sub.method == "mean" else len(items))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(DEFINITIONS), st.data())
def test_any_partial_answer_set_has_no_total(definition, data):
    ids = [item.id for item in definition.items]
    left_out = data.draw(st.sets(st.sampled_from(ids), min_size=1), label="unanswered")
    answers = {item.id: data.draw(st.sampled_from([o.id for o in item.options]), label=item.id)
               for item in definition.items if item.id not in left_out}
    result = score(definition, answers)
    assert result.total is None and result.band is None
    assert set(result.missing) == left_out and not result.complete
    assert set(result.item_scores) == set(ids) - left_out


@pytest.mark.parametrize("name, code, short", [
    ("患者健康问卷抑郁量表（PHQ-9）", "phq9", "PHQ-9"),
    ("Generalized Anxiety Disorder scale (GAD-7)", "gad7", "GAD-7"),
    ("症状自评量表", "scl90", "SCL-90"),
    ("心理健康诊断测验", "mht", "MHT"),
    ("A custom scale", "ucla_ls", "UCLA_LS"),
])
def test_a_scale_is_named_short_as_people_write_it(name, code, short):
    from counselroom.domain.scales import abbreviation

    assert abbreviation(name, code) == short
