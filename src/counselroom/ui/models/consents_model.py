"""The consents of one case's client as a table: kind, giver, date, scope, signed form, withdrawal."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from counselroom.domain.consent import Consent
from counselroom.ui.dialogs.consent_dialog import size_text
from counselroom.ui.labels import label_of
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import QUIET_INK

WITHDRAWN_COLOUR = QColor(QUIET_INK)
SCOPE_SHOWN = 60

(COL_KIND, COL_APPLIES, COL_GIVER, COL_DATE, COL_SCOPE, COL_LIMITS, COL_SCAN, COL_WITHDRAWN) = range(8)


class ConsentModel(RowsModel[Consent]):
    """The consents shown for one case: its own and the client-level ones."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Consent to"), self.tr("Applies to"), self.tr("Given by"), self.tr("Signed on"),
                self.tr("Scope"), self.tr("Limits\nexplained"), self.tr("Signed form"), self.tr("Withdrawn"))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_LIMITS:
                return self.tr("Whether the limits of confidentiality (保密例外) were explained")
            if section == COL_APPLIES:
                return self.tr("Given for this case, or for all of the client's cases")
        return super().headerData(section, orientation, role)

    def _applies(self, consent: Consent) -> str:
        return self.tr("This case") if consent.case_id is not None else self.tr("All cases")

    @staticmethod
    def _withdrawn_text(consent: Consent) -> str:
        return consent.withdrawn_on.isoformat() if consent.withdrawn_on else "—"

    def _scan(self, consent: Consent) -> str:
        if not consent.attachment_name:
            return self.tr("Not attached")
        return self.tr("{name} ({size})").format(name=consent.attachment_name,
                                                 size=size_text(consent.attachment_size))

    def text(self, consent: Consent, column: int) -> str:
        if column == COL_KIND:
            return label_of(consent.kind)
        if column == COL_APPLIES:
            return self._applies(consent)
        if column == COL_GIVER:
            return label_of(consent.given_by)
        if column == COL_DATE:
            return consent.given_on.isoformat()
        if column == COL_SCOPE:
            scope = " ".join(consent.scope.split())
            return scope if len(scope) <= SCOPE_SHOWN else scope[:SCOPE_SHOWN - 1] + "…"
        if column == COL_LIMITS:
            return self.tr("Yes") if consent.limits_explained else self.tr("No")
        if column == COL_SCAN:
            return self._scan(consent)
        return self._withdrawn_text(consent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        consent = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(consent, column)
        if role == SORT_ROLE:
            if column == COL_DATE:
                return consent.given_on.isoformat()
            if column == COL_WITHDRAWN:
                return consent.withdrawn_on.isoformat() if consent.withdrawn_on else ""
            return self.text(consent, column)
        if role == Qt.ItemDataRole.ForegroundRole and not consent.active:
            return WITHDRAWN_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(consent, column)
        if role == Qt.ItemDataRole.UserRole:
            return consent.id
        return None

    def _tooltip(self, consent: Consent, column: int) -> str | None:
        if column == COL_SCOPE and consent.scope:
            return consent.scope
        if column == COL_SCAN:
            if not consent.attachment_name:
                return self.tr("No scan attached yet: use \"Attach scan…\"")
            return self.tr("{file}\nDouble-click the row to view the signed form.").format(
                file=self._scan(consent))
        if column == COL_WITHDRAWN and consent.withdrawn_on is not None:   # no longer active
            note = consent.withdrawal_note or self.tr("(no note)")
            return self.tr("Withdrawn on {date}: {note}").format(date=consent.withdrawn_on.isoformat(), note=note)
        return None
