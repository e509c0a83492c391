"""Findings of an integrity check: a code and what it concerns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Finding:
    code: str
    params: dict[str, object] = field(default_factory=dict)
