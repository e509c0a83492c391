"""One crisis intervention (危机干预, R7): its risk, its five required steps, closing it.

Used by the crises page and by the case window (``show_case``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from counselroom.domain.cases import Case
from counselroom.domain.crisis import Crisis, CrisisStep, StepRecord, StepState
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.visits import RiskLevel
from counselroom.services.crisis import CrisisService
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.close_crisis_dialog import CloseCrisisDialog
from counselroom.ui.dialogs.crisis_step_dialog import CrisisStepDialog
from counselroom.ui.labels import label_of, risk_grade
from counselroom.ui.messages import error_text
from counselroom.ui.styles import (
    CRISIS_BORDER, ERROR_INK, ERROR_STYLE, ERROR_TINT, FAINT_INK, GREY_FILL, GREY_FILL_STRONG, HINT_STYLE, INFO_TINT,
    LOW_RISK_INK, OK_STYLE, PANEL_BG, PENDING_INK, RISK_MEDIUM_INK, SECONDARY_INK, SURFACE,
)
from counselroom.ui.widgets.case_panel import CasePanel
from counselroom.ui.widgets.crisis_step_card import StepCard, local_text, plain_label
from counselroom.ui.widgets.hint_label import hint_label

# Calm but unmistakable: warm tints, one strong accent on the left edge.
OPEN_ACCENT = ERROR_INK
OPEN_TINT = ERROR_TINT
CLOSED_ACCENT = FAINT_INK
CLOSED_TINT = PANEL_BG
RISK_BADGES = {              # background, text
    RiskLevel.HIGH: (ERROR_INK, SURFACE),
    RiskLevel.MEDIUM: (PENDING_INK, SURFACE),
    RiskLevel.LOW: (INFO_TINT, LOW_RISK_INK),
    RiskLevel.NONE: (GREY_FILL, SECONDARY_INK),
}


class CrisisPanel(CasePanel):
    """Shows one crisis; settles its steps and closes it through the crisis service."""

    key = "crisisPanel"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.crisis: Crisis | None = None
        self._failed = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)

        # -- empty state ----------------------------------------------------------------------
        empty = QWidget(self.stack)
        ecol = QVBoxLayout(empty)
        ecol.setContentsMargins(24, 24, 24, 24)
        self.empty_label = QLabel(empty)
        self.empty_label.setObjectName("crisisEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-size: 12pt;")
        self.empty_hint = hint_label("", empty, "crisisEmptyHint")
        ecol.addWidget(self.empty_label)
        ecol.addWidget(self.empty_hint)
        ecol.addStretch(1)
        self.stack.addWidget(empty)

        # -- the crisis -------------------------------------------------------------------------
        scroll = QScrollArea(self.stack)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 8, 4)
        column.setSpacing(8)

        self.header = QFrame(body)
        self.header.setObjectName("crisisHeader")
        hcol = QVBoxLayout(self.header)
        hcol.setContentsMargins(16, 12, 16, 12)
        hcol.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(10)
        self.title = plain_label("", self.header, "crisisTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600; background: transparent;")
        top.addWidget(self.title, 1)
        self.risk_badge = QLabel(self.header)
        self.risk_badge.setObjectName("crisisRisk")
        top.addWidget(self.risk_badge, 0, Qt.AlignmentFlag.AlignTop)
        self.status_badge = QLabel(self.header)
        self.status_badge.setObjectName("crisisStatus")
        top.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
        hcol.addLayout(top)
        self.opened = plain_label("", self.header, "crisisOpened")
        self.opened.setStyleSheet("background: transparent;")
        hcol.addWidget(self.opened)
        self.open_steps = plain_label("", self.header, "crisisOpenSteps")
        hcol.addWidget(self.open_steps)
        self.closing = plain_label("", self.header, "crisisClosing")
        self.closing.setStyleSheet("background: transparent;")
        hcol.addWidget(self.closing)
        self.reviewed = plain_label("", self.header, "crisisReviewed")
        self.reviewed.setStyleSheet(HINT_STYLE + " background: transparent;")
        hcol.addWidget(self.reviewed)
        hcol.addSpacing(4)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addStretch(1)
        self.review_button = QPushButton(self.tr("Mark as reviewed today"), self.header)
        self.review_button.setObjectName("reviewCrisis")
        self.review_button.setAutoDefault(False)
        self.review_button.setToolTip(self.tr(
            "Record that you looked at this crisis today (the end-of-day check asks for it)"))
        self.review_button.clicked.connect(self.review)
        actions.addWidget(self.review_button)
        self.close_button = QPushButton(self.tr("Close crisis…"), self.header)
        self.close_button.setObjectName("closeCrisis")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close_crisis)
        actions.addWidget(self.close_button)
        hcol.addLayout(actions)
        column.addWidget(self.header)
        self.message = plain_label("", body, "crisisMessage")
        column.addWidget(self.message)

        steps_heading = QLabel(self.tr("Required steps"), body)
        steps_heading.setStyleSheet("font-weight: 600; margin-top: 6px;")
        column.addWidget(steps_heading)
        self.cards: dict[CrisisStep, StepCard] = {}
        for step in CrisisStep:
            card = StepCard(step, body)
            card.done_button.clicked.connect(self._done_clicked)
            card.na_button.clicked.connect(self._na_clicked)
            card.change_button.clicked.connect(self._change_clicked)
            self.cards[step] = card
            column.addWidget(card)

        column.addStretch(1)
        scroll.setWidget(body)
        self.stack.addWidget(scroll)
        self.clear()

    # -- the contract used by the crises page and the case window ---------------------------
    def show_case(self, case: Case) -> None:
        """The case's open crisis, or its latest closed one, or the empty state."""
        case_id = case.id
        self._failed = False
        found = with_reason(self, lambda reason: (self._service().for_case(case_id, reason=reason),),
                            self._load_failed)
        if found is None:
            self._not_opened()
            return
        if found[0] is None:
            self.show_empty(self.tr("No crisis for this case."),
                            self.tr("A crisis intervention opens when a visit record is signed with a "
                                    "medium or high risk."))
            return
        self._show(found[0])

    def show_crisis(self, crisis_id: int) -> bool:
        """Load and show the crisis; False when it was not opened (declined or refused)."""
        self._failed = False
        crisis = with_reason(self, lambda reason: self._service().get(crisis_id, reason=reason),
                             self._load_failed)
        if crisis is None:
            self._not_opened()
            return False
        self._show(crisis)
        return True

    def show_loaded(self, crisis: Crisis) -> None:
        """Show again a crisis this panel already opened, as a list read off the GUI thread now
        has it: no query here, and no second audit row for a crisis already opened."""
        self._failed = False
        self._show(crisis)

    def clear(self) -> None:
        """Forget the crisis (the records are locking); open dialogs forget what was typed."""
        self.close_dialogs()
        self.crisis = None
        for label in (self.title, self.opened, self.reviewed, self.open_steps, self.closing, self.message,
                      self.risk_badge, self.status_badge):
            label.clear()
        for card in self.cards.values():
            card.clear()
        self.show_empty("")

    def show_empty(self, text: str, hint: str = "") -> None:
        self.crisis = None
        self.empty_label.setText(text)
        self.empty_hint.setText(hint)
        self.empty_hint.setVisible(bool(hint))
        self.stack.setCurrentIndex(0)

    # -- showing ------------------------------------------------------------------------------
    def _service(self) -> CrisisService:
        return CrisisService(self.ctx.session)

    def _review_text(self, crisis: Crisis) -> str:
        """The same rule the closing checklist applies (``Crisis.reviewed_on``), in words."""
        today = self.ctx.session.today()
        if crisis.reviewed_on(today):
            if crisis.last_reviewed_at is not None and crisis.looked_at == crisis.last_reviewed_at:
                return self.tr("Reviewed today ({when}).").format(when=local_text(crisis.last_reviewed_at))
            return self.tr("Opened today, which counts as today's review.")
        if crisis.last_reviewed_at is not None:
            return self.tr("Last reviewed {when}: review it today.").format(when=local_text(crisis.last_reviewed_at))
        return self.tr("Not reviewed since it was opened: review it today.")

    def _show(self, crisis: Crisis, message: str = "") -> None:
        self.crisis = crisis
        is_open = crisis.is_open
        accent, tint = (OPEN_ACCENT, OPEN_TINT) if is_open else (CLOSED_ACCENT, CLOSED_TINT)
        self.header.setStyleSheet(
            f"QFrame#crisisHeader {{ background: {tint}; border: 1px solid {CRISIS_BORDER}; "
            f"border-left: 5px solid {accent}; border-radius: 4px; }}")
        self.title.setText(self.tr("{name} ({case_no})").format(name=crisis.client_name,
                                                                 case_no=crisis.client_case_no))
        background, ink = RISK_BADGES[crisis.risk] if is_open else (GREY_FILL_STRONG, SECONDARY_INK)
        self.risk_badge.setText(risk_grade(crisis.risk))
        self.risk_badge.setStyleSheet(f"background: {background}; color: {ink}; font-weight: 600; "
                                      "border-radius: 9px; padding: 2px 10px;")
        pending = crisis.pending
        if is_open:
            self.status_badge.setText(self.tr("Open"))
            self.status_badge.setStyleSheet(f"background: {SURFACE}; color: {OPEN_ACCENT}; font-weight: 600; "
                                            f"border: 1px solid {OPEN_ACCENT}; border-radius: 9px; "
                                            "padding: 1px 10px;")
        else:
            self.status_badge.setText(self.tr("Closed"))
            self.status_badge.setStyleSheet(f"background: {GREY_FILL_STRONG}; color: {SECONDARY_INK}; "
                                            "font-weight: 600; border-radius: 9px; padding: 2px 10px;")
        if crisis.visit_no is not None:
            opened = self.tr("Opened {when}, when visit {no} ({date}) was signed with this risk.").format(
                when=local_text(crisis.opened_at), no=crisis.visit_no,
                date=crisis.visit_date.isoformat() if crisis.visit_date else "—")
        elif crisis.test_id is not None:
            opened = self.tr("Opened {when}, when a {scale} test of {date} was signed with a critical answer "
                             "or score.").format(
                when=local_text(crisis.opened_at), scale=crisis.test_scale,
                date=crisis.test_date.isoformat() if crisis.test_date else "—")
        elif crisis.report is not None:
            report = crisis.report
            who = " ".join(p for p in (label_of(report.source), report.reporter, report.reporter_contact) if p)
            opened = self.tr("Opened by hand {when}. Reported {reported} by {who}: \"{report}\"").format(
                when=local_text(crisis.opened_at), reported=report.reported_at.strftime("%Y-%m-%d %H:%M"), who=who,
                report=report.report)
        else:
            opened = self.tr("Opened {when}.").format(when=local_text(crisis.opened_at))
        if crisis.counsellor_name:
            opened += " " + self.tr("Counsellor: {name}.").format(name=crisis.counsellor_name)
        self.opened.setText(opened)
        self.reviewed.setText(self._review_text(crisis))
        self.reviewed.setVisible(is_open)
        self.review_button.setVisible(is_open)
        self.review_button.setEnabled(is_open)

        records = {r.step: r for r in crisis.steps}
        for step, card in self.cards.items():
            record = records.get(step, StepRecord(step))
            card.show_record(record, is_open, label_of(record.state))

        self.close_button.setVisible(is_open)
        self.close_button.setEnabled(is_open and not pending)
        if is_open and pending:
            self.open_steps.setStyleSheet(f"color: {RISK_MEDIUM_INK}; font-weight: 600; background: transparent;")
            self.open_steps.setText(self.tr("Still to settle ({n} of {total}): {steps}.").format(
                n=len(pending), total=len(CrisisStep), steps=self.tr(", ").join(label_of(s) for s in pending)))
            self.close_button.setToolTip(self.tr("Every step must be done or marked not applicable first"))
        elif is_open:
            self.open_steps.setStyleSheet(OK_STYLE + " font-weight: 600; background: transparent;")
            self.open_steps.setText(self.tr("Every step is settled. The crisis can be closed."))
            self.close_button.setToolTip(self.tr("Close the crisis with a closing note"))
        else:
            self.open_steps.clear()
        self.open_steps.setVisible(is_open)
        self.closing.setVisible(not is_open)
        self.closing.setText("" if is_open else self.tr("Closed {when}. Closing note: {note}").format(
            when=local_text(crisis.closed_at), note=crisis.closing_note))
        self._say(message, OK_STYLE)
        self.stack.setCurrentIndex(1)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _load_failed(self, err: CounselRoomError) -> None:
        self._failed = True
        self.show_empty(self.tr("The crisis cannot be shown."), error_text(err))

    def _not_opened(self) -> None:
        if not self._failed:   # the supervisor chose not to give a reason
            self.show_empty(self.tr("The crisis was not opened."),
                            self.tr("A case of another counsellor opens only with a reason, which is "
                                    "recorded in the audit log."))

    def _action_failed(self, err: CounselRoomError) -> None:
        self._say(error_text(err), ERROR_STYLE)

    # -- actions --------------------------------------------------------------------------------
    def _step_of(self, button) -> CrisisStep | None:
        value = button.property("step") if button is not None else None
        return CrisisStep(value) if value else None

    def _done_clicked(self) -> None:
        self.open_step(self._step_of(self.sender()), StepState.DONE)

    def _na_clicked(self) -> None:
        self.open_step(self._step_of(self.sender()), StepState.NOT_APPLICABLE)

    def _change_clicked(self) -> None:
        self.open_step(self._step_of(self.sender()), StepState.DONE)

    def open_step(self, step: CrisisStep | None, state: StepState = StepState.DONE) -> CrisisStepDialog | None:
        """The step dialog for ``step``; a settled step opens with what was recorded."""
        if step is None or self.crisis is None or not self.crisis.is_open:
            return None
        dialog = CrisisStepDialog(self.ctx.session, self.crisis, step, state, self)
        dialog.saved.connect(self._step_saved)
        self.open_dialog(dialog)
        return dialog

    def _step_saved(self, crisis: Crisis) -> None:
        dialog = self.sender()
        step = getattr(dialog, "step", None)
        text = (self.tr("\"{step}\" saved.").format(step=label_of(step)) if step is not None
                else self.tr("Saved."))
        if not crisis.pending:
            text += " " + self.tr("Every step is settled: the crisis can now be closed.")
        self._show(crisis, text)
        self.changed.emit()

    def close_crisis(self) -> CloseCrisisDialog | None:
        if self.crisis is None or not self.crisis.is_open or self.crisis.pending:
            return None
        dialog = CloseCrisisDialog(self.ctx.session, self.crisis, self)
        dialog.saved.connect(self._closed)
        self.open_dialog(dialog)
        return dialog

    def _closed(self, crisis: Crisis) -> None:
        self._show(crisis, self.tr("The crisis is closed."))
        self.changed.emit()

    def review(self) -> None:
        if self.crisis is None or not self.crisis.is_open:
            return
        crisis_id = self.crisis.id
        crisis = with_reason(self, lambda reason: self._service().review(crisis_id, reason=reason),
                             self._action_failed)
        if crisis is not None:
            self._show(crisis, self.tr("Marked as reviewed."))
            self.changed.emit()

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 460))
        return hint


__all__ = ["CrisisPanel", "local_text"]
