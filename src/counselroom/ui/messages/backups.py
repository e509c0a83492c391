"""Sentences for the local backups and restoring one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui.messages.counted import Counted


def texts() -> dict[str, str | Counted]:
    """Code → sentence, in the language now installed."""
    return {
        # local backups
        "storage.backup_failed": QCoreApplication.translate(
            "Messages", "The backup could not be written to {path} (the disk may be full, the drive removed, or "
            "the folder read-only). No incomplete file was left under that name."),
        "storage.in_use": QCoreApplication.translate(
            "Messages", "The database is still in use by another part of the application."),
        "backup.folder_missing": QCoreApplication.translate(
            "Messages", "The folder {path} does not exist. Plug in the drive or choose another folder."),
        "backup.folder_unreadable": QCoreApplication.translate(
            "Messages", "The folder {path} cannot be read."),
        "backup.not_a_backup": QCoreApplication.translate(
            "Messages", "{path} is not a CounselRoom backup (its name is not that of a backup)."),
        "backup.reason_required": QCoreApplication.translate(
            "Messages", "Give the reason for restoring. It is recorded in the audit log."),
        "backup.restore_refused": Counted("problems", QCoreApplication.translate(
            "Messages", "The backup failed its check ({problems} problem); the records were not replaced."),
            QCoreApplication.translate(
            "Messages", "The backup failed its check ({problems} problems); the records were not replaced.")),
        "backup.stage_mismatch": QCoreApplication.translate(
            "Messages", "The prepared copy of the backup changed or disappeared. Nothing was replaced; start the "
            "restore again."),
        "backup.busy": QCoreApplication.translate(
            "Messages", "A backup is being made right now. Wait a moment and try again; nothing was replaced."),
        "backup.in_use": QCoreApplication.translate(
            "Messages", "The records are still in use (a check or an export may be running). Wait until it has "
            "finished and try again; nothing was replaced."),
        "backup.swap_failed": QCoreApplication.translate(
            "Messages", "The database file could not be replaced (it may be in use by another program). The "
            "records were left as they were."),
        "backup.unreadable": QCoreApplication.translate(
            "Messages", "The backup does not open with this installation's key: it is damaged, incomplete, or a "
            "backup of other records."),
        "backup.damaged": QCoreApplication.translate(
            "Messages", "The backup is damaged: a part of it fails its integrity check."),
        "backup.foreign": QCoreApplication.translate(
            "Messages", "The backup belongs to another installation of CounselRoom."),
        "backup.too_new": QCoreApplication.translate(
            "Messages", "The backup was made by a newer version of CounselRoom (schema {found}; this version "
            "knows up to {supported})."),
        "backup.no_supervisor": QCoreApplication.translate(
            "Messages", "In this backup, \"{username}\" is not an active supervisor account, so you could not work "
            "with the restored records. A supervisor who has an account in the backup must restore it."),
    }
