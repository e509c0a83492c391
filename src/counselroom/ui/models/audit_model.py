"""The audit log as a table (the Audit page, and an archive's quarter in the archive viewer)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from counselroom.domain.accounts import User
from counselroom.domain.audit import Action, AuditEntry
from counselroom.ui.audit_text import action_label, format_detail, person_label, target_label
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import ERROR_INK

# Rows a supervisor should notice when scanning the log.
_WARNING_ACTIONS = {Action.LOGIN_FAILED.value, Action.UNLOCK_FAILED.value, Action.ACCOUNT_LOCKED.value,
                    Action.INTEGRITY_ALERT.value, Action.RECOVERY.value, Action.CASE_BREAK_GLASS.value}
WARNING_COLOUR = QColor(ERROR_INK)


class AuditModel(RowsModel):
    TIME, PERSON, ACTION, TARGET, DETAILS = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._people: dict[str, User] = {}
        self._ids: dict[int, User] = {}

    def set_entries(self, entries: list[AuditEntry], users: list[User]) -> None:
        self._people = {u.username: u for u in users}
        self._ids = {u.id: u for u in users}
        self.set_rows(entries)

    def clear(self) -> None:
        self.set_entries([], [])

    def entry_at(self, row: int) -> AuditEntry:
        return self.row_at(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Person"), self.tr("Action"), self.tr("Concerns"), self.tr("Details"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, col)
        if role == SORT_ROLE:
            return entry.seq if col == self.TIME else self._text(entry, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.DETAILS and entry.detail:
                return f"<p>{html.escape(self._text(entry, col))}</p>"
            if col == self.ACTION:
                return entry.action
        if role == Qt.ItemDataRole.ForegroundRole and entry.action in _WARNING_ACTIONS:
            return WARNING_COLOUR
        return None

    def _text(self, entry: AuditEntry, col: int) -> str:
        if col == self.TIME:
            return entry.ts.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if col == self.PERSON:
            return person_label(entry.actor, self._people)
        if col == self.ACTION:
            return action_label(entry.action)
        if col == self.TARGET:
            return target_label(entry.target, self._ids)
        return format_detail(entry.action, entry.detail, self._ids)
