"""Psychological tests (测验, R5): the room's scale library and the test log's records.

A scale is data, not code: a UTF-8 JSON file (format described in
``resources/scales/README.md``) that :func:`parse_definition` (``scale_parsing``) checks
completely before anything may use it; the checked definition is a :class:`ScaleDefinition`
(``scale_definition``), and :func:`score` (``scale_scoring``) turns answers
``{item id: option id}`` into a :class:`ScoreResult`. Those names are importable from here too.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from enum import Enum
from typing import NamedTuple

from counselroom.domain.errors import ValidationError
from counselroom.domain.scale_definition import (
    FORMAT_VERSION, Band, Condition, CriticalItem, Item, LocalText, Number, Option, Rule, ScaleDefinition, Subscale,
    abbreviation,
)
from counselroom.domain.scale_parsing import (
    CODE_RE, ID_MAX, LANGUAGE_RE, MAX_BYTES, MAX_ITEMS, METHODS, ROUNDINGS, SEVERITIES, definition_text,
    parse_definition,
)
from counselroom.domain.scale_scoring import CriticalHit, RuleHit, ScoreResult, clean_answers, score
from counselroom.domain.text import clean_text

__all__ = [
    # scale_definition
    "FORMAT_VERSION", "Band", "Condition", "CriticalItem", "Item", "LocalText", "Number", "Option", "Rule",
    "ScaleDefinition", "Subscale", "abbreviation",
    # scale_parsing
    "CODE_RE", "ID_MAX", "LANGUAGE_RE", "MAX_BYTES", "MAX_ITEMS", "METHODS", "ROUNDINGS", "SEVERITIES",
    "definition_text", "parse_definition",
    # scale_scoring
    "CriticalHit", "RuleHit", "ScoreResult", "clean_answers", "score",
    # this module
    "FLAG_DAYS", "INTERPRETATION_MAX", "FlaggedClient", "Scale", "TestRecord", "TestStatus", "TrendPoint",
    "administration_payload", "check_interpretation",
]

FLAG_DAYS = 60                     # a critical answer keeps the client flagged this long
INTERPRETATION_MAX = 5000


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
