"""Search (全文检索): find words in the visit notes of one's own and shared cases.

Counsellors search the cases they hold or that are shared with them. The
supervisor may search every case, but only after stating a reason; each such
search is recorded in the audit log, so in that mode a search runs on Enter
only, never while typing.

The search runs on the GUI thread: it shares the session's connection (the
all-cases search writes its audit row there), and on a room's worth of notes it
takes a few hundredths of a second; the pause before searching while typing
keeps it from running on every key.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QStyle,
    QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from counselroom.domain.access import may_see_clinical
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.plural import plural
from counselroom.services.search import SearchHit, SearchService
from counselroom.services.staff_directory import clinicians
from counselroom.ui.context import AppContext
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

MIN_CHARS = 2
RESULT_LIMIT = 200
SEARCH_DELAY_MS = 400
MAX_COLUMN_WIDTH = 200   # the excerpt, last, gets the rest
# The excerpt as rich text: the record's text escaped, the searched words marked.
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
MARK_STYLE = "background-color: #ffe082; color: #202124; font-weight: 600;"
WIDE_STYLE = ("background: #fff4e5; border: 1px solid #f0c36d; border-radius: 6px;"
              " padding: 6px 10px; color: #5d4037;")


def field_label(field: str) -> str:
    """The part of a visit record a search hit was found in."""
    return {
        "presenting_issue": QCoreApplication.translate("SearchPage", "Presenting issue"),
        "complaint": QCoreApplication.translate("SearchPage", "Complaint"),
        "process": QCoreApplication.translate("SearchPage", "Session process"),
        "assessment": QCoreApplication.translate("SearchPage", "Assessment"),
        "plan": QCoreApplication.translate("SearchPage", "Next steps"),
        "addendum": QCoreApplication.translate("SearchPage", "Addendum"),
    }.get(field, field)


def snippet_html(snippet: str, words: str) -> str:
    """``snippet`` as HTML: every piece of record text escaped, each occurrence of ``words`` marked."""
    words = words.strip()
    if not words:
        return html.escape(snippet)
    parts, last = [], 0
    for found in re.finditer(re.escape(words), snippet, re.IGNORECASE):
        parts.append(html.escape(snippet[last:found.start()]))
        parts.append(f'<span style="{MARK_STYLE}">{html.escape(found.group())}</span>')
        last = found.end()
    parts.append(html.escape(snippet[last:]))
    return "".join(parts)


class ExcerptDelegate(QStyledItemDelegate):
    """Paints the excerpt column's rich text (the marked words) in a table cell."""

    def _document(self, option: QStyleOptionViewItem, index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        top = rect.top() + max(0.0, (rect.height() - doc.size().height()) / 2)
        painter.translate(rect.left(), top)
        width = rect.width()
        cut = doc.idealWidth() > width
        if cut:
            # Too long for the column: end in "…" (the tooltip shows all of it).
            ellipsis = opt.fontMetrics.horizontalAdvance("…")
            width -= ellipsis
            painter.setPen(context.palette.color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(width, 0, ellipsis, doc.size().height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), "…")
        context.clip = QRectF(0, 0, width, rect.height())
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()) + 16, max(int(doc.size().height()), opt.rect.height()))


class SearchModel(RowsModel):
    CLIENT, CASE_NO, DATE, VISIT, COUNSELLOR, FOUND_IN, EXCERPT = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words = ""
        self._names: dict[int, str] = {}

    def set_hits(self, hits: list[SearchHit], words: str, names: dict[int, str]) -> None:
        self._words = words
        self._names = dict(names)
        self.set_rows(hits)

    def clear(self) -> None:
        self.set_hits([], "", {})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Client"), self.tr("Case no."), self.tr("Date"), self.tr("Visit"),
                self.tr("Counsellor"), self.tr("Found in"), self.tr("Excerpt"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(hit, col)
        if role == SORT_ROLE:
            if col in (self.DATE, self.VISIT):
                return f"{hit.visit_date or ''}#{hit.session_no:06d}"
            return self._text(hit, col)
        if role == HTML_ROLE and col == self.EXCERPT:
            return snippet_html(hit.snippet, self._words)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.EXCERPT:
                # Escaped and wrapped: a tooltip that looks like HTML is shown as HTML.
                return f"<p>{html.escape(hit.snippet)}</p>"
            if col == self.FOUND_IN:
                return f"<p>{html.escape(self._text(hit, col))}</p>"
        return None

    def _text(self, hit: SearchHit, col: int) -> str:
        if col == self.CLIENT:
            return hit.client_name
        if col == self.CASE_NO:
            return hit.case_no
        if col == self.COUNSELLOR:
            return self._names.get(hit.counsellor_id, "—")
        if col == self.DATE:
            return hit.visit_date or "—"
        if col == self.VISIT:
            return self.tr("Visit {no}").format(no=hit.session_no)
        if col == self.FOUND_IN:
            return ", ".join(field_label(f) for f in hit.fields)
        return hit.snippet


class AllCasesReasonDialog(QDialog):
    """The supervisor states why they search every counsellor's notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allCasesReasonDialog")
        self.setWindowTitle(self.tr("Search all cases"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        text = QLabel(self.tr(
            "You are about to search the notes of every counsellor's cases. Give the reason; "
            "it is recorded in the audit log with every search you make in this mode."), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        caption = QLabel(self.tr("Reason"), self)
        layout.addWidget(caption)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("allCasesReason")
        self.reason.setPlaceholderText(self.tr("e.g. checking a parent's complaint"))
        caption.setBuddy(self.reason)
        layout.addWidget(self.reason)
        row, self.cancel_button, self.ok_button = dialog_buttons(
            self, self.tr("Search all cases"), self.accept, action_name="confirmAllCases")
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(self._reason_changed)
        layout.addLayout(row)
        self.reason.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # A dialog's size hint ignores word wrap: grow to show every line.
        height = self.heightForWidth(self.width())
        if height > self.height():
            self.resize(self.width(), height)

    def _reason_changed(self, *_args) -> None:
        self.ok_button.setEnabled(bool(self.reason_text()))

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def clear(self) -> None:
        self.reason.clear()


class SearchPage(Page):
    key = "search"
    open_case_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._reason: str | None = None      # the supervisor's reason while searching all cases
        self._searched = ""                  # the words the shown results are for
        self.reason_dialog: AllCasesReasonDialog | None = None

        layout = self.page_column(spacing=10)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Words in the visit notes, at least 2 characters (e.g. 焦虑)"))
        self.field.setToolTip(self.tr("Searches presenting issue, complaint, session process, assessment, "
                                      "next steps and addenda. Press Enter or pause typing. (Ctrl+F)"))
        self.field.setMinimumWidth(320)
        self.field.textChanged.connect(self._text_changed)
        self.field.returnPressed.connect(self.search_now)
        bar.addWidget(self.field, 1)
        self.search_button = self.make_button("searchButton", self.tr("Search"),
                                              self.tr("Search now"), self.search_now)
        bar.addWidget(self.search_button)
        self.all_cases = QCheckBox(self.tr("All cases (reason required)"), self)
        self.all_cases.setObjectName("allCases")
        self.all_cases.setToolTip(self.tr("Search every counsellor's notes. You are asked for the reason; "
                                          "each search is recorded in the audit log."))
        self.all_cases.toggled.connect(self._all_cases_toggled)
        self.all_cases.setVisible(ctx.user.is_supervisor)
        bar.addSpacing(8)
        bar.addWidget(self.all_cases)
        layout.addLayout(bar)

        self.scope = QLabel(self)
        self.scope.setObjectName("searchScope")
        self.scope.setWordWrap(True)
        layout.addWidget(self.scope)

        self.names: dict[int, str] = {}
        self.model = SearchModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("searchResults", self.proxy, self, sort_column=SearchModel.DATE,
                                 order=Qt.SortOrder.DescendingOrder)
        self.table.setItemDelegateForColumn(SearchModel.EXCERPT, ExcerptDelegate(self.table))
        self.table.setColumnHidden(SearchModel.COUNSELLOR, True)   # shown when a hit is someone else's
        self.table.activated.connect(self._row_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("searchCount")
        self.count_label.setWordWrap(True)
        bottom.addWidget(self.count_label, 1)
        self.open_button = self.make_button("openCase", self.tr("Open case"),
                                            self.tr("Open the case of the selected result (or double-click it)"),
                                            self.open_selected)
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_after_pause)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.focus_field)
        self.setTabOrder(self.field, self.search_button)
        self.setTabOrder(self.search_button, self.all_cases)
        self.setTabOrder(self.all_cases, self.table)
        self.setTabOrder(self.table, self.open_button)
        self._show_scope()
        self._show_count()
        self._update_buttons()

    # -- Page ------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Search")

    @classmethod
    def allowed_for(cls, user) -> bool:
        return may_see_clinical(user)

    def refresh(self) -> None:
        self.all_cases.setVisible(self.ctx.user.is_supervisor)
        # Results may be stale (new notes, a case shared since); an all-cases search
        # is audited, so it is only repeated when asked for.
        if self._reason is None and len(self.field.text().strip()) >= MIN_CHARS:
            self.search_now()
        self.focus_field()

    def clear_sensitive(self) -> None:
        self._timer.stop()
        self.close_dialogs()
        self._reason = None
        self._searched = ""
        self.all_cases.blockSignals(True)
        self.all_cases.setChecked(False)
        self.all_cases.blockSignals(False)
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.model.clear()
        self.names = {}
        self._show_scope()
        self._show_count()
        self._update_buttons()

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    # -- searching ---------------------------------------------------------------
    def _words(self) -> str:
        return self.field.text().strip()

    def _text_changed(self, *_args) -> None:
        if self._reason is not None:
            # Every all-cases search is audited: it runs on Enter only.
            self._timer.stop()
            if self._words() != self._searched:
                self._show_count(pending=True)
            return
        self._timer.start()

    def _search_after_pause(self) -> None:
        if self._reason is None:
            self.search_now()

    def search_now(self) -> None:
        self._timer.stop()
        words = self._words()
        if len(words) < MIN_CHARS:
            self.model.clear()
            self._searched = ""
            self._show_count()
            self._update_buttons()
            return
        try:
            hits = SearchService(self.ctx.session).search(words, all_cases_reason=self._reason,
                                                          limit=RESULT_LIMIT + 1)
            names = dict(clinicians(self.ctx.session))
        except CounselRoomError as err:
            self.model.clear()
            self._searched = ""
            self._show_count()
            self._update_buttons()
            self.show_error(err)
            return
        self._searched = words
        hits = hits[:RESULT_LIMIT]
        self.model.set_hits(hits, words, names)
        # Whose case it is matters only when not all are the user's own.
        me = self.ctx.user.id
        self.table.setColumnHidden(SearchModel.COUNSELLOR, all(h.counsellor_id == me for h in hits))
        self.table.resizeColumnsToContents()
        for col in range(SearchModel.EXCERPT):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col) + 12, MAX_COLUMN_WIDTH))
        self.table.scrollToTop()
        self._show_count(limited=len(hits) > RESULT_LIMIT)
        self._update_buttons()

    def _show_count(self, limited: bool = False, pending: bool = False) -> None:
        words, count = self._words(), self.model.rowCount()
        self.count_label.setStyleSheet(HINT_STYLE)
        if pending:
            self.count_label.setText(self.tr("Press Enter to search all cases for “{text}”.").format(text=words))
        elif not words:
            self.count_label.setText(self.tr("Type at least 2 characters to search the visit notes."))
        elif len(words) < MIN_CHARS:
            self.count_label.setText(self.tr("Type at least 2 characters: one character finds too much."))
        elif not self._searched:
            self.count_label.clear()
        elif count == 0:
            self.count_label.setText(self.tr("No results for “{text}”.").format(text=self._searched))
        elif limited:
            self.count_label.setStyleSheet(ERROR_STYLE)
            self.count_label.setText(self.tr(
                "Only the newest {count} results for “{text}” are shown. Add more words to narrow the "
                "search.").format(count=count, text=self._searched))
        else:
            self.count_label.setText(plural(
                count, self.tr("{count} result for “{text}”. Double-click it to open its case."),
                self.tr("{count} results for “{text}”. Double-click a result to open its case."))
                .format(count=count, text=self._searched))

    def _show_scope(self) -> None:
        if self._reason is not None:
            self.scope.setStyleSheet(WIDE_STYLE)
            self.scope.setText(self.tr(
                "Searching all cases. Reason: {reason}. Every search is recorded in the audit log, so "
                "searches run when you press Enter.").format(reason=self._reason))
        else:
            self.scope.setStyleSheet(HINT_STYLE)
            self.scope.setText(self.tr(
                "Searches the notes and addenda of your own cases and the cases shared with you."))

    # -- all cases (supervisor) ------------------------------------------------------
    def _all_cases_toggled(self, checked: bool) -> None:
        if not checked:
            self._reason = None
            self._show_scope()
            self.search_now()
            return
        # Checked only once a reason is given.
        self.all_cases.blockSignals(True)
        self.all_cases.setChecked(False)
        self.all_cases.blockSignals(False)
        self.ask_reason()

    def ask_reason(self) -> None:
        self.reason_dialog = AllCasesReasonDialog(self)
        self.reason_dialog.accepted.connect(self._reason_given)
        self.reason_dialog.finished.connect(self._reason_dialog_closed)
        self.open_dialog(self.reason_dialog)

    def _reason_given(self) -> None:
        reason = self.sender().reason_text()
        if not reason:
            return
        self._reason = reason
        self.all_cases.blockSignals(True)
        self.all_cases.setChecked(True)
        self.all_cases.blockSignals(False)
        self._show_scope()
        if len(self._words()) >= MIN_CHARS:
            self.search_now()
        else:
            self._show_count()
        self.focus_field()

    def _reason_dialog_closed(self) -> None:
        self.reason_dialog = None

    # -- opening -----------------------------------------------------------------------
    def selected_hit(self) -> SearchHit | None:
        return self.table.selected_record()

    def _update_buttons(self, *_args) -> None:
        self.open_button.setEnabled(self.selected_hit() is not None)

    def _row_activated(self, index) -> None:
        self.open_case_requested.emit(self.table.record_at(index).case_id)

    def open_selected(self) -> None:
        hit = self.selected_hit()
        if hit is not None:
            self.open_case_requested.emit(hit.case_id)
