"""Key wrapping and derivation for key slots."""

import pytest

from mottagning.storage import crypto
from mottagning.storage.kdf import KdfParams

FAST = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


def test_wrapped_key_unwraps_with_the_same_key_and_description():
    wrapping, secret = crypto.random_key(), crypto.random_key()
    nonce, wrapped = crypto.wrap(wrapping, secret, b"slot for user 1")

    assert crypto.unwrap(wrapping, nonce, wrapped, b"slot for user 1") == secret
    assert secret not in wrapped


def test_unwrap_fails_with_another_key():
    nonce, wrapped = crypto.wrap(crypto.random_key(), crypto.random_key(), b"slot")

    with pytest.raises(crypto.UnwrapFailed):
        crypto.unwrap(crypto.random_key(), nonce, wrapped, b"slot")


def test_unwrap_fails_when_the_description_was_changed():
    wrapping = crypto.random_key()
    nonce, wrapped = crypto.wrap(wrapping, crypto.random_key(), b"slot for user 1")

    with pytest.raises(crypto.UnwrapFailed):
        crypto.unwrap(wrapping, nonce, wrapped, b"slot for user 2")


def test_password_derivation_depends_on_password_and_salt():
    salt = crypto.random_salt()
    key = crypto.derive_from_password("vinter ljus över sjön", salt, FAST)

    assert len(key) == crypto.KEY_BYTES
    assert crypto.derive_from_password("vinter ljus över sjön", salt, FAST) == key
    assert crypto.derive_from_password("vinter ljus över sjön!", salt, FAST) != key
    assert crypto.derive_from_password("vinter ljus över sjön", crypto.random_salt(), FAST) != key


def test_composed_and_decomposed_letters_derive_the_same_key():
    salt = crypto.random_salt()
    composed = "sj\u00f6n och \u00e5n"
    decomposed = "sjo\u0308n och a\u030an"
    assert composed != decomposed

    assert crypto.derive_from_password(composed, salt, FAST) == crypto.derive_from_password(
        decomposed, salt, FAST
    )


def test_user_name_tags_ignore_case_and_hide_the_name():
    salt = crypto.random_salt()

    assert crypto.keyed_tag(salt, "Lena") == crypto.keyed_tag(salt, "lena")
    assert crypto.keyed_tag(salt, "lena") != crypto.keyed_tag(crypto.random_salt(), "lena")
    assert "lena" not in crypto.keyed_tag(salt, "lena")


def test_subkeys_differ_by_purpose():
    key = crypto.random_key()

    assert crypto.derive_subkey(key, b"", b"a") != crypto.derive_subkey(key, b"", b"b")
    assert crypto.derive_subkey(key, b"", b"a") == crypto.derive_subkey(key, b"", b"a")
