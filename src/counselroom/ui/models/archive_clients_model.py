"""The clients of an opened quarterly archive as a table: name, case number, class."""

from __future__ import annotations

from PySide6.QtCore import Qt

from counselroom.domain.clients import Client, ClientType
from counselroom.ui.archive_records_html import class_text
from counselroom.ui.labels import label_of
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel


class ArchiveClientsModel(RowsModel[Client]):
    NAME, CASE_NO, CLASS = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Case no."), self.tr("Grade / class"))

    def _text(self, client: Client, column: int) -> str:
        if column == self.NAME:
            return client.name
        if column == self.CASE_NO:
            return client.case_no
        return class_text(client) if client.client_type is ClientType.STUDENT else label_of(
            client.client_type)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        client = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(client, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and client.student_no:
            return self.tr("Student no. {number}").format(number=client.student_no)
        return None
