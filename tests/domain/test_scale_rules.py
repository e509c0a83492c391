"""Scale format 2 (issue 17 §2): subscale bands, positive and validity rules, items with different
numbers of options, reverse items per subscale; format 1 files read and score as before.

The definitions are the synthetic ones in tests/fixtures/scales (the shapes of SCL-90 and MHT, none
of their texts), shared with the screening tests."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counselroom.domain.errors import ValidationError
from counselroom.domain.scales import ScaleDefinition, definition_text, parse_definition, score
from counselroom.resources import resource_path

pytestmark = pytest.mark.timeless

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "scales"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / f"{name}.json").read_bytes()


SCL = parse_definition(fixture_bytes("scl90_like"))
MHT = parse_definition(fixture_bytes("mht_like"))
MIXED = parse_definition(fixture_bytes("mixed_like"))


# -- format 1 is read and scored as it always was ------------------------------------------------------------
@pytest.mark.parametrize("code", ["phq9", "gad7"])
def test_format_1_files_read_as_before(code):
    raw = resource_path("scales", f"{code}.json").read_bytes()
    definition = parse_definition(raw)
    assert definition.format == 1 and definition.rules == () and definition.total_subscales == ()
    assert definition.digest == hashlib.sha256(definition_text(raw).encode("utf-8")).hexdigest()
    assert parse_definition(raw) == definition          # a stored definition reads the same every time
    result = score(definition, {i.id: "3" for i in definition.items})
    assert result.valid and not result.positive and result.positive_hits == () and result.invalid_hits == ()
    assert result.subscale_bands == {}
    assert result.total == 3 * len(definition.items) and result.band is definition.bands[-1]


def test_the_fixtures_have_the_shapes_they_stand_for():
    assert (len(SCL.items), len(SCL.subscales), SCL.total_range) == (90, 10, (90, 450))
    assert all(len(i.options) == 5 and i.min_score == 1 for i in SCL.items)
    assert [s.method for s in SCL.subscales] == ["mean"] * 10
    assert (len(MHT.items), [len(s.items) for s in MHT.subscales]) == (100, [15, 10, 10, 10, 10, 15, 10, 10, 10])
    assert MHT.total_range == (0, 90)          # the validity items are not part of the total
    assert [len(i.options) for i in MIXED.items] == [4, 2, 3, 5, 4, 4]
    for definition in (SCL, MHT, MIXED):
        assert definition.format == 2
        assert parse_definition(json.dumps(json.loads(fixture_bytes(definition.code))).encode()) \
            .digest != definition.digest          # the digest is of the text as written


# -- SCL-90-like: any factor mean >= 2, or total >= 160, or more than 43 positive items ----------------------
def scl_answers(extra_by_item: dict[int, int]) -> dict[str, str]:
    """Every item answered 1, plus ``extra`` points on the items given."""
    return {i.id: str(1 + extra_by_item.get(int(i.id), 0)) for i in SCL.items}


def spread_below_factor_mean_2(extra_total: int, step: int) -> dict[int, int]:
    """``extra_total`` points spread ``step`` an item, no factor reaching a mean of 2 (each factor at most
    size - 1 extra points)."""
    extra: dict[int, int] = {}
    left = extra_total
    for sub in SCL.subscales:
        room = len(sub.items) - 1
        for item_id in sub.items:
            give = min(step, room, left)
            if give <= 0:
                break
            extra[int(item_id)] = give
            room, left = room - give, left - give
    assert left == 0
    return extra


def test_scl_all_ones_is_not_positive():
    result = score(SCL, scl_answers({}))
    assert result.total == 90 and result.valid and not result.positive
    assert {b.id for b in result.subscale_bands.values()} == {"none"}
    assert result.subscales["f1"] == 1


def test_scl_one_factor_mean_of_2_is_positive_by_that_rule_only():
    result = score(SCL, scl_answers({int(i): 1 for i in SCL.subscale("f6").items}))
    assert result.subscales["f6"] == 2 and result.subscale_bands["f6"].id == "mild"
    assert [(h.rule_id, h.value, h.measure) for h in result.positive_hits] == [("factor_mean", 2, "subscale:f6")]
    assert result.positive and result.positive_hits[0].label.en == "A factor mean of 2 or more"
    assert not result.needs_crisis


@pytest.mark.parametrize("extra, positive", [(69, False), (70, True)])
def test_scl_total_of_160_is_positive(extra, positive):
    result = score(SCL, scl_answers(spread_below_factor_mean_2(extra, step=4)))
    assert result.total == 90 + extra and max(result.subscales.values()) < 2
    assert [h.rule_id for h in result.positive_hits] == (["total"] if positive else [])
    assert result.band.id == ("above" if positive else "below")


@pytest.mark.parametrize("count, positive", [(43, False), (44, True)])
def test_scl_more_than_43_positive_items_is_positive(count, positive):
    result = score(SCL, scl_answers(spread_below_factor_mean_2(count, step=1)))
    assert sum(1 for s in result.item_scores.values() if s >= 2) == count and result.total < 160
    assert result.positive is positive
    if positive:
        assert [(h.rule_id, h.value, h.measure) for h in result.positive_hits] == [("positive_items", 44, "count")]


def test_scl_every_rule_at_once_and_none_on_a_partial_sheet():
    answers = {i.id: "5" for i in SCL.items}
    result = score(SCL, answers)
    assert [h.rule_id for h in result.positive_hits] == ["factor_mean", "total", "positive_items"]
    assert result.positive_hits[0].measure == "subscale:f1"      # the first factor that held
    del answers["90"]
    partial = score(SCL, answers)
    assert not partial.positive and partial.positive_hits == () and partial.band is None
    assert partial.subscale_bands["f1"].id == "severe" and partial.subscale_bands["f10"] is None


# -- MHT-like: validity scale above 7 invalidates the sheet -------------------------------------------------
VALIDITY = [str(n) for n in range(91, 101)]


def mht_answers(yes: int, validity_no: int) -> dict[str, str]:
    """The first ``yes`` content items answered yes, ``validity_no`` validity items answered no."""
    answers = {str(n): "yes" if n <= yes else "no" for n in range(1, 91)}
    answers.update({k: "no" if n < validity_no else "yes" for n, k in enumerate(VALIDITY)})
    return answers


@pytest.mark.parametrize("validity_no, valid", [(7, True), (8, False), (10, False)])
def test_mht_validity_scale_above_7_invalidates(validity_no, valid):
    result = score(MHT, mht_answers(90, validity_no))
    assert result.subscales["validity"] == validity_no      # each "no" scores 1 there (reversed in it)
    assert result.total == 90                               # validity items are not in the total
    assert result.valid is valid
    if valid:
        assert result.band.id == "high" and result.positive
        assert [h.rule_id for h in result.positive_hits] == ["total", "content_scale"]
        assert result.subscale_bands["s1"].id == "high"
    else:
        assert [(h.rule_id, h.value, h.measure) for h in result.invalid_hits] == [
            ("validity", validity_no, "subscale:validity")]
        assert result.band is None and not result.positive and result.positive_hits == ()
        assert set(result.subscale_bands.values()) == {None}
        assert not result.needs_crisis


def test_mht_a_partial_sheet_is_invalid_as_soon_as_the_validity_items_say_so():
    answers = {k: "no" for k in VALIDITY}
    result = score(MHT, answers)
    assert not result.complete and not result.valid and result.invalid_hits[0].rule_id == "validity"
    assert score(MHT, dict(list(answers.items())[:7])).valid


def test_mht_content_scale_of_8_is_positive_and_the_validity_subscale_has_no_band():
    answers = mht_answers(8, 0)                     # items 1-8: content scale 1 at 8, total 8
    result = score(MHT, answers)
    assert result.total == 8 and result.band.id == "normal"
    assert [(h.rule_id, h.value, h.measure) for h in result.positive_hits] == [("content_scale", 8, "subscale:s1")]
    assert result.subscale_bands["validity"] is None and result.subscale_bands["s2"].id == "low"


# -- mixed: items with 2 to 5 options, per-subscale reverse --------------------------------------------------
def mixed(**answers: str) -> dict[str, str]:
    base = {"1": "0", "2": "no", "3": "2", "4": "1", "5": "0", "6": "0"}
    base.update({k.removeprefix("i"): v for k, v in answers.items()})
    return base


def test_each_item_takes_only_its_own_options():
    for item_id, option in [("2", "1"), ("3", "3"), ("4", "0"), ("1", "yes")]:
        with pytest.raises(ValidationError) as err:
            score(MIXED, mixed(**{f"i{item_id}": option}))
        assert err.value.code == "scale.answer_invalid" and err.value.params == {"item": item_id, "option": option}
    low = score(MIXED, mixed())
    assert low.total == MIXED.total_range[0] == 1
    assert low.item_scores == {"1": 0, "2": 0, "3": 0, "4": 1, "5": 0, "6": 0}   # item 3 reversed everywhere
    high = score(MIXED, {"1": "3", "2": "yes", "3": "0", "4": "5", "5": "3", "6": "3"})
    assert high.total == MIXED.total_range[1] == 18                          # item 5's "3" re-scored 4


@pytest.mark.parametrize("option, in_a, in_b", [("1", 1, 5), ("3", 3, 3), ("5", 5, 1)])
def test_an_item_reversed_in_one_subscale_only(option, in_a, in_b):
    result = score(MIXED, mixed(i4=option))
    assert result.item_scores["4"] == in_a                      # the total counts it as answered
    assert result.subscales["a"] == in_a                         # items 1 and 2 answered 0
    assert result.subscales["b"] == round((0 + 0 + in_b) / 3, 2)  # item 2 "no", item 3 "2" reversed to 0
    assert MIXED.subscale("b").reverse == ("4",) and MIXED.subscale("a").reverse == ()


def test_item_level_reverse_counts_in_every_subscale():
    result = score(MIXED, mixed(i3="0", i4="1"))
    assert result.item_scores["3"] == 2 and result.subscales["b"] == round((0 + 2 + 5) / 3, 2)


def test_subscale_band_alert_and_an_all_rule_open_the_crisis_workflow():
    calm = score(MIXED, mixed(i1="3", i2="yes", i4="3"))        # a = 7: middle band, not positive
    assert calm.subscale_bands["a"].id == "mid" and not calm.needs_crisis
    assert [h.rule_id for h in calm.positive_hits] == ["item_1"] and not calm.alert
    high = score(MIXED, mixed(i1="3", i2="yes", i4="4"))        # a = 8: alert band; item 6 still 0
    assert high.subscale_bands["a"].alert and high.needs_crisis and high.critical == ()
    assert [h.rule_id for h in high.positive_hits] == ["item_1"]
    both = score(MIXED, mixed(i1="3", i2="yes", i4="4", i6="2"))
    assert [(h.rule_id, h.alert, h.measure) for h in both.positive_hits] == [
        ("a_and_6", True, "subscale:a"), ("item_1", False, "item:1")]


# -- every complete answer set scores in range, in one band, and every subscale in one of its bands ---------
@settings(max_examples=60, deadline=None)
@given(st.sampled_from([SCL, MHT, MIXED]), st.data())
def test_any_complete_sheet_is_banded_everywhere_unless_invalid(definition: ScaleDefinition, data):
    answers = {i.id: data.draw(st.sampled_from([o.id for o in i.options])) for i in definition.items}
    result = score(definition, answers)
    low, high = definition.total_range
    assert low <= result.total <= high
    assert result.valid is (result.invalid_hits == ())
    assert result.positive is (result.positive_hits != ()) and (not result.positive or result.valid)
    for sub in definition.subscales:
        sub_low, sub_high = definition.subscale_range(sub)
        assert sub_low <= result.subscales[sub.id] <= sub_high
        if result.valid and sub.bands:
            assert result.subscale_bands[sub.id] is not None
    assert (result.band is not None) is result.valid


# -- broken format 2 definitions: each rejected with its own code -------------------------------------------
BASE = json.loads(fixture_bytes("mixed_like"))


def sub(data, sub_id):
    return next(s for s in data["subscales"] if s["id"] == sub_id)


def rule(data, rule_id):
    return next(r for r in data["rules"] if r["id"] == rule_id)


def first_leaf(data):
    return rule(data, "a_and_6")["when"]["all"][0]


CASES = [
    ("subscale lists an unknown item", lambda d: sub(d, "b")["items"].append("9"),
     "scale.unknown_subscale_item", {"subscale": "b", "item": "9"}),
    ("subscale reverses an item not its own", lambda d: sub(d, "b")["reverse"].append("1"),
     "scale.reverse_not_member", {"subscale": "b", "item": "1"}),
    ("item reversed twice", lambda d: sub(d, "b")["reverse"].append("3"),
     "scale.reverse_twice", {"subscale": "b", "item": "3"}),
    ("subscale reverse not a list", lambda d: sub(d, "b").update(reverse="4"), "scale.format",
     {"path": "subscales[2].reverse"}),
    ("total names an unknown subscale", lambda d: d["total"].update(subscales=["c"]),
     "scale.unknown_total_subscale", {"subscale": "c"}),
    ("subscale bands empty", lambda d: sub(d, "a").update(bands=[]), "scale.subscale_no_bands", {"subscale": "a"}),
    ("subscale band gap", lambda d: sub(d, "a")["bands"][1].update(min=6), "scale.subscale_bands_gap",
     {"subscale": "a", "after": "low", "before": "mid"}),
    ("subscale bands short", lambda d: sub(d, "a")["bands"][2].update(max=8), "scale.subscale_bands_range",
     {"subscale": "a", "min": 1, "max": 9, "first": 1, "last": 8}),
    ("subscale mean band with three decimals", lambda d: sub(d, "b")["bands"][0].update(min=0.333),
     "scale.subscale_band_bound", {"subscale": "b", "band": "low"}),
    ("subscale band without label", lambda d: sub(d, "b")["bands"][1].pop("label"), "scale.format",
     {"path": "subscales[2].bands[2].label"}),
    ("subscale band overlap", lambda d: sub(d, "a")["bands"][1].update(min=4), "scale.subscale_bands_overlap",
     {"subscale": "a", "band": "mid", "other": "low"}),
    ("misspelt subscale key", lambda d: sub(d, "a").update(reversed=["1"]), "scale.unknown_field",
     {"path": "subscales[1].reversed"}),
    ("rule twice", lambda d: d["rules"].append(copy.deepcopy(d["rules"][1])), "scale.duplicate_rule",
     {"rule": "item_1"}),
    ("rule of no kind", lambda d: rule(d, "item_1").update(kind="warning"), "scale.rule_kind",
     {"rule": "item_1", "kind": "warning"}),
    ("validity rule with alert", lambda d: rule(d, "a_and_6").update(kind="invalid"), "scale.rule_alert",
     {"rule": "a_and_6"}),
    ("rule without when", lambda d: rule(d, "item_1").pop("when"), "scale.format", {"path": "rules[2].when"}),
    ("condition with two measures", lambda d: first_leaf(d).update(item="1"), "scale.rule_measure",
     {"rule": "a_and_6", "path": "rules[1].when.all[1]"}),
    ("condition with no measure", lambda d: first_leaf(d).pop("subscale"), "scale.rule_measure",
     {"rule": "a_and_6", "path": "rules[1].when.all[1]"}),
    ("comparison written out", lambda d: first_leaf(d).update(op="at least"), "scale.rule_op",
     {"rule": "a_and_6", "path": "rules[1].when.all[1].op", "op": "at least"}),
    ("value as text", lambda d: first_leaf(d).update(value="8"), "scale.format",
     {"path": "rules[1].when.all[1].value"}),
    ("unknown subscale in a rule", lambda d: first_leaf(d).update(subscale="c"), "scale.rule_unknown_subscale",
     {"rule": "a_and_6", "subscale": "c"}),
    ("unknown item in a rule", lambda d: rule(d, "item_1")["when"].update(item="7"), "scale.rule_unknown_item",
     {"rule": "item_1", "item": "7"}),
    ("count of an unknown subscale", lambda d: rule(d, "item_1").update(
        when={"count": {"min_score": 1, "subscales": ["z"]}, "op": ">", "value": 1}),
     "scale.rule_unknown_subscale", {"rule": "item_1", "subscale": "z"}),
    ("count without min_score", lambda d: rule(d, "item_1").update(when={"count": {}, "op": ">", "value": 1}),
     "scale.format", {"path": "rules[2].when.count.min_score"}),
    ("total false", lambda d: rule(d, "item_1").update(when={"total": False, "op": ">", "value": 1}),
     "scale.format", {"path": "rules[2].when.total"}),
    ("any of nothing", lambda d: rule(d, "item_1").update(when={"any": []}), "scale.format",
     {"path": "rules[2].when.any"}),
    ("any beside a measure", lambda d: rule(d, "item_1")["when"].update(any=[]), "scale.unknown_field", None),
    ("nested too deep", lambda d: rule(d, "item_1").update(
        when={"any": [{"all": [{"any": [{"all": [{"any": [{"total": True, "op": ">", "value": 1}]}]}]}]}]}),
     "scale.rule_too_deep", {"rule": "item_1", "max": 4}),
    ("rules not a list", lambda d: d.update(rules={}), "scale.format", {"path": "rules"}),
]


@pytest.mark.parametrize("edit, code, params", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_broken_format_2_definition_is_rejected_with_its_code(edit, code, params):
    data = copy.deepcopy(BASE)
    edit(data)
    with pytest.raises(ValidationError) as err:
        parse_definition(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    assert err.value.field == "definition" and err.value.code == code
    if params is not None:
        assert err.value.params == params


def test_a_rule_nested_four_deep_and_a_count_of_some_subscales_are_accepted():
    data = copy.deepcopy(BASE)
    rule(data, "item_1").update(when={"any": [{"all": [{"any": [
        {"count": {"min_score": 3, "subscales": ["a"]}, "op": ">=", "value": 1}]}]}]})
    definition = parse_definition(json.dumps(data).encode())
    assert definition.rules[1].when.parts[0].parts[0].parts[0].among == ("1", "2", "4")
    hit = score(definition, mixed(i1="3")).positive_hits
    assert [(h.rule_id, h.value, h.measure) for h in hit] == [("item_1", 1, "count")]
