"""Sentences for screening campaigns: set-up, answer sheets, interviews."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui.messages.counted import Counted


def texts() -> dict[str, str | Counted]:
    """Code → sentence, in the language now installed."""
    return {
        # setting a campaign up
        "screening.campaign_not_found": QCoreApplication.translate(
            "Messages", "This screening campaign no longer exists."),
        "screening.no_scale": QCoreApplication.translate("Messages", "Choose at least one scale."),
        "screening.too_many_scales": QCoreApplication.translate(
            "Messages", "A campaign uses at most {max} scales."),
        "screening.scale_unknown": QCoreApplication.translate(
            "Messages", "The scale \"{scale}\" is not in the scale library."),
        "screening.no_scope": QCoreApplication.translate(
            "Messages", "Choose the grades or classes to screen."),
        "screening.window_reversed": QCoreApplication.translate(
            "Messages", "The last day comes before the first day."),
        "screening.notice_required": QCoreApplication.translate(
            "Messages", "Enter the notice the school gave students and parents before opening the campaign."),
        "screening.not_draft": QCoreApplication.translate(
            "Messages", "This campaign has been opened already."),
        "screening.not_open": QCoreApplication.translate(
            "Messages", "This campaign is not open: answer sheets can be entered only while it is open."),
        "screening.closed": QCoreApplication.translate(
            "Messages", "This campaign is closed and can no longer be changed."),
        "screening.scales_fixed": QCoreApplication.translate(
            "Messages", "The scales of an open campaign cannot change: sheets were scored with them."),
        "screening.left_out_screened": QCoreApplication.translate(
            "Messages", "A student who has already been screened cannot be excluded or opted out now."),
        "screening.definition_changed": QCoreApplication.translate(
            "Messages", "The stored definition of \"{scale}\" is not the one this campaign used. The records may "
                        "have been altered: run the integrity check."),
        # answer sheets
        "screening.no_sheets": QCoreApplication.translate("Messages", "There are no answer sheets to enter."),
        "screening.sheets_rejected": Counted("count", QCoreApplication.translate(
            "Messages", "Nothing was saved: {count} answer sheet has a problem (the first at row {row})."),
            QCoreApplication.translate(
            "Messages", "Nothing was saved: {count} answer sheets have problems (the first at row {row}).")),
        "screening.scale_not_in_campaign": QCoreApplication.translate(
            "Messages", "The scale \"{scale}\" is not part of this campaign."),
        "screening.student_opted_out": QCoreApplication.translate(
            "Messages", "This student's parents opted out of the screening."),
        "screening.student_excluded": QCoreApplication.translate(
            "Messages", "This student is excluded from the campaign."),
        "screening.student_not_in_scope": QCoreApplication.translate(
            "Messages", "This student is not in the grades or classes of the campaign."),
        "screening.duplicate_sheet": QCoreApplication.translate(
            "Messages", "This student has a second sheet for \"{scale}\" here."),
        "screening.already_screened": QCoreApplication.translate(
            "Messages", "This student already has a sheet for \"{scale}\" in this campaign."),
        "screening.incomplete": Counted("missing", QCoreApplication.translate(
            "Messages", "{missing} item is not answered (item {item})."), QCoreApplication.translate(
            "Messages", "{missing} items are not answered (the first is item {item}).")),
        # interviews
        "screening.interview_not_found": QCoreApplication.translate(
            "Messages", "This interview record no longer exists."),
        "screening.not_screened": QCoreApplication.translate(
            "Messages", "This student has no answer sheet in the campaign."),
        "screening.already_invited": QCoreApplication.translate(
            "Messages", "This student has been invited already."),
        "screening.interview_before_invitation": QCoreApplication.translate(
            "Messages", "The interview cannot be before the invitation."),
        "screening.not_interviewed": QCoreApplication.translate(
            "Messages", "Record the interview before its outcome."),
        "screening.outcome_set": QCoreApplication.translate(
            "Messages", "The outcome of this interview has been recorded already."),
    }
