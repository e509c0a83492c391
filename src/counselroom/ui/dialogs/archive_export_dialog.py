"""Archiving a quarter (归档, R12), for the supervisor, in four steps: the quarter and what it
holds, the USB drive, the passphrase, then the export with its progress, result and receipt.

The export runs on a worker thread (``ArchiveService.export`` uses a connection of its own);
progress comes back through a signal. It can be stopped until the read-back check starts.
Whatever goes wrong, the dialog says so in one sentence and keeps every choice, so the
supervisor goes back one step and tries again.
"""

from __future__ import annotations

import html
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QMessageBox, QProgressBar,
    QStackedWidget, QVBoxLayout, QWidget,
)

from counselroom.domain.archive import COUNTED_KINDS
from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.domain.plural import plural
from counselroom.services.archive import ArchivePreview, ArchiveResult, ArchiveService, Quarter, UnsettledItem
from counselroom.services.printing import PrintService
from counselroom.ui.context import AppContext
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.backups_dialog import size_text
from counselroom.ui.dialogs.guarded_dialog import GuardedDialog
from counselroom.ui.messages import error_text, message
from counselroom.ui.printing import print_pdf, save_pdf
from counselroom.ui.record_counts import count_label
from counselroom.ui.styles import BOLD, ERROR_STYLE, HINT_STYLE
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.drive_picker import WARNING_STYLE, DrivePicker
from counselroom.ui.widgets.form import FieldError
from counselroom.ui.widgets.passphrase_chooser import PassphraseChooser
from counselroom.ui.workers import run_in_background

SUCCESS_STYLE = ("background: #e8f5e9; border: 1px solid #8bc34a; border-radius: 6px;"
                 " padding: 10px 12px; color: #1b5e20;")
FAILURE_STYLE = ("background: #fdecea; border: 1px solid #e6a19b; border-radius: 6px;"
                 " padding: 10px 12px; color: #5c1411;")
#: Quarters offered besides the last complete one (three years back).
QUARTERS_BACK = 11
#: Counts shown per row in the preview.
COUNT_PAIRS = 3
#: Unsettled records listed by name in the preview (the rest are counted).
UNSETTLED_SHOWN = 5
QUARTER_STEP, DRIVE_STEP, PASSPHRASE_STEP, RUN_STEP = range(4)
STAGES = ("gather", "database", "case_files", "pack", "write", "verify")
#: Where a failure sends the supervisor back to.
_STEP_OF_ERROR = {
    "archive.target_missing": DRIVE_STEP, "archive.exists": DRIVE_STEP, "archive.disk_full": DRIVE_STEP,
    "archive.target_read_only": DRIVE_STEP, "archive.write_failed": DRIVE_STEP, "archive.verify_failed": DRIVE_STEP,
    "archive.unsettled": QUARTER_STEP, "archive.quarter_not_over": QUARTER_STEP,
    "archive.changed_during_export": QUARTER_STEP, "archive.recovered": QUARTER_STEP,
    "archive.passphrase_empty": PASSPHRASE_STEP, "archive.passphrase_spaces": PASSPHRASE_STEP,
    "archive.passphrase_control": PASSPHRASE_STEP, "archive.passphrase_weak": PASSPHRASE_STEP,
}
PRINTED_DOCUMENT = "archive_receipt"   # how the audit log names a printed receipt


def quarter_label(quarter: Quarter) -> str:
    """"2026 Q3 (07-01 to 09-30)" — the quarter and the days it covers."""
    return QCoreApplication.translate("ArchiveExportDialog", "{year} Q{number} ({first} to {last})").format(
        year=quarter.year, number=quarter.number, first=quarter.first_day.strftime("%m-%d"),
        last=quarter.last_day.strftime("%m-%d"))


def stage_label(stage: str) -> str:
    return {
        "gather": QCoreApplication.translate("ArchiveExportDialog", "Gather the quarter's records"),
        "database": QCoreApplication.translate("ArchiveExportDialog", "Write the records database"),
        "case_files": QCoreApplication.translate("ArchiveExportDialog", "Make a PDF case file per client"),
        "pack": QCoreApplication.translate("ArchiveExportDialog", "Encrypt (7-Zip AES-256)"),
        "write": QCoreApplication.translate("ArchiveExportDialog", "Write it to the drive"),
        "verify": QCoreApplication.translate("ArchiveExportDialog",
                                             "Read it back from the drive and check it"),
    }[stage]


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


def grouped_hash(digest: str) -> str:
    """A SHA-256 in groups of eight, so it can be compared by eye."""
    return " ".join(digest[i:i + 8] for i in range(0, len(digest), 8))


def send_receipt(parent: QWidget, ctx: AppContext, pdf: bytes, *, file_name: str, export_id: int, how: str,
                 with_passphrase: bool = False) -> bool:
    """Print (``how`` = "print") or save ("pdf") an archive receipt; audited once it went out."""
    if how == "print":
        done = print_pdf(pdf, parent, QCoreApplication.translate("ArchiveExportDialog", "Archive receipt"))
    else:
        warning = (QCoreApplication.translate(
            "ArchiveExportDialog", "The receipt holds no client data, but it has the passphrase on it: keep the "
                                   "file locked away, never on the archive drive.")
                   if with_passphrase else QCoreApplication.translate(
            "ArchiveExportDialog", "The receipt holds no client data: the file name, its checksum and the counts."))
        done = save_pdf(pdf, parent, f"{Path(file_name).stem}-receipt.pdf", warning) is not None
    if done:
        PrintService(ctx.session, ctx.language).record_output(PRINTED_DOCUMENT, export_id, how)
    return done


class _Progress(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""
    moved = Signal(str, float)


def _box(name: str, style: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(style)
    label.hide()
    return label


class ArchiveExportDialog(GuardedDialog):
    # an ArchiveResult, after a verified export (the archive page lists it)
    exported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ArchiveService(ctx.session, ctx.language)
        self.preview: ArchivePreview | None = None
        self.result: ArchiveResult | None = None
        self.running = False
        self._cancel = threading.Event()
        self._stage = ""
        self._failure_code = ""
        self.setObjectName("archiveExportDialog")
        self.setWindowTitle(self.tr("Archive a quarter"))
        self.resize(780, 700)
        self.setMinimumSize(640, 560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(12)
        self.steps_label = QLabel(self)
        self.steps_label.setObjectName("archiveSteps")
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.steps_label)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #d9d6cf;")
        layout.addWidget(line)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._quarter_step())
        self.stack.addWidget(self._drive_step())
        self.stack.addWidget(self._passphrase_step())
        self.stack.addWidget(self._run_step())
        layout.addWidget(self.stack, 1)

        buttons = QHBoxLayout()
        self.back_button = action_button(self, "archiveBack", self.tr("Back"), "", self.go_back)
        self.cancel_button = action_button(self, "archiveCancel", self.tr("Cancel"), "", self.reject)
        self.next_button = action_button(self, "archiveNext", self.tr("Next"), "", self.go_next)
        self.next_button.setDefault(True)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)

        self._fill_quarters()
        self._show_step(QUARTER_STEP)

    # -- step 1: the quarter ----------------------------------------------------------------------
    def _step_page(self, intro: str = "") -> tuple[QWidget, QVBoxLayout]:
        """A step's page and its column, headed by ``intro`` in grey."""
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        if intro:
            label = QLabel(intro, page)
            label.setWordWrap(True)
            label.setStyleSheet(HINT_STYLE)
            column.addWidget(label)
        return page, column

    def _quarter_step(self) -> QWidget:
        page, column = self._step_page(self.tr(
            "Each quarter's records go onto a USB drive, encrypted, as one file. After the archive has been "
            "written and checked, the quarter's visit records and tests can no longer be changed here; an "
            "addendum is still possible and goes into the next quarter's archive."))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Quarter:"), page))
        self.quarter_box = QComboBox(page)
        self.quarter_box.setObjectName("archiveQuarter")
        self.quarter_box.currentIndexChanged.connect(self._quarter_changed)
        row.addWidget(self.quarter_box, 1)
        column.addLayout(row)
        self.archived_note = _box("alreadyArchived", WARNING_STYLE)
        column.addWidget(self.archived_note)
        holds = QLabel(self.tr("What the archive will hold:"), page)
        holds.setStyleSheet(BOLD)
        column.addWidget(holds)
        self.counts_holder = QWidget(page)
        self.counts_holder.setObjectName("archiveCounts")
        self.counts_grid = QGridLayout(self.counts_holder)
        self.counts_grid.setContentsMargins(12, 0, 0, 0)
        self.counts_grid.setHorizontalSpacing(10)
        self.counts_grid.setVerticalSpacing(4)
        column.addWidget(self.counts_holder)
        self.unsettled_box = _box("unsettledBox", WARNING_STYLE)
        column.addWidget(self.unsettled_box)
        self.acknowledge = QCheckBox(self.tr("I have seen these and archive them as they are"), page)
        self.acknowledge.setObjectName("acknowledgeUnsettled")
        self.acknowledge.hide()
        column.addWidget(self.acknowledge)
        self.acknowledge_error = FieldError(page)
        self.acknowledge_error.setObjectName("acknowledgeError")
        self.acknowledge.toggled.connect(self.acknowledge_error.hide)
        column.addWidget(self.acknowledge_error)
        column.addStretch(1)
        return page

    def _fill_quarters(self) -> None:
        suggested = self.service.suggested_quarter()
        archived = {e.quarter: e for e in reversed(self.service.exports())}   # the first export of each
        quarter = suggested
        self.quarter_box.blockSignals(True)
        for _ in range(QUARTERS_BACK + 1):
            text = quarter_label(quarter)
            if quarter in archived:
                text = self.tr("{quarter} — archived on {day}").format(
                    quarter=text, day=archived[quarter].exported_at.astimezone().strftime("%Y-%m-%d"))
            self.quarter_box.addItem(text, str(quarter))
            quarter = quarter.previous()
        self.quarter_box.blockSignals(False)
        self.quarter_box.setCurrentIndex(0)
        self._quarter_changed()

    def quarter(self) -> Quarter:
        return Quarter.parse(self.quarter_box.currentData())

    def _quarter_changed(self, *_args) -> None:
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
            if item.widget() is not None:
                item.widget().deleteLater()
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
            self.archived_note.setText(html.escape(self.tr(
                "This quarter was archived on {day} by {who} ({file}). Archiving it again writes a new copy; "
                "the earlier one stays valid.").format(
                day=last.exported_at.astimezone().strftime("%Y-%m-%d %H:%M"), who=last.exported_by_name,
                file=last.file_name)))
        self.archived_note.setVisible(preview.already_archived)
        if preview.unsettled:
            parts = []
            if preview.unsigned_visits:
                parts.append(plural(preview.unsigned_visits, self.tr("{count} unsigned visit record"),
                                    self.tr("{count} unsigned visit records")).format(count=preview.unsigned_visits))
            if preview.unsigned_tests:
                parts.append(plural(preview.unsigned_tests, self.tr("{count} unsigned test"),
                                    self.tr("{count} unsigned tests")).format(count=preview.unsigned_tests))
            if preview.open_crises:
                parts.append(plural(preview.open_crises, self.tr("{count} open crisis"),
                                    self.tr("{count} open crises")).format(count=preview.open_crises))
            lines = ["<b>" + html.escape(self.tr("Not settled in this quarter: {what}.").format(
                what=self.tr(", ").join(parts))) + "</b>"]
            ordered = sorted(preview.unsettled, key=lambda u: (u.kind != "visit", u.kind != "test",
                                                              u.day or preview.quarter.first_day))
            shown = ordered[:UNSETTLED_SHOWN]
            lines += ["• " + html.escape(unsettled_text(item)) for item in shown]
            if len(preview.unsettled) > len(shown):
                lines.append(html.escape(self.tr("… and {count} more").format(
                    count=len(preview.unsettled) - len(shown))))
            lines.append(html.escape(self.tr(
                "Best: ask the counsellors to sign these records first, then archive. Otherwise unsigned records "
                "are archived as drafts. A crisis still open is archived as it stands, and again with the "
                "next quarter.")))
            self.unsettled_box.setText("<br>".join(lines))
        self.unsettled_box.setVisible(bool(preview.unsettled))
        self.acknowledge.setVisible(bool(preview.unsettled))

    def _check_quarter(self) -> bool:
        if self.preview is None:
            return False
        if self.preview.needs_acknowledgement and not self.acknowledge.isChecked():
            self.acknowledge_error.setText(error_text(ValidationError(
                "acknowledged", "archive.unsettled", count=len(self.preview.unsettled))))
            self.acknowledge_error.show()
            self.acknowledge.setFocus()
            return False
        return True

    # -- step 2: the drive ------------------------------------------------------------------------
    def _drive_step(self) -> QWidget:
        page, column = self._step_page()
        self.drive_intro = QLabel(page)
        self.drive_intro.setWordWrap(True)
        self.drive_intro.setStyleSheet(HINT_STYLE)
        column.addWidget(self.drive_intro)
        self.drives = DrivePicker(page)
        self.drives.changed.connect(self._drive_changed)
        column.addWidget(self.drives, 1)
        self.drive_error = FieldError(page)
        self.drive_error.setObjectName("driveError")
        column.addWidget(self.drive_error)
        return page

    def _drive_changed(self) -> None:
        self.drive_error.hide()

    def _drive_failed(self, err: CounselRoomError) -> None:
        self.drive_error.setText(error_text(err))
        self.drive_error.show()

    def _check_drive(self) -> bool:
        target = self.drives.target()
        if target is None:
            self._drive_failed(ValidationError("target", "archive.no_target"))
            return False
        if not self.drives.confirmed():
            self._drive_failed(ValidationError("target", "archive.target_not_confirmed"))
            self.drives.confirm.setFocus()
            return False
        try:
            self.service.check_target(self.quarter(), target)
        except CounselRoomError as err:
            self._drive_failed(err)
            return False
        return True

    # -- step 3: the passphrase -------------------------------------------------------------------
    def _passphrase_step(self) -> QWidget:
        page, column = self._step_page(self.tr(
            "The archive is encrypted with a passphrase (7-Zip AES-256). Anyone who has the drive and the "
            "passphrase can read every record of the quarter, and nobody can without it — not even "
            "CounselRoom. Keep the passphrase apart from the drive, e.g. in the school's safe."))
        # The export's own: the passphrase generated here is the one it credits as generated.
        self.passphrase = PassphraseChooser(page, self.service.passphrases)
        column.addWidget(self.passphrase, 1)
        return page

    # -- step 4: the export -----------------------------------------------------------------------
    def _run_step(self) -> QWidget:
        page, column = self._step_page()
        self.run_title = QLabel(page)
        self.run_title.setObjectName("archiveRunTitle")
        self.run_title.setWordWrap(True)
        self.run_title.setStyleSheet("font-size: 12pt;" + BOLD)
        column.addWidget(self.run_title)
        self.progress = QProgressBar(page)
        self.progress.setObjectName("archiveProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        column.addWidget(self.progress)
        self.stage_list = QLabel(page)
        self.stage_list.setObjectName("archiveStages")
        self.stage_list.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.stage_list)
        self.outcome = _box("archiveOutcome", SUCCESS_STYLE)
        column.addWidget(self.outcome)
        self.receipt_row = QWidget(page)
        row = QHBoxLayout(self.receipt_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.print_button = action_button(self.receipt_row, "printReceipt", self.tr("Print the receipt…"),
                                          self.tr("The receipt names the file, its checksum and the counts; no "
                                                  "client data"), self.print_receipt)
        self.save_button = action_button(self.receipt_row, "saveReceipt", self.tr("Save the receipt as PDF…"),
                                         self.tr("Keep the receipt as a PDF file"), self.save_receipt)
        self.with_passphrase = QCheckBox(self.tr("With the passphrase on it"), self.receipt_row)
        self.with_passphrase.setObjectName("receiptWithPassphrase")
        self.with_passphrase.setToolTip(self.tr(
            "Prints the passphrase in a box on the receipt. Keep such a receipt locked away, never with the drive."))
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(self.with_passphrase)
        row.addStretch(1)
        self.receipt_row.hide()
        column.addWidget(self.receipt_row)
        self.receipt_status = QLabel(page)
        self.receipt_status.setObjectName("receiptStatus")
        self.receipt_status.setWordWrap(True)
        column.addWidget(self.receipt_status)
        column.addStretch(1)
        return page

    def _show_stages(self, current: str, failed: bool = False) -> None:
        lines = []
        position = len(STAGES) if current == "done" else STAGES.index(current)
        for stage in STAGES:
            if STAGES.index(stage) < position:
                mark, style = "✓", "color: #1e7d32;"
            elif stage == current:
                mark, style = ("✗", ERROR_STYLE) if failed else ("›", BOLD)
            else:
                mark, style = "·", HINT_STYLE
            lines.append(f"<span style='{style}'>{mark}&nbsp;&nbsp;{html.escape(stage_label(stage))}</span>")
        self.stage_list.setText("<br>".join(lines))

    def start(self) -> None:
        quarter, target, passphrase = self.quarter(), self.drives.target(), self.passphrase.passphrase()
        acknowledged = self.acknowledge.isChecked()
        self._cancel.clear()
        self._failure_code = ""
        self.running = True
        self._stage = "gather"
        self.result = None
        self.outcome.hide()
        self.receipt_row.hide()
        self.receipt_status.clear()
        self.progress.setValue(0)
        self.run_title.setText(self.tr("Archiving {quarter} to {path}…").format(
            quarter=str(quarter), path=str(target)))
        self._show_stages("gather")
        self._show_step(RUN_STEP)
        carrier = _Progress()
        carrier.moved.connect(self._moved)
        service, cancel = self.service, self._cancel

        def work() -> ArchiveResult:
            return service.export(quarter, target, passphrase, acknowledged=acknowledged,
                                  progress=carrier.moved.emit, cancel=cancel.is_set)

        def done(result: ArchiveResult) -> None:
            carrier.deleteLater()
            if shiboken6.isValid(self):
                self._finished(result)

        def failed(exc: BaseException) -> None:
            carrier.deleteLater()
            if shiboken6.isValid(self):
                self._failed(exc)

        run_in_background(work, done, failed)

    def _moved(self, stage: str, fraction: float) -> None:
        if not self.running:
            return
        self.progress.setValue(int(fraction * 1000))
        if stage != self._stage:
            self._stage = stage
            self._show_stages(stage)
        if stage == "verify":
            # The file is complete by now: the check runs to its end (a failed check removes it).
            self.cancel_button.setEnabled(False)
            self.cancel_button.setToolTip(self.tr("The archive is being checked; this cannot be stopped."))

    def _finished(self, result: ArchiveResult) -> None:
        self.running = False
        self.result = result
        self.run_title.setText(self.tr("{quarter} archived to {path}").format(
            quarter=str(result.quarter), path=str(result.path.parent)))
        self.progress.setValue(1000)
        self._show_stages("done")
        counts = " · ".join(f"{html.escape(count_label(t))} {result.counts[t]:,}" for t in COUNTED_KINDS
                            if t in result.counts)
        lines = [
            "<b>" + html.escape(self.tr("The archive is written and checked.")) + "</b>",
            html.escape(self.tr("File: {path} ({size})").format(path=str(result.path), size=size_text(result.size))),
            html.escape(self.tr("SHA-256: {digest}").format(digest=grouped_hash(result.sha256))),
            *([html.escape(self.tr("Seal: {seal}").format(seal=grouped_hash(result.seal)))] if result.seal else []),
            counts,
            html.escape(self.tr(
                "Now print the receipt for your file, take the drive out and lock it away — apart from the "
                "passphrase. The quarter's records are read-only from now on.")),
        ]
        self.outcome.setStyleSheet(SUCCESS_STYLE)
        self.outcome.setText("<br>".join(lines))
        self.outcome.show()
        self.receipt_row.show()
        self.exported.emit(result)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if isinstance(exc, CounselRoomError):
            text = error_text(exc)
        else:
            text = message("error")
            report_unexpected(exc)
        self._show_stages(self._stage, failed=True)
        self.run_title.setText(self.tr("Archiving {quarter} did not finish").format(quarter=str(self.quarter())))
        self.outcome.setStyleSheet(FAILURE_STYLE)
        self.outcome.setText("<b>" + html.escape(self.tr("Nothing was archived.")) + "</b><br>" + html.escape(text))
        self.outcome.show()
        self._failure_code = exc.code if isinstance(exc, CounselRoomError) else ""
        self._update_buttons()

    # -- the receipt ------------------------------------------------------------------------------
    def _receipt(self) -> bytes:
        passphrase = self.passphrase.passphrase() if self.with_passphrase.isChecked() else None
        return self.service.receipt(self.result, passphrase=passphrase)

    def print_receipt(self) -> None:
        self._output("print")

    def save_receipt(self) -> None:
        self._output("pdf")

    def _output(self, how: str) -> None:
        if self.result is None:
            return
        try:
            with_passphrase = self.with_passphrase.isChecked()
            done = send_receipt(self, self.ctx, self._receipt(), file_name=self.result.file_name,
                                export_id=self.result.export_id, how=how, with_passphrase=with_passphrase)
        except CounselRoomError as err:
            self.receipt_status.setStyleSheet(ERROR_STYLE)
            self.receipt_status.setText(error_text(err))
            return
        if done:
            self.receipt_status.setStyleSheet("color: #1e7d32;")
            self.receipt_status.setText(self.tr("Receipt printed.") if how == "print" else self.tr("Receipt saved."))

    # -- moving between the steps -----------------------------------------------------------------
    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = (self.tr("Quarter"), self.tr("Drive"), self.tr("Passphrase"), self.tr("Archive"))
        parts = []
        for index, name in enumerate(names):
            text = html.escape(f"{index + 1}  {name}")
            if index == step:
                parts.append(f"<span style='font-size: 12pt; font-weight: 600; color: #1a4d8f;'>{text}</span>")
            elif index < step:
                parts.append(f"<span style='color: #1e7d32;'>{text}</span>")
            else:
                parts.append(f"<span style='color: #8a8a8a;'>{text}</span>")
        self.steps_label.setText("&nbsp;&nbsp;›&nbsp;&nbsp;".join(parts))
        if step == DRIVE_STEP:
            self.drive_intro.setText(self.tr(
                "Plug in the USB drive for the archive of {quarter}. The file will be named {file}; an archive "
                "already on the drive is never touched.").format(quarter=str(self.quarter()),
                                                                   file=self.quarter().file_name))
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.stack.currentIndex()
        done = self.result is not None
        self.back_button.setVisible(step != QUARTER_STEP and not done)
        self.back_button.setEnabled(not self.running)
        self.cancel_button.setVisible(not done)
        self.cancel_button.setEnabled(not (self.running and self._stage == "verify"))
        self.cancel_button.setText(self.tr("Stop") if self.running else self.tr("Cancel"))
        if not self.running:
            self.cancel_button.setToolTip("")
        self.next_button.setVisible(step != RUN_STEP or done)
        self.next_button.setText({PASSPHRASE_STEP: self.tr("Start archiving"), RUN_STEP: self.tr("Done")}.get(
            step, self.tr("Next")))
        self.next_button.setEnabled(not self.running)

    def go_next(self) -> None:
        step = self.stack.currentIndex()
        if step == QUARTER_STEP and self._check_quarter():
            self._show_step(DRIVE_STEP)
        elif step == DRIVE_STEP and self._check_drive():
            self._show_step(PASSPHRASE_STEP)
        elif step == PASSPHRASE_STEP and self.passphrase.check() and self._check_drive_again():
            self.start()
        elif step == RUN_STEP and self.result is not None:
            self._discard_ok = True
            self.accept()

    def _check_drive_again(self) -> bool:
        """The stick may have been pulled while the passphrase was written down."""
        if self._check_drive():
            return True
        self._show_step(DRIVE_STEP)
        return False

    def go_back(self) -> None:
        step = self.stack.currentIndex()
        if self.running or step == QUARTER_STEP:
            return
        if step == RUN_STEP:
            target = _STEP_OF_ERROR.get(self._failure_code, PASSPHRASE_STEP)
            self.outcome.hide()
            if target == QUARTER_STEP:
                self._quarter_changed()       # what is unsettled may have changed meanwhile
            self._show_step(target)
            if target == PASSPHRASE_STEP and self._failure_code.startswith("archive.passphrase"):
                self.passphrase.check()
            return
        self._show_step(step - 1)

    # -- closing ----------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.result is None and self.passphrase.is_dirty()

    def reject(self) -> None:
        if self.running and not self._discard_ok:
            if self._stage == "verify":
                return
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr("Stop archiving? Nothing will be left on the drive."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self._cancel.set()
                self.cancel_button.setEnabled(False)
                self.run_title.setText(self.tr("Stopping…"))
            return
        super().reject()

    def clear(self) -> None:
        """On lock: stop an export that can still be stopped and forget the passphrase."""
        self._discard_ok = True
        self._cancel.set()
        self.passphrase.clear()
        self.with_passphrase.setChecked(False)
        self.outcome.clear()
        self.result = None
