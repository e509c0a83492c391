"""The archive passphrase: generated in readable groups (shown here only, once) or typed
twice and strength-checked as it is typed.

The meter and the check use the export's own :class:`ExportPassphrase` (the service's), so
they agree with what the export accepts: only the passphrase generated here is credited as
generated; a typed one is judged by the estimator (famous lines, slogans, keyboard walks and
repeats count for little). The estimate of Latin text can take tens of milliseconds, so the
meter is worked out off the GUI thread shortly after typing stops."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QRadioButton, QVBoxLayout,
    QWidget,
)

from counselroom.domain.errors import ValidationError
from counselroom.services.archive import (
    MIN_BITS, ExportPassphrase, PassphraseStrength, passphrase_error, warm_up_estimator as warm_up,
)
from counselroom.ui.messages import error_text
from counselroom.ui.styles import ERROR_INK, ERROR_STYLE, FAIR_STRENGTH, HINT_STYLE, OK_INK, OK_STYLE, PAPER_BOX
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.workers import run_in_background

#: The meter is worked out this long after the last key.
METER_DELAY_MS = 120


class PassphraseChooser(QWidget):
    """``passphrase()`` once ``check()`` passed. ``passphrases``: the export's (``ArchiveService.passphrases``),
    so that the generated passphrase shown here is the one the export credits."""

    changed = Signal()
    #: The meter shows the strength of the text typed now (for tests and the dialog).
    measured = Signal()

    def __init__(self, parent: QWidget | None = None, passphrases: ExportPassphrase | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseChooser")
        self._passphrases = passphrases if passphrases is not None else ExportPassphrase()
        self._generated = ""
        self._measured_text: str | None = None
        self._meter_timer = QTimer(self)
        self._meter_timer.setSingleShot(True)
        self._meter_timer.setInterval(METER_DELAY_MS)
        self._meter_timer.timeout.connect(self._measure)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        self.use_generated = QRadioButton(self.tr("Use a passphrase made for this archive (recommended)"), self)
        self.use_generated.setObjectName("useGenerated")
        self.use_typed = QRadioButton(self.tr("Type a passphrase of my own"), self)
        self.use_typed.setObjectName("useTyped")
        group = QButtonGroup(self)
        group.addButton(self.use_generated)
        group.addButton(self.use_typed)
        self.use_generated.setChecked(True)
        group.buttonToggled.connect(self._mode_changed)

        # -- generated -------------------------------------------------------------------------
        layout.addWidget(self.use_generated)
        self.generated_box = QFrame(self)
        self.generated_box.setObjectName("generatedBox")
        self.generated_box.setStyleSheet(f"#generatedBox {{ {PAPER_BOX} }}")
        box = QVBoxLayout(self.generated_box)
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(8)
        self.generated_label = QLabel(self.generated_box)
        self.generated_label.setObjectName("generatedPassphrase")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(20)
        mono.setWeight(QFont.Weight.DemiBold)
        self.generated_label.setFont(mono)
        self.generated_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.generated_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.generated_label)
        self.generated_explain = explain = hint_label(self.tr(
            "Write it down now, letter by letter: it is shown only here and cannot be found again. Without "
            "it the archive cannot be opened by anyone, ever. It has only capital letters and digits 2–9 "
            "(no O/0 or I/1 to confuse). Copy it exactly, hyphens included: 7-Zip opens the archive only "
            "with the passphrase typed just as it is shown here."), self.generated_box, "generatedExplain")
        box.addWidget(explain)
        row = QHBoxLayout()
        self.written_down = QCheckBox(self.tr("I have written the passphrase down"), self.generated_box)
        self.written_down.setObjectName("writtenDown")
        self.written_down.toggled.connect(self._written_toggled)
        row.addWidget(self.written_down)
        row.addStretch(1)
        self.new_button = action_button(self.generated_box, "newPassphrase", self.tr("Another one"),
                                        self.tr("Make a different passphrase"), self.new_passphrase)
        row.addWidget(self.new_button)
        box.addLayout(row)
        self.written_error = QLabel(self.generated_box)
        self.written_error.setObjectName("writtenDownError")
        self.written_error.setStyleSheet(ERROR_STYLE)
        self.written_error.setWordWrap(True)
        self.written_error.hide()
        box.addWidget(self.written_error)
        layout.addWidget(self.generated_box)

        # -- typed -----------------------------------------------------------------------------
        layout.addWidget(self.use_typed)
        self.typed_box = QWidget(self)
        typed = QVBoxLayout(self.typed_box)
        typed.setContentsMargins(24, 0, 0, 0)
        self.form = Form(self.typed_box)
        self.typed = self.form.add("passphrase", self.tr("Passphrase"), QLineEdit(), self.tr(
            "A long sentence of your own is best: about 20 Chinese characters or 40 letters. Famous lines, "
            "slogans, keyboard patterns and phrases typed twice are too easy to guess. It must be typed in "
            "7-Zip exactly like this — capitals, spaces and punctuation included — to open the archive."))
        self.again = self.form.add("passphrase_again", self.tr("Again"), QLineEdit())
        self.typed.setObjectName("typedPassphrase")
        self.again.setObjectName("typedAgain")
        # Shown as typed, not as dots: it is to be written down anyway, and a password field
        # turns the input method off, so a Chinese sentence could not be typed at all.
        self.typed.textChanged.connect(self._typed_changed)
        self.again.textChanged.connect(lambda *_: self.changed.emit())
        meter_row = QHBoxLayout()
        self.meter = QProgressBar(self.typed_box)
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, MIN_BITS)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.meter_label = QLabel(self.typed_box)
        self.meter_label.setObjectName("strengthText")
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.meter_label)
        self.form.add_row(self.tr("Strength"), self._wrap(meter_row))
        typed.addWidget(self.form)
        layout.addWidget(self.typed_box)
        layout.addStretch(1)
        self.new_passphrase()
        self._mode_changed()
        self._show_strength("", PassphraseStrength(0, "empty"))
        # The estimator's word lists load in about half a second: before the first key, not on it.
        run_in_background(warm_up, lambda _result: None, lambda _exc: None)

    def _wrap(self, row: QHBoxLayout) -> QWidget:
        holder = QWidget(self.typed_box)
        row.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(row)
        return holder

    # -- state -----------------------------------------------------------------------------------
    def generated(self) -> bool:
        return self.use_generated.isChecked()

    def passphrase(self) -> str:
        return self._generated if self.generated() else self.typed.text()

    def is_dirty(self) -> bool:
        return bool(self.typed.text() or self.again.text())

    def new_passphrase(self) -> None:
        self._generated = self._passphrases.generate()
        self.generated_label.setText(self._generated)
        self.written_down.setChecked(False)
        self.changed.emit()

    def _mode_changed(self, *_args) -> None:
        generated = self.generated()
        self.generated_box.setEnabled(generated)
        self.generated_label.setText(self._generated if generated else "····-····-····-····-····-····")
        self.typed_box.setEnabled(not generated)
        if not generated:
            self.typed.setFocus()
        self.changed.emit()

    def _written_toggled(self, checked: bool) -> None:
        if checked:
            self.written_error.hide()
        self.changed.emit()

    def _typed_changed(self, *_args) -> None:
        self._measured_text = None
        if self.typed.text():
            self._meter_timer.start()
        else:
            self._meter_timer.stop()
            self._show_strength("", PassphraseStrength(0, "empty"))
        self.changed.emit()

    def _measure(self) -> None:
        text, passphrases = self.typed.text(), self._passphrases

        def done(strength: PassphraseStrength) -> None:
            if shiboken6.isValid(self) and self.typed.text() == text:   # a later key makes it stale
                self._show_strength(text, strength)

        run_in_background(lambda: passphrases.strength(text), done, lambda _exc: None)

    def meter_is_current(self) -> bool:
        """Whether the meter shows the text typed now."""
        return self._measured_text == self.typed.text()

    def _show_strength(self, text: str, strength: PassphraseStrength) -> None:
        self._measured_text = text
        self.meter.setValue(min(MIN_BITS, strength.bits))
        colour = OK_INK if strength.ok else (FAIR_STRENGTH if strength.bits >= MIN_BITS // 2 else ERROR_INK)
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if not text:
            self.meter_label.setStyleSheet(HINT_STYLE)
            self.meter_label.setText(self.tr("Not typed yet"))
        elif strength.ok:
            self.meter_label.setStyleSheet(OK_STYLE)
            self.meter_label.setText(self.tr("Strong enough"))
        else:
            self.meter_label.setStyleSheet(ERROR_STYLE)
            self.meter_label.setText(self.tr("Too weak") if strength.problem == "too_short"
                                     else self.tr("Cannot be used"))
        self.measured.emit()

    # -- checking --------------------------------------------------------------------------------
    def check(self) -> bool:
        """Show what is wrong at its place; True if the passphrase may be used."""
        self.form.clear_errors()
        self.written_error.hide()
        if self.generated():
            if not self.written_down.isChecked():
                self.written_error.setText(error_text(ValidationError("written_down", "archive.not_written_down")))
                self.written_error.show()
                self.written_down.setFocus()
                return False
            return True
        problem = passphrase_error(self.typed.text(), generated=self._passphrases.generated)
        if problem is not None:
            self.form.show_error(problem)
            return False
        if self.again.text() != self.typed.text():
            self.form.show_error(ValidationError("passphrase_again", "archive.passphrase_mismatch"))
            return False
        return True

    def show_error(self, err) -> None:
        """A refusal from the service about the passphrase."""
        if self.generated():
            self.written_error.setText(error_text(err))
            self.written_error.show()
        else:
            self.form.show_error(err)

    def clear(self) -> None:
        """Forget every passphrase (lock, close)."""
        self._meter_timer.stop()
        self._passphrases.forget()
        self._generated = ""
        self.generated_label.clear()
        self.typed.clear()
        self.again.clear()
        self.written_down.setChecked(False)
