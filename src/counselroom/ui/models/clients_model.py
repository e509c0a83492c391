"""The clients (来访者) as a table: case number, name, gender, age, type, class, referral; inactive ones greyed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from counselroom.domain.clients import Client
from counselroom.ui.labels import label_of
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import FAINT_INK

INACTIVE_COLOUR = FAINT_INK


class ClientsModel(RowsModel):
    CASE_NO, NAME, GENDER, AGE, TYPE, CLASS, REFERRAL = range(7)

    def __init__(self, today, parent=None) -> None:
        super().__init__(parent)
        self._today = today

    def set_clients(self, clients: list[Client]) -> None:
        self.set_rows(clients)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Case no."), self.tr("Name"), self.tr("Gender"), self.tr("Age"),
                self.tr("Type"), self.tr("Grade / class"), self.tr("Referred by"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        client, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(client, col)
        if role == SORT_ROLE:
            if col == self.AGE:
                age = client.age(self._today)
                return -1 if age is None else age
            return self._text(client, col)
        if not client.active:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(INACTIVE_COLOUR))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Inactive: kept with its history, hidden from the everyday list.")
        return None

    def _text(self, client: Client, col: int) -> str:
        if col == self.CASE_NO:
            return client.case_no
        if col == self.NAME:
            return client.name if client.active else self.tr("{name} (inactive)").format(name=client.name)
        if col == self.GENDER:
            return label_of(client.gender)
        if col == self.AGE:
            age = client.age(self._today)
            return "—" if age is None else str(age)
        if col == self.TYPE:
            return label_of(client.client_type)
        if col == self.CLASS:
            return " ".join(p for p in (client.grade, client.class_name) if p)
        return label_of(client.referral_source)
