"""The password policy: length, a blocklist, and no personal words."""

import unicodedata

import pytest

from mottagning.errors import (
    PasswordHasPersonalWords,
    PasswordRejected,
    PasswordTooCommon,
    PasswordTooLong,
    PasswordTooShort,
)
from mottagning.services.accounts import personal_words
from mottagning.services.password_policy import MAX_LENGTH, MIN_LENGTH, check_password

GOOD = "vinter ljus över sjön"
PERSONAL = personal_words("annasvensson", "Anna Svensson", "Testmottagningen")


def test_limits_are_as_documented():
    assert (MIN_LENGTH, MAX_LENGTH) == (15, 256)


def test_good_passphrase_is_accepted():
    check_password(GOOD, PERSONAL)


def test_good_passphrase_with_unusual_characters_is_accepted():
    check_password("Ö-å ✓ 7 kaktusar 💡 i fönstret", PERSONAL)


@pytest.mark.parametrize("password", ["", "kort", "fjorton tecken"])
def test_too_short_is_refused(password):
    assert len(password) < MIN_LENGTH

    with pytest.raises(PasswordTooShort) as refused:
        check_password(password)

    assert "15" in refused.value.describe()


def test_too_long_is_refused():
    with pytest.raises(PasswordTooLong) as refused:
        check_password("ab cd ef gh " * 22)

    assert "256" in refused.value.describe()


@pytest.mark.parametrize("length", [72, 73, MAX_LENGTH])
def test_long_passphrases_up_to_the_maximum_are_accepted(length):
    password = ((GOOD + " blåbär ") * 20)[:length]
    assert len(password) == length

    check_password(password, PERSONAL)


@pytest.mark.parametrize(
    "password",
    [
        pytest.param("passwordpassword", id="known-password"),
        pytest.param("qwertyuiopasdfgh", id="keyboard-row"),
        pytest.param("1234567890123456", id="digit-run"),
        pytest.param("aaaaaaaaaaaaaaaa", id="repeat"),
        pytest.param("abcdefghijklmnop", id="alphabet"),
        pytest.param("password password", id="known-password-twice"),
    ],
)
def test_common_or_keyboard_patterns_are_refused(password):
    with pytest.raises(PasswordTooCommon):
        check_password(password)


@pytest.mark.parametrize(
    "password",
    [
        pytest.param("lösenordlösenordlösenord", id="lösenord-repeated"),
        pytest.param("lösenord lösenord", id="lösenord-spaced"),
        pytest.param("Lösenord12345678", id="lösenord-digits"),
        pytest.param("sommar sommar sommar", id="sommar"),
        pytest.param("hejsanhejsanhejsan", id="hejsan"),
        pytest.param("lösenord 12345678", id="lösenord-and-digit-run"),
    ],
)
def test_swedish_blocklist_words_padded_to_length_are_refused(password):
    assert len(password) >= MIN_LENGTH

    with pytest.raises(PasswordTooCommon):
        check_password(password)


@pytest.mark.parametrize(
    "password",
    [
        pytest.param("testmottagningen2024", id="clinic-and-year"),
        pytest.param("svensson svensson svensson", id="surname-repeated"),
        pytest.param("annasvensson testmottagningen", id="username-and-clinic"),
    ],
)
def test_passwords_built_from_personal_words_are_refused(password):
    with pytest.raises(PasswordHasPersonalWords) as refused:
        check_password(password, PERSONAL)

    assert "user name" in refused.value.describe()


def test_personal_words_are_only_refused_for_that_person():
    check_password("svensson svensson svensson blåbär", personal_words("kalle", "Kalle Ek", "X"))


def test_every_refusal_is_a_password_rejection():
    for error in (PasswordTooShort, PasswordTooLong, PasswordTooCommon, PasswordHasPersonalWords):
        assert issubclass(error, PasswordRejected)


def test_personal_words_include_user_name_names_and_clinic():
    assert personal_words("anna.s", "Anna Svensson", "Mottagningen") == [
        "anna.s",
        "Anna Svensson",
        "Mottagningen",
        "Anna",
        "Svensson",
    ]


def test_the_form_that_derives_the_key_is_judged_not_the_text_as_typed():
    common = "password12345678"
    with pytest.raises(PasswordTooCommon):
        check_password(common)
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in common)  # ｐａｓｓｗｏｒｄ...
    assert unicodedata.normalize("NFKC", full_width) == common
    with pytest.raises(PasswordTooCommon):
        check_password(full_width)
