"""The archive passphrase: generated in readable groups (shown here only, once) or typed
twice and strength-checked as it is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QRadioButton, QVBoxLayout,
    QWidget,
)

from counselroom.domain.errors import ValidationError
from counselroom.services.archive import MIN_BITS, generate_passphrase, passphrase_error, passphrase_strength
from counselroom.ui.messages import error_text
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.form import Form


class PassphraseChooser(QWidget):
    """``passphrase()`` once ``check()`` passed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseChooser")
        self._generated = ""
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
        self.generated_box.setStyleSheet(
            "#generatedBox { background: #fbfaf5; border: 1px solid #d8d2bd; border-radius: 6px; }")
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
        explain = QLabel(self.tr(
            "Write it down now, letter by letter: it is shown only here and cannot be found again. Without "
            "it the archive cannot be opened by anyone, ever. It has only capital letters and digits 2–9 "
            "(no O/0 or I/1 to confuse). Copy it exactly, hyphens included: 7-Zip opens the archive only "
            "with the passphrase typed just as it is shown here."), self.generated_box)
        explain.setObjectName("generatedExplain")
        self.generated_explain = explain
        explain.setWordWrap(True)
        explain.setStyleSheet(HINT_STYLE)
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
            "A long sentence is best: about 14 Chinese characters or 32 letters. It must be typed in 7-Zip "
            "exactly like this — capitals, spaces and punctuation included — to open the archive."))
        self.again = self.form.add("passphrase_again", self.tr("Again"), QLineEdit())
        self.typed.setObjectName("typedPassphrase")
        self.again.setObjectName("typedAgain")
        # Shown as typed, not as dots: it is to be written down anyway, and a password field
        # turns the input method off, so a Chinese sentence could not be typed at all.
        for edit in (self.typed, self.again):
            edit.textChanged.connect(self._typed_changed)
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
        self._typed_changed()

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
        self._generated = generate_passphrase()
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
        text = self.typed.text()
        strength = passphrase_strength(text)
        self.meter.setValue(min(MIN_BITS, strength.bits))
        colour = "#1e7d32" if strength.ok else ("#e0a000" if strength.bits >= MIN_BITS // 2 else "#b3261e")
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
        self.changed.emit()

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
        problem = passphrase_error(self.typed.text())
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
        self._generated = ""
        self.generated_label.clear()
        self.typed.clear()
        self.again.clear()
        self.written_down.setChecked(False)
