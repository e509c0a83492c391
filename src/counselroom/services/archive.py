"""The quarterly archive (归档, R12) for the supervisor: preview, export, receipt, and
opening an archive again to look something up (以备查阅).

The export is authorized as a whole: the supervisor's role is checked once and the
export is audited (started, then exported with its checksum, or failed), not once
per client. It reads and writes through a connection of its own, so the window may
run it on a worker thread. Only after the archive was read back from the drive and
verified is the quarter recorded as archived; from then on its visit records, tests,
appointments, duty shifts and consents are read-only, while crises, referrals and
consent withdrawals go on into the next quarter (see :mod:`counselroom.services.archived`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from counselroom.archive import export as export_mod
from counselroom.archive.passphrase import (
    MIN_BITS, PassphraseStrength, generate_passphrase, passphrase_strength, variant_kind,
)
from counselroom.archive.verify import ArchiveReader, VerifyReport, open_archive, verify_archive
from counselroom.domain.accounts import Role, User
from counselroom.domain.archive import COUNTED_KINDS, ArchiveError, Quarter
from counselroom.domain.audit import Action
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.reports.archive_receipt import build_archive_receipt
from counselroom.security.audit import AuditLog
from counselroom.security.keys import audit_key
from counselroom.services.clients import client_target
from counselroom.services.session import Session
from counselroom.services.settings_service import SettingsService
from counselroom.storage.database import Database
from counselroom.storage.quarter_repo import ArchivedExport, QuarterRepository
from counselroom.storage.users_repo import UserRepository

__all__ = [
    "ArchiveService", "ArchivePreview", "ArchiveResult", "UnsettledItem", "Quarter", "ArchiveReader",
    "VerifyReport", "PassphraseStrength", "generate_passphrase", "passphrase_strength", "passphrase_error",
    "MIN_BITS", "variant_kind",
]

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


def passphrase_error(passphrase: str, field: str = "passphrase") -> ValidationError | None:
    """Why ``passphrase`` may not protect an archive, as the error shown at ``field``; None if it may."""
    strength = passphrase_strength(passphrase)
    if strength.ok:
        return None
    return ValidationError(field, _PASSPHRASE_CODES[strength.problem], bits=strength.bits)


def _quarter(value: Quarter | str) -> Quarter:
    return value if isinstance(value, Quarter) else Quarter.parse(value)


class ArchiveService:
    def __init__(self, session: Session, lang: str = "zh_CN") -> None:
        self._s = session
        self._lang = lang

    def _supervisor(self) -> User:
        return self._s.require(Role.SUPERVISOR)

    # -- choosing what to export -----------------------------------------------------------------
    def suggested_quarter(self) -> Quarter:
        """The last complete quarter: the one the dialog proposes."""
        self._supervisor()
        return Quarter.last_complete(self._s.today())

    def due(self) -> Quarter | None:
        """The last complete quarter if it holds records and has not been archived yet (Today's reminder)."""
        self._supervisor()
        quarter = Quarter.last_complete(self._s.today())
        repo = QuarterRepository(self._s.db)
        if quarter in repo.archived_quarters() or not repo.counts(quarter).get("clients", 0):
            return None
        return quarter

    def preview(self, quarter: Quarter | str) -> ArchivePreview:
        """What the archive of ``quarter`` would hold now, and what is not settled in it.

        Counts only: no record is shown, so this is not audited."""
        self._supervisor()
        quarter = _quarter(quarter)
        repo = QuarterRepository(self._s.db)
        counts = repo.counts(quarter)
        ordered = {k: counts.get(k, 0) for k in COUNTED_KINDS if k in counts}
        names = {u.id: u.display_name for u in UserRepository(self._s.db).all()}
        unsettled = [UnsettledItem(u.kind, u.record_id, u.day, names.get(u.counsellor_id, ""))
                     for u in repo.unsettled(quarter)]
        exports = [e for e in repo.exports() if e.quarter == quarter]
        return ArchivePreview(quarter, ordered, unsettled, quarter.is_over(self._s.today()), exports)

    def check_passphrase(self, passphrase: str) -> PassphraseStrength:
        """For the typed passphrase field (raises nothing)."""
        return passphrase_strength(passphrase)

    def check_target(self, quarter: Quarter | str, target_dir: Path) -> Path:
        """Where the archive of ``quarter`` would be written in ``target_dir``; raises
        ``archive.target_missing`` or ``archive.exists`` (an archive is never overwritten)."""
        self._supervisor()
        return export_mod.check_target(Path(target_dir), _quarter(quarter).file_name)

    # -- the export ------------------------------------------------------------------------------
    def export(self, quarter: Quarter | str, target_dir: Path, passphrase: str, *, acknowledged: bool = False,
               progress: export_mod.Progress | None = None,
               cancel: export_mod.Cancel | None = None) -> ArchiveResult:
        """Write ``CounselRoom-<quarter>.7z`` into ``target_dir``, read it back, verify it, and mark the
        quarter archived. Any failure leaves no file under that name and the quarter as it was.

        ``acknowledged``: the supervisor has seen the unsigned records and open crises of the
        quarter (:meth:`preview`) and archives them as they are. ``progress(stage, fraction)`` and
        ``cancel() -> bool`` as in :mod:`counselroom.archive.export`.
        """
        user = self._supervisor()
        quarter = _quarter(quarter)
        today = self._s.today()
        if not quarter.is_over(today):
            raise ValidationError("quarter", "archive.quarter_not_over", quarter=str(quarter))
        problem = passphrase_error(passphrase)
        if problem is not None:
            raise problem
        target_dir = Path(target_dir)
        export_mod.check_target(target_dir, quarter.file_name)
        names = {u.id: u.display_name for u in UserRepository(self._s.db).all()}
        unsettled = [UnsettledItem(u.kind, u.record_id, u.day, names.get(u.counsellor_id, ""))
                     for u in QuarterRepository(self._s.db).unsettled(quarter)]
        if unsettled and not acknowledged:
            raise ValidationError("acknowledged", "archive.unsettled", count=len(unsettled))
        room_name = SettingsService(self._s).room_name()
        key = self._s.key
        db = Database.open_existing(self._s.installation.db_path, key)
        try:
            log = AuditLog(db, audit_key(key), self._s.keystore, anchor_frozen=self._s.audit.anchor_frozen,
                           clock=self._s.clock)
            with db.transaction():
                head = log.append(user, Action.ARCHIVE_EXPORT_STARTED, detail={
                    "quarter": str(quarter), "file": quarter.file_name,
                    "acknowledged": {k: sum(1 for u in unsettled if u.kind == k) for k in ("visit", "test", "crisis")
                                     if any(u.kind == k for u in unsettled)}})
            exported_at = self._s.clock()
            try:
                written = export_mod.export_quarter(
                    db, quarter, target_dir=target_dir, passphrase=passphrase, room_name=room_name,
                    exported_by=user.display_name, exported_by_username=user.username, exported_at=exported_at,
                    today=today, audit_head=head, lang=self._lang, progress=progress, cancel=cancel)
                export_id = self._finish(db, log, user, quarter, written, head, exported_at)
            except BaseException as exc:
                code = exc.code if isinstance(exc, CounselRoomError) else f"unexpected.{type(exc).__name__}"
                try:
                    with db.transaction():
                        log.append(user, Action.ARCHIVE_EXPORT_FAILED, detail={
                            "quarter": str(quarter), "file": quarter.file_name, "reason": code})
                except CounselRoomError:
                    pass  # the failure itself is what the caller reports
                raise
        finally:
            db.close()
        return ArchiveResult(export_id=export_id, quarter=quarter, path=written.path, file_name=written.file_name,
                             size=written.size, sha256=written.sha256, counts=written.counts,
                             case_files=written.case_files, audit_head_seq=head.seq, audit_head_mac=head.mac,
                             exported_at=exported_at, exported_by=user.display_name, acknowledged=unsettled)

    def _finish(self, db: Database, log: AuditLog, user: User, quarter: Quarter,
                written: export_mod.ExportedArchive, head, exported_at: datetime) -> int:
        """Mark the quarter archived and audit the export with its checksum, in one transaction,
        provided none of the quarter's visit records or tests changed while the export ran."""
        repo = QuarterRepository(db)
        try:
            with db.transaction():
                if repo.fingerprint(quarter) != written.fingerprint:
                    raise ArchiveError("archive.changed_during_export")
                export_id = repo.record_export(
                    quarter=quarter, exported_at=exported_at, exported_by=user.id, file_name=written.file_name,
                    size=written.size, sha256=written.sha256, counts=written.counts, audit_seq=head.seq,
                    audit_mac=head.mac)
                log.append(user, Action.ARCHIVE_EXPORTED, detail={
                    "quarter": str(quarter), "file": written.file_name, "size": written.size,
                    "sha256": written.sha256, "counts": written.counts, "case_files": written.case_files,
                    "audit_head": {"seq": head.seq, "mac": head.mac}, "export": export_id})
        except BaseException:
            # The quarter is not marked archived: an archive that says otherwise must not stand.
            export_mod.remove_archive(written.path)
            raise
        return export_id

    # -- after the export ------------------------------------------------------------------------
    def exports(self) -> list[ArchivedExport]:
        """Every verified export, newest first."""
        self._supervisor()
        return QuarterRepository(self._s.db).exports()

    def archived_quarters(self) -> set[Quarter]:
        self._s.require()
        return QuarterRepository(self._s.db).archived_quarters()

    def receipt(self, result: ArchiveResult | ArchivedExport, *, passphrase: str | None = None) -> bytes:
        """The receipt PDF (no client data); with ``passphrase`` it is printed on it in a box."""
        self._supervisor()
        if isinstance(result, ArchiveResult):
            fields = dict(quarter=result.quarter, exported_at=result.exported_at, exported_by=result.exported_by,
                          file_name=result.file_name, size=result.size, sha256=result.sha256, counts=result.counts,
                          case_files=result.case_files, audit_head_seq=result.audit_head_seq,
                          audit_head_mac=result.audit_head_mac)
        else:
            fields = dict(quarter=result.quarter, exported_at=result.exported_at,
                          exported_by=result.exported_by_name, file_name=result.file_name, size=result.size,
                          sha256=result.sha256, counts=result.counts,
                          case_files=result.counts.get("clients", 0), audit_head_seq=result.audit_seq,
                          audit_head_mac=result.audit_mac)
        return build_archive_receipt(room_name=SettingsService(self._s).room_name(), passphrase=passphrase,
                                     printed_at=self._s.clock(), lang=self._lang, **fields)

    # -- opening an archive again (以备查阅) ----------------------------------------------------
    def _audit(self, action: Action, *, target: str = "", detail: dict) -> None:
        """Through a connection of this call's own: safe on a worker thread."""
        user = self._supervisor()
        key = self._s.key
        db = Database.open_existing(self._s.installation.db_path, key)
        try:
            log = AuditLog(db, audit_key(key), self._s.keystore, anchor_frozen=self._s.audit.anchor_frozen,
                           clock=self._s.clock)
            with db.transaction():
                log.append(user, action, target=target, detail=detail)
        finally:
            db.close()

    def verify(self, source: Path, passphrase: str) -> VerifyReport:
        """Check an archive file (sound / damaged / wrong passphrase / not an archive); audited."""
        self._supervisor()
        report = verify_archive(source, passphrase)
        self._audit(Action.ARCHIVE_VERIFIED, detail={
            "file": Path(source).name, "status": report.status.value, "sha256": report.sha256,
            "quarter": report.quarter or "", "problems": list(report.problems[:10])})
        return report

    def open(self, source: Path, passphrase: str) -> ArchiveReader:
        """Open an archive read-only, in memory, for the viewer; audited. Raises :class:`ArchiveError`
        (``archive.wrong_passphrase``, ``archive.damaged``, ``archive.not_archive``, ``archive.unreadable``)."""
        self._supervisor()
        reader = open_archive(source, passphrase)
        try:
            self._audit(Action.ARCHIVE_OPENED, detail={
                "file": reader.file_name, "quarter": str(reader.quarter), "sha256": reader.sha256})
        except BaseException:
            reader.close()
            raise
        return reader

    def record_output(self, reader: ArchiveReader, what: str, client_id: int, how: str) -> None:
        """After the print (or save) dialog succeeded for a document from an archive."""
        if how not in ("print", "pdf"):
            raise ValidationError("output", "print.output")
        self._audit(Action.ARCHIVE_PRINTED, target=client_target(client_id), detail={
            "file": reader.file_name, "quarter": str(reader.quarter), "document": what, "output": how})
