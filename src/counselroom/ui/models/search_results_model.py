"""Search hits in the visit notes as a table: client, case, date, visit, counsellor, where found, the excerpt."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt

from counselroom.storage.search_repo import SearchHit
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import MARK_BG, TEXT_INK

# The excerpt as rich text: the record's text escaped, the searched words marked.
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
MARK_STYLE = f"background-color: {MARK_BG}; color: {TEXT_INK}; font-weight: 600;"


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
