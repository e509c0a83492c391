"""Role names as people read them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.domain.accounts import Role


def role_label(role: Role) -> str:
    return {
        Role.SUPERVISOR: QCoreApplication.translate("Roles", "Supervisor"),
        Role.COUNSELLOR: QCoreApplication.translate("Roles", "Counsellor"),
        Role.ASSISTANT: QCoreApplication.translate("Roles", "Assistant"),
    }[role]
