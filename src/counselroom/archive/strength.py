"""How many guesses a typed archive passphrase would take, as bits (log2 of the guesses).

A person's passphrase is far more guessable than its length suggests, and an attacker who holds
a lost USB drive tries the likely ones first: famous lines, slogans, idioms, keyboard walks, the
school's own words, a phrase typed twice. The estimate follows zxcvbn's idea (the passphrase is
cut into the pieces an attacker would guess, and each piece costs as many guesses as its place in
the attacker's order), with zxcvbn itself for Latin text and pieces of our own for Chinese:

- **famous texts** (``data/famous_zh.txt``, ``data/famous_en.txt``): poems every pupil learns,
  lines of the classics, songs, slogans, idioms and orderings (甲乙丙丁…). Any run of 4+ of their
  characters, or 10+ letters of their pinyin, of its initials, or of an English line, costs about
  as many guesses as there are such runs (≈ 20 bits, however long it is);
- **words** (``data/words_zh.txt``, ``data/words_latin.txt``, ``data/pinyin.txt``): the room's
  and the school's words first, common words, every pinyin syllable; a word costs its rank;
- **repeats**: a part typed before (我爱北京天安门我爱北京天安门) costs a few bits;
- **orderings** zxcvbn does not follow: the generated passphrases' own alphabet
  (``ABCD-EFGH-JKLM…`` skips I and O), the alphabet and digits with separators in between;
- **a Chinese character** otherwise costs 5 bits if it is one of the ~600 most frequent
  (``data/common_hanzi.txt``), 6.5 bits if not, 3.3 for a number character, less when it was
  typed before: people's sentences are made of common characters in likely orders, so no
  character gets the 12 bits a random pick among 3,500 would have;
- zxcvbn (with the words above as the user's own) for the Latin parts: dictionaries, l33t,
  keyboard walks, dates, repeats, sequences.

The whole estimate is the cheapest way found to cover the passphrase, summed over its pieces.
Only :mod:`counselroom.archive.passphrase` decides what is strong enough.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: A famous text of Chinese characters counts from this many characters on (an idiom has four).
MIN_FAMOUS_HAN = 4
#: A famous English line, or the pinyin of a famous Chinese one, from this many letters on.
MIN_FAMOUS_LATIN = 10
#: Bits of a Chinese character: among the most frequent, another one, a number character.
COMMON_HAN_BITS = 5.0
OTHER_HAN_BITS = 6.5
NUMBER_HAN_BITS = 3.3
#: A character typed before in the same passphrase costs this share of its bits.
REPEATED_CHAR_SHARE = 0.6
#: A separator-only stretch (spaces, punctuation between words): bits per character.
SEPARATOR_BITS = 2.0
#: zxcvbn is quadratic in the length and refuses more than 72 characters: longer stretches are
#: judged in parts of this size.
ZXCVBN_PART = 60
#: The longest word in the Chinese word list that is looked for.
MAX_WORD = 6

HAN_NUMBERS = set("零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟")
#: Orders zxcvbn's sequences do not follow (steps of one in one of these, either way).
ORDERINGS = ("23456789abcdefghjklmnpqrstuvwxyz", "abcdefghijklmnopqrstuvwxyz", "0123456789",
             "1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3134F
            or 0xF900 <= cp <= 0xFAFF or ch == "〇")


def _kept(ch: str) -> bool:
    """Part of the text itself (not a separator): a letter, a digit or a Chinese character."""
    return ch.isalnum() or is_han(ch)


def _read(name: str) -> list[str]:
    text = resources.files("counselroom.archive").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _skeleton(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).lower() if _kept(ch))


@dataclass(frozen=True)
class _Lists:
    common_han: frozenset[str]
    #: word -> rank (1 = most likely)
    words_zh: dict[str, int]
    latin_words: tuple[str, ...]
    #: every famous text's skeleton, joined by newlines (searched with ``in``)
    famous_han: str
    famous_latin: str
    famous_han_size: int
    famous_latin_size: int


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    from pypinyin import Style, lazy_pinyin

    common = frozenset(ch for line in _read("common_hanzi.txt") for ch in line.strip())
    words_zh: dict[str, int] = {}
    for line in _read("words_zh.txt"):
        for word in line.split():
            words_zh.setdefault(word, len(words_zh) + 1)
    latin: list[str] = []
    for name in ("words_latin.txt", "pinyin.txt"):
        for line in _read(name):
            latin += [w.lower() for w in line.split() if len(w) >= 2 and w.lower() not in latin]
    han_texts: list[str] = []
    for line in _read("famous_zh.txt"):
        # spaces separate texts (a line of idioms); punctuation inside a text is ignored
        han_texts += [s for s in (_skeleton(part) for part in line.split()) if s]
    latin_texts = [s for s in (_skeleton(line) for line in _read("famous_en.txt")) if s]
    for text in han_texts:
        syllables = [s.replace("ü", "v") for s in lazy_pinyin(text, style=Style.NORMAL)]
        latin_texts.append("".join(syllables))
        latin_texts.append("".join(s[0] for s in syllables if s))
    famous_han = "\n".join(han_texts)
    famous_latin = "\n".join(latin_texts)
    return _Lists(common, words_zh, tuple(latin), famous_han, famous_latin,
                  max(1, len(famous_han)), max(1, len(famous_latin)))


def warm_up() -> None:
    """Load the lists and zxcvbn now (about half a second), e.g. on a worker before the first key."""
    _lists()
    estimate_bits("warm-up 热身")


# -- Latin text: zxcvbn, and orderings it does not follow ----------------------------------------------
def _zxcvbn_bits(text: str) -> float:
    from zxcvbn import zxcvbn

    if not text:
        return 0.0
    total = 0.0
    for start in range(0, len(text), ZXCVBN_PART):
        part = text[start:start + ZXCVBN_PART]
        total += zxcvbn(part, user_inputs=list(_lists().latin_words))["guesses_log10"] * math.log2(10)
    return total


def _single_bits(ch: str) -> float:
    if ch.isdigit():
        return math.log2(10)
    if ch.isascii() and ch.isalpha():
        return math.log2(26)
    return math.log2(33)


def _ordering_bits(skeleton: str) -> float:
    """The skeleton (lower case, no separators) as runs along :data:`ORDERINGS` and single characters."""
    n = len(skeleton)
    best = [0.0] + [math.inf] * n
    run_base = math.log2(len(ORDERINGS) * 2) + math.log2(26)
    for i in range(n):
        if best[i] == math.inf:
            continue
        best[i + 1] = min(best[i + 1], best[i] + _single_bits(skeleton[i]))
        for order in ORDERINGS:
            for step in (1, -1):
                j = i
                while j + 1 < n:
                    a, b = order.find(skeleton[j]), order.find(skeleton[j + 1])
                    if a < 0 or b < 0 or b - a != step:
                        break
                    j += 1
                length = j - i + 1
                if length >= 3:
                    best[i + length] = min(best[i + length], best[i] + run_base + math.log2(length))
    return best[n]


def _case_bits(text: str) -> float:
    letters = [c for c in text if c.isalpha() and c.isascii()]
    upper = sum(1 for c in letters if c.isupper())
    if upper == 0 or upper == len(letters):
        return 0.0 if upper == 0 else 1.0
    if upper == 1 and letters[0].isupper():
        return 1.0
    return float(min(upper, len(letters) - upper)) + 1.0


def _separator_bits(separators: list[str]) -> float:
    if not separators:
        return 0.0
    return 2.0 * len(set(separators)) + math.log2(len(separators) + 1)


def _latin_bits(text: str) -> float:
    """A stretch without Chinese characters: zxcvbn as typed, or orderings zxcvbn misses (with the
    separators taken out), whichever is cheaper."""
    if not any(_kept(c) for c in text):
        return SEPARATOR_BITS * len(text)
    kept = "".join(c for c in text if _kept(c))
    separators = [c for c in text if not _kept(c)]
    ordered = _ordering_bits(kept.lower()) + _separator_bits(separators) + _case_bits(text)
    return min(_zxcvbn_bits(text), ordered)


# -- Chinese text -------------------------------------------------------------------------------------
def _han_bits(run: str, before: str) -> float:
    """A run of Chinese characters, typed after ``before``: words, repeats of what came before,
    single characters, whichever covers it most cheaply."""
    lists = _lists()
    n = len(run)
    best = [0.0] + [math.inf] * n
    for i in range(n):
        if best[i] == math.inf:
            continue
        prior = before + run[:i]
        ch = run[i]
        bits = (NUMBER_HAN_BITS if ch in HAN_NUMBERS else COMMON_HAN_BITS if ch in lists.common_han
                else OTHER_HAN_BITS)
        if ch in prior:
            bits *= REPEATED_CHAR_SHARE
        best[i + 1] = min(best[i + 1], best[i] + bits)
        for length in range(2, min(MAX_WORD, n - i) + 1):
            rank = lists.words_zh.get(run[i:i + length])
            if rank is not None:
                best[i + length] = min(best[i + length], best[i] + math.log2(rank + 1) + 1.0)
        length = 2
        while i + length <= n and run[i:i + length] in prior:
            length += 1
        length -= 1
        if length >= 2:
            # which earlier place it repeats, and how long it is
            best[i + length] = min(best[i + length],
                                   best[i] + math.log2(len(prior) + 1) + math.log2(length) + 1.0)
    return best[n]


# -- the whole passphrase ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Famous:
    start: int          # in the normalized text
    end: int
    skeleton: str


def _famous_spans(text: str) -> list[_Famous]:
    """Runs of famous texts in ``text`` (normalized), longest first from the left."""
    lists = _lists()
    index = [i for i, ch in enumerate(text) if _kept(ch)]
    skeleton = "".join(text[i].lower() for i in index)
    spans: list[_Famous] = []
    i = 0
    while i < len(skeleton):
        han = is_han(skeleton[i])
        corpus = lists.famous_han if han else lists.famous_latin
        least = MIN_FAMOUS_HAN if han else MIN_FAMOUS_LATIN
        j = i
        while j < len(skeleton) and is_han(skeleton[j]) == han and skeleton[i:j + 1] in corpus:
            j += 1
        if j - i >= least:
            spans.append(_Famous(index[i], index[j - 1] + 1, skeleton[i:j]))
            i = j
        else:
            i += 1
    return spans


def _famous_bits(span: _Famous, earlier: list[str]) -> float:
    if span.skeleton in earlier:
        return 2.0 + math.log2(len(span.skeleton))
    lists = _lists()
    size = lists.famous_han_size if is_han(span.skeleton[0]) else lists.famous_latin_size
    return math.log2(size) + math.log2(len(span.skeleton)) + 1.0


def _plain_bits(text: str, before: str) -> float:
    """A piece with no famous text: its Chinese runs and the stretches between them."""
    total = 0.0
    for part in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007\U00020000-\U0003134f]+|"
                           r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007\U00020000-\U0003134f]+", text):
        if is_han(part[0]):
            total += _han_bits(part, _skeleton(before))
        else:
            total += _latin_bits(part)
        before += part
    return total


@lru_cache(maxsize=512)
def estimate_bits(passphrase: str) -> float:
    """log2 of the guesses an attacker who knows how people choose passphrases would need."""
    text = unicodedata.normalize("NFKC", passphrase or "")
    if not text:
        return 0.0
    total = 0.0
    position = 0
    used: list[str] = []
    for span in _famous_spans(text):
        if span.start > position:
            total += _plain_bits(text[position:span.start], text[:position])
        famous = _famous_bits(span, used)
        # a famous run is never dearer than the same characters judged as plain text
        total += min(famous, _plain_bits(text[span.start:span.end], text[:span.start]))
        used.append(span.skeleton)
        position = span.end
    if position < len(text):
        total += _plain_bits(text[position:], text[:position])
    return total
