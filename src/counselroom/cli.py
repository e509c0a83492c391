"""``counselroom``: the GUI, and the headless ``admin`` commands.

Secrets come from standard input, one per line. Exit codes: 0 success,
1 a check found problems, 2 usage or authentication error. Every error is one
line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:   # imported where used: the GUI starts without the admin commands' modules
    from counselroom.services.installation import Installation

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2
        print(f"counselroom: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="counselroom", description="CounselRoom 心理咨询室档案管理")
    parser.add_argument("--data-dir", type=Path, help="folder of the records (default: per-user data folder)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of the interface")
    sub = parser.add_subparsers(dest="command")
    admin = sub.add_parser("admin", help="headless administration")
    # also after "admin", so that ``counselroom-admin --lang en …`` works
    admin.add_argument("--lang", choices=["zh_CN", "en"], default=argparse.SUPPRESS)
    admin_sub = admin.add_subparsers(dest="admin_command", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = admin_sub.add_parser(name, help=help_text)
        p.add_argument("--data-dir", type=Path, required=True, dest="admin_data_dir")
        p.add_argument("--user", required=True)
        return p

    init = add("init", "create the records and the supervisor (stdin: password)")
    init.add_argument("--room", default=None, help="the room's name")
    init.add_argument("--name", default=None, help="the supervisor's display name")
    add("check", "check the database and the audit chain (stdin: password)")
    recover = add("recover", "open the records with the recovery code (stdin: code, new password)")
    recover.add_argument("--from", dest="source", type=Path, default=None,
                         help="a backup file (its .keys file beside it) to restore when the database is "
                              "missing or damaged, e.g. on a new computer; a sound database is kept")
    demo = add("demo", "add realistic synthetic data (stdin: password); the same for the same seed")
    demo.add_argument("--clients", type=int, default=200)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--years", type=int, default=3, choices=range(1, 21), metavar="1-20",
                      help="how many years of the room's use to generate, up to today")
    roster = add("import-roster", "import a student list (.xlsx/.csv) all or nothing (stdin: password)")
    roster.add_argument("file", type=Path)
    backup = add("backup", "make an encrypted backup of the records now (stdin: password); prints its path")
    backup.add_argument("--out", type=Path, default=None,
                        help="an existing folder (e.g. a USB drive; supervisor only); "
                             "default: the data folder's backups")
    export = add("export", "archive a quarter to an encrypted 7z file (stdin: password, then the archive "
                           "passphrase); prints the archive's path. Supervisor only")
    export.add_argument("--quarter", required=True, help="e.g. 2026Q3")
    export.add_argument("--out", type=Path, required=True, help="the folder to write it to (e.g. a USB drive)")
    export.add_argument("--acknowledge-unsettled", action="store_true",
                        help="archive unsigned records and open crises of the quarter as they are")
    report = add("report", "write a month's, term's or school year's work report as PDF and Excel, small counts "
                           "suppressed (stdin: password); prints both paths. Supervisor only")
    report.add_argument("--period", required=True, help="2026-11 (a month), 2026-2027-1 or 2026-2027-2 (a term), "
                                                        "2026-2027 (a school year)")
    report.add_argument("--out", type=Path, required=True, help="an existing folder to write them to")
    selftest = admin_sub.add_parser(
        "selftest", help="check this installation: Python, Qt, SQLCipher, the key store, the font, the translations "
                         "and the scales; exit 0 only if all are fine")
    selftest.add_argument("--without-keystore", action="store_true",
                          help="for a build machine, which has no key store: name the backend found, do not judge it")
    verify_archive = admin_sub.add_parser(
        "verify-archive", help="check an archive file (stdin: its passphrase); 0 sound, 1 damaged, 2 wrong "
                               "passphrase or not an archive. A passphrase that opens it only in another form "
                               "(capitals, hyphens: as 7-Zip needs it) is checked, and that form named on stderr")
    verify_archive.add_argument("file", type=Path)
    verify_archive.add_argument(
        "--data-dir", type=Path, default=None, dest="admin_data_dir",
        help="the data folder of the room that exported it (with --user; stdin: password, then the passphrase): "
             "checks the archive's seal, exit 1 if it is not as exported")
    verify_archive.add_argument("--user", default=None, help="a supervisor of that room (with --data-dir)")
    verify_archive.add_argument("--sha256", default=None, dest="receipt_sha256",
                                help="the SHA-256 printed on the archive's receipt: exit 1 if the file differs")
    verify_archive.add_argument("--seal", default=None, dest="receipt_seal",
                                help="the seal printed on the archive's receipt: exit 1 if the manifest's differs")
    return parser


def _read_secret(label: str) -> str:
    line = sys.stdin.readline()
    if not line:
        raise _UsageError(f"expected the {label} on standard input")
    return line.rstrip("\r\n")


class _UsageError(Exception):
    pass


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command != "admin":
        from counselroom.ui.app import run_gui

        return run_gui(data_dir=args.data_dir, lang=args.lang)
    return _run_admin(args)


def admin_main(argv: list[str] | None = None) -> int:
    """``counselroom-admin …``: the headless commands as their own program (the frozen
    build's console executable; the GUI executable has no console on Windows)."""
    return main(["admin", *(sys.argv[1:] if argv is None else argv)])


def _run_admin(args: argparse.Namespace) -> int:
    from counselroom.domain.errors import CounselRoomError
    from counselroom.ui import cli_text

    if args.admin_command == "selftest":
        from counselroom.ui.selftest import gui_application

        gui_application()  # before cli_text makes a QCoreApplication: the font check needs a GUI one
    cli_text.start(args.lang)
    try:
        handler = {"init": _init, "check": _check, "recover": _recover,
                   "import-roster": _import_roster, "demo": _demo, "backup": _backup,
                   "export": _export, "verify-archive": _verify_archive, "report": _report,
                   "selftest": _selftest}[args.admin_command]
        return handler(args, cli_text)
    except _UsageError as exc:
        print(f"counselroom: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CounselRoomError as exc:
        print(f"counselroom: {cli_text.error_text(exc)}", file=sys.stderr)
        # For ``check``, a file too damaged to open is a finding, not a usage error.
        damaged = exc.code in ("storage.damaged", "recovery.database_damaged", "recovery.key_file_damaged")
        if args.admin_command == "backup" and exc.code in _BACKUP_NOT_WRITTEN:
            return EXIT_PROBLEMS  # logged in fine, but no backup could be written
        if args.admin_command == "report" and exc.code == "work_report.write_failed":
            return EXIT_PROBLEMS  # logged in fine, but the files could not be written
        if args.admin_command == "export" and exc.code in _ARCHIVE_NOT_WRITTEN:
            return EXIT_PROBLEMS  # logged in fine, but no verified archive could be written
        return EXIT_PROBLEMS if damaged and args.admin_command == "check" else EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - the contract is one line, never a traceback
        print(f"counselroom: unexpected error ({type(exc).__name__})", file=sys.stderr)
        return EXIT_USAGE


def _installation(args: argparse.Namespace) -> Installation:
    from counselroom.services.installation import Installation

    return Installation(args.admin_data_dir)


def _init(args: argparse.Namespace, text: ModuleType) -> int:
    from counselroom.security.recovery_code import format_code
    from counselroom.services.setup import initialize

    password = _read_secret("password")
    result = initialize(_installation(args), room_name=args.room or text.default_room_name(),
                        username=args.user, display_name=args.name or args.user, password=password)
    result.session.logout()
    print(format_code(result.recovery_groups))
    print(text.recovery_code_notice(), file=sys.stderr)
    return EXIT_OK


def _check(args: argparse.Namespace, text: ModuleType) -> int:
    from counselroom.services.auth import check_records

    password = _read_secret("password")
    # A big room's check takes half a minute or more: say how far it is, on a terminal only (a redirected
    # stderr stays one line per error; stdout is the findings, as before).
    progress = _CheckProgress() if sys.stderr.isatty() else None
    try:
        # Checked before anything is written: a damaged file gets no login row, no migration.
        findings = check_records(_installation(args), args.user, password, progress=progress)
    finally:
        if progress is not None:
            progress.close()
    for finding in findings:
        print(text.finding_text(finding))
    if findings:
        return EXIT_PROBLEMS
    print(text.check_ok())
    return EXIT_OK


class _CheckProgress:
    """``admin check``'s progress: one line on stderr, overwritten, gone when the check ends."""

    def __init__(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self._labels = {
            "pages": QCoreApplication.translate("Cli", "Checking the database's pages and structure…"),
            "chain": QCoreApplication.translate("Cli", "Checking the audit log's chain…"),
            "records": QCoreApplication.translate("Cli", "Checking the seals of signed visit records…"),
            "tests": QCoreApplication.translate("Cli", "Checking the seals of signed tests…"),
        }
        self._stage, self._done, self._total, self._since = "", 0, 0, 0.0
        self._shown = ""
        self._lock = threading.Lock()
        self._stop = threading.Event()
        # SQLite's own page and structure checks say nothing until they end: the seconds tick meanwhile.
        threading.Thread(target=self._tick, name="check-progress", daemon=True).start()

    def __call__(self, stage: str, done: int, total: int) -> None:
        with self._lock:
            if stage != self._stage:
                self._stage, self._since = stage, time.monotonic()
            self._done, self._total = done, total
            self._draw()

    def _tick(self) -> None:
        while not self._stop.wait(1.0):
            with self._lock:
                if self._stage:
                    self._draw()

    def _draw(self) -> None:
        seconds = int(time.monotonic() - self._since)
        if self._total > 0:
            how_far = f" {min(99, 100 * self._done // self._total)} %"
        else:   # a stage that cannot say how far it is: how long it has run, once that is a second
            how_far = f" {seconds} s" if seconds else ""
        line = self._labels.get(self._stage, self._stage) + how_far
        if line != self._shown:
            # Blanks over whatever the longer line before left on screen.
            sys.stderr.write("\r" + line + " " * max(0, _columns(self._shown) - _columns(line)))
            sys.stderr.flush()
            self._shown = line

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            if self._shown:
                sys.stderr.write("\r" + " " * _columns(self._shown) + "\r")
                sys.stderr.flush()
            self._shown, self._stage = "", ""


def _columns(line: str) -> int:
    """Terminal columns ``line`` takes: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _recover(args: argparse.Namespace, text: ModuleType) -> int:
    from counselroom.services.recovery import recover

    code = _read_secret("recovery code")
    new_password = _read_secret("new password")
    result = recover(_installation(args), code=code, username=args.user,
                     new_password=new_password, replacement_db=args.source)
    result.session.logout()
    print(text.recovered(result.accounts_needing_reset, database_kept=result.database_kept))
    return EXIT_OK


def _import_roster(args: argparse.Namespace, text: ModuleType) -> int:
    from counselroom.domain.errors import CounselRoomError
    from counselroom.services.auth import login
    from counselroom.services.roster_import import RosterImportService, RosterRejected

    password = _read_secret("password")
    session = login(_installation(args), args.user, password)
    try:
        result = RosterImportService(session).import_file(args.file)
    except RosterRejected as exc:
        print(text.roster_rejected(len(exc.errors)), file=sys.stderr)
        for error in exc.errors:
            print(text.row_error(error))
        return EXIT_PROBLEMS
    except CounselRoomError as exc:
        if not exc.code.startswith("roster."):
            raise
        # The file could not be read (damaged, too large, another encoding…): a finding about the
        # file, exit 1; exit 2 stays for usage and authentication errors.
        print(f"counselroom: {text.error_text(exc)}", file=sys.stderr)
        return EXIT_PROBLEMS
    finally:
        session.logout()
    print(text.roster_imported(result.imported, result.skipped_duplicates))
    return EXIT_OK


def _demo(args: argparse.Namespace, text: ModuleType) -> int:
    from counselroom.services.auth import login
    from counselroom.services.demo import generate

    password = _read_secret("password")
    session = login(_installation(args), args.user, password)
    try:
        result = generate(session, clients=args.clients, seed=args.seed, years=args.years)
    finally:
        session.logout()
    print(text.demo_done(result.clients, result.cases, result.visits, result.crises, result.referrals))
    return EXIT_OK


# The backup could not be written (disk full, drive pulled, folder read-only): exit 1.
_BACKUP_NOT_WRITTEN = ("storage.backup_failed", "storage.exists", "backup.folder_unreadable")


def _backup(args: argparse.Namespace, text: ModuleType) -> int:
    from counselroom.services.auth import login
    from counselroom.services.backups import BackupService

    password = _read_secret("password")
    session = login(_installation(args), args.user, password)
    try:
        made = BackupService(session).make(target_dir=args.out)
    finally:
        session.logout()
    print(made.path)
    return EXIT_OK


# The archive could not be written or did not verify (drive full, pulled, read-only, a bad read-back): exit 1.
_ARCHIVE_NOT_WRITTEN = ("archive.disk_full", "archive.write_failed", "archive.target_read_only",
                        "archive.verify_failed", "archive.exists", "archive.changed_during_export",
                        "archive.recovered")


def _export(args: argparse.Namespace, text: ModuleType) -> int:
    from counselroom.services.archive import ArchiveService
    from counselroom.services.auth import login

    password = _read_secret("password")
    passphrase = _read_secret("archive passphrase")
    session = login(_installation(args), args.user, password)
    service = ArchiveService(session, lang=args.lang or "zh_CN")
    try:
        result = service.export(args.quarter, args.out, passphrase, acknowledged=args.acknowledge_unsettled)
    finally:
        session.logout()
    from counselroom.ui.archive_reconcile import reconciled_text

    for settled in service.reconciled:
        # Exports a crash interrupted, settled first: set aside, or recorded (this one is said below).
        told = reconciled_text(settled)
        if told and not (result.recovered and settled.export_id == result.export_id):
            print(f"counselroom: {told}", file=sys.stderr)
    print(result.path)
    if result.recovered:
        print(text.archive_recovered(str(result.path)), file=sys.stderr)
    print(text.archive_written(result.file_name, result.size, result.sha256), file=sys.stderr)
    return EXIT_OK


def _verify_archive(args: argparse.Namespace, text: ModuleType) -> int:
    from counselroom.archive.verify import ArchiveStatus, Provenance, verify_archive

    if (args.admin_data_dir is None) != (args.user is None):
        raise _UsageError("--data-dir and --user go together")
    if args.admin_data_dir is not None:
        from counselroom.services.archive import ArchiveService
        from counselroom.services.auth import login

        password = _read_secret("password")
        passphrase = _read_secret("archive passphrase")
        session = login(_installation(args), args.user, password)
        try:
            report = ArchiveService(session).verify(args.file, passphrase, receipt_sha256=args.receipt_sha256,
                                                    receipt_seal=args.receipt_seal)
        finally:
            session.logout()
    else:
        passphrase = _read_secret("archive passphrase")
        report = verify_archive(args.file, passphrase, receipt_sha256=args.receipt_sha256,
                                receipt_seal=args.receipt_seal)
    if report.exact_passphrase is not None:
        # Opened only with another form of what was typed (small letters, no hyphens, a space around
        # it): checked all the same, but 7-Zip would refuse what was typed, so say how to type it.
        print(f"counselroom: {text.archive_exact_passphrase(passphrase, report.exact_passphrase)}", file=sys.stderr)
    if report.status is ArchiveStatus.SOUND:
        if report.provenance is Provenance.NOT_AS_EXPORTED:
            # Opens and agrees with its own manifest, but not as exported: altered, or not ours.
            for reason in report.provenance_reasons:
                print(reason)
            print(f"counselroom: {text.archive_status('archive.not_as_exported')}", file=sys.stderr)
            return EXIT_PROBLEMS
        if report.provenance is Provenance.AS_EXPORTED:
            print(text.archive_as_exported(args.file.name, report.quarter or "", report.sha256, report.seal or ""))
            return EXIT_OK
        print(text.archive_sound(args.file.name, report.quarter or "", report.sha256))
        print(text.archive_unchecked())
        return EXIT_OK
    if report.status is ArchiveStatus.DAMAGED:
        for problem in report.problems:
            print(problem)
        print(f"counselroom: {text.archive_status(report.status.error_code)}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"counselroom: {text.archive_status(report.status.error_code)}", file=sys.stderr)
    return EXIT_USAGE


def _report(args: argparse.Namespace, text: ModuleType) -> int:
    from counselroom.domain.periods import parse_period
    from counselroom.services.auth import login
    from counselroom.services.work_reports import WorkReportService
    from counselroom.ui.messages import message

    password = _read_secret("password")
    session = login(_installation(args), args.user, password)
    try:
        service = WorkReportService(session)
        period = parse_period(args.period, service.terms())
        # A period nobody started a report for is written as an empty draft (and kept as one).
        report = service.draft(period)
        pdf, xlsx = service.write_files(report.id, args.out, args.lang or "zh_CN")
    finally:
        session.logout()
    print(pdf)
    print(xlsx)
    if not report.signed:
        print(f"counselroom: {message('work_report.draft_written', {'period': period.code})}", file=sys.stderr)
    return EXIT_OK


def _selftest(args: argparse.Namespace, text: ModuleType) -> int:
    from counselroom.ui.selftest import run

    passed, lines = run(judge_keystore=not args.without_keystore)
    print("\n".join(lines))
    return EXIT_OK if passed else EXIT_PROBLEMS
