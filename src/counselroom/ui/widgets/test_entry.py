"""One administration of a scale (测验记录, R5): answers by keyboard or from the paper form, the live
score, the counsellor's interpretation, signing.

Saving is explicit (every save is audited), but nothing typed is lost: the draft is also saved when the
records lock, when the entry is cleared or hidden, as long as the purpose of the test was explained —
before that the service refuses answers (R5) and the entry keeps them on screen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QDateEdit, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from counselroom.domain.consent import Consent, ConsentKind
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.scales import Item, ScaleDefinition, ScoreResult, TestRecord, score
from counselroom.services.consent import ConsentService
from counselroom.services.tests import TestService
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.consent_dialog import giver_label, kind_label
from counselroom.ui.messages import error_text, message
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.fitted_combo import FittedComboBox
from counselroom.ui.widgets.form import FieldError, Form
from counselroom.ui.widgets.trend_chart import BAND_FILLS, BAND_TEXT

CRITICAL_COLOUR = "#b3261e"
DIRTY_STYLE = "color: #8a5a00;"
UNANSWERED = "-"          # in the paper form: an item the client left out

OPTION_STYLE = (
    'QPushButton[option="true"] { padding: 4px 10px; border: 1px solid #c4c7cc; border-radius: 4px; '
    "background: #ffffff; color: #202124; text-align: left; }"
    'QPushButton[option="true"]:hover { border-color: #1a73e8; }'
    'QPushButton[option="true"]:checked { background: #1f3356; border-color: #1f3356; color: #ffffff; }'
    'QPushButton[option="true"]:disabled { color: #80868b; background: #f8f9fa; }'
    'QPushButton[option="true"]:checked:disabled { background: #5f6f8c; border-color: #5f6f8c; color: #ffffff; }'
    "QFrame#itemRow { border: 1px solid transparent; border-left: 4px solid transparent; border-radius: 4px; }"
    'QFrame#itemRow[current="true"] { background: #eef4fb; border-color: #d2e3fc; border-left-color: #1a73e8; }'
    'QFrame#itemRow[critical="true"] { border-left-color: #b3261e; }'
    'QFrame#itemRow[critical="true"][current="true"] { background: #fdf3f1; border-color: #f4c7c3; }'
)


def score_text(value) -> str:
    """A total or subscale score as people write it: 12, 1.5, 1.25."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def option_keys(item: Item) -> list[str]:
    """The key typed for each of the item's options, in order.

    Options whose ids are single digits are typed by their id (PHQ-9: 0-3); otherwise the
    first nine options by their position, 1-9 (an option beyond the ninth has no key).
    """
    ids = [o.id for o in item.options]
    if all(len(i) == 1 and i.isdigit() for i in ids):
        return ids
    return [str(n) if n <= 9 else "" for n in range(1, len(ids) + 1)]


class PaperFormError(ValueError):
    """A paper-form answer string that does not fit the scale: ``position`` from 1, 0 for its length."""

    def __init__(self, position: int, char: str = "", expected: int = 0, found: int = 0) -> None:
        super().__init__(position, char)
        self.position, self.char, self.expected, self.found = position, char, expected, found


def parse_paper_form(definition: ScaleDefinition, text: str) -> dict[str, str]:
    """Answers from the keys of the whole form typed in a row ("012301230" for a PHQ-9).

    Spaces are ignored; "-" leaves an item unanswered. Raises :class:`PaperFormError`.
    """
    keys = [c for c in text if not c.isspace()]
    if len(keys) != len(definition.items):
        raise PaperFormError(0, expected=len(definition.items), found=len(keys))
    answers: dict[str, str] = {}
    for position, (item, key) in enumerate(zip(definition.items, keys), 1):
        if key == UNANSWERED:
            continue
        typed = option_keys(item)
        if key not in typed:
            raise PaperFormError(position, key)
        answers[item.id] = item.options[typed.index(key)].id
    return answers


def key_range(item: Item) -> str:
    keys = [k for k in option_keys(item) if k]
    return f"{keys[0]}–{keys[-1]}" if len(keys) > 1 else (keys[0] if keys else "")


class ItemRow(QFrame):
    """One item: its number and text, and its options as buttons. Typing an option's key answers it."""

    chosen = Signal(str, str)    # item id, option id ("" = cleared)
    advance = Signal(int)        # +1 / -1: move to the next / previous item
    focused = Signal(int)        # this row's index got the focus

    def __init__(self, index: int, item: Item, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("itemRow")
        self.setProperty("item", item.id)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.index = index
        self.item = item
        self.keys = option_keys(item)
        self.answer = ""
        self.read_only = False
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.number = QLabel(f"{index + 1}.", self)
        self.number.setStyleSheet("font-weight: 600; background: transparent;")
        self.number.setMinimumWidth(26)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.number, 0, 0)
        self.text = QLabel(item.text.get(language), self)
        self.text.setObjectName("itemText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setStyleSheet("background: transparent;")
        grid.addWidget(self.text, 0, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.buttons: list[QPushButton] = []
        for option, key in zip(item.options, self.keys):
            label = option.label.get(language)
            button = QPushButton(f"{key}  {label}" if key else label, self)
            button.setProperty("option", True)
            button.setProperty("option_id", option.id)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.clicked.connect(self._clicked)
            self.buttons.append(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, 1)
        grid.setColumnStretch(1, 1)
        self.setToolTip(QCoreApplication.translate(
            "TestEntry", "Type {keys} to answer and go on to the next item; ↑/↓ move, Delete clears.").format(
                keys=key_range(item)))

    # -- state -----------------------------------------------------------------------------
    def set_answer(self, option_id: str) -> None:
        self.answer = option_id or ""
        for button in self.buttons:
            button.setChecked(button.property("option_id") == self.answer)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for button in self.buttons:
            button.setEnabled(not read_only)

    def _flag(self, name: str, on: bool) -> None:
        if bool(self.property(name)) == on:
            return
        self.setProperty(name, on)
        self.style().unpolish(self)
        self.style().polish(self)

    def set_current(self, on: bool) -> None:
        self._flag("current", on)

    def set_critical(self, on: bool) -> None:
        self._flag("critical", on)

    # -- input ------------------------------------------------------------------------------
    def _clicked(self) -> None:
        button = self.sender()
        if self.read_only or button is None:
            return
        option = button.property("option_id")
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._choose(option)

    def _choose(self, option_id: str) -> None:
        self.set_answer(option_id)
        self.chosen.emit(self.item.id, option_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        text = event.text()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.advance.emit(1)
            return
        if key == Qt.Key.Key_Up:
            self.advance.emit(-1)
            return
        if self.read_only:
            super().keyPressEvent(event)
            return
        if text and text.isdigit() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            if text in self.keys:
                self._choose(self.item.options[self.keys.index(text)].id)
                self.advance.emit(1)
            else:
                QApplication.beep()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._choose("")
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            ids = [o.id for o in self.item.options]
            if self.answer in ids:
                step = 1 if key == Qt.Key.Key_Right else -1
                self._choose(ids[max(0, min(len(ids) - 1, ids.index(self.answer) + step))])
            elif ids:
                self._choose(ids[0] if key == Qt.Key.Key_Right else ids[-1])
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.focused.emit(self.index)


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
        self.rows: list[ItemRow] = []
        self._answers: dict[str, str] = {}
        self._saved_state: tuple | None = None
        self._editable = False
        self._current = -1
        self._consents: list[Consent] = []
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

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName("testBody")
        self.body.setStyleSheet(OPTION_STYLE + 'QPlainTextEdit[readOnly="true"], QLineEdit[readOnly="true"] '
                                               "{ background: #f4f2ed; }")
        self.scroll.setWidget(self.body)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 8, 8)
        column.setSpacing(8)
        outer.addWidget(self.scroll, 1)

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
        self.instructions.setStyleSheet("background: #f8f9fa; border-radius: 4px; padding: 6px 10px;")
        column.addWidget(self.instructions)

        # -- before the answers: date, the R5 gate, the consent ---------------------------------------
        self.facts = Form(self.body)
        column.addWidget(self.facts)
        self.administered_on = QDateEdit(self.body)
        self.administered_on.setObjectName("administeredOn")
        self.administered_on.setDisplayFormat("yyyy-MM-dd")
        self.administered_on.setCalendarPopup(True)
        self.administered_on.dateChanged.connect(self._changed)
        self.facts.add("administered_on", self.tr("Date administered"), self.administered_on)
        self._beside(self.administered_on)
        self.explained = QCheckBox(self.tr("I explained the purpose and meaning of this test to the client"),
                                   self.body)
        self.explained.setObjectName("purposeExplained")
        self.explained.toggled.connect(self._changed)
        self.facts.add("purpose_explained", self.tr("Before the test"), self.explained,
                       self.tr("Required: the answers are saved only once this is ticked."))
        self.explained_hint = self._hint_of(self.explained)
        self.consent = FittedComboBox(self.body)
        self.consent.setObjectName("consentRef")
        self.consent.setToolTip(self.tr("The recorded consent this test was given under (optional)"))
        self.consent.currentIndexChanged.connect(self._changed)
        self.facts.add("consent_id", self.tr("Consent"), self.consent)
        self._beside(self.consent)

        # -- the whole form at once -----------------------------------------------------------------
        self.paper = QLineEdit(self.body)
        self.paper.setObjectName("paperForm")
        self.paper.setClearButtonEnabled(True)
        self.paper.returnPressed.connect(self.apply_paper_form)
        self.paper_apply = QPushButton(self.tr("Fill in"), self.body)
        self.paper_apply.setObjectName("applyPaperForm")
        self.paper_apply.setAutoDefault(False)
        self.paper_apply.setToolTip(self.tr("Fill every item from the answers typed on the left (Enter)"))
        self.paper_apply.clicked.connect(self.apply_paper_form)
        self.facts.add("paper", self.tr("From the paper form"), self.paper, " ")
        self._beside(self.paper, self.paper_apply)
        self.paper_hint = self._hint_of(self.paper)
        self.paper_hint.setObjectName("paperHint")
        self._paper_hint_text = ""
        self.paper.textEdited.connect(self._restore_paper_hint)
        self.paper.setMaximumWidth(520)

        # -- the items -----------------------------------------------------------------------------------
        self.items_box = QWidget(self.body)
        self.items_box.setObjectName("itemsBox")
        self.items_layout = QVBoxLayout(self.items_box)
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        self.items_layout.setSpacing(2)
        column.addWidget(self.items_box)

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
        self.score_box = QFrame(self)
        self.score_box.setObjectName("scoreBox")
        self.score_box.setStyleSheet("QFrame#scoreBox { background: #f8f9fa; border: 1px solid #e0e3e7; "
                                     "border-radius: 6px; }")
        sbox = QVBoxLayout(self.score_box)
        sbox.setContentsMargins(12, 8, 12, 8)
        sbox.setSpacing(4)
        line = QHBoxLayout()
        line.setSpacing(10)
        self.total_label = QLabel(self.score_box)
        self.total_label.setObjectName("scoreTotal")
        self.total_label.setStyleSheet("font-size: 12pt; font-weight: 600; background: transparent;")
        line.addWidget(self.total_label)
        self.band_label = QLabel(self.score_box)
        self.band_label.setObjectName("scoreBand")
        line.addWidget(self.band_label)
        line.addStretch(1)
        self.missing_label = QLabel(self.score_box)
        self.missing_label.setObjectName("scoreMissing")
        self.missing_label.setStyleSheet(HINT_STYLE + " background: transparent;")
        line.addWidget(self.missing_label)
        sbox.addLayout(line)
        # What keeps the answers from being signed: always in view under the items, beside the count of
        # those not answered, and above them nothing moves when it appears.
        self.answers_error = FieldError(self.score_box)
        self.answers_error.setObjectName("answersError")
        self.answers_error.setStyleSheet(ERROR_STYLE + " background: transparent;")
        self.answers_error.add_to(sbox, reserve=False)
        self.subscales_label = QLabel(self.score_box)
        self.subscales_label.setObjectName("scoreSubscales")
        self.subscales_label.setWordWrap(True)
        self.subscales_label.setStyleSheet("background: transparent;")
        sbox.addWidget(self.subscales_label)
        self.critical_label = QLabel(self.score_box)
        self.critical_label.setObjectName("scoreCritical")
        self.critical_label.setWordWrap(True)
        self.critical_label.setTextFormat(Qt.TextFormat.PlainText)
        self.critical_label.setStyleSheet(f"color: {CRITICAL_COLOUR}; font-weight: 600; background: transparent;")
        sbox.addWidget(self.critical_label)
        outer.addWidget(self.score_box)

        # -- actions -------------------------------------------------------------------------------------
        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.hint = QLabel(self)
        self.hint.setObjectName("testHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
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
        self.save_status = QLabel(self)
        self.save_status.setObjectName("testSaveStatus")
        self.save_status.setStyleSheet(HINT_STYLE)
        self.save_status.setWordWrap(True)
        self.save_status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        usual = (self.tr("Unsaved changes"), self.tr("Saved at {time}").format(time="00:00:00"),
                 self.tr("Signed and locked."))
        self.save_status.setFixedWidth(max(self.save_status.fontMetrics().horizontalAdvance(t) for t in usual) + 8)
        actions.addWidget(self.save_status)
        self.discard_button = action_button(self, "discardTest", self.tr("Discard draft…"),
                                            self.tr("Delete this unsigned test, e.g. a wrong scale or client"),
                                            self.discard)
        self.save_button = action_button(self, "saveTest", self.tr("Save"),
                                         self.tr("Save the answers and the interpretation (Ctrl+S)"), self.save)
        self.sign_button = action_button(self, "signTest", self.tr("Sign…"),
                                         self.tr("Check the record and sign it; it is then locked"), self.sign)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.sign_button)
        outer.addLayout(actions)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)

        self.placeholder = QLabel(self.tr("Choose a test, or start a new one."), self)
        self.placeholder.setObjectName("testPlaceholder")
        self.placeholder.setStyleSheet(HINT_STYLE)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        outer.addWidget(self.placeholder, 1)
        self._status_timer = QTimer(self, singleShot=True, interval=8000)
        self._status_timer.timeout.connect(self._show_dirty)
        self.clear()

    # -- building ----------------------------------------------------------------------------------

    @staticmethod
    def _hint_of(widget: QWidget) -> QLabel:
        """The hint line under a form row's input."""
        return next(w for w in widget.parentWidget().findChildren(QLabel, "", Qt.FindChildOption.FindDirectChildrenOnly)
                    if not isinstance(w, FieldError))

    @staticmethod
    def _beside(first: QWidget, *others: QWidget) -> None:
        """Keep ``first`` at its natural width, ``others`` after it, inside its form row."""
        column = first.parentWidget().layout()
        column.removeWidget(first)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(first, 1 if others else 0)
        for widget in others:
            widget.setParent(first.parentWidget())
            row.addWidget(widget)
        row.addStretch(0 if others else 1)
        column.insertLayout(0, row)

    @property
    def language(self) -> str:
        return self.ctx.language

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
            self.scroll.show()
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
            d = record.administered_on
            self.administered_on.setMaximumDate(_qdate(max(self.ctx.session.today(), d)))
            self.administered_on.setDate(_qdate(d))
            self.explained.setChecked(record.purpose_explained)
            self._fill_consents(record)
            self.interpretation.setPlainText(record.interpretation)
            self.paper.clear()
            self._paper_hint_text = self.tr("Type every answer in a row, one key per item ({n} items, e.g. "
                                            "{example}); “-” leaves an item out.").format(
                n=len(definition.items), example=_example(definition))
            self._restore_paper_hint()
            self._build_rows(definition)
            self._answers = dict(record.answers)
            for row in self.rows:
                row.set_answer(self._answers.get(row.item.id, ""))
            for widget in (self.administered_on, self.explained, self.consent):
                widget.setEnabled(self._editable)
            self.explained_hint.setVisible(self._editable)
            self.interpretation.setReadOnly(not self._editable)
            self.facts.layout_.setRowVisible(self.paper.parentWidget(), self._editable)
            for row in self.rows:
                row.set_read_only(not self._editable)
            self.save_button.setVisible(self._editable)
            self.sign_button.setVisible(self._editable)
            self.discard_button.setVisible(self._editable)
            self._show_signed()
            self._saved_state = self._state()
            self._current = -1
            self._update_preview()
            self._set_status("", HINT_STYLE)
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

    def _show_signed(self) -> None:
        record = self.record
        if record is None or not record.signed:
            self.signed_label.clear()
            self.signed_label.hide()
            self.hint.show()
            if record is not None and not self._editable:
                self.hint.setText(self.tr("Only {name}, who administered this test, can edit or sign it.").format(
                    name=record.administered_by_name or "—"))
            else:
                self.hint.setText(self.tr("Digits answer the current item and move on; Save keeps the draft, "
                                          "signing locks it."))
            return
        when = record.signed_at.astimezone().strftime("%Y-%m-%d %H:%M") if record.signed_at else ""
        self.signed_label.setText(self.tr(
            "Signed on {when} by {name}. The record is sealed (seal {seal}…) and can no longer be changed.").format(
                when=when, name=record.administered_by_name, seal=record.seal[:12]))
        self.signed_label.show()
        self.hint.clear()
        self.hint.hide()

    def _fill_consents(self, record: TestRecord) -> None:
        self.consent.blockSignals(True)
        self.consent.clear()
        self.consent.addItem(self.tr("(none)"), None)
        try:
            consents = ConsentService(self.ctx.session).for_client(record.client_id)
        except CounselRoomError:
            consents = []
        # Consents to testing first, newest first; a withdrawn one only if this record names it.
        shown = [c for c in consents if c.active or c.id == record.consent_id]
        shown.sort(key=lambda c: (c.kind is not ConsentKind.TESTING, -c.given_on.toordinal(), -c.id))
        self._consents = shown
        for consent in shown:
            text = self.tr("{kind} · {giver} · {date}").format(
                kind=kind_label(consent.kind), giver=giver_label(consent.given_by), date=consent.given_on.isoformat())
            if not consent.active:
                text = self.tr("{consent} (withdrawn)").format(consent=text)
            self.consent.addItem(text, consent.id)
        index = self.consent.findData(record.consent_id) if record.consent_id is not None else 0
        self.consent.setCurrentIndex(max(0, index))
        self.consent.blockSignals(False)

    def _build_rows(self, definition: ScaleDefinition) -> None:
        for row in self.rows:
            self.items_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for index, item in enumerate(definition.items):
            row = ItemRow(index, item, self.language, self.items_box)
            row.chosen.connect(self._chosen)
            row.advance.connect(self._advance)
            row.focused.connect(self._row_focused)
            self.items_layout.addWidget(row)
            self.rows.append(row)
        # Tab goes from the paper form through the items to the interpretation.
        chain = [self.paper_apply, *self.rows, self.interpretation]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

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
        return self._current

    # -- entering answers ----------------------------------------------------------------------------
    def _chosen(self, item_id: str, option_id: str) -> None:
        if option_id:
            self._answers[item_id] = option_id
        else:
            self._answers.pop(item_id, None)
        self.answers_error.show_text("")
        self._changed()

    def _advance(self, step: int) -> None:
        target = self._current + step
        if 0 <= target < len(self.rows):
            self.focus_item(target)
        elif target >= len(self.rows) and self._editable:
            self.interpretation.setFocus(Qt.FocusReason.TabFocusReason)
            self.scroll.ensureWidgetVisible(self.interpretation, 0, 24)

    def _row_focused(self, index: int) -> None:
        if 0 <= self._current < len(self.rows) and self._current != index:
            self.rows[self._current].set_current(False)
        self._current = index
        row = self.rows[index]
        row.set_current(True)
        self.scroll.ensureWidgetVisible(row, 0, 48)

    def focus_item(self, index: int) -> None:
        if 0 <= index < len(self.rows):
            self.rows[index].setFocus(Qt.FocusReason.OtherFocusReason)
            self._row_focused(index)

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
        self.facts.clear_field_error("paper")
        try:
            answers = parse_paper_form(self.record.definition, self.paper.text())
        except PaperFormError as err:
            self.facts.show_field_error("paper", self._paper_error(err))
            return
        self._answers = answers
        for row in self.rows:
            row.set_answer(answers.get(row.item.id, ""))
        self.paper.clear()
        self.answers_error.show_text("")
        self._changed()
        # Said under the paper form, where the person is looking, until they type there again.
        self.paper_hint.setStyleSheet(OK_STYLE)
        self.paper_hint.setText(self.tr("{n} of {total} items filled in from the paper form. Check them, then "
                                        "save.").format(n=len(answers), total=len(self.rows)))

    def _restore_paper_hint(self, *_args) -> None:
        self.paper_hint.setStyleSheet(HINT_STYLE)
        self.paper_hint.setText(self._paper_hint_text)

    def _paper_error(self, err: PaperFormError) -> str:
        if err.position == 0:
            return self.tr("The scale has {expected} items, but {found} answers were typed.").format(
                expected=err.expected, found=err.found)
        item = self.record.definition.items[err.position - 1]
        return self.tr("Position {position}: “{char}” is not an answer to item {item} (type {keys}, or - to leave "
                       "it out).").format(position=err.position, char=err.char, item=err.position,
                                          keys=key_range(item))

    def _changed(self, *_args) -> None:
        if self._loading or self.record is None:
            return
        self._update_preview()
        self._status_timer.stop()
        self._show_dirty()

    def _show_dirty(self) -> None:
        self._set_status(self.tr("Unsaved changes") if self.is_dirty() else "", DIRTY_STYLE)

    def _set_status(self, text: str, style: str) -> None:
        self.save_status.setStyleSheet(style)
        self.save_status.setText(text)

    def _say(self, text: str, style: str) -> None:
        self._set_status(text, style)
        self._status_timer.start()

    # -- the score ---------------------------------------------------------------------------------------
    def result(self) -> ScoreResult | None:
        if self.record is None:
            return None
        try:
            return score(self.record.definition, self.answers())
        except ValidationError:
            return None

    def _update_preview(self) -> None:
        record = self.record
        if record is None:
            return
        lang = self.language
        definition = record.definition
        result = self.result()
        if record.signed:
            total, band = record.total, record.band
            subscales = record.subscale_scores
            missing = 0
        else:
            total = result.total if result else None
            band = result.band if result else None
            subscales = result.subscales if result else {}
            missing = len(result.missing) if result else len(definition.items)
        self.total_label.setText(self.tr("Total: {total}").format(total=score_text(total)))
        if total is None and result is not None and result.item_scores and definition.total_method == "sum" \
                and definition.multiplier is None:
            self.total_label.setText(self.tr("Total: — (so far {partial})").format(
                partial=sum(result.item_scores.values())))
        if band is not None:
            severity = max(0, min(band.severity, len(BAND_FILLS) - 1))
            self.band_label.setText(band.label.get(lang))
            self.band_label.setStyleSheet(f"background: {BAND_FILLS[severity]}; color: {BAND_TEXT[severity]}; "
                                          "font-weight: 600; border-radius: 9px; padding: 2px 10px;")
            self.band_label.show()
        else:
            self.band_label.clear()
            self.band_label.hide()
        if record.signed:
            self.missing_label.setText(self.tr("All {n} items answered").format(n=len(definition.items)))
        elif missing:
            self.missing_label.setText(self.tr("{missing} of {n} items not answered yet").format(
                missing=missing, n=len(definition.items)))
        else:
            self.missing_label.setText(self.tr("All {n} items answered").format(n=len(definition.items)))
        if definition.subscales:
            parts = [self.tr("{name} {score}").format(name=s.name.get(lang), score=score_text(subscales.get(s.id)))
                     for s in definition.subscales]
            self.subscales_label.setText(self.tr("Subscales: {list}").format(list=" · ".join(parts)))
            self.subscales_label.show()
        else:
            self.subscales_label.clear()
            self.subscales_label.hide()
        hits = result.critical if result else ()
        critical_items = {h.item for h in hits}
        for row in self.rows:
            row.set_critical(row.item.id in critical_items)
        lines = []
        if record.signed:
            if record.critical or (band is not None and band.alert):
                lines.append(self.tr("A crisis intervention was opened for this case when the test was signed."))
        else:
            for hit in hits:
                item = definition.item(hit.item)
                option = item.option(hit.option) if item else None
                note = hit.note.get(lang) or self.tr("Item {item}").format(item=hit.item)
                lines.append(self.tr("{note} — answered “{answer}”: the crisis workflow will open when you sign.")
                             .format(note=note, answer=option.label.get(lang) if option else hit.option))
            if band is not None and band.alert:
                lines.append(self.tr("The total is in the band “{band}”: the crisis workflow will open when you "
                                     "sign.").format(band=band.label.get(lang)))
        self.critical_label.setText("\n".join(lines))
        self.critical_label.setVisible(bool(lines))

    # -- saving --------------------------------------------------------------------------------------------
    def _save_call(self, reason: str | None) -> TestRecord:
        return self._service().save_answers(
            self.record.id, self.answers(), self.explained.isChecked(), self.consent_id(),
            self.interpretation.toPlainText(), administered_on=self.administered_on.date().toPython(),
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
        self._say(self.tr("Saved at {time}").format(time=self.ctx.session.wall_now().strftime("%H:%M:%S")), HINT_STYLE)
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
            self._say(self.tr("Not saved: {reason}").format(reason=error_text(err)), ERROR_STYLE)
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
            self._say(self.tr("Signed and locked."), OK_STYLE)

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
                index = next((i for i, r in enumerate(self.rows) if r.item.id == item), -1)
                if index >= 0:
                    self.focus_item(index)
                return
            for form in self.forms:
                try:
                    widget = form.widget_for(err.field)
                except KeyError:
                    continue
                form.show_error(err)
                self.scroll.ensureWidgetVisible(widget, 0, 48)
                return
        self.facts.banner.show_text(error_text(err))
        self.scroll.ensureVisible(0, 0)

    # -- forgetting -----------------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Save what may be saved, then forget every value (the records lock, or nothing is open)."""
        self.flush()
        self._forget()

    def _forget(self) -> None:
        self._loading = True
        self._status_timer.stop()
        self.record = None
        self._answers = {}
        self._saved_state = None
        self._editable = False
        self._current = -1
        self._consents = []
        self._clear_errors()
        for row in self.rows:
            self.items_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for label in (self.heading, self.save_status, self.scale_name, self.instructions, self.source,
                      self.signed_label, self.total_label, self.band_label, self.missing_label,
                      self.subscales_label, self.critical_label, self.hint):
            label.clear()
        self.paper.clear()
        self.interpretation.clear()
        self.explained.setChecked(False)
        self.consent.clear()
        self.administered_on.setDate(QDate(2000, 1, 1))
        self.scroll.hide()
        self.score_box.hide()
        for button in (self.save_button, self.sign_button, self.discard_button):
            button.hide()
        self.placeholder.show()
        self._loading = False

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        if not event.spontaneous():
            self.flush()
        super().hideEvent(event)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _example(definition: ScaleDefinition) -> str:
    """A sample answer string for the paper-form hint: each item's keys in turn, up to 12 items."""
    keys = []
    for n, item in enumerate(definition.items[:12]):
        typed = [k for k in option_keys(item) if k] or ["1"]
        keys.append(typed[n % len(typed)])
    return "".join(keys) + ("…" if len(definition.items) > 12 else "")
