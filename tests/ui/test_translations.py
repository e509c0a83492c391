"""Every string the interface shows has a Chinese and an English translation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeless   # see pyproject.toml: left out of CI's run at a pinned date


ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_catalogue_is_complete_and_placeholders_match(tmp_path, lang):
    ts = tmp_path / f"counselroom_{lang}.ts"
    shutil.copy(ROOT / "resources" / "translations" / ts.name, ts)
    sources = sorted(str(p) for p in (ROOT / "src" / "counselroom").rglob("*.py"))
    subprocess.run([str(LUPDATE), "-no-obsolete", "-locations", "none", "-target-language", lang,
                    *sources, "-ts", str(ts)], check=True, capture_output=True)
    messages = ET.parse(ts).getroot().iter("message")
    problems = []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text or ""
        if translation.get("type") == "unfinished" or not text.strip():
            problems.append(f"untranslated: {source!r}")
        elif set(re.findall(r"\{\w+\}", source)) != set(re.findall(r"\{\w+\}", text)):
            problems.append(f"placeholders differ: {source!r}")
    assert problems == []


def test_chinese_catalogue_is_chinese():
    root = ET.parse(ROOT / "resources" / "translations" / "counselroom_zh_CN.ts").getroot()
    texts = [m.findtext("translation") or "" for m in root.iter("message")]
    chinese = [t for t in texts if re.search(r"[\u4e00-\u9fff]", t)]
    assert len(chinese) > 0.8 * len(texts)


def test_no_translation_wrappers_that_lupdate_cannot_see():
    # lupdate only extracts literal tr()/translate() calls; a helper like
    # _t(text) -> translate("Ctx", text) silently leaves its strings English.
    offenders = [str(p) for p in (ROOT / "src" / "counselroom").rglob("*.py")
                 if re.search(r"def \w+\(text[^)]*\)[^\n]*:\n\s+return QCoreApplication\.translate\(\"\w+\", text\)",
                              p.read_text(encoding="utf-8"))]
    assert offenders == []
    # An alias (tr = QCoreApplication.translate) makes lupdate read tr("Ctx", "text") as
    # a source "Ctx" with the comment "text": the sentence is never translated.
    aliased = [str(p) for p in (ROOT / "src" / "counselroom").rglob("*.py")
               if re.search(r"=\s*QCoreApplication\.translate\s*$", p.read_text(encoding="utf-8"), re.M)]
    assert aliased == []


def test_english_texts_use_straight_quotes():
    # The shipped CJK font draws “ and ” full-width, which reads as stray gaps in English ("as  “<5”  and");
    # Chinese translations keep their own quotation marks.
    root = ET.parse(ROOT / "resources" / "translations" / "counselroom_en.ts").getroot()
    curly = [m.findtext("source") for m in root.iter("message")
             if re.search("[\u201c\u201d]", (m.findtext("source") or "") + (m.findtext("translation") or ""))]
    assert curly == []
