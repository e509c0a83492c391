"""How times are stored: ISO 8601 text in UTC, compared as text."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import overload


@overload
def to_db(value: datetime) -> str: ...
@overload
def to_db(value: None) -> None: ...
@overload
def to_db(value: datetime | None) -> str | None: ...
def to_db(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(timezone.utc).isoformat(timespec="microseconds")


def from_db(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def from_db_required(value: str) -> datetime:
    """A moment from a NOT NULL column."""
    return datetime.fromisoformat(value)
