"""Referral letters of the synthetic clinic: an address book with a unit of
every recipient type, and for about one course in eight a referral during
treatment, each with its consent (a few later withdrawn), the document as
sent, the disclosure-log entry and the row of the letter register.

It draws from its own random generator, so that adding letters leaves the
rest of the synthetic clinic (visits, notes, questionnaires) as it was.
"""

import hashlib
import random
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mottagning.models.access_log import LogAction, LogEvent
from mottagning.models.calendar import Appointment, AppointmentStatus
from mottagning.models.clients import Client
from mottagning.models.consent import (
    BasisKind,
    ConsentForm,
    DisclosureBasis,
    Recipient,
    UnitDetails,
    UnitType,
)
from mottagning.models.letters import REFERRAL_SCOPES, Channel, Disclosure, SentLetter
from mottagning.services.referrals import REFERRAL
from mottagning.services.unlocked_clinic import UnlockedClinic
from mottagning.storage.address_book import AddressBookRepository
from mottagning.storage.consents import ConsentRepository
from mottagning.storage.journal_cipher import JournalSeal
from mottagning.storage.letters import LetterRepository

_UNITS = (
    ("Psykiatrimottagningen", UnitType.PSYCHIATRY, 16),
    ("Beroendemottagningen", UnitType.ADDICTION_CARE, 14),
    ("Vårdcentralen Centrum", UnitType.PRIMARY_CARE, 12),
    ("Kvinnokliniken", UnitType.WOMENS_CLINIC, 10),
    ("Infektionskliniken", UnitType.INFECTION_CLINIC, 8),
    ("Ungdomsmottagningen", UnitType.YOUTH_CLINIC, 6),
    ("Socialtjänsten, vuxenenheten", UnitType.SOCIAL_SERVICES, 18),
    ("Regional samordnare mot människohandel", UnitType.ANTI_TRAFFICKING, 5),
    ("Polisen, region Syd", UnitType.POLICE, 3),
)
_PERSON_SHARE = 0.08  # a referral to a named person (a private therapist): type "other"
_REFERRED = 0.12  # of the courses with an attended visit
_WITHDRAWN = 0.06  # of the consents, some time after the letter

# A one-page PDF standing for every synthetic document (the text says what it is).
_DOCUMENT = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
    b"/Resources<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>>>>>endobj\n"
    b"4 0 obj<</Length 52>>stream\nBT /F1 14 Tf 72 760 Td (Syntetisk remiss) Tj ET\n"
    b"endstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


class SyntheticLetters:
    def __init__(
        self,
        clinic: UnlockedClinic,
        journal: JournalSeal,
        seed: int,
        log: list[tuple[datetime, LogEvent]],
        zone: ZoneInfo,
        end: datetime,
    ) -> None:
        self._rng = random.Random(f"letters-{seed}")
        self._log = log  # shared with the rest of the generator, written at the end
        self._zone = zone
        self._end = end
        self._book = AddressBookRepository(clinic.db)
        self._consents = ConsentRepository(clinic.db, journal)
        self._letters = LetterRepository(clinic.db, journal)
        self._units: list[tuple[str, str]] = []  # (id, name)
        self._weights: list[int] = []

    def address_book(self, start: date, lead_id: str) -> None:
        at = datetime.combine(start, time(8, 0), self._zone)
        for name, unit_type, weight in _UNITS:
            unit_id = str(uuid.uuid4())
            self._book.save_unit(unit_id, UnitDetails(name, unit_type), at, lead_id)
            self._units.append((unit_id, name))
            self._weights.append(weight)

    def after_course(self, client: Client, counselor: str, visits: Sequence[Appointment]) -> None:
        """Perhaps a referral after one of the course's attended visits."""
        rng = self._rng
        attended = [v for v in visits if v.status is AppointmentStatus.ATTENDED]
        if not attended or rng.random() >= _REFERRED:
            return
        visit = rng.choice(attended)
        sent_at = visit.ends_at + timedelta(hours=1)
        if sent_at >= self._end:
            return
        if rng.random() < _PERSON_SHARE:
            name = "Leg. psykoterapeut K. Holm"
            recipient = Recipient(None, name, "Box 12, 553 20 Jönköping")
        else:
            unit_id, name = rng.choices(self._units, weights=self._weights)[0]
            recipient = Recipient(unit_id)
        day = sent_at.astimezone(self._zone).date()
        basis = DisclosureBasis(
            kind=BasisKind.CONSENT,
            recipient=recipient,
            scopes=REFERRAL_SCOPES,
            purpose="Remiss för fortsatt behandling",
            given_on=day,
            form=rng.choice((ConsentForm.ORAL, ConsentForm.WRITTEN)),
            id=str(uuid.uuid4()),
            client_id=client.id,
            recorded_by=counselor,
            recorded_at=sent_at - timedelta(minutes=20),
        )
        self._consents.add(basis)
        document_id = str(uuid.uuid4())
        digest = hashlib.sha256(_DOCUMENT).hexdigest()
        self._letters.add_document(document_id, client.id, _DOCUMENT, digest, sent_at)
        disclosure = Disclosure(
            id=str(uuid.uuid4()),
            client_id=client.id,
            basis_id=basis.id,
            channel=rng.choice((Channel.PRINTED, Channel.PDF_FILE)),
            recipient=name,
            basis_text=f"Samtycke ({basis.form.value if basis.form else ''}), {day.isoformat()}",
            includes=(),
            document_id=document_id,
            document_hash=digest,
            user_id=counselor,
            disclosed_at=sent_at,
        )
        self._letters.add_disclosure(disclosure)
        letter = SentLetter(
            id=str(uuid.uuid4()),
            client_id=client.id,
            kind=REFERRAL,
            sender_id=counselor,
            sent_on=day,
            recipient=name,
            disclosure_id=disclosure.id,
            note_id=None,
            reply_expected_by=day + timedelta(days=30),
        )
        self._letters.add_letter(letter)
        self._log.append(
            (sent_at, LogEvent(LogAction.REFERRAL_SENT, counselor, client.id, "letter", letter.id))
        )
        if rng.random() < _WITHDRAWN:
            withdrawn = sent_at + timedelta(days=rng.randint(10, 200))
            if withdrawn < self._end:
                on = withdrawn.astimezone(self._zone).date()
                self._consents.withdraw(basis.id, on, counselor, withdrawn)
