"""Search keys so "zs" or "zhangsan" finds 张三, whatever reading a surname has."""

from __future__ import annotations

from itertools import islice, product

MAX_READINGS = 8


def pinyin_keys(name: str) -> str:
    """Space-separated initials and full spellings for every reading of the name.

    Heteronyms (单 dan/shan, 曾 zeng/ceng) give several keys, capped so an
    unusual name cannot explode the index.
    """
    chars = [c for c in name if not c.isspace()]
    if not chars:
        return ""
    # pypinyin's dictionaries take ~56 MB: loaded when a name is first registered, not at start-up.
    from pypinyin import Style, pinyin

    readings = pinyin(chars, style=Style.NORMAL, heteronym=True, errors=lambda s: s.lower())
    keys: set[str] = set()
    for combo in islice(product(*[r[:3] for r in readings]), MAX_READINGS):
        keys.add("".join(part[0] for part in combo if part))
        keys.add("".join(combo))
    return " ".join(sorted(keys))
