"""The scale library (R5): built-in scales from the application's resources, and the
supervisor's imports of the room's own licensed scales.

Built-in scales (``resources/scales/*.json``) are copied into the database the first
time the library is used with a database that lacks them (``library``, ``get``,
``import_definition`` all check, one cheap query). That covers every way a database
comes to be — a new set-up, an upgrade from a version without tests, a restored
backup — without a hook in each of them, and a later version of the application
that ships a new version of a built-in scale adds it the same way. A stored
definition is never changed (a trigger refuses it): signed tests keep the exact
definition that scored them.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from counselroom.domain.accounts import Role, User
from counselroom.domain.audit import Action
from counselroom.domain.errors import NotFound, ValidationError
from counselroom.domain.scales import Scale, ScaleDefinition, definition_text, parse_definition
from counselroom.domain.text import clean_text
from counselroom.resources import resource_path
from counselroom.services.session import Session
from counselroom.storage.scales_repo import ScaleRepository

LICENCE_NOTE_MAX = 1000


def scale_target(scale_id: int) -> str:
    return f"scale:{scale_id}"


@lru_cache(maxsize=1)
def builtin_definitions() -> tuple[tuple[ScaleDefinition, str], ...]:
    """The scales shipped with the application: (definition, its text), by file name."""
    found = []
    for path in sorted(resource_path("scales").glob("*.json")):
        raw = path.read_bytes()
        found.append((parse_definition(raw), definition_text(raw)))
    return tuple(found)


class ScaleService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> ScaleRepository:
        return ScaleRepository(self._s.db)

    def _clinician(self) -> User:
        return self._s.require(Role.COUNSELLOR, Role.SUPERVISOR)

    def _ensure_builtin(self, user: User) -> None:
        have = self._repo.versions()
        missing = [(d, t) for d, t in builtin_definitions() if (d.code, d.version) not in have]
        if not missing:
            return
        now: datetime = self._s.clock()
        with self._s.db.transaction():
            have = self._repo.versions()
            for definition, text in missing:
                if (definition.code, definition.version) in have:
                    continue
                scale_id = self._repo.add(definition, text, licence_note=definition.licence, builtin=True,
                                          imported_by=None, now=now)
                self._s.audit.append(user, Action.SCALE_INSTALLED, target=scale_target(scale_id),
                                     detail={"code": definition.code, "version": definition.version})

    def library(self, *, latest_only: bool = False) -> list[Scale]:
        """Every active scale by code (each version, or only the newest of each code):
        for counsellors and the supervisor."""
        user = self._clinician()
        self._ensure_builtin(user)
        scales = self._repo.all()
        if latest_only:
            newest = {s.code: s for s in sorted(scales, key=lambda s: s.id)}
            scales = [s for s in scales if newest[s.code] is s]
        return scales

    def get(self, code: str, version: str | None = None) -> Scale:
        """A scale by code: the given version, else the newest active one."""
        user = self._clinician()
        self._ensure_builtin(user)
        scale = self._repo.find(code, version) if version is not None else self._repo.latest(code)
        if scale is None:
            raise NotFound("scale.not_found")
        return scale

    def get_by_id(self, scale_id: int) -> Scale:
        self._clinician()
        scale = self._repo.get(scale_id)
        if scale is None:
            raise NotFound("scale.not_found")
        return scale

    def check_import(self, raw: bytes) -> ScaleDefinition:
        """Validate a definition file for the import dialog's preview; stores nothing.

        Raises ``ValidationError`` (field ``definition``) for the first problem, including a
        (code, version) already in the library."""
        user = self._s.require(Role.SUPERVISOR)
        definition = parse_definition(raw)
        self._ensure_builtin(user)
        if self._repo.find(definition.code, definition.version) is not None:
            raise ValidationError("definition", "scale.duplicate_version", scale=definition.code,
                                  version=definition.version)
        return definition

    def import_definition(self, raw: bytes, licence_note: str) -> Scale:
        """Store a room's own scale (supervisor only). A file with any problem stores nothing."""
        user = self._s.require(Role.SUPERVISOR)
        definition = parse_definition(raw)
        note = clean_text(licence_note)
        if not note:
            raise ValidationError("licence_note", "field.required")
        if len(note) > LICENCE_NOTE_MAX:
            raise ValidationError("licence_note", "text.too_long", max=LICENCE_NOTE_MAX)
        self._ensure_builtin(user)
        with self._s.db.transaction():
            if self._repo.find(definition.code, definition.version) is not None:
                raise ValidationError("definition", "scale.duplicate_version", scale=definition.code,
                                      version=definition.version)
            scale_id = self._repo.add(definition, definition_text(raw), licence_note=note, builtin=False,
                                      imported_by=user.id, now=self._s.clock())
            self._s.audit.append(user, Action.SCALE_IMPORTED, target=scale_target(scale_id), detail={
                "code": definition.code, "version": definition.version, "items": len(definition.items),
                "digest": definition.digest, "licence_note": note})
        scale = self._repo.get(scale_id)
        if scale is None:
            raise NotFound("scale.not_found")
        return scale
