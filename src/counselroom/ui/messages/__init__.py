"""One sentence, in the user's language, for every error and finding code.

Lower layers raise codes (see ``counselroom.domain.errors``); this package is the only
place they become words, for the windows and for the command line alike. The sentences
are kept by area, one module each (``opening``, ``records``, …); ``message`` finds a code
in any of them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.domain.errors import CounselRoomError
from counselroom.domain.integrity import Finding
from counselroom.domain.plural import plural
from counselroom.ui.messages import (
    administration, archive, backups, contacts, crises, integrity, opening, records, register, roster, room,
    scales,
)
from counselroom.ui.messages import screening, screening_entry
from counselroom.ui.messages.counted import Counted

__all__ = ["Counted", "error_text", "field_label", "finding_text", "message"]

AREAS = (opening, administration, records, room, scales, roster, backups, archive, integrity, register,
         crises, contacts, screening, screening_entry)


def _catalog() -> dict[str, str | Counted]:
    # Built on each call so a language switch takes effect at once.
    catalog: dict[str, str | Counted] = {
        "not_found": QCoreApplication.translate("Messages", "Not found."),
        "error": QCoreApplication.translate("Messages", "Something went wrong."),
    }
    for area in AREAS:
        catalog.update(area.texts())
    return catalog


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
