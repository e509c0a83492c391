"""The quarterly export (归档): one encrypted 7z file per quarter on the supervisor's drive.

Stages, each reported to ``progress(stage, fraction)`` (``fraction`` is the whole
export's progress, 0 … 1) and each checking ``cancel()``:

``gather``      the quarter's rows, read in one snapshot of the live database
``database``    the plain SQLite database, built in memory (never a plaintext file)
``case_files``  one binding-ready PDF case file per client, in memory, rendered in a few
                processes of their own (one per core, :class:`_Renderers`): each is sent
                the client's records and sends the PDF's bytes back through a pipe;
                progress counts the files done
``pack``        README (zh + en), manifest (SHA-256 of every file, counts, sealed with
                an HMAC under a key derived from K: :mod:`counselroom.archive.seal`),
                7z AES-256 with encrypted headers, in memory; then opened again in
                memory with the passphrase exactly as given and checked against the
                manifest (what 7-Zip will find in it)
``write``       to a temporary name on the drive, flushed and synced, then renamed
``verify``      read back from the drive: every byte must be the ones checked above
                (SHA-256 of the file). Not cancellable: the file is complete by then;
                a failed check removes it

A failure at any stage (drive full, pulled, read-only, cancelled) leaves no file
under the final name and touches no other file in the folder. Between the check
and the write the caller is told the archive's SHA-256 and seal (``on_packed``), so
that an archive found whole on the drive after a crash can be recognised as this
one (``services.archive`` keeps that note in the live database).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import multiprocessing
import os
import re
import secrets
import shutil
import signal
import sys
import threading
import types
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

import py7zr

import counselroom
from counselroom.archive.readme import (
    CASE_FILES_DIR, DATABASE_NAME, MANIFEST_NAME, README_NAME, readme_text,
)
from counselroom.archive.seal import seal_manifest, seal_of
from counselroom.domain.archive import ArchiveError, Quarter
from counselroom.domain.audit import AuditEntry
from counselroom.domain.errors import NotFound
from counselroom.reports.case_file import CaseRecords, build_case_file
from counselroom.reports.fonts import register_fonts
from counselroom.storage.archive_db import INFO_TABLE, ArchiveDatabase, build_archive_database
from counselroom.storage.cases_repo import CaseRepository
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.contacts_repo import ContactRepository
from counselroom.storage.crises_repo import CrisisRepository
from counselroom.storage.database import Database
from counselroom.storage.files import replace as replace_file, sync_folder
from counselroom.storage.quarter_repo import QuarterRepository, TableRows, fingerprint_of
from counselroom.storage.referrals_repo import ReferralRepository
from counselroom.storage.users_repo import UserRepository
from counselroom.storage.visits_repo import VisitRepository

Progress = Callable[[str, float], None]
Cancel = Callable[[], bool]

FORMAT = "counselroom-quarterly-archive"
#: 2: the manifest is sealed (``seal``); 1: the same without a seal.
FORMAT_VERSION = 2
#: The PDFs are compressed already and the rest is small: no compression, only AES-256
#: (py7zr's LZMA2 costs seconds per 10 MB for a few per cent).
FILTERS = [{"id": py7zr.FILTER_COPY}, {"id": py7zr.FILTER_CRYPTO_AES256_SHA256}]
CHUNK = 1 << 20
#: Of the ``pack`` stage, the share of packing; the rest is the check in memory.
PACKING_SHARE = 0.6
#: Room to spare on the drive beyond the archive itself.
SPARE_BYTES = 1 << 20
#: Case files are rendered by up to this many processes, one per core: reportlab is pure Python, so
#: one process uses one core, and each holds its own copy of reportlab and the font (~100 MB).
MAX_RENDERERS = 4
#: Fewer case files than this are rendered in this process: starting a renderer (Python, reportlab,
#: the font) costs about as much as rendering a few files.
RENDERERS_FROM = 6
#: How often (seconds) the wait for rendered files looks at ``cancel()``.
CANCEL_POLL = 0.2
#: Files sent to each renderer ahead of its results: enough to keep it busy, few enough that the
#: records read for them and the PDFs not yet collected stay a small part of the quarter.
AHEAD_PER_RENDERER = 3

#: (stage, share of the whole export's time)
STAGES: tuple[tuple[str, float], ...] = (
    ("gather", 0.05), ("database", 0.05), ("case_files", 0.60), ("pack", 0.15), ("write", 0.12),
    ("verify", 0.03),
)


class _Tracker:
    def __init__(self, progress: Progress | None, cancel: Cancel | None) -> None:
        self._progress = progress
        self._cancel = cancel
        self._starts: dict[str, float] = {}
        total = 0.0
        for name, share in STAGES:
            self._starts[name] = total
            total += share
        self._shares = dict(STAGES)
        self.cancellable = True

    def check(self) -> None:
        if self.cancellable and self._cancel is not None and self._cancel():
            raise ArchiveError("archive.cancelled")

    def report(self, stage: str, within: float = 0.0) -> None:
        self.check()
        if self._progress is not None:
            fraction = self._starts[stage] + self._shares[stage] * max(0.0, min(1.0, within))
            self._progress(stage, min(1.0, round(fraction, 4)))


@dataclass(frozen=True)
class ExportedArchive:
    """A written and verified archive."""
    path: Path
    file_name: str
    size: int
    sha256: str
    counts: dict[str, int]
    manifest: dict[str, Any]
    #: Of the quarter's frozen records as archived (see ``quarter_repo.fingerprint_of``).
    fingerprint: str
    case_files: int
    #: The manifest's seal (HMAC-SHA256, hex); "" for an unsealed archive.
    seal: str = ""


@dataclass(frozen=True)
class PackedArchive:
    """Built and checked in memory, about to be written: what identifies it on the drive later."""
    file_name: str
    size: int
    sha256: str
    seal: str
    counts: dict[str, int]
    fingerprint: str
    case_files: int


@dataclass
class _Contents:
    files: list[tuple[str, bytes]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    manifest: dict[str, Any] = field(default_factory=dict)
    fingerprint: str = ""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _safe_name(case_no: str, used: set[str]) -> str:
    stem = re.sub(r"[^0-9A-Za-z_-]", "_", case_no) or "client"
    name, n = stem, 1
    while name in used:
        n += 1
        name = f"{stem}_{n}"
    used.add(name)
    return f"{CASE_FILES_DIR}/{name}.pdf"


CaseFileJob = tuple[int, str, dict[str, Any]]

#: A client these tables alone bring into the archive gets no case file: a screened student who is
#: nothing else to the room has no counselling to bind (and a grade of them would be thousands of
#: empty files); their sheets are in the database.
NO_CASE_FILE_FROM = frozenset({"screening_sheets", "screening_interviews", "screening_campaign_left_out"})


def case_file_clients(clients: TableRows) -> list[int]:
    """The archived clients that get a case file, in the table's order."""
    index = clients.columns.index("id")
    keys = [row[index] for row in clients.rows]
    if clients.own is None:
        return keys
    wanted = set(clients.own)
    for table, brought in clients.brought_by.items():
        if table not in NO_CASE_FILE_FROM:
            wanted |= brought
    return [k for k in keys if k in wanted]


def _case_file_jobs(db: Database, tables: dict[str, TableRows], *, room_name: str, exported_by: str,
                    exported_at: datetime, today: date, lang: str) -> Iterator[CaseFileJob]:
    """Per archived client with a case file (:func:`case_file_clients`), read as it is asked for: its id,
    its file's name in the archive, and :func:`build_case_file`'s arguments (the quarter's visits,
    crises, referrals and contacts of each case)."""
    def keys(table: str, column: str = "id") -> list[Any]:
        found = tables.get(table)
        if found is None:
            return []
        index = found.columns.index(column)
        return [row[index] for row in found.rows]

    visit_ids = set(keys("visits"))
    # A late addendum is printed with its visit, which itself is in an earlier archive.
    visit_ids |= set(keys("visit_addenda", "visit_id"))
    crisis_ids, referral_ids, contact_ids = set(keys("crises")), set(keys("referrals")), set(keys("contacts"))
    case_rows = tables["cases"]
    by_client: dict[int, list[int]] = {}
    for row in case_rows.rows:
        record = dict(zip(case_rows.columns, row))
        by_client.setdefault(record["client_id"], []).append(record["id"])
    names = {u.id: u.display_name for u in UserRepository(db).all()}
    clients, cases = ClientRepository(db), CaseRepository(db)
    visits, crises, referrals = VisitRepository(db), CrisisRepository(db), ReferralRepository(db)
    contacts = ContactRepository(db) if "contacts" in tables else None
    printed_at = exported_at.astimezone().replace(tzinfo=None)
    used: set[str] = set()
    for client_id in case_file_clients(tables["clients"]):
        client = clients.get(client_id)
        if client is None:
            raise NotFound("client.not_found")
        parts = []
        for case_id in sorted(by_client.get(client_id, []), key=lambda i: i):
            case = cases.get(case_id)
            if case is None:
                raise NotFound("case.not_found")
            parts.append(CaseRecords(
                case, names.get(case.counsellor_id, ""),
                [v for v in visits.for_case(case_id) if v.id in visit_ids],
                [c for c in crises.for_case(case_id) if c.id in crisis_ids],
                [r for r in referrals.for_case(case_id) if r.id in referral_ids],
                # oldest first, as the case file lists them
                [c for c in reversed(contacts.for_case(case_id)) if c.id in contact_ids] if contacts else []))
        parts.sort(key=lambda p: p.case.number)
        yield client_id, _safe_name(client.case_no, used), dict(
            room_name=room_name, client=client, cases=parts, printed_by=exported_by, printed_at=printed_at,
            today=today, lang=lang)


def _renderer_count(files: int) -> int:
    """How many processes render ``files`` case files: none (this process does) for a few files or
    on one core."""
    cores = os.cpu_count() or 1
    if files < RENDERERS_FROM or cores < 2:
        return 0
    return min(cores, MAX_RENDERERS, files)


def _renderer_started() -> None:
    """First thing in each rendering process."""
    # Ctrl+C in a terminal reaches the whole process group; the exporting process decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent,), name="counselroom-renderer-parent",
                         daemon=True).start()
    register_fonts()


def _end_with(parent: multiprocessing.process.BaseProcess) -> None:
    """End this process when the exporting one ends, however it ends (a renderer waiting for work
    would otherwise wait for ever after a kill -9 of the export)."""
    parent.join()
    os._exit(1)


def _ready() -> None:
    """A renderer's first job: nothing, so that it starts (and loads the font) at once."""


_starting = threading.Lock()


@contextlib.contextmanager
def _no_main_script() -> Iterator[None]:
    """While renderers start: a spawned process runs the parent's main script again (as
    ``__mp_main__``) before its first job, and a launcher without an ``if __name__ == "__main__"``
    guard (the tests' child processes, any other) would start the whole command again in each
    renderer. They need nothing from it, so they are shown a main module with no script to run."""
    with _starting:
        main = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            sys.modules["__main__"] = main


class _Renderers:
    """Processes that turn :func:`build_case_file`'s arguments into PDF bytes. They are sent the
    records (plain data, no connection and no key) and return the bytes through a pipe: nothing
    reaches the disk. Spawned, not forked, on every system: a fork would copy the exporting
    process's threads (the GUI's) and open files (the export's lock) into them."""

    def __init__(self, count: int) -> None:
        self._ahead = count * AHEAD_PER_RENDERER
        self._pool = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_renderer_started)
        try:
            with _no_main_script():
                # A process is started for each job submitted while none is idle: start them all now.
                for _ in range(count):
                    self._pool.submit(_ready)
        except BaseException:
            self._pool.shutdown(wait=True, cancel_futures=True)
            raise

    def __enter__(self) -> _Renderers:
        return self

    def __exit__(self, *exc: object) -> None:
        # On a failure or Stop: the files being rendered are finished and thrown away, no new one is begun.
        self._pool.shutdown(wait=True, cancel_futures=True)

    def render(self, jobs: Iterator[tuple[int, dict[str, Any]]], tracker: _Tracker,
               done: Callable[[int, bytes], None]) -> None:
        """Render every ``(index, arguments)`` of ``jobs``, calling ``done(index, pdf)`` for each file
        as it comes back (in any order)."""
        running: dict[Future[bytes], int] = {}

        def collect(ahead: int) -> None:
            """Take in what has come back; wait until no more than ``ahead`` files are out."""
            while True:
                finished = {f for f in running if f.done()}
                for future in finished:
                    done(running.pop(future), future.result())
                if len(running) <= ahead:
                    return
                wait(running, timeout=CANCEL_POLL, return_when=FIRST_COMPLETED)
                tracker.check()

        for index, job in jobs:
            tracker.check()
            running[self._pool.submit(build_case_file, **job)] = index
            collect(self._ahead)
        collect(0)


def _case_files(db: Database, tables: dict[str, TableRows], *, room_name: str, exported_by: str,
                exported_at: datetime, today: date, lang: str,
                tracker: _Tracker) -> list[tuple[int, str, bytes]]:
    """One case file per archived client with the quarter's visits, crises and referrals of each case,
    in the clients' order; progress is the share of files done."""
    clients = tables.get("clients")
    total = len(case_file_clients(clients)) if clients is not None else 0
    seen: list[CaseFileJob] = []
    pdfs: dict[int, bytes] = {}

    def gathered() -> Iterator[tuple[int, dict[str, Any]]]:
        for job in _case_file_jobs(db, tables, room_name=room_name, exported_by=exported_by,
                                   exported_at=exported_at, today=today, lang=lang):
            seen.append(job)
            yield len(seen) - 1, job[2]

    def done(index: int, pdf: bytes) -> None:
        pdfs[index] = pdf
        tracker.report("case_files", len(pdfs) / max(1, total))

    source = gathered()
    tracker.report("case_files", 0.0)
    renderers = _renderer_count(total)
    if renderers:
        try:
            with _Renderers(renderers) as pool:
                pool.render(source, tracker, done)
        except BrokenProcessPool:
            pass    # a renderer did not start or died (refused by the system, out of memory): see below

    def left() -> Iterator[tuple[int, dict[str, Any]]]:
        yield from [(n, seen[n][2]) for n in range(len(seen)) if n not in pdfs]
        yield from source

    # A few files (or all, on one core, or what renderers left undone) are rendered in this process.
    for index, job in left():
        tracker.check()
        done(index, build_case_file(**job))
    tracker.report("case_files", 1.0)
    return [(client_id, name, pdfs[n]) for n, (client_id, name, _) in enumerate(seen)]


def build_contents(db: Database, quarter: Quarter, *, room_name: str, exported_by: str, exported_by_username: str,
                   exported_at: datetime, today: date, audit_head: AuditEntry | None, lang: str = "zh_CN",
                   tracker: _Tracker | None = None, seal_key: bytes | None = None) -> _Contents:
    """Everything that goes into the archive, in memory; the manifest sealed with ``seal_key``
    (``security.keys.archive_seal_key``), unsealed without one."""
    tracker = tracker or _Tracker(None, None)
    repo = QuarterRepository(db)
    tracker.report("gather")
    with repo.snapshot():
        tables = {t.table: t for t in repo.iter_tables(quarter)}
        tracker.report("gather", 1.0)
        audit = tables.get("audit")
        audit_seqs = [row[audit.columns.index("seq")] for row in audit.rows] if audit else []
        info = {
            "format": FORMAT, "format_version": str(FORMAT_VERSION), "quarter": str(quarter),
            "first_day": quarter.first_day.isoformat(), "last_day": quarter.last_day.isoformat(),
            "room": room_name, "exported_at": exported_at.isoformat(timespec="seconds"),
            "exported_by": exported_by, "exported_by_username": exported_by_username,
            "application_version": counselroom.__version__, "schema_version": str(repo.schema_version()),
            "audit_first_seq": str(min(audit_seqs)) if audit_seqs else "",
            "audit_last_seq": str(max(audit_seqs)) if audit_seqs else "",
            "audit_head_seq": str(audit_head.seq) if audit_head else "",
            "audit_head_mac": audit_head.mac if audit_head else "",
        }
        tracker.report("database")
        database = build_archive_database(tables.values(), info, schema_version=repo.schema_version())
        tracker.report("database", 1.0)
        case_files = _case_files(db, tables, room_name=room_name, exported_by=exported_by, exported_at=exported_at,
                                 today=today, lang=lang, tracker=tracker)
    counts = {name: len(t.rows) for name, t in tables.items()}
    tracker.report("pack")
    built = ArchiveDatabase.from_bytes(database)
    try:
        described = [(name, built.table_columns(name), built.count(name)) for name in [INFO_TABLE, *tables]]
    finally:
        built.close()
    readme = readme_text(quarter=quarter, room_name=room_name, exported_at=info["exported_at"],
                         exported_by=exported_by, tables=described, case_files=len(case_files))
    readme_bytes = "\ufeff".encode("utf-8") + readme.encode("utf-8")  # BOM: Windows Notepad reads it as UTF-8
    files = [(README_NAME, readme_bytes), (DATABASE_NAME, database)] + [(name, pdf) for _, name, pdf in case_files]
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION if seal_key else 1, "quarter": str(quarter),
        "first_day": info["first_day"], "last_day": info["last_day"], "room": room_name,
        "exported_at": info["exported_at"], "exported_by": exported_by,
        "application_version": counselroom.__version__, "schema_version": repo.schema_version(),
        "counts": counts, "case_files": len(case_files),
        "case_file_of_client": {str(client_id): name for client_id, name, _ in case_files},
        "audit": {"rows": len(audit_seqs), "first_seq": min(audit_seqs) if audit_seqs else None,
                  "last_seq": max(audit_seqs) if audit_seqs else None,
                  "head_seq": audit_head.seq if audit_head else None,
                  "head_mac": audit_head.mac if audit_head else None},
        "files": {name: {"sha256": sha256_hex(data), "size": len(data)} for name, data in files},
    }
    if seal_key:
        manifest = seal_manifest(manifest, seal_key)
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    contents = _Contents(files=[(MANIFEST_NAME, manifest_bytes)] + files, counts=counts, manifest=manifest,
                         fingerprint=fingerprint_of(tables.values()))
    return contents


def pack(files: list[tuple[str, bytes]], passphrase: str, tracker: _Tracker | None = None) -> bytes:
    """The 7z archive (AES-256, encrypted headers: no file name readable without the passphrase)."""
    tracker = tracker or _Tracker(None, None)
    buffer = io.BytesIO()
    with py7zr.SevenZipFile(buffer, "w", password=passphrase, header_encryption=True, filters=FILTERS) as z:
        for n, (name, data) in enumerate(files):
            tracker.report("pack", PACKING_SHARE * n / max(1, len(files)))
            z.writestr(data, name)
    tracker.report("pack", PACKING_SHARE)
    return buffer.getvalue()


# -- writing to the drive -------------------------------------------------------------------------
def _open_temp(target_dir: Path, file_name: str) -> tuple[Path, BinaryIO]:
    """A new file under a temporary name next to where the archive goes (tests replace this
    to simulate a drive that fails part-way)."""
    for _ in range(10):
        path = target_dir / f".{file_name}.{secrets.token_hex(4)}.part"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            continue
        return path, os.fdopen(fd, "wb", buffering=0)
    raise ArchiveError("archive.write_failed", path=str(target_dir))


def _write_error(exc: OSError, target_dir: Path) -> ArchiveError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
        return ArchiveError("archive.disk_full", path=str(target_dir))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ArchiveError("archive.target_read_only", path=str(target_dir))
    return ArchiveError("archive.write_failed", path=str(target_dir))


def check_target(target_dir: Path, file_name: str) -> Path:
    """The final path, if the folder exists and holds no archive of that name."""
    target_dir = Path(target_dir)
    if not target_dir.is_dir():
        raise ArchiveError("archive.target_missing", path=str(target_dir))
    final = target_dir / file_name
    if final.exists():
        raise ArchiveError("archive.exists", path=str(final))
    return final


def write_to_drive(data: bytes, target_dir: Path, file_name: str, tracker: _Tracker | None = None) -> Path:
    """Temporary name, every byte written, flushed and synced, then renamed to ``file_name``.

    On any failure the temporary file is removed (as far as the drive still allows) and
    nothing carries the final name."""
    tracker = tracker or _Tracker(None, None)
    target_dir = Path(target_dir)
    final = check_target(target_dir, file_name)
    try:
        free = shutil.disk_usage(target_dir).free
    except OSError as exc:
        raise _write_error(exc, target_dir) from exc
    if free < len(data) + SPARE_BYTES:
        raise ArchiveError("archive.disk_full", path=str(target_dir))
    try:
        temp, fh = _open_temp(target_dir, file_name)
    except OSError as exc:
        raise _write_error(exc, target_dir) from exc
    done = False
    try:
        with fh:
            view = memoryview(data)
            for offset in range(0, len(data), CHUNK):
                tracker.report("write", offset / max(1, len(data)))
                chunk = view[offset:offset + CHUNK]
                while chunk:
                    written = fh.write(chunk)
                    if not written:
                        raise OSError(errno.EIO, "short write")
                    chunk = chunk[written:]
            fh.flush()
            os.fsync(fh.fileno())
            # Drop the cached pages, so the read-back below comes from the drive itself.
            if hasattr(os, "posix_fadvise"):
                with contextlib.suppress(OSError):
                    os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        tracker.report("write", 1.0)
        if final.exists():
            raise ArchiveError("archive.exists", path=str(final))
        replace_file(temp, final)   # tried again briefly while Windows' antivirus holds the new file
        done = True
        sync_folder(target_dir, quiet=True)
    except OSError as exc:
        raise _write_error(exc, target_dir) from exc
    finally:
        if not done:
            with contextlib.suppress(OSError):
                temp.unlink()
    return final


def remove_archive(path: Path) -> None:
    """Take away a written archive that must not stand (it failed its check, or the export was undone)."""
    with contextlib.suppress(OSError):
        Path(path).unlink()


def temporary_files(target_dir: Path, file_name: str) -> list[Path]:
    """Temporary files an export of ``file_name`` left in ``target_dir`` (see :func:`_open_temp`)."""
    try:
        return sorted(p for p in Path(target_dir).iterdir()
                      if p.name.startswith(f".{file_name}.") and p.name.endswith(".part"))
    except OSError:
        return []


def read_back_sha256(path: Path) -> tuple[int, str]:
    """The size and SHA-256 of ``path`` as the drive returns it (cached pages dropped first, where
    the system allows, so the bytes come from the drive and not from memory)."""
    digest = hashlib.sha256()
    size = 0
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        if hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError):
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        while True:
            chunk = os.read(fd, CHUNK)
            if not chunk:
                break
            size += len(chunk)
            digest.update(chunk)
    finally:
        os.close(fd)
    return size, digest.hexdigest()


def check_packed(packed: bytes, passphrase: str, manifest: dict[str, Any]) -> list[str]:
    """Open the packed archive in memory with the passphrase exactly as given and check it against
    its manifest: what 7-Zip will find in it. The problems found (none: it is sound)."""
    from counselroom.archive.verify import ArchiveStatus, verify_archive

    report = verify_archive(packed, passphrase)
    problems = list(report.problems)
    if report.manifest is not None and report.manifest != manifest:
        problems.append("manifest.differs")
    if report.exact_passphrase is not None:
        # Opened only with another form of the passphrase: 7-Zip would refuse the one given.
        problems.append("archive.passphrase_form")
    if report.status is not ArchiveStatus.SOUND and not problems:
        problems.append(f"archive.{report.status.value}")
    return problems


def export_quarter(db: Database, quarter: Quarter, *, target_dir: Path, passphrase: str, room_name: str,
                   exported_by: str, exported_by_username: str, exported_at: datetime, today: date,
                   audit_head: AuditEntry | None, lang: str = "zh_CN", progress: Progress | None = None,
                   cancel: Cancel | None = None, seal_key: bytes | None = None,
                   on_packed: Callable[[PackedArchive], None] | None = None) -> ExportedArchive:
    """Build, check, write and read back the archive of ``quarter`` from ``db`` (a connection of the
    caller's own). ``on_packed`` is called once the archive is built and checked, before anything is
    written to the drive.

    No permission check or audit here: :class:`counselroom.services.archive.ArchiveService` does both."""
    tracker = _Tracker(progress, cancel)
    target_dir = Path(target_dir)
    check_target(target_dir, quarter.file_name)
    contents = build_contents(db, quarter, room_name=room_name, exported_by=exported_by,
                              exported_by_username=exported_by_username, exported_at=exported_at, today=today,
                              audit_head=audit_head, lang=lang, tracker=tracker, seal_key=seal_key)
    packed = pack(contents.files, passphrase, tracker)
    problems = check_packed(packed, passphrase, contents.manifest)
    tracker.report("pack", 1.0)
    if problems:
        raise ArchiveError("archive.verify_failed", path=str(target_dir / quarter.file_name),
                           problems=", ".join(problems[:5]))
    expected_sha, expected_size = sha256_hex(packed), len(packed)
    seal = seal_of(contents.manifest) or ""
    tracker.check()
    if on_packed is not None:
        on_packed(PackedArchive(file_name=quarter.file_name, size=expected_size, sha256=expected_sha, seal=seal,
                                counts=dict(contents.counts), fingerprint=contents.fingerprint,
                                case_files=contents.manifest["case_files"]))
    path = write_to_drive(packed, target_dir, quarter.file_name, tracker)
    del packed
    tracker.cancellable = False
    tracker.report("verify")
    try:
        size, sha = read_back_sha256(path)
    except OSError as exc:
        remove_archive(path)
        raise ArchiveError("archive.verify_failed", path=str(path), problems="archive.unreadable") from exc
    if (size, sha) != (expected_size, expected_sha):
        remove_archive(path)
        raise ArchiveError("archive.verify_failed", path=str(path), problems="archive.sha256_differs")
    tracker.report("verify", 1.0)
    return ExportedArchive(path=path, file_name=path.name, size=size, sha256=sha,
                           counts=dict(contents.counts), manifest=contents.manifest,
                           fingerprint=contents.fingerprint, case_files=contents.manifest["case_files"],
                           seal=seal)
