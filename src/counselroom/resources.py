"""Where the read-only files shipped with the application live (fonts, icons, translations).

From a source checkout (src layout) that is the repository's top-level
``resources/`` folder; in a PyInstaller bundle it is ``resources/`` inside the
unpacked bundle (``sys._MEIPASS``).  No Qt, no SQL: every layer may use this.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


RESOURCES_DIR: Path = _resources_dir()


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("fonts", "X.ttf")``.

    The path is not checked for existence.
    """
    return RESOURCES_DIR.joinpath(*parts)
