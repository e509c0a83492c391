"""The audit log as a table (the Audit page, and an archive's quarter in the archive viewer)."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from counselroom.domain.accounts import User
from counselroom.domain.audit import Action, AuditEntry
from counselroom.ui import i18n
from counselroom.ui.audit_text import action_label, format_detail, person_label, target_label
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import ERROR_INK

# Rows a supervisor should notice when scanning the log.
_WARNING_ACTIONS = {Action.LOGIN_FAILED.value, Action.UNLOCK_FAILED.value, Action.ACCOUNT_LOCKED.value,
                    Action.INTEGRITY_ALERT.value, Action.RECOVERY.value, Action.CASE_BREAK_GLASS.value}
WARNING_COLOUR = QColor(ERROR_INK)
_DISPLAY, _TOOLTIP, _FOREGROUND = (int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                                    Qt.ItemDataRole.ForegroundRole))
# What data() answers; Qt asks each cell for about eight roles each time it measures or paints it.
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, int(SORT_ROLE)})


class AuditModel(RowsModel):
    TIME, PERSON, ACTION, TARGET, DETAILS = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._people: dict[str, User] = {}
        self._ids: dict[int, User] = {}
        # Each row's texts by seq, worded when Qt first measures or paints the row (the ~60 rows
        # fitting the columns looks at and the ~25 on screen, not all 200) and kept until the rows
        # are replaced (or the language changes): repaints and tooltips reuse them (issue 15).
        self._texts: dict[int, tuple[str, ...]] = {}
        self._texts_generation = i18n.generation()

    def set_entries(self, entries: list[AuditEntry], users: list[User]) -> None:
        self._people = {u.username: u for u in users}
        self._ids = {u.id: u for u in users}
        self._texts = {}
        self.set_rows(entries)

    def clear(self) -> None:
        self.set_entries([], [])

    def entry_at(self, row: int) -> AuditEntry:
        return self.row_at(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Person"), self.tr("Action"), self.tr("Concerns"), self.tr("Details"))

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt signature
        # Asked with every index the view makes: a constant, not the headers.
        return 0 if parent.isValid() else self.DETAILS + 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        entry, col = self._rows[index.row()], index.column()
        if role == _DISPLAY:
            return self._texts_of(entry)[col]
        if role == SORT_ROLE:
            return entry.seq if col == self.TIME else self._texts_of(entry)[col]
        if role == _TOOLTIP:
            if col == self.DETAILS and entry.detail:
                return f"<p>{html.escape(self._texts_of(entry)[col])}</p>"
            if col == self.ACTION:
                return entry.action
            return None
        return WARNING_COLOUR if entry.action in _WARNING_ACTIONS else None

    def _texts_of(self, entry: AuditEntry) -> tuple[str, ...]:
        if self._texts_generation != i18n.generation():
            self._texts, self._texts_generation = {}, i18n.generation()
        texts = self._texts.get(entry.seq)
        if texts is None:
            texts = self._texts[entry.seq] = tuple(self._text(entry, col) for col in range(self.DETAILS + 1))
        return texts

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
