"""A sentence whose English words follow a number among its parameters (``1 step`` / ``2 steps``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Counted:
    """A message whose English words follow the number in the parameter ``param``."""
    param: str
    one: str
    other: str
