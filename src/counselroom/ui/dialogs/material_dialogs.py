"""Dialogs of the test-materials register (测验材料, R6): what they share, and adding a material or
editing its details (the supervisor).

Handing out and taking back are in ``handout_dialogs``, changing the stock and writing off a
hand-out's missing copies in ``stock_dialogs``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSizePolicy, QSpinBox, QWidget

from counselroom.domain.materials import (
    COUNT_MAX, LOCATION_MAX, NAME_MAX, NOTE_MAX, REASON_MAX, SCALE_CODE_MAX, HandOut, Material, MaterialDraft,
    MaterialKind,
)
from counselroom.services.materials import MaterialService
from counselroom.services.session import Session
from counselroom.ui.dialogs.form_dialog import _FormDialog
from counselroom.ui.labels import label_of
from counselroom.ui.widgets.crisis_panel import local_text
from counselroom.ui.widgets.hint_label import hint_label


def handout_text(handout: HandOut) -> str:
    """One line naming a hand-out: what, who, when, how many still out."""
    return QCoreApplication.translate("MaterialLabels", "{material} · {who} · {when} · {out} still out").format(
        material=handout.material_name, who=handout.staff_name, when=local_text(handout.taken_at),
        out=handout.outstanding)


def count_spin(name: str, parent: QWidget, minimum: int, value: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    # The service checks the upper bound against the cabinet and says so at the field.
    spin.setRange(minimum, COUNT_MAX)
    spin.setValue(value)
    spin.setMinimumWidth(120)
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    spin.setAccelerated(True)
    return spin


def text_line(name: str, parent: QWidget, limit: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(limit)
    edit.setPlaceholderText(placeholder)
    return edit


# Named with an underscore because it is no dialog of its own: tests/ui/test_dialog_enter.py
# builds every public dialog class of the ui package.
class _MaterialDialog(_FormDialog):
    """What the register's dialogs share: the service, and a form whose action calls it."""

    def __init__(self, session: Session, parent: QWidget | None, title: str, name: str) -> None:
        super().__init__(parent, title, name, 520)
        self.session = session
        self.service = MaterialService(session)


class MaterialDialog(_MaterialDialog):
    """Register a material (with the copies already in the cabinet) or edit its details (supervisor)."""

    def __init__(self, session: Session, material: Material | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Edit test material") if material else self.tr("Add test material"),
                         "materialDialog")
        self.material = material
        self.result_value: Material | None = None

        self.name = text_line("name", self, NAME_MAX, self.tr("e.g. PHQ-9 answer sheet, SCL-90 booklet"))
        self.form.add("name", self.tr("Name"), self.name)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in MaterialKind:
            self.kind.addItem(label_of(kind), kind)
        self.form.add("kind", self.tr("Kind"), self.kind,
                      self.tr("A paper form is used up when a client fills it in; a kit comes back whole."))
        self.scale_code = text_line("scaleCode", self, SCALE_CODE_MAX, self.tr("e.g. phq9 (optional)"))
        self.form.add("scale_code", self.tr("Scale code"), self.scale_code,
                      self.tr("Links the material to a scale of the test library."))
        self.location = text_line("location", self, LOCATION_MAX, self.tr("e.g. locked cabinet A, top shelf"))
        self.form.add("location", self.tr("Kept in"), self.location)
        self.note = text_line("note", self, NOTE_MAX, self.tr("Edition, publisher, licence (optional)"))
        self.form.add("note", self.tr("Note"), self.note)

        self.count: QSpinBox | None = None
        self.reason: QLineEdit | None = None
        if material is None:
            self.count = count_spin("count", self, 0, 0)
            self.count.setSuffix(self.tr(" copies"))
            self.form.add("count", self.tr("In the cabinet now"), self.count)
            self.reason = text_line("reason", self, REASON_MAX, self.tr("e.g. bought from the publisher, first count"))
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
            hint_label(self.tr("The counts change only through Change stock…, with a reason."), self)]
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
            assert self.count is not None and self.reason is not None   # built to add a material
            return self.service.add(self.draft(), self.count.value(), self.reason.text())
        return self.service.update(self.material.id, self.draft())

    def clear(self) -> None:
        super().clear()
        self.material = None
        for edit in (self.name, self.scale_code, self.location, self.note, self.reason):
            if edit is not None:
                edit.clear()
