"""One sentence, in the user's language, for every error and finding code.

Lower layers raise codes (see ``counselroom.domain.errors``); this is the only
place they become words, for the windows and for the command line alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from counselroom.domain.errors import CounselRoomError
from counselroom.domain.integrity import Finding
from counselroom.domain.plural import plural


@dataclass(frozen=True)
class Counted:
    """A message whose English words follow the number in the parameter ``param``."""
    param: str
    one: str
    other: str


def _catalog() -> dict[str, str | Counted]:
    # Built on each call so a language switch takes effect at once.
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
        "account.reset_own_password": QCoreApplication.translate("Messages", "Change your own password with “Change password”."),
        # settings
        "room_name.empty": QCoreApplication.translate("Messages", "Enter the room's name."),
        "room_name.too_long": QCoreApplication.translate("Messages", "The room's name has at most {max} characters."),
        "idle_lock.range": QCoreApplication.translate("Messages", "Choose between {min} and {max} minutes."),
        "hours.format": QCoreApplication.translate("Messages", "“{text}” is not a time range like 9:00-12:00."),
        "hours.end_before_start": QCoreApplication.translate("Messages", "In “{text}” the end is not after the start."),
        "hours.overlap": QCoreApplication.translate("Messages", "{first} and {second} overlap."),
        "setup.not_empty": QCoreApplication.translate("Messages", "The data folder already holds records or keys: {path}. "
                              "Set-up never overwrites them."),
        "records.none": QCoreApplication.translate("Messages", "There are no records in {path}. Start CounselRoom to set them "
                           "up there, or give the right data folder."),
        "instance.running": QCoreApplication.translate("Messages", "CounselRoom is already open with this data folder "
                               "(perhaps in another window or by another user)."),
        "not_found": QCoreApplication.translate("Messages", "Not found."),
        "error": QCoreApplication.translate("Messages", "Something went wrong."),
        # clients and cases
        "text.too_long": QCoreApplication.translate("Messages", "At most {max} characters."),
        "field.required": QCoreApplication.translate("Messages", "This field is required."),
        "date.in_future": QCoreApplication.translate("Messages", "This date is in the future."),
        "phone.format": QCoreApplication.translate(
            "Messages", "Enter a phone number with digits only, e.g. 138 0000 0000 or 010-12345678."),
        "client.name_empty": QCoreApplication.translate("Messages", "Enter the client's name."),
        "name.formula": QCoreApplication.translate(
            "Messages", "A name cannot begin with “{start}”: that is how a spreadsheet formula begins."),
        "client.birth_in_future": QCoreApplication.translate("Messages", "The birth date is in the future."),
        "client.birth_too_early": QCoreApplication.translate("Messages", "Check the birth year."),
        "client.student_needs_class": QCoreApplication.translate(
            "Messages", "For a student, enter the grade or the class."),
        "client.not_found": QCoreApplication.translate("Messages", "This client no longer exists."),
        "case.not_found": QCoreApplication.translate("Messages", "This case no longer exists."),
        "case.not_yours": QCoreApplication.translate(
            "Messages", "This case belongs to another counsellor. The supervisor can share it with you."),
        "case.reason_required": QCoreApplication.translate(
            "Messages", "This case is not yours: give the reason for opening it. It is recorded."),
        "case.assign_supervisor_only": QCoreApplication.translate(
            "Messages", "Only the supervisor assigns a case to another counsellor."),
        "case.counsellor_invalid": QCoreApplication.translate(
            "Messages", "Choose an active counsellor or the supervisor."),
        "case.already_closed": QCoreApplication.translate("Messages", "This case is already closed."),
        "case.closed_before_opened": QCoreApplication.translate(
            "Messages", "The closing date is before the opening date."),
        "case.satisfaction_range": QCoreApplication.translate(
            "Messages", "Satisfaction is rated from 1 to 5."),
        # appointments
        "appointment.not_found": QCoreApplication.translate("Messages", "This appointment no longer exists."),
        "appointment.duration": QCoreApplication.translate(
            "Messages", "An appointment lasts between 5 and {max} minutes."),
        "appointment.past_midnight": QCoreApplication.translate(
            "Messages", "An appointment ends on the day it starts."),
        "appointment.outside_hours": QCoreApplication.translate(
            "Messages", "This time is outside the room's opening hours."),
        "appointment.overlap": QCoreApplication.translate(
            "Messages", "The room is already booked from {start} to {end}."),
        "appointment.settled": QCoreApplication.translate(
            "Messages", "This appointment is already settled and cannot be changed this way."),
        "appointment.cancel_reason": QCoreApplication.translate(
            "Messages", "Give the reason for cancelling."),
        "appointment.case_mismatch": QCoreApplication.translate(
            "Messages", "This case belongs to another client."),
        "appointment.visit_started": QCoreApplication.translate(
            "Messages", "The visit record of this appointment is already started in its case; the case "
            "cannot be changed any more."),
        # visit records
        "visit.not_found": QCoreApplication.translate("Messages", "This visit record no longer exists."),
        "visit.participant_invalid": QCoreApplication.translate(
            "Messages", "Choose other registered clients as the group's participants."),
        "visit.case_closed": QCoreApplication.translate(
            "Messages", "The case is closed. Reopen it to record a new visit."),
        "visit.appointment_not_attended": QCoreApplication.translate(
            "Messages", "Mark the appointment as attended first."),
        "visit.appointment_without_case": QCoreApplication.translate(
            "Messages", "This appointment is not linked to a case. Open or choose the client's case first."),
        "visit.signed_locked": QCoreApplication.translate(
            "Messages", "This record is signed and locked. Add an addendum instead."),
        "visit.not_author": QCoreApplication.translate(
            "Messages", "Only the counsellor who wrote this record can edit or sign it."),
        "visit.addendum_needs_signed": QCoreApplication.translate(
            "Messages", "Addenda are added to signed records; edit the draft instead."),
        "visit.end_before_start": QCoreApplication.translate("Messages", "The end is not after the start."),
        "visit.risk_level_missing": QCoreApplication.translate(
            "Messages", "A risk is ticked: choose its level (low, medium or high)."),
        "visit.group_needs_participants": QCoreApplication.translate(
            "Messages", "A group session needs its other participants."),
        "record.visit_altered": QCoreApplication.translate(
            "Messages", "Signed visit record #{visit} was changed outside the application."),
        "record.addendum_altered": QCoreApplication.translate(
            "Messages", "An addendum of visit record #{visit} was changed or removed outside the application."),
        # crisis
        "crisis.not_found": QCoreApplication.translate("Messages", "This crisis record no longer exists."),
        "crisis.closed": QCoreApplication.translate("Messages", "This crisis is already closed."),
        "crisis.step_state": QCoreApplication.translate(
            "Messages", "Mark the step as done or as not applicable."),
        "crisis.follow_up_dates": QCoreApplication.translate("Messages", "Enter at least one follow-up date."),
        "crisis.steps_open": Counted("steps", QCoreApplication.translate(
            "Messages", "{steps} required step is not settled yet: it must be done or marked not applicable with "
            "a reason."), QCoreApplication.translate(
            "Messages", "{steps} required steps are not settled yet: each must be done or marked not applicable "
            "with a reason.")),
        "case.open_crisis": QCoreApplication.translate(
            "Messages", "This case has an open crisis. Close the crisis first."),
        "demo.count": QCoreApplication.translate("Messages", "Choose between 1 and 1,000,000 clients."),
        # consent
        "consent.not_found": QCoreApplication.translate("Messages", "This consent record no longer exists."),
        "consent.no_attachment": QCoreApplication.translate("Messages", "No signed form is attached."),
        "consent.limits_not_explained": QCoreApplication.translate(
            "Messages", "Consent is informed only once the limits of confidentiality (保密例外) were "
            "explained. Explain them, then tick this."),
        "consent.attachment_too_large": QCoreApplication.translate(
            "Messages", "The scan is larger than {max_mb} MB. Scan at a lower resolution."),
        "consent.attachment_type": QCoreApplication.translate(
            "Messages", "Attach the scan as a PDF, PNG or JPEG file."),
        "consent.already_withdrawn": QCoreApplication.translate("Messages", "This consent was already withdrawn."),
        "consent.withdrawal_in_archived_quarter": QCoreApplication.translate(
            "Messages", "Quarter {quarter} has been archived, so the withdrawal cannot be dated in it. Date it "
                        "today and write in the note when the consent was withdrawn."),
        "consent.withdrawn_before_given": QCoreApplication.translate(
            "Messages", "The withdrawal date is before the consent was given."),
        "print.output": QCoreApplication.translate("Messages", "Unknown way of printing."),
        # referrals
        "referral.not_found": QCoreApplication.translate("Messages", "This referral no longer exists."),
        "referral.guardian_consent": QCoreApplication.translate(
            "Messages", "A student is referred only with the guardian's consent. Record it first."),
        "referral.follow_up_before": QCoreApplication.translate(
            "Messages", "The follow-up date is before the referral."),
        "referral.feedback_before": QCoreApplication.translate(
            "Messages", "The feedback date is before the referral."),
        "referral.closed": QCoreApplication.translate("Messages", "This referral is already closed."),
        # test materials (R6)
        "material.not_found": QCoreApplication.translate("Messages", "This test material no longer exists."),
        "material.handout_not_found": QCoreApplication.translate("Messages", "This hand-out no longer exists."),
        "material.name_empty": QCoreApplication.translate("Messages", "Enter the material's name, e.g. PHQ-9 answer sheet."),
        "material.name_taken": QCoreApplication.translate(
            "Messages", "A material with this name is already in the register. Change its stock instead."),
        "material.scale_code_format": QCoreApplication.translate(
            "Messages", "A scale code has 2 to 32 lower-case letters, digits or _, e.g. phq9."),
        "material.count_range": QCoreApplication.translate("Messages", "Enter a number from {min} to {max}."),
        "material.not_enough": QCoreApplication.translate(
            "Messages", "Only {on_hand} are in the cabinet."),
        "material.return_nothing": QCoreApplication.translate(
            "Messages", "Enter how many came back or were used."),
        "material.return_too_many": QCoreApplication.translate(
            "Messages", "Only {outstanding} of this hand-out are still out."),
        "material.kit_not_used": QCoreApplication.translate(
            "Messages", "A kit is not used up: count it as back. The supervisor writes off damaged ones."),
        "material.handout_settled": QCoreApplication.translate(
            "Messages", "Everything of this hand-out is already accounted for."),
        "material.reason_required": QCoreApplication.translate(
            "Messages", "Give the reason. Every change of the stock is recorded."),
        "material.write_off_too_many": QCoreApplication.translate(
            "Messages", "Only {on_hand} are in the cabinet. Copies that are out are written off when they "
            "come back, or as missing."),
        "material.count_unchanged": QCoreApplication.translate(
            "Messages", "This is the count already recorded; nothing to correct."),
        "material.taker_invalid": QCoreApplication.translate(
            "Messages", "Test materials are handed to an active counsellor or the supervisor only."),
        "material.hand_out_for_others": QCoreApplication.translate(
            "Messages", "You record only what you take yourself. The supervisor records hand-outs to others."),
        "material.not_your_handout": QCoreApplication.translate(
            "Messages", "Only the person who took these materials, or the supervisor, records their return."),
        # the closing checklist
        "closing.item_empty": QCoreApplication.translate(
            "Messages", "Enter what is checked, e.g. 窗户已关好 (windows closed)."),
        "closing.items_empty": QCoreApplication.translate("Messages", "The checklist needs at least one item."),
        "closing.items_too_many": QCoreApplication.translate("Messages", "A checklist has at most {max} items."),
        "closing.item_twice": QCoreApplication.translate("Messages", "“{label}” is on the list twice."),
        "closing.items_changed": QCoreApplication.translate(
            "Messages", "The supervisor changed the checklist items meanwhile. The page now shows the new list: "
            "tick it again."),
        "closing.item_unticked": Counted("count", QCoreApplication.translate(
            "Messages", "{count} item is not ticked yet: “{first}”. Check the room and tick every item to sign."),
            QCoreApplication.translate(
            "Messages", "{count} items are not ticked yet (first: “{first}”). Check the room and tick every item "
            "to sign.")),
        "closing.reason_required": Counted("count", QCoreApplication.translate(
            "Messages", "{count} check of the records does not pass. Say why the room is closed anyway; the reason "
            "is kept with the closing."), QCoreApplication.translate(
            "Messages", "{count} checks of the records do not pass. Say why the room is closed anyway; the reason "
            "is kept with the closing.")),
        "closing.not_today": QCoreApplication.translate(
            "Messages", "A closing is signed on its own day; an earlier day cannot be signed afterwards."),
        "closing.already_signed": QCoreApplication.translate(
            "Messages", "Today's closing was already signed by {name} at {time}."),
        "closing.month_invalid": QCoreApplication.translate("Messages", "Choose a month."),
        "closing.still_on_duty": QCoreApplication.translate(
            "Messages", "You are still on duty (since {since}). End your duty on the Duty page first: whoever closes "
            "the room leaves it last."),
        # duty log (R11)
        "duty.not_found": QCoreApplication.translate("Messages", "This duty shift no longer exists."),
        "duty.for_others": QCoreApplication.translate(
            "Messages", "You record only your own duty. The supervisor records duty for others."),
        "duty.person_invalid": QCoreApplication.translate(
            "Messages", "Duty is recorded for an active account of the room only."),
        "duty.already_on_duty": QCoreApplication.translate(
            "Messages", "Already on duty since {start}. End that duty first."),
        "duty.forgotten_open": QCoreApplication.translate(
            "Messages", "The duty of {day} from {start} was never ended. Enter when it ended, then start again."),
        "duty.not_on_duty": QCoreApplication.translate("Messages", "There is no open duty to end."),
        "duty.not_yours": QCoreApplication.translate(
            "Messages", "Only the person on duty, whoever recorded the shift, or the supervisor can change it."),
        "duty.not_open": QCoreApplication.translate("Messages", "This duty has already ended."),
        "duty.still_open": QCoreApplication.translate(
            "Messages", "This duty has not ended yet. End it first; corrections are for finished shifts."),
        "duty.withdrawn": QCoreApplication.translate("Messages", "This shift was withdrawn."),
        "duty.end_needed": QCoreApplication.translate(
            "Messages", "This duty started on {day}. Enter the time it really ended that day."),
        "duty.end_before_start": QCoreApplication.translate("Messages", "The end must be after the start."),
        "duty.past_midnight": QCoreApplication.translate(
            "Messages", "A shift ends on the day it started. Enter a later day as a shift of its own."),
        "duty.in_future": QCoreApplication.translate(
            "Messages", "This time is still to come. Duty is recorded once it has happened."),
        "duty.start_other_day": QCoreApplication.translate(
            "Messages", "The start stays on the day of the shift ({day})."),
        "duty.overlap": QCoreApplication.translate(
            "Messages", "This overlaps the same person's shift from {start} to {end}."),
        "duty.overlap_open": QCoreApplication.translate(
            "Messages", "This overlaps the same person's duty from {start}, which has not ended."),
        "duty.visitors_range": QCoreApplication.translate("Messages", "Enter a number of visitors from 0 to {max}."),
        "duty.reason_required": QCoreApplication.translate(
            "Messages", "Give the reason. It is kept with the change."),
        "duty.correction_closed": QCoreApplication.translate(
            "Messages", "This shift can no longer be changed by you: its author could correct it on the day it "
            "was recorded; now only the supervisor can, with a reason."),
        "duty.month_invalid": QCoreApplication.translate("Messages", "Choose a month."),
        "min_weekly_hours.range": QCoreApplication.translate(
            "Messages", "The rules ask for at least {min} hours a week; enter {min} to {max}."),
        # scale definitions (import)
        "scale.not_utf8": QCoreApplication.translate(
            "Messages", "The file is not UTF-8 text (byte {position} cannot be read). Save it again as UTF-8."),
        "scale.not_json": QCoreApplication.translate(
            "Messages", "The file is not valid JSON: the problem is at line {line}, column {column}."),
        "scale.too_large": QCoreApplication.translate(
            "Messages", "The file is larger than {max_kb} KB; a scale definition is much smaller."),
        "scale.not_object": QCoreApplication.translate(
            "Messages", "The file is not a scale definition: it must be one JSON object {{ … }}."),
        "scale.format": QCoreApplication.translate(
            "Messages", "“{path}” is missing or has the wrong kind of value (positions count from 1)."),
        "scale.unknown_field": QCoreApplication.translate(
            "Messages", "“{path}” is not part of the scale format (a misspelt name?)."),
        "scale.duplicate_key": QCoreApplication.translate(
            "Messages", "The name “{key}” appears twice in the same object."),
        "scale.format_version": QCoreApplication.translate(
            "Messages", "The definition is in format {found}; this version of CounselRoom reads format {supported}."),
        "scale.code_invalid": QCoreApplication.translate(
            "Messages", "The scale code “{value}” is not valid: use 2 to 32 lower-case letters, digits or _."),
        "scale.no_items": QCoreApplication.translate("Messages", "The definition has no items."),
        "scale.too_many_items": QCoreApplication.translate("Messages", "A scale has at most {max} items."),
        "scale.duplicate_item": QCoreApplication.translate("Messages", "Item {item} appears more than once."),
        "scale.item_missing_text": QCoreApplication.translate(
            "Messages", "Item {item} has no Chinese text (text.zh_CN)."),
        "scale.no_options": QCoreApplication.translate(
            "Messages", "Item {item} has no answer options, and the scale has no default options."),
        "scale.duplicate_option": QCoreApplication.translate(
            "Messages", "In “{path}”, option “{option}” appears more than once."),
        "scale.unknown_option": QCoreApplication.translate(
            "Messages", "Item {item} has no option “{option}”."),
        "scale.unknown_subscale": QCoreApplication.translate(
            "Messages", "Item {item} names subscale “{subscale}”, which is not defined."),
        "scale.duplicate_subscale": QCoreApplication.translate(
            "Messages", "Subscale “{subscale}” is defined more than once."),
        "scale.empty_subscale": QCoreApplication.translate(
            "Messages", "No item belongs to subscale “{subscale}”."),
        "scale.method": QCoreApplication.translate(
            "Messages", "“{method}” in “{path}” is not a scoring method; use sum or mean."),
        "scale.no_bands": QCoreApplication.translate(
            "Messages", "The definition has no score bands (bands)."),
        "scale.duplicate_band": QCoreApplication.translate("Messages", "Band “{band}” appears more than once."),
        "scale.band_bound": QCoreApplication.translate(
            "Messages", "The limits of band “{band}” must be whole numbers (for a mean score: at most two "
            "decimals)."),
        "scale.band_reversed": QCoreApplication.translate(
            "Messages", "Band “{band}” starts above where it ends."),
        "scale.bands_overlap": QCoreApplication.translate(
            "Messages", "Bands “{other}” and “{band}” overlap: a total would fall in both."),
        "scale.bands_gap": QCoreApplication.translate(
            "Messages", "There is a gap between band “{after}” and band “{before}”: some totals would fall in "
            "no band."),
        "scale.bands_range": QCoreApplication.translate(
            "Messages", "The totals of this scale go from {min} to {max}, but the bands cover {first} to {last}."),
        "scale.unknown_critical_item": QCoreApplication.translate(
            "Messages", "A critical item names item {item}, which does not exist."),
        "scale.critical_unreachable": QCoreApplication.translate(
            "Messages", "Critical item {item}: no answer reaches the score {min_score}."),
        "scale.duplicate_critical": QCoreApplication.translate(
            "Messages", "Item {item} is listed as critical more than once."),
        "scale.duplicate_version": QCoreApplication.translate(
            "Messages", "The library already has scale “{scale}” version {version}. Give the new definition "
            "another version."),
        "scale.answer_invalid": QCoreApplication.translate(
            "Messages", "“{option}” is not an answer to item {item} of this scale."),
        "scale.not_found": QCoreApplication.translate("Messages", "This scale is not in the library."),
        # test records
        "test.not_found": QCoreApplication.translate("Messages", "This test record no longer exists."),
        "test.case_closed": QCoreApplication.translate(
            "Messages", "The case is closed. Reopen it to record a new test."),
        "test.not_author": QCoreApplication.translate(
            "Messages", "Only the person who administered this test can edit or sign it."),
        "test.signed_locked": QCoreApplication.translate(
            "Messages", "This test record is signed and locked."),
        "test.purpose_not_explained": QCoreApplication.translate(
            "Messages", "Answers are saved only after the purpose and meaning of the test were explained to "
            "the client. Explain them, then tick this."),
        "test.incomplete": Counted("missing", QCoreApplication.translate(
            "Messages", "Item {item} is not answered yet. Every item is needed to sign."), QCoreApplication.translate(
            "Messages", "{missing} items are not answered yet (first: item {item}). Every item is needed to "
            "sign.")),
        "test.consent_mismatch": QCoreApplication.translate(
            "Messages", "Choose a consent recorded for this client."),
        "test.consent_withdrawn": QCoreApplication.translate("Messages", "This consent was withdrawn."),
        "record.test_altered": QCoreApplication.translate(
            "Messages", "Signed test record #{test} (or the scale that scored it) was changed outside the "
            "application."),
        "record.scale_altered": QCoreApplication.translate(
            "Messages", "A scale definition or test answers in the database can no longer be read: they were "
            "changed outside the application."),
        # roster import
        "roster.encoding": QCoreApplication.translate(
            "Messages", "The file's text encoding is neither UTF-8 nor GBK/GB18030. Save it again "
            "from Excel as “CSV UTF-8” or as .xlsx."),
        "roster.encoding_big5": QCoreApplication.translate(
            "Messages", "The file is written in Big5 (Traditional Chinese) and would import as garbled text: "
            "ask for it as .xlsx or “CSV UTF-8”, or open it in Excel or WPS with that encoding and save it as .xlsx."),
        "roster.encoding_japanese": QCoreApplication.translate(
            "Messages", "The file is written in a Japanese encoding (Shift-JIS or EUC-JP) and would import as "
            "garbled text: ask for it as .xlsx or “CSV UTF-8”, or open it in Excel or WPS with that encoding "
            "and save it as .xlsx."),
        "roster.encoding_korean": QCoreApplication.translate(
            "Messages", "The file is written in a Korean encoding (EUC-KR) and would import as garbled text: "
            "ask for it as .xlsx or “CSV UTF-8”, or open it in Excel or WPS with that encoding and save it "
            "as .xlsx."),
        "roster.encoding_utf16": QCoreApplication.translate(
            "Messages", "The file is UTF-16 text without the mark that says so, which cannot be read safely: "
            "open it in Excel or WPS and save it as “CSV UTF-8” or as .xlsx."),
        "roster.encoding_named": QCoreApplication.translate(
            "Messages", "The file's text looks like {encoding}, not UTF-8 or GBK/GB18030: open it in Excel or "
            "WPS and save it as “CSV UTF-8” or as .xlsx."),
        "roster.not_text": QCoreApplication.translate(
            "Messages", "The file is not a CSV text file (it holds binary data); choose the student list saved "
            "from Excel or WPS as .xlsx or .csv."),
        "roster.csv_malformed": QCoreApplication.translate(
            "Messages", "The CSV file is damaged near line {line} (a quotation mark that is never closed, or "
            "a cell too long); open it in Excel or WPS and save it again."),
        "roster.unreadable": QCoreApplication.translate(
            "Messages", "The file cannot be read as an Excel workbook (.xlsx): it is damaged or not really a "
            "workbook. Open it in Excel or WPS and save it again as .xlsx."),
        "roster.old_or_protected": QCoreApplication.translate(
            "Messages", "The file is an old Excel 97-2003 workbook (.xls) or is protected by a password; open "
            "it in Excel or WPS and save it as .xlsx without a password."),
        "roster.too_large": QCoreApplication.translate(
            "Messages", "The file is too large for a student list (at most {max_mb} MB)."),
        "roster.cannot_read": QCoreApplication.translate("Messages", "The file cannot be read: {path}"),
        "roster.missing": QCoreApplication.translate("Messages", "There is no file {path}."),
        "roster.not_a_file": QCoreApplication.translate(
            "Messages", "{path} is a folder, not a file; choose the student list inside it."),
        "roster.unsupported": QCoreApplication.translate(
            "Messages", "Files of type {suffix} are not supported; use .xlsx or .csv."),
        "roster.empty_file": QCoreApplication.translate("Messages", "The file is empty."),
        "roster.too_many_rows": QCoreApplication.translate("Messages", "The file has more than {max} rows."),
        "roster.column_missing": QCoreApplication.translate(
            "Messages", "No column is chosen for this field, and it is required."),
        "roster.duplicate_in_file": QCoreApplication.translate(
            "Messages", "The same person appears again (row {other})."),
        "roster.empty": QCoreApplication.translate("Messages", "The file has no rows to import."),
        "roster.gender_unknown": QCoreApplication.translate(
            "Messages", "“{value}” is not a gender (男/女)."),
        "roster.type_unknown": QCoreApplication.translate(
            "Messages", "“{value}” is not a client type (学生/家长/教职工)."),
        "roster.date_unreadable": QCoreApplication.translate(
            "Messages", "“{value}” is not a date like 2010-05-01."),
        "roster.rejected": Counted("count", QCoreApplication.translate(
            "Messages", "The file was rejected; nothing was imported ({count} problem)."), QCoreApplication.translate(
            "Messages", "The file was rejected; nothing was imported ({count} problems).")),
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
            "Messages", "In this backup, “{username}” is not an active supervisor account, so you could not work "
            "with the restored records. A supervisor who has an account in the backup must restore it."),
        # the quarterly archive (R12)
        "archive.failed": QCoreApplication.translate("Messages", "The archive could not be made."),
        "archive.quarter_invalid": QCoreApplication.translate(
            "Messages", "“{text}” is not a quarter. Write it like 2026Q3 (July to September 2026)."),
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
                        "needs it typed exactly as “{passphrase}”, with no space around it."),
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


def field_label(name: str) -> str:
    """A form field's name as people read it (row errors, summaries)."""
    labels = {
        "name": QCoreApplication.translate("Fields", "Name"),
        "gender": QCoreApplication.translate("Fields", "Gender"),
        "birth_date": QCoreApplication.translate("Fields", "Birth date"),
        "client_type": QCoreApplication.translate("Fields", "Client type"),
        "grade": QCoreApplication.translate("Fields", "Grade"),
        "class_name": QCoreApplication.translate("Fields", "Class"),
        "student_no": QCoreApplication.translate("Fields", "Student number"),
        "contact": QCoreApplication.translate("Fields", "Contact"),
        "guardian_name": QCoreApplication.translate("Fields", "Guardian"),
        "guardian_contact": QCoreApplication.translate("Fields", "Guardian's contact"),
        "referral_source": QCoreApplication.translate("Fields", "Referred by"),
        "referral_note": QCoreApplication.translate("Fields", "Referral note"),
        "notes": QCoreApplication.translate("Fields", "Notes"),
    }
    return labels.get(name, name)


def message(code: str, params: dict | None = None) -> str:
    text = _catalog().get(code) or _catalog()["error"]
    if isinstance(text, Counted):
        count = (params or {}).get(text.param)
        text = plural(count if isinstance(count, int) else 0, text.one, text.other)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text


def error_text(error: CounselRoomError) -> str:
    return message(error.code, error.params)


def finding_text(finding: Finding) -> str:
    return message(finding.code, finding.params)
