"""What the quarterly archive's service hands the screens: a quarter's preview, a verified export,
what was done with an interrupted one, and the rule a typed archive passphrase must meet."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from counselroom.archive.passphrase import passphrase_strength
from counselroom.domain.archive import Quarter
from counselroom.domain.errors import ValidationError
from counselroom.storage.quarter_repo import ArchivedExport

_PASSPHRASE_CODES = {
    "empty": "archive.passphrase_empty",
    "spaces": "archive.passphrase_spaces",
    "control": "archive.passphrase_control",
    "too_short": "archive.passphrase_weak",
}


@dataclass(frozen=True)
class UnsettledItem:
    """An unsigned visit record or test, or an open crisis, of the quarter (no client data)."""
    kind: str                  # 'visit' | 'test' | 'crisis'
    record_id: int
    day: date | None
    counsellor: str


@dataclass(frozen=True)
class ArchivePreview:
    quarter: Quarter
    #: table name -> rows the archive would hold now, in ``COUNTED_KINDS`` order
    counts: dict[str, int]
    unsettled: list[UnsettledItem]
    #: the quarter has ended (only ended quarters are exported)
    is_over: bool
    #: earlier verified exports of this quarter, newest first
    exports: list[ArchivedExport] = field(default_factory=list)

    def _count(self, kind: str) -> int:
        return sum(1 for u in self.unsettled if u.kind == kind)

    @property
    def unsigned_visits(self) -> int:
        return self._count("visit")

    @property
    def unsigned_tests(self) -> int:
        return self._count("test")

    @property
    def open_crises(self) -> int:
        return self._count("crisis")

    @property
    def needs_acknowledgement(self) -> bool:
        return bool(self.unsettled)

    @property
    def already_archived(self) -> bool:
        return bool(self.exports)

    @property
    def file_name(self) -> str:
        return self.quarter.file_name


@dataclass(frozen=True)
class ArchiveResult:
    """A verified export, as the dialog shows it and the receipt prints it."""
    export_id: int
    quarter: Quarter
    path: Path
    file_name: str
    size: int
    sha256: str
    counts: dict[str, int]
    case_files: int
    audit_head_seq: int
    audit_head_mac: str
    exported_at: datetime
    exported_by: str
    #: what the supervisor acknowledged as not settled when exporting
    acknowledged: list[UnsettledItem] = field(default_factory=list)
    #: the manifest's seal (HMAC-SHA256 hex), printed on the receipt
    seal: str = ""
    #: written by an earlier export that was interrupted, recognised and recorded now
    recovered: bool = False


@dataclass(frozen=True)
class Reconciled:
    """What :meth:`ArchiveService.reconcile` did with one interrupted export."""
    quarter: Quarter
    #: 'recorded', 'set_aside', 'nothing_written', 'not_ours' or 'drive_missing' (see the module's docs)
    outcome: str
    #: the archive's path (its final name in the folder it was written to)
    path: Path
    #: where a set-aside archive is now
    set_aside: Path | None = None
    export_id: int | None = None


def set_aside_name(file_name: str, when: datetime) -> str:
    """``CounselRoom-2026Q3.7z`` -> ``CounselRoom-2026Q3.unrecorded-20261008-073000.7z`` (UTC, as backups)."""
    stem, dot, ext = file_name.rpartition(".")
    stamp = when.astimezone(timezone.utc).strftime("%Y%m%d-%H%M%S")
    return f"{stem}.unrecorded-{stamp}.{ext}" if dot else f"{file_name}.unrecorded-{stamp}"


def passphrase_error(passphrase: str, field: str = "passphrase", *,
                     generated: str | None = None) -> ValidationError | None:
    """Why ``passphrase`` may not protect an archive, as the error shown at ``field``; None if it may.
    ``generated``: the passphrase the application generated for this export (the only one credited
    as generated)."""
    strength = passphrase_strength(passphrase, generated=generated)
    if strength.problem is None:
        return None
    return ValidationError(field, _PASSPHRASE_CODES[strength.problem], bits=strength.bits)
