"""The recovery key as printed and as typed back."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mottagning.models.recovery_key import ALPHABET, KEY_BYTES, RecoveryKey

secrets = st.binary(min_size=KEY_BYTES, max_size=KEY_BYTES)
SHAPE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$")


@given(secrets)
def test_formatted_key_parses_back_to_itself(secret):
    key = RecoveryKey(secret)

    assert RecoveryKey.parse(key.formatted()) == key


@given(secrets)
def test_formatted_key_has_eight_groups_of_four_unambiguous_characters(secret):
    text = RecoveryKey(secret).formatted()

    assert SHAPE.match(text)
    assert not set(text) & set("ILOU")


@given(secrets, st.sampled_from(["lower", "no-dashes", "spaces", "misread"]))
def test_typing_variations_are_forgiven(secret, variation):
    text = RecoveryKey(secret).formatted()
    typed = {
        "lower": text.lower(),
        "no-dashes": text.replace("-", ""),
        "spaces": "  " + text.replace("-", " ") + "\n",
        "misread": text.replace("0", "O").replace("1", "l").replace("-", " "),
    }[variation]

    assert RecoveryKey.parse(typed).secret == secret


def test_misread_letters_are_mapped_to_digits():
    key = RecoveryKey(bytes(KEY_BYTES))

    assert key.formatted() == "-".join(["0000"] * 8)
    assert RecoveryKey.parse("oooo-OOOO-iiii-IIII-llll-LLLL-0000-0000") == RecoveryKey.parse(
        "0000-0000-1111-1111-1111-1111-0000-0000"
    )


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param("", id="empty"),
        pytest.param("hej hopp", id="words"),
        pytest.param("0000-0000-0000-0000-0000-0000-0000", id="too-short"),
        pytest.param("0000-0000-0000-0000-0000-0000-0000-00000", id="too-long"),
        pytest.param("UUUU-0000-0000-0000-0000-0000-0000-0000", id="letter-U"),
        pytest.param("ÅÄÖ0-0000-0000-0000-0000-0000-0000-0000", id="swedish-letters"),
    ],
)
def test_garbage_is_rejected(typed):
    with pytest.raises(ValueError):
        RecoveryKey.parse(typed)


def test_key_does_not_show_its_secret_in_repr():
    key = RecoveryKey(bytes(range(KEY_BYTES)))

    assert key.formatted() not in repr(key)
    assert bytes(range(KEY_BYTES)).hex() not in repr(key)


def test_generated_keys_differ_and_have_160_bits():
    first, second = RecoveryKey.generate(), RecoveryKey.generate()

    assert first != second
    assert len(first.secret) == 20
    assert len(ALPHABET) == 32
