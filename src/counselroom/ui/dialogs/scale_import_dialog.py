"""The scale library (量表库) and importing a room's own licensed scale (supervisor): the scales in use,
a definition file checked and previewed before anything is stored, and its licence note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.scales import MAX_BYTES, Scale, ScaleDefinition
from counselroom.services.scales import ScaleService
from counselroom.ui.context import AppContext
from counselroom.ui.messages import error_text
from counselroom.ui.models.scale_library_model import COL_CODE, COL_LICENCE, LibraryModel
from counselroom.ui.styles import BOLD, ERROR_STYLE, FRAME_BORDER, HINT_STYLE, OK_STYLE, PANEL_BG
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy
from counselroom.ui.widgets.test_score import score_text


def definition_summary(definition: ScaleDefinition, language: str) -> str:
    """What an imported file holds, in a few lines for the preview."""
    lines = [QCoreApplication.translate("ScaleImport", "{name} — code {code}, version {version}").format(
        name=definition.name.get(language), code=definition.code, version=definition.version)]
    option_counts = sorted({len(i.options) for i in definition.items})
    lines.append(QCoreApplication.translate("ScaleImport", "{items} items, {options} answer options each; "
                                                           "totals {low} to {high}").format(
        items=len(definition.items), options="/".join(str(n) for n in option_counts),
        low=score_text(definition.total_range[0]), high=score_text(definition.total_range[1])))
    bands = " · ".join(QCoreApplication.translate("ScaleImport", "{low}–{high} {label}").format(
        low=score_text(b.min), high=score_text(b.max), label=b.label.get(language)) for b in definition.bands)
    lines.append(QCoreApplication.translate("ScaleImport", "Bands: {bands}").format(bands=bands))
    if definition.subscales:
        lines.append(QCoreApplication.translate("ScaleImport", "Subscales: {names}").format(
            names=", ".join(s.name.get(language) for s in definition.subscales)))
    reversed_items = [i.id for i in definition.items if i.reverse]
    if reversed_items:
        lines.append(QCoreApplication.translate("ScaleImport", "Reverse-scored items: {items}").format(
            items=", ".join(reversed_items)))
    alerts = [b.label.get(language) for b in definition.bands if b.alert]
    if definition.critical or alerts:
        parts = []
        if definition.critical:
            parts.append(QCoreApplication.translate("ScaleImport", "critical items {items}").format(
                items=", ".join(c.item for c in definition.critical)))
        if alerts:
            parts.append(QCoreApplication.translate("ScaleImport", "alert bands {bands}").format(
                bands=", ".join(alerts)))
        lines.append(QCoreApplication.translate("ScaleImport", "Opens the crisis workflow on: {what}").format(
            what="; ".join(parts)))
    if definition.licence:
        lines.append(QCoreApplication.translate("ScaleImport", "Licence stated in the file: {licence}").format(
            licence=definition.licence))
    return "\n".join(lines)


class ScaleImportDialog(QDialog):
    """Lists the library; imports a definition file after a preview, with a licence note."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scaleLibrary")
        self.setWindowTitle(self.tr("Scale library"))
        self.setSizeGripEnabled(True)
        self.ctx = ctx
        self.raw: bytes | None = None
        self.definition: ScaleDefinition | None = None
        self.imported: Scale | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 14)
        outer.setSpacing(10)
        intro = hint_label(self.tr("The scales counsellors can give. PHQ-9 and GAD-7 are built in (free to reproduce). "
                                   "A scale the school holds a licence for (e.g. SCL-90, SAS, SDS, MHT) is imported "
                                   "from its definition file; a stored scale is never changed — a corrected one is "
                                   "imported as a new version."), self)
        outer.addWidget(intro)

        # -- the library ------------------------------------------------------------------------
        library = QGroupBox(self.tr("In the library"), self)
        lcol = QVBoxLayout(library)
        self.model = LibraryModel(ctx.language, self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("scalesTable", self.proxy, library, sort_column=COL_CODE)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        lcol.addWidget(self.table, 1)
        self.details = hint_label("", library, "scaleDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lcol.addWidget(self.details)
        outer.addWidget(library, 1)

        # -- importing ------------------------------------------------------------------------------
        box = QGroupBox(self.tr("Import a scale"), self)
        icol = QVBoxLayout(box)
        icol.setSpacing(8)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Import scale…"), box)
        self.choose_button.setObjectName("chooseScaleFile")
        self.choose_button.setToolTip(self.tr("Choose a scale definition file (.json) to check"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        self.file_label = hint_label(self.tr("No file chosen."), box, "scaleFile")
        row.addWidget(self.file_label, 1)
        icol.addLayout(row)
        self.problem = QLabel(box)
        self.problem.setObjectName("scaleProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setStyleSheet(ERROR_STYLE + BOLD)
        self.problem.hide()
        icol.addWidget(self.problem)
        self.preview = QLabel(box)
        self.preview.setObjectName("scalePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setStyleSheet(f"background: {PANEL_BG}; border: 1px solid {FRAME_BORDER}; border-radius: 4px; "
                                   "padding: 6px 10px;")
        self.preview.hide()
        icol.addWidget(self.preview)
        self.form = Form(box)
        self.licence_note = QLineEdit(box)
        self.licence_note.setObjectName("licenceNote")
        self.licence_note.setPlaceholderText(self.tr("e.g. 学校已购买 SCL-90 使用授权，2026"))
        self.licence_note.textChanged.connect(self._update_buttons)
        self.form.add("licence_note", self.tr("Licence note"), self.licence_note,
                      self.tr("Required: on what terms the room may use this scale (bought licence, free to "
                              "reproduce, permission of the author…). It is kept with the scale."))
        icol.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("Import"), box)
        self.import_button.setObjectName("importScale")
        self.import_button.setToolTip(self.tr("Store the checked scale in the library"))
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.import_scale)
        buttons.addWidget(self.import_button)
        icol.addLayout(buttons)
        outer.addWidget(box)

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("scaleLibraryStatus")
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeScaleLibrary")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)
        self.resize(1040, 680)
        self.reload()
        self._update_buttons()

    def _service(self) -> ScaleService:
        return ScaleService(self.ctx.session)

    # -- the library --------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        try:
            scales = self._service().library()
        except CounselRoomError as err:
            self.model.clear()
            self._say(error_text(err), ERROR_STYLE)
            return
        self.model.set_rows(scales)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            mode = QHeaderView.ResizeMode.Stretch if column == COL_LICENCE else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        header.setStretchLastSection(False)
        if select_id is not None:
            row = self.model.row_of(select_id)
            if row >= 0:
                self.table.select_model_row(row)

    def scales(self) -> list[Scale]:
        return [self.model.row_at(r) for r in range(self.model.rowCount())]

    def _show_details(self, *_args) -> None:
        scale = self.table.selected_record()
        if scale is None:
            self.details.clear()
            return
        lines = [self.tr("Licence: {note}").format(note=scale.licence_note or "—")]
        if scale.definition.source:
            lines.append(self.tr("Source: {source}").format(source=scale.definition.source))
        self.details.setText("\n".join(lines))

    # -- importing ------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a scale definition"), "",
                                              self.tr("Scale definitions (*.json);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Read and check a definition file; True when it can be imported."""
        name = Path(path).name
        try:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_BYTES + 1)
        except OSError:
            self._forget_file()
            self.file_label.setText(name)
            self._problem(self.tr("The file cannot be read: {path}").format(path=path))
            return False
        return self.load_bytes(raw, name)

    def load_bytes(self, raw: bytes, name: str) -> bool:
        self._forget_file()
        self.file_label.setText(name)
        self.file_label.setStyleSheet("")
        try:
            definition = self._service().check_import(raw)
        except CounselRoomError as err:
            self._problem(self.tr("This file cannot be imported. {reason}").format(reason=error_text(err)))
            return False
        self.raw, self.definition = raw, definition
        self.preview.setText(definition_summary(definition, self.ctx.language))
        self.preview.show()
        self._update_buttons()
        self.licence_note.setFocus()
        self._say(self.tr("The file is a valid scale definition. Add the licence note and import it."), HINT_STYLE)
        self._update_buttons()
        return True

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self._update_buttons()

    def _forget_file(self) -> None:
        self.raw = self.definition = None
        self.form.clear_errors()
        self.problem.clear()
        self.problem.hide()
        self.preview.clear()
        self.preview.hide()
        self.status.clear()

    def import_scale(self) -> None:
        if self.raw is None or self.definition is None:
            return
        self.form.clear_errors()
        try:
            scale = self._service().import_definition(self.raw, self.licence_note.text())
        except ValidationError as err:
            if err.field == "licence_note":
                self.form.show_error(err)
            else:
                self._problem(self.tr("This file cannot be imported. {reason}").format(reason=error_text(err)))
            return
        except CounselRoomError as err:
            self._problem(error_text(err))
            return
        self.imported = scale
        self._forget_file()
        self.licence_note.clear()
        self.file_label.setText(self.tr("No file chosen."))
        self.file_label.setStyleSheet(HINT_STYLE)
        self.reload(select_id=scale.id)
        self._say(self.tr("{name} version {version} was added to the library. Counsellors can give it now.").format(
            name=scale.name.get(self.ctx.language), version=scale.version), OK_STYLE)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.import_button.setEnabled(self.definition is not None)
        self.licence_note.setEnabled(self.definition is not None)

    def _say(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    # -- lock -----------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget the chosen file and what was typed (the records lock)."""
        self._forget_file()
        self.licence_note.clear()
        self.file_label.setText(self.tr("No file chosen."))
        self.model.clear()
        self.details.clear()
        self._update_buttons()
