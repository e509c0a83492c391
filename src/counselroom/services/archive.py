"""The quarterly archive (归档, R12) for the supervisor: preview, export, receipt, and
opening an archive again to look something up (以备查阅).

The export is authorized as a whole: the supervisor's role is checked once and the
export is audited (started, then exported with its checksum, or failed), not once
per client. It reads and writes through a connection of its own, so the window may
run it on a worker thread. Only after the archive was read back from the drive and
verified is the quarter recorded as archived; from then on its visit records, tests,
appointments, duty shifts and consents are read-only, while crises, referrals and
consent withdrawals go on into the next quarter (see :mod:`counselroom.services.archived`).

The archive's manifest is sealed with a key derived from K (``keys.archive_seal_key``), so
:meth:`ArchiveService.verify` and :meth:`ArchiveService.open` tell an archive as this room
exported it from one that only opens with the passphrase.

**After a crash.** Before anything is written to the drive, the export is noted in the live
database (:class:`~counselroom.storage.quarter_repo.PendingExport`: the quarter, the folder,
and, once the archive is built and checked, its SHA-256 and seal); the note goes in the
same transaction that records the export, or its failure. The exporting process holds a lock
file in the data folder while it runs. A note whose lock is free belongs to a process that
died, and :meth:`ArchiveService.reconcile` (at the supervisor's next start, on the Archive
page, and before the next export) settles it:

- the drive holds the archive under its final name with exactly the SHA-256 noted (so it is
  the archive that was checked in memory, sealed by this room) and the quarter's records are
  as they were exported → the export is **recorded** (audited as exported, ``recovered``);
- the same archive, but a record of the quarter changed since (the quarter stayed editable)
  → the file is **set aside**: renamed to ``CounselRoom-2026Q3.unrecorded-<UTC time>.7z`` (not
  deleted), the quarter stays unarchived and can be exported again;
- no archive under the final name (the process died before the rename) → its temporary files
  are removed and the export is audited as failed (``archive.interrupted``);
- a file of that name with other bytes is not ours: left untouched, the note dropped;
- the folder is not there (the drive is not plugged in) → the note waits for the next time.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from counselroom.archive.passphrase import (
    MIN_BITS, ExportPassphrase, PassphraseStrength, generate_passphrase, passphrase_strength, variant_kind,
)
from counselroom.archive.strength import warm_up as warm_up_estimator
from counselroom.archive.verify import (
    ArchiveReader, ArchiveStatus, Provenance, VerifyReport, open_archive, verify_archive,
)
from counselroom.domain.accounts import Role, User
from counselroom.domain.archive import COUNTED_KINDS, ArchiveError, Quarter
from counselroom.domain.audit import Action, AuditEntry
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.security.audit import AuditLog
from counselroom.security.keys import archive_seal_key, audit_key
from counselroom.services.archive_values import (
    ArchivePreview, ArchiveResult, Reconciled, UnsettledItem, passphrase_error, set_aside_name,
)
from counselroom.services.clients import client_target
from counselroom.services.session import Session
from counselroom.services.settings_service import SettingsService
from counselroom.storage.database import Database
from counselroom.storage.quarter_repo import ArchivedExport, PendingExport, QuarterRepository
from counselroom.storage.users_repo import UserRepository
from counselroom.storage.writer_lock import WriterLock

if TYPE_CHECKING:
    from counselroom.archive import export as export_mod


def _export() -> ModuleType:
    """The export machinery (reportlab for the case files, py7zr): loaded by the first export, so the
    window that only asks whether one is due does not carry it."""
    from counselroom.archive import export

    return export

__all__ = [
    "ArchiveService", "ArchivePreview", "ArchiveResult", "UnsettledItem", "Quarter", "ArchiveReader",
    "VerifyReport", "PassphraseStrength", "generate_passphrase", "passphrase_strength", "passphrase_error",
    "MIN_BITS", "variant_kind", "ExportPassphrase", "Provenance", "ArchiveStatus", "Reconciled",
    "PendingExport", "warm_up_estimator",
]

def _quarter(value: Quarter | str) -> Quarter:
    return value if isinstance(value, Quarter) else Quarter.parse(value)


def _same_path(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def _free_name(folder: Path, name: str) -> Path:
    """``folder / name``, or with ``-2``, ``-3``… before the extension if that is taken."""
    candidate = folder / name
    stem, dot, ext = name.rpartition(".")
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / (f"{stem}-{n}.{ext}" if dot else f"{name}-{n}")
    return candidate


class ArchiveService:
    def __init__(self, session: Session, lang: str = "zh_CN") -> None:
        self._s = session
        self._lang = lang
        #: The passphrase generated for this export (the dialog's), the only one credited as generated.
        self.passphrases = ExportPassphrase()
        #: What the last :meth:`export` found and settled of interrupted exports before it began.
        self.reconciled: list[Reconciled] = []

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
        if repo.is_archived(quarter) or not repo.has_rows(quarter, "clients"):
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
        names: dict[int | None, str] = {u.id: u.display_name for u in UserRepository(self._s.db).all()}
        unsettled = [UnsettledItem(u.kind, u.record_id, u.day, names.get(u.counsellor_id, ""))
                     for u in repo.unsettled(quarter)]
        exports = [e for e in repo.exports() if e.quarter == quarter]
        return ArchivePreview(quarter, ordered, unsettled, quarter.is_over(self._s.today()), exports)

    def new_passphrase(self) -> str:
        """A passphrase generated for this export: shown once, credited as generated."""
        return self.passphrases.generate()

    def check_passphrase(self, passphrase: str) -> PassphraseStrength:
        """For the typed passphrase field (raises nothing)."""
        return self.passphrases.strength(passphrase)

    def passphrase_problem(self, passphrase: str, field: str = "passphrase") -> ValidationError | None:
        """As :func:`passphrase_error`, with this export's generated passphrase."""
        return passphrase_error(passphrase, field, generated=self.passphrases.generated)

    def check_target(self, quarter: Quarter | str, target_dir: Path) -> Path:
        """Where the archive of ``quarter`` would be written in ``target_dir``; raises
        ``archive.target_missing`` or ``archive.exists`` (an archive is never overwritten), or
        ``archive.recovered`` when the file there is an interrupted export of it, now recorded."""
        self._supervisor()
        quarter = _quarter(quarter)
        target_dir = Path(target_dir)
        final = target_dir / quarter.file_name
        if final.exists() and any(_same_path(Path(p.target_dir) / p.file_name, final)
                                  for p in self.interrupted()):
            self._raise_if_recovered(self.reconcile(), final, quarter)
        target: Path = _export().check_target(target_dir, quarter.file_name)
        return target

    # -- the export ------------------------------------------------------------------------------
    def _connection(self) -> tuple[Database, AuditLog]:
        """A connection of this call's own (safe on a worker thread) and the audit log on it."""
        key = self._s.key
        db = Database.open_existing(self._s.installation.db_path, key)
        log = AuditLog(db, audit_key(key), self._s.keystore, anchor_frozen=self._s.audit.anchor_frozen,
                       clock=self._s.clock)
        return db, log

    def export(self, quarter: Quarter | str, target_dir: Path, passphrase: str, *, acknowledged: bool = False,
               progress: export_mod.Progress | None = None,
               cancel: export_mod.Cancel | None = None) -> ArchiveResult:
        """Write ``CounselRoom-<quarter>.7z`` into ``target_dir``, read it back, verify it, and mark the
        quarter archived. Any failure leaves no file under that name and the quarter as it was.

        ``acknowledged``: the supervisor has seen the unsigned records and open crises of the
        quarter (:meth:`preview`) and archives them as they are. ``progress(stage, fraction)`` and
        ``cancel() -> bool`` as in :mod:`counselroom.archive.export`.

        Interrupted exports are settled first (:meth:`reconcile`). If that records an archive of this
        quarter in ``target_dir`` which ``passphrase`` opens, it is the export asked for: returned with
        ``recovered`` set. If ``passphrase`` does not open it, ``archive.recovered`` is raised.
        """
        user = self._supervisor()
        quarter = _quarter(quarter)
        today = self._s.today()
        if not quarter.is_over(today):
            raise ValidationError("quarter", "archive.quarter_not_over", quarter=str(quarter))
        problem = self.passphrase_problem(passphrase)
        if problem is not None:
            raise problem
        target_dir = Path(target_dir)
        settled = self.reconciled = self.reconcile()
        final = target_dir / quarter.file_name
        done = next((r for r in settled if r.outcome == "recorded" and r.quarter == quarter
                     and _same_path(r.path, final)), None)
        if done is not None:
            return self._recovered(done, passphrase)
        _export().check_target(target_dir, quarter.file_name)
        names: dict[int | None, str] = {u.id: u.display_name for u in UserRepository(self._s.db).all()}
        unsettled = [UnsettledItem(u.kind, u.record_id, u.day, names.get(u.counsellor_id, ""))
                     for u in QuarterRepository(self._s.db).unsettled(quarter)]
        if unsettled and not acknowledged:
            raise ValidationError("acknowledged", "archive.unsettled", count=len(unsettled))
        room_name = SettingsService(self._s).room_name()
        key = self._s.key
        token = secrets.token_hex(8)
        lock = WriterLock.acquire(self._lock_path(token))
        try:
            db, log = self._connection()
            try:
                repo = QuarterRepository(db)
                exported_at = self._s.clock()
                with db.transaction():
                    head = log.append(user, Action.ARCHIVE_EXPORT_STARTED, detail={
                        "quarter": str(quarter), "file": quarter.file_name,
                        "acknowledged": {k: sum(1 for u in unsettled if u.kind == k)
                                         for k in ("visit", "test", "crisis") if any(u.kind == k for u in unsettled)}})
                    pending = PendingExport(
                        token=token, quarter=quarter, target_dir=str(target_dir), file_name=quarter.file_name,
                        exported_at=exported_at, exported_by=user.id, audit_seq=head.seq, audit_mac=head.mac,
                        lock=str(lock.path))
                    repo.note_pending(pending)

                def packed(built: export_mod.PackedArchive) -> None:
                    # What identifies the archive on the drive if this process dies from here on.
                    with db.transaction():
                        repo.note_pending(replace(pending, size=built.size, sha256=built.sha256, seal=built.seal,
                                                  counts=built.counts, fingerprint=built.fingerprint,
                                                  case_files=built.case_files))

                try:
                    written = _export().export_quarter(
                        db, quarter, target_dir=target_dir, passphrase=passphrase, room_name=room_name,
                        exported_by=user.display_name, exported_by_username=user.username, exported_at=exported_at,
                        today=today, audit_head=head, lang=self._lang, progress=progress, cancel=cancel,
                        seal_key=archive_seal_key(key), on_packed=packed)
                    export_id = self._finish(db, log, user, quarter, written, head, exported_at, token)
                except BaseException as exc:
                    code = exc.code if isinstance(exc, CounselRoomError) else f"unexpected.{type(exc).__name__}"
                    try:
                        with db.transaction():
                            log.append(user, Action.ARCHIVE_EXPORT_FAILED, detail={
                                "quarter": str(quarter), "file": quarter.file_name, "reason": code})
                            repo.drop_pending(token)
                    except CounselRoomError:
                        pass  # the failure itself is what the caller reports; the note is settled later
                    raise
            finally:
                db.close()
        finally:
            lock.release()
        return ArchiveResult(export_id=export_id, quarter=quarter, path=written.path, file_name=written.file_name,
                             size=written.size, sha256=written.sha256, counts=written.counts,
                             case_files=written.case_files, audit_head_seq=head.seq, audit_head_mac=head.mac,
                             exported_at=exported_at, exported_by=user.display_name, acknowledged=unsettled,
                             seal=written.seal)

    def _finish(self, db: Database, log: AuditLog, user: User, quarter: Quarter,
                written: export_mod.ExportedArchive, head: AuditEntry, exported_at: datetime,
                token: str) -> int:
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
                    audit_mac=head.mac, seal=written.seal)
                log.append(user, Action.ARCHIVE_EXPORTED, detail={
                    "quarter": str(quarter), "file": written.file_name, "size": written.size,
                    "sha256": written.sha256, "seal": written.seal, "counts": written.counts,
                    "case_files": written.case_files, "audit_head": {"seq": head.seq, "mac": head.mac},
                    "export": export_id})
                repo.drop_pending(token)
        except BaseException:
            # The quarter is not marked archived: an archive that says otherwise must not stand.
            _export().remove_archive(written.path)
            raise
        return export_id

    # -- after a crash ---------------------------------------------------------------------------
    def _lock_path(self, token: str) -> Path:
        """The lock file an export holds while it runs (the OS lets go of it when the process dies)."""
        return Path(self._s.installation.data_dir) / f".archive-export-{token}.lock"

    def _running(self, pending: PendingExport) -> bool:
        """Whether the process that noted ``pending`` still holds its lock (is still exporting)."""
        try:
            lock = WriterLock.acquire(self._lock_path(pending.token), wait=False)
        except OSError:
            return False
        if lock is None:
            return True
        lock.release()
        return False

    def interrupted(self) -> list[PendingExport]:
        """Exports noted as under way whose process is gone: what :meth:`reconcile` will settle. Reads
        no drive (cheap); one whose drive is not plugged in stays in this list."""
        self._supervisor()
        return [p for p in QuarterRepository(self._s.db).pending_exports() if not self._running(p)]

    def reconcile(self) -> list[Reconciled]:
        """Settle every interrupted export (see the module's docs): record its archive, set it aside,
        or clean up after it. Audited; through a connection of its own (safe on a worker thread)."""
        user = self._supervisor()
        done: list[Reconciled] = []
        db, log = self._connection()
        try:
            repo = QuarterRepository(db)
            for noted in repo.pending_exports():
                try:
                    # in this data folder (it may have been restored elsewhere since the note was made)
                    lock = WriterLock.acquire(self._lock_path(noted.token), wait=False)
                except OSError:
                    lock = None
                if lock is None:
                    continue                       # still being written by a live process
                try:
                    # Read again under the lock: the export may have finished meanwhile.
                    pending = next((p for p in repo.pending_exports() if p.token == noted.token), None)
                    if pending is not None:
                        done.append(self._settle(db, log, user, pending))
                finally:
                    lock.release()
        finally:
            db.close()
        return done

    def _settle(self, db: Database, log: AuditLog, user: User, pending: PendingExport) -> Reconciled:
        repo = QuarterRepository(db)
        folder = Path(pending.target_dir)
        final = folder / pending.file_name
        detail = {"quarter": str(pending.quarter), "file": pending.file_name, "reason": "archive.interrupted",
                  "started": {"seq": pending.audit_seq, "by": pending.exported_by}}

        def failed(outcome: str, set_aside: Path | None = None) -> Reconciled:
            where = {} if set_aside is None else {"set_aside": str(set_aside)}
            with db.transaction():
                log.append(user, Action.ARCHIVE_EXPORT_FAILED, detail={**detail, "found": outcome, **where})
                repo.drop_pending(pending.token)
            return Reconciled(pending.quarter, outcome, final, set_aside=set_aside)

        if pending.sha256 is None or pending.size is None:   # both are noted once the archive is built
            return failed("nothing_written")       # died before the archive was built: the drive was not touched
        if not folder.is_dir():
            return Reconciled(pending.quarter, "drive_missing", final)
        for leftover in _export().temporary_files(folder, pending.file_name):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if not final.exists():
            return failed("nothing_written")
        try:
            size, sha = _export().read_back_sha256(final)
        except OSError:
            return Reconciled(pending.quarter, "drive_missing", final)
        if (size, sha) != (pending.size, pending.sha256):
            return failed("not_ours")              # another file under that name: left as it is
        known = next((e for e in repo.exports() if e.sha256 == sha), None)
        if known is not None:                      # recorded already (by an earlier reconcile)
            with db.transaction():
                repo.drop_pending(pending.token)
            return Reconciled(pending.quarter, "recorded", final, export_id=known.id)
        with db.transaction():
            if repo.fingerprint(pending.quarter) == pending.fingerprint:
                export_id = repo.record_export(
                    quarter=pending.quarter, exported_at=pending.exported_at, exported_by=pending.exported_by,
                    file_name=pending.file_name, size=pending.size, sha256=pending.sha256, counts=pending.counts,
                    audit_seq=pending.audit_seq, audit_mac=pending.audit_mac, seal=pending.seal)
                log.append(user, Action.ARCHIVE_EXPORTED, detail={
                    "quarter": str(pending.quarter), "file": pending.file_name, "size": pending.size,
                    "sha256": pending.sha256, "seal": pending.seal, "counts": pending.counts,
                    "case_files": pending.case_files,
                    "audit_head": {"seq": pending.audit_seq, "mac": pending.audit_mac}, "export": export_id,
                    "recovered": True, "started": detail["started"]})
                repo.drop_pending(pending.token)
                return Reconciled(pending.quarter, "recorded", final, export_id=export_id)
        # A record of the quarter changed after the crash: the archive no longer is the quarter.
        aside = _free_name(folder, set_aside_name(pending.file_name, pending.exported_at))
        try:
            os.rename(final, aside)
        except OSError:
            return Reconciled(pending.quarter, "drive_missing", final)
        return failed("set_aside", set_aside=aside)

    def _raise_if_recovered(self, settled: list[Reconciled], final: Path, quarter: Quarter) -> None:
        if any(r.outcome == "recorded" and _same_path(r.path, final) for r in settled):
            raise ArchiveError("archive.recovered", path=str(final), quarter=str(quarter))

    def _recovered(self, done: Reconciled, passphrase: str) -> ArchiveResult:
        """The export asked for was written by an interrupted one, just recorded: it is the result if
        ``passphrase`` opens it as exported."""
        export = next(e for e in QuarterRepository(self._s.db).exports() if e.id == done.export_id)
        report = verify_archive(done.path, passphrase, seal_key=archive_seal_key(self._s.key))
        if not report.as_exported or report.exact_passphrase is not None or report.manifest is None:
            raise ArchiveError("archive.recovered", path=str(done.path), quarter=str(done.quarter))
        return ArchiveResult(export_id=export.id, quarter=export.quarter, path=done.path, file_name=export.file_name,
                             size=export.size, sha256=export.sha256, counts=export.counts,
                             case_files=int(report.manifest.get("case_files", export.counts.get("clients", 0))),
                             audit_head_seq=export.audit_seq, audit_head_mac=export.audit_mac,
                             exported_at=export.exported_at, exported_by=export.exported_by_name,
                             seal=export.seal, recovered=True)

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
            exported_by, case_files = result.exported_by, result.case_files
            audit_head_seq, audit_head_mac = result.audit_head_seq, result.audit_head_mac
        else:
            exported_by, case_files = result.exported_by_name, result.counts.get("clients", 0)
            audit_head_seq, audit_head_mac = result.audit_seq, result.audit_mac
        from counselroom.reports.archive_receipt import build_archive_receipt

        return build_archive_receipt(room_name=SettingsService(self._s).room_name(), passphrase=passphrase,
                                     printed_at=self._s.clock(), lang=self._lang, quarter=result.quarter,
                                     exported_at=result.exported_at, exported_by=exported_by,
                                     file_name=result.file_name, size=result.size, sha256=result.sha256,
                                     counts=result.counts, case_files=case_files, audit_head_seq=audit_head_seq,
                                     audit_head_mac=audit_head_mac, seal=result.seal)

    # -- opening an archive again (以备查阅) ----------------------------------------------------
    def _audit(self, action: Action, *, target: str = "", detail: dict[str, Any]) -> None:
        """Through a connection of this call's own: safe on a worker thread."""
        user = self._supervisor()
        db, log = self._connection()
        try:
            with db.transaction():
                log.append(user, action, target=target, detail=detail)
        finally:
            db.close()

    def _known_sha256(self) -> list[str]:
        """The SHA-256 of every recorded export (vouches for archives made before manifests were sealed)."""
        return [e.sha256 for e in QuarterRepository(self._s.db).exports()]

    def verify(self, source: Path, passphrase: str, *, receipt_sha256: str | None = None,
               receipt_seal: str | None = None) -> VerifyReport:
        """Check an archive file (sound / damaged / wrong passphrase / not an archive) and, with this
        installation's seal key, whether it is as this room exported it (its ``provenance``; the
        receipt's figures, if given, are checked too); audited."""
        self._supervisor()
        report = verify_archive(source, passphrase, seal_key=archive_seal_key(self._s.key),
                                known_sha256=self._known_sha256(), receipt_sha256=receipt_sha256,
                                receipt_seal=receipt_seal)
        self._audit(Action.ARCHIVE_VERIFIED, detail={
            "file": Path(source).name, "status": report.status.value, "sha256": report.sha256,
            "quarter": report.quarter or "", "problems": list(report.problems[:10]),
            "provenance": report.provenance.value, "provenance_reasons": list(report.provenance_reasons)})
        return report

    def open(self, source: Path, passphrase: str) -> ArchiveReader:
        """Open an archive read-only, in memory, for the viewer; audited. Raises :class:`ArchiveError`
        (``archive.wrong_passphrase``, ``archive.damaged``, ``archive.not_archive``, ``archive.unreadable``).
        An archive that opens but is not as this room exported it is opened all the same (to look
        something up), with :attr:`ArchiveReader.provenance` saying so."""
        self._supervisor()
        reader = open_archive(source, passphrase, seal_key=archive_seal_key(self._s.key),
                              known_sha256=self._known_sha256())
        try:
            self._audit(Action.ARCHIVE_OPENED, detail={
                "file": reader.file_name, "quarter": str(reader.quarter), "sha256": reader.sha256,
                "provenance": reader.provenance.value})
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
