"""A case's referrals as a table, with when feedback is due: overdue and due-today follow-ups stand out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from counselroom.domain.referrals import Referral, ReferralStatus
from counselroom.ui.labels import label_of
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import CLOSED_REFERRAL_INK, DUE_INK, ERROR_INK

OVERDUE_COLOUR = ERROR_INK
DUE_TODAY_COLOUR = DUE_INK
CLOSED_COLOUR = CLOSED_REFERRAL_INK


def follow_up_due(referral: Referral, today: date) -> str | None:
    """"overdue" or "today" when the follow-up date has come and no feedback is in yet; else None."""
    if referral.status is not ReferralStatus.SENT or referral.follow_up_on is None:
        return None
    if referral.follow_up_on < today:
        return "overdue"
    if referral.follow_up_on == today:
        return "today"
    return None


def follow_up_text(referral: Referral, today: date) -> str:
    if referral.follow_up_on is None:
        return "—"
    due = follow_up_due(referral, today)
    day = referral.follow_up_on.isoformat()
    if due == "overdue":
        return QCoreApplication.translate("ReferralLabels", "{date} · overdue").format(date=day)
    if due == "today":
        return QCoreApplication.translate("ReferralLabels", "{date} · due today").format(date=day)
    return day


class ReferralsModel(RowsModel):
    DATE, INSTITUTION, STATUS, CONSENT, FOLLOW_UP, FEEDBACK = range(6)

    def __init__(self, today: date, parent=None) -> None:
        super().__init__(parent)
        self.today = today

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Referred on"), self.tr("Referred to"), self.tr("Status"), self.tr("Consent"),
                self.tr("Follow-up"), self.tr("Feedback"))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {self.CONSENT: self.tr("The guardian's consent to the referral"),
                    self.FOLLOW_UP: self.tr("When to ask for feedback"),
                    self.FEEDBACK: self.tr("When the feedback was received")}.get(section)
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        referral, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(referral, col)
        if role == SORT_ROLE:
            if col == self.STATUS:
                return list(ReferralStatus).index(referral.status)
            if col == self.DATE:
                return f"{referral.referred_on.isoformat()}#{referral.id:010d}"
            return self._text(referral, col)
        due = follow_up_due(referral, self.today)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.FOLLOW_UP and due:
                return QBrush(QColor(OVERDUE_COLOUR if due == "overdue" else DUE_TODAY_COLOUR))
            if referral.status is ReferralStatus.CLOSED:
                return QBrush(QColor(CLOSED_COLOUR))
        if role == Qt.ItemDataRole.FontRole and col == self.FOLLOW_UP and due:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.FOLLOW_UP and due:
                return self.tr("No feedback yet: ask the institution or the family, then record it.")
            if col == self.INSTITUTION:
                return referral.institution
            if col == self.CONSENT and referral.consent_on is not None:
                return self.tr("Given on {date}").format(date=referral.consent_on.isoformat())
        return None

    def _text(self, referral: Referral, col: int) -> str:
        if col == self.DATE:
            return referral.referred_on.isoformat()
        if col == self.INSTITUTION:
            return referral.institution
        if col == self.STATUS:
            return label_of(referral.status)
        if col == self.CONSENT:
            return self.tr("Yes") if referral.guardian_consent else "—"
        if col == self.FOLLOW_UP:
            return follow_up_text(referral, self.today)
        return referral.feedback_on.isoformat() if referral.feedback_on else "—"
