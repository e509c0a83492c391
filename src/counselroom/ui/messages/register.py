"""Sentences for the 重点关注 register (预警名单)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui.messages.counted import Counted


def texts() -> dict[str, str | Counted]:
    """Code → sentence, in the language now installed."""
    return {
        "register.not_found": QCoreApplication.translate("Messages", "This register entry no longer exists."),
        "register.already_open": QCoreApplication.translate(
            "Messages", "This student is on the attention register already. Change the level or the plan of "
                        "that entry, or ask the supervisor if you cannot see it."),
        "register.exited": QCoreApplication.translate(
            "Messages", "This student has been taken off the register; the entry can no longer change. Add "
                        "the student again if they need attention once more."),
        "register.same_level": QCoreApplication.translate("Messages", "Choose a level other than the present one."),
        "register.review_in_past": QCoreApplication.translate(
            "Messages", "The next review cannot be before today."),
        "register.review_too_far": QCoreApplication.translate(
            "Messages", "The next review must be within {days} days."),
        "register.no_such_counsellor": QCoreApplication.translate(
            "Messages", "Choose an active counsellor as the one responsible."),
    }
