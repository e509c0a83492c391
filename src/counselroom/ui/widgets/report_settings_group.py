"""Settings for statistics and reports: the months of the two terms and the smallest count a
report may print (the supervisor's; everyone else reads them)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.periods import TermMonths
from counselroom.domain.settings import RoomSettings
from counselroom.domain.suppression import SUPPRESSION_K_MIN
from counselroom.ui.messages import error_text
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.hint_label import hint_label

SUPPRESSION_K_MAX = 20  # a larger k hides nearly every figure of a small room's month


class ReportSettingsGroup(QGroupBox):
    """Term months (上学期 / 下学期) and the suppression threshold k."""

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Statistics and reports"), parent)
        self.setObjectName("reportsGroup")
        self.editable = editable
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        box.setSpacing(10)
        if editable:
            box.addWidget(hint_label(self.tr("The terms decide what \"this term\" means on the Statistics page and "
                                             "in the term reports. Months outside both terms are holidays.")))
        self.form = Form(self)
        self.form.layout_.setVerticalSpacing(6)
        self._months: dict[str, QComboBox] = {}
        self._term_labels: list[QLabel] = []
        for number, title in ((1, self.tr("First term (上学期)")), (2, self.tr("Second term (下学期)"))):
            self.form.add(f"terms_{number}", title, self._term_row(number))
        k_hint = self.tr("Counts from 1 to one less than this are printed as \"<k\" in reports, and other cells "
                         "are hidden so that they cannot be worked out. At least {min}.").format(
                             min=SUPPRESSION_K_MIN)
        self.k: QSpinBox | QLabel
        if editable:
            self.k = QSpinBox()
            self.k.setRange(SUPPRESSION_K_MIN, SUPPRESSION_K_MAX)
            self.k.setMinimumWidth(120)
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(self.k)
            line.addStretch(1)
            self.form.add("suppression_k", self.tr("Hide counts below"), holder, k_hint)
        else:
            self.k = self.form.add("suppression_k", self.tr("Hide counts below"), QLabel(), k_hint)
        self.k.setObjectName("suppressionK")
        box.addWidget(self.form)

    def _term_row(self, number: int) -> QWidget:
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        if not self.editable:
            label = QLabel()
            label.setObjectName(f"term{number}")
            self._term_labels.append(label)
            line.addWidget(label)
            return holder
        for end, text in (("start", self.tr("from")), ("end", self.tr("to"))):
            combo = QComboBox()
            combo.setObjectName(f"term{number}_{end}")
            for month in range(1, 13):
                combo.addItem(self._month_word(month), month)
            self._months[f"{number}_{end}"] = combo
            line.addWidget(QLabel(text))
            line.addWidget(combo)
        line.addStretch(1)
        return holder

    def _month_word(self, month: int) -> str:
        names = [self.tr("January"), self.tr("February"), self.tr("March"), self.tr("April"), self.tr("May"),
                 self.tr("June"), self.tr("July"), self.tr("August"), self.tr("September"), self.tr("October"),
                 self.tr("November"), self.tr("December")]
        return names[month - 1]

    # -- what the page calls ---------------------------------------------------------
    def show_settings(self, settings: RoomSettings) -> None:
        terms = settings.terms
        if self.editable:
            assert isinstance(self.k, QSpinBox)
            for key, month in (("1_start", terms.first_start), ("1_end", terms.first_end),
                               ("2_start", terms.second_start), ("2_end", terms.second_end)):
                combo = self._months[key]
                combo.setCurrentIndex(combo.findData(month))
            self.k.setValue(settings.suppression_k)
        else:
            assert isinstance(self.k, QLabel)
            spans = ((terms.first_start, terms.first_end), (terms.second_start, terms.second_end))
            for label, (first, last) in zip(self._term_labels, spans, strict=True):
                label.setText(self.tr("{first} to {last}").format(first=self._month_word(first),
                                                                  last=self._month_word(last)))
            self.k.setText(str(settings.suppression_k))

    def typed_terms(self) -> TermMonths:
        months = {key: int(combo.currentData()) for key, combo in self._months.items()}
        return TermMonths(months["1_start"], months["1_end"], months["2_start"], months["2_end"])

    def changes(self, current: RoomSettings) -> dict[str, object]:
        """What differs from ``current`` as ``SettingsService.update`` keywords (supervisor only)."""
        if not self.editable:
            return {}
        assert isinstance(self.k, QSpinBox)
        changes: dict[str, object] = {}
        if self.typed_terms() != current.terms:
            changes["terms"] = self.typed_terms()
        if self.k.value() != current.suppression_k:
            changes["suppression_k"] = self.k.value()
        return changes

    def show_error(self, err: CounselRoomError) -> bool:
        """Show a refusal at its field; False if it is not one of this group's."""
        if not isinstance(err, ValidationError) or err.field not in ("terms", "suppression_k"):
            return False
        self.form.show_field_error("terms_1" if err.field == "terms" else "suppression_k", error_text(err))
        self.form.layout_.invalidate()
        return True

    def clear(self) -> None:
        self.form.clear_errors()
        if self.editable:
            assert isinstance(self.k, QSpinBox)
            self.k.setValue(SUPPRESSION_K_MIN)
        else:
            assert isinstance(self.k, QLabel)
            self.k.clear()
            for label in self._term_labels:
                label.clear()
