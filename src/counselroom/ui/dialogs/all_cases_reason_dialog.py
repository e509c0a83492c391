"""The supervisor's reason for searching the notes of every counsellor's cases (recorded with each search)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from counselroom.ui.widgets.buttons import dialog_buttons


class AllCasesReasonDialog(QDialog):
    """The supervisor states why they search every counsellor's notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allCasesReasonDialog")
        self.setWindowTitle(self.tr("Search all cases"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        text = QLabel(self.tr(
            "You are about to search the notes of every counsellor's cases. Give the reason; "
            "it is recorded in the audit log with every search you make in this mode."), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        caption = QLabel(self.tr("Reason"), self)
        layout.addWidget(caption)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("allCasesReason")
        self.reason.setPlaceholderText(self.tr("e.g. checking a parent's complaint"))
        caption.setBuddy(self.reason)
        layout.addWidget(self.reason)
        row, self.cancel_button, self.ok_button = dialog_buttons(
            self, self.tr("Search all cases"), self.accept, action_name="confirmAllCases")
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(self._reason_changed)
        layout.addLayout(row)
        self.reason.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # A dialog's size hint ignores word wrap: grow to show every line.
        height = self.heightForWidth(self.width())
        if height > self.height():
            self.resize(self.width(), height)

    def _reason_changed(self, *_args) -> None:
        self.ok_button.setEnabled(bool(self.reason_text()))

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def clear(self) -> None:
        self.reason.clear()
