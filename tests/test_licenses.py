"""resources/licenses/ names every component shipped with CounselRoom, with its licence text (issue 13).

What ships is resolved here on its own, from counselroom's installed metadata: its
requirements without the test extra, followed recursively through the installed
distributions (environment markers evaluated for this platform). Every one of them needs
an entry in ``index.json`` with the installed name and version and a non-empty text that
holds the licence files it was installed with; ``installer/collect_licenses.py --check``
must find the folder up to date.
"""

from __future__ import annotations

import importlib.metadata as metadata
import importlib.util
import json
import platform
import re
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from counselroom.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = resource_path("licenses")
SCRIPT = ROOT / "installer" / "collect_licenses.py"
BUILD_TOOLS = {"pyinstaller"}   # in the bundle (bootloader), listed when the build environment has it


def _shipped() -> dict[str, metadata.Distribution]:
    found: dict[str, metadata.Distribution] = {}
    pending = [(line, {"extra": ""}) for line in metadata.distribution("counselroom").requires or []]
    seen: set[tuple[str, frozenset[str]]] = set()
    while pending:
        line, env = pending.pop()
        req = Requirement(line)
        if req.marker is not None and not req.marker.evaluate(env):
            continue
        dist = metadata.distribution(req.name)
        key = canonicalize_name(dist.metadata["Name"])
        if (key, frozenset(req.extras)) in seen:
            continue
        seen.add((key, frozenset(req.extras)))
        found[key] = dist
        for extra in {"", *req.extras}:
            pending += [(sub, {"extra": extra}) for sub in dist.requires or []]
    return found


@pytest.fixture(scope="module")
def shipped() -> dict[str, metadata.Distribution]:
    return _shipped()


@pytest.fixture(scope="module")
def index() -> list[dict]:
    return json.loads((FOLDER / "index.json").read_text(encoding="utf-8"))["components"]


def _by_distribution(index: list[dict]) -> dict[str, dict]:
    return {c["distribution"]: c for c in index if c.get("distribution")}


def _words(text: str) -> str:
    return " ".join(text.split())


def test_the_test_tools_are_not_shipped(shipped):
    assert {"pytest", "pytest-qt", "hypothesis", "import-linter", "pypdf", "fonttools", "keyrings-alt"}.isdisjoint(
        shipped)
    # and what the issue names is found through the metadata
    assert {"pyside6", "shiboken6", "sqlcipher3", "reportlab", "rl-accel", "keyring", "argon2-cffi", "cryptography",
            "py7zr", "platformdirs", "openpyxl", "et-xmlfile", "pypinyin", "zxcvbn", "charset-normalizer", "cffi",
            "pycparser", "more-itertools", "texttable", "inflate64", "pyppmd", "pybcj", "multivolumefile"} <= set(shipped)


def test_every_shipped_distribution_has_an_entry_with_its_name_and_version(shipped, index):
    listed = _by_distribution(index)
    missing = sorted(set(shipped) - set(listed))
    assert not missing, f"run installer/collect_licenses.py: no licence entry for {missing}"
    wrong = [(key, listed[key]["name"], listed[key]["version"], dist.metadata["Name"], dist.version)
             for key, dist in shipped.items()
             if (listed[key]["name"], listed[key]["version"]) != (dist.metadata["Name"], dist.version)]
    assert not wrong, f"index name/version differ from the installed ones: {wrong}"


def test_no_entry_for_a_distribution_that_is_not_shipped(shipped, index):
    extra = sorted(set(_by_distribution(index)) - set(shipped) - BUILD_TOOLS)
    assert not extra, f"listed but not a runtime dependency any more: {extra}"


def test_every_entry_has_a_licence_and_non_empty_texts(index):
    assert index
    for component in index:
        assert component["name"].strip() and component["licence"].strip(), component
        assert component["files"], component
        for name in component["files"]:
            path = FOLDER / name
            assert path.is_file(), f"{component['name']}: {name} missing"
            assert path.read_text(encoding="utf-8").strip(), f"{component['name']}: {name} is empty"
    referenced = {name for c in index for name in c["files"]}
    unreferenced = sorted(p.name for p in FOLDER.glob("*.txt") if p.name not in referenced)
    assert not unreferenced, f"licence texts no entry shows: {unreferenced}"


def test_the_texts_hold_the_licence_files_the_distributions_were_installed_with(shipped, index):
    listed = _by_distribution(index)
    for key, dist in shipped.items():
        shipped_text = _words((FOLDER / listed[key]["files"][0]).read_text(encoding="utf-8"))
        for name in dist.metadata.get_all("License-File") or []:
            text = dist.read_text(f"licenses/{name}") or dist.read_text(name)
            if text is not None:
                assert _words(text) in shipped_text, f"{dist.metadata['Name']}: {name} is not in the shipped text"


def test_the_components_that_are_not_distributions(index):
    from PySide6.QtCore import qVersion

    named = {c["name"]: c for c in index}
    assert named["Qt"]["version"] == qVersion() and named["Qt"]["licence"] == "LGPL-3.0-only"
    assert named["Qt"]["files"][1:] == ["LGPL-3.0.txt", "GPL-3.0.txt"]
    for key in ("pyside6", "shiboken6"):
        assert _by_distribution(index)[key]["files"][1:] == ["LGPL-3.0.txt", "GPL-3.0.txt"]
    lgpl = (FOLDER / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl and "Version 3, 29 June 2007" in lgpl
    gpl = (FOLDER / "GPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in gpl and "Version 3, 29 June 2007" in gpl and "END OF TERMS" in gpl
    assert "_internal/PySide6/" in (FOLDER / "Qt.txt").read_text(encoding="utf-8")
    python = named["Python"]
    assert python["licence"] == "PSF-2.0"
    assert python["version"].split(".")[:2] == platform.python_version().split(".")[:2]
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in (FOLDER / python["files"][0]).read_text(encoding="utf-8")
    font = named["CounselRoom Sans SC"]
    assert font["licence"] == "OFL-1.1"
    ofl = resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert _words(ofl) in _words((FOLDER / font["files"][0]).read_text(encoding="utf-8"))
    # C libraries compiled into wheels
    assert named["SQLCipher"]["licence"] == "BSD-3-Clause"
    assert "ZETETIC LLC" in (FOLDER / "SQLCipher.txt").read_text(encoding="utf-8")
    assert named["OpenSSL"]["licence"] == "Apache-2.0"
    assert "Apache License" in (FOLDER / "OpenSSL.txt").read_text(encoding="utf-8")
    assert "CC0" in named["Argon2 reference implementation"]["licence"]


def test_the_folder_is_what_the_script_writes(capsys):
    spec = importlib.util.spec_from_file_location("collect_licenses", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = script      # its dataclasses look their module up
    try:
        spec.loader.exec_module(script)
    finally:
        del sys.modules[spec.name]
    listed = {c.get("distribution") for c in json.loads((FOLDER / "index.json").read_text(encoding="utf-8"))
              ["components"]}
    installed_tools = {t for t in BUILD_TOOLS if _installed(t)}
    if installed_tools != BUILD_TOOLS & listed:
        pytest.skip("the build tools installed here differ from the ones the index was written with")
    assert script.main(["--check", "--out", str(FOLDER)]) == 0, capsys.readouterr().out


def _installed(name: str) -> bool:
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def test_readme_lists_every_component(index):
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    for component in index:
        assert re.search(rf"^\| {re.escape(component['name'])}\b", readme, re.M), component["name"]
