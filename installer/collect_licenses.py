#!/usr/bin/env python3
"""Write ``resources/licenses/``: the licence of every component shipped with CounselRoom.

What is shipped is what ``counselroom``'s runtime requirements resolve to in the
environment that builds the application: its ``Requires-Dist`` (without the ``test``
extra), followed recursively through the installed distributions' metadata, with
environment markers evaluated for *this* interpreter and platform (keyring needs
``pywin32-ctypes`` on Windows but ``SecretStorage``/``jeepney`` on Linux).  Run it in
the build environment, before PyInstaller, so the list matches what is bundled::

    .venv/bin/python installer/collect_licenses.py           # rewrite resources/licenses/
    .venv/bin/python installer/collect_licenses.py --check   # exit 1 if it is out of date

Written into the folder:

- one ``<Name>.txt`` per installed distribution, made from the licence files in its
  ``*.dist-info`` (PySide6 and Shiboken6 carry none: a notice pointing to the LGPL-3.0
  text is written for them);
- ``Python.txt`` (the running interpreter's ``LICENSE.txt``), ``Qt.txt`` (the Qt libraries
  inside the PySide6 wheels, and how to replace them), ``CounselRoomSansSC-OFL.txt`` (the
  font's ``resources/fonts/OFL.txt``);
- ``index.json``: component, version, licence and text files, read by the About dialog
  (``counselroom.ui.dialogs.about_dialog``); ``README.md``: the same as a table.

Texts no installed distribution carries are kept in the folder by hand and never
rewritten here (``FIXED``): the LGPL-3.0 and GPL-3.0 texts, and the licences of the C
libraries compiled into wheels (SQLCipher and OpenSSL in ``sqlcipher3``, OpenSSL in
``cryptography``, the Argon2 reference code in ``argon2-cffi-bindings``).  A ``.txt``
file that is neither written nor fixed is removed.

A distribution whose licence cannot be told from its metadata, or that ships no licence
file, stops the script with a message: add it to ``LICENCE_OVERRIDES`` (or give it a fixed
text) after reading its licence.  ``tests/test_licenses.py`` runs ``--check``.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import json
import platform
import re
import sys
import sysconfig
from dataclasses import asdict, dataclass, field
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO_ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = REPO_ROOT / "resources" / "licenses"
FONT_LICENCE = REPO_ROOT / "resources" / "fonts" / "OFL.txt"
ROOT_DISTRIBUTION = "counselroom"
INDEX = "index.json"
README = "README.md"

#: Kept in the folder by hand (see the module docstring): file -> where the text comes from.
FIXED = {
    "LGPL-3.0.txt": "GNU LGPL version 3, https://www.gnu.org/licenses/lgpl-3.0.txt",
    "GPL-3.0.txt": "GNU GPL version 3 (the LGPL-3.0 refers to it), https://www.gnu.org/licenses/gpl-3.0.txt",
    "SQLCipher.txt": "LICENSE.md of github.com/sqlcipher/sqlcipher, and SQLite's public-domain notice",
    "OpenSSL.txt": "OpenSSL 3+ is under Apache-2.0 (LICENSE.txt of github.com/openssl/openssl)",
    "Argon2.txt": "LICENSE of github.com/P-H-C/phc-winner-argon2 (CC0-1.0 or Apache-2.0)",
}
LGPL_TEXTS = ["LGPL-3.0.txt", "GPL-3.0.txt"]

#: Licence of distributions whose metadata is vague or missing (checked by reading their texts).
LICENCE_OVERRIDES = {
    "reportlab": "BSD-3-Clause",          # "BSD license (see license.txt for details), ..."
    "rl-accel": "BSD-3-Clause",           # the same text as reportlab's
    "sqlcipher3": "Zlib",                 # pysqlite's licence (SQLCipher itself: SQLCipher.txt)
    "multivolumefile": "LGPL-2.1-or-later",  # "LGPL-2.1+"
    "pycryptodomex": "BSD-2-Clause AND public domain",  # "BSD, Public Domain"
    # Only its bootloader (the .exe) and run-time hooks are in the built application.
    "pyinstaller": "GPL-2.0-or-later WITH Bootloader-exception",
}
CLASSIFIERS = {
    "License :: OSI Approved :: MIT License": "MIT",
    "License :: OSI Approved :: BSD License": "BSD",
    "License :: OSI Approved :: Apache Software License": "Apache-2.0",
    "License :: OSI Approved :: Python Software Foundation License": "PSF-2.0",
    "License :: OSI Approved :: ISC License (ISCL)": "ISC",
    "License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)": "LGPL-2.1-or-later",
    "License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0-only",
}
#: The Qt for Python distributions: no licence file in their dist-info; used under LGPL-3.0.
QT_FAMILY = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
#: Tools whose code ends up in the built application although no runtime requirement names them
#: (listed when installed: the build environment has them, see the ``build`` extra): PyInstaller's
#: bootloader is the program's .exe, its run-time hooks are inside. Their own requirements are not shipped.
BUILD_TOOLS = ("pyinstaller",)


class CollectError(Exception):
    pass


@dataclass
class Component:
    name: str
    version: str
    licence: str
    files: list[str]
    distribution: str | None = None   # canonical distribution name, when it is one
    note: str = ""

    def as_json(self) -> dict:
        data = asdict(self)
        if not data["note"]:
            del data["note"]
        return data


@dataclass
class Collection:
    components: list[Component] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)   # generated file -> text


# -- what is shipped ---------------------------------------------------------------------------
def runtime_distributions(root: str = ROOT_DISTRIBUTION) -> dict[str, metadata.Distribution]:
    """Canonical name -> installed distribution, for everything ``root`` needs at run time."""
    found: dict[str, metadata.Distribution] = {}
    extras_seen: dict[str, set[str]] = {}

    def visit(name: str, extras: set[str], wanted_by: str) -> None:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            raise CollectError(f"{name} (needed by {wanted_by}) is not installed") from None
        key = canonicalize_name(dist.metadata["Name"])
        seen = extras_seen.get(key)
        if seen is not None and extras <= seen:
            return
        new_extras = extras - (seen or set())
        extras_seen[key] = (seen or set()) | extras
        found[key] = dist
        # Its base requirements the first time, then those of each extra asked for.
        environments = ([{"extra": ""}] if seen is None else []) + [{"extra": e} for e in sorted(new_extras)]
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is None:
                if seen is None:
                    visit(req.name, set(req.extras), key)
            elif any(req.marker.evaluate(env) for env in environments):
                visit(req.name, set(req.extras), key)

    root_dist = metadata.distribution(root)
    for line in root_dist.requires or []:
        req = Requirement(line)
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        visit(req.name, set(req.extras), root)
    for tool in BUILD_TOOLS:
        try:
            dist = metadata.distribution(tool)
        except metadata.PackageNotFoundError:
            continue
        found.setdefault(canonicalize_name(dist.metadata["Name"]), dist)
    return found


def licence_of(key: str, dist: metadata.Distribution) -> str:
    if key in LICENCE_OVERRIDES:
        return LICENCE_OVERRIDES[key]
    meta = dist.metadata
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    mapped = sorted({CLASSIFIERS[c] for c in meta.get_all("Classifier") or [] if c in CLASSIFIERS})
    if mapped:
        return " OR ".join(mapped)
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and text.upper() != "UNKNOWN" and (len(text) <= 40 or _SPDX.match(text)):
        return text
    raise CollectError(f"{meta['Name']}: no clear licence in its metadata; read its licence and add it "
                       f"to LICENCE_OVERRIDES")


_SPDX = re.compile(r"^[A-Za-z0-9.+-]+( (OR|AND|WITH) [A-Za-z0-9.+-]+)*$")
_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the licence files in the distribution's dist-info folder."""
    names = dist.metadata.get_all("License-File") or []
    found: list[tuple[str, str]] = []
    for name in names:
        for candidate in (f"licenses/{name}", name):
            text = dist.read_text(candidate)
            if text is not None:
                found.append((name, text))
                break
    if found:
        return found
    # Older metadata lists no License-File: the licence files at the top of the dist-info folder.
    for path in dist.files or []:
        parts = path.parts
        if len(parts) >= 2 and parts[0].endswith(".dist-info") and _LICENCE_FILE.match(parts[-1]):
            text = dist.read_text("/".join(parts[1:]))
            if text is not None:
                found.append((parts[-1], text))
    return found


# -- the texts ------------------------------------------------------------------------------------
def _header(*lines: str) -> str:
    return "\n".join(lines) + "\n\n"


def _join(parts: list[tuple[str, str]]) -> str:
    if len(parts) == 1:
        return parts[0][1].strip("\n") + "\n"
    return "\n\n".join(f"===== {name} =====\n\n{text.strip(chr(10))}" for name, text in parts) + "\n"


def qt_version() -> str:
    from PySide6.QtCore import qVersion

    return qVersion()


def replacing_qt() -> str:
    """The same paragraph the About dialog shows, for the text file (English)."""
    return (
        "Replacing Qt and PySide6. CounselRoom uses the Qt and PySide6 libraries unmodified, under\n"
        "the GNU Lesser General Public License version 3 (LGPL-3.0). You may replace them with your\n"
        "own or a modified build: in the installed application their shared libraries are separate\n"
        "files in the _internal/PySide6/ folder (Shiboken6 in _internal/shiboken6/), and compatible\n"
        "builds of the same version can be put in their place. The source code of Qt, PySide6 and\n"
        "Shiboken6 is available from the Qt Project: https://download.qt.io/official_releases/ and\n"
        "https://code.qt.io/.\n")


def qt_text(version: str) -> str:
    return _header(
        f"Qt {version}",
        "The Qt libraries inside the PySide6 distributions (PySide6-Essentials, PySide6-Addons).",
        "Copyright (C) The Qt Company Ltd. and other contributors. https://www.qt.io/",
    ) + (
        "Qt is available under the GNU Lesser General Public License version 3 (LGPL-3.0), the GNU\n"
        "General Public License version 2 or 3, or a commercial licence. CounselRoom uses it under\n"
        "LGPL-3.0; the full text follows, then the text of the GNU GPL version 3, which LGPL-3.0\n"
        "refers to.\n\n"
        + replacing_qt() + "\n"
        "Qt contains third-party code under its own licences (for example FreeType, HarfBuzz, libpng,\n"
        "PCRE2 and zlib, and PDFium in Qt PDF). They are listed, with their licence texts, in\n"
        "\"Licenses Used in Qt\": https://doc.qt.io/qt-6/licenses-used-in-qt.html\n")


def qt_family_text(name: str, version: str, licence: str) -> str:
    return _header(
        f"{name} {version}",
        "Qt for Python. Copyright (C) The Qt Company Ltd. https://www.qt.io/qt-for-python",
    ) + (
        f"{name} is available under {licence}. CounselRoom uses it under the GNU Lesser General\n"
        "Public License version 3 (LGPL-3.0); the full text follows, then the text of the GNU GPL\n"
        "version 3, which LGPL-3.0 refers to.\n\n" + replacing_qt())


def python_licence() -> str:
    candidates = [Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt",
                  Path(sys.base_prefix) / "LICENSE"]
    for path in candidates:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise CollectError(f"Python's LICENSE.txt was not found (looked at {', '.join(map(str, candidates))})")


def sqlcipher_versions() -> tuple[str, str]:
    """(SQLCipher, OpenSSL) versions compiled into sqlcipher3."""
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA key = 'x'")   # the provider is only loaded once a key is set
        cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
        provider = connection.execute("PRAGMA cipher_provider_version").fetchone()[0]
    finally:
        connection.close()
    return cipher.split()[0], _openssl_number(provider)


def cryptography_openssl() -> str:
    from cryptography.hazmat.backends.openssl import backend

    return _openssl_number(backend.openssl_version_text())


def _openssl_number(text: str) -> str:
    match = re.search(r"OpenSSL (\S+)", text or "")
    return match.group(1) if match else (text or "").strip()


# -- putting it together ----------------------------------------------------------------------------
def collect() -> Collection:
    result = Collection()
    dists = runtime_distributions()
    for key, dist in sorted(dists.items()):
        name, version = dist.metadata["Name"], dist.version
        licence = licence_of(key, dist)
        file = f"{name}.txt"
        if key in QT_FAMILY:
            result.texts[file] = qt_family_text(name, version, licence)
            result.components.append(Component(name, version, "LGPL-3.0-only", [file, *LGPL_TEXTS], key,
                                               note=f"offered under {licence}"))
            continue
        parts = licence_files(dist)
        if not parts:
            raise CollectError(f"{name} {version} ships no licence file: add a fixed text for it")
        sources = ", ".join(p for p, _ in parts)
        result.texts[file] = _header(f"{name} {version}", f"Licence: {licence}",
                                     f"From the licence files of the installed distribution: {sources}") \
            + _join(parts)
        note = "its bootloader and run-time hooks" if key in BUILD_TOOLS else ""
        result.components.append(Component(name, version, licence, [file], key, note=note))

    qt = qt_version()
    result.texts["Qt.txt"] = qt_text(qt)
    result.components.append(Component("Qt", qt, "LGPL-3.0-only", ["Qt.txt", *LGPL_TEXTS]))
    py = platform.python_version()
    result.texts["Python.txt"] = _header(f"Python {py}", "Licence: PSF-2.0",
                                         "The Python interpreter and standard library") + python_licence()
    result.components.append(Component("Python", py, "PSF-2.0", ["Python.txt"]))
    font = "CounselRoomSansSC-OFL.txt"
    result.texts[font] = _header(
        "CounselRoom Sans SC (resources/fonts/), the font of the interface and of every PDF",
        "A Modified Version of Noto Sans CJK SC 2.004 (Adobe / Google), renamed as the licence requires;",
        "see resources/fonts/README.md. Licence: SIL Open Font License 1.1",
    ) + FONT_LICENCE.read_text(encoding="utf-8")
    result.components.append(Component("CounselRoom Sans SC", "2.004", "OFL-1.1", [font],
                                       note="Noto Sans CJK SC 2.004, modified"))
    if "sqlcipher3" in dists:
        cipher, openssl_sqlcipher = sqlcipher_versions()
        result.components.append(Component("SQLCipher", cipher, "BSD-3-Clause", ["SQLCipher.txt"],
                                           note="in sqlcipher3; includes SQLite, public domain"))
        versions, where = [openssl_sqlcipher], [f"{openssl_sqlcipher} in sqlcipher3"]
        if "cryptography" in dists:
            bundled = cryptography_openssl()
            versions.append(bundled)
            where.append(f"{bundled} in cryptography")
        result.components.append(Component("OpenSSL", ", ".join(dict.fromkeys(versions)), "Apache-2.0",
                                           ["OpenSSL.txt"], note=", ".join(where)))
    if "argon2-cffi-bindings" in dists:
        result.components.append(Component("Argon2 reference implementation", "", "CC0-1.0 OR Apache-2.0",
                                           ["Argon2.txt"], note="in argon2-cffi-bindings"))
    result.components.sort(key=lambda c: c.name.lower())
    return result


def index_json(collection: Collection) -> str:
    data = {
        "generated_by": "installer/collect_licenses.py",
        "platform": sys.platform,
        "components": [c.as_json() for c in collection.components],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def readme(collection: Collection) -> str:
    lines = [
        "# Licences of the components shipped with CounselRoom",
        "",
        "Written by `installer/collect_licenses.py` from the distributions installed in the build",
        "environment (do not edit by hand, except the fixed texts listed below). The About dialog",
        "(Help → About CounselRoom) reads `index.json` and shows these texts.",
        "",
        f"Platform: `{sys.platform}`. The list depends on the platform (keyring's back ends), so the",
        "build machine reruns the script before packaging.",
        "",
        "| Component | Version | Licence | Text |",
        "|---|---|---|---|",
    ]
    for c in collection.components:
        files = ", ".join(f"`{f}`" for f in c.files)
        note = f" ({c.note})" if c.note else ""
        lines.append(f"| {c.name}{note} | {c.version or '—'} | {c.licence} | {files} |")
    lines += ["", "Fixed texts (kept by hand, not rewritten by the script):", ""]
    lines += [f"- `{name}`: {source}" for name, source in FIXED.items()]
    lines += [
        "",
        "Qt and PySide6 are used under LGPL-3.0, unmodified. In the installed one-folder build their",
        "shared libraries are separate files in `_internal/PySide6/` (Shiboken6: `_internal/shiboken6/`)",
        "and may be replaced by compatible builds of the same version; the source is available from the",
        "Qt Project (https://download.qt.io/official_releases/).",
        "",
    ]
    return "\n".join(lines)


def outputs(collection: Collection) -> dict[str, str]:
    files = dict(collection.texts)
    files[INDEX] = index_json(collection)
    files[README] = readme(collection)
    return files


def missing_fixed(folder: Path) -> list[str]:
    return [name for name in FIXED
            if not (folder / name).is_file() or not (folder / name).read_text(encoding="utf-8").strip()]


def write(folder: Path, files: dict[str, str]) -> list[str]:
    """Write ``files`` into ``folder``; remove stale .txt files. Returns what changed."""
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in files.items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            changed.append(name)
    for path in sorted(folder.glob("*.txt")):
        if path.name not in files and path.name not in FIXED:
            path.unlink()
            changed.append(f"removed {path.name}")
    return changed


def differences(folder: Path, files: dict[str, str]) -> list[str]:
    found = []
    for name, text in files.items():
        path = folder / name
        if not path.is_file():
            found.append(f"missing: {name}")
        elif path.read_text(encoding="utf-8") != text:
            found.append(f"out of date: {name}")
    for path in sorted(folder.glob("*.txt")):
        if path.name not in files and path.name not in FIXED:
            found.append(f"not a shipped component any more: {path.name}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="the folder (default: resources/licenses)")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if the folder is out of date")
    args = parser.parse_args(argv)
    try:
        files = outputs(collect())
    except CollectError as err:
        print(f"collect_licenses: {err}", file=sys.stderr)
        return 2
    gaps = missing_fixed(args.out)
    if gaps:
        print(f"collect_licenses: fixed texts missing in {args.out}: {', '.join(gaps)} "
              f"(see FIXED in {Path(__file__).name})", file=sys.stderr)
        return 2
    if args.check:
        found = differences(args.out, files)
        for line in found:
            print(line)
        if found:
            print(f"run: python {Path(__file__).relative_to(REPO_ROOT)}", file=sys.stderr)
        return 1 if found else 0
    for line in write(args.out, files):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
