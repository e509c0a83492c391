"""What an opened quarterly archive is, in words: whose seal it bears and what it holds (the viewer's About tab).

The sentences keep the ``ArchiveViewer`` translation context they were written in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.domain.archive import COUNTED_KINDS
from counselroom.services.archive import ArchiveReader, Provenance
from counselroom.ui.archive_records_html import HtmlDoc, esc, exported_text
from counselroom.ui.record_counts import count_label

#: The order of the counts in the "About" tab; the rest follow as the manifest lists them.
COUNT_ORDER = (*(k for k in COUNTED_KINDS if k != "audit"), "users", "audit")


def provenance_text(reader: ArchiveReader) -> str:
    """Whether the archive is as this room exported it ('' when that was not checked)."""
    if reader.provenance is Provenance.AS_EXPORTED:
        return "✓ " + QCoreApplication.translate(
            "ArchiveViewer", "Sealed by this room: unchanged since it was exported.")
    if reader.provenance is Provenance.NOT_AS_EXPORTED:
        return "⚠ " + QCoreApplication.translate(
            "ArchiveViewer", "This archive opens, but it is not as this room exported it: its seal is missing "
                             "or does not match. Its contents may have been changed after the export; "
                             "rely on another copy of this quarter's archive.")
    return ""


def about_html(reader: ArchiveReader) -> str:
    """The archive's file, period, export, checksums and seal, and how many records of each kind it holds."""
    manifest = reader.manifest
    seal = (manifest.get("seal") or {}).get("value") if isinstance(manifest.get("seal"), dict) else None
    seal_text = seal or QCoreApplication.translate("ArchiveViewer", "none")
    provenance = provenance_text(reader)
    out = HtmlDoc()
    out.heading(2, QCoreApplication.translate("ArchiveViewer", "Quarterly archive {quarter}").format(
        quarter=str(reader.quarter)))
    period = QCoreApplication.translate("ArchiveViewer", "{first} to {last}").format(
        first=manifest.get("first_day", ""), last=manifest.get("last_day", ""))
    exported = QCoreApplication.translate("ArchiveViewer", "{time} by {name}").format(
        time=exported_text(reader.exported_at), name=reader.exported_by)
    size = QCoreApplication.translate("ArchiveViewer", "{size} bytes").format(size=f"{reader.size:,}")
    check = QCoreApplication.translate(
        "ArchiveViewer", "Opened and checked: every file matches its checksum in the archive's manifest.")
    out.fields([
        (QCoreApplication.translate("ArchiveViewer", "Room"), esc(reader.room_name)),
        (QCoreApplication.translate("ArchiveViewer", "Quarter"), esc(period)),
        (QCoreApplication.translate("ArchiveViewer", "Exported"), esc(exported)),
        (QCoreApplication.translate("ArchiveViewer", "File"), esc(reader.file_name)),
        (QCoreApplication.translate("ArchiveViewer", "Size"), esc(size)),
        (QCoreApplication.translate("ArchiveViewer", "SHA-256"),
         f"<span style='font-family: monospace;'>{esc(reader.sha256)}</span>"),
        (QCoreApplication.translate("ArchiveViewer", "Seal"),
         f"<span style='font-family: monospace;'>{esc(seal_text)}</span>"),
        (QCoreApplication.translate("ArchiveViewer", "Check"),
         esc(check + ("" if not provenance else " " + provenance))),
    ])
    out.heading(3, QCoreApplication.translate("ArchiveViewer", "What the archive holds"))
    # The kinds a person reads about; the inner tables (crisis steps, …) are in the README.
    order = [k for k in COUNT_ORDER if k in reader.counts] + sorted(
        k for k in reader.counts if k not in COUNT_ORDER and count_label(k) != k)
    out.fields([(count_label(k), esc(f"{reader.counts[k]:,}")) for k in order if reader.counts[k]]
               + [(QCoreApplication.translate("ArchiveViewer", "PDF case files"),
                   esc(f"{len(manifest.get('case_file_of_client', {})):,}"))])
    return out.html()
