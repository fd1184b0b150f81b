"""Every kind of document shares the frame: A4, embedded TrueType fonts only
(no unembedded base-14 font), the language set, "Sida 1 av N" on each page,
and metadata that never names the client."""

from datetime import date

import pytest
from pypdf import PdfReader

from mottagning.models.journal import NoteType
from mottagning.models.letters import Channel
from tests.storage.letters_support import draft, pdf_reader, record_consent, save_unit
from tests.storage.reception import details, local, visit

A4 = (595.28, 841.89)


@pytest.fixture
def documents(counselor, scheduler, room) -> dict[str, bytes]:
    client, _ = counselor.clients.create(
        details(
            "Sälgen",
            first_name="Åsa",
            last_name="Öberg",
            birth_year=1985,
            counselor_ids=frozenset({counselor.user.id}),
        )
    )
    counselor.journal.sign(
        counselor.journal.start_note(client.id, NoteType.SESSION, body="Samtal om sömnen").id
    )
    counselor.measures.record(client.id, "phq9", [1, 1, 1, 1, 0, 0, 0, 0, 0])
    unit = save_unit(scheduler)
    record_consent(counselor, client.id, unit.id)
    _, referral = counselor.referrals.send(draft(client.id, unit.id), Channel.PRINTED)
    (appointment,) = scheduler.scheduling.book(
        visit(counselor.user.id, local(2026, 11, 24, 10), client_id=client.id, room_id=room.id)
    ).appointments
    review = counselor.access_requests.start(client.id)
    return {
        "referral": referral,
        "appointment letter": scheduler.appointment_letters.render(
            appointment.id, posted=False
        ).pdf,
        "schedule": scheduler.schedule_print.render(date(2026, 11, 24), week=True).pdf,
        "questionnaire report": counselor.questionnaire_reports.render(client.id).pdf,
        "record extract": counselor.access_requests.release(review.id).pdf,
    }


KINDS = ["referral", "appointment letter", "schedule", "questionnaire report", "record extract"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_document_has_the_shared_frame(documents, kind):
    reader: PdfReader = pdf_reader(documents[kind])
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (round(A4[0]), round(A4[1]))
        assert f"Sida {number} av {pages}" in page.extract_text()
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            assert font["/Subtype"] == "/TrueType", font
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    for secret in ("Åsa", "Öberg", "Sälgen", "19850312"):
        assert secret not in metadata
