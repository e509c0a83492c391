import pytest
from hypothesis import given
from hypothesis import strategies as st

from counselroom.domain.errors import ValidationError
from counselroom.security import recovery_code


def test_generated_code_has_128_bits_in_8_checked_groups():
    groups = recovery_code.generate()
    assert len(groups) == 8 and all(len(g) == 6 and g.isdigit() for g in groups)
    assert len(recovery_code.parse("-".join(groups))) == 16


def test_spacing_and_fullwidth_digits_do_not_matter():
    groups = recovery_code.generate()
    plain = recovery_code.parse("-".join(groups))
    fullwidth = " ".join(groups).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert recovery_code.parse(fullwidth) == plain
    assert recovery_code.parse("".join(groups)) == plain


@given(st.integers(0, 7), st.integers(0, 5), st.integers(1, 9))
def test_any_single_digit_typo_names_its_group(group, digit, delta):
    groups = recovery_code.generate()
    g = groups[group]
    wrong = g[:digit] + str((int(g[digit]) + delta) % 10) + g[digit + 1:]
    typed = groups[:group] + [wrong] + groups[group + 1:]
    with pytest.raises(ValidationError) as err:
        recovery_code.parse("-".join(typed))
    assert err.value.code == "recovery_code.bad_group" and err.value.params["group"] == group + 1


@given(st.integers(0, 7), st.integers(0, 4))
def test_swapped_neighbouring_digits_are_caught(group, digit):
    groups = recovery_code.generate()
    g = groups[group]
    if g[digit] == g[digit + 1]:
        return
    swapped = g[:digit] + g[digit + 1] + g[digit] + g[digit + 2:]
    with pytest.raises(ValidationError):
        recovery_code.parse("-".join(groups[:group] + [swapped] + groups[group + 1:]))


def test_groups_in_the_wrong_order_are_caught():
    groups = recovery_code.generate()
    with pytest.raises(ValidationError):
        recovery_code.parse("-".join([groups[1], groups[0]] + groups[2:]))


def test_too_short():
    groups = recovery_code.generate()
    with pytest.raises(ValidationError) as err:
        recovery_code.parse("-".join(groups[:7]))
    assert err.value.code == "recovery_code.length"
