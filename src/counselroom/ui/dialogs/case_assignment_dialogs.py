"""The supervisor's tools for who works on a case (个案): reassigning it, sharing it with other counsellors."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QWidget,
)

from counselroom.domain.cases import Case
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.services.cases import CaseService
from counselroom.services.session import Session
from counselroom.services.staff_directory import clinicians
# The case forms' shared frame; private, so test_dialog_enter does not count it as a dialog of its own.
from counselroom.ui.dialogs.case_dialogs import _CaseDialog, case_title
from counselroom.ui.dialogs.dialog_frame import dialog_column
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.hint_label import hint_label

ID_ROLE = Qt.ItemDataRole.UserRole


class ReassignDialog(_CaseDialog):
    """The supervisor gives the case to another counsellor."""

    def __init__(self, session: Session, case: Case, client_name: str, counsellor_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._case = case
        self.saved_case: Case | None = None
        self._set_texts(
            self.tr("Reassign {case}").format(case=case_title(client_name, case.number)),
            self.tr("Currently with {name}. The new counsellor sees the case and all its records; "
                    "{name} no longer does, unless you share the case with them.").format(
                name=counsellor_name or "—"),
            self.tr("Reassign"))
        self.setObjectName("reassignDialog")
        self.counsellor = QComboBox(self)
        self.counsellor.setObjectName("counsellor")
        self.counsellor.setPlaceholderText(self.tr("Choose the counsellor"))
        self.counsellor.setMinimumWidth(240)
        self.counsellor.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form.add("counsellor", self.tr("New counsellor"), self.counsellor)
        self._widen_errors()
        try:
            people = clinicians(session)
        except CounselRoomError as err:
            self.form.show_error(err)
            people = []
        for user_id, name in people:
            if user_id != case.counsellor_id:
                self.counsellor.addItem(name, user_id)
        self.counsellor.setCurrentIndex(-1)
        self.counsellor.setFocus()

    def is_dirty(self) -> bool:
        return False

    def submit(self) -> None:
        self.form.clear_errors()
        if self.counsellor.currentIndex() < 0:
            self.form.show_error(ValidationError("counsellor", "field.required"))
            return
        try:
            case = CaseService(self.session).reassign(self._case.id, self.counsellor.currentData())
        except CounselRoomError as err:
            self.show_error(err)
            return
        except Exception as exc:  # noqa: BLE001 - report the fault
            self._report_fault(exc)
            return
        self.saved_case = case
        self._finish()

    def clear(self) -> None:
        super().clear()
        self.counsellor.clear()


class ShareDialog(QDialog):
    """The supervisor lets other counsellors open the case (会诊, supervision) or stops it."""

    changed = Signal()

    def __init__(self, session: Session, case: Case, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._case = case
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share {case}").format(case=case_title(client_name, case.number)))
        self.setMinimumWidth(520)
        outer = dialog_column(self, spacing=10)
        heading = QLabel(self.windowTitle(), self)
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        heading.setWordWrap(True)
        outer.addWidget(heading)
        outer.addWidget(hint_label(self.tr("A counsellor the case is shared with can open it and its records like "
                                           "their own. Every opening is recorded in the audit log."), self))

        self.form = Form(self)
        self.shared = QListWidget(self)
        self.shared.setObjectName("sharedWith")
        self.shared.setMinimumHeight(90)
        self.shared.setMaximumHeight(160)
        self.shared.currentItemChanged.connect(self._update_buttons)
        self.unshare_button = QPushButton(self.tr("Stop sharing"), self)
        self.unshare_button.setObjectName("unshareButton")
        self.unshare_button.setAutoDefault(False)
        self.unshare_button.setToolTip(self.tr("The selected counsellor can no longer open the case"))
        self.unshare_button.clicked.connect(self.unshare_selected)
        shared_box = QWidget(self)
        shared_row = QHBoxLayout(shared_box)
        shared_row.setContentsMargins(0, 0, 0, 0)
        shared_row.addWidget(self.shared, 1)
        shared_row.addWidget(self.unshare_button, 0, Qt.AlignmentFlag.AlignTop)
        self.form.add("shared", self.tr("Shared with"), shared_box)

        self.counsellor = QComboBox(self)
        self.counsellor.setObjectName("counsellor")
        self.counsellor.setPlaceholderText(self.tr("Choose the counsellor"))
        self.counsellor.setMinimumWidth(220)
        self.counsellor.currentIndexChanged.connect(self._update_buttons)
        self.share_button = QPushButton(self.tr("Share"), self)
        self.share_button.setObjectName("shareButton")
        # Enter after choosing a counsellor shares with them (it used to close the dialog
        # without sharing); with no counsellor chosen the button is off and Enter does nothing.
        self.share_button.setDefault(True)
        self.share_button.clicked.connect(self.share_chosen)
        add_box = QWidget(self)
        add_row = QHBoxLayout(add_box)
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.counsellor)
        add_row.addWidget(self.share_button)
        add_row.addStretch(1)
        self.form.add("counsellor", self.tr("Share with"), add_box)
        outer.addWidget(self.form, 1)

        self.status = hint_label("", self, "shareStatus")
        outer.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self._people: list[tuple[int, str]] = []
        try:
            self._people = clinicians(session)
        except CounselRoomError as err:
            self.form.show_error(err)
        self.reload()
        self.counsellor.setFocus()

    def reload(self) -> None:
        try:
            shared = CaseService(self.session).shared_with(self._case.id)
        except CounselRoomError as err:
            self.form.show_error(err)
            shared = []
        self.shared.clear()
        for user_id, name in shared:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, user_id)
            self.shared.addItem(item)
        if not shared:
            item = QListWidgetItem(self.tr("Not shared with anyone."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.shared.addItem(item)
        # Not the supervisor themself: sharing with oneself would skip the stated reason.
        taken = {uid for uid, _ in shared} | {self._case.counsellor_id, self.session.user.id}
        self.counsellor.clear()
        for user_id, name in self._people:
            if user_id not in taken:
                self.counsellor.addItem(name, user_id)
        self.counsellor.setCurrentIndex(-1)
        self._update_buttons()

    def shared_names(self) -> list[str]:
        return [self.shared.item(i).text() for i in range(self.shared.count())
                if self.shared.item(i).data(ID_ROLE) is not None]

    def _update_buttons(self, *_args) -> None:
        item = self.shared.currentItem()
        self.unshare_button.setEnabled(item is not None and item.data(ID_ROLE) is not None)
        self.share_button.setEnabled(self.counsellor.currentIndex() >= 0)

    def share_chosen(self) -> None:
        if self.counsellor.currentIndex() < 0:
            return
        name = self.counsellor.currentText()
        self.form.clear_errors()
        try:
            CaseService(self.session).share(self._case.id, self.counsellor.currentData())
        except CounselRoomError as err:
            self.form.show_error(err)
            return
        self.reload()
        self.status.setText(self.tr("Shared with {name}.").format(name=name))
        self.changed.emit()

    def unshare_selected(self) -> None:
        item = self.shared.currentItem()
        if item is None or item.data(ID_ROLE) is None:
            return
        name = item.text()
        self.form.clear_errors()
        try:
            CaseService(self.session).unshare(self._case.id, item.data(ID_ROLE))
        except CounselRoomError as err:
            self.form.show_error(err)
            return
        self.reload()
        self.status.setText(self.tr("{name} can no longer open the case.").format(name=name))
        self.changed.emit()

    def clear(self) -> None:
        self.shared.clear()
        self.counsellor.clear()
        self.status.clear()
        self.form.clear_errors()
