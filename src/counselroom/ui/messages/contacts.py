"""Sentences for contacts with parents and teachers (家校沟通记录)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui.messages.counted import Counted


def texts() -> dict[str, str | Counted]:
    """Code → sentence, in the language now installed."""
    return {
        "contact.not_found": QCoreApplication.translate("Messages", "This contact record no longer exists."),
        "contact.link_one": QCoreApplication.translate(
            "Messages", "A contact belongs to one case, one crisis or one register entry."),
        "contact.staff_self_only": QCoreApplication.translate(
            "Messages", "You can record only contacts you made yourself."),
        "contact.staff_invalid": QCoreApplication.translate(
            "Messages", "Choose an active counsellor or the supervisor."),
        "contact.not_author": QCoreApplication.translate(
            "Messages", "Only the person who recorded this contact can correct it."),
        "contact.locked": QCoreApplication.translate(
            "Messages", "A contact can be corrected only within a day of recording it; after that it stands "
            "as written."),
    }
