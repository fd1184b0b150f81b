"""User errors carry English source text, translated only at the edge."""

from mottagning.errors import (
    DatabaseTooNew,
    InvalidInput,
    MottagningError,
    PermissionDenied,
    TooManyAttempts,
    UserError,
    WrongCredentials,
)
from mottagning.i18n import Text
from mottagning.models.users import Role
from mottagning.services.permissions import Action

SWEDISH = {
    ("Errors", PermissionDenied.message): "Din roll ({role}) får inte {action}.",
    ("Roles", "Counselor"): "Behandlare",
    ("Actions", "manage user accounts"): "hantera användarkonton",
    ("Errors", InvalidInput.message): "{field}: {problem}",
    ("Fields", "Name"): "Namn",
    ("Fields", "required"): "måste fyllas i",
}
seen: list[tuple[str, str]] = []


def fake_translate(context: str, source: str) -> str:
    seen.append((context, source))
    return SWEDISH.get((context, source), f"<{source}>")


def test_describe_translates_the_message_and_text_parameters():
    error = PermissionDenied(role=Role.COUNSELOR.label, action=Action.MANAGE_USERS.label)

    translated = error.describe(fake_translate)

    assert translated == "Din roll (Behandlare) får inte hantera användarkonton."


def test_describe_asks_for_each_text_in_its_own_context():
    seen.clear()
    InvalidInput(field=Text("Fields", "Name"), problem=Text("Fields", "required")).describe(
        fake_translate
    )

    assert set(seen) == {
        ("Errors", InvalidInput.message),
        ("Fields", "Name"),
        ("Fields", "required"),
    }


def test_plain_parameters_are_filled_in_untranslated():
    error = DatabaseTooNew(found=7, supported=3)

    assert "schema 7" in error.describe()
    assert "up to 3" in error.describe()


def test_str_is_the_english_message():
    error = PermissionDenied(role=Role.COUNSELOR.label, action=Action.MANAGE_USERS.label)

    assert str(error) == error.describe()
    assert "Counselor" in str(error)
    assert "manage user accounts" in str(error)


def test_untranslated_message_without_parameters():
    assert WrongCredentials().describe().startswith("Wrong user name or password")


def test_too_many_attempts_keeps_the_seconds():
    error = TooManyAttempts(seconds=42)

    assert error.seconds == 42
    assert "42 seconds" in error.describe()


def test_user_errors_are_mottagning_errors():
    assert issubclass(UserError, MottagningError)
    assert isinstance(WrongCredentials(), MottagningError)


def test_long_waits_are_told_in_minutes_rounded_up():
    assert "15 minutes" in TooManyAttempts(seconds=900).describe()
    assert "3 minutes" in TooManyAttempts(seconds=121).describe()
    assert "119 seconds" in TooManyAttempts(seconds=119).describe()


def test_a_value_ending_a_sentence_does_not_double_its_full_stop():
    from mottagning.errors import RoomBusy

    error = RoomBusy([], name="Rum 2", day="2026-11-24", start="10:00", end="11:00", by="Johan E.")

    assert error.describe().endswith("by Johan E. Choose another room or another time.")
    assert "Johan E.." not in error.describe(fake_translate)


def test_a_series_clash_names_its_visit_in_the_users_language():
    from mottagning.errors import AppointmentClash, CounselorBusy

    SWEDISH[("Errors", AppointmentClash.in_series)] = "Besök {number} av {count}, {day}: {clash}"
    SWEDISH[("Errors", CounselorBusy.message)] = "{name} har redan ett besök {day} {start}-{end}."
    error = CounselorBusy(
        [],
        visit=(3, 10, "2027-01-06"),
        name="Johan Ek",
        day="2027-01-06",
        start="10:00",
        end="11:00",
    )

    assert error.describe(fake_translate) == (
        "Besök 3 av 10, 2027-01-06: Johan Ek har redan ett besök 2027-01-06 10:00-11:00."
    )
