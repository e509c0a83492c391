"""How a test was given (R5): the date, the purpose explained, the consent; and the paper form typed in a row."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from counselroom.domain.consent import Consent, ConsentKind
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.paper_form import PaperFormError, example_answers, key_range, parse_paper_form
from counselroom.domain.scales import ScaleDefinition, TestRecord
from counselroom.services.consent import ConsentService
from counselroom.ui.context import AppContext
from counselroom.ui.labels import label_of
from counselroom.ui.styles import HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.fitted_combo import FittedComboBox
from counselroom.ui.widgets.form import FieldError, Form, row_box, row_column


class AdministrationForm(Form):
    """The rows above a test's items. ``edited`` when the date, the purpose or the consent changes;
    ``paper_entered`` when the paper form's answers are to be filled in.

    Its sentences keep the ``TestEntry`` translation context they were written in.
    """

    edited = Signal()
    paper_entered = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.consents: list[Consent] = []
        self.administered_on = QDateEdit(self)
        self.administered_on.setObjectName("administeredOn")
        self.administered_on.setDisplayFormat("yyyy-MM-dd")
        self.administered_on.setCalendarPopup(True)
        self.administered_on.dateChanged.connect(self._edited)
        self.add("administered_on", QCoreApplication.translate("TestEntry", "Date administered"), self.administered_on)
        self._beside(self.administered_on)
        self.explained = QCheckBox(QCoreApplication.translate(
            "TestEntry", "I explained the purpose and meaning of this test to the client"), self)
        self.explained.setObjectName("purposeExplained")
        self.explained.toggled.connect(self._edited)
        self.add("purpose_explained", QCoreApplication.translate("TestEntry", "Before the test"), self.explained,
                 QCoreApplication.translate("TestEntry", "Required: the answers are saved only once this is ticked."))
        self.explained_hint = self._hint_of(self.explained)
        self.consent = FittedComboBox(self)
        self.consent.setObjectName("consentRef")
        self.consent.setToolTip(QCoreApplication.translate(
            "TestEntry", "The recorded consent this test was given under (optional)"))
        self.consent.currentIndexChanged.connect(self._edited)
        self.add("consent_id", QCoreApplication.translate("TestEntry", "Consent"), self.consent)
        self._beside(self.consent)

        # -- the whole form at once -----------------------------------------------------------------
        self.paper = QLineEdit(self)
        self.paper.setObjectName("paperForm")
        self.paper.setClearButtonEnabled(True)
        self.paper.returnPressed.connect(self.paper_entered)
        self.paper_apply = QPushButton(QCoreApplication.translate("TestEntry", "Fill in"), self)
        self.paper_apply.setObjectName("applyPaperForm")
        self.paper_apply.setAutoDefault(False)
        self.paper_apply.setToolTip(QCoreApplication.translate(
            "TestEntry", "Fill every item from the answers typed on the left (Enter)"))
        self.paper_apply.clicked.connect(self.paper_entered)
        self.add("paper", QCoreApplication.translate("TestEntry", "From the paper form"), self.paper, " ")
        self._beside(self.paper, self.paper_apply)
        self.paper_hint = self._hint_of(self.paper)
        self.paper_hint.setObjectName("paperHint")
        self._paper_hint_text = ""
        self.paper.textEdited.connect(self._restore_paper_hint)
        self.paper.setMaximumWidth(520)

    # -- building ----------------------------------------------------------------------------------
    @staticmethod
    def _hint_of(widget: QWidget) -> QLabel:
        """The hint line under a form row's input."""
        return next(w for w in row_box(widget).findChildren(QLabel, "", Qt.FindChildOption.FindDirectChildrenOnly)
                    if not isinstance(w, FieldError))

    @staticmethod
    def _beside(first: QWidget, *others: QWidget) -> None:
        """Keep ``first`` at its natural width, ``others`` after it, inside its form row."""
        column = row_column(first)
        column.removeWidget(first)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(first, 1 if others else 0)
        for widget in others:
            widget.setParent(first.parentWidget())
            row.addWidget(widget)
        row.addStretch(0 if others else 1)
        column.insertLayout(0, row)

    def _edited(self, *_args) -> None:
        self.edited.emit()

    # -- showing a record --------------------------------------------------------------------------
    def show_record(self, record: TestRecord) -> None:
        d = record.administered_on
        self.administered_on.setMaximumDate(_qdate(max(self.ctx.session.today(), d)))
        self.administered_on.setDate(_qdate(d))
        self.explained.setChecked(record.purpose_explained)
        self._fill_consents(record)
        self.paper.clear()
        definition = record.definition
        self._paper_hint_text = QCoreApplication.translate(
            "TestEntry", "Type every answer in a row, one key per item ({n} items, e.g. "
                         "{example}); \"-\" leaves an item out.").format(
            n=len(definition.items), example=example_answers(definition))
        self._restore_paper_hint()

    def set_editable(self, editable: bool) -> None:
        """A signed record, or another counsellor's, is shown without the paper form and cannot change."""
        for widget in (self.administered_on, self.explained, self.consent):
            widget.setEnabled(editable)
        self.explained_hint.setVisible(editable)
        self.layout_.setRowVisible(row_box(self.paper), editable)

    def _fill_consents(self, record: TestRecord) -> None:
        self.consent.blockSignals(True)
        self.consent.clear()
        self.consent.addItem(QCoreApplication.translate("TestEntry", "(none)"), None)
        try:
            consents = ConsentService(self.ctx.session).for_client(record.client_id)
        except CounselRoomError:
            consents = []
        # Consents to testing first, newest first; a withdrawn one only if this record names it.
        shown = [c for c in consents if c.active or c.id == record.consent_id]
        shown.sort(key=lambda c: (c.kind is not ConsentKind.TESTING, -c.given_on.toordinal(), -c.id))
        self.consents = shown
        for consent in shown:
            text = QCoreApplication.translate("TestEntry", "{kind} · {giver} · {date}").format(
                kind=label_of(consent.kind), giver=label_of(consent.given_by), date=consent.given_on.isoformat())
            if not consent.active:
                text = QCoreApplication.translate("TestEntry", "{consent} (withdrawn)").format(consent=text)
            self.consent.addItem(text, consent.id)
        index = self.consent.findData(record.consent_id) if record.consent_id is not None else 0
        self.consent.setCurrentIndex(max(0, index))
        self.consent.blockSignals(False)

    # -- the paper form ----------------------------------------------------------------------------
    def read_paper_form(self, definition: ScaleDefinition) -> dict[str, str] | None:
        """The answers typed in the paper form; None (and the problem said under it) if they do not fit."""
        self.clear_field_error("paper")
        try:
            return parse_paper_form(definition, self.paper.text())
        except PaperFormError as err:
            self.show_field_error("paper", self._paper_error(definition, err))
            return None

    def paper_form_filled(self, filled: int, total: int) -> None:
        """The paper form's answers were filled in: the row is emptied and says how many."""
        self.paper.clear()
        # Said under the paper form, where the person is looking, until they type there again.
        self.paper_hint.setStyleSheet(OK_STYLE)
        self.paper_hint.setText(QCoreApplication.translate(
            "TestEntry", "{n} of {total} items filled in from the paper form. Check them, then "
                         "save.").format(n=filled, total=total))

    def _restore_paper_hint(self, *_args) -> None:
        self.paper_hint.setStyleSheet(HINT_STYLE)
        self.paper_hint.setText(self._paper_hint_text)

    @staticmethod
    def _paper_error(definition: ScaleDefinition, err: PaperFormError) -> str:
        if err.position == 0:
            return QCoreApplication.translate(
                "TestEntry", "The scale has {expected} items, but {found} answers were typed.").format(
                expected=err.expected, found=err.found)
        item = definition.items[err.position - 1]
        return QCoreApplication.translate(
            "TestEntry", "Position {position}: \"{char}\" is not an answer to item {item} (type {keys}, or - to leave "
                         "it out).").format(position=err.position, char=err.char, item=err.position,
                                            keys=key_range(item))

    # -- forgetting --------------------------------------------------------------------------------
    def forget(self) -> None:
        """Empty every input (nothing is shown)."""
        self.consents = []
        self.paper.clear()
        self.explained.setChecked(False)
        self.consent.clear()
        self.administered_on.setDate(QDate(2000, 1, 1))


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)
