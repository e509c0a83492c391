"""The overview of one case: its status, presenting problem, reason, plan and, once closed, how it ended."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QWidget

from counselroom.domain.cases import Case
from counselroom.ui.dialogs.case_dialogs import satisfaction_label
from counselroom.ui.labels import label_of
from counselroom.ui.styles import HINT_STYLE, OK_STYLE

CLOSING_FACTS = ("outcome", "summary", "satisfaction")   # shown once the case is closed


class CaseFacts(QScrollArea):
    """The case's facts as labelled, selectable values (``values``, by name), scrolling when long."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        form = QFormLayout(body)
        form.setContentsMargins(4, 4, 12, 4)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.values: dict[str, QLabel] = {}
        self.value_labels: dict[str, QLabel] = {}
        for name, text in (("status", QCoreApplication.translate("CaseWindow", "Status")),
                           ("category", QCoreApplication.translate("CaseWindow", "Presenting problem")),
                           ("reason", QCoreApplication.translate("CaseWindow", "Reason for opening")),
                           ("plan", QCoreApplication.translate("CaseWindow", "Counselling plan (咨询方案)")),
                           ("outcome", QCoreApplication.translate("CaseWindow", "Outcome (效果评价)")),
                           ("summary", QCoreApplication.translate("CaseWindow", "Closing summary")),
                           ("satisfaction", QCoreApplication.translate("CaseWindow", "Client satisfaction"))):
            label = QLabel(text, body)
            label.setStyleSheet(HINT_STYLE)
            value = QLabel(body)
            value.setObjectName(f"case_{name}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.values[name] = value
            self.value_labels[name] = label
            form.addRow(label, value)
        self.setWidget(body)

    def show_case(self, case: Case, status: str) -> None:
        """Show ``case``; ``status`` is its status in words (with the closing date once closed)."""
        v = self.values
        v["status"].setText(status)
        v["status"].setStyleSheet(OK_STYLE if case.is_open else "")
        v["category"].setText(label_of(case.category))
        v["reason"].setText(case.reason)
        self._set_or_hint(v["plan"], case.plan, QCoreApplication.translate(
            "CaseWindow", "No plan written yet. Use \"Edit plan…\" to add it."))
        closed = not case.is_open
        v["outcome"].setText(label_of(case.outcome) if case.outcome is not None else "—")
        v["summary"].setText(case.closing_summary)
        v["satisfaction"].setText(satisfaction_label(case.satisfaction))
        for name in CLOSING_FACTS:
            v[name].setVisible(closed)
            self.value_labels[name].setVisible(closed)

    @staticmethod
    def _set_or_hint(label: QLabel, text: str, hint: str) -> None:
        label.setText(text or hint)
        label.setStyleSheet("" if text else HINT_STYLE)

    def clear(self) -> None:
        """Forget the case (the records lock)."""
        for value in self.values.values():
            value.clear()
