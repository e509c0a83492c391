"""Archive passphrases: generated ones are readable and strong; typed ones are judged by length."""

from __future__ import annotations

import re

from counselroom.archive.passphrase import (
    ALPHABET, MIN_BITS, canonical_generated, generate_passphrase, generated_bits, passphrase_strength,
    typed_variants, variant_kind,
)


def test_generated_passphrases_are_grouped_unambiguous_and_over_80_bits():
    seen = {generate_passphrase() for _ in range(200)}
    assert len(seen) == 200
    for phrase in seen:
        assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){5}", phrase)
        assert not set(phrase) & set("01IO")
        assert passphrase_strength(phrase).ok
    assert len(ALPHABET) == 32 and generated_bits() == 120 >= MIN_BITS


def test_a_generated_passphrase_typed_back_loosely_is_recognised():
    phrase = generate_passphrase()
    assert canonical_generated(phrase.lower().replace("-", " ")) == phrase
    assert canonical_generated(phrase.replace("-", "")) == phrase
    assert canonical_generated("hello world") is None
    assert canonical_generated(phrase[:-1]) is None


def test_typed_passphrases_need_length_more_than_mixed_characters():
    weak = ["Tr0ub4dor&3", "correct horse battery staple", "春眠不觉晓处处闻啼鸟", "a" * 80, "abcdefghijklmnopqrstuvwxyz" * 2,
            "P@ssw0rd!P@ssw0rd!"]
    strong = ["the quick brown fox jumps over the lazy dog", "我们学校心理咨询室二零二六年第三季度的档案密码",
              "Our room's archive for the autumn term, 2026!"]
    for text in weak:
        result = passphrase_strength(text)
        assert not result.ok and result.problem == "too_short" and result.bits < MIN_BITS, text
    for text in strong:
        assert passphrase_strength(text).ok, text


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
