"""Sentences for the integrity check's findings (the Audit page, ``admin check``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui.messages.counted import Counted


def texts() -> dict[str, str | Counted]:
    """Code → sentence, in the language now installed."""
    return {
        # integrity findings
        "db.integrity": QCoreApplication.translate("Messages", "Database integrity: {detail}"),
        "audit.gap": QCoreApplication.translate("Messages", "Audit log: row {expected} is missing (next row is {found})."),
        "audit.broken_link": QCoreApplication.translate("Messages", "Audit log: row {seq} does not follow the row before it."),
        "audit.bad_mac": QCoreApplication.translate("Messages", "Audit log: row {seq} was altered."),
        "audit.too_many_problems": QCoreApplication.translate("Messages", "Audit log: more problems than listed."),
        "audit.empty": QCoreApplication.translate("Messages", "Audit log: empty — its rows were removed."),
        "audit.anchor_missing": QCoreApplication.translate("Messages", "Audit log: the reference kept in the system key store is "
                                   "missing, so a rolled-back copy could not be detected."),
        "audit.rolled_back": QCoreApplication.translate("Messages", "Audit log: the database is older than this computer "
                                "remembers (it has {found} rows, {expected} were recorded) — "
                                "an older copy of the file may have been put back."),
        "audit.diverged": QCoreApplication.translate("Messages", "Audit log: row {seq} differs from the one this computer "
                             "remembers — the history was replaced."),
        "keys.file_missing": QCoreApplication.translate(
            "Messages", "Key file: counselroom.keys is missing from the data folder. Make a new recovery "
                        "code now (Settings → Recovery code) and print its sheet."),
        "keys.file_damaged": QCoreApplication.translate(
            "Messages", "Key file: counselroom.keys is damaged (it fails its checksum). Make a new recovery "
                        "code now (Settings → Recovery code) and print its sheet; that writes a sound key file."),
        "keys.file_foreign": QCoreApplication.translate(
            "Messages", "Key file: counselroom.keys in the data folder belongs to another installation."),
        "keys.recovery_missing": QCoreApplication.translate(
            "Messages", "Recovery code: the recovery slot is missing from the key file, so the printed recovery "
                        "sheet can no longer open the records. Fix this now: make a new recovery code "
                        "(Settings → Recovery code), print its sheet, then make a new backup to the USB drive."),
        "keys.recovery_damaged": QCoreApplication.translate(
            "Messages", "Recovery code: the recovery slot in the key file was altered or damaged, so the printed "
                        "recovery sheet may no longer open the records. Fix this now: make a new recovery code "
                        "(Settings → Recovery code), print its sheet, then make a new backup to the USB drive."),
        "keys.user_slot_damaged": QCoreApplication.translate(
            "Messages", "Key file: the key slot of the account {username} was altered or damaged; that account "
                        "may not be able to log in. The supervisor can give it a new one-time password "
                        "(Accounts page)."),
        "keys.user_slot_missing": QCoreApplication.translate(
            "Messages", "Key file: the account {username} has no key slot, so it cannot log in. The supervisor "
                        "can give it a new one-time password (Accounts page)."),
        "keys.not_sealed": QCoreApplication.translate(
            "Messages", "Key file: some key slots could not be given their check value yet (the key file could "
                        "not be rewritten). Check that the data folder can be written to."),
        "login_guard.lost": QCoreApplication.translate(
            "Messages", "Wrong passwords: the record of wrong passwords kept on this computer was deleted, replaced "
                        "or put back to an older copy since the last login. Wrong passwords tried in between, and "
                        "a lockout, may be missing from the audit log."),
        "login_guard.keystore_copy_lost": QCoreApplication.translate(
            "Messages", "Wrong passwords: the copy of the record of wrong passwords in the system key store was "
                        "deleted or altered. The copy beside the key file was used, so no attempt was lost."),
        "login_guard.file_copy_lost": QCoreApplication.translate(
            "Messages", "Wrong passwords: the copy of the record of wrong passwords beside the key file "
                        "(counselroom.guard) was deleted or altered. The copy in the system key store was used, "
                        "so no attempt was lost."),
    }
