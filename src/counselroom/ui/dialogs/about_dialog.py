"""About CounselRoom (Help menu): the version, what it runs on, and the licence of every
component shipped with it (``resources/licenses/``, written by ``installer/collect_licenses.py``)."""

from __future__ import annotations

import json
import platform

import PySide6
from PySide6.QtCore import QModelIndex, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QDialog, QFrame, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout,
    QWidget,
)

from counselroom import APP_NAME, __version__
from counselroom.resources import resource_path
from counselroom.ui.models.licensed_components_model import (
    COL_LICENCE, COL_NAME, COL_VERSION, ComponentsModel, LicensedComponent,
)
from counselroom.ui.styles import BOLD, ERROR_STYLE, HINT_STYLE
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

# The product's Chinese name, shown with ``APP_NAME`` in both languages (a name, not a phrase).
APP_NAME_ZH = "心理咨询室档案管理"
INDEX = ("licenses", "index.json")
ICON = ("icons", "counselroom.png")
ICON_SIZE = 64
# What the LGPL paragraph names; kept out of the sentence so a translation holds no English.
LGPL_NAME = "GNU Lesser General Public License version 3 (LGPL-3.0)"
QT_FOLDER = "_internal/PySide6/"
SHIBOKEN_FOLDER = "_internal/shiboken6/"
QT_SOURCE_URL = "https://download.qt.io/official_releases/"
SEPARATOR = "\n\n" + "=" * 72 + "\n\n"


def load_components() -> list[LicensedComponent]:
    """The components listed in ``resources/licenses/index.json``; raises OSError or ValueError."""
    data = json.loads(resource_path(*INDEX).read_text(encoding="utf-8"))
    return [LicensedComponent(str(c["name"]), str(c.get("version") or ""), str(c["licence"]),
                              tuple(c["files"]), str(c.get("note") or "")) for c in data["components"]]


def licence_text(component: LicensedComponent) -> str:
    """The component's licence texts, one after the other (e.g. Qt's notice, LGPL-3.0, GPL-3.0)."""
    parts = []
    for name in component.files:
        try:
            parts.append(resource_path("licenses", name).read_text(encoding="utf-8").strip("\n"))
        except (OSError, UnicodeDecodeError):
            parts.append(f"[{name}: ?]")
    return SEPARATOR.join(parts) + "\n"


def runtime_versions() -> str:
    """Python, Qt and PySide6 as they run now (product names and numbers, the same in every language)."""
    return f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PySide6.__version__}"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About CounselRoom"))
        outer = QVBoxLayout(self)
        outer.setSpacing(10)

        # -- who and which version --------------------------------------------------------------
        head = QHBoxLayout()
        head.setSpacing(16)
        self.icon_label: QLabel | None = None
        icon = resource_path(*ICON)
        if icon.is_file():
            pixmap = QPixmap(str(icon))
            if not pixmap.isNull():
                ratio = self.devicePixelRatioF()
                pixmap = pixmap.scaled(round(ICON_SIZE * ratio), round(ICON_SIZE * ratio),
                                       Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
                pixmap.setDevicePixelRatio(ratio)
                self.icon_label = QLabel(self)
                self.icon_label.setObjectName("aboutIcon")
                self.icon_label.setPixmap(pixmap)
                self.icon_label.setFixedSize(ICON_SIZE, ICON_SIZE)
                head.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        self.name_label = QLabel(f"{APP_NAME_ZH}  {APP_NAME}", self)
        self.name_label.setObjectName("aboutName")
        self.name_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__), self)
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setStyleSheet("font-size: 11pt;")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_label = QLabel(self.tr(
            "Encrypted, offline records for a school's psychological counselling room, kept on this PC only."),
            self)
        self.description_label.setObjectName("aboutDescription")
        self.description_label.setWordWrap(True)
        self.runtime_label = QLabel(self.tr("Runs on {components}").format(components=runtime_versions()), self)
        self.runtime_label.setObjectName("aboutRuntime")
        self.runtime_label.setStyleSheet(HINT_STYLE)
        self.runtime_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.name_label, self.version_label, self.description_label, self.runtime_label):
            texts.addWidget(label)
        head.addLayout(texts, 1)
        outer.addLayout(head)

        # -- the components and the selected one's licence --------------------------------------------
        outer.addSpacing(4)
        self.components_hint = QLabel(self.tr(
            "CounselRoom includes these free and open-source components. Select one to read its licence."),
            self)
        self.components_hint.setObjectName("componentsHint")
        self.components_hint.setWordWrap(True)
        outer.addWidget(self.components_hint)

        self.model = ComponentsModel(self)
        self.table = RecordTable("licenceComponents", sorted_proxy(self.model, self), self, sort_column=COL_NAME,
                                 row_height=26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_VERSION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LICENCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("licenceText")
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(9.0, self.font().pointSizeF() - 1))
        self.text_view.setFont(mono)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter, 1)
        self.splitter = splitter

        # -- replacing Qt and PySide6 (LGPL-3.0) ----------------------------------------------------------
        box = QFrame(self)
        box.setObjectName("lgplBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(10, 8, 10, 8)
        box_layout.setSpacing(4)
        lgpl_heading = QLabel(self.tr("Replacing Qt and {pyside}").format(pyside="PySide6"), box)
        lgpl_heading.setStyleSheet(BOLD)
        self.lgpl_label = QLabel(self.tr(
            "Qt and {pyside} are used unmodified under the {lgpl}. You may replace them with your own or a "
            "modified build: in the installed application their shared libraries are separate files in the "
            "{folder} folder (and {shiboken_folder}), and compatible builds of the same version ({version}) can "
            "be put in their place.").format(
                pyside="PySide6", lgpl=LGPL_NAME, folder=QT_FOLDER, shiboken_folder=SHIBOKEN_FOLDER,
                version=qVersion()), box)
        self.lgpl_label.setObjectName("lgplParagraph")
        self.lgpl_label.setWordWrap(True)
        self.source_label = QLabel(self.tr("Source code of Qt and {pyside}, from the Qt Project: {url}").format(
            pyside="PySide6", url=QT_SOURCE_URL), box)
        self.source_label.setObjectName("qtSource")
        self.source_label.setWordWrap(True)
        box_layout.addWidget(lgpl_heading)
        for label in (self.lgpl_label, self.source_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box_layout.addWidget(label)
        outer.addWidget(box)

        # -- Close: the one button, so Enter and Esc both close ---------------------------------------------
        row = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("aboutStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(ERROR_STYLE)
        row.addWidget(self.status, 1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeAbout")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        outer.addLayout(row)

        self.table.selectionModel().currentRowChanged.connect(self._show_licence)
        self._load()
        self.setMinimumSize(680, 560)
        # Fits a 1366 x 768 screen (a common school PC) with its title bar.
        available = self.screen().availableGeometry()
        self.resize(min(920, available.width() - 40), min(760, available.height() - 60))
        self.table.setFocus()

    def _load(self) -> None:
        try:
            components = load_components()
        except (OSError, ValueError, KeyError, TypeError):
            components = []
        self.model.set_rows(components)
        if not components:
            self.status.setText(self.tr("The licence texts are missing from this installation ({file}).")
                                .format(file="/".join(INDEX)))
            return
        self.table.selectRow(0)
        self.table.setCurrentIndex(self.table.model().index(0, 0))

    def _show_licence(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            self.text_view.clear()
            return
        component = self.table.record_at(current)
        self.text_view.setPlainText(licence_text(component))
        self.text_view.moveCursor(QTextCursor.MoveOperation.Start)

    def select_component(self, name: str) -> bool:
        """Select the component called ``name`` (its licence shows); False if it is not listed."""
        return self.table.select_record(name)
