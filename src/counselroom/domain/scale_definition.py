"""A checked scale definition (测验量表, R5): its items, options, subscales, bands, critical answers
and (format 2) the rules that make a sheet positive or invalid.

:func:`counselroom.domain.scale_parsing.parse_definition` builds one from a scale's JSON file; the
classes here only hold it and know how its totals are computed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import cached_property
from typing import Union

Number = Union[int, float]

FORMAT_VERSION = 2                 # the newest format read; format 1 files read and score as they always did
FORMATS = (1, 2)
CENT = Decimal("0.01")          # means are kept to two decimals


@dataclass(frozen=True)
class LocalText:
    """A text in Simplified Chinese and, optionally, English (falls back to Chinese)."""
    zh_CN: str  # noqa: N815 - the locale name, as the scale files spell the key
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

    @cached_property
    def min_score(self) -> int:
        return min(o.score for o in self.options)

    @cached_property
    def max_score(self) -> int:
        return max(o.score for o in self.options)

    @cached_property
    def _by_id(self) -> dict[str, Option]:
        # A screening scores thousands of sheets of 90 items: a look-up, not a scan, per answer.
        return {o.id: o for o in reversed(self.options)}    # the first of a repeated id wins, as a scan would

    def option(self, option_id: str) -> Option | None:
        return self._by_id.get(option_id)

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
    reverse: tuple[str, ...] = ()  # item ids reversed within this subscale only (format 2)
    bands: tuple["Band", ...] = ()  # on this subscale's score, checked like the total's (format 2)

    def band_for(self, value: Number | None) -> Band | None:
        if value is None:
            return None
        return next((b for b in self.bands if b.contains(value)), None)


@dataclass(frozen=True)
class Band:
    id: str
    min: Number
    max: Number
    label: LocalText
    severity: int = 0              # 0 none, 1 mild, 2 moderate, 3 high
    alert: bool = False            # a total in this band opens the crisis workflow

    def contains(self, total: Number) -> bool:
        return as_decimal(self.min) <= as_decimal(total) <= as_decimal(self.max)


@dataclass(frozen=True)
class CriticalItem:
    item: str
    options: tuple[str, ...]       # the answers that are critical (resolved from min_score if given)
    min_score: int | None = None
    note: LocalText = LocalText("")


OPERATORS = (">=", ">", "<=", "<", "==")
MEASURES = ("total", "subscale", "item", "count")
RULE_KINDS = ("positive", "invalid")


@dataclass(frozen=True)
class Condition:
    """What a rule tests: one measure compared with a value, or ``any``/``all`` of other conditions."""
    measure: str = ""              # one of MEASURES; "" when ``combine`` is set
    ref: str = ""                  # the subscale or item id measured
    op: str = ">="
    value: Number = 0
    min_score: int = 0             # count: how many items score at least this
    among: tuple[str, ...] = ()    # count: the item ids counted
    combine: str = ""              # "any" | "all"
    parts: tuple["Condition", ...] = ()

    def holds_for(self, measured: Number) -> bool:
        left, right = as_decimal(measured), as_decimal(self.value)
        return {">=": left >= right, ">": left > right, "<=": left <= right, "<": left < right,
                "==": left == right}[self.op]


@dataclass(frozen=True)
class Rule:
    """A positive criterion (阳性标准) or a validity rule that invalidates a sheet (效度)."""
    id: str
    kind: str                      # one of RULE_KINDS
    label: LocalText
    when: Condition
    alert: bool = False            # positive only: a sheet positive by this rule opens the crisis workflow


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
    total_subscales: tuple[str, ...] = ()   # format 2: the total counts only these subscales' items
    rules: tuple[Rule, ...] = ()
    digest: str = ""               # SHA-256 of the definition's text: which exact definition scored a test
    format: int = FORMAT_VERSION

    @cached_property
    def _items_by_id(self) -> dict[str, Item]:
        return {i.id: i for i in reversed(self.items)}

    def item(self, item_id: str) -> Item | None:
        return self._items_by_id.get(item_id)

    def band(self, band_id: str) -> Band | None:
        return next((b for b in self.bands if b.id == band_id), None)

    def subscale(self, subscale_id: str) -> Subscale | None:
        return next((s for s in self.subscales if s.id == subscale_id), None)

    @property
    def whole_total(self) -> bool:
        """Totals are whole numbers (sum, or any total with a multiplier); else 2-decimal means."""
        return self.total_method == "sum" or self.multiplier is not None

    @property
    def total_items(self) -> tuple[Item, ...]:
        """The items the total adds up: every item, or those of ``total_subscales``."""
        if not self.total_subscales:
            return self.items
        counted = {i for s in self.subscales if s.id in self.total_subscales for i in s.items}
        return tuple(i for i in self.items if i.id in counted)

    @property
    def total_range(self) -> tuple[Number, Number]:
        items = self.total_items
        return (self.total_of(sum(i.min_score for i in items)), self.total_of(sum(i.max_score for i in items)))

    def total_of(self, raw_sum: int) -> Number:
        """The total for a sum of the total's item scores: method, multiplier and rounding applied."""
        return finish_score(Decimal(raw_sum), len(self.total_items), self.total_method, self.multiplier,
                            self.rounding)

    def subscale_range(self, subscale: Subscale) -> tuple[Number, Number]:
        """A subscale's lowest and highest score (reversing an item keeps its range)."""
        items = [i for i in self.items if i.id in subscale.items]
        low = sum(i.min_score for i in items)
        high = sum(i.max_score for i in items)
        return (subscale_score(Decimal(low), len(items), subscale.method),
                subscale_score(Decimal(high), len(items), subscale.method))

    def rules_of(self, kind: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.kind == kind)

    def band_for(self, total: Number | None) -> Band | None:
        if total is None:
            return None
        return next((b for b in self.bands if b.contains(total)), None)


def as_decimal(value: Number) -> Decimal:
    """The exact decimal a number was written as (a float through its shortest text)."""
    return Decimal(str(value))


def finish_score(raw: Decimal, count: int, method: str, multiplier: Decimal | None, rounding: str) -> Number:
    """A sum of ``count`` item scores as a total or subscale score: method, multiplier and rounding applied."""
    value = raw / count if method == "mean" else raw
    if multiplier is not None:
        mode = ROUND_DOWN if rounding == "down" else ROUND_HALF_UP
        return int((value * multiplier).quantize(Decimal(1), rounding=mode))
    if method == "mean":
        return as_number(value.quantize(CENT, rounding=ROUND_HALF_UP))
    return int(value)


def subscale_score(raw: Decimal, count: int, method: str) -> Number:
    """A subscale's score for the sum of its ``count`` item scores."""
    return finish_score(raw, count, method, None, "half_up")


def as_number(value: Decimal) -> Number:
    """An int when the value is whole, else a float."""
    return int(value) if value == value.to_integral_value() else float(value)
