"""The supervisor's changes to the test-materials stock (测验材料, R6): new copies, write-offs, a corrected
count, and a hand-out's missing copies; always with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QLabel, QMessageBox, QRadioButton, QVBoxLayout, QWidget

from counselroom.domain.materials import REASON_MAX, HandOut, Material, StockChange
from counselroom.services.session import Session
from counselroom.ui.dialogs.material_dialogs import _MaterialDialog, count_spin, handout_text, text_line
from counselroom.ui.labels import label_of
from counselroom.ui.styles import HINT_STYLE
from counselroom.ui.widgets.form import row_box, row_column
from counselroom.ui.widgets.hint_label import hint_label


class StockDialog(_MaterialDialog):
    """The supervisor changes the stock: new copies, write-off, or a corrected count; always with a reason."""

    def __init__(self, session: Session, material: Material, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Change stock"), "stockDialog")
        self.material = material
        self.result_value: Material | None = None
        self.about = QLabel(self.tr("{name}: {on_hand} in the cabinet, {out} out, {total} in all").format(
            name=material.name, on_hand=material.on_hand, out=material.out, total=material.total), self)
        self.about.setObjectName("stockAbout")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setStyleSheet("font-weight: 600;")
        self.outer.addWidget(self.about)

        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.changes = QButtonGroup(self)
        self.change_buttons: dict[StockChange, QRadioButton] = {}
        for change in StockChange:
            button = QRadioButton(label_of(change), box)
            button.setObjectName(f"change_{change.value}")
            self.changes.addButton(button)
            self.change_buttons[change] = button
            column.addWidget(button)
        self.change_buttons[StockChange.ADD].setChecked(True)
        self.form.add("change", self.tr("Change"), box)

        self.count = count_spin("count", self, 0, 1)
        self.count_hint = hint_label("", self, "countHint")
        self.form.add("count", self.tr("Copies"), self.count)
        row_column(self.count).addWidget(self.count_hint)
        count_label = self.form.layout_.labelForField(row_box(self.count))
        assert isinstance(count_label, QLabel)   # Form.add labels each row with a QLabel
        self.count_label = count_label
        self.reason = text_line("reason", self, REASON_MAX, self.tr("e.g. bought 50 from the publisher; water damage"))
        self.form.add("reason", self.tr("Reason"), self.reason, self.tr("Required. It is kept with the movement "
                                                                        "and in the audit log."))
        self.preview = QLabel(self)
        self.preview.setObjectName("stockPreview")
        self.preview.setWordWrap(True)
        self._finish(self.tr("Change stock"), self.preview)
        self.changes.buttonToggled.connect(self._change_toggled)
        self.count.valueChanged.connect(self._update_preview)
        self._change_toggled()
        self.count.setFocus()
        self.count.selectAll()

    def change(self) -> StockChange:
        return next(c for c, b in self.change_buttons.items() if b.isChecked())

    def _change_toggled(self, *_args) -> None:
        change = self.change()
        if change is StockChange.CORRECT:
            self.count_label.setText(self.tr("Counted in the cabinet"))
            self.count_hint.setText(self.tr("Count the cabinet and enter what is there; the total follows."))
            self.count.setValue(self.material.on_hand)
        elif change is StockChange.WRITE_OFF:
            self.count_label.setText(self.tr("Copies"))
            self.count_hint.setText(self.tr("Damaged, spoilt or outdated copies in the cabinet. Used-up forms are "
                                            "recorded when they are taken back."))
            self.count.setValue(1)
        else:
            self.count_label.setText(self.tr("Copies"))
            self.count_hint.setText(self.tr("New copies from the publisher or the licence holder. Test forms are "
                                            "never photocopied (不得复印)."))
            self.count.setValue(1)
        self._update_preview()

    def _deltas(self) -> tuple[int, int]:
        change, count = self.change(), self.count.value()
        if change is StockChange.ADD:
            return count, count
        if change is StockChange.WRITE_OFF:
            return -count, -count
        return count - self.material.on_hand, count - self.material.on_hand

    def _update_preview(self, *_args) -> None:
        d_on_hand, d_total = self._deltas()
        m = self.material
        self.preview.setStyleSheet(HINT_STYLE)
        self.preview.setText(self.tr("In the cabinet {old} → {new}; in all {old_total} → {new_total}.").format(
            old=m.on_hand, new=m.on_hand + d_on_hand, old_total=m.total, new_total=m.total + d_total))

    def is_dirty(self) -> bool:
        return bool(self.reason.text().strip())

    def attempt(self) -> Material:
        return self.service.change_stock(self.material.id, self.change(), self.count.value(), self.reason.text())

    def clear(self) -> None:
        super().clear()
        self.about.clear()
        self.preview.clear()
        self.reason.clear()


class MissingDialog(_MaterialDialog):
    """Copies of a hand-out that will not come back leave the stock (supervisor, with a reason)."""

    def __init__(self, session: Session, handout: HandOut, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Write off as missing"), "missingDialog")
        self.handout = handout
        self.result_value: HandOut | None = None
        self.about = QLabel(handout_text(handout), self)
        self.about.setObjectName("missingAbout")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setStyleSheet("font-weight: 600;")
        self.outer.addWidget(self.about)
        self.outer.addWidget(hint_label(self.tr(
            "Only when they will not come back (lost, taken away). Test materials must not leave the room: "
            "find out what happened first. Copies that do come back are taken back instead."), self))
        self.count = count_spin("count", self, 1, handout.outstanding)
        self.form.add("count", self.tr("Missing copies"), self.count)
        self.reason = text_line("reason", self, REASON_MAX, self.tr("What happened and what was done about it"))
        self.form.add("reason", self.tr("Reason"), self.reason)
        self._finish(self.tr("Write off"))
        self.reason.setFocus()

    def is_dirty(self) -> bool:
        return bool(self.reason.text().strip())

    def attempt(self) -> HandOut:
        if self.reason.text().strip():
            answer = QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Write off {count} copies of {material} as missing? This cannot be undone.").format(
                    count=self.count.value(), material=self.handout.material_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                raise _Cancelled()
        return self.service.write_off_missing(self.handout.id, self.count.value(), self.reason.text())

    def save(self) -> None:
        try:
            super().save()
        except _Cancelled:
            return

    def clear(self) -> None:
        super().clear()
        self.about.clear()
        self.reason.clear()


class _Cancelled(Exception):
    """The person chose not to go ahead."""
