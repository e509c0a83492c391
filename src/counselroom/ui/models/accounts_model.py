"""The accounts as a table: name, user name, role, status (with its colour dot), last login, created."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from counselroom.domain.accounts import AccountStatus, User
from counselroom.ui.labels import label_of
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import DISABLED_ACCOUNT_INK, DUE_INK, ERROR_INK, OK_INK

STATUS_COLOURS = {
    AccountStatus.ACTIVE: OK_INK,
    AccountStatus.DISABLED: DISABLED_ACCOUNT_INK,
    AccountStatus.LOCKED: ERROR_INK,
    AccountStatus.MUST_CHANGE_PASSWORD: DUE_INK,
}


def local_minutes(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class AccountsModel(RowsModel):
    NAME, USERNAME, ROLE, STATUS, LAST_LOGIN, CREATED = range(6)

    def __init__(self, current_user_id: int, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[User] = []
        self._icons: dict[AccountStatus, QIcon] = {}
        self.current_user_id = current_user_id   # whose row says "now" instead of a last login

    def set_users(self, users: list[User]) -> None:
        self.set_rows(users)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("User name"), self.tr("Role"), self.tr("Status"),
                self.tr("Last login"), self.tr("Created"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        user, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(user, col)
        if role == SORT_ROLE:
            if col == self.STATUS:
                return list(AccountStatus).index(user.status)
            if col in (self.LAST_LOGIN, self.CREATED):
                value = user.last_login_at if col == self.LAST_LOGIN else user.created_at
                return value.timestamp() if value else 0.0
            return self._text(user, col)
        if col == self.STATUS:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(STATUS_COLOURS[user.status]))
            if role == Qt.ItemDataRole.DecorationRole:
                if user.status not in self._icons:
                    self._icons[user.status] = _dot(STATUS_COLOURS[user.status])
                return self._icons[user.status]
            if role == Qt.ItemDataRole.FontRole and user.status is not AccountStatus.ACTIVE:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and col == self.LAST_LOGIN and user.id == self.current_user_id:
            return self.tr("You are logged in with this account now")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.LAST_LOGIN and not user.last_login_at:
            return self.tr("Has not logged in yet")
        return None

    def _text(self, user: User, col: int) -> str:
        if col == self.NAME:
            return user.display_name
        if col == self.USERNAME:
            return user.username
        if col == self.ROLE:
            return label_of(user.role)
        if col == self.STATUS:
            return label_of(user.status)
        if col == self.LAST_LOGIN:
            if user.id == self.current_user_id:
                return self.tr("Now (this session)")
            return local_minutes(user.last_login_at) or "—"
        return local_minutes(user.created_at)
