"""Backups in words: when one was made, how big it is, what it holds, what its check found."""

from __future__ import annotations

import html

from counselroom.domain.backups import BackupContents, BackupFile
from counselroom.ui.messages import finding_text
from counselroom.ui.record_counts import count_label

# What a backup's summary names, in this order (the rest is in the details).
SUMMARY_TABLES = ("clients", "cases", "visits", "test_administrations", "crises")


def local_time(backup: BackupFile) -> str:
    return backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    if size >= 1024 * 1024 * 1024:
        return f"{size / (1024 ** 3):.1f} GB"
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(size, 1) / 1024:.0f} KB"


def contents_summary(contents: BackupContents) -> str:
    """One line: "Clients 120 · Cases 98 · Visit records 1,540 · …"."""
    return " · ".join(f"{count_label(t)} {contents.counts[t]:,}" for t in SUMMARY_TABLES if t in contents.counts)


def findings_html(findings) -> str:
    return "<br>".join("• " + html.escape(finding_text(f)) for f in findings[:12])
