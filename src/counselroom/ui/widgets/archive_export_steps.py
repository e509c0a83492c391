"""The first two steps of archiving a quarter: which quarter (what it holds, what is not settled), which drive."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.plural import plural
from counselroom.services.archive import ArchivePreview, ArchiveService, Quarter, UnsettledItem
from counselroom.ui.messages import error_text
from counselroom.ui.record_counts import count_label
from counselroom.ui.styles import BOLD, HINT_STYLE
from counselroom.ui.widgets.drive_picker import WARNING_STYLE, DrivePicker
from counselroom.ui.widgets.form import FieldError
from counselroom.ui.widgets.hint_label import hint_label

#: Quarters offered besides the last complete one (three years back).
QUARTERS_BACK = 11
#: Counts shown per row in the preview.
COUNT_PAIRS = 3
#: Unsettled records listed by name in the preview (the rest are counted).
UNSETTLED_SHOWN = 5


def quarter_label(quarter: Quarter) -> str:
    """"2026 Q3 (07-01 to 09-30)" — the quarter and the days it covers."""
    return QCoreApplication.translate("ArchiveExportDialog", "{year} Q{number} ({first} to {last})").format(
        year=quarter.year, number=quarter.number, first=quarter.first_day.strftime("%m-%d"),
        last=quarter.last_day.strftime("%m-%d"))


def unsettled_text(item: UnsettledItem) -> str:
    day = item.day.isoformat() if item.day else "—"
    who = item.counsellor or "—"
    if item.kind == "visit":
        text = QCoreApplication.translate("ArchiveExportDialog", "Visit record of {day} ({counsellor}): not signed")
    elif item.kind == "test":
        text = QCoreApplication.translate("ArchiveExportDialog", "Test of {day} ({counsellor}): not signed")
    else:
        text = QCoreApplication.translate("ArchiveExportDialog", "Crisis of {day} ({counsellor}): still open")
    return text.format(day=day, counsellor=who)


def note_box(name: str, style: str) -> QLabel:
    """A hidden, selectable rich-text box for a step's warnings and outcomes."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(style)
    label.hide()
    return label


class QuarterStep(QWidget):
    """The quarter to archive, its counts, and the unsettled records the supervisor acknowledges."""

    def __init__(self, service: ArchiveService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.preview: ArchivePreview | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        intro = hint_label(QCoreApplication.translate(
            "ArchiveExportDialog",
            "Each quarter's records go onto a USB drive, encrypted, as one file. After the archive has been "
            "written and checked, the quarter's visit records and tests can no longer be changed here; an "
            "addendum is still possible and goes into the next quarter's archive."), self)
        column.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("ArchiveExportDialog", "Quarter:"), self))
        self.quarter_box = QComboBox(self)
        self.quarter_box.setObjectName("archiveQuarter")
        self.quarter_box.currentIndexChanged.connect(self.quarter_changed)
        row.addWidget(self.quarter_box, 1)
        column.addLayout(row)
        self.archived_note = note_box("alreadyArchived", WARNING_STYLE)
        column.addWidget(self.archived_note)
        holds = QLabel(QCoreApplication.translate("ArchiveExportDialog", "What the archive will hold:"), self)
        holds.setStyleSheet(BOLD)
        column.addWidget(holds)
        self.counts_holder = QWidget(self)
        self.counts_holder.setObjectName("archiveCounts")
        self.counts_grid = QGridLayout(self.counts_holder)
        self.counts_grid.setContentsMargins(12, 0, 0, 0)
        self.counts_grid.setHorizontalSpacing(10)
        self.counts_grid.setVerticalSpacing(4)
        column.addWidget(self.counts_holder)
        self.unsettled_box = note_box("unsettledBox", WARNING_STYLE)
        column.addWidget(self.unsettled_box)
        self.acknowledge = QCheckBox(QCoreApplication.translate(
            "ArchiveExportDialog", "I have seen these and archive them as they are"), self)
        self.acknowledge.setObjectName("acknowledgeUnsettled")
        self.acknowledge.hide()
        column.addWidget(self.acknowledge)
        self.acknowledge_error = FieldError(self)
        self.acknowledge_error.setObjectName("acknowledgeError")
        self.acknowledge.toggled.connect(self.acknowledge_error.hide)
        column.addWidget(self.acknowledge_error)
        column.addStretch(1)

    def fill_quarters(self) -> None:
        suggested = self.service.suggested_quarter()
        archived = {e.quarter: e for e in reversed(self.service.exports())}   # the first export of each
        quarter = suggested
        self.quarter_box.blockSignals(True)
        for _ in range(QUARTERS_BACK + 1):
            text = quarter_label(quarter)
            if quarter in archived:
                text = QCoreApplication.translate("ArchiveExportDialog", "{quarter} — archived on {day}").format(
                    quarter=text, day=archived[quarter].exported_at.astimezone().strftime("%Y-%m-%d"))
            self.quarter_box.addItem(text, str(quarter))
            quarter = quarter.previous()
        self.quarter_box.blockSignals(False)
        self.quarter_box.setCurrentIndex(0)
        self.quarter_changed()

    def quarter(self) -> Quarter:
        return Quarter.parse(self.quarter_box.currentData())

    def quarter_changed(self, *_args) -> None:
        """Show what the chosen quarter's archive will hold; the acknowledgement starts again."""
        self.acknowledge.setChecked(False)
        self.acknowledge_error.hide()
        try:
            self.preview = self.service.preview(self.quarter())
        except CounselRoomError as err:
            self.preview = None
            self._show_counts({})
            self.unsettled_box.setText(html.escape(error_text(err)))
            self.unsettled_box.show()
            return
        self._show_preview(self.preview)

    def _show_counts(self, counts: dict[str, int]) -> None:
        """Three "kind  count" pairs a row, so the whole list fits without scrolling."""
        while self.counts_grid.count():
            item = self.counts_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for index, (table, count) in enumerate(counts.items()):
            row, pair = divmod(index, COUNT_PAIRS)
            name = QLabel(count_label(table), self.counts_holder)
            name.setStyleSheet(HINT_STYLE)
            value = QLabel(f"{count:,}", self.counts_holder)
            value.setObjectName(f"count_{table}")
            value.setStyleSheet(BOLD)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts_grid.addWidget(name, row, pair * 3)
            self.counts_grid.addWidget(value, row, pair * 3 + 1)
        for pair in range(COUNT_PAIRS):
            self.counts_grid.setColumnMinimumWidth(pair * 3 + 2, 28)   # a gap between the pairs
            self.counts_grid.setColumnStretch(pair * 3 + 2, 1)

    def _show_preview(self, preview: ArchivePreview) -> None:
        self._show_counts(preview.counts)
        if preview.already_archived:
            last = preview.exports[0]
            self.archived_note.setText(html.escape(QCoreApplication.translate(
                "ArchiveExportDialog",
                "This quarter was archived on {day} by {who} ({file}). Archiving it again writes a new copy; "
                "the earlier one stays valid.").format(
                day=last.exported_at.astimezone().strftime("%Y-%m-%d %H:%M"), who=last.exported_by_name,
                file=last.file_name)))
        self.archived_note.setVisible(preview.already_archived)
        if preview.unsettled:
            parts = []
            if preview.unsigned_visits:
                parts.append(plural(
                    preview.unsigned_visits,
                    QCoreApplication.translate("ArchiveExportDialog", "{count} unsigned visit record"),
                    QCoreApplication.translate("ArchiveExportDialog", "{count} unsigned visit records"))
                    .format(count=preview.unsigned_visits))
            if preview.unsigned_tests:
                parts.append(plural(
                    preview.unsigned_tests, QCoreApplication.translate("ArchiveExportDialog", "{count} unsigned test"),
                    QCoreApplication.translate("ArchiveExportDialog", "{count} unsigned tests"))
                    .format(count=preview.unsigned_tests))
            if preview.open_crises:
                parts.append(plural(
                    preview.open_crises, QCoreApplication.translate("ArchiveExportDialog", "{count} open crisis"),
                    QCoreApplication.translate("ArchiveExportDialog", "{count} open crises"))
                    .format(count=preview.open_crises))
            lines = ["<b>" + html.escape(QCoreApplication.translate(
                "ArchiveExportDialog", "Not settled in this quarter: {what}.").format(
                what=QCoreApplication.translate("ArchiveExportDialog", ", ").join(parts))) + "</b>"]
            ordered = sorted(preview.unsettled, key=lambda u: (u.kind != "visit", u.kind != "test",
                                                              u.day or preview.quarter.first_day))
            shown = ordered[:UNSETTLED_SHOWN]
            lines += ["• " + html.escape(unsettled_text(item)) for item in shown]
            if len(preview.unsettled) > len(shown):
                lines.append(html.escape(QCoreApplication.translate("ArchiveExportDialog", "… and {count} more")
                                         .format(count=len(preview.unsettled) - len(shown))))
            lines.append(html.escape(QCoreApplication.translate(
                "ArchiveExportDialog",
                "Best: ask the counsellors to sign these records first, then archive. Otherwise unsigned records "
                "are archived as drafts. A crisis still open is archived as it stands, and again with the "
                "next quarter.")))
            self.unsettled_box.setText("<br>".join(lines))
        self.unsettled_box.setVisible(bool(preview.unsettled))
        self.acknowledge.setVisible(bool(preview.unsettled))

    def check(self) -> bool:
        """Whether the export may go on: records left unsettled must have been acknowledged."""
        if self.preview is None:
            return False
        if self.preview.needs_acknowledgement and not self.acknowledge.isChecked():
            self.acknowledge_error.setText(error_text(ValidationError(
                "acknowledged", "archive.unsettled", count=len(self.preview.unsettled))))
            self.acknowledge_error.show()
            self.acknowledge.setFocus()
            return False
        return True


class DriveStep(QWidget):
    """The USB drive the archive goes onto: chosen, confirmed by the supervisor, checked by the service."""

    def __init__(self, service: ArchiveService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.intro = hint_label("", self)
        column.addWidget(self.intro)
        self.drives = DrivePicker(self)
        self.drives.changed.connect(self._drive_changed)
        column.addWidget(self.drives, 1)
        self.error = FieldError(self)
        self.error.setObjectName("driveError")
        column.addWidget(self.error)

    def _drive_changed(self) -> None:
        self.error.hide()

    def _failed(self, err: CounselRoomError) -> None:
        self.error.setText(error_text(err))
        self.error.show()

    def check(self, quarter: Quarter) -> bool:
        """Whether ``quarter``'s archive can go onto the chosen drive; if not, says why under it."""
        target = self.drives.target()
        if target is None:
            self._failed(ValidationError("target", "archive.no_target"))
            return False
        if not self.drives.confirmed():
            self._failed(ValidationError("target", "archive.target_not_confirmed"))
            self.drives.confirm.setFocus()
            return False
        try:
            self.service.check_target(quarter, target)
        except CounselRoomError as err:
            self._failed(err)
            return False
        return True
