"""Reviewing a de-identified case before it leaves the room (R14).

Which visit records and tests go in; the text with every replacement and every flag highlighted;
the flags ticked off one by one (or edited away); then a PDF or a UTF-8 text file, audited by
:meth:`DeidentifyService.record_output`. The originals of the replacements are listed beside the
text for the counsellor, who may read the case anyway; they never reach a tooltip or an output.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QHelpEvent, QShowEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QSplitter, QTextEdit, QToolTip,
    QVBoxLayout, QWidget,
)
from shiboken6 import isValid

from counselroom.domain.deidentify import DeidentifiedText, Flag
from counselroom.domain.deidentify_review import Edit, apply_edits, confirmed_text, text_edits
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.plural import plural
from counselroom.domain.scales import TestRecord
from counselroom.domain.visits import Visit
from counselroom.reports.deidentified_case import build_deidentified_case
from counselroom.services.deidentify import DeidentifyService
from counselroom.services.session import WorkerSession
from counselroom.services.tests import TestService
from counselroom.services.visits import VisitService
from counselroom.storage import files
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.dialog_frame import dialog_column
from counselroom.ui.dialogs.guarded_dialog import GuardedDialog
from counselroom.ui.labels import label_of, screen_language
from counselroom.ui.messages import error_text
from counselroom.ui.modal_work import wait_for
from counselroom.ui.pdf_output import output_pdf
from counselroom.ui.styles import ACCENT_TINT, ERROR_STYLE, MARK_BG, OK_STYLE, WARNING_BG, WARNING_INK
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.hint_label import hint_label

# A replacement is settled: a soft colour. A flag asks for a decision: amber, paler once ticked.
REPLACED_BG = ACCENT_TINT
OPEN_FLAG_BG = MARK_BG
TICKED_FLAG_BG = WARNING_BG
SYNC_MS = 300          # edits are read back after a pause in typing, not at every key
ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class _Prepared:
    visits: list[Visit] | None       # None: the choice list is already filled
    tests: list[TestRecord] | None
    result: DeidentifiedText


def _gather(worker: WorkerSession, case_id: int, visit_ids: list[int] | None, test_ids: list[int] | None,
            reason: str | None, with_choices: bool) -> _Prepared:
    with worker as session:
        visits = VisitService(session).for_case(case_id, reason=reason) if with_choices else None
        tests = TestService(session).for_case(case_id, reason=reason) if with_choices else None
        result = DeidentifyService(session).prepare(case_id, visit_ids, test_ids, reason=reason)
    return _Prepared(visits, tests, result)


class _Positions:
    """Python string indexes ↔ Qt's document positions (UTF-16: a character beyond the BMP,
    such as a rare name character of CJK Extension B, counts twice there)."""

    def __init__(self, text: str) -> None:
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, index: int) -> int:
        return index + bisect.bisect_left(self._wide, index)

    def from_qt(self, position: int) -> int:
        index = position
        for n, wide in enumerate(self._wide):
            if wide + n >= position:
                break
            index -= 1
        return index


class DeidentifyDialog(GuardedDialog):
    """The review screen of one case's de-identified text."""

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.prepared_text: DeidentifiedText | None = None
        self.edited: DeidentifiedText | None = None
        self.edits: list[Edit] = []
        self._ticked: set[tuple[int, str]] = set()     # (flag id, flag text): typed flags renumber
        self._prepared_choice: frozenset[tuple[str, int]] = frozenset()
        self._positions = _Positions("")
        self._started = False
        self._filling = False
        self.setObjectName("deidentifyDialog")
        self.setWindowTitle(self.tr("De-identified export"))
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setMinimumSize(900, 560)
        self.resize(1180, 760)
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(SYNC_MS)
        self._sync_timer.timeout.connect(self.sync)

        column = dialog_column(self, spacing=8)
        column.addWidget(hint_label(self.tr(
            "For supervision, case conferences, teaching and research. Names, numbers, dates, classes and "
            "places are replaced (blue). Amber words may still identify someone: check each one and tick it "
            "off, or change the text. Nothing can be saved while one is open."), self))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("deidentifySplitter")
        splitter.setChildrenCollapsible(False)
        column.addWidget(splitter, 1)

        left, left_column = self._side(splitter, self.tr("Include"))
        self.choice_list = QListWidget(left)
        self.choice_list.setObjectName("includeList")
        self.choice_list.itemChanged.connect(self._choice_changed)
        left_column.addWidget(self.choice_list, 1)
        self.update_button = action_button(left, "updateText", self.tr("Prepare again"),
                                           self.tr("De-identify the records ticked above again"), self.prepare_again)
        left_column.addWidget(self.update_button)

        middle, middle_column = self._side(splitter, self.tr("De-identified text"))
        self.text = QTextEdit(middle)
        self.text.setObjectName("deidentifiedText")
        self.text.setAcceptRichText(False)
        self.text.textChanged.connect(self._text_changed)
        self.text.viewport().installEventFilter(self)
        middle_column.addWidget(self.text, 1)
        middle_column.addWidget(hint_label(self.tr(
            "You may change the text. Anything identifying typed into it is flagged again."), middle))

        right, right_column = self._side(splitter, self.tr("To check"))
        right_column.addWidget(hint_label(self.tr("Tick a word once checked: no change needed."), right))
        self.flag_list = QListWidget(right)
        self.flag_list.setObjectName("flagList")
        self.flag_list.itemChanged.connect(self._flag_ticked)
        self.flag_list.itemClicked.connect(self._flag_clicked)
        right_column.addWidget(self.flag_list, 2)
        replaced_title = QLabel(self.tr("What was replaced"), right)
        replaced_title.setStyleSheet("font-weight: 600;")
        right_column.addWidget(replaced_title)
        self.replacement_list = QListWidget(right)
        self.replacement_list.setObjectName("replacementList")
        self.replacement_list.itemClicked.connect(self._replacement_clicked)
        right_column.addWidget(self.replacement_list, 3)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 610, 320])
        for side_list in (self.choice_list, self.flag_list, self.replacement_list):
            side_list.setWordWrap(True)
            side_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.remaining = QLabel(self)
        self.remaining.setObjectName("remainingFlags")
        self.remaining.setWordWrap(True)
        column.addWidget(self.remaining)
        self.status = QLabel(self)
        self.status.setObjectName("deidentifyStatus")
        self.status.setWordWrap(True)
        self.save_text_button = action_button(self, "saveText", self.tr("Save as text…"),
                                              self.tr("A UTF-8 text file, marked 已去标识化"), self.save_text)
        self.save_pdf_button = action_button(self, "savePdf", self.tr("Save as PDF…"),
                                             self.tr("A PDF marked 已去标识化 on every page"), self.save_pdf)
        self.close_button = action_button(self, "closeButton", self.tr("Close"), "", self.reject)
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        for button in (self.save_text_button, self.save_pdf_button, self.close_button):
            foot.addWidget(button)
        column.addLayout(foot)
        self._update_state()

    @staticmethod
    def _side(parent: QWidget, title: str) -> tuple[QWidget, QVBoxLayout]:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        heading = QLabel(title, box)
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        return box, layout

    # -- preparing ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self, self.start)

    def start(self) -> None:
        """The first text: the signed records, as the service chooses by default."""
        if self.prepared_text is None:
            self._prepare(None, None)

    def prepare_again(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Prepare the text again? Your changes and ticks are lost."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        chosen = self._chosen()
        self._prepare([i for kind, i in chosen if kind == "visit"], [i for kind, i in chosen if kind == "test"])

    def _prepare(self, visit_ids: list[int] | None, test_ids: list[int] | None) -> None:
        ctx = self.ctx
        case_id = self.case_id
        with_choices = self.choice_list.count() == 0
        text = self.tr("Preparing the de-identified text…")

        def in_worker(reason: str | None) -> _Prepared:
            worker = ctx.session.auditing_reader()
            try:
                return wait_for(self, text, lambda: _gather(worker, case_id, visit_ids, test_ids, reason,
                                                            with_choices))
            finally:
                # A reason given for another counsellor's case is asked once per session.
                if not ctx.session.locked:
                    ctx.session.break_glass.update(worker.reasons)

        prepared = with_reason(self, in_worker, self._warn)
        if prepared is None or ctx.session.locked or not isValid(self):
            return
        if prepared.visits is not None and prepared.tests is not None:
            self._fill_choices(prepared.visits, prepared.tests)
        self._prepared_choice = self._chosen()
        self.prepared_text = prepared.result
        self.edits = []
        self._ticked.clear()
        self._filling = True
        self.text.setPlainText(prepared.result.text)
        self._filling = False
        self._show(prepared.result)
        self.status.clear()

    def _fill_choices(self, visits: list[Visit], tests: list[TestRecord]) -> None:
        self._filling = True
        self.choice_list.clear()
        for visit in visits:
            day = visit.content.visit_date.isoformat() if visit.content.visit_date else "—"
            words = self.tr("Visit {no} · {kind} · {date}").format(
                no=visit.session_no, kind=label_of(visit.content.kind), date=day)
            if not visit.signed:
                words += " " + self.tr("(draft)")
            self._choice(words, ("visit", visit.id), visit.signed)
        for test in tests:
            words = self.tr("Test: {scale} · {date}").format(
                scale=test.scale_name.get(screen_language()), date=test.administered_on.isoformat())
            if not test.signed:
                words += " " + self.tr("(draft)")
            self._choice(words, ("test", test.id), test.signed)
        self._filling = False

    def _choice(self, words: str, key: tuple[str, int], ticked: bool) -> None:
        item = QListWidgetItem(words, self.choice_list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        item.setData(ROLE, key)

    def _chosen(self) -> frozenset[tuple[str, int]]:
        return frozenset(tuple(self.choice_list.item(n).data(ROLE)) for n in range(self.choice_list.count())
                         if self.choice_list.item(n).checkState() == Qt.CheckState.Checked)

    def _choice_changed(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self._update_state()

    # -- the reviewer's edits -------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if not self._filling and self.prepared_text is not None:
            self._sync_timer.start()
            self._update_state(pending=True)

    def sync(self) -> None:
        """Read the edited text back: edits as spans of the prepared text, flags and highlights moved."""
        self._sync_timer.stop()
        if self.prepared_text is None:
            return
        self.edits = text_edits(self.prepared_text.text, self.text.toPlainText())
        self._show(apply_edits(self.prepared_text, self.edits))

    def _show(self, edited: DeidentifiedText) -> None:
        self.edited = edited
        self._positions = _Positions(edited.text)
        keys = {(f.id, f.text) for f in edited.flags}
        self._ticked &= keys     # a flag edited away is settled; a renumbered typed flag is asked again
        self._fill_flags(edited.flags)
        self._fill_replacements(edited)
        self._highlight()
        self._update_state()

    def _fill_flags(self, flags: tuple[Flag, ...]) -> None:
        self._filling = True
        self.flag_list.clear()
        for flag in flags:
            item = QListWidgetItem(f"\"{flag.text}\" · {label_of(flag.reason)}", self.flag_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = (flag.id, flag.text) in self._ticked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Ticked: checked, no change needed"))
            item.setData(ROLE, (flag.id, flag.text, flag.start, flag.end))
        self._filling = False

    def _fill_replacements(self, edited: DeidentifiedText) -> None:
        self.replacement_list.clear()
        seen: dict[tuple[str, str], QListWidgetItem] = {}
        counts: dict[tuple[str, str], int] = {}
        for r in edited.replacements:
            key = (r.placeholder, r.original)
            counts[key] = counts.get(key, 0) + 1
            if key not in seen:
                item = QListWidgetItem(self.replacement_list)
                item.setData(ROLE, key)
                item.setToolTip(label_of(r.kind))
                seen[key] = item
        for key, item in seen.items():
            placeholder, original = key
            times = counts[key]
            item.setText(f"{placeholder} ← {original}" + (f"  ×{times}" if times > 1 else ""))

    def _highlight(self) -> None:
        if self.edited is None:
            self.text.setExtraSelections([])
            return
        selections = [self._selection(r.start, r.end, REPLACED_BG) for r in self.edited.replacements]
        selections += [self._selection(f.start, f.end, TICKED_FLAG_BG, QTextCharFormat.UnderlineStyle.DotLine)
                       if (f.id, f.text) in self._ticked
                       else self._selection(f.start, f.end, OPEN_FLAG_BG, QTextCharFormat.UnderlineStyle.SingleUnderline)
                       for f in self.edited.flags]
        self.text.setExtraSelections(selections)

    def _selection(self, start: int, end: int, colour: str,
                   underline: QTextCharFormat.UnderlineStyle | None = None) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor(start, end)   # type: ignore[misc]  # PySide's attribute
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour))
        if underline is not None:
            fmt.setUnderlineStyle(underline)
            fmt.setUnderlineColor(QColor(WARNING_INK))
        selection.format = fmt   # type: ignore[misc]  # PySide's attribute
        return selection

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._positions.to_qt(start))
        cursor.setPosition(self._positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _select(self, start: int, end: int) -> None:
        self.text.setTextCursor(self._cursor(start, end))
        self.text.ensureCursorVisible()

    # -- flags and replacements ------------------------------------------------------------------------
    def _flag_ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        flag_id, text, _start, _end = item.data(ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked.add((flag_id, text))
        else:
            self._ticked.discard((flag_id, text))
        self._highlight()
        self._update_state()

    def _flag_clicked(self, item: QListWidgetItem) -> None:
        _id, _text, start, end = item.data(ROLE)
        self._select(start, end)

    def _replacement_clicked(self, item: QListWidgetItem) -> None:
        """Selects the next place the placeholder stands for this original (again: the one after)."""
        if self.edited is None:
            return
        key = tuple(item.data(ROLE))
        spans = [(r.start, r.end) for r in self.edited.replacements if (r.placeholder, r.original) == key]
        if not spans:
            return
        here = self._positions.from_qt(self.text.textCursor().selectionEnd())
        start, end = next(((s, e) for s, e in spans if s >= here), spans[0])
        self._select(start, end)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and watched is self.text.viewport() and isinstance(event, QHelpEvent):
            tip = self._tip_at(self._positions.from_qt(self.text.cursorForPosition(event.pos()).position()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.text.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def _tip_at(self, index: int) -> str:
        """What a highlighted span is; never the original of a replacement (the list beside says it)."""
        if self.edited is None:
            return ""
        for f in self.edited.flags:
            if f.start <= index < f.end:
                state = (self.tr("checked") if (f.id, f.text) in self._ticked else self.tr("to check"))
                return f"{label_of(f.reason)} · {state}"
        for r in self.edited.replacements:
            if r.start <= index < r.end:
                return self.tr("{kind} · original hidden").format(kind=label_of(r.kind))
        return ""

    # -- state ------------------------------------------------------------------------------------------
    def open_flags(self) -> int:
        if self.edited is None:
            return 0
        return sum(1 for f in self.edited.flags if (f.id, f.text) not in self._ticked)

    def _update_state(self, pending: bool = False) -> None:
        ready = self.prepared_text is not None and not pending
        remaining = self.open_flags()
        self.update_button.setEnabled(self.choice_list.count() > 0 and self._chosen() != self._prepared_choice)
        self.save_pdf_button.setEnabled(ready and remaining == 0)
        self.save_text_button.setEnabled(ready and remaining == 0)
        if self.prepared_text is None:
            self.remaining.clear()
        elif remaining:
            self.remaining.setStyleSheet(f"color: {WARNING_INK};")
            self.remaining.setText(plural(
                remaining, self.tr("{n} flagged word still to check: tick it off or change the text before saving."),
                self.tr("{n} flagged words still to check: tick each off or change the text before saving."),
            ).format(n=remaining))
        else:
            self.remaining.setStyleSheet(OK_STYLE)
            self.remaining.setText(self.tr("Every flagged word is checked."))

    def is_dirty(self) -> bool:
        return bool(self.edits or self._ticked or self._sync_timer.isActive())

    def discard_question(self) -> str:
        return self.tr("Close and discard your changes and ticks?")

    # -- output -------------------------------------------------------------------------------------
    def confirmed(self) -> str | None:
        """The text to save, or None (told) while a flag is open."""
        self.sync()
        if self.prepared_text is None:
            return None
        ticked = [f.id for f in (self.edited.flags if self.edited else ()) if (f.id, f.text) in self._ticked]
        try:
            return confirmed_text(self.prepared_text, self.edits, ticked)
        except CounselRoomError as err:
            self._warn(err)
            return None

    def _warning(self) -> str:
        return self.tr("The file holds a de-identified case for supervision, teaching or research. Read it once "
                       "more before it leaves the room, and keep it only as long as it is needed. Saving is "
                       "recorded in the audit log.")

    def _record(self, output: str) -> bool:
        case_id = self.case_id

        def call(reason: str | None) -> bool:
            DeidentifyService(self.ctx.session).record_output(case_id, output, reason=reason)
            return True

        return with_reason(self, call, self._warn) is True

    def save_pdf(self) -> None:
        text = self.confirmed()
        if text is None:
            return
        language = self.ctx.language
        output_pdf(self, "pdf", lambda: wait_for(self, self.tr("Preparing the document…"),
                                                 lambda: build_deidentified_case(text, lang=language)),
                   file_name=self.tr("de-identified-case") + ".pdf", warning=self._warning(),
                   record=self._record, on_error=self._warn, say=self._done,
                   saved=lambda path: self.tr("Saved as PDF: {path}").format(path=path))

    def save_text(self) -> None:
        text = self.confirmed()
        if text is None:
            return
        title = self.tr("Save as text")
        answer = QMessageBox.warning(self, title, self._warning(),
                                     QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Ok:
            return
        path, _ = QFileDialog.getSaveFileName(self, title, self.tr("de-identified-case") + ".txt",
                                              self.tr("Text (*.txt)"))
        if not path:
            return
        target = Path(path)
        try:
            files.write_atomically(target, text.encode("utf-8"), temp=target.with_name(f".{target.name}.partial"),
                                   quiet_folder=True)
        except OSError:
            self._fail(self.tr("Nothing was saved: \"{path}\" could not be written (the drive may be full, removed "
                               "or read-only).").format(path=path))
            return
        if self._record("text"):
            self._done(self.tr("Saved as text: {path}").format(path=path))

    def _done(self, text: str) -> None:
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(text)

    def _fail(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)
        QMessageBox.warning(self, self.windowTitle(), text)

    def _warn(self, err: CounselRoomError) -> None:
        self._fail(error_text(err))

    # -- lock -------------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget the case's text (the lock, or the window closing)."""
        self._discard_ok = True
        self._sync_timer.stop()
        self.prepared_text = self.edited = None
        self.edits = []
        self._ticked.clear()
        self._filling = True
        self.text.clear()
        self.choice_list.clear()
        self._filling = False
        self.flag_list.clear()
        self.replacement_list.clear()
        self.text.setExtraSelections([])
        self.status.clear()
        self._update_state()

