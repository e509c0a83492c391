"""Sentences for crises opened by hand (issue 17 §5): someone reports a crisis about a student."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui.messages.counted import Counted


def texts() -> dict[str, str | Counted]:
    """Code → sentence, in the language now installed."""
    return {
        "crisis.level": QCoreApplication.translate(
            "Messages", "A crisis opens at a medium or high risk. Note a low risk in the client's records instead."),
        "crisis.client_required": QCoreApplication.translate(
            "Messages", "Choose the registered client, or register the student here."),
        "crisis.already_open": QCoreApplication.translate(
            "Messages", "This client already has an open crisis in your case. Add what was reported to its "
                        "steps on the Crises page."),
    }
