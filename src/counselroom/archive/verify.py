"""Reading an archive back: verification, and the read-only view used to look things up (以备查阅).

Everything is read into memory: the 7z file is decrypted into byte buffers
(py7zr with a memory writer), the database is opened with
``sqlite3.Connection.deserialize``; nothing of the archive's content is written
to disk.

:func:`verify_archive` says what state an archive is in and never raises for a bad
archive: ``sound``, ``damaged`` (truncated, bytes after the 7z end, a flipped bit, a file
whose SHA-256 or count differs from the manifest), ``wrong_passphrase`` or ``not_archive``.

"Sound" means only that the archive opens and agrees with its own manifest: anyone with the
passphrase can change a file, fix its hash in the manifest and pack it again. Whether it is
the archive this room exported is its *provenance* (:class:`Provenance`), told apart with the
installation's seal key (the manifest's HMAC, :mod:`counselroom.archive.seal`) or with the
receipt's figures (the archive's SHA-256, and its seal): ``as_exported``,
``not_as_exported``, or ``unchecked`` when neither was given.
:func:`open_archive` returns an :class:`ArchiveReader` for a sound archive and
raises :class:`ArchiveError` (``archive.damaged``, ``archive.wrong_passphrase``,
``archive.not_archive``) otherwise.

The passphrase is tried as typed first: 7-Zip takes it byte for byte, so only that
form is accepted silently. If it does not open the archive, the forms a person may have
meant are tried (a generated passphrase typed in small letters or without its hyphens,
the passphrase without spaces around it: :func:`passphrase.typed_variants`); one that
opens it is returned as ``exact_passphrase`` so that the caller tells the person to type
it exactly so in 7-Zip.

py7zr reports a wrong password as ``TypeError: Unknown field`` (the decrypted
index is noise). The same happens when the first bytes of the encrypted index
itself are damaged, which no check can tell apart from a wrong passphrase
without the passphrase: that rare case is reported as a wrong passphrase.
"""

from __future__ import annotations

import hashlib
import io
import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Any

from counselroom.archive.passphrase import typed_variants
from counselroom.archive.readme import DATABASE_NAME, MANIFEST_NAME, README_NAME
from counselroom.archive.seal import normalize_hex, seal_holds, seal_of
from counselroom.domain.accounts import User
from counselroom.domain.appointments import Appointment
from counselroom.domain.archive import ArchiveError, Quarter
from counselroom.domain.audit import AuditEntry, AuditFilter
from counselroom.domain.cases import Case
from counselroom.domain.clients import Client
from counselroom.domain.care_register import Entry, EntryFilter
from counselroom.domain.consent import Consent
from counselroom.domain.contacts import Contact
from counselroom.domain.crisis import Crisis
from counselroom.domain.referrals import Referral
from counselroom.domain.scales import ScaleDefinition, TestRecord
from counselroom.domain.screening import HistoryEntry
from counselroom.domain.visits import Visit
from counselroom.storage.appointments_repo import AppointmentRepository
from counselroom.storage.archive_db import ArchiveDatabase
from counselroom.storage.audit_repo import AuditRepository
from counselroom.storage.cases_repo import CaseRepository
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.consents_repo import ConsentRepository
from counselroom.storage.contacts_repo import ContactRepository
from counselroom.storage.crises_repo import CrisisRepository
from counselroom.storage.referrals_repo import ReferralRepository
from counselroom.storage.register_repo import RegisterRepository
from counselroom.storage.scales_repo import ScaleRepository
from counselroom.storage.screening_repo import ScreeningRepository
from counselroom.storage.tests_repo import TestRepository
from counselroom.storage.users_repo import UserRepository
from counselroom.storage.visits_repo import VisitRepository

MAGIC = b"7z\xbc\xaf\x27\x1c"
#: Refuse to unpack more than this into memory (a quarter is tens of MB).
MAX_UNPACKED = 4 << 30


class ArchiveStatus(str, Enum):
    SOUND = "sound"
    DAMAGED = "damaged"
    WRONG_PASSPHRASE = "wrong_passphrase"
    NOT_ARCHIVE = "not_archive"

    @property
    def error_code(self) -> str:
        return f"archive.{self.value}"


class Provenance(str, Enum):
    #: sound, and the very archive this room exported: its seal holds under the installation's key,
    #: or its SHA-256 is the one on the receipt (or in the room's list of exports)
    AS_EXPORTED = "as_exported"
    #: opens and agrees with its own manifest, but is not as exported: no seal, a seal that does not
    #: hold, or figures other than the receipt's
    NOT_AS_EXPORTED = "not_as_exported"
    #: nothing to check it against (only the passphrase was given), or not sound
    UNCHECKED = "unchecked"


@dataclass(frozen=True)
class VerifyReport:
    status: ArchiveStatus
    #: What was found wrong, as short codes: 'archive.unreadable', 'file.missing:records.sqlite',
    #: 'file.sha256:case-files/2026-0001.pdf', 'count:visits', 'database.integrity', …
    problems: tuple[str, ...] = ()
    size: int = 0
    sha256: str = ""
    manifest: dict[str, Any] | None = None
    #: The form of the passphrase that opened the archive when the one typed did not (small letters,
    #: hyphens left out, spaces around it): 7-Zip opens it only so. None when it opened as typed.
    exact_passphrase: str | None = None
    provenance: Provenance = Provenance.UNCHECKED
    #: Why: 'seal.holds', 'sha256.recorded', 'sha256.matches' (as exported); 'seal.missing',
    #: 'seal.broken', 'seal.differs', 'sha256.differs' (not as exported); '' unchecked.
    provenance_reasons: tuple[str, ...] = ()

    @property
    def sound(self) -> bool:
        return self.status is ArchiveStatus.SOUND

    @property
    def seal(self) -> str | None:
        """The seal the manifest carries (hex), None if it has none."""
        return seal_of(self.manifest)

    @property
    def as_exported(self) -> bool:
        return self.sound and self.provenance is Provenance.AS_EXPORTED

    @property
    def quarter(self) -> str | None:
        return self.manifest.get("quarter") if self.manifest else None


class _Unpacked(Exception):
    def __init__(self, status: ArchiveStatus, problem: str) -> None:
        super().__init__(problem)
        self.status = status
        self.problem = problem


def _read_source(source: Path | str | bytes) -> bytes:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise ArchiveError("archive.unreadable", path=str(source)) from exc


def _unpack_once(data: bytes, passphrase: str) -> dict[str, bytes]:
    # py7zr (and the compression modules it loads) waits for the first archive opened.
    import py7zr
    from py7zr.io import BytesIOFactory

    try:
        archive = py7zr.SevenZipFile(io.BytesIO(data), "r", password=passphrase, max_extract_size=MAX_UNPACKED)
    except TypeError as exc:
        raise _Unpacked(ArchiveStatus.WRONG_PASSPHRASE, "archive.wrong_passphrase") from exc
    except py7zr.exceptions.PasswordRequired as exc:
        raise _Unpacked(ArchiveStatus.WRONG_PASSPHRASE, "archive.wrong_passphrase") from exc
    except Exception as exc:
        raise _Unpacked(ArchiveStatus.DAMAGED, f"archive.structure:{type(exc).__name__}") from exc
    try:
        with archive:
            if not archive.needs_password():
                # Not one of ours: ours are always encrypted.
                raise _Unpacked(ArchiveStatus.NOT_ARCHIVE, "archive.not_encrypted")
            factory = BytesIOFactory(MAX_UNPACKED)
            archive.extractall(factory=factory)
    except _Unpacked:
        raise
    except Exception as exc:
        raise _Unpacked(ArchiveStatus.DAMAGED, f"archive.content:{type(exc).__name__}") from exc
    out = {}
    for name, product in factory.products.items():
        product.seek(0)
        out[name] = product.read()
    return out


#: How the index (header) of an archive written by py7zr begins once decrypted:
#: kHeader, kMainStreamsInfo, kPackInfo.
_INDEX_START = bytes([0x01, 0x04, 0x06])


def passphrase_fits(data: bytes, passphrase: str) -> bool | None:
    """Whether ``passphrase`` decrypts the start of the archive's encrypted index to what an index
    starts with: True (right passphrase), False (wrong one), None (the structure around it is
    unreadable). Only the first AES block is looked at, so damage further on does not matter:
    this is what tells a damaged archive from a wrong passphrase."""
    from py7zr.archiveinfo import HeaderStreamsInfo, SignatureHeader
    from py7zr.properties import PROPERTY

    try:
        fp = io.BytesIO(data)
        signature = SignatureHeader.retrieve(fp)
        after = fp.tell()
        fp.seek(after + signature.nextheaderofs)
        index = io.BytesIO(fp.read(signature.nextheadersize))
        if index.read(1) != PROPERTY.ENCODED_HEADER:
            return None
        streams = HeaderStreamsInfo.retrieve(index)
        folder = streams.unpackinfo.folders[0]
        folder.password = passphrase
        fp.seek(after + streams.packinfo.packpos)
        decompressor = folder.get_decompressor(streams.packinfo.packsizes[0])
        first = decompressor.decompress(fp, max_length=len(_INDEX_START))
    except Exception:  # noqa: BLE001 - anything unreadable here is "cannot tell"
        return None
    return bytes(first[:len(_INDEX_START)]) == _INDEX_START


def archive_end(data: bytes) -> int | None:
    """Where the 7z archive ends by its own start header (signature, version, CRC, then the offset and
    size of the index after it); None if that header is damaged (py7zr then reports the damage)."""
    if len(data) < 32 or not data.startswith(MAGIC):
        return None
    if zlib.crc32(data[12:32]) != int.from_bytes(data[8:12], "little"):
        return None
    return 32 + int.from_bytes(data[12:20], "little") + int.from_bytes(data[20:28], "little")


def unpack(data: bytes, passphrase: str) -> dict[str, bytes]:
    """Every file of the archive by name, in memory. Raises :class:`_Unpacked` with the status."""
    return unpack_exact(data, passphrase)[0]


def unpack_exact(data: bytes, passphrase: str) -> tuple[dict[str, bytes], str | None]:
    """Every file of the archive by name, in memory, and the exact form of the passphrase that
    opened it if that is not ``passphrase`` as typed (None if it is). Raises :class:`_Unpacked`."""
    if not data.startswith(MAGIC):
        raise _Unpacked(ArchiveStatus.NOT_ARCHIVE, "archive.not_7z")
    end = archive_end(data)
    if end is not None and len(data) > end:
        # 7-Zip itself would open it with a warning; ours end where the index ends, so anything
        # after it was added to the file afterwards.
        raise _Unpacked(ArchiveStatus.DAMAGED, "archive.trailing_bytes")
    # As typed first: that is what 7-Zip does, and only that may open the archive without a word.
    candidates = [passphrase, *typed_variants(passphrase)]
    failure: _Unpacked | None = None
    for candidate in candidates:
        try:
            return _unpack_once(data, candidate), (None if candidate == passphrase else candidate)
        except _Unpacked as exc:
            if exc.status is ArchiveStatus.DAMAGED and exc.problem.startswith("archive.structure:") \
                    and passphrase_fits(data, candidate) is False:
                # A wrong passphrase whose noise happened to pass the first check of the index.
                exc = _Unpacked(ArchiveStatus.WRONG_PASSPHRASE, "archive.wrong_passphrase")
            if exc.status is not ArchiveStatus.WRONG_PASSPHRASE:
                raise exc from None
            failure = exc
    assert failure is not None
    raise failure


def _check(files: dict[str, bytes]) -> tuple[dict[str, Any], list[str], ArchiveDatabase | None]:
    """The manifest, what differs from it, and the opened database (if it opens)."""
    raw = files.get(MANIFEST_NAME)
    if raw is None:
        raise _Unpacked(ArchiveStatus.NOT_ARCHIVE, "archive.no_manifest")
    try:
        manifest = json.loads(raw.decode("utf-8"))
        listed = manifest["files"]
        counts = manifest["counts"]
    except (ValueError, KeyError, TypeError) as exc:
        raise _Unpacked(ArchiveStatus.DAMAGED, "manifest.unreadable") from exc
    problems = []
    for name, expected in sorted(listed.items()):
        data = files.get(name)
        if data is None:
            problems.append(f"file.missing:{name}")
        elif hashlib.sha256(data).hexdigest() != expected.get("sha256") or len(data) != expected.get("size"):
            problems.append(f"file.sha256:{name}")
    problems += [f"file.unlisted:{name}" for name in sorted(set(files) - set(listed) - {MANIFEST_NAME})]
    db = None
    if DATABASE_NAME in files and f"file.sha256:{DATABASE_NAME}" not in problems:
        try:
            db = ArchiveDatabase.from_bytes(files[DATABASE_NAME])
        except ArchiveError:
            problems.append("database.unreadable")
        if db is not None:
            problems += [f"database.integrity:{p}"[:120] for p in db.integrity_problems()[:5]]
            for table, expected in sorted(counts.items()):
                if db.count(table) != expected:
                    problems.append(f"count:{table}")
    return manifest, problems, db


def provenance_of(*, sha256: str, manifest: dict[str, Any] | None, seal_key: bytes | None = None,
                  known_sha256: Iterable[str] = (), receipt_sha256: str | None = None,
                  receipt_seal: str | None = None) -> tuple[Provenance, tuple[str, ...]]:
    """Whether a sound archive (its file's ``sha256`` and its ``manifest``) is the one this room
    exported, and why: with the installation's ``seal_key`` (and the SHA-256 of the room's recorded
    exports, for archives made before manifests were sealed), and/or with the receipt's figures.
    Any figure that disagrees makes it ``not_as_exported``; it is ``as_exported`` only if at least
    one check was made and none disagreed."""
    good: list[str] = []
    bad: list[str] = []
    seal = seal_of(manifest)
    if receipt_seal:
        if seal is not None and normalize_hex(receipt_seal) == seal:
            good.append("seal.matches")
        else:
            bad.append("seal.differs")
    if receipt_sha256:
        if normalize_hex(receipt_sha256) == sha256:
            good.append("sha256.matches")
        else:
            bad.append("sha256.differs")
    if seal_key is not None:
        if seal_holds(manifest, seal_key):
            good.append("seal.holds")
        elif sha256 in {normalize_hex(k) for k in known_sha256}:
            good.append("sha256.recorded")
        else:
            bad.append("seal.missing" if seal is None else "seal.broken")
    if bad:
        return Provenance.NOT_AS_EXPORTED, tuple(bad)
    # A receipt's seal alone proves nothing (anyone can copy it into an altered manifest).
    if any(reason != "seal.matches" for reason in good):
        return Provenance.AS_EXPORTED, tuple(good)
    return Provenance.UNCHECKED, tuple(good)


def verify_archive(source: Path | str | bytes, passphrase: str, *, seal_key: bytes | None = None,
                   known_sha256: Iterable[str] = (), receipt_sha256: str | None = None,
                   receipt_seal: str | None = None) -> VerifyReport:
    """What state the archive is in (see the module's docs), and, given the installation's
    ``seal_key`` or the receipt's figures, whether it is as exported (:func:`provenance_of`).
    Raises only if a file cannot be read."""
    data = _read_source(source)
    size, digest = len(data), hashlib.sha256(data).hexdigest()
    try:
        files, exact = unpack_exact(data, passphrase)
        manifest, problems, db = _check(files)
    except _Unpacked as exc:
        return VerifyReport(exc.status, (exc.problem,), size, digest)
    if db is not None:
        db.close()
    status = ArchiveStatus.DAMAGED if problems else ArchiveStatus.SOUND
    report = VerifyReport(status, tuple(problems), size, digest, manifest, exact_passphrase=exact)
    if report.sound:
        provenance, reasons = provenance_of(sha256=digest, manifest=manifest, seal_key=seal_key,
                                            known_sha256=known_sha256, receipt_sha256=receipt_sha256,
                                            receipt_seal=receipt_seal)
        report = replace(report, provenance=provenance, provenance_reasons=reasons)
    return report


def open_archive(source: Path | str | bytes, passphrase: str, *, seal_key: bytes | None = None,
                 known_sha256: Iterable[str] = ()) -> "ArchiveReader":
    """A sound archive, opened in memory for reading; :class:`ArchiveError` otherwise. With
    ``seal_key`` its :attr:`ArchiveReader.provenance` says whether it is as this room exported it
    (an altered archive is still opened, to look something up, but says so)."""
    data = _read_source(source)
    size, digest = len(data), hashlib.sha256(data).hexdigest()
    try:
        files, exact = unpack_exact(data, passphrase)
        del data
        manifest, problems, db = _check(files)
    except _Unpacked as exc:
        raise ArchiveError(exc.status.error_code, problem=exc.problem) from None
    if problems or db is None:
        if db is not None:
            db.close()
        raise ArchiveError("archive.damaged", problem=", ".join(problems[:3]) or "database.missing")
    name = Path(source).name if isinstance(source, (str, Path)) else ""
    reader = ArchiveReader(files, manifest, db, size=size, sha256=digest, file_name=name, exact_passphrase=exact)
    reader.provenance, reader.provenance_reasons = provenance_of(
        sha256=digest, manifest=manifest, seal_key=seal_key, known_sha256=known_sha256)
    return reader


# -- the read-only view -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ArchivedCase:
    case: Case
    counsellor: str
    visits: list[Visit]
    tests: list[TestRecord]
    crises: list[Crisis]
    referrals: list[Referral]
    #: with parents and teachers, about the case or its crises; oldest first
    contacts: list[Contact] = field(default_factory=list)


@dataclass(frozen=True)
class ArchivedRegisterEntry:
    """A 重点关注 register entry as exported, with the changes and contacts of the quarter."""
    entry: Entry
    contacts: list[Contact] = field(default_factory=list)


@dataclass(frozen=True)
class ArchivedClientRecords:
    client: Client
    cases: list[ArchivedCase]
    consents: list[Consent]
    appointments: list[Appointment]
    #: addendum id -> the quarter whose archive holds its visit, for late addenda (补记) in this archive
    late_addenda: dict[int, str] = field(default_factory=dict)
    register: list[ArchivedRegisterEntry] = field(default_factory=list)
    #: the client's screening sheets, each with its campaign and interview
    screening: list[HistoryEntry] = field(default_factory=list)
    #: scale id -> definition, for the screening sheets
    scales: dict[int, ScaleDefinition] = field(default_factory=dict)


class ArchiveReader:
    """An opened, verified archive. Read-only; everything in memory; :meth:`close` forgets it."""

    def __init__(self, files: dict[str, bytes], manifest: dict[str, Any], db: ArchiveDatabase, *,
                 size: int, sha256: str, file_name: str = "", exact_passphrase: str | None = None) -> None:
        self._files = files
        #: As :attr:`VerifyReport.exact_passphrase`: to be shown to the person who typed another form.
        self.exact_passphrase = exact_passphrase
        self._db: ArchiveDatabase | None = db
        self.manifest = manifest
        self.size = size
        self.sha256 = sha256
        self.file_name = file_name
        self.quarter = Quarter.parse(manifest["quarter"])
        self.counts: dict[str, int] = dict(manifest.get("counts", {}))
        #: As :attr:`VerifyReport.provenance` (set by :func:`open_archive`).
        self.provenance = Provenance.UNCHECKED
        self.provenance_reasons: tuple[str, ...] = ()

    # -- about the archive
    @property
    def db(self) -> ArchiveDatabase:
        if self._db is None:
            raise ArchiveError("archive.closed")
        return self._db

    @property
    def info(self) -> dict[str, str]:
        return self.db.info()

    @property
    def room_name(self) -> str:
        return str(self.manifest.get("room", ""))

    @property
    def exported_at(self) -> str:
        return str(self.manifest.get("exported_at", ""))

    @property
    def exported_by(self) -> str:
        return str(self.manifest.get("exported_by", ""))

    def file_names(self) -> list[str]:
        return sorted(self._files)

    def readme(self) -> str:
        return self._file(README_NAME).decode("utf-8-sig").replace("\r\n", "\n")

    def _file(self, name: str) -> bytes:
        if self._db is None:
            raise ArchiveError("archive.closed")
        try:
            return self._files[name]
        except KeyError:
            raise ArchiveError("archive.no_such_file", name=name) from None

    # -- clients and their records
    def clients(self, text: str = "") -> list[Client]:
        """The archived clients, by file number; with ``text``, those whose name, file number, class,
        student number or pinyin initials contain it."""
        repo = ClientRepository(self.db)
        return [c for c in (repo.get(i) for i in self.db.search_clients(text)) if c is not None]

    def client(self, client_id: int) -> Client:
        found = ClientRepository(self.db).get(client_id)
        if found is None:
            raise ArchiveError("archive.no_such_client")
        return found

    def records(self, client_id: int) -> ArchivedClientRecords:
        """Everything the archive holds on one client, grouped by case, oldest first."""
        client = self.client(client_id)
        names = {u.id: u.display_name for u in UserRepository(self.db).all()}
        cases = []
        visits, tests = VisitRepository(self.db), TestRepository(self.db)
        crises, referrals = CrisisRepository(self.db), ReferralRepository(self.db)
        tables = set(self.db.tables())
        contacts = ContactRepository(self.db) if "contacts" in tables else None
        for case in CaseRepository(self.db).for_client(client_id):
            cases.append(ArchivedCase(case, names.get(case.counsellor_id, ""), visits.for_case(case.id),
                                      tests.for_case(case.id), crises.for_case(case.id),
                                      referrals.for_case(case.id),
                                      contacts.for_case(case.id)[::-1] if contacts else []))
        register = []
        if "register_entries" in tables:
            entries = RegisterRepository(self.db)
            # The archive holds the quarter's few entries: all are read, this client's kept.
            for found in entries.find(EntryFilter(status=None), of_user=None, limit=1_000_000):
                if found.client_id == client_id:
                    entry = entries.get(found.id)
                    assert entry is not None   # just listed
                    register.append(ArchivedRegisterEntry(
                        entry, contacts.for_register_entry(entry.id)[::-1] if contacts else []))
        screening = ScreeningRepository(self.db).history(client_id) if "screening_sheets" in tables else []
        scales = {}
        for scale_id in {h.sheet.scale_id for h in screening}:
            scale = ScaleRepository(self.db).get(scale_id)
            if scale is not None:
                scales[scale_id] = scale.definition
        late = self.db.late_addenda()
        return ArchivedClientRecords(
            client, cases, ConsentRepository(self.db).for_client(client_id),
            sorted(AppointmentRepository(self.db).for_client(client_id), key=lambda a: a.starts_at),
            late, register, screening, scales)

    def case_file_name(self, client_id: int) -> str | None:
        """The name of the client's PDF case file inside the archive."""
        name: str | None = self.manifest.get("case_file_of_client", {}).get(str(client_id))   # JSON text
        return name

    def case_file(self, client_id: int) -> bytes:
        """The client's binding-ready PDF case file as archived (bytes, to show or print)."""
        name = self.case_file_name(client_id)
        if name is None:
            raise ArchiveError("archive.no_case_file")
        return self._file(name)

    def attachment(self, consent_id: int) -> tuple[str, str, bytes]:
        """(file name, MIME type, bytes) of an archived scanned consent form."""
        found = ConsentRepository(self.db).attachment(consent_id)
        if found is None:
            raise ArchiveError("archive.no_attachment")
        return found

    def users(self) -> list[User]:
        """The accounts as they were at the export (names and roles only; no secrets are archived)."""
        return UserRepository(self.db).all()

    def audit_rows(self, flt: AuditFilter | None = None) -> list[AuditEntry]:
        return AuditRepository(self.db).search(flt or AuditFilter(limit=1_000_000))

    def close(self) -> None:
        """Forget the archive's contents (the bytes are dropped; the database is closed)."""
        if self._db is not None:
            self._db.close()
            self._db = None
        self._files.clear()
        self.exact_passphrase = None

    def __enter__(self) -> "ArchiveReader":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
