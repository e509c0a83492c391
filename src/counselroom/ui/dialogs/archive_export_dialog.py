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

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QHBoxLayout, QLabel, QMessageBox, QProgressBar, QStackedWidget, QVBoxLayout, QWidget,
)

from counselroom.domain.archive import COUNTED_KINDS
from counselroom.domain.errors import CounselRoomError
from counselroom.services.archive import ArchivePreview, ArchiveResult, ArchiveService, Quarter
from counselroom.ui.archive_receipt_printing import send_receipt
from counselroom.ui.backup_text import size_text
from counselroom.ui.context import AppContext
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.guarded_dialog import GuardedDialog
from counselroom.ui.messages import error_text, message
from counselroom.ui.record_counts import count_label
from counselroom.ui.styles import (
    BOLD, CURRENT_STEP_INK, ERROR_BOX, ERROR_DEEP_INK, ERROR_STYLE, HINT_STYLE, LATER_STEP_INK, OK_BOX, OK_DEEP_INK,
    OK_INK, OK_STYLE, WARM_RULE,
)
from counselroom.ui.widgets.archive_export_steps import DriveStep, QuarterStep, note_box
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.passphrase_chooser import PassphraseChooser
from counselroom.ui.workers import run_in_background

SUCCESS_STYLE = f"{OK_BOX} padding: 10px 12px; color: {OK_DEEP_INK};"
FAILURE_STYLE = f"{ERROR_BOX} padding: 10px 12px; color: {ERROR_DEEP_INK};"
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


def grouped_hash(digest: str) -> str:
    """A SHA-256 in groups of eight, so it can be compared by eye."""
    return " ".join(digest[i:i + 8] for i in range(0, len(digest), 8))


class _Progress(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""
    moved = Signal(str, float)


class ArchiveExportDialog(GuardedDialog):
    # an ArchiveResult, after a verified export (the archive page lists it)
    exported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ArchiveService(ctx.session, ctx.language)
        self.export_result: ArchiveResult | None = None
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
        line.setStyleSheet(f"color: {WARM_RULE};")
        layout.addWidget(line)

        self.stack = QStackedWidget(self)
        self.quarter_step = QuarterStep(self.service, self)
        step = self.quarter_step
        self.quarter_box, self.unsettled_box = step.quarter_box, step.unsettled_box
        self.acknowledge, self.acknowledge_error = step.acknowledge, step.acknowledge_error
        self.stack.addWidget(step)
        self.drive_step = DriveStep(self.service, self)
        self.drive_intro, self.drives, self.drive_error = (
            self.drive_step.intro, self.drive_step.drives, self.drive_step.error)
        self.stack.addWidget(self.drive_step)
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

        self.quarter_step.fill_quarters()
        self._show_step(QUARTER_STEP)

    @property
    def preview(self) -> ArchivePreview | None:
        """What the chosen quarter's archive will hold (None when it cannot be read)."""
        return self.quarter_step.preview

    def quarter(self) -> Quarter:
        return self.quarter_step.quarter()

    # -- the steps' pages ---------------------------------------------------------------------------
    def _step_page(self, intro: str = "") -> tuple[QWidget, QVBoxLayout]:
        """A step's page and its column, headed by ``intro`` in grey."""
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        if intro:
            label = hint_label(intro, page)
            column.addWidget(label)
        return page, column

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
        self.outcome = note_box("archiveOutcome", SUCCESS_STYLE)
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
                mark, style = "✓", OK_STYLE
            elif stage == current:
                mark, style = ("✗", ERROR_STYLE) if failed else ("›", BOLD)
            else:
                mark, style = "·", HINT_STYLE
            lines.append(f"<span style='{style}'>{mark}&nbsp;&nbsp;{html.escape(stage_label(stage))}</span>")
        self.stage_list.setText("<br>".join(lines))

    def start(self) -> None:
        quarter, target, passphrase = self.quarter(), self.drives.target(), self.passphrase.passphrase()
        assert target is not None   # the drive step's check() refuses to go on without one
        acknowledged = self.acknowledge.isChecked()
        self._cancel.clear()
        self._failure_code = ""
        self.running = True
        self._stage = "gather"
        self.export_result = None
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
        self.export_result = result
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
        assert self.export_result is not None   # _output() checks first
        passphrase = self.passphrase.passphrase() if self.with_passphrase.isChecked() else None
        return self.service.receipt(self.export_result, passphrase=passphrase)

    def print_receipt(self) -> None:
        self._output("print")

    def save_receipt(self) -> None:
        self._output("pdf")

    def _output(self, how: str) -> None:
        if self.export_result is None:
            return
        try:
            with_passphrase = self.with_passphrase.isChecked()
            done = send_receipt(self, self.ctx, self._receipt(), file_name=self.export_result.file_name,
                                export_id=self.export_result.export_id, how=how, with_passphrase=with_passphrase)
        except CounselRoomError as err:
            self.receipt_status.setStyleSheet(ERROR_STYLE)
            self.receipt_status.setText(error_text(err))
            return
        if done:
            self.receipt_status.setStyleSheet(OK_STYLE)
            self.receipt_status.setText(self.tr("Receipt printed.") if how == "print" else self.tr("Receipt saved."))

    # -- moving between the steps -----------------------------------------------------------------
    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = (self.tr("Quarter"), self.tr("Drive"), self.tr("Passphrase"), self.tr("Archive"))
        parts = []
        for index, name in enumerate(names):
            text = html.escape(f"{index + 1}  {name}")
            if index == step:
                parts.append(f"<span style='font-size: 12pt; font-weight: 600; color: {CURRENT_STEP_INK};'>"
                             f"{text}</span>")
            elif index < step:
                parts.append(f"<span style='color: {OK_INK};'>{text}</span>")
            else:
                parts.append(f"<span style='color: {LATER_STEP_INK};'>{text}</span>")
        self.steps_label.setText("&nbsp;&nbsp;›&nbsp;&nbsp;".join(parts))
        if step == DRIVE_STEP:
            self.drive_intro.setText(self.tr(
                "Plug in the USB drive for the archive of {quarter}. The file will be named {file}; an archive "
                "already on the drive is never touched.").format(quarter=str(self.quarter()),
                                                                   file=self.quarter().file_name))
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.stack.currentIndex()
        done = self.export_result is not None
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
        if step == QUARTER_STEP and self.quarter_step.check():
            self._show_step(DRIVE_STEP)
        elif step == DRIVE_STEP and self.drive_step.check(self.quarter()):
            self._show_step(PASSPHRASE_STEP)
        elif step == PASSPHRASE_STEP and self.passphrase.check() and self._check_drive_again():
            self.start()
        elif step == RUN_STEP and self.export_result is not None:
            self._discard_ok = True
            self.accept()

    def _check_drive_again(self) -> bool:
        """The stick may have been pulled while the passphrase was written down."""
        if self.drive_step.check(self.quarter()):
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
                self.quarter_step.quarter_changed()       # what is unsettled may have changed meanwhile
            self._show_step(target)
            if target == PASSPHRASE_STEP and self._failure_code.startswith("archive.passphrase"):
                self.passphrase.check()
            return
        self._show_step(step - 1)

    # -- closing ----------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.export_result is None and self.passphrase.is_dirty()

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
        self.export_result = None
