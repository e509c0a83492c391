"""The room's settings: everyone reads them, the supervisor changes them."""

from __future__ import annotations

from datetime import time
from typing import Any

from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action
from counselroom.domain.periods import DEFAULT_TERMS, TermMonths, validate_terms
from counselroom.domain.settings import (
    RoomSettings, TimeRange, default_opening_hours, validate_idle_lock, validate_min_weekly_hours,
    validate_room_name,
)
from counselroom.domain.suppression import validate_k
from counselroom.services.session import Session
from counselroom.storage.settings_repo import SettingsRepository

ROOM_NAME = "room_name"
IDLE_LOCK = "idle_lock_minutes"
OPENING_HOURS = "opening_hours"
MIN_WEEKLY_HOURS = "min_weekly_hours"
TERMS = "term_months"
SUPPRESSION_K = "suppression_k"


def _hours_to_json(hours: dict[int, tuple[TimeRange, ...]]) -> dict[str, list[list[str]]]:
    return {str(day): [[f"{r.start:%H:%M}", f"{r.end:%H:%M}"] for r in ranges]
            for day, ranges in sorted(hours.items())}


def _hours_from_json(data: dict[str, Any] | None) -> dict[int, tuple[TimeRange, ...]]:
    if not data:
        return default_opening_hours()
    hours = default_opening_hours()
    for day, ranges in data.items():
        hours[int(day)] = tuple(TimeRange(time.fromisoformat(a), time.fromisoformat(b))
                                for a, b in ranges)
    return hours


def _terms_to_json(terms: TermMonths) -> dict[str, list[int]]:
    return {"first": [terms.first_start, terms.first_end], "second": [terms.second_start, terms.second_end]}


def _terms_from_json(data: dict[str, Any] | None) -> TermMonths:
    if not data:
        return DEFAULT_TERMS
    (first_start, first_end), (second_start, second_end) = data["first"], data["second"]
    return TermMonths(int(first_start), int(first_end), int(second_start), int(second_end))


class SettingsService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self) -> RoomSettings:
        self._s.require()
        repo = SettingsRepository(self._s.db)
        defaults = RoomSettings()
        return RoomSettings(
            room_name=repo.get(ROOM_NAME, ""),
            idle_lock_minutes=int(repo.get(IDLE_LOCK, defaults.idle_lock_minutes)),
            opening_hours=_hours_from_json(repo.get(OPENING_HOURS)),
            min_weekly_hours=int(repo.get(MIN_WEEKLY_HOURS, defaults.min_weekly_hours)),
            terms=_terms_from_json(repo.get(TERMS)),
            suppression_k=int(repo.get(SUPPRESSION_K, defaults.suppression_k)),
        )

    def room_name(self) -> str:
        """Shown in the title bar to everyone, including while a password must be changed."""
        name: str = SettingsRepository(self._s.db).get(ROOM_NAME, "")   # stored as a JSON text
        return name

    def idle_lock_minutes(self) -> int:
        return int(SettingsRepository(self._s.db).get(IDLE_LOCK, RoomSettings().idle_lock_minutes))

    def update(self, *, room_name: str | None = None, idle_lock_minutes: int | None = None,
               opening_hours: dict[int, tuple[TimeRange, ...]] | None = None,
               min_weekly_hours: int | None = None, terms: TermMonths | None = None,
               suppression_k: int | None = None) -> RoomSettings:
        user = self._s.require(Role.SUPERVISOR)
        current = self.get()
        changes: dict[str, object] = {}
        new_values: dict[str, object] = {}
        if room_name is not None and validate_room_name(room_name) != current.room_name:
            new_values[ROOM_NAME] = validate_room_name(room_name)
            changes[ROOM_NAME] = {"old": current.room_name, "new": new_values[ROOM_NAME]}
        if idle_lock_minutes is not None and validate_idle_lock(idle_lock_minutes) != current.idle_lock_minutes:
            new_values[IDLE_LOCK] = idle_lock_minutes
            changes[IDLE_LOCK] = {"old": current.idle_lock_minutes, "new": idle_lock_minutes}
        if min_weekly_hours is not None and (
                validate_min_weekly_hours(min_weekly_hours) != current.min_weekly_hours):
            new_values[MIN_WEEKLY_HOURS] = min_weekly_hours
            changes[MIN_WEEKLY_HOURS] = {"old": current.min_weekly_hours, "new": min_weekly_hours}
        if terms is not None and validate_terms(terms) != current.terms:
            new_values[TERMS] = _terms_to_json(terms)
            changes[TERMS] = {"old": _terms_to_json(current.terms), "new": new_values[TERMS]}
        if suppression_k is not None and validate_k(suppression_k) != current.suppression_k:
            new_values[SUPPRESSION_K] = suppression_k
            changes[SUPPRESSION_K] = {"old": current.suppression_k, "new": suppression_k}
        if opening_hours is not None:
            merged = {**current.opening_hours, **opening_hours}
            if merged != current.opening_hours:
                new_values[OPENING_HOURS] = _hours_to_json(merged)
                changes[OPENING_HOURS] = {"old": _hours_to_json(current.opening_hours),
                                          "new": new_values[OPENING_HOURS]}
        if not changes:
            return current
        repo = SettingsRepository(self._s.db)
        with self._s.db.transaction():
            for key, value in new_values.items():
                repo.set(key, value)
            self._s.audit.append(user, Action.SETTINGS_CHANGED, target="settings", detail=changes)
        return self.get()
