"""Sentences for the counselling records: clients and cases, appointments, visit records, crises, consents, referrals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui.messages.counted import Counted


def texts() -> dict[str, str | Counted]:
    """Code → sentence, in the language now installed."""
    return {
        # clients and cases
        "text.too_long": QCoreApplication.translate("Messages", "At most {max} characters."),
        "field.required": QCoreApplication.translate("Messages", "This field is required."),
        "date.in_future": QCoreApplication.translate("Messages", "This date is in the future."),
        "phone.format": QCoreApplication.translate(
            "Messages", "Enter a phone number with digits only, e.g. 138 0000 0000 or 010-12345678."),
        "client.name_empty": QCoreApplication.translate("Messages", "Enter the client's name."),
        "name.formula": QCoreApplication.translate(
            "Messages", "A name cannot begin with \"{start}\": that is how a spreadsheet formula begins."),
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
        "deidentify.flags_open": Counted("count", QCoreApplication.translate(
            "Messages", "{count} flagged word is still open: tick it off or edit it before saving."),
            QCoreApplication.translate(
            "Messages", "{count} flagged words are still open: tick each one off or edit it before saving.")),
    }
