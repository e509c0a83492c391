"""One administration of a scale (测验记录, R5): answers by keyboard or from the paper form, the live
score, the counsellor's interpretation, signing.

Saving is explicit (every save is audited), but nothing typed is lost: the draft is also saved when the
records lock, when the entry is cleared or hidden, as long as the purpose of the test was explained —
before that the service refuses answers (R5) and the entry keeps them on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget,
)

from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.scales import ScoreResult, TestRecord, score
from counselroom.services.tests import TestService
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.messages import error_text, message
from counselroom.ui.qt_dates import py_date
from counselroom.ui.styles import DRAFT_INK, ERROR_STYLE, HINT_STYLE, OK_STYLE, PANEL_BG, READ_ONLY_BG
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.test_actions import EntryActions
from counselroom.ui.widgets.test_administration import AdministrationForm
from counselroom.ui.widgets.test_items import OPTION_STYLE, ItemList, ItemRow
from counselroom.ui.widgets.test_score import ScoreSummary

DIRTY_STYLE = f"color: {DRAFT_INK};"


class TestEntry(QWidget):
    """Shows and edits one test record; ``load`` a record, ``clear`` on lock."""

    __test__ = False   # not a pytest test class

    saved = Signal(object)      # TestRecord, after a save
    signed = Signal(object)     # TestRecord, after signing
    discarded = Signal(int)     # the discarded draft's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testEntry")
        self.ctx = ctx
        self.record: TestRecord | None = None
        self._answers: dict[str, str] = {}
        self._saved_state: tuple | None = None
        self._editable = False
        self._loading = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(10)
        self.head_layout = head        # a host may put a "back" button first
        self.heading = QLabel(self)
        self.heading.setObjectName("testHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        head.addWidget(self.heading, 1)     # the whole row: one line at 1280 px, two at most
        outer.addLayout(head)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName("testBody")
        self.body.setStyleSheet(OPTION_STYLE + 'QPlainTextEdit[readOnly="true"], QLineEdit[readOnly="true"] '
                                               f"{{ background: {READ_ONLY_BG}; }}")
        self.scroll_area.setWidget(self.body)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 8, 8)
        column.setSpacing(8)
        outer.addWidget(self.scroll_area, 1)

        # -- the scale ---------------------------------------------------------------------------
        self.scale_name = QLabel(self.body)
        self.scale_name.setObjectName("scaleName")
        self.scale_name.setWordWrap(True)
        self.scale_name.setTextFormat(Qt.TextFormat.PlainText)
        self.scale_name.setStyleSheet("font-size: 12pt; font-weight: 600;")
        column.addWidget(self.scale_name)
        self.instructions = QLabel(self.body)
        self.instructions.setObjectName("scaleInstructions")
        self.instructions.setWordWrap(True)
        self.instructions.setTextFormat(Qt.TextFormat.PlainText)
        self.instructions.setStyleSheet(f"background: {PANEL_BG}; border-radius: 4px; padding: 6px 10px;")
        column.addWidget(self.instructions)

        # -- before the answers: date, the R5 gate, the consent, the whole paper form at once -------------
        self.facts = AdministrationForm(ctx, self.body)
        column.addWidget(self.facts)
        self.facts.edited.connect(self._changed)
        self.facts.paper_entered.connect(self.apply_paper_form)
        # The form's inputs, by the names hosts and tests have always used.
        self.administered_on, self.explained, self.explained_hint = (
            self.facts.administered_on, self.facts.explained, self.facts.explained_hint)
        self.consent, self.paper = self.facts.consent, self.facts.paper

        # -- the items -----------------------------------------------------------------------------------
        self.items = ItemList(self.scroll_area, self.body)
        self.items.chosen.connect(self._chosen)
        self.items.passed_last.connect(self._passed_last)
        column.addWidget(self.items)

        # -- the counsellor's interpretation -------------------------------------------------------------
        self.notes = Form(self.body)
        column.addWidget(self.notes)
        self.interpretation = QPlainTextEdit(self.body)
        self.interpretation.setObjectName("interpretation")
        self.interpretation.setTabChangesFocus(True)
        self.interpretation.setFixedHeight(96)
        self.interpretation.setPlaceholderText(
            self.tr("What the result means for this client, read with what you know of them"))
        self.interpretation.textChanged.connect(self._changed)
        self.notes.add("interpretation", self.tr("Interpretation"), self.interpretation)
        self.forms = (self.facts, self.notes)

        self.source = QLabel(self.body)
        self.source.setObjectName("scaleSource")
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setStyleSheet(HINT_STYLE + " font-size: 8.5pt;")
        column.addWidget(self.source)
        column.addStretch(1)

        # -- the score as it stands (always in view) ---------------------------------------------------
        self.score_box = ScoreSummary(self)
        outer.addWidget(self.score_box)
        # Its parts, by the names hosts and tests have always used.
        self.total_label, self.band_label, self.missing_label = (
            self.score_box.total_label, self.score_box.band_label, self.score_box.missing_label)
        self.critical_label, self.answers_error = self.score_box.critical_label, self.score_box.answers_error

        # -- discard, save, sign; the save state -----------------------------------------------------------
        self.footer = EntryActions(self, self.discard, self.save, self.sign)
        self.footer.status_expired.connect(self._show_dirty)
        outer.addWidget(self.footer)
        # Its parts, by the names hosts and tests have always used.
        self.hint, self.signed_label, self.save_status = (
            self.footer.hint, self.footer.signed_label, self.footer.save_status)
        self.discard_button, self.save_button, self.sign_button = (
            self.footer.discard_button, self.footer.save_button, self.footer.sign_button)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)

        self.placeholder = hint_label(self.tr("Choose a test, or start a new one."), self, "testPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.placeholder, 1)
        self.clear()

    @property
    def language(self) -> str:
        return self.ctx.language

    @property
    def rows(self) -> list[ItemRow]:
        return self.items.rows

    def _service(self) -> TestService:
        return TestService(self.ctx.session)

    # -- showing a record ------------------------------------------------------------------------------
    def load(self, record: TestRecord) -> None:
        """Show ``record`` (the caller has asked about unsaved changes first: see ``confirm_leave``)."""
        self._loading = True
        try:
            self._clear_errors()
            self.record = record
            self._editable = not record.signed and record.administered_by == self.ctx.user.id
            self.placeholder.hide()
            self.scroll_area.show()
            self.score_box.show()
            lang = self.language
            definition = record.definition
            self._show_heading()
            self.scale_name.setText(self.tr("{name} (version {version})").format(
                name=definition.name.get(lang), version=definition.version))
            instructions = definition.instructions.get(lang)
            self.instructions.setText(instructions)
            self.instructions.setVisible(bool(instructions))
            self.source.setText(self.tr("Source: {source}").format(source=definition.source)
                                if definition.source else "")
            self.facts.show_record(record)
            self.interpretation.setPlainText(record.interpretation)
            self.items.build(definition, lang)
            # Tab goes from the paper form through the items to the interpretation.
            chain = [self.facts.paper_apply, *self.rows, self.interpretation]
            for first, second in zip(chain, chain[1:]):
                QWidget.setTabOrder(first, second)
            self._answers = dict(record.answers)
            self.items.show_answers(self._answers)
            self.facts.set_editable(self._editable)
            self.interpretation.setReadOnly(not self._editable)
            for row in self.rows:
                row.set_read_only(not self._editable)
            self.footer.show_record(record, self._editable)
            self._saved_state = self._state()
            self.items.current = -1
            self._update_preview()
            self.footer.set_status("", HINT_STYLE)
        finally:
            self._loading = False

    def _show_heading(self) -> None:
        record = self.record
        if record is None:
            self.heading.clear()
            return
        status = self.tr("signed") if record.signed else self.tr("draft")
        self.heading.setText(self.tr("{name} ({case_no}) · {scale} · {date} · {status}").format(
            name=record.client_name, case_no=record.client_case_no, scale=record.scale_name.get(self.language),
            date=record.administered_on.isoformat(), status=status))

    # -- what is on screen -----------------------------------------------------------------------------
    def answers(self) -> dict[str, str]:
        return {k: v for k, v in self._answers.items() if v}

    def consent_id(self) -> int | None:
        return self.consent.currentData()

    def _state(self) -> tuple:
        return (tuple(sorted(self.answers().items())), self.explained.isChecked(), self.consent_id(),
                self.interpretation.toPlainText().strip(), self.administered_on.date().toPython())

    def is_dirty(self) -> bool:
        return self._editable and self.record is not None and self._state() != self._saved_state

    @property
    def editable(self) -> bool:
        return self._editable

    def current_index(self) -> int:
        return self.items.current

    # -- entering answers ----------------------------------------------------------------------------
    def _chosen(self, item_id: str, option_id: str) -> None:
        if option_id:
            self._answers[item_id] = option_id
        else:
            self._answers.pop(item_id, None)
        self.answers_error.show_text("")
        self._changed()

    def _passed_last(self) -> None:
        if self._editable:
            self.interpretation.setFocus(Qt.FocusReason.TabFocusReason)
            self.scroll_area.ensureWidgetVisible(self.interpretation, 0, 24)

    def focus_item(self, index: int) -> None:
        self.items.focus_item(index)

    def focus_first_open_item(self) -> None:
        """Put the keyboard on the first unanswered item (or the first one)."""
        if not self.rows:
            return
        answered = self.answers()
        index = next((i for i, row in enumerate(self.rows) if row.item.id not in answered), 0)
        self.focus_item(index)

    def apply_paper_form(self) -> None:
        if self.record is None or not self._editable:
            return
        answers = self.facts.read_paper_form(self.record.definition)
        if answers is None:
            return
        self._answers = answers
        self.items.show_answers(answers)
        self.answers_error.show_text("")
        self._changed()
        self.facts.paper_form_filled(len(answers), len(self.rows))

    def _changed(self, *_args) -> None:
        if self._loading or self.record is None:
            return
        self._update_preview()
        self.footer.status_timer.stop()
        self._show_dirty()

    def _show_dirty(self) -> None:
        self.footer.set_status(self.tr("Unsaved changes") if self.is_dirty() else "", DIRTY_STYLE)

    # -- the score ---------------------------------------------------------------------------------------
    def result(self) -> ScoreResult | None:
        if self.record is None:
            return None
        try:
            return score(self.record.definition, self.answers())
        except ValidationError:
            return None

    def _update_preview(self) -> None:
        if self.record is None:
            return
        result = self.result()
        self.score_box.show_score(self.record, result, self.language)
        critical_items = {h.item for h in (result.critical if result else ())}
        for row in self.rows:
            row.set_critical(row.item.id in critical_items)

    # -- saving --------------------------------------------------------------------------------------------
    def _save_call(self, reason: str | None) -> TestRecord:
        assert self.record is not None   # only called with a record open and changed
        return self._service().save_answers(
            self.record.id, self.answers(), self.explained.isChecked(), self.consent_id(),
            self.interpretation.toPlainText(), administered_on=py_date(self.administered_on.date()),
            reason=reason)

    def save(self) -> bool:
        """Save the draft (the Save button). Problems are shown at their field; nothing on screen changes."""
        if self.record is None or not self._editable:
            return False
        self._clear_errors()
        state = self._state()
        record = with_reason(self, self._save_call, self._show_error)
        if record is None:
            return False
        self._stored(record, state)
        self.footer.say(self.tr("Saved at {time}").format(time=self.ctx.session.wall_now().strftime("%H:%M:%S")),
                        HINT_STYLE)
        return True

    def flush(self) -> bool:
        """Save quietly when something changed and may be saved (lock, clear, hide). False if it could not."""
        if not self.is_dirty():
            return True
        if self.ctx.session.locked:
            return False
        if (self.answers() or self.interpretation.toPlainText().strip()) and not self.explained.isChecked():
            return False   # R5: the service would refuse; the answers stay on screen
        state = self._state()
        try:
            record = self._save_call(None)
        except CounselRoomError as err:
            self.footer.say(self.tr("Not saved: {reason}").format(reason=error_text(err)), ERROR_STYLE)
            return False
        self._stored(record, state)
        return True

    def _stored(self, record: TestRecord, state: tuple) -> None:
        self.record = record
        self._saved_state = state
        self._show_heading()
        self.saved.emit(record)

    def confirm_leave(self) -> bool:
        """Before another record (or none) is shown: True when it is all right to go on."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved answers"),
            self.tr("This test has changes that are not saved yet. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._saved_state = self._state()   # the changes are let go on purpose
            return True
        return False

    # -- signing -----------------------------------------------------------------------------------------------
    def sign(self) -> None:
        if self.record is None or not self._editable:
            return
        result = self.result()
        # What signing would refuse is said at once, where it is, before any question.
        if not self.explained.isChecked():
            self._show_error(ValidationError("purpose_explained", "test.purpose_not_explained"))
            return
        if result is not None and not result.complete:
            self._show_error(ValidationError("answers", "test.incomplete", missing=len(result.missing),
                                             item=result.missing[0]))
            return
        text = self.tr("After signing, the test record is locked and can no longer be changed.")
        if result is not None and result.needs_crisis:
            text += "\n\n" + self.tr("The answers call for a crisis intervention: it opens for this case when you "
                                     "sign.")
        text += "\n\n" + self.tr("Sign it now?")
        answer = QMessageBox.question(self, self.tr("Sign the test"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._clear_errors()
        if self.is_dirty():
            state = self._state()
            saved = with_reason(self, self._save_call, self._show_error)
            if saved is None:
                return
            self._stored(saved, state)
        test_id = self.record.id
        try:
            record = with_reason(self, lambda reason: self._service().sign(test_id, reason=reason),
                                 self._show_error)
        except Exception as exc:  # noqa: BLE001 - keep what is on screen; report the fault
            self.facts.banner.show_text(message("error"))
            report_unexpected(exc)
            return
        if record is None:
            return
        self.load(record)
        self.signed.emit(record)
        if record.critical or (record.band is not None and record.band.alert):
            QMessageBox.warning(
                self, self.tr("Crisis intervention opened"),
                self.tr("The test was signed. Its result opened a crisis intervention for this case: follow it "
                        "through, step by step, on the Crises page."))
        else:
            self.footer.say(self.tr("Signed and locked."), OK_STYLE)

    def discard(self) -> None:
        if self.record is None or not self._editable:
            return
        answer = QMessageBox.question(
            self, self.tr("Discard the draft"),
            self.tr("Delete this unsigned {scale} test of {date} with its answers? This cannot be undone.").format(
                scale=self.record.scale_name.get(self.language), date=self.record.administered_on.isoformat()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Discard:
            return
        test_id = self.record.id
        if not with_reason(self, lambda reason: self._discard_call(test_id, reason), self._show_error):
            return
        self._saved_state = self._state()
        self._forget()
        self.discarded.emit(test_id)

    def _discard_call(self, test_id: int, reason: str | None) -> bool:
        self._service().discard(test_id, reason=reason)
        return True

    # -- problems -------------------------------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for form in self.forms:
            form.clear_errors()
        self.answers_error.show_text("")

    def _show_error(self, err: CounselRoomError) -> None:
        self._clear_errors()
        if isinstance(err, ValidationError):
            if err.field == "answers":
                # Said above the items; the score box under them counts what is missing.
                self.answers_error.show_text(error_text(err))
                item = err.params.get("item")
                index = self.items.index_of(item) if isinstance(item, str) else -1
                if index >= 0:
                    self.focus_item(index)
                return
            for form in self.forms:
                try:
                    widget = form.widget_for(err.field)
                except KeyError:
                    continue
                form.show_error(err)
                self.scroll_area.ensureWidgetVisible(widget, 0, 48)
                return
        self.facts.banner.show_text(error_text(err))
        self.scroll_area.ensureVisible(0, 0)

    # -- forgetting -----------------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Save what may be saved, then forget every value (the records lock, or nothing is open)."""
        self.flush()
        self._forget()

    def _forget(self) -> None:
        self._loading = True
        self.footer.clear()
        self.record = None
        self._answers = {}
        self._saved_state = None
        self._editable = False
        self.items.current = -1
        self._clear_errors()
        self.items.clear()
        for label in (self.heading, self.scale_name, self.instructions, self.source):
            label.clear()
        self.score_box.clear()
        self.interpretation.clear()
        self.facts.forget()
        self.scroll_area.hide()
        self.score_box.hide()
        self.placeholder.show()
        self._loading = False

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():
            self.flush()
        super().hideEvent(event)
