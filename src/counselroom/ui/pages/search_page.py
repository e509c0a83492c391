"""Search (全文检索): find words in the visit notes of one's own and shared cases.

Counsellors search the cases they hold or that are shared with them. The
supervisor may search every case, but only after stating a reason; each such
search is recorded in the audit log, so in that mode a search runs on Enter
only, never while typing.

A search in one's own cases runs on a worker (``Page.load``), so typing never
waits for it; a newer search drops the answer of an older one. The all-cases
search still runs on the GUI thread: it writes its audit row in the same call,
through the session's connection. The pause before searching while typing keeps
a search from starting on every key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from counselroom.domain.access import may_see_clinical
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.plural import plural
from counselroom.services.permissions import Permissions
from counselroom.services.search import SearchResults, SearchService
from counselroom.services.session import Session
from counselroom.services.staff_directory import clinicians
from counselroom.storage.search_repo import SearchHit
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.all_cases_reason_dialog import AllCasesReasonDialog
from counselroom.ui.models.search_results_model import SearchModel
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE, NOTICE_BG, WARNING_BORDER, WIDE_SEARCH_INK
from counselroom.ui.widgets.excerpt_delegate import ExcerptDelegate
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

MIN_CHARS = 2
RESULT_LIMIT = 200
SEARCH_DELAY_MS = 400
MAX_COLUMN_WIDTH = 200   # the excerpt, last, gets the rest
WIDE_STYLE = (f"background: {NOTICE_BG}; border: 1px solid {WARNING_BORDER}; border-radius: 6px;"
              f" padding: 6px 10px; color: {WIDE_SEARCH_INK};")


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
        self.all_cases.setVisible(Permissions(ctx.session).oversees_all_cases())
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
        self.more_button = self.make_button("moreResults", self.tr("More…"),
                                            self.tr("Show the next older results"), self.show_more)
        bottom.addWidget(self.more_button)
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
        self.all_cases.setVisible(Permissions(self.ctx.session).oversees_all_cases())
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
            self.loader.cancel()   # a search still under way is for words no longer there
            self.model.clear()
            self._searched = ""
            self._show_count()
            self._update_buttons()
            return
        # An all-cases search is audited with its reason: its worker may append that row.
        reason = self._reason
        self.load(lambda session: _search(session, words, reason),
                  lambda found: self._show_hits(words, *found), failed=self._search_failed,
                  audits=reason is not None)

    def _search_failed(self, err: CounselRoomError) -> None:
        self.model.clear()
        self._searched = ""
        self._show_count()
        self._update_buttons()
        self.show_error(err)

    def _show_hits(self, words: str, hits: list[SearchHit], names: dict[int, str]) -> None:
        self._searched = words
        limited = len(hits) > RESULT_LIMIT
        hits = hits[:RESULT_LIMIT]
        self.model.set_hits(hits, words, names)
        # Whose case it is matters only when not all are the user's own.
        me = self.ctx.user.id
        self.table.setColumnHidden(SearchModel.COUNSELLOR, all(h.counsellor_id == me for h in hits))
        self.table.resizeColumnsToContents()
        for col in range(SearchModel.EXCERPT):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col) + 12, MAX_COLUMN_WIDTH))
        self.table.scrollToTop()
        self._show_count(limited=limited)
        self._update_buttons()

    def show_more(self) -> None:
        """The next older results after those shown (a page of an all-cases search is audited
        as a search of its own)."""
        shown = [self.model.row_at(i) for i in range(self.model.rowCount())]
        if not self._searched or not shown:
            return
        words, oldest = self._searched, min(h.visit_id for h in shown)
        reason = self._reason
        # The same slot as a search: new words drop older results still under way.
        self.load(lambda session: _older_hits(session, words, oldest, reason),
                  lambda more: self._show_more(shown, words, *more), failed=self.show_error,
                  audits=reason is not None)

    def _show_more(self, shown: list[SearchHit], words: str, found: SearchResults, names: dict[int, str]) -> None:
        self.model.set_hits(shown + found.hits, words, names)
        self.table.setColumnHidden(SearchModel.COUNSELLOR,
                                   all(h.counsellor_id == self.ctx.user.id for h in shown + found.hits))
        self._show_count(limited=found.more)

    def _show_count(self, limited: bool = False, pending: bool = False) -> None:
        words, count = self._words(), self.model.rowCount()
        self.more_button.setVisible(limited and not pending)
        self.count_label.setStyleSheet(HINT_STYLE)
        if pending:
            self.count_label.setText(self.tr("Press Enter to search all cases for \"{text}\".").format(text=words))
        elif not words:
            self.count_label.setText(self.tr("Type at least 2 characters to search the visit notes."))
        elif len(words) < MIN_CHARS:
            self.count_label.setText(self.tr("Type at least 2 characters: one character finds too much."))
        elif not self._searched:
            self.count_label.clear()
        elif count == 0:
            self.count_label.setText(self.tr("No results for \"{text}\".").format(text=self._searched))
        elif limited:
            self.count_label.setStyleSheet(ERROR_STYLE)
            self.count_label.setText(self.tr(
                "Only the newest {count} results for \"{text}\" are shown. Add more words to narrow the "
                "search.").format(count=count, text=self._searched))
        else:
            self.count_label.setText(plural(
                count, self.tr("{count} result for \"{text}\". Double-click it to open its case."),
                self.tr("{count} results for \"{text}\". Double-click a result to open its case."))
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
        dialog = self.sender()
        assert isinstance(dialog, AllCasesReasonDialog)   # only its accepted signal comes here
        reason = dialog.reason_text()
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


def _search(session: Session, words: str, reason: str | None) -> tuple[list[SearchHit], dict[int, str]]:
    """The newest hits (one more than shown: whether there are more) in one's own and shared
    cases, or in every case with ``reason``, with the names of the counsellors whose cases they
    are (on a worker)."""
    hits = SearchService(session).search(words, all_cases_reason=reason, limit=RESULT_LIMIT + 1)
    return hits, dict(clinicians(session))


def _older_hits(session: Session, words: str, oldest: int,
                reason: str | None) -> tuple[SearchResults, dict[int, str]]:
    """The next older hits after visit ``oldest`` (on a worker)."""
    found = SearchService(session).find(words, all_cases_reason=reason, limit=RESULT_LIMIT, older_than=oldest)
    return found, dict(clinicians(session))
