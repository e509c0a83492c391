"""Sentences for the quarterly archive (R12): exporting, checking and opening it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui.messages.counted import Counted


def texts() -> dict[str, str | Counted]:
    """Code → sentence, in the language now installed."""
    return {
        # the quarterly archive (R12)
        "archive.failed": QCoreApplication.translate("Messages", "The archive could not be made."),
        "archive.quarter_invalid": QCoreApplication.translate(
            "Messages", "\"{text}\" is not a quarter. Write it like 2026Q3 (July to September 2026)."),
        "archive.quarter_not_over": QCoreApplication.translate(
            "Messages", "Quarter {quarter} has not ended yet. A quarter is archived once it is over."),
        "archive.passphrase_empty": QCoreApplication.translate("Messages", "Enter the archive passphrase."),
        "archive.passphrase_spaces": QCoreApplication.translate(
            "Messages", "The passphrase starts or ends with a space, which nobody would see when typing it into "
                        "7-Zip later. Remove the space."),
        "archive.passphrase_control": QCoreApplication.translate(
            "Messages", "The passphrase contains a character that cannot be typed. Use letters, digits, "
                        "punctuation or Chinese characters."),
        "archive.passphrase_weak": QCoreApplication.translate(
            "Messages", "This passphrase is too easy to guess (about {bits} bits; at least 80 are needed). Famous "
                        "lines, slogans, keyboard patterns and repeated phrases are among the first tried. Use a "
                        "long sentence of your own, or the generated passphrase."),
        "archive.unsettled": Counted("count", QCoreApplication.translate(
            "Messages", "{count} record of this quarter is not settled (an unsigned record or an open crisis). "
                        "Settle it first, or confirm that it is archived as it is."), QCoreApplication.translate(
            "Messages", "{count} records of this quarter are not settled (unsigned records or open crises). "
                        "Settle them first, or confirm that they are archived as they are.")),
        "archive.passphrase_mismatch": QCoreApplication.translate(
            "Messages", "The two passphrases differ. Type the same passphrase twice."),
        "archive.not_written_down": QCoreApplication.translate(
            "Messages", "Write the passphrase down first, then tick the box: without it the archive can never be "
                        "opened."),
        "archive.no_target": QCoreApplication.translate(
            "Messages", "Choose the USB drive (or a folder) the archive is written to."),
        "archive.target_not_confirmed": QCoreApplication.translate(
            "Messages", "This is not a removable drive. Tick the box if the archive should really be written "
                        "here, or choose the USB drive."),
        "archive.target_missing": QCoreApplication.translate(
            "Messages", "The folder {path} cannot be found. Is the USB drive plugged in?"),
        "archive.exists": QCoreApplication.translate(
            "Messages", "{path} already exists; it was left untouched. Choose another drive or folder."),
        "archive.recovered": QCoreApplication.translate(
            "Messages", "{path} is the complete archive of {quarter} from an export that was interrupted. It is now "
                        "recorded as archived (print its receipt on the Archive page); it opens with the "
                        "passphrase chosen for that export."),
        "archive.disk_full": QCoreApplication.translate(
            "Messages", "There is not enough free space on the drive ({path}). Nothing was archived and no "
                        "incomplete file was left; free some space or use another drive."),
        "archive.target_read_only": QCoreApplication.translate(
            "Messages", "The drive ({path}) cannot be written to (it may be write-protected). Nothing was archived."),
        "archive.write_failed": QCoreApplication.translate(
            "Messages", "Writing to the drive ({path}) failed — was it pulled out? Nothing was archived and no "
                        "incomplete file was left; plug the drive in again and start over."),
        "archive.cancelled": QCoreApplication.translate(
            "Messages", "The export was cancelled. Nothing was archived and no file was left on the drive."),
        "archive.verify_failed": QCoreApplication.translate(
            "Messages", "The archive read back from the drive did not match what was written, so it was removed "
                        "and nothing was archived. The drive may be failing: try another one."),
        "archive.changed_during_export": QCoreApplication.translate(
            "Messages", "A record of this quarter was changed while the export ran. The archive was removed; "
                        "export the quarter again."),
        "archive.quarter_archived": QCoreApplication.translate(
            "Messages", "Quarter {quarter} has been archived: its records can no longer be changed here. "
                        "Add an addendum instead."),
        "archive.quarter_read_only": QCoreApplication.translate(
            "Messages", "Quarter {quarter} has been archived: its records can no longer be added to or "
                        "changed here."),
        "archive.damaged": QCoreApplication.translate(
            "Messages", "The archive is damaged (incomplete or altered): its contents do not match their "
                        "checksums. Use another copy of this quarter's archive."),
        "archive.not_as_exported": QCoreApplication.translate(
            "Messages", "The archive opens, but it is not as this room exported it: its seal or its SHA-256 does "
                        "not match the export. It may have been changed afterwards; use another copy of this "
                        "quarter's archive."),
        "archive.wrong_passphrase": QCoreApplication.translate(
            "Messages", "This passphrase does not open the archive. Compare it with the one written down "
                        "when the archive was made, character by character."),
        "archive.passphrase_exact": QCoreApplication.translate(
            "Messages", "The archive opened, but 7-Zip opens it only with the passphrase typed exactly like "
                        "this: {passphrase} — capital letters and hyphens included. Type it so in 7-Zip, and "
                        "write it down in this form."),
        "archive.passphrase_exact_spaces": QCoreApplication.translate(
            "Messages", "The archive opened, but only without the space before or after the passphrase: 7-Zip "
                        "needs it typed exactly as \"{passphrase}\", with no space around it."),
        "archive.not_archive": QCoreApplication.translate(
            "Messages", "This file is not a CounselRoom archive."),
        "archive.not_ours": QCoreApplication.translate(
            "Messages", "This file is not a CounselRoom archive."),
        "archive.unreadable": QCoreApplication.translate("Messages", "The file {path} cannot be read."),
        "archive.closed": QCoreApplication.translate("Messages", "The archive has been closed."),
        "archive.no_such_file": QCoreApplication.translate("Messages", "The archive holds no file {name}."),
        "archive.no_such_client": QCoreApplication.translate("Messages", "The archive holds no such client."),
        "archive.no_case_file": QCoreApplication.translate(
            "Messages", "The archive holds no case file for this client."),
        "archive.no_attachment": QCoreApplication.translate(
            "Messages", "The archive holds no scanned form for this consent."),
    }
