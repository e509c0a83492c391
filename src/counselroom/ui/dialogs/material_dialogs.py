"""Dialogs of the test-materials register (测验材料, R6).

Handing out for a session and taking back (counsellors and the supervisor);
adding a material, editing its details, changing the stock and writing off a
hand-out's missing copies (the supervisor, always with a reason). There is no
lending dialog: the rules forbid lending or copying test materials.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QLabel, QLineEdit, QMessageBox, QRadioButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget,
)

from counselroom.domain.errors import CounselRoomError
from counselroom.domain.materials import (
    COUNT_MAX, LOCATION_MAX, NAME_MAX, NOTE_MAX, PURPOSE_MAX, REASON_MAX, SCALE_CODE_MAX, HandOut, Material,
    MaterialDraft, MaterialKind, MovementKind, StockChange,
)
from counselroom.services.materials import MaterialService
from counselroom.services.session import Session
from counselroom.services.staff_directory import clinicians
from counselroom.ui.dialogs.guarded_dialog import GuardedDialog
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.crisis_panel import local_text
from counselroom.ui.widgets.fitted_combo import FittedComboBox
from counselroom.ui.widgets.form import Form


def kind_label(kind: MaterialKind) -> str:
    return {
        MaterialKind.FORM: QCoreApplication.translate("MaterialLabels", "Paper form"),
        MaterialKind.KIT: QCoreApplication.translate("MaterialLabels", "Kit"),
    }[kind]


def movement_label(kind: MovementKind) -> str:
    return {
        MovementKind.ADDED: QCoreApplication.translate("MaterialLabels", "New copies"),
        MovementKind.WRITTEN_OFF: QCoreApplication.translate("MaterialLabels", "Written off"),
        MovementKind.CORRECTED: QCoreApplication.translate("MaterialLabels", "Count corrected"),
        MovementKind.HANDED_OUT: QCoreApplication.translate("MaterialLabels", "Handed out"),
        MovementKind.RETURNED: QCoreApplication.translate("MaterialLabels", "Taken back"),
        MovementKind.MISSING: QCoreApplication.translate("MaterialLabels", "Written off as missing"),
    }[kind]


def change_label(change: StockChange) -> str:
    return {
        StockChange.ADD: QCoreApplication.translate("MaterialLabels", "Add new copies"),
        StockChange.WRITE_OFF: QCoreApplication.translate("MaterialLabels", "Write off damaged or spoilt copies"),
        StockChange.CORRECT: QCoreApplication.translate("MaterialLabels", "Correct the count in the cabinet"),
    }[change]


def handout_text(handout: HandOut) -> str:
    """One line naming a hand-out: what, who, when, how many still out."""
    return QCoreApplication.translate("MaterialLabels", "{material} · {who} · {when} · {out} still out").format(
        material=handout.material_name, who=handout.staff_name, when=local_text(handout.taken_at),
        out=handout.outstanding)


def _spin(name: str, parent: QWidget, minimum: int, value: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    # The service checks the upper bound against the cabinet and says so at the field.
    spin.setRange(minimum, COUNT_MAX)
    spin.setValue(value)
    spin.setMinimumWidth(120)
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    spin.setAccelerated(True)
    return spin


def _line(name: str, parent: QWidget, limit: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(limit)
    edit.setPlaceholderText(placeholder)
    return edit


def _hint(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label

class _MaterialDialog(GuardedDialog):
    """What the register's dialogs share: a form, Cancel / save, asking before typed text is lost."""

    FIELDS: tuple[str, ...] = ()

    def __init__(self, session: Session, parent: QWidget | None, title: str, name: str) -> None:
        super().__init__(parent)
        self.session = session
        self.service = MaterialService(session)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(20, 16, 20, 16)
        self.outer.setSpacing(12)
        self.form = Form(self)
        self.form.layout_.setVerticalSpacing(10)
        self.form.layout_.setHorizontalSpacing(12)

    def _finish(self, save_text: str, *after: QWidget) -> None:
        """The form, then ``after`` (summaries, notes), then Cancel / save."""
        self.outer.addWidget(self.form)
        for widget in after:
            self.outer.addWidget(widget)
        for name in self.FIELDS:
            if name in self.form._fields:
                # Every row takes the form's width, so hints and errors wrap there, not at a short field's edge.
                self.form.widget_for(name).parentWidget().setSizePolicy(QSizePolicy.Policy.Expanding,
                                                                        QSizePolicy.Policy.Preferred)
        row, self.cancel_button, self.save_button = dialog_buttons(self, save_text, self.save)
        self.outer.addLayout(row)

    # -- subclasses -----------------------------------------------------------------
    def is_dirty(self) -> bool:
        return False

    def attempt(self):
        """Call the service; return what it returned."""
        raise NotImplementedError

    def clear(self) -> None:
        """The records lock: forget what was typed and shown, close without asking."""
        self._discard_ok = True
        self.form.clear_errors()

    # -- shared -------------------------------------------------------------------------
    def save(self) -> None:
        self.form.clear_errors()
        try:
            self.result_value = self.attempt()
        except CounselRoomError as err:
            self.form.show_error(err)
            self.fit_height()
            return
        self._discard_ok = True
        self.accept()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.fit_height()


class MaterialDialog(_MaterialDialog):
    """Register a material (with the copies already in the cabinet) or edit its details (supervisor)."""

    FIELDS = ("name", "kind", "scale_code", "location", "note", "count", "reason")

    def __init__(self, session: Session, material: Material | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Edit test material") if material else self.tr("Add test material"),
                         "materialDialog")
        self.material = material
        self.result_value: Material | None = None

        self.name = _line("name", self, NAME_MAX, self.tr("e.g. PHQ-9 answer sheet, SCL-90 booklet"))
        self.form.add("name", self.tr("Name"), self.name)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in MaterialKind:
            self.kind.addItem(kind_label(kind), kind)
        self.form.add("kind", self.tr("Kind"), self.kind,
                      self.tr("A paper form is used up when a client fills it in; a kit comes back whole."))
        self.scale_code = _line("scaleCode", self, SCALE_CODE_MAX, self.tr("e.g. phq9 (optional)"))
        self.form.add("scale_code", self.tr("Scale code"), self.scale_code,
                      self.tr("Links the material to a scale of the test library."))
        self.location = _line("location", self, LOCATION_MAX, self.tr("e.g. locked cabinet A, top shelf"))
        self.form.add("location", self.tr("Kept in"), self.location)
        self.note = _line("note", self, NOTE_MAX, self.tr("Edition, publisher, licence (optional)"))
        self.form.add("note", self.tr("Note"), self.note)

        self.count: QSpinBox | None = None
        self.reason: QLineEdit | None = None
        if material is None:
            self.count = _spin("count", self, 0, 0)
            self.count.setSuffix(self.tr(" copies"))
            self.form.add("count", self.tr("In the cabinet now"), self.count)
            self.reason = _line("reason", self, REASON_MAX, self.tr("e.g. bought from the publisher, first count"))
            self.form.add("reason", self.tr("Where they came from"), self.reason,
                          self.tr("Required when there are copies. New copies come from the publisher or "
                                  "the licence holder: test forms are never photocopied."))
        else:
            self.name.setText(material.name)
            self.kind.setCurrentIndex(self.kind.findData(material.kind))
            self.scale_code.setText(material.scale_code)
            self.location.setText(material.location)
            self.note.setText(material.note)
        self._loaded = self._values()
        after = [] if material is None else [
            _hint(self.tr("The counts change only through Change stock…, with a reason."), self)]
        self._finish(self.tr("Save changes") if material else self.tr("Add material"), *after)
        self.name.setFocus()

    def _values(self) -> tuple:
        return (self.name.text(), self.kind.currentIndex(), self.scale_code.text(), self.location.text(),
                self.note.text(), self.count.value() if self.count else 0,
                self.reason.text() if self.reason else "")

    def draft(self) -> MaterialDraft:
        return MaterialDraft(name=self.name.text(), kind=self.kind.currentData(), scale_code=self.scale_code.text(),
                             location=self.location.text(), note=self.note.text())

    def is_dirty(self) -> bool:
        return self._values() != self._loaded

    def attempt(self) -> Material:
        if self.material is None:
            return self.service.add(self.draft(), self.count.value(), self.reason.text())
        return self.service.update(self.material.id, self.draft())

    def clear(self) -> None:
        super().clear()
        self.material = None
        for edit in (self.name, self.scale_code, self.location, self.note, self.reason):
            if edit is not None:
                edit.clear()

class HandOutDialog(_MaterialDialog):
    """Materials leave the cabinet for a session, in a counsellor's or the supervisor's hands."""

    FIELDS = ("material", "count", "staff", "purpose")

    def __init__(self, session: Session, materials: list[Material], selected_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Hand out test materials"), "handOutDialog")
        self.result_value: HandOut | None = None
        self.outer.addWidget(_hint(self.tr(
            "For a session in the room only, and back in the cabinet today. Test materials are never lent out "
            "or copied (不得外借或复印)."), self, "noLendingHint"))

        self.material = QComboBox(self)
        self.material.setObjectName("material")
        for m in materials:
            self.material.addItem(self.tr("{name} ({on_hand} in the cabinet)").format(name=m.name, on_hand=m.on_hand),
                                  m.id)
        if selected_id is not None and (row := self.material.findData(selected_id)) >= 0:
            self.material.setCurrentIndex(row)
        self.form.add("material", self.tr("Material"), self.material)

        self.count = _spin("count", self, 1, 1)
        self.form.add("count", self.tr("How many"), self.count)

        self.staff = QComboBox(self)
        self.staff.setObjectName("staff")
        user = session.user
        people = clinicians(session) if user.is_supervisor else [(user.id, user.display_name)]
        for person_id, name in people:
            self.staff.addItem(name, person_id)
        self.staff.setCurrentIndex(max(0, self.staff.findData(user.id)))
        self.staff.setEnabled(user.is_supervisor)
        self.form.add("staff", self.tr("Taken by"), self.staff,
                      "" if user.is_supervisor else self.tr("You record what you take yourself."))

        self.purpose = _line("purpose", self, PURPOSE_MAX, self.tr("e.g. individual session 14:00, group class 3"))
        self.form.add("purpose", self.tr("For"), self.purpose,
                      self.tr("Optional. No client names: every counsellor sees this register. Who took which "
                              "test is recorded in the client's test log."))
        self._finish(self.tr("Hand out"))
        self.count.setFocus()
        self.count.selectAll()

    def is_dirty(self) -> bool:
        return bool(self.purpose.text().strip())

    def attempt(self) -> HandOut:
        material_id = self.material.currentData()
        if material_id is None:
            raise CounselRoomError("material.not_found")
        return self.service.hand_out(material_id, self.count.value(), staff_id=self.staff.currentData(),
                                     purpose=self.purpose.text())

    def clear(self) -> None:
        super().clear()
        self.material.clear()
        self.staff.clear()
        self.purpose.clear()

class TakeBackDialog(_MaterialDialog):
    """What came back from a hand-out: back in the cabinet, used up (filled in), the rest still out."""

    FIELDS = ("handout", "back", "used")

    def __init__(self, session: Session, handouts: list[HandOut], selected_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Take back test materials"), "takeBackDialog")
        self.result_value: HandOut | None = None
        self._handouts = {h.id: h for h in handouts}

        self.handout = FittedComboBox(self)
        self.handout.setObjectName("handout")
        for h in handouts:
            self.handout.addItem(handout_text(h), h.id)
        if selected_id is not None and (row := self.handout.findData(selected_id)) >= 0:
            self.handout.setCurrentIndex(row)
        self.form.add("handout", self.tr("Hand-out"), self.handout)

        self.back = _spin("back", self, 0, 0)
        self.form.add("back", self.tr("Back in the cabinet"), self.back, self.tr("Blank, undamaged copies."))
        self.used = _spin("used", self, 0, 0)
        self.form.add("used", self.tr("Used up"), self.used,
                      self.tr("Filled in by a client: they go into the client's paper file and leave the stock."))
        self.summary = QLabel(self)
        self.summary.setObjectName("returnSummary")
        self.summary.setWordWrap(True)
        self.setMinimumWidth(600)
        self._finish(self.tr("Take back"), self.summary)

        self.handout.currentIndexChanged.connect(self._handout_changed)
        self.back.valueChanged.connect(self._update_summary)
        self.used.valueChanged.connect(self._update_summary)
        self._handout_changed()
        self.back.setFocus()
        self.back.selectAll()

    def current(self) -> HandOut | None:
        return self._handouts.get(self.handout.currentData())

    def _handout_changed(self, *_args) -> None:
        handout = self.current()
        if handout is None:
            return
        self.back.setValue(handout.outstanding)
        self.used.setValue(0)
        kit = handout.kind is MaterialKind.KIT
        self.used.setEnabled(not kit)
        self.used.setToolTip(self.tr("A kit is not used up; the supervisor writes off damaged ones.") if kit else "")
        self._update_summary()

    def _update_summary(self, *_args) -> None:
        handout = self.current()
        if handout is None:
            self.summary.clear()
            return
        rest = handout.outstanding - self.back.value() - self.used.value()
        if rest < 0:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(self.tr("That is more than the {out} still out.").format(out=handout.outstanding))
        elif rest:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(self.tr("{rest} stay out and are listed as outstanding until they come back.")
                                 .format(rest=rest))
        else:
            self.summary.setStyleSheet(HINT_STYLE)
            self.summary.setText(self.tr("Everything of this hand-out is accounted for."))

    def attempt(self) -> HandOut:
        handout = self.current()
        if handout is None:
            raise CounselRoomError("material.handout_not_found")
        return self.service.take_back(handout.id, self.back.value(), self.used.value())

    def clear(self) -> None:
        super().clear()
        self._handouts = {}
        self.handout.clear()
        self.summary.clear()

class StockDialog(_MaterialDialog):
    """The supervisor changes the stock: new copies, write-off, or a corrected count; always with a reason."""

    FIELDS = ("change", "count", "reason")

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
            button = QRadioButton(change_label(change), box)
            button.setObjectName(f"change_{change.value}")
            self.changes.addButton(button)
            self.change_buttons[change] = button
            column.addWidget(button)
        self.change_buttons[StockChange.ADD].setChecked(True)
        self.form.add("change", self.tr("Change"), box)

        self.count = _spin("count", self, 0, 1)
        self.count_hint = _hint("", self, "countHint")
        self.form.add("count", self.tr("Copies"), self.count)
        self.count.parentWidget().layout().addWidget(self.count_hint)
        self.count_label = self.form.layout_.labelForField(self.count.parentWidget())
        self.reason = _line("reason", self, REASON_MAX, self.tr("e.g. bought 50 from the publisher; water damage"))
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

    FIELDS = ("count", "reason")

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
        self.outer.addWidget(_hint(self.tr(
            "Only when they will not come back (lost, taken away). Test materials must not leave the room: "
            "find out what happened first. Copies that do come back are taken back instead."), self))
        self.count = _spin("count", self, 1, handout.outstanding)
        self.form.add("count", self.tr("Missing copies"), self.count)
        self.reason = _line("reason", self, REASON_MAX, self.tr("What happened and what was done about it"))
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
