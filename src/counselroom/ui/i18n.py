"""Choosing the language and loading the compiled translations."""

from __future__ import annotations

import json
import locale
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from counselroom.resources import resource_path

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []


def normalize(lang: str | None) -> str | None:
    if not lang:
        return None
    lang = lang.replace("-", "_")
    if lang.lower().startswith("zh"):
        return "zh_CN"
    if lang.lower().startswith("en"):
        return "en"
    return None


def system_language() -> str:
    """Chinese unless the system clearly asks for English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        found = normalize(os.environ.get(var, "").split(":")[0].split(".")[0])
        if found:
            return found
    try:
        found = normalize(QLocale.system().name())
    except Exception:  # noqa: BLE001 - no locale information at all
        found = None
    return found or normalize(locale.getlocale()[0]) or DEFAULT_LANGUAGE


def saved_language(prefs_path: Path) -> str | None:
    try:
        return normalize(json.loads(prefs_path.read_text(encoding="utf-8")).get("language"))
    except (OSError, ValueError, AttributeError):
        return None


def save_language(prefs_path: Path, lang: str) -> None:
    try:
        data = json.loads(prefs_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    data["language"] = lang
    prefs_path.parent.mkdir(parents=True, exist_ok=True)
    prefs_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def qm_path(lang: str) -> Path:
    return resource_path("translations", f"counselroom_{lang}.qm")


def install(lang: str) -> str:
    """Install the translator for ``lang`` (replacing any earlier one)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    translator = QTranslator(app)
    if translator.load(str(qm_path(lang))):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    for name in (f"qtbase_{lang}",):
        from PySide6.QtCore import QLibraryInfo

        qt = QTranslator(app)
        if qt.load(name, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
    return lang
