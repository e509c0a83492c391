"""Choosing the drive the quarterly archive goes to: removable drives listed with name and
free space (refreshed while the list is shown, so a stick plugged in now appears), another
folder if need be, and a second confirmation for anything that is not removable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from counselroom.ui import drives as drives_mod
from counselroom.ui.backup_text import size_text
from counselroom.ui.styles import AMBER_BOX_STYLE, UNAVAILABLE_INK
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.hint_label import hint_label

WARNING_STYLE = AMBER_BOX_STYLE
#: How often the list looks for drives plugged in or pulled out while it is shown.
POLL_MS = 3000
PATH_ROLE = Qt.ItemDataRole.UserRole


class DrivePicker(QWidget):
    """``target()`` is the chosen folder; ``confirmed()`` says whether it may be written to
    without asking (a removable drive, or a second confirmation given)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drivePicker")
        self._other: Path | None = None
        self._last_target: Path | None = None
        self._drives: list[drives_mod.Drive] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.list = QListWidget(self)
        self.list.setObjectName("driveList")
        self.list.setSpacing(2)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.list.currentItemChanged.connect(self._chosen)
        layout.addWidget(self.list, 1)
        self.empty = hint_label("", self, "noDrive")
        layout.addWidget(self.empty)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.refresh_button = action_button(
            self, "refreshDrives", self.tr("Refresh"), self.tr("Look again for drives that were plugged in"),
            self.refresh)
        self.other_button = action_button(
            self, "otherFolder", self.tr("Another folder…"),
            self.tr("Write the archive into a folder of your choice"), self.choose_folder)
        row.addWidget(self.refresh_button)
        row.addWidget(self.other_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.warning = QLabel(self)
        self.warning.setObjectName("notRemovable")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        layout.addWidget(self.warning)
        self.confirm = QCheckBox(self.tr("I understand, and still want the archive written here"), self)
        self.confirm.setObjectName("confirmNotRemovable")
        self.confirm.hide()
        self.confirm.toggled.connect(self.changed)
        layout.addWidget(self.confirm)

        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.refresh)

    # -- what is chosen ----------------------------------------------------------------------
    def target(self) -> Path | None:
        item = self.list.currentItem()
        return None if item is None else Path(item.data(PATH_ROLE))

    def drive(self) -> drives_mod.Drive | None:
        target = self.target()
        if target is None:
            return None
        listed = next((d for d in self._drives if d.root == target), None)
        return listed or drives_mod.drive_of(target)

    def removable(self) -> bool:
        drive = self.drive()
        return drive is not None and drive.removable

    def confirmed(self) -> bool:
        return self.target() is not None and (self.removable() or self.confirm.isChecked())

    # -- the list --------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
        self._poll.start()

    def hideEvent(self, event) -> None:
        self._poll.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        current = self.target()
        drives = [d for d in drives_mod.list_drives() if not d.read_only]
        if [(d.root, d.free) for d in drives] == [(d.root, d.free) for d in self._drives] and self.list.count():
            return
        self._drives = drives
        self.list.blockSignals(True)
        self.list.clear()
        for drive in drives:
            self._add(drive.root, self._drive_text(drive), removable=drive.removable)
        if self._other is not None and all(d.root != self._other for d in drives):
            self._add(self._other, self._folder_text(self._other), removable=False)
        self.list.blockSignals(False)
        paths = [Path(self.list.item(i).data(PATH_ROLE)) for i in range(self.list.count())]
        if current in paths:
            self.list.setCurrentRow(paths.index(current))
        else:
            # Propose a removable drive only: anything else must be chosen on purpose.
            first = next((i for i, d in enumerate(drives) if d.removable), -1)
            self.list.setCurrentRow(first)
        if not any(d.removable for d in drives):
            self.empty.setText(self.tr("No USB drive found. Plug in the archive drive; it appears here by "
                                       "itself (or press Refresh)."))
            self.empty.show()
        else:
            self.empty.hide()
        self._chosen()

    def _add(self, root: Path, text: str, *, removable: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(PATH_ROLE, str(root))
        if not removable:
            item.setForeground(QColor(UNAVAILABLE_INK))
        self.list.addItem(item)

    def _drive_text(self, drive: drives_mod.Drive) -> str:
        kind = self.tr("USB drive") if drive.removable else self.tr("Drive of this computer")
        if drive.total:
            space = self.tr("{free} free of {total}").format(free=size_text(drive.free), total=size_text(drive.total))
        else:
            space = self.tr("{free} free").format(free=size_text(drive.free))
        return self.tr("{name} ({kind}) — {path} — {space}").format(name=drive.name, kind=kind, path=str(drive.root),
                                                                   space=space)

    def _folder_text(self, folder: Path) -> str:
        drive = drives_mod.drive_of(folder)
        if drive is None:
            return str(folder)
        return self.tr("{path} — {free} free").format(path=str(folder), free=size_text(drive.free))

    def choose_folder(self) -> None:
        start = str(self.target() or Path.home())
        path = QFileDialog.getExistingDirectory(self, self.tr("Write the archive into which folder?"), start)
        if path:
            self.set_folder(Path(path))

    def set_folder(self, folder: Path) -> None:
        """Choose ``folder`` (the "Another folder…" button, and tests)."""
        self._other = folder
        self._drives = []          # rebuild the list with the folder in it
        self.list.clear()
        self.refresh()
        for i in range(self.list.count()):
            if Path(self.list.item(i).data(PATH_ROLE)) == folder:
                self.list.setCurrentRow(i)
                break

    def _chosen(self, *_args) -> None:
        target = self.target()
        if target != self._last_target:
            self.confirm.setChecked(False)   # a confirmation is for one place only
            self._last_target = target
        needs_confirmation = target is not None and not self.removable()
        if needs_confirmation:
            self.warning.setText(self.tr(
                "{path} is not a removable drive. The archive is meant to leave this computer and be locked "
                "away: on the computer's own disk it is lost with the computer, and anyone who finds the file "
                "needs only the passphrase.").format(path=str(target)))
        self.warning.setVisible(needs_confirmation)
        self.confirm.setVisible(needs_confirmation)
        self.changed.emit()
