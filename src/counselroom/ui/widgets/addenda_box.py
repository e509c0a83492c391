"""Under a signed visit record: when it was signed, its addenda (补充), and the box for a new one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from counselroom.domain.visits import Visit
from counselroom.ui.styles import HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.form import FieldError


class AddendaBox(QFrame):
    """A signed record is corrected or completed only by addenda; ``add`` is what its button does."""

    def __init__(self, parent: QWidget, add: Callable[[], object]) -> None:
        super().__init__(parent)
        self.setObjectName("addendaBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 8)
        self.signed_label = QLabel(self)
        self.signed_label.setObjectName("signedLabel")
        self.signed_label.setStyleSheet(OK_STYLE)
        self.signed_label.setWordWrap(True)
        box.addWidget(self.signed_label)
        self.addenda_label = QLabel(self)
        self.addenda_label.setObjectName("addendaList")
        self.addenda_label.setTextFormat(Qt.TextFormat.PlainText)
        self.addenda_label.setWordWrap(True)
        self.addenda_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.addenda_label)
        self.addendum_text = QPlainTextEdit(self)
        self.addendum_text.setObjectName("addendumText")
        self.addendum_text.setTabChangesFocus(True)
        self.addendum_text.setPlaceholderText(QCoreApplication.translate(
            "VisitEditor", "A correction or addition; it is dated and signed with your name."))
        self.addendum_text.setFixedHeight(64)
        box.addWidget(self.addendum_text)
        self.addendum_error = FieldError(self)
        self.addendum_error.setObjectName("addendumError")
        self.addendum_error.add_to(box)
        self.addendum_error.watch(self.addendum_text)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        self.add_button = QPushButton(QCoreApplication.translate("VisitEditor", "Add addendum…"), self)
        self.add_button.setObjectName("addAddendum")
        self.add_button.clicked.connect(add)
        add_row.addWidget(self.add_button)
        box.addLayout(add_row)

    def show_visit(self, visit: Visit) -> None:
        """Shown for a signed record only: when it was signed and its addenda, oldest first."""
        self.setVisible(visit.signed)
        if not visit.signed:
            return
        when = visit.signed_at.astimezone().strftime("%Y-%m-%d %H:%M") if visit.signed_at else ""
        self.signed_label.setText(QCoreApplication.translate(
            "VisitEditor", "Signed on {when}. The record is locked; add an addendum to correct or complete it.")
            .format(when=when))
        lines = [QCoreApplication.translate("VisitEditor", "Addendum, {when}, {author}:\n{text}").format(
            when=a.signed_at.astimezone().strftime("%Y-%m-%d %H:%M"), author=a.author_name, text=a.text)
            for a in visit.addenda]
        self.addenda_label.setText("\n\n".join(lines) if lines
                                   else QCoreApplication.translate("VisitEditor", "No addenda yet."))
        self.addenda_label.setStyleSheet("" if lines else HINT_STYLE)
