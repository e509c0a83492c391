"""A case's referrals (转介, R8): listed, recorded, followed up, closed, the letter printed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from counselroom.domain.access import may_see_clinical
from counselroom.domain.cases import Case
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.referrals import Referral, ReferralStatus
from counselroom.services.printing import PrintService
from counselroom.services.referrals import ReferralService
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.referral_dialog import FeedbackDialog, ReferralDialog
from counselroom.ui.labels import label_of
from counselroom.ui.messages import error_text
from counselroom.ui.models.referrals_model import DUE_TODAY_COLOUR, ReferralsModel, follow_up_due, follow_up_text
from counselroom.ui.pdf_output import output_pdf
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.case_panel import CasePanel
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_detail import RecordDetail
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

LETTER_DOCUMENT = "referral_letter"  # the audit row's "document"


class ReferralDetail(RecordDetail):
    """Everything recorded about the selected referral, readable and selectable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("referralDetail", parent)
        self.column.setSpacing(8)
        self.heading = self.value_label("referralHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.column.addWidget(self.heading)
        self.add_values((("status", self.tr("Status")), ("referred_on", self.tr("Referred on")),
                         ("contact", self.tr("Contact")), ("reason", self.tr("Reason")),
                         ("consent", self.tr("Guardian consent")), ("follow_up", self.tr("Follow-up")),
                         ("feedback", self.tr("Feedback"))), "detail_")
        self.placeholder = hint_label(self.tr("Select a referral to see what was recorded."), self.host,
                                      "referralDetailHint")
        self.column.addWidget(self.placeholder)
        self.column.addStretch(1)
        self.setWidget(self.host)
        self.clear()

    def _rows_visible(self, visible: bool) -> None:
        for row in range(self.grid.rowCount()):
            self.grid.setRowVisible(row, visible)

    def show_referral(self, referral: Referral, today: date) -> None:
        self.placeholder.hide()
        self._rows_visible(True)
        self.heading.setText(referral.institution)
        v = self.values
        v["status"].setText(label_of(referral.status))
        v["referred_on"].setText(referral.referred_on.isoformat())
        v["contact"].setText(referral.contact or "—")
        v["reason"].setText(referral.reason)
        if referral.guardian_consent:
            v["consent"].setText(self.tr("Given on {date}").format(
                date=referral.consent_on.isoformat() if referral.consent_on else "—"))
        else:
            v["consent"].setText(self.tr("Not recorded"))
        due = follow_up_due(referral, today)
        follow = follow_up_text(referral, today)
        if due:
            follow += "\n" + self.tr("No feedback yet: ask the institution or the family, then record it.")
        v["follow_up"].setText(follow)
        v["follow_up"].setStyleSheet((ERROR_STYLE if due == "overdue" else f"color: {DUE_TODAY_COLOUR};")
                                     if due else "")
        if referral.feedback_on is not None:
            v["feedback"].setText(self.tr("Received {date}:\n{text}").format(
                date=referral.feedback_on.isoformat(), text=referral.feedback))
            v["feedback"].setStyleSheet("")
        else:
            v["feedback"].setText(self.tr("None yet"))
            v["feedback"].setStyleSheet(HINT_STYLE)

    def clear(self) -> None:
        self.heading.clear()
        for value in self.values.values():
            value.clear()
            value.setStyleSheet("")
        self._rows_visible(False)
        self.placeholder.show()


class ReferralPanel(CasePanel):
    """The referrals of the case shown in the case window.

    ``show_case`` loads them through the service (asking a supervisor for the
    reason if the case is not theirs); ``clear`` forgets them (lock, case closed);
    ``changed`` is emitted after a referral was added, got feedback or was closed.
    """

    key = "referralPanel"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._case: Case | None = None
        self._load_error: CounselRoomError | None = None

        outer, column, buttons = self.add_notice_and_body("referralNotice")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.new_button = action_button(
            self, "newReferral", self.tr("New referral…"),
            self.tr("Record a referral of this client to a hospital, clinic or other institution"),
            self.new_referral)
        self.feedback_button = action_button(
            self, "recordFeedback", self.tr("Record feedback…"),
            self.tr("Record what the institution reported back (also: double-click the referral)"),
            self.record_feedback)
        self.close_button = action_button(
            self, "closeReferral", self.tr("Close referral"),
            self.tr("Nothing more is expected from this referral; it is no longer followed up"),
            self.close_referral)
        self.print_button = action_button(
            self, "printLetter", self.tr("Print letter…"),
            self.tr("Print the referral letter and the guardian notice with its return slip"),
            self.print_letter)
        self.save_button = action_button(
            self, "saveLetter", self.tr("Save letter as PDF…"),
            self.tr("Save the letter as a PDF file, e.g. to print it elsewhere"), self.save_letter)
        for button in (self.new_button, self.feedback_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)

        self.model = ReferralsModel(ctx.session.today(), self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("referralsTable", self.proxy, self.body, sort_column=ReferralsModel.DATE,
                                 order=Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._current_changed)
        self.table.activated.connect(self._row_activated)
        self.detail = ReferralDetail(self.body)
        # The institution takes what is left (its full name is in the tooltip and the detail).
        splitter = self.add_record_list(
            column, self.table, ReferralsModel.INSTITUTION, self.detail,
            self.tr("No referrals yet. When the client needs a hospital, a doctor or another "
                    "service, record it with \"New referral…\" and print the letter."), "referralsEmpty")
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 240])
        outer.addWidget(self.body, 1)
        self.add_status_line(outer, "referralStatus")
        self.clear()

    # -- the panel contract ------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        if self._case is None or self._case.id != case.id:
            self.status.clear()  # the same case shown again keeps the last outcome on screen
        self._case = case
        self._load()

    def clear(self) -> None:
        """Forget the case and its referrals (the records lock, or no case is shown)."""
        self.close_dialogs()
        self._case = None
        self._load_error = None
        self.model.clear()
        self.detail.clear()
        self.status.clear()
        self.notice.clear()
        self.notice.hide()
        self.body.hide()
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------------
    def _service(self) -> ReferralService:
        return ReferralService(self.ctx.session)

    def _show_notice(self, text: str, error: bool = False) -> None:
        self.model.clear()
        self.detail.clear()
        self.show_notice(text, error)
        self._update_buttons()

    def _load(self, select_id: int | None = None) -> None:
        if self._case is None:
            return
        if not may_see_clinical(self.ctx.user):
            self._show_notice(self.tr("Referrals are part of the counselling record: only counsellors and the "
                                      "supervisor can see them."))
            return
        keep = select_id if select_id is not None else self._selected_id()
        case_id = self._case.id
        self._load_error = None
        service = self._service()
        referrals = with_reason(self, lambda reason: service.for_case(case_id, reason=reason), self._load_failed)
        if referrals is None:
            if self._load_error is None:  # the supervisor chose not to give a reason
                self._show_notice(self.tr("The referrals are shown once a reason for opening this case is given."))
            return
        self.notice.hide()
        self.body.show()
        self.model.today = self.ctx.session.today()
        self.model.set_rows(referrals)
        self.list_stack.setCurrentWidget(self.table if referrals else self.empty)
        self.detail.setVisible(bool(referrals))
        if keep is None and referrals:
            keep = max(referrals, key=lambda r: (r.referred_on, r.id)).id  # the latest, so the detail is not empty
        self._select(keep)
        self._update_buttons()

    def _load_failed(self, err: CounselRoomError) -> None:
        self._load_error = err
        self._show_notice(error_text(err), error=True)

    def _select(self, referral_id: int | None) -> None:
        row = self.model.row_of(referral_id) if referral_id is not None else -1
        if row < 0:
            self.table.clearSelection()
            self.detail.clear()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def selected_referral(self) -> Referral | None:
        return self.table.selected_record()

    def _selected_id(self) -> int | None:
        referral = self.selected_referral()
        return referral.id if referral is not None else None

    def _current_changed(self, *_args) -> None:
        referral = self.selected_referral()
        if referral is None:
            self.detail.clear()
        else:
            self.detail.show_referral(referral, self.model.today)
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self._case is not None and self.body.isVisibleTo(self)
        referral = self.selected_referral() if shown else None
        is_open = referral is not None and referral.status is not ReferralStatus.CLOSED
        self.new_button.setEnabled(shown)
        self.feedback_button.setEnabled(is_open)
        self.close_button.setEnabled(is_open)
        self.print_button.setEnabled(referral is not None)
        self.save_button.setEnabled(referral is not None)
        if referral is not None and not is_open:
            tip = self.tr("This referral is closed.")
            self.feedback_button.setToolTip(tip)
            self.close_button.setToolTip(tip)
        else:
            self.feedback_button.setToolTip(
                self.tr("Record what the institution reported back (also: double-click the referral)"))
            self.close_button.setToolTip(
                self.tr("Nothing more is expected from this referral; it is no longer followed up"))

    # -- recording ---------------------------------------------------------------------------------
    def new_referral(self) -> None:
        if self._case is None or not self.new_button.isEnabled():
            return
        dialog = ReferralDialog(self.ctx.session, self._case.id, self)
        dialog.accepted.connect(self._referral_saved)
        self.open_dialog(dialog)

    def _referral_saved(self) -> None:
        referral = getattr(self.sender(), "saved_referral", None)
        if referral is None:
            return
        self._load(referral.id)
        self.show_done(self.tr("Referral to {institution} recorded.").format(institution=referral.institution))
        self.changed.emit()

    def _row_activated(self, _index: QModelIndex) -> None:
        if self.feedback_button.isEnabled():
            self.record_feedback()

    def record_feedback(self) -> None:
        referral = self.selected_referral()
        if referral is None or referral.status is ReferralStatus.CLOSED:
            return
        dialog = FeedbackDialog(self.ctx.session, referral, self)
        dialog.accepted.connect(self._feedback_saved)
        self.open_dialog(dialog)

    def _feedback_saved(self) -> None:
        referral = getattr(self.sender(), "saved_referral", None)
        if referral is None:
            return
        self._load(referral.id)
        self.show_done(self.tr("Feedback from {institution} recorded.").format(institution=referral.institution))
        self.changed.emit()

    def close_referral(self) -> None:
        referral = self.selected_referral()
        if referral is None or referral.status is ReferralStatus.CLOSED:
            return
        if referral.feedback_on is None:
            text = self.tr("Close the referral to {institution}?\n\nNo feedback has been recorded. A closed "
                           "referral is no longer followed up and takes no more feedback.")
        else:
            text = self.tr("Close the referral to {institution}?\n\nA closed referral is no longer followed up "
                           "and takes no more feedback.")
        text = text.format(institution=referral.institution)
        answer = QMessageBox.question(self, self.tr("Close referral"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self._service()
        closed = with_reason(self, lambda reason: service.close(referral.id, reason=reason), self.show_error)
        if closed is None:
            return
        self._load(closed.id)
        self.show_done(self.tr("Referral to {institution} closed.").format(institution=closed.institution))
        self.changed.emit()

    def show_error(self, err: CounselRoomError) -> None:
        QMessageBox.warning(self, self.tr("Referrals"), error_text(err))

    # -- the letter -------------------------------------------------------------------------------------
    def _printer(self) -> PrintService:
        return PrintService(self.ctx.session, self.ctx.language)

    def _letter(self, referral: Referral) -> bytes | None:
        service = self._printer()

        def build(reason: str | None) -> bytes:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the first PDF loads the font
            try:
                return service.referral_letter(referral.id, reason=reason)
            finally:
                QApplication.restoreOverrideCursor()

        return with_reason(self, build, self.show_error)

    def _audit_output(self, referral: Referral, how: str) -> bool:
        assert self._case is not None   # print_letter() and save_letter() check first
        try:
            self._printer().record_output(LETTER_DOCUMENT, referral.id, how, client_id=self._case.client_id)
        except CounselRoomError as err:
            self.show_error(err)
            return False
        return True

    def print_letter(self) -> None:
        referral = self.selected_referral()
        if referral is None or self._case is None:
            return
        output_pdf(self, "print", lambda: self._letter(referral), title=self.tr("Referral letter"),
                   record=lambda how: self._audit_output(referral, how), on_error=self.show_error,
                   say=self.show_done,
                   printed=self.tr("The referral letter and the guardian notice were sent to the printer."))

    def save_letter(self) -> None:
        referral = self.selected_referral()
        if referral is None or self._case is None:
            return
        warning = self.tr("The letter names the client and says why they are referred. Save it only where "
                          "no one else can read it, such as your own USB stick, and delete the file once it "
                          "has been printed or sent.")
        name = self.tr("Referral letter {date}.pdf").format(date=referral.referred_on.isoformat())
        output_pdf(self, "pdf", lambda: self._letter(referral), file_name=name, warning=warning,
                   record=lambda how: self._audit_output(referral, how), on_error=self.show_error,
                   say=self.show_done,
                   saved=lambda path: self.tr("Letter saved as {path}. Delete the file once it has been printed "
                                              "or sent.").format(path=path))
