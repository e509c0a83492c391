"""The command line's sentences, translated like the windows'."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.domain.plural import plural
from counselroom.ui import i18n
from counselroom.ui.messages import error_text, finding_text  # noqa: F401 - re-exported

_app: QCoreApplication | None = None


def start(lang: str | None) -> None:
    global _app
    _app = QCoreApplication.instance() or QCoreApplication(["counselroom"])
    i18n.install(lang or i18n.system_language())


def default_room_name() -> str:
    return QCoreApplication.translate("Cli", "Psychological Counselling Room")


def recovery_code_notice() -> str:
    return QCoreApplication.translate("Cli", "This is the recovery code. Write it on the recovery sheet and keep it locked "
              "away; it is shown only once.")


def check_ok() -> str:
    return QCoreApplication.translate("Cli", "All checks passed: database pages, structure and audit chain are sound.")


def recovered(accounts_needing_reset: list[str], database_kept: bool = False) -> str:
    text = QCoreApplication.translate("Cli", "Access restored.")
    if database_kept:
        text += " " + QCoreApplication.translate(
            "Cli", "The database in the data folder was sound and has been kept (it is newer than the "
                   "backup); the backup was used only for its recovery keys.")
    if accounts_needing_reset:
        text += " " + QCoreApplication.translate("Cli", "These accounts need a new password from the supervisor: {names}").format(
            names=", ".join(accounts_needing_reset))
    return text


def roster_rejected(count: int) -> str:
    return plural(count, QCoreApplication.translate("Cli", "The file was rejected, nothing was imported: {n} problem."),
                  QCoreApplication.translate("Cli", "The file was rejected, nothing was imported: {n} problems.")
                  ).format(n=count)


def roster_imported(imported: int, skipped: int) -> str:
    return plural(imported,
                  QCoreApplication.translate("Cli", "Imported {imported} client; already registered: {skipped}."),
                  QCoreApplication.translate("Cli", "Imported {imported} clients; already registered: {skipped}.")
                  ).format(imported=imported, skipped=skipped)


def row_error(error) -> str:
    from counselroom.ui.messages import field_label, message

    return QCoreApplication.translate("Cli", "Row {row}, {field}: {problem}").format(
        row=error.row, field=field_label(error.field), problem=message(error.code, error.params))


def demo_done(clients: int, cases: int, visits: int, crises: int, referrals: int) -> str:
    return QCoreApplication.translate(
        "Cli", "Added {clients} clients, {cases} cases, {visits} visit records, {crises} crises, "
        "{referrals} referrals.").format(clients=clients, cases=cases, visits=visits, crises=crises,
                                         referrals=referrals)


def archive_written(file_name: str, size: int, sha256: str) -> str:
    return QCoreApplication.translate(
        "Cli", "Archive {file} written and verified: {size} bytes, SHA-256 {sha256}.").format(
            file=file_name, size=size, sha256=sha256)


def archive_sound(file_name: str, quarter: str, sha256: str) -> str:
    return QCoreApplication.translate(
        "Cli", "{file} is sound: quarter {quarter}, every file matches its manifest (SHA-256 {sha256}).").format(
            file=file_name, quarter=quarter, sha256=sha256)


def archive_unchecked() -> str:
    return QCoreApplication.translate(
        "Cli", "Whether it is as this room exported it was not checked: give the data folder (--data-dir, --user) "
               "or the receipt's SHA-256 (--sha256).")


def archive_as_exported(file_name: str, quarter: str, sha256: str, seal: str) -> str:
    return QCoreApplication.translate(
        "Cli", "{file} is sound and as this room exported it: quarter {quarter}, unchanged since the export "
               "(SHA-256 {sha256}, seal {seal}).").format(file=file_name, quarter=quarter, sha256=sha256,
                                                         seal=seal or "—")


def archive_recovered(path: str) -> str:
    return QCoreApplication.translate(
        "Cli", "An interrupted export had written {path} completely; it is now recorded as archived.").format(path=path)


def archive_status(code: str) -> str:
    from counselroom.ui.messages import message

    return message(code)


def archive_exact_passphrase(typed: str, exact: str) -> str:
    """The archive opened only with ``exact``, another form of the passphrase ``typed``."""
    from counselroom.services.archive import variant_kind
    from counselroom.ui.messages import message

    code = "archive.passphrase_exact_spaces" if variant_kind(typed, exact) == "spaces" else "archive.passphrase_exact"
    return message(code, {"passphrase": exact})
