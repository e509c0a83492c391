"""Handing test materials out for a session and taking them back (测验材料, R6): counsellors and the
supervisor. There is no lending dialog: the rules forbid lending or copying test materials."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from counselroom.domain.errors import CounselRoomError
from counselroom.domain.materials import PURPOSE_MAX, HandOut, Material, MaterialKind
from counselroom.services.permissions import Permissions
from counselroom.services.session import Session
from counselroom.ui.dialogs.material_dialogs import _MaterialDialog, count_spin, handout_text, text_line
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE
from counselroom.ui.widgets.fitted_combo import FittedComboBox
from counselroom.ui.widgets.hint_label import hint_label


class HandOutDialog(_MaterialDialog):
    """Materials leave the cabinet for a session, in a counsellor's or the supervisor's hands."""

    def __init__(self, session: Session, materials: list[Material], selected_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Hand out test materials"), "handOutDialog")
        self.result_value: HandOut | None = None
        self.outer.addWidget(hint_label(self.tr(
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

        self.count = count_spin("count", self, 1, 1)
        self.form.add("count", self.tr("How many"), self.count)

        self.staff = QComboBox(self)
        self.staff.setObjectName("staff")
        permissions = Permissions(session)
        for person_id, name in permissions.clinician_choices():
            self.staff.addItem(name, person_id)
        self.staff.setCurrentIndex(max(0, self.staff.findData(session.user.id)))
        for_others = permissions.acts_for_colleagues()
        self.staff.setEnabled(for_others)
        self.form.add("staff", self.tr("Taken by"), self.staff,
                      "" if for_others else self.tr("You record what you take yourself."))

        self.purpose = text_line("purpose", self, PURPOSE_MAX, self.tr("e.g. individual session 14:00, group class 3"))
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

        self.back = count_spin("back", self, 0, 0)
        self.form.add("back", self.tr("Back in the cabinet"), self.back, self.tr("Blank, undamaged copies."))
        self.used = count_spin("used", self, 0, 0)
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
