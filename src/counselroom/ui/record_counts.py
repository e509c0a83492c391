"""What the screens call each kind of record when they count them (backups, the archive)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def count_label(table: str) -> str:
    """The label for a count of ``table``'s rows, e.g. "Visit records" for ``visits``."""
    labels = {
        "clients": QCoreApplication.translate("RecordCounts", "Clients"),
        "cases": QCoreApplication.translate("RecordCounts", "Cases"),
        "visits": QCoreApplication.translate("RecordCounts", "Visit records"),
        "visit_addenda": QCoreApplication.translate("RecordCounts", "Addenda"),
        "appointments": QCoreApplication.translate("RecordCounts", "Appointments"),
        "test_administrations": QCoreApplication.translate("RecordCounts", "Tests"),
        "crises": QCoreApplication.translate("RecordCounts", "Crises"),
        "referrals": QCoreApplication.translate("RecordCounts", "Referrals"),
        "consents": QCoreApplication.translate("RecordCounts", "Consents"),
        "consent_attachments": QCoreApplication.translate("RecordCounts", "Signed consent scans"),
        "duty_shifts": QCoreApplication.translate("RecordCounts", "Duty shifts"),
        "closings": QCoreApplication.translate("RecordCounts", "Closing checklists"),
        "users": QCoreApplication.translate("RecordCounts", "Accounts"),
        "audit": QCoreApplication.translate("RecordCounts", "Audit log rows"),
        "activities": QCoreApplication.translate("RecordCounts", "Activities"),
    }
    return labels.get(table, table)
