"""The score of a test as it stands (R5): total, band, what is still missing, subscales, what opens a crisis."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from counselroom.domain.scales import ScoreResult, TestRecord
from counselroom.ui.styles import ERROR_INK, ERROR_STYLE, FRAME_BORDER, HINT_STYLE, PANEL_BG
from counselroom.ui.widgets.form import FieldError
from counselroom.ui.widgets.trend_chart import BAND_FILLS, BAND_TEXT

CRITICAL_COLOUR = ERROR_INK


def score_text(value) -> str:
    """A total or subscale score as people write it: 12, 1.5, 1.25."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


class ScoreSummary(QFrame):
    """The box under a test's items, always in view: the score of the answers so far, or of the signed record.

    Its sentences keep the ``TestEntry`` translation context they were written in.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("scoreBox")
        self.setStyleSheet(f"QFrame#scoreBox {{ background: {PANEL_BG}; border: 1px solid {FRAME_BORDER}; "
                           "border-radius: 6px; }")
        sbox = QVBoxLayout(self)
        sbox.setContentsMargins(12, 8, 12, 8)
        sbox.setSpacing(4)
        line = QHBoxLayout()
        line.setSpacing(10)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("scoreTotal")
        self.total_label.setStyleSheet("font-size: 12pt; font-weight: 600; background: transparent;")
        line.addWidget(self.total_label)
        self.band_label = QLabel(self)
        self.band_label.setObjectName("scoreBand")
        line.addWidget(self.band_label)
        line.addStretch(1)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("scoreMissing")
        self.missing_label.setStyleSheet(HINT_STYLE + " background: transparent;")
        line.addWidget(self.missing_label)
        sbox.addLayout(line)
        # What keeps the answers from being signed: always in view under the items, beside the count of
        # those not answered, and above them nothing moves when it appears.
        self.answers_error = FieldError(self)
        self.answers_error.setObjectName("answersError")
        self.answers_error.setStyleSheet(ERROR_STYLE + " background: transparent;")
        self.answers_error.add_to(sbox, reserve=False)
        self.subscales_label = QLabel(self)
        self.subscales_label.setObjectName("scoreSubscales")
        self.subscales_label.setWordWrap(True)
        self.subscales_label.setStyleSheet("background: transparent;")
        sbox.addWidget(self.subscales_label)
        # Format 2 rules: a sheet a validity rule invalidates, or the positive criteria it meets.
        self.rules_label = QLabel(self)
        self.rules_label.setObjectName("scoreRules")
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextFormat(Qt.TextFormat.PlainText)
        sbox.addWidget(self.rules_label)
        self.critical_label = QLabel(self)
        self.critical_label.setObjectName("scoreCritical")
        self.critical_label.setWordWrap(True)
        self.critical_label.setTextFormat(Qt.TextFormat.PlainText)
        self.critical_label.setStyleSheet(f"color: {CRITICAL_COLOUR}; font-weight: 600; background: transparent;")
        sbox.addWidget(self.critical_label)

    def show_score(self, record: TestRecord, result: ScoreResult | None, lang: str) -> None:
        """``record``'s score: as signed, or of the answers on screen (``result``, None if they do not score)."""
        definition = record.definition
        if record.signed:
            total, band = record.total, record.band
            subscales = record.subscale_scores
            missing = 0
        else:
            total = result.total if result else None
            band = result.band if result else None
            subscales = result.subscales if result else {}
            missing = len(result.missing) if result else len(definition.items)
        self.total_label.setText(QCoreApplication.translate("TestEntry", "Total: {total}").format(
            total=score_text(total)))
        if total is None and result is not None and result.item_scores and definition.total_method == "sum" \
                and definition.multiplier is None:
            self.total_label.setText(QCoreApplication.translate("TestEntry", "Total: — (so far {partial})").format(
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
            self.missing_label.setText(QCoreApplication.translate("TestEntry", "All {n} items answered").format(
                n=len(definition.items)))
        elif missing:
            self.missing_label.setText(QCoreApplication.translate(
                "TestEntry", "{missing} of {n} items not answered yet").format(
                missing=missing, n=len(definition.items)))
        else:
            self.missing_label.setText(QCoreApplication.translate("TestEntry", "All {n} items answered").format(
                n=len(definition.items)))
        if definition.subscales:
            bands = result.subscale_bands if result else {}
            parts = [self._subscale_text(s.name.get(lang), subscales.get(s.id), bands.get(s.id), lang)
                     for s in definition.subscales]
            self.subscales_label.setText(QCoreApplication.translate("TestEntry", "Subscales: {list}").format(
                list=" · ".join(parts)))
            self.subscales_label.show()
        else:
            self.subscales_label.clear()
            self.subscales_label.hide()
        self._show_rules(result, lang)
        self._show_critical(record, result, band, lang)

    @staticmethod
    def _subscale_text(name: str, value, band, lang: str) -> str:
        if band is None:
            return QCoreApplication.translate("TestEntry", "{name} {score}").format(name=name, score=score_text(value))
        return QCoreApplication.translate("TestEntry", "{name} {score} ({band})").format(
            name=name, score=score_text(value), band=band.label.get(lang))

    def _show_rules(self, result: ScoreResult | None, lang: str) -> None:
        """An invalid sheet says so and why; a valid complete one names each positive criterion it meets."""
        invalid = result is not None and not result.valid
        fired = () if result is None else result.invalid_hits if invalid else result.positive_hits
        # the list's separator is the language's: "、" would not do in English, nor ", " in Chinese
        hits = QCoreApplication.translate("TestEntry", "; ").join(QCoreApplication.translate("TestEntry", "{rule} ({value})").format(
            rule=h.label.get(lang), value=score_text(h.value)) for h in fired)
        if invalid:
            self.rules_label.setText(QCoreApplication.translate(
                "TestEntry", "Not valid: {rules}. The answers are not banded or screened.").format(rules=hits))
            self.rules_label.setStyleSheet(f"color: {CRITICAL_COLOUR}; font-weight: 600; background: transparent;")
        elif hits:
            self.rules_label.setText(QCoreApplication.translate("TestEntry", "Positive: {rules}").format(rules=hits))
            self.rules_label.setStyleSheet("font-weight: 600; background: transparent;")
        else:
            self.rules_label.clear()
        self.rules_label.setVisible(bool(self.rules_label.text()))

    def _show_critical(self, record: TestRecord, result: ScoreResult | None, band, lang: str) -> None:
        """What opened a crisis when the record was signed, or will open one when it is."""
        definition = record.definition
        lines = []
        if record.signed:
            if record.critical or (band is not None and band.alert) or (result is not None and result.alert):
                lines.append(QCoreApplication.translate(
                    "TestEntry", "A crisis intervention was opened for this case when the test was signed."))
        else:
            for hit in result.critical if result else ():
                item = definition.item(hit.item)
                option = item.option(hit.option) if item else None
                note = hit.note.get(lang) or QCoreApplication.translate("TestEntry", "Item {item}").format(
                    item=hit.item)
                lines.append(QCoreApplication.translate(
                    "TestEntry", "{note} — answered \"{answer}\": the crisis workflow will open when you sign.")
                    .format(note=note, answer=option.label.get(lang) if option else hit.option))
            if band is not None and band.alert:
                lines.append(QCoreApplication.translate(
                    "TestEntry", "The total is in the band \"{band}\": the crisis workflow will open when you "
                                 "sign.").format(band=band.label.get(lang)))
            for sub in definition.subscales:
                sub_band = result.subscale_bands.get(sub.id) if result else None
                if sub_band is not None and sub_band.alert:
                    lines.append(QCoreApplication.translate(
                        "TestEntry", "\"{subscale}\" is in the band \"{band}\": the crisis workflow will open when "
                                     "you sign.").format(subscale=sub.name.get(lang), band=sub_band.label.get(lang)))
            for rule_hit in result.positive_hits if result else ():
                if rule_hit.alert:
                    lines.append(QCoreApplication.translate(
                        "TestEntry", "Positive by \"{rule}\": the crisis workflow will open when you sign.").format(
                        rule=rule_hit.label.get(lang)))
        self.critical_label.setText("\n".join(lines))
        self.critical_label.setVisible(bool(lines))

    def clear(self) -> None:
        for label in (self.total_label, self.band_label, self.missing_label, self.subscales_label,
                      self.rules_label, self.critical_label):
            label.clear()
