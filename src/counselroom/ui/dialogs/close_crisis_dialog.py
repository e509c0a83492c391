"""Closing a crisis intervention (危机干预) once every step is settled: the closing note; closing is final."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from counselroom.domain.crisis import Crisis
from counselroom.services.crisis import NOTE_MAX, CrisisService
from counselroom.ui.break_glass import with_reason
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.crisis_step_dialog import HEADING_STYLE
from counselroom.ui.dialogs.guarded_dialog import GuardedDialog
from counselroom.ui.messages import message
from counselroom.ui.styles import HINT_STYLE
from counselroom.ui.widgets.form import Form


class CloseCrisisDialog(GuardedDialog):
    """The closing note; closing is final."""

    saved = Signal(object)   # the closed Crisis

    def __init__(self, session, crisis: Crisis, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeCrisisDialog")
        self.session = session
        self.crisis: Crisis | None = crisis
        self.saved_crisis: Crisis | None = None
        self.setWindowTitle(self.tr("Close the crisis"))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 16)
        outer.setSpacing(10)
        heading = QLabel(self.tr("Close the crisis"), self)
        heading.setStyleSheet(HEADING_STYLE)
        outer.addWidget(heading)
        self.who = QLabel(self.tr("{name} ({case_no}) · crisis opened {when}").format(
            name=crisis.client_name, case_no=crisis.client_case_no,
            when=crisis.opened_at.astimezone().strftime("%Y-%m-%d")), self)
        self.who.setObjectName("closeClient")
        self.who.setStyleSheet(HINT_STYLE)
        outer.addWidget(self.who)
        intro = QLabel(self.tr("Every step is settled. Closing is final: the steps can no longer be "
                               "changed afterwards. Counselling of the case goes on as usual."), self)
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.form = Form(self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("closingNote")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(100)
        self.note.setPlaceholderText(self.tr("e.g. the risk has passed; weekly sessions continue"))
        self.form.add("closing_note", self.tr("Closing note"), self.note,
                      self.tr("Required: how the crisis ended (at most {max} characters).").format(max=NOTE_MAX))
        self.form.error_for("closing_note").setSizePolicy(QSizePolicy.Policy.Expanding,
                                                          QSizePolicy.Policy.Preferred)
        outer.addWidget(self.form, 1)
        self.cancel_button, self.close_button = self.add_button_row(
            outer, self.tr("Close crisis"), self.save, action_name="confirmClose", cancel_name="cancelClose")
        self.note.setFocus()

    def save(self) -> None:
        if self.crisis is None:
            return
        crisis_id = self.crisis.id
        text = self.note.toPlainText()
        service = CrisisService(self.session)
        self.form.clear_errors()
        try:
            closed = with_reason(self, lambda reason: service.close(crisis_id, text, reason=reason),
                                 self.form.show_error)
        except Exception as exc:  # noqa: BLE001 - keep what was typed; report the fault
            self.form.banner.show_text(message("error"))
            report_unexpected(exc)
            return
        if closed is None:
            return
        self.saved_crisis = closed
        self.saved.emit(closed)
        self.accept()

    def is_dirty(self) -> bool:
        return self.saved_crisis is None and bool(self.note.toPlainText().strip())

    def clear(self) -> None:
        self._discard_ok = True
        self.crisis = None
        self.saved_crisis = None
        self.who.clear()
        self.note.clear()
        self.form.clear_errors()
