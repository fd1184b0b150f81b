"""Password rules after NIST SP 800-63B (revision 4): length and a blocklist,
no composition rules ("one digit, one capital") and no forced expiry.

- At least 15 characters, because the password alone unlocks the database
  (single-factor); up to 256, and every character is allowed, spaces too.
- Refused when guessable: a known common password, a keyboard run, a repeat,
  Swedish everyday words, or built from the user's or the clinic's names.
  zxcvbn estimates guessability; our Swedish list adds what its English lists lack.
"""

from collections.abc import Iterable
from functools import cache
from importlib import resources

from zxcvbn import zxcvbn

from mottagning.errors import (
    PasswordHasPersonalWords,
    PasswordTooCommon,
    PasswordTooLong,
    PasswordTooShort,
)
from mottagning.storage.kdf import derivation_form

MIN_LENGTH = 15
MAX_LENGTH = 256
MIN_ZXCVBN_SCORE = 3  # "safely unguessable: moderate protection from offline attacks"
_ZXCVBN_INPUT_LIMIT = 72  # zxcvbn refuses longer input (and its time grows fast with length)


@cache
def swedish_blocklist() -> frozenset[str]:
    text = (resources.files("mottagning.resources") / "passwords" / "common-sv.txt").read_text(
        encoding="utf-8"
    )
    return frozenset(line.strip().casefold() for line in text.splitlines() if line.strip())


def _squeezed(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def check_password(password: str, personal_words: Iterable[str] = ()) -> None:
    """Raise a PasswordRejected subclass saying why `password` may not be used.

    `personal_words`: the user name, the person's names, the clinic's name.
    The form the key is derived from is judged: "ｐａｓｓｗｏｒｄ" in full-width
    letters derives the same key as "password", so it is refused as that.
    """
    password = derivation_form(password)
    if len(password) < MIN_LENGTH:
        raise PasswordTooShort(minimum=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise PasswordTooLong(maximum=MAX_LENGTH)
    personal = {
        variant
        for word in personal_words
        for part in [word, *word.replace(".", " ").replace("-", " ").split()]
        for variant in (part.casefold(), _squeezed(part))
        if len(variant) >= 3
    }
    if _squeezed(password) in swedish_blocklist():
        raise PasswordTooCommon()
    # Judged twice: as typed, and with spaces and punctuation removed, because
    # zxcvbn rewards separate words ("password password") more than they deserve.
    for candidate in (password, _squeezed(password)):
        _judge(candidate, personal)


def _judge(candidate: str, personal: set[str]) -> None:
    result = zxcvbn(
        candidate[:_ZXCVBN_INPUT_LIMIT], user_inputs=[*sorted(personal), *swedish_blocklist()]
    )
    if result["score"] >= MIN_ZXCVBN_SCORE:
        return
    tokens = {str(match.get("matched_word", "")).casefold() for match in result["sequence"]}
    if tokens & personal:
        raise PasswordHasPersonalWords()
    raise PasswordTooCommon()
