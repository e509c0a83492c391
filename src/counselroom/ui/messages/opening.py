"""Sentences for opening the records: the database file, recovering it, the system key store, logging in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui.messages.counted import Counted


def texts() -> dict[str, str | Counted]:
    """Code → sentence, in the language now installed."""
    return {
        # storage
        "storage.cannot_open": QCoreApplication.translate("Messages", "The database file cannot be opened: {path}"),
        "storage.wrong_key": QCoreApplication.translate("Messages", "The database cannot be opened with this key."),
        "storage.missing": QCoreApplication.translate("Messages", "The database file is missing: {path}"),
        "storage.empty": QCoreApplication.translate("Messages", "The database file is empty: {path}"),
        "storage.exists": QCoreApplication.translate("Messages", "A file already exists at {path}; it was left untouched."),
        "storage.closed": QCoreApplication.translate("Messages", "The records are locked."),
        "storage.too_new": QCoreApplication.translate("Messages", "These records were saved by a newer version of CounselRoom "
                              "(schema {found}; this version knows up to {supported}). "
                              "Install the newer version; nothing was changed."),
        "storage.failed": QCoreApplication.translate("Messages", "The database reported an error."),
        "storage.damaged": QCoreApplication.translate("Messages", "The database file is damaged: a part of it fails its "
                              "integrity check. Restore the latest backup (supervisor)."),
        # recovery
        "recovery.device_secret_missing": QCoreApplication.translate("Messages",
            "This computer's key for the records is missing from the system key store "
            "(new computer, new Windows account or a reset key store). "
            "Use the recovery code from the recovery sheet to open the records again."),
        "recovery.database_missing": QCoreApplication.translate("Messages",
            "The database file is missing from the data folder. Choose a backup of the "
            "records and enter the recovery code to restore it."),
        "recovery.database_empty": QCoreApplication.translate("Messages",
            "The database file is empty (0 bytes) — it may have been damaged by a crash or "
            "a copy that did not finish. Choose a backup of the records and enter the "
            "recovery code to restore it. The empty file will be kept aside, not deleted."),
        "recovery.database_foreign": QCoreApplication.translate("Messages",
            "The database file in the data folder does not belong to this installation. "
            "Choose this installation's database or backup and enter the recovery code."),
        "recovery.database_damaged": QCoreApplication.translate("Messages",
            "The database file is damaged and cannot be read. Choose a backup of the "
            "records and enter the recovery code to restore it."),
        "recovery.key_file_missing": QCoreApplication.translate("Messages",
            "The key file (counselroom.keys) is missing from the data folder. Enter the recovery "
            "code from the recovery sheet: the recovery keys kept beside every backup open the "
            "records again (if the data folder has no backups, choose a backup file, e.g. on the "
            "USB drive). Other accounts then need a new password from the supervisor."),
        "recovery.key_file_damaged": QCoreApplication.translate("Messages",
            "The key file (counselroom.keys) is damaged: it fails its checksum. This is damage to "
            "the file, not a wrong password. Use its previous copy (counselroom.keys.previous) if "
            "it is offered, or enter the recovery code: the recovery keys kept beside every backup "
            "open the records again. The damaged file is kept aside, not deleted."),
        "recovery.new_computer": QCoreApplication.translate("Messages",
            "Bring the records to this computer from a backup: choose the backup file (for example "
            "counselroom-20260315-073000-manual.db on the USB drive; its .keys file must be in the "
            "same folder) and enter the recovery code from the recovery sheet. You choose a new "
            "password; other accounts then need a new one from the supervisor."),
        "recovery.keys_missing": QCoreApplication.translate("Messages",
            "The recovery keys of this backup are missing: {path} must be in the same folder as "
            "{backup}. Copy both files, or choose a backup that has them."),
        "recovery.keys_damaged": QCoreApplication.translate("Messages",
            "The recovery keys beside this backup are damaged ({path}). Choose another backup."),
        "recovery.keys_not_for_backup": QCoreApplication.translate("Messages",
            "The recovery keys {path} belong to another backup than {backup}. Keep each backup with "
            "the .keys file of the same name, or choose another backup."),
        "recovery.key_file_sound": QCoreApplication.translate("Messages",
            "The key file is sound; nothing was changed."),
        "recovery.no_previous_key_file": QCoreApplication.translate("Messages",
            "There is no sound previous copy of the key file for this database. Enter the recovery "
            "code instead."),
        "recovery.wrong_code": QCoreApplication.translate("Messages", "This recovery code does not open these records. "
                                  "Check it against the recovery sheet."),
        "recovery.unknown_user": QCoreApplication.translate("Messages", "There is no account with this user name."),
        "recovery.source_not_ours": QCoreApplication.translate("Messages", "The chosen file is not a backup of these records: {path}"),
        "recovery.needed": QCoreApplication.translate("Messages", "The records need to be recovered."),
        "recovery_code.bad_group": QCoreApplication.translate("Messages", "Group {group} of the recovery code has a typing "
                                      "mistake. Compare it with the sheet."),
        "recovery_code.length": QCoreApplication.translate("Messages", "The recovery code has {groups} groups of {digits} digits."),
        # key store
        "keyring.none": QCoreApplication.translate("Messages",
            "No system key store is available. CounselRoom keeps this computer's key in "
            "Windows Credential Manager, the macOS Keychain or the Secret Service "
            "(GNOME Keyring / KWallet). Start one and try again; nothing was created."),
        "keyring.unsafe": QCoreApplication.translate("Messages",
            "The key store in use ({backend}) is not safe for the records (it would keep "
            "the key in a plain file or lose it). Use Windows Credential Manager, the "
            "macOS Keychain or the Secret Service; nothing was created."),
        "keyring.failed": QCoreApplication.translate("Messages", "The system key store reported an error ({detail})."),
        "keyring.readback_failed": QCoreApplication.translate("Messages",
            "The system key store did not keep the secret that was written to it. "
            "Nothing was relied on; check the key store and try again."),
        # login
        "auth.wrong_password": QCoreApplication.translate("Messages", "Wrong user name or password."),
        "auth.wrong_unlock_password": QCoreApplication.translate("Messages", "Wrong password."),
        "auth.locked": QCoreApplication.translate("Messages", "This account is locked after too many wrong passwords. "
                          "The supervisor can unlock it (or use the recovery code)."),
        "auth.wait": QCoreApplication.translate("Messages", "Too many wrong passwords. Please wait {seconds} seconds and try again."),
        "auth.wait_all": QCoreApplication.translate(
            "Messages", "Too many wrong passwords on this computer. Please wait {seconds} seconds and try again."),
        "auth.disabled": QCoreApplication.translate("Messages", "This account has been disabled. Ask the supervisor."),
        "auth.must_change_password": QCoreApplication.translate("Messages", "Please change your one-time password first."),
        "auth.failed": QCoreApplication.translate("Messages", "The login failed."),
        "permission.denied": QCoreApplication.translate("Messages", "Your role does not allow this."),
        "session.locked": QCoreApplication.translate("Messages", "The records are locked. Unlock them first."),
    }
