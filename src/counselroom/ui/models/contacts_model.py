"""A case's contacts with parents and teachers as a table, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from counselroom.domain.contacts import Contact
from counselroom.ui.labels import label_of
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel


class ContactsModel(RowsModel):
    WHEN, CONTACTED, RELATION, METHOD, BY = range(5)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("Contacted"), self.tr("Relation"), self.tr("How"), self.tr("By"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        contact, col = self._rows[index.row()], index.column()
        if role == SORT_ROLE and col == self.WHEN:
            return f"{self._text(contact, col)}#{contact.id:010d}"
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(contact, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.CONTACTED:
            return contact.contact_name
        return None

    def _text(self, contact: Contact, col: int) -> str:
        if col == self.WHEN:
            return contact.contacted_at.strftime("%Y-%m-%d %H:%M") if contact.contacted_at else ""
        if col == self.CONTACTED:
            return contact.contact_name
        if col == self.RELATION:
            return label_of(contact.relation)
        if col == self.METHOD:
            return label_of(contact.method)
        return contact.staff_name
