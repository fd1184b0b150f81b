"""Referral letters: the document read back with pypdf (Swedish text, fonts
embedded, metadata, pages, one client's data only), the minimum-necessary
parts, the protected-identity rule, and sending recorded in one transaction
(journal entry, disclosure log, the stored PDF, the letter register)."""

import hashlib
from datetime import date

import pytest
from pypdf.generic import NameObject

from mottagning.errors import InvalidInput, NeedToKnow, PermissionDenied
from mottagning.models.access_log import LogAction
from mottagning.models.clients import ContactRules
from mottagning.models.consent import Scope, UnitType
from mottagning.models.journal import NoteType
from mottagning.models.letters import Channel, Include
from mottagning.storage.letters import LetterRepository
from tests.storage.helpers import head_seq
from tests.storage.letters_support import draft, pdf_reader, pdf_text, record_consent, save_unit
from tests.storage.reception import (
    OTHER_PERSONNUMMER,
    PERSONNUMMER,
    details,
    edited,
    entries_of,
    identity,
)
from tests.support import COUNSELOR_PASSWORD, LEAD_PASSWORD

ALL = frozenset(Include)
EVERY_SCOPE = tuple(Scope)


@pytest.fixture
def unit(scheduler):
    return save_unit(scheduler)


@pytest.fixture
def asa(counselor):
    """A client with every field a referral could print, all distinct."""
    client, _ = counselor.clients.create(
        details(
            "Sjöfågel",
            first_name="Åsa",
            last_name="Öberg",
            birth_year=1985,
            identity=identity(PERSONNUMMER),
            phone="070-111 22 33",
            address="Älvgatan 5\n416 64 Göteborg",
            interpreter_language="arabiska",
            counselor_ids=frozenset({counselor.user.id}),
        )
    )
    return client


@pytest.fixture
def bertil(counselor):
    client, _ = counselor.clients.create(
        details(
            "Nattugglan",
            first_name="Bertil",
            last_name="Bengtsson",
            birth_year=1990,
            identity=identity(OTHER_PERSONNUMMER),
            phone="073-999 88 77",
            address="Bergsgatan 9\n411 11 Göteborg",
            interpreter_language="tigrinja",
            counselor_ids=frozenset({counselor.user.id}),
        )
    )
    return client


def _with_record(counselor, client, words: str) -> str:
    """A signed note, a plan and two questionnaires, each carrying `words`."""
    note = counselor.journal.start_note(client.id, NoteType.SESSION, body=f"Samtal om {words}")
    counselor.journal.sign(note.id)
    counselor.plans.save(client.id, f"Mål: {words}", "Samtal", [], None)
    counselor.measures.record(
        client.id, "phq9", [2, 2, 2, 1, 1, 1, 1, 1, 0], administered_on=date(2026, 10, 1)
    )
    counselor.measures.record(
        client.id, "phq9", [1, 1, 1, 1, 0, 0, 0, 0, 0], administered_on=date(2026, 11, 20)
    )
    return note.id


def test_the_referral_holds_domain_content_in_swedish(counselor, asa, unit):
    record_consent(counselor, asa.id, unit.id)
    document = counselor.referrals.preview(draft(asa.id, unit.id))
    text = pdf_text(document.pdf)

    for expected in (
        "Remiss",
        "Åsa Öberg",
        "arabiska",  # interpreter language
        "Frågeställning",
        "Bedömning av alkoholbruk och behov av abstinensbehandling?",
        "Bakgrund",
        "Aktuell situation",
        "sömnsvårigheter",
        "Beroendemottagningen Väst",  # the receiving unit and its address
        "413 45 Göteborg",
        "Testmottagningen",  # the sending unit from the clinic's details
        "Provgatan 1",
        "Cora Behandlare",  # the referrer, with title
        "Socionom",
        "2026-11-23",
        "Muntligt samtycke lämnat 2026-11-02",
        "SEKRETESS",
        "Sida 1 av 1",
    ):
        assert expected in text, expected


def test_every_part_of_the_record_is_off_until_switched_on(counselor, asa, unit):
    record_consent(counselor, asa.id, unit.id, *EVERY_SCOPE)
    note_id = _with_record(counselor, asa, "sömnen")

    off = pdf_text(counselor.referrals.preview(draft(asa.id, unit.id)).pdf)
    on = pdf_text(
        counselor.referrals.preview(
            draft(asa.id, unit.id, includes=ALL, journal_note_ids=(note_id,))
        ).pdf
    )

    parts = (
        "19850312-1231",
        "070-111 22 33",
        "Älvgatan 5",
        "Mål: sömnen",
        "PHQ-9",
        "Samtal om sömnen",
    )
    for part in parts:
        assert part not in off, part
        assert part in on, part


def test_the_pdf_embeds_its_fonts_sets_its_language_and_hides_the_client_in_metadata(
    counselor, asa, unit
):
    record_consent(counselor, asa.id, unit.id, *EVERY_SCOPE)
    document = counselor.referrals.preview(draft(asa.id, unit.id, includes=ALL))
    reader = pdf_reader(document.pdf)

    fonts = []
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            fonts.append(font)
            assert font["/Subtype"] == "/TrueType"  # no unembedded base-14 font
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert fonts
    assert reader.trailer["/Root"][NameObject("/Lang")] == "sv-SE"
    metadata = reader.metadata
    assert metadata is not None
    assert metadata.title == "Remiss"
    values = " ".join(str(value) for value in metadata.values())
    for secret in ("Åsa", "Öberg", "Sjöfågel", "19850312", "8503121231"):
        assert secret not in values
    assert len(reader.pages) == document.pages == 1
    assert document.sha256 == hashlib.sha256(document.pdf).hexdigest()


def test_a_long_referral_numbers_its_pages_and_marks_each_secret(counselor, asa, unit):
    record_consent(counselor, asa.id, unit.id)
    long = "Klienten berättar om en svår period med många möten. " * 45
    document = counselor.referrals.preview(draft(asa.id, unit.id, background=long))
    reader = pdf_reader(document.pdf)

    assert len(reader.pages) == document.pages == 2
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Sida {number} av 2" in text
        assert "SEKRETESS" in text


def test_an_english_referral_uses_english_words(counselor, asa, unit):
    record_consent(counselor, asa.id, unit.id)
    document = counselor.referrals.preview(draft(asa.id, unit.id, language="en"))
    text = pdf_text(document.pdf)
    assert "Referral" in text and "Question to be answered" in text and "Page 1 of 1" in text
    assert pdf_reader(document.pdf).trailer["/Root"]["/Lang"] == "en-GB"


def test_values_are_printed_as_written_never_as_markup(counselor, asa, unit):
    record_consent(counselor, asa.id, unit.id)
    question = 'Är <b>fet</b> & <font size="40">stor</font> text möjlig?'
    text = pdf_text(counselor.referrals.preview(draft(asa.id, unit.id, question=question)).pdf)
    assert question in text.replace("\n", " ")


def test_a_document_holds_one_clients_data_only(counselor, asa, bertil, unit):
    record_consent(counselor, asa.id, unit.id, *EVERY_SCOPE)
    record_consent(counselor, bertil.id, unit.id, *EVERY_SCOPE)
    asa_note = _with_record(counselor, asa, "sömnen")
    bertil_note = _with_record(counselor, bertil, "nattskiftet")

    text = pdf_text(
        counselor.referrals.preview(
            draft(asa.id, unit.id, includes=ALL, journal_note_ids=(asa_note,))
        ).pdf
    )

    for field in (
        "Bertil",
        "Bengtsson",
        "Nattugglan",
        "19900101-9877",
        "073-999 88 77",
        "Bergsgatan",
        "tigrinja",
        "nattskiftet",
    ):
        assert field not in text, field
    with pytest.raises(InvalidInput, match="only this client's signed notes"):
        counselor.referrals.preview(
            draft(asa.id, unit.id, includes=ALL, journal_note_ids=(bertil_note,))
        )


def test_a_draft_is_no_part_of_an_extract(counselor, asa, unit):
    record_consent(counselor, asa.id, unit.id, Scope.JOURNAL_EXTRACT)
    note = counselor.journal.start_note(asa.id, NoteType.SESSION, body="Osignerat")
    with pytest.raises(InvalidInput, match="signed notes"):
        counselor.referrals.preview(
            draft(asa.id, unit.id, includes={Include.JOURNAL_EXTRACT}, journal_note_ids=(note.id,))
        )


def test_protected_identity_never_prints_an_address(counselor, asa, unit):
    counselor.clients.update(
        asa.id, edited(asa, contact_rules=ContactRules(protected_identity=True))
    )
    record_consent(counselor, asa.id, unit.id, *EVERY_SCOPE)

    assert Include.ADDRESS not in counselor.referrals.permitted_includes(asa.id, unit.id)
    with pytest.raises(InvalidInput, match="protected identity"):
        counselor.referrals.preview(draft(asa.id, unit.id, includes={Include.ADDRESS}))
    text = pdf_text(
        counselor.referrals.preview(draft(asa.id, unit.id, includes=ALL - {Include.ADDRESS})).pdf
    )
    assert "Älvgatan" not in text


def test_the_leads_template_version_is_used(lead, counselor, asa, unit):
    record_consent(counselor, asa.id, unit.id)
    first = counselor.address_book.template(UnitType.ADDICTION_CARE)
    assert first.version == 0

    saved = lead.address_book.save_template(
        UnitType.ADDICTION_CARE, "sv", "Vi önskar er bedömning av beroendet.", "Hälsningar"
    )

    assert saved.version == 1
    assert lead.address_book.save_template(UnitType.ADDICTION_CARE, "sv", "x", "y").version == 2
    lead.address_book.save_template(
        UnitType.ADDICTION_CARE, "sv", "Vi önskar er bedömning av beroendet.", "Hälsningar"
    )
    text = pdf_text(counselor.referrals.preview(draft(asa.id, unit.id)).pdf)
    assert "Vi önskar er bedömning av beroendet." in text
    assert "Hälsningar" in text
    with pytest.raises(PermissionDenied):
        counselor.address_book.save_template(UnitType.ADDICTION_CARE, "sv", "x", "y")


# --- Sending --------------------------------------------------------------------------------


def test_sending_records_the_journal_entry_the_disclosure_and_the_document(counselor, asa, unit):
    basis = record_consent(counselor, asa.id, unit.id, Scope.QUESTIONNAIRES)
    seq = head_seq(counselor)

    letter, pdf = counselor.referrals.send(
        draft(
            asa.id, unit.id, includes={Include.QUESTIONNAIRES}, reply_expected_by=date(2026, 12, 14)
        ),
        Channel.PRINTED,
    )

    digest = hashlib.sha256(pdf).hexdigest()
    (note,) = [n for n in counselor.journal.notes(asa.id) if n.note_type is NoteType.REFERRAL_SENT]
    assert note.signed and note.id == letter.note_id
    assert "Beroendemottagningen Väst" in note.body
    assert "skattningar" in note.body  # what was included
    assert "Muntligt samtycke lämnat 2026-11-02" in note.body  # on which ground
    assert digest in note.body
    (disclosure,) = counselor.referrals.disclosures(asa.id)
    assert (disclosure.client_id, disclosure.basis_id, disclosure.channel) == (
        asa.id,
        basis.id,
        Channel.PRINTED,
    )
    assert (disclosure.recipient, disclosure.document_hash, disclosure.user_id) == (
        "Beroendemottagningen Väst",
        digest,
        counselor.user.id,
    )
    assert disclosure.includes == ("questionnaires",)
    assert counselor.referrals.sent_document(letter.id) == pdf
    assert [e.action for e in entries_of(counselor, seq, LogAction.REFERRAL_SENT)] == [
        LogAction.REFERRAL_SENT
    ]
    assert counselor.referrals.letters(asa.id) == [letter]


def test_sending_is_one_transaction(counselor, asa, unit, monkeypatch):
    record_consent(counselor, asa.id, unit.id)

    def fail(self, letter):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(LetterRepository, "add_letter", fail)
    with pytest.raises(RuntimeError):
        counselor.referrals.send(draft(asa.id, unit.id), Channel.PRINTED)

    db = counselor.clinic.db
    for table in ("letter_documents", "disclosures", "letters"):
        assert db.scalar(f"SELECT COUNT(*) FROM {table}") == 0, table
    assert db.scalar("SELECT COUNT(*) FROM journal_notes WHERE note_type = 'referral_sent'") == 0


def test_the_stored_document_is_sealed_and_the_log_append_only(counselor, asa, unit):
    record_consent(counselor, asa.id, unit.id)
    counselor.referrals.send(draft(asa.id, unit.id), Channel.PDF_FILE)
    db = counselor.clinic.db

    stored = db.scalar("SELECT document FROM letter_documents")
    assert b"%PDF" not in stored and b"Remiss" not in stored
    assert b"JVBER" not in stored  # not even as base64
    for sql, message in (
        ("UPDATE disclosures SET channel = 'printed'", "append-only"),
        ("DELETE FROM disclosures", "append-only"),
        ("UPDATE letter_documents SET sha256 = 'x'", "kept as sent"),
        ("DELETE FROM letter_documents", "kept"),
        ("DELETE FROM letters", "keeps every letter"),
        ("UPDATE letters SET sent_on = '2020-01-01'", "registered once"),
    ):
        with pytest.raises(Exception, match=message):
            db.execute(sql)


def test_nothing_is_sent_without_a_basis_and_nothing_recorded(counselor, asa, unit):
    with pytest.raises(Exception, match="Nothing may be sent"):
        counselor.referrals.send(draft(asa.id, unit.id), Channel.PRINTED)
    assert counselor.clinic.db.scalar("SELECT COUNT(*) FROM disclosures") == 0


def test_only_the_clients_counselors_write_referrals(colleague, scheduler, counselor, asa, unit):
    record_consent(counselor, asa.id, unit.id)
    with pytest.raises(NeedToKnow):
        colleague.referrals.preview(draft(asa.id, unit.id))
    with pytest.raises(PermissionDenied):
        scheduler.referrals.preview(draft(asa.id, unit.id))


def test_a_question_is_required(counselor, asa, unit):
    record_consent(counselor, asa.id, unit.id)
    with pytest.raises(InvalidInput, match="Question"):
        counselor.referrals.preview(draft(asa.id, unit.id, question="  "))


# --- The letter register ----------------------------------------------------------------------


def test_a_late_reply_shows_until_it_is_recorded(lead, counselor, asa, unit, clock):
    record_consent(counselor, asa.id, unit.id)
    letter, _ = counselor.referrals.send(
        draft(asa.id, unit.id, reply_expected_by=date(2026, 11, 30)), Channel.PRINTED
    )
    assert counselor.referrals.overdue_replies() == []

    clock.advance(days=8)

    assert [item.id for item in counselor.referrals.overdue_replies()] == [letter.id]
    assert [item.id for item in lead.referrals.overdue_replies()] == [letter.id]
    assert [item.id for item in counselor.referrals.my_letters()] == [letter.id]
    with pytest.raises(InvalidInput, match="Reply received"):
        counselor.referrals.record_reply(letter.id, date(2026, 11, 1))

    replied = counselor.referrals.record_reply(letter.id, date(2026, 12, 1), "Kallad 15/12")

    assert (replied.reply_received_on, replied.reply_note) == (date(2026, 12, 1), "Kallad 15/12")
    assert counselor.referrals.overdue_replies() == []
    with pytest.raises(InvalidInput, match="already recorded"):
        counselor.referrals.record_reply(letter.id, date(2026, 12, 1))


def test_the_register_and_the_sent_document_survive_a_key_rotation(
    clinic, gate, lead, counselor, asa, unit
):
    """Everything sealed for letters is re-sealed with the journal (ALL_SEALED)."""
    basis = record_consent(counselor, asa.id, unit.id)
    letter, pdf = counselor.referrals.send(draft(asa.id, unit.id), Channel.PRINTED)
    counselor.referrals.record_reply(letter.id, date(2026, 11, 23), "Svar inkommet")

    gate.rotate_keys(lead, LEAD_PASSWORD, lambda fraction, step: None)
    gate.close()
    fresh = clinic.authenticator()
    try:
        cora = fresh.login("cora", COUNSELOR_PASSWORD)
        assert [b.id for b in cora.consents.bases(asa.id)] == [basis.id]
        assert cora.referrals.sent_document(letter.id) == pdf
        (disclosure,) = cora.referrals.disclosures(asa.id)
        assert disclosure.recipient == "Beroendemottagningen Väst"
        assert cora.referrals.letters(asa.id)[0].reply_note == "Svar inkommet"
    finally:
        fresh.close()


def test_only_the_chosen_questionnaires_go_in(counselor, asa, unit):
    record_consent(counselor, asa.id, unit.id, Scope.QUESTIONNAIRES)
    _with_record(counselor, asa, "sömnen")
    counselor.measures.record(asa.id, "gad7", [1, 1, 1, 1, 1, 1, 1])

    assert set(counselor.referrals.instruments(asa.id)) == {"phq9", "gad7"}
    text = pdf_text(
        counselor.referrals.preview(
            draft(
                asa.id,
                unit.id,
                includes={Include.QUESTIONNAIRES},
                instrument_ids=frozenset({"gad7"}),
            )
        ).pdf
    )
    assert "GAD-7" in text and "PHQ-9" not in text


def test_a_schedulers_database_key_reads_no_recipient_no_letter_and_no_reply(
    clinic, counselor, scheduler, asa, unit
):
    """The insider with the reception's password and the storage layer: every
    value of the letter tables, as stored, holds neither the recipient, nor
    the letter's text, nor the reply note."""
    from mottagning.storage.database import Database
    from mottagning.storage.keyslots import KeySlotFile
    from tests.support import SCHEDULER_PASSWORD

    record_consent(counselor, asa.id, unit.id)
    letter, _ = counselor.referrals.send(
        draft(asa.id, unit.id, question="Frågan PLAINTEXT-Q"), Channel.PRINTED
    )
    counselor.referrals.record_reply(letter.id, date(2026, 11, 23), "Svar PLAINTEXT-R")
    bundle = (
        KeySlotFile(clinic.files.keyslots).unlock_with_password("sam", SCHEDULER_PASSWORD).bundle
    )
    db = Database.open(clinic.files.database, bundle.database_key)
    try:
        for table in ("disclosure_bases", "disclosures", "letters", "letter_documents"):
            for row in db.query(f"SELECT * FROM {table}"):
                for value in row:
                    raw = value if isinstance(value, bytes) else str(value).encode()
                    for secret in (b"Beroendemottagningen", b"PLAINTEXT-Q", b"PLAINTEXT-R"):
                        assert secret not in raw, (table, secret)
    finally:
        db.close()
