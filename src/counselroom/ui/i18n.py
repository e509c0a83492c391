"""Choosing the language and loading the compiled translations."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from counselroom.resources import resource_path

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []
# Counts the installs, so texts cached in one language know when they are stale (table headers).
_generation = 0


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
    """Chinese unless the system clearly asks for English.

    On Linux the locale variables decide (``LC_ALL``, then ``LC_MESSAGES``, then ``LANG``, the
    first one set); ``C`` or ``POSIX`` (e.g. ``LANG=C.UTF-8`` on a server or a fresh desktop)
    names no language, so the default stands. Without them (Windows, macOS) the system's
    locale as Qt reads it decides. The first-run wizard lets the person choose anyway.
    """
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").strip()
        if value:
            name = value.split(".")[0].split("@")[0]
            if name in ("C", "POSIX"):
                return DEFAULT_LANGUAGE
            if name.lower().startswith("en"):
                # GNU's LANGUAGE list may put Chinese first on an English locale.
                first = normalize(os.environ.get("LANGUAGE", "").split(":")[0].split(".")[0])
                return first or "en"
            return DEFAULT_LANGUAGE   # Chinese, or a language CounselRoom does not speak
    try:
        found = normalize(QLocale.system().name())
    except Exception:  # noqa: BLE001 - no locale information at all
        found = None
    return found or DEFAULT_LANGUAGE


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


def generation() -> int:
    """Changes each time a language is installed."""
    return _generation


def qm_path(lang: str) -> Path:
    return resource_path("translations", f"counselroom_{lang}.qm")


def install(lang: str) -> str:
    """Install the translators for ``lang`` (replacing any earlier ones): CounselRoom's own,
    Qt's own (buttons and file and print dialogs), and what Qt's own leaves in English."""
    global _generation
    _generation += 1
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"counselroom_{lang}", str(qm_path(lang).parent)), (f"qtbase_{lang}", qt_folder),
                         (f"qt_supplement_{lang}", str(qm_path(lang).parent))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return lang
