"""Broken scale definitions: each rejected with its own code, naming what is wrong."""

from __future__ import annotations

import copy
import json

import pytest

from counselroom.domain.errors import ValidationError
from counselroom.domain.scales import parse_definition
from counselroom.resources import resource_path

PHQ9_BYTES = resource_path("scales", "phq9.json").read_bytes()
BASE = json.loads(PHQ9_BYTES)


def encoded(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def rejected(raw: bytes) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        parse_definition(raw)
    assert err.value.field == "definition"
    return err.value


def changed(edit) -> bytes:
    data = copy.deepcopy(BASE)
    edit(data)
    return encoded(data)


def item(data, item_id):
    return next(i for i in data["items"] if i["id"] == item_id)


def band(data, band_id):
    return next(b for b in data["bands"] if b["id"] == band_id)


def test_the_base_definition_is_valid_and_a_byte_order_mark_is_accepted():
    assert parse_definition(PHQ9_BYTES).code == "phq9"
    commented = changed(lambda d: (d.update(_comment="校本说明"), item(d, "1")["text"].update(_note="x"),
                                   item(d, "2")["text"].update(zh_TW="感到心情低落")))
    assert parse_definition(commented).item("2").text.get("en") == "Feeling down, depressed, or hopeless"
    numbered = changed(lambda d: (item(d, "9").update(id=9), d["critical"][0].update(item=9)))
    assert parse_definition(numbered).critical[0].item == "9"       # "id": 9 reads as "9"
    assert parse_definition(b"\xef\xbb\xbf" + PHQ9_BYTES).digest == parse_definition(PHQ9_BYTES).digest


CASES = [
    # (name, edit of the PHQ-9 definition, code, params)
    ("items missing", lambda d: d.pop("items"), "scale.no_items", {}),
    ("items empty", lambda d: d.update(items=[]), "scale.no_items", {}),
    ("item without text", lambda d: item(d, "3").pop("text"), "scale.item_missing_text", {"item": "3"}),
    ("item with English text only", lambda d: item(d, "5").update(text={"en": "Poor appetite"}),
     "scale.item_missing_text", {"item": "5"}),
    ("item with blank Chinese text", lambda d: item(d, "7")["text"].update(zh_CN="  "),
     "scale.item_missing_text", {"item": "7"}),
    ("bands overlapping", lambda d: band(d, "mild").update(max=10), "scale.bands_overlap",
     {"band": "moderate", "other": "mild"}),
    ("bands leaving a gap", lambda d: band(d, "moderate").update(min=11), "scale.bands_gap",
     {"after": "mild", "before": "moderate"}),
    ("bands not reaching the maximum", lambda d: band(d, "severe").update(max=26), "scale.bands_range",
     {"min": 0, "max": 27, "first": 0, "last": 26}),
    ("bands not starting at the minimum", lambda d: band(d, "minimal").update(min=1), "scale.bands_range",
     {"min": 0, "max": 27, "first": 1, "last": 27}),
    ("bands beyond the maximum", lambda d: band(d, "severe").update(max=30), "scale.bands_range",
     {"min": 0, "max": 27, "first": 0, "last": 30}),
    ("unknown option in a score override", lambda d: item(d, "2").update(scores={"4": 3}),
     "scale.unknown_option", {"item": "2", "option": "4"}),
    ("unknown option in a critical item", lambda d: d["critical"][0].update(min_score=None, options=["1", "x"]),
     "scale.unknown_option", {"item": "9", "option": "x"}),
    ("unknown critical item", lambda d: d["critical"][0].update(item="10"), "scale.unknown_critical_item",
     {"item": "10"}),
    ("critical threshold no answer reaches", lambda d: d["critical"][0].update(min_score=4),
     "scale.critical_unreachable", {"item": "9", "min_score": 4}),
    ("unknown subscale", lambda d: item(d, "4").update(subscales=["somatic"]), "scale.unknown_subscale",
     {"item": "4", "subscale": "somatic"}),
    ("subscale without items", lambda d: d.update(subscales=[{"id": "somatic", "name": {"zh_CN": "躯体"}}]),
     "scale.empty_subscale", {"subscale": "somatic"}),
    ("duplicate item id", lambda d: item(d, "6").update(id="5"), "scale.duplicate_item", {"item": "5"}),
    ("duplicate option id", lambda d: d["options"][2].update(id="1"), "scale.duplicate_option",
     {"path": "options", "option": "1"}),
    ("duplicate option id in an item's own options", lambda d: item(d, "8").update(options=[
        {"id": "0", "label": {"zh_CN": "否"}, "score": 0}, {"id": "0", "label": {"zh_CN": "是"}, "score": 1}]),
     "scale.duplicate_option", {"path": "items[8].options", "option": "0"}),
    ("no options anywhere", lambda d: d.pop("options"), "scale.no_options", {"item": "1"}),
    ("option score not a whole number", lambda d: d["options"][1].update(score=1.5), "scale.format",
     {"path": "options[2].score"}),
    ("option score true", lambda d: d["options"][1].update(score=True), "scale.format",
     {"path": "options[2].score"}),
    ("option without label", lambda d: d["options"][3].pop("label"), "scale.format",
     {"path": "options[4].label"}),
    ("misspelt field", lambda d: item(d, "1").update(reversed=True), "scale.unknown_field",
     {"path": "items[1].reversed"}),
    ("reverse not true or false", lambda d: item(d, "2").update(reverse="yes"), "scale.format",
     {"path": "items[2].reverse"}),
    ("no bands", lambda d: d.pop("bands"), "scale.no_bands", {}),
    ("duplicate band", lambda d: band(d, "moderate").update(id="mild"), "scale.duplicate_band",
     {"band": "mild"}),
    ("band bound with decimals on a sum", lambda d: band(d, "mild").update(max=9.5), "scale.band_bound",
     {"band": "mild"}),
    ("band upside down", lambda d: band(d, "mild").update(min=9, max=5), "scale.band_reversed",
     {"band": "mild"}),
    ("band severity out of range", lambda d: band(d, "mild").update(severity=7), "scale.format",
     {"path": "bands[2].severity"}),
    ("band without label", lambda d: band(d, "severe").pop("label"), "scale.format",
     {"path": "bands[5].label"}),
    ("unknown scoring method", lambda d: d.update(total={"method": "median"}), "scale.method",
     {"path": "total.method", "method": "median"}),
    ("newer format", lambda d: d.update(format=3), "scale.format_version", {"found": 3, "supported": 2}),
    ("format 2 names in a format 1 file", lambda d: d.update(rules=[]), "scale.unknown_field", {"path": "rules"}),
    ("no format", lambda d: d.pop("format"), "scale.format", {"path": "format"}),
    ("bad code", lambda d: d.update(code="PHQ 9"), "scale.code_invalid", {"value": "PHQ 9"}),
    ("no name", lambda d: d.pop("name"), "scale.format", {"path": "name"}),
    ("no version", lambda d: d.update(version=""), "scale.format", {"path": "version"}),
]


@pytest.mark.parametrize("edit, code, params", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_broken_definition_is_rejected_with_its_code(edit, code, params):
    error = rejected(changed(edit))
    assert (error.code, error.params) == (code, params)


def test_gbk_bytes_are_not_utf8():
    gbk = json.dumps(BASE, ensure_ascii=False).encode("gbk")
    error = rejected(gbk)
    assert error.code == "scale.not_utf8" and isinstance(error.params["position"], int)


def test_not_json_says_where():
    text = encoded(BASE).decode("utf-8")
    broken = text.replace('"version": "1.0",', '"version": "1.0"')   # a missing comma on line 4
    error = rejected(broken.encode("utf-8"))
    assert error.code == "scale.not_json" and error.params["line"] == 5


def test_other_non_definitions():
    assert rejected(b"").code == "scale.not_json"
    assert rejected(b"[1, 2]").code == "scale.not_object"
    assert rejected(b'{"format": 1, "format": 1}').code == "scale.duplicate_key"
    assert rejected(b" " * 1_000_001).code == "scale.too_large"
    assert rejected(b"[" * 100_000 + b"]" * 100_000).code in ("scale.not_json", "scale.not_object")
