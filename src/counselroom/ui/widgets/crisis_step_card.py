"""One required step of a crisis intervention, as a card: its state, what was recorded, its buttons."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from counselroom.domain.crisis import CrisisStep, StepRecord, StepState
from counselroom.ui.dialogs.crisis_step_dialog import contact_label, date_text, step_description
from counselroom.ui.labels import label_of
from counselroom.ui.styles import (
    DONE_ACCENT, HAIRLINE, HINT_INK, OK_INK, PENDING_ACCENT, PENDING_INK, PENDING_TINT, STEP_NA_ACCENT, SURFACE,
)

STATE_COLOURS = {            # accent, tint, symbol colour
    StepState.PENDING: (PENDING_ACCENT, PENDING_TINT, PENDING_INK),
    StepState.DONE: (DONE_ACCENT, SURFACE, OK_INK),
    StepState.NOT_APPLICABLE: (STEP_NA_ACCENT, SURFACE, HINT_INK),
}
STATE_SYMBOLS = {StepState.PENDING: "○", StepState.DONE: "✓", StepState.NOT_APPLICABLE: "–"}


def local_text(moment: datetime | None) -> str:
    """A stored moment (UTC) on the room's wall clock; a naive one as it is."""
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def plain_label(text: str = "", parent: QWidget | None = None, name: str = "") -> QLabel:
    """A wrapping, selectable label whose text is never read as HTML (it comes from the records)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class StepCard(QFrame):
    """One required step: its state, what was recorded, and what can be done with it."""

    def __init__(self, step: CrisisStep, parent: QWidget) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step_{step.value}")
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 12, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.symbol = QLabel(self)
        self.symbol.setObjectName("stepSymbol")
        self.symbol.setFixedWidth(20)
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.symbol, 0, 0)
        head = QHBoxLayout()
        head.setSpacing(10)
        self.title = QLabel(label_of(step), self)
        self.title.setObjectName("stepTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600; background: transparent;")
        self.title.setToolTip(step_description(step))
        head.addWidget(self.title, 1)
        grid.addLayout(head, 0, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.done_button = QPushButton(QCoreApplication.translate("CrisisPanel", "Done…"), self)
        self.done_button.setObjectName(f"done_{step.value}")
        self.done_button.setToolTip(QCoreApplication.translate(
            "CrisisPanel", "Record that this step was carried out: who, when and how"))
        self.na_button = QPushButton(QCoreApplication.translate("CrisisPanel", "Not applicable…"), self)
        self.na_button.setObjectName(f"na_{step.value}")
        self.na_button.setToolTip(QCoreApplication.translate(
            "CrisisPanel", "Mark this step as not applicable, with the reason"))
        self.change_button = QPushButton(QCoreApplication.translate("CrisisPanel", "Correct…"), self)
        self.change_button.setObjectName(f"change_{step.value}")
        self.change_button.setToolTip(QCoreApplication.translate(
            "CrisisPanel", "Correct what was recorded for this step"))
        for button in (self.done_button, self.na_button, self.change_button):
            button.setProperty("step", step.value)
            button.setAutoDefault(False)
            buttons.addWidget(button)
        grid.addLayout(buttons, 0, 2)
        # what was recorded uses the whole width under the title and the buttons
        self.details = plain_label("", self, "stepDetails")
        self.details.setStyleSheet("background: transparent;")
        grid.addWidget(self.details, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.clear()

    def _paint(self, state: StepState) -> None:
        accent, tint, ink = STATE_COLOURS[state]
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {tint}; border: 1px solid {HAIRLINE}; "
            f"border-left: 4px solid {accent}; border-radius: 4px; }}")
        self.symbol.setStyleSheet(f"color: {ink}; font-size: 14pt; font-weight: 600; background: transparent;")

    def show_record(self, record: StepRecord, crisis_open: bool, state_text: str) -> None:
        """``state_text`` names the step's state (the symbol's tooltip)."""
        self._paint(record.state)
        self.symbol.setText(STATE_SYMBOLS[record.state])
        self.symbol.setToolTip(state_text)
        self.details.setText(self._details(record))
        pending = not record.settled
        self.done_button.setVisible(crisis_open and pending)
        self.na_button.setVisible(crisis_open and pending)
        self.change_button.setVisible(crisis_open and not pending)

    def _details(self, record: StepRecord) -> str:
        if record.state is StepState.PENDING:
            return QCoreApplication.translate("CrisisPanel", "To do: {what}").format(
                what=step_description(record.step))
        if record.state is StepState.NOT_APPLICABLE:
            return QCoreApplication.translate("CrisisPanel", "Not applicable: {reason}").format(
                reason=record.reason)
        lines = [QCoreApplication.translate("CrisisPanel", "Done {when} by {who}").format(
            when=local_text(record.done_at), who=record.done_by)]
        told = " · ".join(p for p in (record.contact, record.method) if p)
        if told:
            lines.append(QCoreApplication.translate("CrisisPanel", "{what}: {value}").format(
                what=contact_label(record.step), value=told))
        if record.follow_up_dates:
            lines.append(QCoreApplication.translate("CrisisPanel", "Follow-ups: {dates}").format(
                dates=", ".join(date_text(d) for d in record.follow_up_dates)))
        if record.note:
            lines.append(QCoreApplication.translate("CrisisPanel", "Note: {note}").format(note=record.note))
        return "\n".join(lines)

    def clear(self) -> None:
        self._paint(StepState.PENDING)
        self.symbol.clear()
        self.symbol.setToolTip("")
        self.details.clear()
        for button in (self.done_button, self.na_button, self.change_button):
            button.hide()
