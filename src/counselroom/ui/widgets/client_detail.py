"""The selected client beside the clients list: the registration and, for clinicians, the cases."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMenu, QPushButton, QVBoxLayout, QWidget,
)

from counselroom.domain.access import CaseAccess
from counselroom.domain.clients import Client
from counselroom.services.cases import CaseEntry
from counselroom.ui.dialogs.client_form import age_text
from counselroom.ui.labels import label_of
from counselroom.ui.messages import field_label
from counselroom.ui.models.clients_model import INACTIVE_COLOUR
from counselroom.ui.styles import HINT_STYLE


class ClientDetail(QFrame):
    """The selected client's registration and, for clinicians, their cases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientDetail")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(300)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        self.heading = QLabel(self)
        self.heading.setObjectName("detailName")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.grid = QFormLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.values: dict[str, QLabel] = {}
        for name in ("case_no", "gender", "birth_date", "client_type", "class", "student_no",
                     "contact", "guardian", "referral", "notes"):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = value
            self.grid.addRow(self._label(name), value)
        column.addLayout(self.grid)
        self.cases_heading = QLabel(self.tr("Cases"), self)
        self.cases_heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
        column.addWidget(self.cases_heading)
        self.case_list = QListWidget(self)
        self.case_list.setObjectName("caseList")
        self.case_list.setToolTip(self.tr("Double-click or press Enter to open the case"))
        self.case_list.setAlternatingRowColors(True)
        self.case_list.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
        column.addWidget(self.case_list)
        self.cases = QLabel(self)
        self.cases.setObjectName("detailCases")
        self.cases.setWordWrap(True)
        self.cases.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.cases)
        self.case_buttons = QWidget(self)
        row = QHBoxLayout(self.case_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.open_case_button = QPushButton(self.tr("Open case"), self.case_buttons)
        self.open_case_button.setObjectName("openCase")
        self.open_case_button.setToolTip(self.tr("Open the selected case in its own window"))
        self.new_case_button = QPushButton(self.tr("New case…"), self.case_buttons)
        self.new_case_button.setObjectName("newCase")
        self.new_case_button.setToolTip(self.tr("Open a new case (个案) for this client"))
        self.file_button = QPushButton(self.tr("Case file…"), self.case_buttons)
        self.file_button.setObjectName("caseFile")
        self.file_button.setToolTip(self.tr("Print or save the client's cases with their visit records, "
                                            "bound as one file (装订成册)"))
        file_menu = QMenu(self.file_button)
        self.print_file_action = file_menu.addAction(self.tr("Print…"))
        self.save_file_action = file_menu.addAction(self.tr("Save as PDF…"))
        self.file_button.setMenu(file_menu)
        for button in (self.open_case_button, self.new_case_button, self.file_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addWidget(self.case_buttons)
        column.addStretch(1)
        self.entries: list[CaseEntry] = []
        self.client_id: int | None = None   # whose registration is shown
        self.clear()

    def _label(self, name: str) -> QLabel:
        text = {
            "case_no": self.tr("Case no."), "class": self.tr("Grade / class"),
            "guardian": field_label("guardian_name"), "referral": field_label("referral_source"),
        }.get(name) or field_label(name)
        label = QLabel(text, self)
        label.setStyleSheet(HINT_STYLE)
        return label

    def clear(self) -> None:
        self.client_id = None
        self.heading.setText(self.tr("No client selected"))
        for value in self.values.values():
            value.clear()
        self._set_entries(None)
        self.cases.setText(self.tr("Select a client in the list to see the details."))
        self.case_buttons.hide()

    def _set_entries(self, entries: list[CaseEntry] | None) -> None:
        self.entries = list(entries or [])
        self.case_list.blockSignals(True)
        self.case_list.clear()
        for entry in self.entries:
            case = entry.case
            item = QListWidgetItem(self.tr("Case {number} · {status} · {counsellor}").format(
                number=case.number, status=label_of(case.status), counsellor=entry.counsellor_name or "—"))
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setToolTip(self.tr("Opened {date}").format(date=case.opened_on.isoformat()))
            if entry.access is CaseAccess.NONE:
                item.setForeground(QBrush(QColor(INACTIVE_COLOUR)))
            self.case_list.addItem(item)
        self.case_list.blockSignals(False)
        if self.entries:
            # As tall as the cases (up to five), so the buttons stay close to them.
            rows = min(len(self.entries), 5)
            self.case_list.setFixedHeight(rows * self.case_list.sizeHintForRow(0) + 2 * self.case_list.frameWidth() + 2)
        self.case_list.setVisible(bool(self.entries))
        self.cases.setStyleSheet(HINT_STYLE)
        self.cases.clear()

    def select_case(self, case_id: int | None) -> None:
        """Select ``case_id``, else the latest case the user may open."""
        row = next((i for i, e in enumerate(self.entries) if e.case.id == case_id), -1)
        if row < 0:
            usable = [i for i, e in enumerate(self.entries) if e.access is not CaseAccess.NONE]
            open_ = [i for i in usable if self.entries[i].case.is_open]
            row = (open_ or usable or list(range(len(self.entries))) or [-1])[-1]
        self.case_list.setCurrentRow(row)
        self.describe_selected()

    def selected_entry(self) -> CaseEntry | None:
        row = self.case_list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def describe_selected(self) -> None:
        """The line under the list: who holds the selected case, and whether the user may open it."""
        entry = self.selected_entry()
        if entry is None:
            return
        case = entry.case
        text = self.tr("Case {number}: counsellor {counsellor}, opened {date}.").format(
            number=case.number, counsellor=entry.counsellor_name or "—", date=case.opened_on.isoformat())
        if entry.access is CaseAccess.NONE:
            text += " " + self.tr("Only {counsellor} can open it, or a counsellor the supervisor shares it "
                                  "with.").format(counsellor=entry.counsellor_name or "—")
        elif entry.access is CaseAccess.BREAK_GLASS:
            text += " " + self.tr("Not your case: opening it asks for a reason, which is recorded in the "
                                  "audit log.")
        self.cases.setStyleSheet(HINT_STYLE)
        self.cases.setText(text)

    def show_client(self, client: Client, today, entries: list[CaseEntry] | None,
                    select_case: int | None = None) -> None:
        self.client_id = client.id
        self.heading.setText(client.name if client.active
                             else self.tr("{name} (inactive)").format(name=client.name))
        v = self.values
        v["case_no"].setText(client.case_no)
        v["gender"].setText(label_of(client.gender))
        born = client.birth_date.isoformat() if client.birth_date else ""
        v["birth_date"].setText(f"{born}  ({age_text(client.birth_date, today)})" if born
                                else age_text(None, today))
        v["client_type"].setText(label_of(client.client_type))
        v["class"].setText(" ".join(p for p in (client.grade, client.class_name) if p) or "—")
        v["student_no"].setText(client.student_no or "—")
        v["contact"].setText(client.contact or "—")
        v["guardian"].setText(" ".join(p for p in (client.guardian_name, client.guardian_contact) if p) or "—")
        referral = label_of(client.referral_source)
        v["referral"].setText(f"{referral} · {client.referral_note}" if client.referral_note else referral)
        v["notes"].setText(client.notes or "—")
        self._set_entries(entries)
        if entries is None:
            self.cases.setText(self.tr("Cases are shown to counsellors and the supervisor only."))
            self.case_buttons.hide()
            return
        self.case_buttons.show()
        if not entries:
            self.cases.setText(self.tr("No case opened yet."))
        else:
            self.select_case(select_case)
