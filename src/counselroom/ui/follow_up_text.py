"""What a follow-up is and what to do about it, in a person's words (the list and the Today page)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.domain.crisis import CrisisStep
from counselroom.services.follow_ups import FollowUp, FollowUpKind


def step_label(step: str) -> str:
    """A crisis step (危机干预步骤) in a person's words; unknown codes stay raw."""
    labels = {
        CrisisStep.GUARDIAN_INFORMED.value: QCoreApplication.translate("FollowUpsPage", "inform the guardian"),
        CrisisStep.LEADERSHIP_INFORMED.value: QCoreApplication.translate("FollowUpsPage",
                                                                         "inform the school leadership"),
        CrisisStep.REFERRAL.value: QCoreApplication.translate("FollowUpsPage", "referral or consultation"),
        CrisisStep.SAFETY_PLAN.value: QCoreApplication.translate("FollowUpsPage", "safety plan"),
        CrisisStep.FOLLOW_UP.value: QCoreApplication.translate("FollowUpsPage", "set follow-up dates"),
    }
    return labels.get(step, step)


def kind_label(item: FollowUp) -> str:
    """What is due, as one line."""
    if item.kind is FollowUpKind.CRISIS_FOLLOW_UP:
        return QCoreApplication.translate("FollowUpsPage", "Crisis follow-up due")
    if item.kind is FollowUpKind.CRISIS_STEP:
        return QCoreApplication.translate("FollowUpsPage", "Crisis step open: {step}").format(
            step=step_label(item.detail))
    if item.kind is FollowUpKind.REFERRAL_FEEDBACK:
        return QCoreApplication.translate("FollowUpsPage", "Referral feedback awaited")
    if item.kind is FollowUpKind.REGISTER_REVIEW:
        return QCoreApplication.translate("FollowUpsPage", "Attention register review due")
    return QCoreApplication.translate("FollowUpsPage", "Visit record not signed")


def kind_advice(kind: FollowUpKind) -> str:
    """What to do about it (the tooltip)."""
    return {
        FollowUpKind.CRISIS_FOLLOW_UP: QCoreApplication.translate(
            "FollowUpsPage", "A follow-up planned in the crisis record falls on this date."),
        FollowUpKind.CRISIS_STEP: QCoreApplication.translate(
            "FollowUpsPage", "Record this step (or why it does not apply) in the case's crisis record. "
            "The date is when the crisis was opened."),
        FollowUpKind.REFERRAL_FEEDBACK: QCoreApplication.translate(
            "FollowUpsPage", "Ask the institution for feedback and record it with the referral."),
        FollowUpKind.UNSIGNED_RECORD: QCoreApplication.translate(
            "FollowUpsPage", "Complete and sign the visit record; the date is the visit's."),
        FollowUpKind.REGISTER_REVIEW: QCoreApplication.translate(
            "FollowUpsPage", "Review the student on the attention register and set the next review date."),
    }[kind]
