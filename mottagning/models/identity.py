"""Swedish identity numbers: personnummer, samordningsnummer and reservnummer.

Numbers are checked as typed and stored in one normal form, so that the same
client is found however the number was written. Dates are read only to
validate: a number is not a birth date or a gender (it can be reassigned to a
nearby day and changes after a change of legal gender), so nothing here returns
one. `IdentityNumber`'s repr hides the number, because reprs end up in logs.
"""

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mottagning.errors import InvalidIdentityNumber
from mottagning.i18n import Text


class IdentityKind(StrEnum):
    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"  # for people not (yet) registered in Sweden
    RESERVNUMMER = "reservnummer"  # a region's stand-in when neither is known

    @property
    def label(self) -> Text:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    IdentityKind.PERSONNUMMER: Text("Identity", "personal identity number"),
    IdentityKind.SAMORDNINGSNUMMER: Text("Identity", "coordination number"),
    IdentityKind.RESERVNUMMER: Text("Identity", "reserve number"),
}


@dataclass(frozen=True)
class ReservnummerFormat:
    """How the clinic's region writes reservnummer; there is no national standard.

    `pattern` is matched in full against the normalised text (upper case, no
    spaces or dashes). A group named `date` must be a real date, not in the future.
    """

    key: str
    pattern: str
    needs_letter: bool  # at least one letter in the last four characters
    example: str

    @property
    def label(self) -> Text:
        return _FORMAT_LABELS[self.key]

    @property
    def rule(self) -> Text:
        """What the format asks for, as the reason when a number does not fit."""
        return _FORMAT_RULES[self.key]


RESERVNUMMER_FORMATS = {
    "national": ReservnummerFormat(
        "national", r"(?P<date>[0-9]{8})[0-9A-Z]{4}", True, "19850312-K123"
    ),
    "stockholm": ReservnummerFormat("stockholm", r"99[0-9]{10}", False, "99123456-7890"),
    "free": ReservnummerFormat("free", r"[0-9A-Z]{4,20}", False, "AB1234"),
}
DEFAULT_RESERVNUMMER_FORMAT = RESERVNUMMER_FORMATS["national"]

_FORMAT_LABELS = {
    "national": Text("Identity", "National recommendation: birth date and four characters"),
    "stockholm": Text("Identity", "Stockholm: 12 digits starting with 99"),
    "free": Text("Identity", "Free: 4 to 20 letters and digits"),
}
_FORMAT_RULES = {
    "national": Text(
        "Identity",
        "a reservnummer here is a birth date and four characters with at least one letter, "
        "for example 19850312-K123",
    ),
    "stockholm": Text(
        "Identity", "a reservnummer here is 12 digits starting with 99, for example 99123456-7890"
    ),
    "free": Text("Identity", "a reservnummer here is 4 to 20 letters (A to Z) and digits"),
}

_NEEDS_DIGITS = Text("Identity", "write 10 or 12 digits, for example 19850312-1234")
_PLUS_NEEDS_TEN = Text(
    "Identity", "the + sign is used only with 10 digits, for example 121212+1212"
)
_BAD_CENTURY = Text("Identity", "a 12-digit number begins with the century 18, 19 or 20")
_BAD_CHECK_DIGIT = Text("Identity", "the check digit does not match (a digit may be mistyped)")
_NO_SUCH_DATE = Text("Identity", "there is no such date")
_SERIAL_000 = Text("Identity", "the birth number 000 is never issued (a digit may be mistyped)")
_FUTURE_DATE = Text("Identity", "the date is in the future")
_SAMORDNING_DAY = Text(
    "Identity", "a samordningsnummer has the birth day plus 60, so its day is 61 to 91"
)
_NOT_SAMORDNING = Text("Identity", "this is a personnummer, not a samordningsnummer")
_NOT_PERSONNUMMER = Text("Identity", "this is a samordningsnummer, not a personnummer")
_NEEDS_LETTER = Text(
    "Identity", "a reservnummer has at least one letter among its last four characters"
)

_TEN_DIGITS = re.compile(r"([0-9]{6})([-+]?)([0-9]{4})")
_TWELVE_DIGITS = re.compile(r"([0-9]{2})([0-9]{6})([-+]?)([0-9]{4})")
_CENTURIES = ("18", "19", "20")
_SAMORDNING_OFFSET = 60
_NEVER_ISSUED_SERIAL = "000"


@dataclass(frozen=True)
class IdentityNumber:
    """A validated number; make one with `parse_identity_number`.

    `value` is 12 digits YYYYMMDDNNNC for personnummer and samordningsnummer,
    and the normalised text (upper case, no separators) for reservnummer.
    """

    kind: IdentityKind
    value: str

    def formatted(self) -> str:
        """The Swedish way to write it: YYYYMMDD-NNNC."""
        if len(self.value) == 12:
            return f"{self.value[:8]}-{self.value[8:]}"
        return self.value

    def masked(self) -> str:
        """Without the last four characters, for lists others may glimpse."""
        return self.formatted()[:-4] + "****"

    def __repr__(self) -> str:
        return f"IdentityNumber({self.kind}, <hidden>)"


def parse_identity_number(
    text: str,
    today: date,
    reservnummer_format: ReservnummerFormat = DEFAULT_RESERVNUMMER_FORMAT,
    kind: IdentityKind | None = None,
) -> IdentityNumber:
    """Read a typed number; `kind` None means whichever kind it is.

    Raises InvalidIdentityNumber with a reason the user can act on. Without a
    `kind`, text that cannot be a personnummer (letters, another length, a
    12-digit number outside the centuries 18-20) is taken as a reservnummer
    when it fits the clinic's format; a mistyped personnummer never is.
    """
    stripped = text.strip()
    if kind is IdentityKind.RESERVNUMMER:
        return _parse_reservnummer(stripped, today, reservnummer_format)
    if kind is None and not _could_be_personnummer(stripped):
        compact = _normalise(stripped)
        if _fits(compact, reservnummer_format):
            return _parse_reservnummer(stripped, today, reservnummer_format)
        if any(ch.isalpha() for ch in compact):
            raise InvalidIdentityNumber(reason=reservnummer_format.rule)
    number = _parse_personnummer(stripped, today)
    if kind is IdentityKind.SAMORDNINGSNUMMER and number.kind is IdentityKind.PERSONNUMMER:
        raise InvalidIdentityNumber(reason=_NOT_SAMORDNING)
    if kind is IdentityKind.PERSONNUMMER and number.kind is IdentityKind.SAMORDNINGSNUMMER:
        raise InvalidIdentityNumber(reason=_NOT_PERSONNUMMER)
    return number


def search_digits(text: str) -> str:
    """The digits of a query, to find stored numbers however it was typed.

    Stored personnummer are 12 digits, so "850312-1234" becomes "8503121234",
    which is found inside "198503121234".
    """
    return "".join(ch for ch in text if ch in "0123456789")


def _could_be_personnummer(text: str) -> bool:
    twelve = _TWELVE_DIGITS.fullmatch(text)
    return bool(_TEN_DIGITS.fullmatch(text) or (twelve and twelve[1] in _CENTURIES))


def _normalise(text: str) -> str:
    return "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")


def _parse_personnummer(text: str, today: date) -> IdentityNumber:
    if ten := _TEN_DIGITS.fullmatch(text):
        head, separator, tail = ten.groups()
        century = _century(head, separator == "+", today)
    elif twelve := _TWELVE_DIGITS.fullmatch(text):
        century, head, separator, tail = twelve.groups()
        if separator == "+":
            raise InvalidIdentityNumber(reason=_PLUS_NEEDS_TEN)
        if century not in _CENTURIES:
            raise InvalidIdentityNumber(reason=_BAD_CENTURY)
    else:
        raise InvalidIdentityNumber(reason=_NEEDS_DIGITS)

    year, month, day = int(century + head[:2]), int(head[2:4]), int(head[4:6])
    kind = IdentityKind.PERSONNUMMER
    if day >= _SAMORDNING_OFFSET:
        if not _SAMORDNING_OFFSET < day <= _SAMORDNING_OFFSET + 31:
            raise InvalidIdentityNumber(reason=_SAMORDNING_DAY)
        kind, day = IdentityKind.SAMORDNINGSNUMMER, day - _SAMORDNING_OFFSET
    _check_date(year, month, day, today)
    if tail[:3] == _NEVER_ISSUED_SERIAL:
        raise InvalidIdentityNumber(reason=_SERIAL_000)
    if _luhn(head + tail[:3]) != int(tail[3]):
        raise InvalidIdentityNumber(reason=_BAD_CHECK_DIGIT)
    return IdentityNumber(kind, century + head + tail)


def _century(yymmdd: str, turned_100: bool, today: date) -> str:
    """The century of a 10-digit number.

    "+" is written from the year a person turns 100 (not their birthday), so
    it means the latest year at least 100 years before this one. "-" (or
    nothing) means the latest date not after today. A samordningsnummer counts
    from its birth day.
    """
    yy, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    if turned_100:
        latest = today.year - 100
        return f"{(latest - (latest - yy) % 100) // 100:02d}"
    if day > _SAMORDNING_OFFSET:
        day -= _SAMORDNING_OFFSET
    year = today.year - (today.year - yy) % 100
    if (year, month, day) > (today.year, today.month, today.day):
        year -= 100
    return f"{year // 100:02d}"


def _check_date(year: int, month: int, day: int, today: date) -> None:
    try:
        written = date(year, month, day)
    except ValueError:
        raise InvalidIdentityNumber(reason=_NO_SUCH_DATE) from None
    if written > today:
        raise InvalidIdentityNumber(reason=_FUTURE_DATE)


def _luhn(digits: str) -> int:
    """The check digit: weights 2, 1, 2, 1, ... from the left, digits of products summed."""
    total = 0
    for position, digit in enumerate(digits):
        product = int(digit) * (2 if position % 2 == 0 else 1)
        total += product // 10 + product % 10
    return -total % 10


def _letter_in_last_four(compact: str) -> bool:
    return any(ch.isalpha() for ch in compact[-4:])


def _fits(compact: str, form: ReservnummerFormat) -> bool:
    """Whether the text is written in the format (its date is not checked)."""
    return bool(re.fullmatch(form.pattern, compact)) and (
        not form.needs_letter or _letter_in_last_four(compact)
    )


def _parse_reservnummer(text: str, today: date, form: ReservnummerFormat) -> IdentityNumber:
    compact = _normalise(text)
    match = re.fullmatch(form.pattern, compact)
    if match is None:
        raise InvalidIdentityNumber(reason=form.rule)
    if form.needs_letter and not _letter_in_last_four(compact):
        raise InvalidIdentityNumber(reason=_NEEDS_LETTER)
    if "date" in match.groupdict():
        written = match["date"]
        _check_date(int(written[:4]), int(written[4:6]), int(written[6:]), today)
    return IdentityNumber(IdentityKind.RESERVNUMMER, compact)
