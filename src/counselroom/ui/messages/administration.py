"""Sentences for running the room: accounts and passwords, the settings, setting up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui.messages.counted import Counted


def texts() -> dict[str, str | Counted]:
    """Code → sentence, in the language now installed."""
    return {
        # accounts
        "username.empty": QCoreApplication.translate("Messages", "Enter a user name."),
        "username.too_long": QCoreApplication.translate("Messages", "A user name has at most {max} characters."),
        "username.bad_chars": QCoreApplication.translate("Messages", "Use letters, digits, Chinese characters, dot, dash or "
                                 "underscore (no spaces)."),
        "username.taken": QCoreApplication.translate("Messages", "This user name is already in use."),
        "display_name.empty": QCoreApplication.translate("Messages", "Enter the person's name."),
        "display_name.too_long": QCoreApplication.translate("Messages", "A name has at most {max} characters."),
        "password.too_short": QCoreApplication.translate("Messages", "Use at least {min} characters — a short sentence is "
                                 "easy to remember and hard to guess."),
        "password.too_long": QCoreApplication.translate("Messages", "A password has at most {max} characters."),
        "password.edge_spaces": QCoreApplication.translate("Messages", "The password starts or ends with a space."),
        "password.too_simple": QCoreApplication.translate("Messages", "This password is too easy to guess (repeated or "
                                  "consecutive characters)."),
        "password.too_common": QCoreApplication.translate("Messages", "This is one of the most common passwords. Choose another."),
        "password.contains_username": QCoreApplication.translate("Messages", "The password must not contain the user name."),
        "password.old_wrong": QCoreApplication.translate("Messages", "The current password is not correct."),
        "password.same_as_old": QCoreApplication.translate("Messages", "Choose a password different from the current one."),
        "password.mismatch": QCoreApplication.translate("Messages", "The two passwords are not the same."),
        "account.not_found": QCoreApplication.translate("Messages", "This account no longer exists."),
        "account.cannot_disable_self": QCoreApplication.translate("Messages", "You cannot disable your own account."),
        "account.last_supervisor": QCoreApplication.translate("Messages", "The last active supervisor account cannot be disabled."),
        "account.reset_own_password": QCoreApplication.translate("Messages", "Change your own password with \"Change password\"."),
        # settings
        "room_name.empty": QCoreApplication.translate("Messages", "Enter the room's name."),
        "room_name.too_long": QCoreApplication.translate("Messages", "The room's name has at most {max} characters."),
        "idle_lock.range": QCoreApplication.translate("Messages", "Choose between {min} and {max} minutes."),
        "suppression.k_too_small": QCoreApplication.translate("Messages", "Counts below {min} are always hidden in "
                                      "reports; choose {min} or more."),
        "hours.format": QCoreApplication.translate("Messages", "\"{text}\" is not a time range like 9:00-12:00."),
        "hours.end_before_start": QCoreApplication.translate("Messages", "In \"{text}\" the end is not after the start."),
        "hours.overlap": QCoreApplication.translate("Messages", "{first} and {second} overlap."),
        "terms.first_start": QCoreApplication.translate("Messages", "The first term begins the school year: choose "
                                "a month from July to December."),
        "terms.order": QCoreApplication.translate("Messages", "The second term must begin after the first term "
                          "ends and end before the next school year begins."),
        "period.format": QCoreApplication.translate("Messages", "\"{text}\" is not a period: write a month (2026-11), "
                            "a term (2026-2027-1 or 2026-2027-2), a school year (2026-2027) or two days "
                            "(2026-11-03..2026-11-20)."),
        "period.range": QCoreApplication.translate("Messages", "The period ends before it begins."),
        # work reports
        "work_report.not_found": QCoreApplication.translate("Messages", "This work report no longer exists."),
        "work_report.too_long": QCoreApplication.translate("Messages", "At most {max} characters."),
        "work_report.summary_empty": QCoreApplication.translate(
            "Messages", "Write the summary of the work before signing the report."),
        "work_report.period_kind": QCoreApplication.translate(
            "Messages", "\"{text}\" is not a month, a term or a school year: reports are kept for those only."),
        "work_report.not_begun": QCoreApplication.translate("Messages", "This period has not begun yet: nothing to sign."),
        "work_report.signed": QCoreApplication.translate("Messages", "This report is signed and can no longer be changed."),
        "work_report.no_folder": QCoreApplication.translate("Messages", "There is no folder \"{path}\"."),
        "work_report.write_failed": QCoreApplication.translate(
            "Messages", "\"{path}\" could not be written (the drive may be full, removed or read-only)."),
        "work_report.draft_written": QCoreApplication.translate(
            "Messages", "The report for {period} is not signed: written as a draft, marked as one on every page."),
        "setup.not_empty": QCoreApplication.translate("Messages", "The data folder already holds records or keys: {path}. "
                              "Set-up never overwrites them."),
        "records.none": QCoreApplication.translate("Messages", "There are no records in {path}. Start CounselRoom to set them "
                           "up there, or give the right data folder."),
        "instance.running": QCoreApplication.translate("Messages", "CounselRoom is already open with this data folder "
                               "(perhaps in another window or by another user)."),
    }
