"""Lifting the integrity alert (supervisor): what was found is written down first, into the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from counselroom.ui.widgets.buttons import dialog_buttons


class AcknowledgeAlertDialog(QDialog):
    """The supervisor writes down what was found before the alert is lifted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acknowledgeAlertDialog")
        self.setWindowTitle(self.tr("Confirm the integrity alert"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        text = QLabel(self.tr(
            "Confirm only after you have found out what happened — for example a backup "
            "that was restored on purpose. Describe it below; the note is kept in the audit "
            "log. From then on the records as they are now count as the reference."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("acknowledgeNote")
        self.note.setPlaceholderText(self.tr("What happened, who checked it, and why the records "
                                             "can be trusted (required)"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(110)
        layout.addWidget(self.note)
        row, self.cancel_button, self.confirm_button = dialog_buttons(
            self, self.tr("Confirm checked"), self.accept, action_name="confirmAcknowledge")
        self.confirm_button.setEnabled(False)
        self.note.textChanged.connect(self._note_changed)
        layout.addLayout(row)
        self.note.setFocus()

    def _note_changed(self) -> None:
        self.confirm_button.setEnabled(bool(self.note_text()))

    def note_text(self) -> str:
        return self.note.toPlainText().strip()
