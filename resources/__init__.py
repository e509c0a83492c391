"""The read-only files shipped with the application: fonts, icons, licences, scales, translations.

This folder is the package ``counselroom.resources`` (``setup.py`` maps it onto the
repository's top-level ``resources/``), so an installed wheel and a frozen bundle carry
the files as package data and find them the same way as a source checkout: beside this
module.  The compiled translations (``.qm``) are made by the build (``setup.py``) or, in a
checkout, by ``scripts/bootstrap.sh``; they are never committed.  No Qt, no SQL: every
layer may use this.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _resources_dir() -> Path:
    # Qt and reportlab need real file names, so the package must live on disk (a wheel
    # installed by pip, an editable checkout, or PyInstaller's one-folder bundle; never a
    # zip import).
    return Path(str(files(__name__)))


RESOURCES_DIR: Path = _resources_dir()


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("fonts", "X.ttf")``.

    The path is not checked for existence.
    """
    return RESOURCES_DIR.joinpath(*parts)
