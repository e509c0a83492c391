"""Archive passphrases: generated ones are readable and strong, and only the one generated for the
export is credited as generated; typed ones are judged by a real estimator (zxcvbn for Latin text,
famous poems, slogans, idioms, pinyin, repeats and a per-character estimate for Chinese)."""

from __future__ import annotations

import re

import pytest

from counselroom.archive.passphrase import (
    ALPHABET, MIN_BITS, ExportPassphrase, canonical_generated, generate_passphrase, generated_bits,
    passphrase_strength, typed_variants, variant_kind,
)
from counselroom.archive.strength import estimate_bits


def test_generated_passphrases_are_grouped_unambiguous_and_over_80_bits():
    seen = {generate_passphrase() for _ in range(200)}
    assert len(seen) == 200
    for phrase in seen:
        assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){5}", phrase)
        assert not set(phrase) & set("01IO")
        # credited as generated only when the export generated it …
        assert passphrase_strength(phrase, generated=phrase).bits == 120
        # … and random enough to pass the estimator as well (e.g. typed into ``admin export``)
        assert passphrase_strength(phrase).ok, phrase
    assert len(ALPHABET) == 32 and generated_bits() == 120 >= MIN_BITS


def test_a_generated_passphrase_typed_back_loosely_is_recognised():
    phrase = generate_passphrase()
    assert canonical_generated(phrase.lower().replace("-", " ")) == phrase
    assert canonical_generated(phrase.replace("-", "")) == phrase
    assert canonical_generated("hello world") is None
    assert canonical_generated(phrase[:-1]) is None


#: What an attacker with a lost USB drive tries first (issue 12, item 4), and the like.
ATTACKS = [
    # shaped like a generated passphrase, but nothing random in it
    "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ", "ABCD-EFGH-IJKL-MNOP-QRST-UVWX",
    "2345-6789-ABCD-EFGH-JKLM-NPQR", "ZYXW-VUTS-RQPN-MLKJ-HGFE-DCBA", "K7QM-K7QM-K7QM-K7QM-K7QM-K7QM",
    # famous lines, slogans, idioms, a phrase typed twice
    "床前明月光疑是地上霜举头望明月", "床前明月光，疑是地上霜。举头望明月，低头思故乡。", "我爱北京天安门我爱北京天安门",
    "春眠不觉晓处处闻啼鸟", "富强民主文明和谐自由平等公正法治爱国敬业诚信友善", "好好学习天天向上好好学习天天向上",
    "一心一意三心二意四面八方五湖四海", "锄禾日当午汗滴禾下土谁知盘中餐粒粒皆辛苦", "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥",
    "我们学校心理咨询室二零二六年第三季度的档案密码",
    # the same in pinyin, its initials, English classics
    "chuangqianmingyueguangyishidishangshuang", "Chuang Qian Ming Yue Guang, Yi Shi Di Shang Shuang",
    "cqmygysdssjtwmydtsgx", "woaibeijingtiananmenwoaibeijingtiananmen",
    "the quick brown fox jumps over the lazy dog", "To be, or not to be: that is the question.",
    "correct horse battery staple", "Good good study, day day up!",
    # keyboard walks, sequences, repeats, the usual
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,", "qwertyuiopasdfghjklzxcvbnm1234567890", "1234567890qwertyuiop",
    "Tr0ub4dor&3", "a" * 80, "abcdefghijklmnopqrstuvwxyz" * 2, "P@ssw0rd!P@ssw0rd!",
    "2026-09-30-xuexiao-xinli-dangan",
]

#: Long sentences of one's own, in Chinese, English, pinyin and mixed: these still pass.
GOOD = [
    "我家门口那棵老槐树下，每天傍晚都有三只流浪猫等外婆喂食",
    "去年暑假我和外婆在洱海边骑车看日落",
    "外婆家院子里那棵老枣树今年结了好多枣",
    "䶮山中学的小李同学在𠀀字旁边画了一只打瞌睡的橘猫",
    "秋天的操场上，孩子们追着风筝跑过了三棵银杏树 — Autumn 2026",
    "Our room's archive for the autumn term, 2026!",
    "My daughter Lily learned to ride her bike by the river in May 2019",
    "We named the goldfish Professor Wu after the 2019 science fair!",
    "wojiamenkoudelaohuaishuxiamei tianbangwanyousanzhimao",
]


@pytest.mark.parametrize("text", ATTACKS)
def test_guessable_passphrases_are_refused_however_long_or_generated_looking(text):
    result = passphrase_strength(text)
    assert not result.ok and result.problem == "too_short" and result.bits < MIN_BITS, (text, result.bits)


@pytest.mark.parametrize("text", GOOD)
def test_a_long_sentence_of_ones_own_passes(text):
    result = passphrase_strength(text)
    assert result.ok and result.bits >= MIN_BITS, (text, result.bits)


def test_only_the_passphrase_generated_for_this_export_gets_the_generated_credit():
    passphrases = ExportPassphrase()
    mine = passphrases.generate()
    assert passphrases.strength(mine).bits == 120 and passphrases.generated == mine
    other = generate_passphrase()
    assert passphrases.strength(other).bits != 120               # judged as typed (random: it passes)
    assert not passphrases.strength("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ").ok
    assert passphrases.strength(mine.lower()).bits != 120        # another text than the one shown
    newer = passphrases.generate()                               # "Another one": the first loses its credit
    assert passphrases.strength(newer).bits == 120 and passphrases.strength(mine).bits != 120
    passphrases.forget()
    assert passphrases.generated is None and passphrases.strength(newer).bits != 120


def test_chinese_characters_are_not_each_credited_with_full_entropy():
    # 14 common characters of a plain sentence were enough before; they are not now …
    assert not passphrase_strength("我们今天下午在学校里开会学习").ok
    # … while rarer characters, and more of them, count for more
    assert estimate_bits("䶮𠀀龘靐齉") > estimate_bits("我们你们他们")
    # a phrase typed twice costs hardly more than once
    once = estimate_bits("外婆家院子里那棵老枣树")
    assert estimate_bits("外婆家院子里那棵老枣树外婆家院子里那棵老枣树") < once + 10


def test_estimating_is_quick_enough_for_the_meter():
    import time

    estimate_bits("warm up 热身")
    started = time.perf_counter()
    for text in GOOD:
        estimate_bits(text + "!")                 # not cached
    assert (time.perf_counter() - started) / len(GOOD) < 0.2


def test_passphrases_that_cannot_be_typed_back_are_refused():
    assert passphrase_strength("").problem == "empty"
    assert passphrase_strength(" the quick brown fox jumps over the lazy dog").problem == "spaces"
    assert passphrase_strength("the quick brown fox jumps over the lazy dog\n").problem == "control"
    assert passphrase_strength("the quick brown fox\u200b jumps over the lazy dog").problem == "control"


def test_the_forms_a_person_may_have_meant_come_after_the_typed_one_and_are_named():
    phrase = generate_passphrase()
    assert typed_variants(phrase) == []                        # as shown: nothing else is tried
    for loose in (phrase.lower(), phrase.replace("-", ""), phrase.lower().replace("-", " "), f" {phrase}"):
        assert typed_variants(loose)[0] == phrase, loose
        assert variant_kind(loose, phrase) == ("spaces" if loose.strip() == phrase else "form")
    sentence = "我们学校心理咨询室二零二六年第三季度的档案密码"
    assert typed_variants(sentence) == [] and typed_variants(sentence.lower()) == []
    assert typed_variants(f"{sentence} ") == [sentence] and variant_kind(f"{sentence} ", sentence) == "spaces"
    # a sentence is never "corrected" in case: 7-Zip would not either
    assert typed_variants("the quick brown fox jumps over the lazy dog") == []
    assert typed_variants("") == [] and typed_variants("   ") == []


def test_the_estimator_s_lists_ship_as_package_data():
    """Read with importlib.resources, so a wheel and a frozen bundle must carry them (CI's
    second run uses the installed wheel; tests/test_package_data.py compares with the checkout)."""
    from importlib import resources

    data = resources.files("counselroom.archive").joinpath("data")
    names = sorted(p.name for p in data.iterdir() if p.name.endswith(".txt"))
    assert {"famous_zh.txt", "famous_en.txt", "words_zh.txt", "words_latin.txt", "pinyin.txt",
            "common_hanzi.txt"} <= set(names)
