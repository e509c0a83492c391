"""Sentences for importing a student list (roster) into the clients."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui.messages.counted import Counted


def texts() -> dict[str, str | Counted]:
    """Code → sentence, in the language now installed."""
    return {
        # roster import
        "roster.encoding": QCoreApplication.translate(
            "Messages", "The file's text encoding is neither UTF-8 nor GBK/GB18030. Save it again "
            "from Excel as \"CSV UTF-8\" or as .xlsx."),
        "roster.encoding_big5": QCoreApplication.translate(
            "Messages", "The file is written in Big5 (Traditional Chinese) and would import as garbled text: "
            "ask for it as .xlsx or \"CSV UTF-8\", or open it in Excel or WPS with that encoding and save it as .xlsx."),
        "roster.encoding_japanese": QCoreApplication.translate(
            "Messages", "The file is written in a Japanese encoding (Shift-JIS or EUC-JP) and would import as "
            "garbled text: ask for it as .xlsx or \"CSV UTF-8\", or open it in Excel or WPS with that encoding "
            "and save it as .xlsx."),
        "roster.encoding_korean": QCoreApplication.translate(
            "Messages", "The file is written in a Korean encoding (EUC-KR) and would import as garbled text: "
            "ask for it as .xlsx or \"CSV UTF-8\", or open it in Excel or WPS with that encoding and save it "
            "as .xlsx."),
        "roster.encoding_utf16": QCoreApplication.translate(
            "Messages", "The file is UTF-16 text without the mark that says so, which cannot be read safely: "
            "open it in Excel or WPS and save it as \"CSV UTF-8\" or as .xlsx."),
        "roster.encoding_named": QCoreApplication.translate(
            "Messages", "The file's text looks like {encoding}, not UTF-8 or GBK/GB18030: open it in Excel or "
            "WPS and save it as \"CSV UTF-8\" or as .xlsx."),
        "roster.not_text": QCoreApplication.translate(
            "Messages", "The file is not a CSV text file (it holds binary data); choose the student list saved "
            "from Excel or WPS as .xlsx or .csv."),
        "roster.csv_malformed": QCoreApplication.translate(
            "Messages", "The CSV file is damaged near line {line} (a quotation mark that is never closed, or "
            "a cell too long); open it in Excel or WPS and save it again."),
        "roster.unreadable": QCoreApplication.translate(
            "Messages", "The file cannot be read as an Excel workbook (.xlsx): it is damaged or not really a "
            "workbook. Open it in Excel or WPS and save it again as .xlsx."),
        "roster.old_or_protected": QCoreApplication.translate(
            "Messages", "The file is an old Excel 97-2003 workbook (.xls) or is protected by a password; open "
            "it in Excel or WPS and save it as .xlsx without a password."),
        "roster.too_large": QCoreApplication.translate(
            "Messages", "The file is too large for a student list (at most {max_mb} MB)."),
        "roster.cannot_read": QCoreApplication.translate("Messages", "The file cannot be read: {path}"),
        "roster.missing": QCoreApplication.translate("Messages", "There is no file {path}."),
        "roster.not_a_file": QCoreApplication.translate(
            "Messages", "{path} is a folder, not a file; choose the student list inside it."),
        "roster.unsupported": QCoreApplication.translate(
            "Messages", "Files of type {suffix} are not supported; use .xlsx or .csv."),
        "roster.empty_file": QCoreApplication.translate("Messages", "The file is empty."),
        "roster.too_many_rows": QCoreApplication.translate("Messages", "The file has more than {max} rows."),
        "roster.column_missing": QCoreApplication.translate(
            "Messages", "No column is chosen for this field, and it is required."),
        "roster.duplicate_in_file": QCoreApplication.translate(
            "Messages", "The same person appears again (row {other})."),
        "roster.empty": QCoreApplication.translate("Messages", "The file has no rows to import."),
        "roster.gender_unknown": QCoreApplication.translate(
            "Messages", "\"{value}\" is not a gender (男/女)."),
        "roster.type_unknown": QCoreApplication.translate(
            "Messages", "\"{value}\" is not a client type (学生/家长/教职工)."),
        "roster.date_unreadable": QCoreApplication.translate(
            "Messages", "\"{value}\" is not a date like 2010-05-01."),
        "roster.rejected": Counted("count", QCoreApplication.translate(
            "Messages", "The file was rejected; nothing was imported ({count} problem)."), QCoreApplication.translate(
            "Messages", "The file was rejected; nothing was imported ({count} problems).")),
    }
