"""Appointment letters (kallelser): time and place, printable by the
reception, no journal content, and the client's contact rules obeyed (no
letter home without agreement, never an address for protected identity,
a neutral sender when the clinic's name may not be used)."""

import pytest

from mottagning.errors import InvalidInput, NoLetterHome
from mottagning.models.access_log import LogAction
from mottagning.models.clients import ContactRules
from mottagning.models.journal import NoteType
from tests.storage.helpers import head_seq
from tests.storage.letters_support import pdf_reader, pdf_text
from tests.storage.reception import details, entries_of, local, visit
from tests.support import MARKER

ALLOWED = ContactRules(may_send_letters=True, may_use_clinic_name=True)


@pytest.fixture
def booked(counselor, scheduler, room):
    def book(rules: ContactRules = ALLOWED):
        client, _ = counselor.clients.create(
            details(
                "Sälgen",
                first_name="Åsa",
                last_name="Öberg",
                birth_year=1985,
                address="Älvgatan 5\n416 64 Göteborg",
                contact_rules=rules,
                counselor_ids=frozenset({counselor.user.id}),
            )
        )
        note = counselor.journal.start_note(client.id, NoteType.SESSION, body=f"Om {MARKER}")
        counselor.journal.sign(note.id)
        (appointment,) = scheduler.scheduling.book(
            visit(counselor.user.id, local(2026, 11, 24, 10), client_id=client.id, room_id=room.id)
        ).appointments
        return client, appointment

    return book


def test_the_reception_prints_a_letter_to_hand_over(scheduler, booked):
    client, appointment = booked()
    seq = head_seq(scheduler)

    document = scheduler.appointment_letters.render(appointment.id, posted=False)

    text = pdf_text(document.pdf)
    for expected in (
        "Kallelse",
        "Åsa Öberg",
        "tisdag 24 november 2026 kl. 10:00–11:00",
        "Cora Behandlare",
        "Rum Björken",
        "Testmottagningen",
        "031-390 06 01",
        "Sida 1 av 1",
    ):
        assert expected in text, expected
    assert MARKER not in text and "SEKRETESS" not in text
    assert "Älvgatan" not in text, "handed over: no address"
    metadata = " ".join(str(v) for v in (pdf_reader(document.pdf).metadata or {}).values())
    assert "Åsa" not in metadata and "Öberg" not in metadata
    assert [
        e.client_id for e in entries_of(scheduler, seq, LogAction.APPOINTMENT_LETTER_PRINTED)
    ] == [client.id]


def test_a_letter_is_posted_home_only_when_the_client_agreed(scheduler, booked):
    _, appointment = booked(ContactRules(may_send_letters=False, may_use_clinic_name=True))
    with pytest.raises(NoLetterHome, match="Sälgen has not agreed to letters at home"):
        scheduler.appointment_letters.render(appointment.id, posted=True)


def test_a_posted_letter_carries_the_address(scheduler, booked):
    _, appointment = booked()
    text = pdf_text(scheduler.appointment_letters.render(appointment.id, posted=True).pdf)
    assert "Älvgatan 5" in text and "416 64 Göteborg" in text


def test_protected_identity_never_has_an_address_printed(scheduler, booked):
    rules = ContactRules(may_send_letters=True, may_use_clinic_name=True, protected_identity=True)
    _, appointment = booked(rules)
    with pytest.raises(InvalidInput, match="protected identity"):
        scheduler.appointment_letters.render(appointment.id, posted=True)
    text = pdf_text(scheduler.appointment_letters.render(appointment.id, posted=False).pdf)
    assert "Älvgatan" not in text


def test_never_the_clinics_name_gives_a_neutral_sender(scheduler, booked):
    _, appointment = booked(ContactRules(may_send_letters=True, may_use_clinic_name=False))

    document = scheduler.appointment_letters.render(appointment.id, posted=True)

    text = pdf_text(document.pdf)
    metadata = " ".join(str(v) for v in (pdf_reader(document.pdf).metadata or {}).values())
    for revealing in ("Testmottagningen", "Provgatan", "mottagning"):
        assert revealing.lower() not in text.lower().replace("kallelse", ""), revealing
        assert revealing.lower() not in metadata.lower(), revealing
    assert "031-390 06 01" in text, "the client can still change the time"
