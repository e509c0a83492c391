"""Opening a quarterly archive again to look something up (以备查阅): file and passphrase.

The archive is read, decrypted and checked against its manifest in memory, on a worker
thread (it takes seconds for a busy quarter). Each problem is shown where it belongs:
a wrong passphrase at the passphrase, a file that is no archive at the file, a damaged
archive in a box of its own. What was typed stays.

7-Zip takes the passphrase byte for byte. If the archive opened only with another form of
what was typed (a generated passphrase in small letters or without its hyphens, a space
around it), the dialog does not show the archive at once: it puts the exact form into the
passphrase field, says under it that 7-Zip needs it so, and shows the archive at the next
click.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget,
)

from counselroom.domain.errors import CounselRoomError
from counselroom.services.archive import ArchiveReader, ArchiveService, variant_kind
from counselroom.ui.context import AppContext
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.guarded_dialog import FittingDialog
from counselroom.ui.messages import error_text, message
from counselroom.ui.styles import (
    AMBER_NOTE_BORDER, AMBER_NOTE_INK, AMBER_TINT, INVALID_BORDER, PROBLEM_BOX_STYLE,
)
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.form import Form
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.workers import run_in_background

PROBLEM_STYLE = PROBLEM_BOX_STYLE
NOTICE_STYLE = (f"background: {AMBER_TINT}; border: 1px solid {AMBER_NOTE_BORDER}; border-radius: 4px;"
                f" padding: 6px 10px; color: {AMBER_NOTE_INK};")

#: Where each error code of ``ArchiveService.open`` is shown.
FILE_CODES = {"archive.not_archive", "archive.not_ours", "archive.unreadable"}
PASSPHRASE_CODES = {"archive.wrong_passphrase", "archive.passphrase_empty"}


def _row(edit: QLineEdit, *extra: QWidget) -> QWidget:
    """A field with a button (or box) beside it; focusing the row focuses the field."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(edit, 1)
    for widget in extra:
        layout.addWidget(widget)
    row.setFocusProxy(edit)
    return row


class OpenArchiveDialog(FittingDialog):
    """Choose an archive file, type its passphrase, open it read-only.

    ``opened`` carries the :class:`ArchiveReader` (the caller shows it and must close it);
    the dialog then accepts. Supervisor only: the service refuses anyone else.
    """

    opened = Signal(object)   # ArchiveReader

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.busy = False
        self.setObjectName("openArchiveDialog")
        self.setWindowTitle(self.tr("Open a quarterly archive"))
        self.setMinimumWidth(640)
        self.resize(680, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Open a quarterly archive (以备查阅)"))
        heading.setObjectName("openArchiveHeading")
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        layout.addWidget(heading)
        intro = hint_label(self.tr(
            "Look something up in the records of an archived quarter. The archive opens read-only and is "
            "held in memory only: nothing of it is written to this computer. Opening it, and anything "
            "printed or saved from it, is recorded in the audit log."), name="openArchiveIntro")
        layout.addWidget(intro)

        self.form = Form(self)
        self.path = QLineEdit()
        self.path.setObjectName("archivePath")
        self.path.setPlaceholderText(self.tr("e.g. E:\\CounselRoom-2026Q3.7z"))
        self.path.setClearButtonEnabled(True)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("chooseArchive")
        self.choose_button.setToolTip(self.tr("Find the archive file on the USB drive"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        self.file_row = _row(self.path, self.choose_button)
        self.form.add("file", self.tr("Archive file"), self.file_row,
                      self.tr("The file CounselRoom-<quarter>.7z on the drive the archive was written to."))

        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("archivePassphrase")
        # Shown while typed by default: a password field turns the input method off, so a
        # passphrase that is a Chinese sentence could not be typed at all.
        self.passphrase.setPlaceholderText(self.tr("As written on the archive receipt"))
        self.passphrase.textEdited.connect(self._passphrase_edited)
        self.path.textEdited.connect(self._drop_pending)
        self.show_passphrase = QCheckBox(self.tr("Show"))
        self.show_passphrase.setObjectName("showPassphrase")
        self.show_passphrase.setToolTip(self.tr("Untick to hide the passphrase as dots (then only letters and "
                                                "digits can be typed: no input method)"))
        self.show_passphrase.setChecked(True)
        self.show_passphrase.toggled.connect(self._show_toggled)
        self.passphrase_row = _row(self.passphrase, self.show_passphrase)
        # Under the field: the exact form 7-Zip needs, when another form of it opened the archive.
        self.exact_notice = QLabel()
        self.exact_notice.setObjectName("exactPassphraseNotice")
        self.exact_notice.setWordWrap(True)
        wraps = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        wraps.setHeightForWidth(True)        # as tall as its wrapped text at the row's width
        self.exact_notice.setSizePolicy(wraps)
        self.exact_notice.setStyleSheet(NOTICE_STYLE)
        self.exact_notice.setTextFormat(Qt.TextFormat.RichText)
        self.exact_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exact_notice.hide()
        self.passphrase_field = QWidget()
        self.passphrase_field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(self.passphrase_field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.passphrase_row)
        column.addWidget(self.exact_notice)
        self.passphrase_field.setFocusProxy(self.passphrase)
        self.form.add("passphrase", self.tr("Passphrase"), self.passphrase_field,
                      self.tr("Type it exactly as written on the receipt, capital letters and hyphens (-) "
                              "included: 7-Zip opens the archive with nothing else."))
        #: An archive that opened only with the exact form of the passphrase, held until the next click.
        self._pending: ArchiveReader | None = None
        self._open_text = ""
        layout.addWidget(self.form)

        self.problem_box = QLabel()
        self.problem_box.setObjectName("archiveProblem")
        self.problem_box.setWordWrap(True)
        self.problem_box.setStyleSheet(PROBLEM_STYLE)
        self.problem_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_box.hide()
        layout.addWidget(self.problem_box)

        self.progress = QProgressBar()
        self.progress.setObjectName("openArchiveProgress")
        self.progress.setRange(0, 0)   # busy: it moves without a known end
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = hint_label("", name="openArchiveStatus")
        self.status.hide()
        layout.addWidget(self.status)
        layout.addStretch(1)

        row, self.cancel_button, self.open_button = dialog_buttons(
            self, self.tr("Open"), self.open_archive, action_name="openArchive", cancel_name="cancelOpenArchive")
        self.open_button.setToolTip(self.tr("Decrypt the archive into memory and check it (Enter)"))
        layout.addLayout(row)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self)
        shortcut.activated.connect(self.choose_file)
        self.path.setFocus()

    # -- the fields ---------------------------------------------------------------------------
    def _show_toggled(self, shown: bool) -> None:
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _passphrase_edited(self, _text: str) -> None:
        self._drop_pending()
        if self.form.error_for("passphrase").isVisible():
            self._clear_field("passphrase")

    def choose_file(self) -> None:
        if self.busy:
            return
        current = Path(self.path.text().strip()) if self.path.text().strip() else None
        start = str(current.parent if current is not None and current.parent.is_dir() else Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the archive file"), start,
            self.tr("CounselRoom archive (*.7z);;All files (*)"))
        if path:
            self._drop_pending()
            self.path.setText(path)
            self._clear_field("file")
            self.problem_box.hide()
            self.passphrase.setFocus()

    def _edit_of(self, name: str) -> QLineEdit:
        return self.path if name == "file" else self.passphrase

    def _row_of(self, name: str) -> QWidget:
        return self.file_row if name == "file" else self.passphrase_field

    def show_field_error(self, name: str, text: str) -> None:
        """``text`` under the field ``name`` ("file" or "passphrase"), which is outlined and focused."""
        self.form.show_field_error(name, text)
        self._row_of(name).setStyleSheet("")       # the outline on the field, not on its button
        edit = self._edit_of(name)
        edit.setStyleSheet(INVALID_BORDER)
        edit.setFocus()
        edit.selectAll()
        self.fit_to_text()

    def _clear_field(self, name: str) -> None:
        self.form.error_for(name).show_text("")
        self._edit_of(name).setStyleSheet("")

    def _clear_problems(self) -> None:
        self.form.clear_errors()
        for name in ("file", "passphrase"):
            self._clear_field(name)
        self.problem_box.clear()
        self.problem_box.hide()

    def _show_problem(self, text: str) -> None:
        self.problem_box.setText(text)
        self.problem_box.show()
        self.fit_to_text()

    # -- opening ------------------------------------------------------------------------------
    def open_archive(self) -> None:
        if self.busy:
            return
        if self._pending is not None:     # the exact form was shown: now the archive itself
            reader, self._pending = self._pending, None
            self._opened(reader)
            return
        self._clear_problems()
        text = self.path.text().strip()
        if not text:
            self.show_field_error("file", self.tr("Choose the archive file."))
            return
        path = Path(text)
        if not path.is_file():
            self.show_field_error("file", self.tr("There is no file at {path}. Is the USB drive plugged in?")
                                  .format(path=text))
            return
        passphrase = self.passphrase.text()
        if not passphrase.strip():
            self.show_field_error("passphrase", message("archive.passphrase_empty"))
            return
        self._generation += 1
        generation = self._generation
        service = ArchiveService(self.ctx.session, self.ctx.language)
        self._set_busy(True, self.tr("Opening and checking {name}…").format(name=path.name))

        def done(reader: ArchiveReader) -> None:
            if generation != self._generation:
                reader.close()   # the dialog was closed or cleared meanwhile
                return
            self._set_busy(False)
            if reader.exact_passphrase is not None:
                self._show_exact_form(reader, passphrase)
            else:
                self._opened(reader)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            self._failed(exc)

        run_in_background(lambda: service.open(path, passphrase), done, failed)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.status.setText(text if busy else "")
        self.status.setVisible(busy and bool(text))
        for edit in (self.path, self.passphrase):
            edit.setReadOnly(busy)
        for button in (self.choose_button, self.open_button, self.show_passphrase):
            button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self.fit_to_text()

    def _opened(self, reader: ArchiveReader) -> None:
        self._hide_exact_form()
        self.passphrase.clear()
        self.opened.emit(reader)
        self.accept()

    def _show_exact_form(self, reader: ArchiveReader, typed: str) -> None:
        """The archive opened only with another form of what was typed: show that form where the
        passphrase was typed, say that 7-Zip needs it so, and show the archive at the next click."""
        exact = reader.exact_passphrase or ""
        self._pending = reader
        self.passphrase.setText(exact)
        self.show_passphrase.setChecked(True)
        code = ("archive.passphrase_exact_spaces" if variant_kind(typed, exact) == "spaces"
                else "archive.passphrase_exact")
        text = message(code, {"passphrase": exact}) + " " + self.tr(
            "Click \"{button}\" to see the archive.").format(button=self.tr("Show the archive"))
        shown = html.escape(exact)
        self.exact_notice.setText(html.escape(text).replace(shown, f"<b>{shown}</b>", 1))
        self.exact_notice.show()
        if not self._open_text:
            self._open_text = self.open_button.text()
        self.open_button.setText(self.tr("Show the archive"))
        self.open_button.setFocus()
        self.fit_to_text()

    def _hide_exact_form(self) -> None:
        self.exact_notice.clear()
        self.exact_notice.hide()
        if self._open_text:
            self.open_button.setText(self._open_text)
            self._open_text = ""

    def _drop_pending(self, *_args) -> None:
        """Something was changed after the exact form was shown: that archive is closed again."""
        if self._pending is not None:
            self._pending.close()
            self._pending = None
        if self.exact_notice.isVisible() or self._open_text:
            self._hide_exact_form()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, CounselRoomError):
            self._show_problem(message("error"))
            report_unexpected(exc)
            return
        text = error_text(exc)
        if exc.code in PASSPHRASE_CODES:
            self.show_field_error("passphrase", text)
        elif exc.code in FILE_CODES:
            self.show_field_error("file", text)
        else:   # damaged, not allowed, …: a box of its own
            self._show_problem(text)

    # -- closing ------------------------------------------------------------------------------
    def clear(self) -> None:
        """On lock: forget the passphrase (an archive still being opened is closed when it arrives)."""
        self._generation += 1
        self._drop_pending()
        self.passphrase.clear()
        self.show_passphrase.setChecked(True)
        self._clear_problems()
        self._set_busy(False)

    def done(self, result: int) -> None:
        if self.busy:
            self._generation += 1   # a reader arriving after this is closed at once
            self._set_busy(False)
        self._drop_pending()
        self.passphrase.clear()
        super().done(result)
