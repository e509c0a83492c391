"""The interface speaks one language at a time: Qt's own dialogs too, the documented default
when the system names no language, and no requirement ids or stray English in Chinese."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QWidget

from counselroom.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def _english_words(widget: QWidget) -> list[str]:
    """Texts of labels and buttons that still hold an English word (paths and filters aside)."""
    found = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, (QLabel, QAbstractButton)) and child.isVisibleTo(widget):
            text = TECHNICAL.sub("", child.text().replace("&", ""))
            if re.search(r"[A-Za-z]{3,}", text) and "/" not in text and "*." not in text:
                found.append(text)
    return found


@pytest.mark.language("zh_CN")
@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_qt_file_dialogs_are_chinese(qtbot, mode):
    dialog = QFileDialog(None, "选择文件")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    dialog.setNameFilter("PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    assert _english_words(dialog) == []


@pytest.mark.language("zh_CN")
def test_the_print_dialog_is_chinese(qtbot):
    printer = QPrinter()      # kept alive while the dialog uses it
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _english_words(dialog) == []
    dialog.close()


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "C.UTF-8"}, "zh_CN"), ({"LANG": "POSIX"}, "zh_CN"), ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "en_US.UTF-8"}, "en"), ({"LANG": "en_GB.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh_CN"),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "C"}, "zh_CN"), ({"LANG": "de_DE.UTF-8"}, "zh_CN"),
    ({"LANG": "C.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
])
def test_the_default_language_is_chinese_unless_the_system_asks_for_english(monkeypatch, env, expected):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert i18n.system_language() == expected


# Words that stay as they are in Chinese text: names of keys, file formats, products and the
# technical names a supervisor types (scale codes, file names).
TECHNICAL = re.compile(
    r"\{[a-z_0-9]+(:[^}]*)?\}|\*?\.[a-z0-9]+\b|wang|zhangming|AES-256|"
    r"Ctrl|Shift|Return|Enter|Esc|Delete|Page Up|Page Down|PDF|PNG|JPEG|JSON|CSV|Excel|xlsx|"
    r"USB|SHA-256|7-Zip|CounselRoom(-<[^>]*>)?(\.7z)?|counselroom\.keys(\.previous)?|Windows|macOS|Secret Service|"
    r"GNOME|KWallet|SQLite|PHQ-9|GAD-7|SCL-90|SAS|SDS|MHT|phq9|text\.zh_CN|sum|mean|bands|UTF-8|"
    r"\"reverse\": true|positive|invalid|alert|total|subscale|item|count|any|all|UTF-16|GB18030|GBK|"
    r"--[a-z0-9-]+|counselroom[\w.\-…]*|WPS|Big5|JIS|EUC-JP|EUC-KR|BOM|Microsoft Print to|OneNote|U\+[0-9A-F]{4,5}")


def _chinese_catalogue():
    root = ET.parse(ROOT / "resources" / "translations" / "counselroom_zh_CN.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source") or "", message.findtext("translation") or ""


def test_no_requirement_ids_on_screen():
    shown = [(ctx, source) for ctx, source, translation in _chinese_catalogue()
             if re.search(r"\(R\d+\)|（R\d+）|\bR\d{1,2}\b", source + " " + translation)]
    assert shown == []


def test_chinese_texts_hold_no_english_beyond_technical_names():
    stray = [(ctx, translation) for ctx, _source, translation in _chinese_catalogue()
             if re.search(r"[A-Za-z]{3,}", TECHNICAL.sub("", translation))]
    assert stray == []
