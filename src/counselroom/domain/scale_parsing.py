"""Reading a scale definition file (R5): the JSON format checked completely before anything may use it.

The format is described in ``resources/scales/README.md``. Every problem raises a
:class:`ValidationError` on the field ``definition`` with a code of its own and parameters that
name the item, option, subscale or band concerned (the first problem found).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import replace
from decimal import Decimal
from typing import Any, TypeGuard

from counselroom.domain.errors import ValidationError
from counselroom.domain.scale_definition import (
    CENT, FORMAT_VERSION, FORMATS, MEASURES, OPERATORS, RULE_KINDS, Band, Condition, CriticalItem, Item, LocalText,
    Number, Option, Rule, ScaleDefinition, Subscale, as_decimal, as_number,
)
from counselroom.domain.text import clean_text

MAX_BYTES = 1_000_000
MAX_ITEMS = 500
ID_MAX = 32
CODE_RE = re.compile(r"^[a-z0-9_]{2,32}$")
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(_[A-Za-z]{2,4})?$")
METHODS = ("sum", "mean")
ROUNDINGS = ("half_up", "down")
SEVERITIES = (0, 1, 2, 3)          # none, mild, moderate, high
RULE_DEPTH = 4                     # any/all nested at most this deep
# A mistake in a subscale's bands is the total's mistake said with the subscale it is in.
SUBSCALE_BAND_CODES = {
    "scale.no_bands": "scale.subscale_no_bands", "scale.duplicate_band": "scale.subscale_duplicate_band",
    "scale.band_bound": "scale.subscale_band_bound", "scale.band_reversed": "scale.subscale_band_reversed",
    "scale.bands_overlap": "scale.subscale_bands_overlap", "scale.bands_gap": "scale.subscale_bands_gap",
    "scale.bands_range": "scale.subscale_bands_range",
}


def _format(field_path: str) -> ValidationError:
    return ValidationError("definition", "scale.format", path=field_path)


def _clean_value(value: object) -> object:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean_value(v) for v in value]
    return value  # numbers, booleans, null; objects were cleaned by their own hook call


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, Any]:
    """A JSON object with every key and text cleaned by the one text rule (control, bidi and
    invisible characters out, NFC); two keys that differ only by such characters are the same key.

    Cleaning, not refusing: a stored definition is parsed again whenever it is read, and must
    read the same then as the day it was imported."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        key = clean_text(key)
        if key in found:
            raise ValidationError("definition", "scale.duplicate_key", key=key)
        found[key] = _clean_value(value)
    return found


def _check_keys(obj: dict[str, Any], allowed: set[str], path: str) -> None:
    for key in obj:
        if key not in allowed and not key.startswith("_"):
            raise ValidationError("definition", "scale.unknown_field",
                                  path=f"{path}.{key}" if path else key)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> TypeGuard[int | float]:
    return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)


def _local(value: object, path: str, *, required: bool = True) -> LocalText:
    if value is None and not required:
        return LocalText("")
    if not isinstance(value, dict):
        raise _format(path)
    for key, text in value.items():
        if key.startswith("_"):
            continue
        if not LANGUAGE_RE.match(key):
            raise ValidationError("definition", "scale.unknown_field", path=f"{path}.{key}")
        if not isinstance(text, str):
            raise _format(f"{path}.{key}")
    zh = (value.get("zh_CN") or "").strip()
    if required and not zh:
        raise _format(f"{path}.zh_CN")
    return LocalText(zh, (value.get("en") or "").strip())


def _ident(value: object, path: str) -> str:
    if _is_int(value):
        value = str(value)      # "id": 1 is read as "1"
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > ID_MAX:
        raise _format(path)
    return value.strip()


def _text(value: object, path: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _format(path)
    return value.strip()


def _options(raw: object, path: str) -> tuple[Option, ...]:
    if not isinstance(raw, list):
        raise _format(path)
    options: list[Option] = []
    for n, entry in enumerate(raw, 1):
        where = f"{path}[{n}]"
        if not isinstance(entry, dict):
            raise _format(where)
        _check_keys(entry, {"id", "label", "score"}, where)
        option_id = _ident(entry.get("id"), f"{where}.id")
        if any(o.id == option_id for o in options):
            raise ValidationError("definition", "scale.duplicate_option", path=path, option=option_id)
        label = _local(entry.get("label"), f"{where}.label")
        if not _is_int(entry.get("score")):
            raise _format(f"{where}.score")
        options.append(Option(option_id, label, entry["score"]))
    return tuple(options)


def _method(value: object, path: str) -> str:
    method = "sum" if value is None else value
    if method not in METHODS:
        raise ValidationError("definition", "scale.method", path=path, method=str(value))
    return method


def _decode(raw: bytes) -> str:
    if len(raw) > MAX_BYTES:
        raise ValidationError("definition", "scale.too_large", max_kb=MAX_BYTES // 1000)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError("definition", "scale.not_utf8", position=exc.start) from exc


def definition_text(raw: bytes) -> str:
    """The definition's text as stored (UTF-8 decoded, byte-order mark dropped)."""
    return _decode(raw)


def parse_definition(raw: bytes) -> ScaleDefinition:
    """Check a scale definition file completely; the first problem raises ``ValidationError``."""
    text = _decode(raw)
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise ValidationError("definition", "scale.not_json", line=exc.lineno, column=exc.colno) from exc
    except RecursionError as exc:
        raise ValidationError("definition", "scale.not_json", line=0, column=0) from exc
    if not isinstance(data, dict):
        raise ValidationError("definition", "scale.not_object")
    if "format" not in data or not _is_int(data["format"]):
        raise _format("format")
    if data["format"] not in FORMATS:
        raise ValidationError("definition", "scale.format_version", found=data["format"], supported=FORMAT_VERSION)
    version_2 = data["format"] >= 2
    # Format 1 files keep every rule they were checked by: a format 2 name in one is misspelt, not new.
    _check_keys(data, {"format", "code", "version", "name", "instructions", "source", "licence", "options",
                       "items", "subscales", "total", "bands", "critical"} | ({"rules"} if version_2 else set()), "")
    code = data.get("code")
    if not isinstance(code, str) or not CODE_RE.match(code):
        raise ValidationError("definition", "scale.code_invalid", value=str(code if code is not None else ""))
    version = _ident(data.get("version"), "version")
    name = _local(data.get("name"), "name")
    instructions = _local(data.get("instructions"), "instructions", required=False)
    source = _text(data.get("source"), "source")
    licence = _text(data.get("licence"), "licence")

    defaults = _options(data["options"], "options") if data.get("options") is not None else ()

    # subscales first, so items can be checked against them
    raw_subs = data.get("subscales") or []
    if not isinstance(raw_subs, list):
        raise _format("subscales")
    sub_heads: list[tuple[str, LocalText, str]] = []
    for n, entry in enumerate(raw_subs, 1):
        where = f"subscales[{n}]"
        if not isinstance(entry, dict):
            raise _format(where)
        _check_keys(entry, {"id", "name", "method"} | ({"items", "reverse", "bands"} if version_2 else set()), where)
        sub_id = _ident(entry.get("id"), f"{where}.id")
        if any(s[0] == sub_id for s in sub_heads):
            raise ValidationError("definition", "scale.duplicate_subscale", subscale=sub_id)
        sub_heads.append((sub_id, _local(entry.get("name"), f"{where}.name"), _method(entry.get("method"),
                                                                                      f"{where}.method")))
    sub_ids = {s[0] for s in sub_heads}

    raw_items = data.get("items")
    if raw_items is None or raw_items == []:
        raise ValidationError("definition", "scale.no_items")
    if not isinstance(raw_items, list):
        raise _format("items")
    if len(raw_items) > MAX_ITEMS:
        raise ValidationError("definition", "scale.too_many_items", max=MAX_ITEMS)
    items: list[Item] = []
    for n, entry in enumerate(raw_items, 1):
        where = f"items[{n}]"
        if not isinstance(entry, dict):
            raise _format(where)
        _check_keys(entry, {"id", "text", "options", "scores", "reverse", "subscales"}, where)
        item_id = _ident(entry.get("id"), f"{where}.id")
        if any(i.id == item_id for i in items):
            raise ValidationError("definition", "scale.duplicate_item", item=item_id)
        text_raw = entry.get("text")
        if not isinstance(text_raw, dict) or not isinstance(text_raw.get("zh_CN"), str) \
                or not text_raw["zh_CN"].strip():
            raise ValidationError("definition", "scale.item_missing_text", item=item_id)
        item_text = _local(text_raw, f"{where}.text")
        if entry.get("options") is not None:
            options = _options(entry["options"], f"{where}.options")
        else:
            options = defaults
        if not options:
            raise ValidationError("definition", "scale.no_options", item=item_id)
        scores = entry.get("scores")
        if scores is not None:
            if not isinstance(scores, dict):
                raise _format(f"{where}.scores")
            known = {o.id for o in options}
            for option_id, value in scores.items():
                if option_id not in known:
                    raise ValidationError("definition", "scale.unknown_option", item=item_id, option=option_id)
                if not _is_int(value):
                    raise _format(f"{where}.scores.{option_id}")
            options = tuple(Option(o.id, o.label, scores.get(o.id, o.score)) for o in options)
        reverse = entry.get("reverse", False)
        if not isinstance(reverse, bool):
            raise _format(f"{where}.reverse")
        subs = entry.get("subscales") or []
        if not isinstance(subs, list) or not all(isinstance(s, str) for s in subs):
            raise _format(f"{where}.subscales")
        for sub in subs:
            if sub not in sub_ids:
                raise ValidationError("definition", "scale.unknown_subscale", item=item_id, subscale=sub)
        items.append(Item(item_id, item_text, options, reverse, tuple(dict.fromkeys(subs))))

    subscales = []
    for n, (sub_id, sub_name, method) in enumerate(sub_heads, 1):
        entry = raw_subs[n - 1]
        listed = _id_list(entry.get("items"), f"subscales[{n}].items", {i.id for i in items},
                          "scale.unknown_subscale_item", "item", subscale=sub_id)
        members = tuple(i.id for i in items if sub_id in i.subscales or i.id in listed)
        if not members:
            raise ValidationError("definition", "scale.empty_subscale", subscale=sub_id)
        reverse = _id_list(entry.get("reverse"), f"subscales[{n}].reverse", set(members),
                           "scale.reverse_not_member", "item", subscale=sub_id)
        for item_id in reverse:
            if next(i for i in items if i.id == item_id).reverse:
                raise ValidationError("definition", "scale.reverse_twice", subscale=sub_id, item=item_id)
        subscales.append(Subscale(sub_id, sub_name, method, members, tuple(i for i in members if i in reverse)))

    total = data.get("total") or {}
    if not isinstance(total, dict):
        raise _format("total")
    _check_keys(total, {"method", "multiplier", "rounding"} | ({"subscales"} if version_2 else set()), "total")
    total_subscales = _id_list(total.get("subscales"), "total.subscales", sub_ids,
                               "scale.unknown_total_subscale", "subscale")
    total_method = _method(total.get("method"), "total.method")
    multiplier = total.get("multiplier")
    if multiplier is not None:
        if not _is_number(multiplier) or multiplier <= 0:
            raise _format("total.multiplier")
        multiplier = as_decimal(multiplier)
    rounding = total.get("rounding", "half_up")
    if rounding not in ROUNDINGS:
        raise _format("total.rounding")

    draft = ScaleDefinition(code=code, version=version, name=name, instructions=instructions, source=source,
                            licence=licence, items=tuple(items), bands=(), subscales=tuple(subscales),
                            options=defaults, total_method=total_method, multiplier=multiplier,
                            rounding=rounding, total_subscales=tuple(total_subscales), format=data["format"])
    bands = _bands(data.get("bands"), draft.total_range, draft.whole_total)
    draft = replace(draft, subscales=tuple(_subscale_bands(raw_subs[n - 1].get("bands"), sub, draft, n)
                                           for n, sub in enumerate(draft.subscales, 1)))
    critical = _critical(data.get("critical"), draft)
    rules = _rules(data.get("rules"), draft)
    return replace(draft, bands=bands, critical=critical, rules=rules,
                   digest=hashlib.sha256(text.encode("utf-8")).hexdigest())


def _id_list(raw: object, path: str, known: set[str], code: str, named: str, **params: object) -> list[str]:
    """A list of item or subscale ids (numbers read as text), each once; one not ``known`` raises ``code``
    with ``params`` and the id as the parameter ``named``."""
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(v, str) or _is_int(v) for v in raw):
        raise _format(path)
    found: list[str] = []
    for value in raw:
        ident = str(value).strip()
        if ident not in known:
            raise ValidationError("definition", code, **params, **{named: ident})
        if ident not in found:
            found.append(ident)
    return found


def _subscale_bands(raw: object, sub: Subscale, definition: ScaleDefinition, n: int) -> Subscale:
    if raw is None:
        return sub
    try:
        bands = _bands(raw, definition.subscale_range(sub), sub.method == "sum", path=f"subscales[{n}].bands")
    except ValidationError as exc:
        if exc.code in SUBSCALE_BAND_CODES:
            raise ValidationError("definition", SUBSCALE_BAND_CODES[exc.code], subscale=sub.id, **exc.params) from exc
        raise
    return replace(sub, bands=bands)


def _bands(raw: object, covering: tuple[Number, Number], whole: bool, *, path: str = "bands") -> tuple[Band, ...]:
    """Bands that cover the scores from ``covering[0]`` to ``covering[1]`` exactly, without overlap or gap
    (whole-number scores step by 1, means by 0.01)."""
    if raw is None or raw == []:
        raise ValidationError("definition", "scale.no_bands")
    if not isinstance(raw, list):
        raise _format(path)
    step = Decimal(1) if whole else CENT
    bands: list[Band] = []
    for n, entry in enumerate(raw, 1):
        where = f"{path}[{n}]"
        if not isinstance(entry, dict):
            raise _format(where)
        _check_keys(entry, {"id", "min", "max", "label", "severity", "alert"}, where)
        band_id = _ident(entry.get("id"), f"{where}.id")
        if any(b.id == band_id for b in bands):
            raise ValidationError("definition", "scale.duplicate_band", band=band_id)
        bounds = []
        for end in ("min", "max"):
            value = entry.get(end)
            if not _is_number(value):
                raise _format(f"{where}.{end}")
            if as_decimal(value) % step != 0:
                raise ValidationError("definition", "scale.band_bound", band=band_id)
            bounds.append(as_number(as_decimal(value)))
        if as_decimal(bounds[0]) > as_decimal(bounds[1]):
            raise ValidationError("definition", "scale.band_reversed", band=band_id)
        label = _local(entry.get("label"), f"{where}.label")
        severity = entry.get("severity", 0)
        if not _is_int(severity) or severity not in SEVERITIES:
            raise _format(f"{where}.severity")
        alert = entry.get("alert", False)
        if not isinstance(alert, bool):
            raise _format(f"{where}.alert")
        bands.append(Band(band_id, bounds[0], bounds[1], label, severity, alert))
    bands.sort(key=lambda b: (as_decimal(b.min), as_decimal(b.max)))
    for previous, band in zip(bands, bands[1:]):
        if as_decimal(band.min) <= as_decimal(previous.max):
            raise ValidationError("definition", "scale.bands_overlap", band=band.id, other=previous.id)
        if as_decimal(band.min) > as_decimal(previous.max) + step:
            raise ValidationError("definition", "scale.bands_gap", after=previous.id, before=band.id)
    low, high = covering
    if as_decimal(bands[0].min) != as_decimal(low) or as_decimal(bands[-1].max) != as_decimal(high):
        raise ValidationError("definition", "scale.bands_range", min=low, max=high,
                              first=bands[0].min, last=bands[-1].max)
    return tuple(bands)


def _critical(raw: object, definition: ScaleDefinition) -> tuple[CriticalItem, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise _format("critical")
    found: list[CriticalItem] = []
    for n, entry in enumerate(raw, 1):
        where = f"critical[{n}]"
        if not isinstance(entry, dict):
            raise _format(where)
        _check_keys(entry, {"item", "min_score", "options", "note"}, where)
        item_id = entry.get("item")
        item_id = str(item_id) if _is_int(item_id) else item_id
        item = definition.item(item_id.strip()) if isinstance(item_id, str) else None
        if item is None:
            raise ValidationError("definition", "scale.unknown_critical_item", item=str(item_id))
        min_score, options = entry.get("min_score"), entry.get("options")
        if (min_score is None) == (options is None):
            raise _format(f"{where}.min_score")
        if min_score is not None:
            if not _is_int(min_score):
                raise _format(f"{where}.min_score")
            chosen = tuple(o.id for o in item.options if item.score_of(o.id) >= min_score)
            if not chosen:
                raise ValidationError("definition", "scale.critical_unreachable", item=item.id,
                                      min_score=min_score)
        else:
            if not isinstance(options, list) or not options or not all(isinstance(o, str) or _is_int(o)
                                                                        for o in options):
                raise _format(f"{where}.options")
            options = [str(o).strip() for o in options]
            for option_id in options:
                if item.option(option_id) is None:
                    raise ValidationError("definition", "scale.unknown_option", item=item.id, option=option_id)
            chosen = tuple(o.id for o in item.options if o.id in options)
        if any(c.item == item.id for c in found):
            raise ValidationError("definition", "scale.duplicate_critical", item=item.id)
        found.append(CriticalItem(item.id, chosen, min_score,
                                  _local(entry.get("note"), f"{where}.note", required=False)))
    return tuple(found)


def _rules(raw: object, definition: ScaleDefinition) -> tuple[Rule, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise _format("rules")
    rules: list[Rule] = []
    for n, entry in enumerate(raw, 1):
        where = f"rules[{n}]"
        if not isinstance(entry, dict):
            raise _format(where)
        _check_keys(entry, {"id", "kind", "label", "when", "alert"}, where)
        rule_id = _ident(entry.get("id"), f"{where}.id")
        if any(r.id == rule_id for r in rules):
            raise ValidationError("definition", "scale.duplicate_rule", rule=rule_id)
        kind = entry.get("kind")
        if kind not in RULE_KINDS:
            raise ValidationError("definition", "scale.rule_kind", rule=rule_id, kind=str(kind))
        label = _local(entry.get("label"), f"{where}.label")
        alert = entry.get("alert", False)
        if not isinstance(alert, bool):
            raise _format(f"{where}.alert")
        if alert and kind != "positive":
            raise ValidationError("definition", "scale.rule_alert", rule=rule_id)
        when = _condition(entry.get("when"), f"{where}.when", definition, rule_id, 1)
        rules.append(Rule(rule_id, kind, label, when, alert))
    return tuple(rules)


def _condition(raw: object, path: str, definition: ScaleDefinition, rule_id: str, depth: int) -> Condition:
    """One condition of a rule: ``{"any"|"all": [...]}``, or exactly one measure (``"total": true``,
    ``"subscale"``, ``"item"``, ``"count"``) with ``"op"`` and ``"value"``."""
    if not isinstance(raw, dict):
        raise _format(path)
    combine = [k for k in ("any", "all") if k in raw]
    if combine:
        _check_keys(raw, {combine[0]}, path)
        if depth > RULE_DEPTH:
            raise ValidationError("definition", "scale.rule_too_deep", rule=rule_id, max=RULE_DEPTH)
        parts = raw[combine[0]]
        if not isinstance(parts, list) or not parts:
            raise _format(f"{path}.{combine[0]}")
        return Condition(combine=combine[0], parts=tuple(
            _condition(part, f"{path}.{combine[0]}[{n}]", definition, rule_id, depth + 1)
            for n, part in enumerate(parts, 1)))
    _check_keys(raw, {*MEASURES, "op", "value"}, path)
    measures = [m for m in MEASURES if m in raw]
    if len(measures) != 1:
        raise ValidationError("definition", "scale.rule_measure", rule=rule_id, path=path)
    measure = measures[0]
    op, value = raw.get("op"), raw.get("value")
    if op not in OPERATORS:
        raise ValidationError("definition", "scale.rule_op", rule=rule_id, path=f"{path}.op", op=str(op))
    if not _is_number(value):
        raise _format(f"{path}.value")
    ref, min_score, among = "", 0, tuple(i.id for i in definition.items)
    if measure == "total":
        if raw["total"] is not True:
            raise _format(f"{path}.total")
    elif measure == "subscale":
        ref = _ident(raw["subscale"], f"{path}.subscale")
        if definition.subscale(ref) is None:
            raise ValidationError("definition", "scale.rule_unknown_subscale", rule=rule_id, subscale=ref)
    elif measure == "item":
        ref = _ident(raw["item"], f"{path}.item")
        if definition.item(ref) is None:
            raise ValidationError("definition", "scale.rule_unknown_item", rule=rule_id, item=ref)
    else:
        count = raw["count"]
        if not isinstance(count, dict):
            raise _format(f"{path}.count")
        _check_keys(count, {"min_score", "subscales"}, f"{path}.count")
        if not _is_int(count.get("min_score")):
            raise _format(f"{path}.count.min_score")
        min_score = count["min_score"]
        among_subs = _id_list(count.get("subscales"), f"{path}.count.subscales", {s.id for s in definition.subscales},
                              "scale.rule_unknown_subscale", "subscale", rule=rule_id)
        if among_subs:
            members = {i for s in definition.subscales if s.id in among_subs for i in s.items}
            among = tuple(i.id for i in definition.items if i.id in members)
    return Condition(measure=measure, ref=ref, op=op, value=as_number(as_decimal(value)), min_score=min_score,
                     among=among)
