"""The banner over an opened quarterly archive: read-only, which quarter and file, whose seal; and Close."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from counselroom.services.archive import ArchiveReader, Provenance
from counselroom.ui.archive_about import provenance_text
from counselroom.ui.archive_records_html import exported_text
from counselroom.ui.styles import ARCHIVE_BG, ARCHIVE_BORDER, DRAFT_INK, ERROR_STYLE, OK_STYLE, SURFACE
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.hint_label import hint_label

BANNER_STYLE = (f"#archiveBanner {{ background: {ARCHIVE_BG}; border: 1px solid {ARCHIVE_BORDER};"
                " border-radius: 6px; } #archiveBanner QLabel { background: transparent; }")
READ_ONLY_BADGE = (f"background: {DRAFT_INK}; color: {SURFACE}; border-radius: 4px; padding: 2px 8px;"
                   " font-weight: 600;")


class ArchiveBanner(QFrame):
    """Across the top of the archive viewer. Its sentences keep the ``ArchiveViewer`` translation context."""

    def __init__(self, parent: QWidget, close: Callable[[], object]) -> None:
        super().__init__(parent)
        self.setObjectName("archiveBanner")
        self.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(14)
        badge = QLabel(QCoreApplication.translate("ArchiveViewer", "READ-ONLY"), self)
        badge.setObjectName("readOnlyBadge")
        badge.setStyleSheet(READ_ONLY_BADGE)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(3)
        self.title = QLabel(self)
        self.title.setObjectName("archiveBannerTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName("archiveBannerDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Whether this is the archive as this room exported it (its seal), or one that only opens.
        self.provenance_label = QLabel(self)
        self.provenance_label.setObjectName("archiveProvenance")
        self.provenance_label.setWordWrap(True)
        self.provenance_label.hide()
        note = hint_label(QCoreApplication.translate(
            "ArchiveViewer",
            "Nothing here can be changed. The archive is held in memory only and is forgotten when this window "
            "closes or the records lock. Printing and saving are recorded in the audit log."), self)
        for widget in (self.title, self.details, self.provenance_label, note):
            column.addWidget(widget)
        row.addLayout(column, 1)
        self.close_button = action_button(
            self, "closeArchive", QCoreApplication.translate("ArchiveViewer", "Close archive"),
            QCoreApplication.translate("ArchiveViewer", "Close the archive and forget its contents (Ctrl+W)"), close)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_reader(self, reader: ArchiveReader) -> None:
        self.title.setText(QCoreApplication.translate("ArchiveViewer", "Quarterly archive {quarter} · {room}").format(
            quarter=str(reader.quarter), room=reader.room_name or "—"))
        self.details.setText(QCoreApplication.translate(
            "ArchiveViewer", "Exported {time} by {name} · file {file} · SHA-256 {sha}…").format(
                time=exported_text(reader.exported_at), name=reader.exported_by or "—",
                file=reader.file_name or "—", sha=reader.sha256[:16]))
        self.details.setToolTip(QCoreApplication.translate(
            "ArchiveViewer", "SHA-256 of the archive file: {sha}").format(sha=reader.sha256))
        provenance = provenance_text(reader)
        self.provenance_label.setText(provenance)
        self.provenance_label.setStyleSheet(
            ERROR_STYLE if reader.provenance is Provenance.NOT_AS_EXPORTED else OK_STYLE)
        self.provenance_label.setVisible(bool(provenance))

    def clear(self) -> None:
        """Forget the archive's quarter, room and file."""
        self.title.clear()
        self.details.clear()
        self.details.setToolTip("")
