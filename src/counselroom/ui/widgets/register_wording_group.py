"""The supervisor's setting of how the attention register names its levels: 一级/二级/三级 or 红/橙/黄.
Applied at once (audited as a settings change), apart from the page's Save: it changes only words."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from counselroom.domain.care_register import Level, LevelWording, level_words
from counselroom.domain.errors import CounselRoomError
from counselroom.services.care_register import CareRegisterService
from counselroom.services.session import Session
from counselroom.ui.labels import screen_language
from counselroom.ui.messages import error_text
from counselroom.ui.styles import ERROR_STYLE, OK_STYLE
from counselroom.ui.widgets.form import Form


class RegisterWordingGroup(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Attention register"), parent)
        self.setObjectName("registerGroup")
        self._session = session
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        box.setSpacing(8)
        form = Form(self)
        self.wording = QComboBox(self)
        self.wording.setObjectName("levelWording")
        for wording in LevelWording:
            self.wording.addItem(" / ".join(level_words(level, wording, screen_language()) for level in Level),
                                 wording.value)
        self.wording.setEnabled(False)            # until the setting is read
        self.wording.activated.connect(self._chosen)
        form.add("level_wording", self.tr("Name the levels"), self.wording,
                 self.tr("The first is the most serious. Applies at once, everywhere the levels are shown."))
        box.addWidget(form)
        self.status = QLabel(self)
        self.status.setObjectName("levelWordingStatus")
        box.addWidget(self.status)

    def show_wording(self, wording: LevelWording) -> None:
        self.wording.setCurrentIndex(max(0, self.wording.findData(wording.value)))
        self.wording.setEnabled(True)

    def _chosen(self, _index: int) -> None:
        try:
            CareRegisterService(self._session).set_level_wording(LevelWording(self.wording.currentData()))
        except CounselRoomError as err:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(error_text(err))
            return
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("Saved."))
