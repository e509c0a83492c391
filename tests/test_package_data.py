"""Every shipped data file reaches the installed package.

Run from a checkout (editable install) this checks the mapping of ``counselroom.resources``
onto ``resources/``; in CI's second run, on the venv with the wheel, it checks that the
wheel carries every file the checkout has (setup.py names the package data).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# checkout folder -> (installed package, folder in it); sources and build inputs stay out
SHIPPED = {
    ROOT / "resources": ("counselroom.resources", ""),
    ROOT / "src" / "counselroom" / "storage" / "migrations": ("counselroom.storage", "migrations"),
    ROOT / "src" / "counselroom" / "archive" / "data": ("counselroom.archive", "data"),
}
NOT_SHIPPED = (".ts", ".py", ".pyc", ".qm")


def _checkout_files(folder: Path) -> list[Path]:
    return sorted(p.relative_to(folder) for p in folder.rglob("*")
                  if p.is_file() and p.suffix not in NOT_SHIPPED and "__pycache__" not in p.parts)


@pytest.mark.parametrize("folder, place", SHIPPED.items(), ids=lambda v: getattr(v, "name", None))
def test_every_data_file_of_the_checkout_is_in_the_installed_package(folder, place):
    package, sub = place
    installed = resources.files(package).joinpath(sub) if sub else resources.files(package)
    wanted = _checkout_files(folder)
    assert wanted
    missing = [str(rel) for rel in wanted if not installed.joinpath(*rel.parts).is_file()]
    assert not missing, f"not in the installed package {package}: {missing}"
    for rel in wanted:
        assert installed.joinpath(*rel.parts).read_bytes() == (folder / rel).read_bytes(), rel


def test_the_translations_are_compiled_into_the_package():
    translations = resources.files("counselroom.resources").joinpath("translations")
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = translations.joinpath(f"{ts.stem}.qm")
        assert qm.is_file(), qm
        assert qm.read_bytes()[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt's .qm magic
