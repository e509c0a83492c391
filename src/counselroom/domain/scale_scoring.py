"""Scoring a scale (R5): answers ``{item id: option id}`` into a :class:`ScoreResult`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from counselroom.domain.errors import ValidationError
from counselroom.domain.scale_definition import (
    Band, Condition, LocalText, Number, Rule, ScaleDefinition, Subscale, subscale_score,
)


@dataclass(frozen=True)
class CriticalHit:
    item: str
    option: str
    score: int
    note: LocalText


@dataclass(frozen=True)
class RuleHit:
    """A rule (format 2) that fired: which, its words, and the value that made it fire."""
    rule_id: str
    label: LocalText
    value: Number                                # the measure of the first condition that held
    measure: str = ""                            # what ``value`` is: "total", "subscale:<id>", "item:<id>", "count"
    alert: bool = False                          # a positive rule marked "alert": opens the crisis workflow


@dataclass(frozen=True)
class ScoreResult:
    total: Number | None                         # None until every item is answered
    subscales: Mapping[str, Number | None]        # subscale id -> score (None while one of its items is open)
    band: Band | None                            # None while incomplete, and on an invalid sheet
    critical: tuple[CriticalHit, ...]            # critical answers, even in a partial answer set
    item_scores: Mapping[str, int]               # answered item id -> its score (reverse applied)
    missing: tuple[str, ...]                     # unanswered item ids, in order
    valid: bool = True                           # False when a validity rule invalidates the sheet
    invalid_hits: tuple[RuleHit, ...] = ()
    positive: bool = False                       # a positive rule fired on a valid, complete sheet
    positive_hits: tuple[RuleHit, ...] = ()
    subscale_bands: Mapping[str, Band | None] = field(default_factory=dict)   # every subscale id -> its band

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def alert(self) -> bool:
        """The scores themselves call for crisis intervention: a total or subscale score in an "alert"
        band, or a positive rule marked "alert" (never on an invalid sheet: it has no bands or positives)."""
        return (self.band is not None and self.band.alert) \
            or any(b is not None and b.alert for b in self.subscale_bands.values()) \
            or any(h.alert for h in self.positive_hits)

    @property
    def needs_crisis(self) -> bool:
        """R7: a critical answer, or an alert (band or rule), opens the crisis workflow."""
        return bool(self.critical) or self.alert


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
    total = None if missing else definition.total_of(sum(item_scores[i.id] for i in definition.total_items))
    subscales: dict[str, Number | None] = {}
    for sub in definition.subscales:
        if all(i in item_scores for i in sub.items):
            subscales[sub.id] = subscale_score(Decimal(sum(_in_subscale(definition, sub, i, answers[i])
                                                           for i in sub.items)), len(sub.items), sub.method)
        else:
            subscales[sub.id] = None
    hits = tuple(CriticalHit(c.item, answers[c.item], item_scores[c.item], c.note)
                 for c in definition.critical if answers.get(c.item) in c.options)
    scores = _Measures(total, subscales, item_scores)
    # A validity rule can invalidate a sheet as soon as what it reads is answered; a sheet is positive
    # only once it is complete and valid, and an invalid sheet is not banded at all.
    invalid_hits = tuple(hit for rule in definition.rules_of("invalid") if (hit := scores.fired(rule)))
    valid = not invalid_hits
    positive_hits: tuple[RuleHit, ...] = ()
    if valid and not missing:
        positive_hits = tuple(hit for rule in definition.rules_of("positive") if (hit := scores.fired(rule)))
    subscale_bands = {sub.id: sub.band_for(subscales[sub.id]) if valid else None for sub in definition.subscales}
    return ScoreResult(total=total, subscales=subscales, band=definition.band_for(total) if valid else None,
                       critical=hits, item_scores=item_scores, missing=missing, valid=valid,
                       invalid_hits=invalid_hits, positive=bool(positive_hits), positive_hits=positive_hits,
                       subscale_bands=subscale_bands)


def _in_subscale(definition: ScaleDefinition, sub: Subscale, item_id: str, option_id: str) -> int:
    """An item's score within one subscale: reversed there if the item or this subscale says so."""
    item = definition.item(item_id)
    assert item is not None     # subscales list only the definition's own items
    found = item.option(option_id)
    assert found is not None    # clean_answers checked every answer
    if item.reverse or item_id in sub.reverse:
        return item.max_score + item.min_score - found.score
    return found.score


@dataclass(frozen=True)
class _Measures:
    total: Number | None
    subscales: Mapping[str, Number | None]
    items: Mapping[str, int]

    def measure(self, condition: Condition) -> Number | None:
        """The value a condition compares, None while what it reads is not all answered."""
        if condition.measure == "total":
            return self.total
        if condition.measure == "subscale":
            return self.subscales.get(condition.ref)
        if condition.measure == "item":
            return self.items.get(condition.ref)
        if any(i not in self.items for i in condition.among):
            return None
        return sum(1 for i in condition.among if self.items[i] >= condition.min_score)

    def first_held(self, condition: Condition) -> tuple[Number, str] | None:
        """(value, measure) of the first simple condition that made ``condition`` hold, else None."""
        if condition.combine == "any":
            return next((held for part in condition.parts if (held := self.first_held(part))), None)
        if condition.combine == "all":
            found = [self.first_held(part) for part in condition.parts]
            return found[0] if all(found) else None
        value = self.measure(condition)
        if value is None or not condition.holds_for(value):
            return None
        where = condition.measure if condition.measure in ("total", "count") \
            else f"{condition.measure}:{condition.ref}"
        return value, where

    def fired(self, rule: Rule) -> RuleHit | None:
        held = self.first_held(rule.when)
        if held is None:
            return None
        return RuleHit(rule.id, rule.label, held[0], held[1], rule.alert)
