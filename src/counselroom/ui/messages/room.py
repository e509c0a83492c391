"""Sentences for the room's registers: test materials (R6), the closing checklist, the duty log (R11)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui.messages.counted import Counted


def texts() -> dict[str, str | Counted]:
    """Code → sentence, in the language now installed."""
    return {
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
        "closing.item_twice": QCoreApplication.translate("Messages", "\"{label}\" is on the list twice."),
        "closing.items_changed": QCoreApplication.translate(
            "Messages", "The supervisor changed the checklist items meanwhile. The page now shows the new list: "
            "tick it again."),
        "closing.item_unticked": Counted("count", QCoreApplication.translate(
            "Messages", "{count} item is not ticked yet: \"{first}\". Check the room and tick every item to sign."),
            QCoreApplication.translate(
            "Messages", "{count} items are not ticked yet (first: \"{first}\"). Check the room and tick every item "
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
        # activities log
        "activity.not_found": QCoreApplication.translate("Messages", "This activity no longer exists."),
        "activity.not_yours": QCoreApplication.translate(
            "Messages", "Only who logged or ran this activity, or the supervisor, can change it."),
        "activity.presenter_invalid": QCoreApplication.translate("Messages", "Choose active accounts of the room."),
        "activity.number_range": QCoreApplication.translate("Messages", "Enter a number from {min} to {max}."),
        "activity.no_file": QCoreApplication.translate("Messages", "This file is no longer kept with the activity."),
    }
