"""Identity numbers: every accepted form, the reasons for refusing, and the
properties that must hold for any valid number (hypothesis)."""

import inspect
from calendar import isleap
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mottagning.errors import InvalidIdentityNumber
from mottagning.i18n import Text
from mottagning.models import identity
from mottagning.models.identity import (
    DEFAULT_RESERVNUMMER_FORMAT,
    RESERVNUMMER_FORMATS,
    IdentityKind,
    IdentityNumber,
    parse_identity_number,
    search_digits,
)

TODAY = date(2026, 11, 23)
NATIONAL = RESERVNUMMER_FORMATS["national"]
STOCKHOLM = RESERVNUMMER_FORMATS["stockholm"]
FREE = RESERVNUMMER_FORMATS["free"]
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
EXAMPLES = settings(max_examples=150, deadline=None)


def parse(text, **options):
    return parse_identity_number(text, TODAY, **options)


def reason(text, **options) -> str:
    """The English reason `text` is refused for."""
    with pytest.raises(InvalidIdentityNumber) as caught:
        parse(text, **options)
    refused = caught.value.params["reason"]
    assert isinstance(refused, Text)
    assert refused.context == "Identity"
    return refused.source


def luhn_valid(digits: str) -> bool:
    """The textbook Luhn test from the right, independent of the module's code."""
    total = 0
    for position, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def with_check_digit(nine: str) -> str:
    (check,) = [c for c in DIGITS if luhn_valid(nine + c)]
    return nine + check


def ten_digits(born: date, serial: int, samordning: bool = False) -> str:
    day = born.day + 60 if samordning else born.day
    return with_check_digit(f"{born:%y%m}{day:02d}{serial:03d}")


def writes_plus(born: date) -> bool:
    """ "+" from the year one turns 100 (Skatteverket), whatever the birthday."""
    return born.year + 100 <= TODAY.year


def accepted_forms(born: date, serial: int, samordning: bool) -> tuple[str, list[str]]:
    """The normalised value and every way it may be typed."""
    ten = ten_digits(born, serial, samordning)
    twelve = f"{born.year // 100:02d}{ten}"
    separator = "+" if writes_plus(born) else "-"
    forms = [twelve, f"{twelve[:8]}-{twelve[8:]}", f"{ten[:6]}{separator}{ten[6:]}"]
    if separator == "-":
        forms.append(ten)
    return twelve, forms


births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
serials = st.integers(min_value=1, max_value=999)  # 000 is never issued


# --- Personnummer: known examples -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("19121212-1212", "191212121212"),
        ("191212121212", "191212121212"),
        ("121212+1212", "191212121212"),  # born 1912, so 100 or older in 2026
        ("121212-1212", "201212121212"),  # "-": under 100, so born 2012
        ("1212121212", "201212121212"),
        ("  121212-1212\n", "201212121212"),
        ("\t19121212-1212 ", "191212121212"),
    ],
)
def test_the_known_test_number_in_every_form(text, value):
    number = parse(text)
    assert number == IdentityNumber(IdentityKind.PERSONNUMMER, value)


def test_leap_day_2000_exists_and_1900_does_not():
    ten = ten_digits(date(2000, 2, 29), 123)
    assert parse(ten).value == "20" + ten
    assert parse("20" + ten).value == "20" + ten
    assert reason("19" + ten) == "there is no such date"
    assert reason(f"{ten[:6]}+{ten[6:]}") == "there is no such date"  # + means 1900


def test_a_leap_day_written_with_10_digits_goes_back_to_a_leap_year():
    ten = with_check_digit("280229123")  # 2028 is in the future; 1928 was a leap year
    assert parse(ten).value == "19" + ten


@pytest.mark.parametrize("month_day", ["0230", "0431", "1301", "0001", "0100", "0132", "0159"])
def test_a_date_that_does_not_exist_is_refused(month_day):
    assert reason(with_check_digit(f"85{month_day}123")) == "there is no such date"


def test_the_century_of_10_digits_keeps_the_date_in_the_past():
    day_after = with_check_digit("261124123")  # 24 Nov: in 2026 that is tomorrow
    assert parse(day_after).value == "19" + day_after  # so 99 years old, not unborn
    # "+" from the year one turns 100: born 1926, even before the birthday.
    assert parse(day_after[:6] + "+" + day_after[6:]).value == "19" + day_after
    assert parse("261223+4266").value == "192612234266"  # found by an independent check
    today = with_check_digit("261123123")
    assert parse(today).value == "20" + today  # born today
    assert parse(today[:6] + "+" + today[6:]).value == "19" + today  # 100 today
    next_year = with_check_digit("270101123")
    assert parse(next_year[:6] + "+" + next_year[6:]).value == "18" + next_year
    samordning = with_check_digit("261170123")  # born 10 Nov 2026, day plus 60
    assert parse(samordning).value == "20" + samordning


def test_a_12_digit_date_in_the_future_is_refused():
    assert reason("20" + with_check_digit("261124123")) == "the date is in the future"
    assert reason("20" + with_check_digit("270101123")) == "the date is in the future"
    assert parse("20" + with_check_digit("261123123")).kind is IdentityKind.PERSONNUMMER


@pytest.mark.parametrize("century", ["00", "17", "21", "99"])
def test_a_12_digit_number_has_a_plausible_century(century):
    assert (
        reason(century + "1212121212") == "a 12-digit number begins with the century 18, 19 or 20"
    )


def test_a_wrong_check_digit_is_refused():
    for wrong in "0123456789":
        if wrong != "2":
            expected = "the check digit does not match (a digit may be mistyped)"
            assert reason(f"121212-121{wrong}") == expected
            assert reason(f"19121212-121{wrong}") == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "121212121",  # 9 digits
        "12121212121",  # 11
        "1912121212120",  # 13
        "12121-21212",  # separator in the wrong place
        "121212--1212",
        "121212 1212",  # only surrounding whitespace is forgiven
        "1912-12-12-1212",
        "121212/1212",
    ],
)
def test_wrong_shapes_ask_for_10_or_12_digits(text):
    assert reason(text) == "write 10 or 12 digits, for example 19850312-1234"


def test_12_digits_with_plus_is_not_a_form():
    assert reason("19121212+1212") == (
        "the + sign is used only with 10 digits, for example 121212+1212"
    )


def test_letters_are_not_a_personnummer():
    assert reason("12121A-1212", kind=IdentityKind.PERSONNUMMER) == (
        "write 10 or 12 digits, for example 19850312-1234"
    )
    # Without a kind, letters mean a reservnummer was meant: say what that looks like.
    assert reason("12121A-1212") == NATIONAL.rule.source


# --- Samordningsnummer --------------------------------------------------------------


def test_the_samordningsnummer_from_the_domain_notes():
    number = parse("701063-2391")
    assert number == IdentityNumber(IdentityKind.SAMORDNINGSNUMMER, "197010632391")
    assert parse("19701063-2391") == number
    assert parse("7010632391", kind=IdentityKind.SAMORDNINGSNUMMER) == number
    assert number.formatted() == "19701063-2391"


@pytest.mark.parametrize("day", [60, 92, 99])
def test_a_samordningsnummer_day_is_61_to_91(day):
    text = with_check_digit(f"7010{day}239")
    assert reason(text) == "a samordningsnummer has the birth day plus 60, so its day is 61 to 91"


def test_a_samordningsnummer_birth_date_must_exist():
    assert reason(with_check_digit("010289123")) == "there is no such date"  # 29 Feb 2001
    assert parse(with_check_digit("000289123")).kind is IdentityKind.SAMORDNINGSNUMMER
    assert reason(with_check_digit("700491123")) == "there is no such date"  # 31 April


def test_a_samordningsnummer_in_the_future_is_refused():
    assert reason("20" + with_check_digit("261184123")) == "the date is in the future"


def test_the_requested_kind_is_enforced():
    assert reason("19121212-1212", kind=IdentityKind.SAMORDNINGSNUMMER) == (
        "this is a personnummer, not a samordningsnummer"
    )
    assert reason("701063-2391", kind=IdentityKind.PERSONNUMMER) == (
        "this is a samordningsnummer, not a personnummer"
    )
    assert parse("19121212-1212", kind=IdentityKind.PERSONNUMMER).value == "191212121212"


# --- Reservnummer -------------------------------------------------------------------


@pytest.mark.parametrize("form", RESERVNUMMER_FORMATS.values(), ids=lambda f: f.key)
def test_every_preset_accepts_its_example(form):
    number = parse(form.example, reservnummer_format=form, kind=IdentityKind.RESERVNUMMER)
    assert number.kind is IdentityKind.RESERVNUMMER
    assert number.formatted() == form.example
    assert parse(form.example, reservnummer_format=form) == number  # found without a kind
    assert isinstance(form.label, Text)
    assert isinstance(form.rule, Text)


def test_the_national_format_is_the_default():
    assert DEFAULT_RESERVNUMMER_FORMAT is NATIONAL
    assert set(RESERVNUMMER_FORMATS) == {"national", "stockholm", "free"}
    assert all(key == form.key for key, form in RESERVNUMMER_FORMATS.items())


def test_a_reservnummer_is_stored_upper_case_without_separators():
    number = parse(" 19850312-k123 ")
    assert number == IdentityNumber(IdentityKind.RESERVNUMMER, "19850312K123")
    assert parse("19850312K123") == number
    assert parse("19850312 K123") == number  # not a personnummer shape, so spaces go too


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("19850312-1234", "a reservnummer has at least one letter among its last four characters"),
        ("19850230-K123", "there is no such date"),
        ("20261124-K123", "the date is in the future"),
        ("1985031-K123", NATIONAL.rule.source),
        ("19850312-K1234", NATIONAL.rule.source),
        ("19850312-K12Ö", NATIONAL.rule.source),
        ("K1234567-8901", NATIONAL.rule.source),
        ("19850312+K123", NATIONAL.rule.source),
    ],
)
def test_national_reservnummer_near_misses(text, why):
    assert reason(text, kind=IdentityKind.RESERVNUMMER) == why


@pytest.mark.parametrize(
    "text", ["98123456-7890", "99123456789", "9912345678901", "99123456-789A", "99"]
)
def test_stockholm_reservnummer_near_misses(text):
    refused = reason(text, reservnummer_format=STOCKHOLM, kind=IdentityKind.RESERVNUMMER)
    assert refused == STOCKHOLM.rule.source


def test_a_stockholm_reservnummer_is_recognised_without_a_kind():
    number = parse("991234567890", reservnummer_format=STOCKHOLM)
    assert number == IdentityNumber(IdentityKind.RESERVNUMMER, "991234567890")
    # With the national format the same digits are a personnummer gone wrong.
    assert reason("991234567890") == "a 12-digit number begins with the century 18, 19 or 20"


@pytest.mark.parametrize("text", ["AB1", "A" * 21, "AB_12", "ÅÄÖ123", "AB.123", ""])
def test_free_reservnummer_near_misses(text):
    refused = reason(text, reservnummer_format=FREE, kind=IdentityKind.RESERVNUMMER)
    assert refused == FREE.rule.source


def test_a_mistyped_personnummer_never_becomes_a_reservnummer():
    for form in RESERVNUMMER_FORMATS.values():
        expected = "the check digit does not match (a digit may be mistyped)"
        assert reason("121212-1213", reservnummer_format=form) == expected
        assert reason("191212121213", reservnummer_format=form) == expected
        assert parse("121212-1212", reservnummer_format=form).kind is IdentityKind.PERSONNUMMER


def test_the_free_format_takes_what_is_not_a_personnummer_shape():
    number = parse("12345678901", reservnummer_format=FREE)
    assert number == IdentityNumber(IdentityKind.RESERVNUMMER, "12345678901")
    assert number.formatted() == "12345678901"
    assert number.masked() == "1234567****"


def test_kind_reservnummer_reads_the_text_by_the_format_alone():
    as_free = parse("19121212-1212", reservnummer_format=FREE, kind=IdentityKind.RESERVNUMMER)
    assert as_free == IdentityNumber(IdentityKind.RESERVNUMMER, "191212121212")
    assert reason("19121212-1212", kind=IdentityKind.RESERVNUMMER) == (
        "a reservnummer has at least one letter among its last four characters"
    )


# --- Display, privacy, API ------------------------------------------------------------


def test_masked_hides_the_last_four():
    assert parse("121212-1212").masked() == "20121212-****"
    assert parse("19850312-K123").masked() == "19850312-****"
    assert parse("AB1234", reservnummer_format=FREE).masked() == "AB****"


def test_the_error_message_does_not_repeat_the_number():
    with pytest.raises(InvalidIdentityNumber) as caught:
        parse("121212-1213")
    assert "1212" not in str(caught.value)
    assert "check digit" in caught.value.describe()


def test_kind_labels_are_translatable_texts():
    assert IdentityKind.PERSONNUMMER.label == Text("Identity", "personal identity number")
    assert IdentityKind.SAMORDNINGSNUMMER.label == Text("Identity", "coordination number")
    assert IdentityKind.RESERVNUMMER.label == Text("Identity", "reserve number")


def test_nothing_derives_a_birth_date_or_gender():
    """DOMAIN.md: numbers are reassigned and change, so they are not facts about a person."""
    functions = {
        name
        for name, value in vars(identity).items()
        if inspect.isfunction(value) and value.__module__ == identity.__name__
    }
    public = {name for name in functions if not name.startswith("_")}
    assert public == {"parse_identity_number", "search_digits"}
    members = {name for name in vars(IdentityNumber) if not name.startswith("_")}
    assert members == {"formatted", "masked"}


@pytest.mark.parametrize(
    ("query", "digits"),
    [
        ("850312-1234", "8503121234"),
        ("19850312 - 1234", "198503121234"),
        ("121212+1212", "1212121212"),
        ("19850312-K123", "19850312123"),
        ("  ", ""),
        ("Anna", ""),
        ("١٢٣", ""),  # other scripts' digits never match stored ASCII digits
    ],
)
def test_search_digits(query, digits):
    assert search_digits(query) == digits


def test_search_digits_of_a_short_form_are_found_in_the_stored_value():
    stored = parse("19121212-1212").value
    assert search_digits("121212+1212") in stored
    assert search_digits("1212") in stored


# --- Properties -------------------------------------------------------------------


@EXAMPLES
@given(born=births, serial=serials, samordning=st.booleans(), spaces=st.sampled_from(["", " "]))
def test_every_accepted_form_gives_the_same_number(born, serial, samordning, spaces):
    value, forms = accepted_forms(born, serial, samordning)
    kind = IdentityKind.SAMORDNINGSNUMMER if samordning else IdentityKind.PERSONNUMMER
    for text in forms:
        assert parse(spaces + text + spaces) == IdentityNumber(kind, value), text
        assert parse(text, kind=kind) == IdentityNumber(kind, value), text


@EXAMPLES
@given(born=births, serial=serials)
def test_the_other_separator_gives_another_reading(born, serial):
    ten = ten_digits(born, serial)
    if writes_plus(born):
        # "-" reads as the latest date not after today: a hundred years later,
        # unless that is still to come (the year one turns 100, before the birthday).
        not_yet = (born.year + 100, born.month, born.day) > (TODAY.year, TODAY.month, TODAY.day)
        wrong, year = "-", born.year if not_yet else born.year + 100
    else:
        wrong, year = "+", born.year - 100
    if (born.month, born.day) == (2, 29) and not isleap(year):
        assert reason(f"{ten[:6]}{wrong}{ten[6:]}") == "there is no such date"
    else:
        assert parse(f"{ten[:6]}{wrong}{ten[6:]}").value == f"{year // 100:02d}{ten}"


@EXAMPLES
@given(
    born=births,
    serial=serials,
    samordning=st.booleans(),
    position=st.integers(min_value=0, max_value=9),
    shift=st.integers(min_value=1, max_value=9),
)
def test_changing_any_checked_digit_makes_it_invalid(born, serial, samordning, position, shift):
    value, _ = accepted_forms(born, serial, samordning)
    digits = list(value)
    index = position + 2  # the check digit covers YYMMDDNNN, not the century
    digits[index] = str((int(digits[index]) + shift) % 10)
    changed = "".join(digits)
    for text in (changed, changed[2:]):
        with pytest.raises(InvalidIdentityNumber):
            parse(text)


@EXAMPLES
@given(born=births, serial=serials, samordning=st.booleans())
def test_formatted_round_trips_and_masked_and_repr_hide_the_number(born, serial, samordning):
    value, _ = accepted_forms(born, serial, samordning)
    number = parse(value)
    assert number.formatted() == f"{value[:8]}-{value[8:]}"
    assert parse(number.formatted()) == number
    assert number.masked() == f"{value[:8]}-****"
    for shown in (repr(number), str(number), f"{number}", repr([number])):
        assert value[2:8] not in shown
        assert value[-4:] not in shown
    assert repr(number) == f"IdentityNumber({number.kind}, <hidden>)"


@EXAMPLES
@given(
    born=births,
    head=st.text(LETTERS + DIGITS, min_size=3, max_size=3),
    letter=st.sampled_from(LETTERS),
    where=st.integers(min_value=0, max_value=3),
    dash=st.booleans(),
)
def test_national_reservnummer_with_any_real_date_and_a_letter(born, head, letter, where, dash):
    last_four = head[:where] + letter + head[where:]
    text = f"{born:%Y%m%d}{'-' if dash else ''}{last_four}"
    number = parse(text.lower())
    assert number == IdentityNumber(IdentityKind.RESERVNUMMER, f"{born:%Y%m%d}{last_four}")
    assert parse(number.formatted()) == number
    assert number.masked() == f"{born:%Y%m%d}-****"
    assert last_four not in repr(number)


@EXAMPLES
@given(days=st.integers(min_value=1, max_value=100_000))
def test_a_national_reservnummer_date_after_today_is_refused(days):
    text = f"{TODAY + timedelta(days=days):%Y%m%d}-K123"
    assert reason(text) == "the date is in the future"


@EXAMPLES
@given(text=st.text(LETTERS + DIGITS, min_size=4, max_size=20))
def test_free_reservnummer_takes_any_4_to_20_letters_and_digits(text):
    number = parse(text.lower(), reservnummer_format=FREE, kind=IdentityKind.RESERVNUMMER)
    assert number == IdentityNumber(IdentityKind.RESERVNUMMER, text)
    assert parse(number.formatted(), reservnummer_format=FREE, kind=number.kind) == number
    assert number.masked().endswith("****")
    assert number.masked()[:-4] in number.formatted()


@EXAMPLES
@given(tail=st.text(DIGITS, min_size=10, max_size=10))
def test_stockholm_reservnummer_takes_any_12_digits_starting_with_99(tail):
    number = parse("99" + tail, reservnummer_format=STOCKHOLM)
    assert number == IdentityNumber(IdentityKind.RESERVNUMMER, "99" + tail)
    assert parse(number.formatted(), reservnummer_format=STOCKHOLM) == number


@pytest.mark.parametrize("text", ["19480401-0009", "480401-0009", "19480461-0004"])
def test_the_birth_number_000_is_never_issued(text):
    assert reason(text) == "the birth number 000 is never issued (a digit may be mistyped)"
