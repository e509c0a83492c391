"""The foot of a test record (R5): discard, save and sign, the save state, and who signed it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from counselroom.domain.scales import TestRecord
from counselroom.ui.styles import OK_STYLE
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.hint_label import hint_label

STATUS_MS = 8000    # how long a "Saved at …" stays before the save state shows again


class EntryActions(QWidget):
    """The row under a test's score, always in view. ``status_expired`` when a message has been shown long enough.

    Its sentences keep the ``TestEntry`` translation context they were written in.
    """

    status_expired = Signal()

    def __init__(self, parent: QWidget, discard: Callable[[], object], save: Callable[[], object],
                 sign: Callable[[], object]) -> None:
        super().__init__(parent)
        actions = QHBoxLayout(self)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(8)
        self.hint = hint_label("", self, "testHint")
        actions.addWidget(self.hint, 1)
        # A signed record says so where the buttons were, always in view.
        self.signed_label = QLabel(self)
        self.signed_label.setObjectName("testSealStatus")
        self.signed_label.setWordWrap(True)
        self.signed_label.setStyleSheet(OK_STYLE)
        actions.addWidget(self.signed_label, 1)
        # The save state beside Save, in a width of its own: "Unsaved changes" coming and going
        # reflows nothing (in the heading's row it pushed the heading onto a second line, and the
        # items down under the pointer).
        self.save_status = hint_label("", self, "testSaveStatus")
        self.save_status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        usual = (QCoreApplication.translate("TestEntry", "Unsaved changes"),
                 QCoreApplication.translate("TestEntry", "Saved at {time}").format(time="00:00:00"),
                 QCoreApplication.translate("TestEntry", "Signed and locked."))
        self.save_status.setFixedWidth(max(self.save_status.fontMetrics().horizontalAdvance(t) for t in usual) + 8)
        actions.addWidget(self.save_status)
        self.discard_button = action_button(
            self, "discardTest", QCoreApplication.translate("TestEntry", "Discard draft…"),
            QCoreApplication.translate("TestEntry", "Delete this unsigned test, e.g. a wrong scale or client"),
            discard)
        self.save_button = action_button(
            self, "saveTest", QCoreApplication.translate("TestEntry", "Save"),
            QCoreApplication.translate("TestEntry", "Save the answers and the interpretation (Ctrl+S)"), save)
        self.sign_button = action_button(
            self, "signTest", QCoreApplication.translate("TestEntry", "Sign…"),
            QCoreApplication.translate("TestEntry", "Check the record and sign it; it is then locked"), sign)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.sign_button)
        self.status_timer = QTimer(self, singleShot=True, interval=STATUS_MS)
        self.status_timer.timeout.connect(self.status_expired)

    def show_record(self, record: TestRecord, editable: bool) -> None:
        """The buttons for a draft its author may change; who signed a signed record, and when."""
        for button in (self.save_button, self.sign_button, self.discard_button):
            button.setVisible(editable)
        if not record.signed:
            self.signed_label.clear()
            self.signed_label.hide()
            self.hint.show()
            if not editable:
                self.hint.setText(QCoreApplication.translate(
                    "TestEntry", "Only {name}, who administered this test, can edit or sign it.").format(
                    name=record.administered_by_name or "—"))
            else:
                self.hint.setText(QCoreApplication.translate(
                    "TestEntry", "Digits answer the current item and move on; Save keeps the draft, "
                                 "signing locks it."))
            return
        when = record.signed_at.astimezone().strftime("%Y-%m-%d %H:%M") if record.signed_at else ""
        self.signed_label.setText(QCoreApplication.translate(
            "TestEntry",
            "Signed on {when} by {name}. The record is sealed (seal {seal}…) and can no longer be changed.").format(
                when=when, name=record.administered_by_name, seal=record.seal[:12]))
        self.signed_label.show()
        self.hint.clear()
        self.hint.hide()

    def set_status(self, text: str, style: str) -> None:
        self.save_status.setStyleSheet(style)
        self.save_status.setText(text)

    def say(self, text: str, style: str) -> None:
        """Show ``text`` as the save state for a while."""
        self.set_status(text, style)
        self.status_timer.start()

    def clear(self) -> None:
        """Nothing is shown: no buttons, no texts."""
        self.status_timer.stop()
        for label in (self.save_status, self.signed_label, self.hint):
            label.clear()
        for button in (self.save_button, self.sign_button, self.discard_button):
            button.hide()
