"""Build steps that pyproject.toml cannot express.

* ``counselroom.resources`` is the repository's top-level ``resources/`` folder (fonts,
  scales, translations, icons, licences), so the project keeps its layout while wheels
  and frozen bundles carry the files as package data.
* The compiled translations (``.qm``) are made from the ``.ts`` sources at build time with
  Qt's ``lrelease`` (from PySide6-Essentials, a build requirement); they are never committed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "resources" / "translations"


def _lrelease() -> str:
    try:
        import PySide6
    except ImportError:
        PySide6 = None
    if PySide6 is not None:
        for name in ("lrelease", "lrelease.exe"):
            candidate = Path(PySide6.__file__).parent / name
            if candidate.is_file():
                return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("Building CounselRoom needs Qt's lrelease (pip install PySide6-Essentials).")
    return found


class BuildWithTranslations(build_py):
    """Compile every ``.ts`` into the build's ``counselroom/resources/translations``."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "counselroom" / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        tool = _lrelease()
        for ts in sorted(TRANSLATIONS.glob("*.ts")):
            subprocess.run([tool, "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")], check=True)


# Folders of data files are packages too (without __init__.py), so each is named here with
# what it ships; a checkout's .ts sources and stale .qm files stay out.
DATA = {
    "counselroom.storage": ["migrations/*.sql"],
    # famous lines, slogans, idioms, word lists and pinyin for the passphrase estimator
    "counselroom.archive.data": ["*.txt"],
    "counselroom.resources": [],
    "counselroom.resources.fonts": ["*.ttf", "OFL.txt", "README.md"],
    "counselroom.resources.icons": ["*.png", "*.ico"],
    "counselroom.resources.licenses": ["*.txt", "*.md", "*.json"],
    "counselroom.resources.scales": ["*.json", "README.md"],   # where each scale comes from, its licence
    "counselroom.resources.translations": [],
}

setup(
    packages=sorted({*find_packages("src"), *DATA}),
    package_dir={"": "src", "counselroom.resources": "resources"},
    package_data=DATA,
    cmdclass={"build_py": BuildWithTranslations},
)
