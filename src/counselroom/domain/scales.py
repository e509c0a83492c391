"""Psychological tests (测验, R5): scale definitions, scoring, and the test log's records.

A scale is data, not code: a UTF-8 JSON file (format described in
``resources/scales/README.md``) that :func:`parse_definition` checks completely
before anything may use it. Every problem raises a :class:`ValidationError`
on the field ``definition`` with a code of its own and parameters that name the
item, option, subscale or band concerned (the first problem found).

:func:`score` turns answers ``{item id: option id}`` into a :class:`ScoreResult`.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from enum import Enum
from typing import NamedTuple, Union

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import clean_text

Number = Union[int, float]

FORMAT_VERSION = 1
MAX_BYTES = 1_000_000
MAX_ITEMS = 500
ID_MAX = 32
CODE_RE = re.compile(r"^[a-z0-9_]{2,32}$")
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(_[A-Za-z]{2,4})?$")
METHODS = ("sum", "mean")
ROUNDINGS = ("half_up", "down")
SEVERITIES = (0, 1, 2, 3)          # none, mild, moderate, high
FLAG_DAYS = 60                     # a critical answer keeps the client flagged this long
INTERPRETATION_MAX = 5000
_CENT = Decimal("0.01")


# -- the definition -----------------------------------------------------------
@dataclass(frozen=True)
class LocalText:
    """A text in Simplified Chinese and, optionally, English (falls back to Chinese)."""
    zh_CN: str
    en: str = ""

    def get(self, language: str) -> str:
        """The text for a UI language such as ``"zh_CN"``, ``"en"`` or ``"en_US"``."""
        if (language or "").lower().startswith("en") and self.en:
            return self.en
        return self.zh_CN


@dataclass(frozen=True)
class Option:
    id: str
    label: LocalText
    score: int                     # the option's score for this item (a "scores" override applied)


@dataclass(frozen=True)
class Item:
    id: str
    text: LocalText
    options: tuple[Option, ...]    # resolved: the item's own, else the scale's default options
    reverse: bool = False
    subscales: tuple[str, ...] = ()

    @property
    def min_score(self) -> int:
        return min(o.score for o in self.options)

    @property
    def max_score(self) -> int:
        return max(o.score for o in self.options)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    def score_of(self, option_id: str) -> int:
        """The item's score for an answer, reverse scoring applied (KeyError if unknown)."""
        found = self.option(option_id)
        if found is None:
            raise KeyError(option_id)
        if self.reverse:
            return self.max_score + self.min_score - found.score
        return found.score


@dataclass(frozen=True)
class Subscale:
    id: str
    name: LocalText
    method: str                    # "sum" | "mean" (mean rounded to 2 decimals)
    items: tuple[str, ...]         # item ids, in the scale's order


@dataclass(frozen=True)
class Band:
    id: str
    min: Number
    max: Number
    label: LocalText
    severity: int = 0              # 0 none, 1 mild, 2 moderate, 3 high
    alert: bool = False            # a total in this band opens the crisis workflow

    def contains(self, total: Number) -> bool:
        return _dec(self.min) <= _dec(total) <= _dec(self.max)


@dataclass(frozen=True)
class CriticalItem:
    item: str
    options: tuple[str, ...]       # the answers that are critical (resolved from min_score if given)
    min_score: int | None = None
    note: LocalText = LocalText("")


_ABBREVIATION = re.compile(r"[（(]\s*([A-Za-z][A-Za-z0-9\-]*)\s*[)）]\s*$")


def abbreviation(name: str, code: str) -> str:
    """How people write the scale's name short, e.g. "PHQ-9": the abbreviation a name ends with
    in brackets ("患者健康问卷抑郁量表（PHQ-9）"), else the code in capitals with a hyphen before
    its number ("gad7" → "GAD-7")."""
    found = _ABBREVIATION.search(name or "")
    if found:
        return found.group(1)
    return re.sub(r"^([A-Za-z]+)[-_]?(\d+)$", r"\1-\2", code or "").upper()


@dataclass(frozen=True)
class ScaleDefinition:
    code: str
    version: str
    name: LocalText
    instructions: LocalText
    source: str
    licence: str
    items: tuple[Item, ...]
    bands: tuple[Band, ...]        # sorted by min, contiguous, covering total_range exactly
    subscales: tuple[Subscale, ...] = ()
    critical: tuple[CriticalItem, ...] = ()
    options: tuple[Option, ...] = ()   # the default options as written (items hold their resolved ones)
    total_method: str = "sum"
    multiplier: Decimal | None = None
    rounding: str = "half_up"
    digest: str = ""               # SHA-256 of the definition's text: which exact definition scored a test
    format: int = FORMAT_VERSION

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    def band(self, band_id: str) -> Band | None:
        return next((b for b in self.bands if b.id == band_id), None)

    def subscale(self, subscale_id: str) -> Subscale | None:
        return next((s for s in self.subscales if s.id == subscale_id), None)

    @property
    def whole_total(self) -> bool:
        """Totals are whole numbers (sum, or any total with a multiplier); else 2-decimal means."""
        return self.total_method == "sum" or self.multiplier is not None

    @property
    def total_range(self) -> tuple[Number, Number]:
        return (self.total_of(sum(i.min_score for i in self.items)),
                self.total_of(sum(i.max_score for i in self.items)))

    def total_of(self, raw_sum: int) -> Number:
        """The total for a sum of item scores: method, multiplier and rounding applied."""
        return _finish(Decimal(raw_sum), len(self.items), self.total_method, self.multiplier, self.rounding)

    def band_for(self, total: Number | None) -> Band | None:
        if total is None:
            return None
        return next((b for b in self.bands if b.contains(total)), None)


def _dec(value: Number) -> Decimal:
    return Decimal(str(value))


def _finish(raw: Decimal, count: int, method: str, multiplier: Decimal | None, rounding: str) -> Number:
    value = raw / count if method == "mean" else raw
    if multiplier is not None:
        mode = ROUND_DOWN if rounding == "down" else ROUND_HALF_UP
        return int((value * multiplier).quantize(Decimal(1), rounding=mode))
    if method == "mean":
        return _number(value.quantize(_CENT, rounding=ROUND_HALF_UP))
    return int(value)


def _number(value: Decimal) -> Number:
    return int(value) if value == value.to_integral_value() else float(value)


# -- scoring ------------------------------------------------------------------
@dataclass(frozen=True)
class CriticalHit:
    item: str
    option: str
    score: int
    note: LocalText


@dataclass(frozen=True)
class ScoreResult:
    total: Number | None                         # None until every item is answered
    subscales: Mapping[str, Number | None]        # subscale id -> score (None while one of its items is open)
    band: Band | None
    critical: tuple[CriticalHit, ...]            # critical answers, even in a partial answer set
    item_scores: Mapping[str, int]               # answered item id -> its score (reverse applied)
    missing: tuple[str, ...]                     # unanswered item ids, in order

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def needs_crisis(self) -> bool:
        """R7: a critical answer, or a total in an "alert" band, opens the crisis workflow."""
        return bool(self.critical) or (self.band is not None and self.band.alert)


def clean_answers(definition: ScaleDefinition, answers: Mapping[str, str]) -> dict[str, str]:
    """Answers keyed by item id, in the scale's order; empty values are unanswered.

    An unknown item or option raises ``ValidationError("answers", "scale.answer_invalid")``.
    """
    given = {str(k): str(v).strip() for k, v in (answers or {}).items() if v is not None and str(v).strip()}
    cleaned: dict[str, str] = {}
    for item in definition.items:
        if item.id in given:
            option = given.pop(item.id)
            if item.option(option) is None:
                raise ValidationError("answers", "scale.answer_invalid", item=item.id, option=option)
            cleaned[item.id] = option
    if given:
        item_id, option = next(iter(given.items()))
        raise ValidationError("answers", "scale.answer_invalid", item=item_id, option=option)
    return cleaned


def score(definition: ScaleDefinition, answers: Mapping[str, str]) -> ScoreResult:
    answers = clean_answers(definition, answers)
    item_scores = {item.id: item.score_of(answers[item.id]) for item in definition.items if item.id in answers}
    missing = tuple(item.id for item in definition.items if item.id not in answers)
    total = None if missing else definition.total_of(sum(item_scores.values()))
    subscales: dict[str, Number | None] = {}
    for sub in definition.subscales:
        if all(i in item_scores for i in sub.items):
            subscales[sub.id] = _finish(Decimal(sum(item_scores[i] for i in sub.items)), len(sub.items),
                                        sub.method, None, "half_up")
        else:
            subscales[sub.id] = None
    hits = tuple(CriticalHit(c.item, answers[c.item], item_scores[c.item], c.note)
                 for c in definition.critical if answers.get(c.item) in c.options)
    return ScoreResult(total=total, subscales=subscales, band=definition.band_for(total), critical=hits,
                       item_scores=item_scores, missing=missing)


# -- parsing and validation ---------------------------------------------------
def _format(field_path: str) -> ValidationError:
    return ValidationError("definition", "scale.format", path=field_path)


def _clean_value(value: object) -> object:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean_value(v) for v in value]
    return value  # numbers, booleans, null; objects were cleaned by their own hook call


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    """A JSON object with every key and text cleaned by the one text rule (control, bidi and
    invisible characters out, NFC); two keys that differ only by such characters are the same key.

    Cleaning, not refusing: a stored definition is parsed again whenever it is read, and must
    read the same then as the day it was imported."""
    found: dict = {}
    for key, value in pairs:
        key = clean_text(key)
        if key in found:
            raise ValidationError("definition", "scale.duplicate_key", key=key)
        found[key] = _clean_value(value)
    return found


def _check_keys(obj: dict, allowed: set[str], path: str) -> None:
    for key in obj:
        if key not in allowed and not key.startswith("_"):
            raise ValidationError("definition", "scale.unknown_field",
                                  path=f"{path}.{key}" if path else key)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
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
    _check_keys(data, {"format", "code", "version", "name", "instructions", "source", "licence", "options",
                       "items", "subscales", "total", "bands", "critical"}, "")

    if "format" not in data or not _is_int(data["format"]):
        raise _format("format")
    if data["format"] != FORMAT_VERSION:
        raise ValidationError("definition", "scale.format_version", found=data["format"], supported=FORMAT_VERSION)
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
        _check_keys(entry, {"id", "name", "method"}, where)
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
    for sub_id, sub_name, method in sub_heads:
        members = tuple(i.id for i in items if sub_id in i.subscales)
        if not members:
            raise ValidationError("definition", "scale.empty_subscale", subscale=sub_id)
        subscales.append(Subscale(sub_id, sub_name, method, members))

    total = data.get("total") or {}
    if not isinstance(total, dict):
        raise _format("total")
    _check_keys(total, {"method", "multiplier", "rounding"}, "total")
    total_method = _method(total.get("method"), "total.method")
    multiplier = total.get("multiplier")
    if multiplier is not None:
        if not _is_number(multiplier) or multiplier <= 0:
            raise _format("total.multiplier")
        multiplier = _dec(multiplier)
    rounding = total.get("rounding", "half_up")
    if rounding not in ROUNDINGS:
        raise _format("total.rounding")

    draft = ScaleDefinition(code=code, version=version, name=name, instructions=instructions, source=source,
                            licence=licence, items=tuple(items), bands=(), subscales=tuple(subscales),
                            options=defaults, total_method=total_method, multiplier=multiplier,
                            rounding=rounding)
    bands = _bands(data.get("bands"), draft)
    critical = _critical(data.get("critical"), draft)
    return replace(draft, bands=bands, critical=critical, digest=hashlib.sha256(text.encode("utf-8")).hexdigest())


def _bands(raw: object, definition: ScaleDefinition) -> tuple[Band, ...]:
    if raw is None or raw == []:
        raise ValidationError("definition", "scale.no_bands")
    if not isinstance(raw, list):
        raise _format("bands")
    step = Decimal(1) if definition.whole_total else _CENT
    bands: list[Band] = []
    for n, entry in enumerate(raw, 1):
        where = f"bands[{n}]"
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
            if _dec(value) % step != 0:
                raise ValidationError("definition", "scale.band_bound", band=band_id)
            bounds.append(_number(_dec(value)))
        if _dec(bounds[0]) > _dec(bounds[1]):
            raise ValidationError("definition", "scale.band_reversed", band=band_id)
        label = _local(entry.get("label"), f"{where}.label")
        severity = entry.get("severity", 0)
        if not _is_int(severity) or severity not in SEVERITIES:
            raise _format(f"{where}.severity")
        alert = entry.get("alert", False)
        if not isinstance(alert, bool):
            raise _format(f"{where}.alert")
        bands.append(Band(band_id, bounds[0], bounds[1], label, severity, alert))
    bands.sort(key=lambda b: (_dec(b.min), _dec(b.max)))
    for previous, band in zip(bands, bands[1:]):
        if _dec(band.min) <= _dec(previous.max):
            raise ValidationError("definition", "scale.bands_overlap", band=band.id, other=previous.id)
        if _dec(band.min) > _dec(previous.max) + step:
            raise ValidationError("definition", "scale.bands_gap", after=previous.id, before=band.id)
    low, high = definition.total_range
    if _dec(bands[0].min) != _dec(low) or _dec(bands[-1].max) != _dec(high):
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


# -- the library and the test log --------------------------------------------
@dataclass(frozen=True)
class Scale:
    """A scale in the room's library (built in, or imported by the supervisor)."""
    id: int
    definition: ScaleDefinition
    licence_note: str = ""
    builtin: bool = False
    active: bool = True
    imported_by: int | None = None
    imported_by_name: str = ""
    imported_at: datetime | None = None

    @property
    def code(self) -> str:
        return self.definition.code

    @property
    def version(self) -> str:
        return self.definition.version

    @property
    def name(self) -> LocalText:
        return self.definition.name


class TestStatus(str, Enum):
    __test__ = False    # not a pytest test class
    DRAFT = "draft"
    SIGNED = "signed"


@dataclass(frozen=True)
class TestRecord:
    """One administration of a scale to a client (测验记录)."""
    __test__ = False

    id: int
    client_id: int
    case_id: int
    scale_id: int
    definition: ScaleDefinition
    administered_on: date
    administered_by: int
    status: TestStatus
    answers: Mapping[str, str] = field(default_factory=dict)
    result: ScoreResult | None = None               # computed from the answers (partial for a draft)
    purpose_explained: bool = False                  # R5: purpose and meaning explained to the client
    consent_id: int | None = None
    interpretation: str = ""
    administered_by_name: str = ""
    client_name: str = ""
    client_case_no: str = ""
    # What signing stored and sealed (None / empty on a draft):
    total: Number | None = None
    subscale_scores: Mapping[str, Number | None] = field(default_factory=dict)
    band_id: str = ""
    critical: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    signed_at: datetime | None = None
    seal: str = ""

    @property
    def signed(self) -> bool:
        return self.status is TestStatus.SIGNED

    @property
    def scale_code(self) -> str:
        return self.definition.code

    @property
    def scale_version(self) -> str:
        return self.definition.version

    @property
    def scale_name(self) -> LocalText:
        return self.definition.name

    @property
    def band(self) -> Band | None:
        return self.definition.band(self.band_id) if self.band_id else (self.result.band if self.result else None)


class TrendPoint(NamedTuple):
    """One signed administration on a client's trend line: unpacks as (date, total, band)."""
    on: date
    total: Number
    band: Band | None
    test_id: int = 0
    scale_version: str = ""


@dataclass(frozen=True)
class FlaggedClient:
    """A client with a critical answer in a signed test of the last FLAG_DAYS days (start page)."""
    client_id: int
    client_name: str
    client_case_no: str
    case_id: int
    counsellor_id: int
    counsellor_name: str
    test_id: int
    scale_code: str
    scale_name: LocalText
    administered_on: date
    signed_at: datetime
    flagged_until: date
    items: tuple[str, ...] = ()      # the critical item ids answered


def check_interpretation(text: str) -> str:
    text = clean_text(text)
    if len(text) > INTERPRETATION_MAX:
        raise ValidationError("interpretation", "text.too_long", max=INTERPRETATION_MAX)
    return text


def _instant(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def administration_payload(*, test_id: int, client_id: int, case_id: int, scale_id: int, digest: str,
                 administered_on: date, administered_by: int, purpose_explained: bool, consent_id: int | None,
                 answers: Mapping[str, str], total: Number | None, subscales: Mapping[str, Number | None],
                 band: str, critical: bool, interpretation: str, signed_at: datetime) -> bytes:
    """What signing a test seals (the definition by its digest, so it cannot change underneath)."""
    return json.dumps({
        "test": test_id, "client": client_id, "case": case_id, "scale": scale_id, "definition": digest,
        "administered_on": administered_on.isoformat(), "administered_by": administered_by,
        "purpose_explained": bool(purpose_explained), "consent": consent_id, "answers": dict(answers),
        "total": total, "subscales": dict(subscales), "band": band, "critical": bool(critical),
        "interpretation": interpretation, "signed_at": _instant(signed_at),
    }, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

