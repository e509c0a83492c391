"""Scoring a scale (R5): answers ``{item id: option id}`` into a :class:`ScoreResult`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from counselroom.domain.errors import ValidationError
from counselroom.domain.scale_definition import Band, LocalText, Number, ScaleDefinition, finish_score


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
            subscales[sub.id] = finish_score(Decimal(sum(item_scores[i] for i in sub.items)), len(sub.items),
                                        sub.method, None, "half_up")
        else:
            subscales[sub.id] = None
    hits = tuple(CriticalHit(c.item, answers[c.item], item_scores[c.item], c.note)
                 for c in definition.critical if answers.get(c.item) in c.options)
    return ScoreResult(total=total, subscales=subscales, band=definition.band_for(total), critical=hits,
                       item_scores=item_scores, missing=missing)
