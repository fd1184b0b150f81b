"""The client's right to read their record (GDPR art. 15, DOMAIN.md): a
confidentiality review by the client's counselor or the clinic lead, who may
release any text masked (third-party information taken out), then the
release of everything held on the client as PDF and JSON (format: README,
"Access-request extract"). The review, each masking and the release are
logged; a released review is never changed.
"""

import hashlib
import json
import uuid
from typing import Any

from mottagning.errors import InvalidInput, NotFound
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction, LogQuery
from mottagning.models.letters import AccessReview, ReleasedExtract, ReviewItem
from mottagning.scoring import UnknownInstrument, load_instrument
from mottagning.services.context import Context
from mottagning.services.need_to_know import NeedToKnow
from mottagning.services.permissions import Action
from mottagning.storage.access_reviews import AccessReviewRepository
from mottagning.storage.address_book import AddressBookRepository
from mottagning.storage.calendar import CalendarRepository
from mottagning.storage.clients import ClientRepository
from mottagning.storage.consents import ConsentRepository
from mottagning.storage.journal import JournalRepository
from mottagning.storage.letters import LetterRepository
from mottagning.storage.measures import MeasureRepository
from mottagning.storage.treatment_plans import TreatmentPlanRepository

FORMAT, FORMAT_VERSION = "mottagning-registerutdrag", 2  # 2: the access log
LOG_ENTRIES = 100_000  # of one client: years of daily work
MAX_TEXT = 100_000


class AccessRequestService:
    def __init__(self, context: Context, need_to_know: NeedToKnow) -> None:
        self._ctx = context
        self._need_to_know = need_to_know
        db, seal = context.db, context.journal
        self._reviews = AccessReviewRepository(db, seal)
        self._clients = ClientRepository(db)
        self._calendar = CalendarRepository(db)
        self._journal = JournalRepository(db, seal)
        self._plans = TreatmentPlanRepository(db, seal)
        self._measures = MeasureRepository(db, seal)
        self._consents = ConsentRepository(db, seal)
        self._letters = LetterRepository(db, seal)
        self._book = AddressBookRepository(db)

    def start(self, client_id: str) -> AccessReview:
        self._need_to_know.require(client_id, Action.REVIEW_ACCESS_REQUEST)
        if self._clients.get(client_id) is None:
            raise NotFound(what=Text("Things", "client"))
        review_id = str(uuid.uuid4())
        with self._ctx.db.transaction():
            self._reviews.start(
                review_id, client_id, self._ctx.actor.id, self._ctx.clinic.clock.now()
            )
            self._ctx.record(
                LogAction.ACCESS_REVIEW_STARTED,
                client_id=client_id,
                target_type="access_review",
                target_id=review_id,
            )
        return self.review(review_id)

    def review(self, review_id: str) -> AccessReview:
        client_id, released = self._review(review_id)
        return AccessReview(review_id, client_id, self._items(review_id, client_id), released)

    def mask(self, review_id: str, key: str, released_text: str) -> AccessReview:
        """Release the text of `key` as `released_text` (the original with the
        third-party information taken out)."""
        client_id, released = self._review(review_id)
        if released:
            raise InvalidInput(
                field=Text("Letters", "Access request"), problem=Text("Letters", "already released")
            )
        if key not in {item.key for item in self._items(review_id, client_id)}:
            raise NotFound(what=Text("Things", "note"))
        with self._ctx.db.transaction():
            self._reviews.mark(
                review_id,
                key,
                released_text[:MAX_TEXT],
                self._ctx.actor.id,
                self._ctx.clinic.clock.now(),
            )
            self._ctx.record(
                LogAction.ACCESS_REVIEW_MARKED,
                client_id=client_id,
                target_type="access_review",
                target_id=review_id,
                detail=key.split(":", maxsplit=1)[0],
            )
        return self.review(review_id)

    def release(self, review_id: str) -> ReleasedExtract:
        from mottagning.reports.extract import render_extract  # noqa: PLC0415 (reportlab, when needed)

        client_id, released = self._review(review_id)
        if released:
            raise InvalidInput(
                field=Text("Letters", "Access request"), problem=Text("Letters", "already released")
            )
        extract = self._extract(review_id, client_id)
        pdf = render_extract(extract).pdf
        digest = hashlib.sha256(pdf).hexdigest()
        with self._ctx.db.transaction():
            self._reviews.release(
                review_id, self._ctx.actor.id, self._ctx.clinic.clock.now(), digest
            )
            self._ctx.record(
                LogAction.ACCESS_EXTRACT_RELEASED,
                client_id=client_id,
                target_type="access_review",
                target_id=review_id,
                detail=digest[:16],
            )
        body = json.dumps(extract, ensure_ascii=False, indent=2).encode("utf-8")
        return ReleasedExtract(pdf, body, digest)

    def _review(self, review_id: str) -> tuple[str, bool]:
        self._ctx.require(Action.REVIEW_ACCESS_REQUEST)
        found = self._reviews.review(review_id)
        if found is None:
            raise NotFound(what=Text("Letters", "access request"))
        client_id, released_at = found
        self._need_to_know.require(client_id, Action.REVIEW_ACCESS_REQUEST)
        return client_id, released_at is not None

    def _items(self, review_id: str, client_id: str) -> tuple[ReviewItem, ...]:
        marked = self._reviews.marked(review_id)
        items = []
        for note in self._journal.client_notes(client_id):
            # A draft is an official document at once (DOMAIN.md): it is in, as a draft.
            kind = note.note_type.value if note.signed else "draft"
            key = f"note:{note.id}"
            items.append(
                ReviewItem(key, kind, note.note_date, note.author.name,
                           note.current_text, marked.get(key, note.current_text))
            )  # fmt: skip
            for amendment in note.addenda:
                key = f"amendment:{amendment.id}"
                items.append(
                    ReviewItem(key, "addendum", amendment.created_at.date(), amendment.author.name,
                               amendment.body, marked.get(key, amendment.body))
                )  # fmt: skip
        for plan in self._plans.of_client(client_id):
            key, text = f"plan:{plan.id}", f"{plan.goals}\n\n{plan.interventions}".strip()
            items.append(
                ReviewItem(key, "plan", plan.created_at.date(), "", text, marked.get(key, text))
            )
        return tuple(items)

    def _extract(self, review_id: str, client_id: str) -> dict[str, Any]:
        client = self._clients.get(client_id)
        assert client is not None
        items = {item.key: item for item in self._items(review_id, client_id)}
        units = {unit.id: unit.name for unit in self._book.units(include_inactive=True)}
        details = self._ctx.clinic.settings.details()
        zone = self._ctx.clinic.zone
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "released_on": self._ctx.clinic.today().isoformat(),
            "clinic": {"name": details.name, "address": details.address, "phone": details.phone},
            "client": {
                "alias": client.alias,
                "first_name": client.first_name,
                "last_name": client.last_name,
                "identity_number": client.identity.formatted() if client.identity else "",
                "gender": client.gender.value,
                "birth_year": client.birth_year,
                "home_municipality": client.home_municipality,
                "interpreter_language": client.interpreter_language,
                "phone": client.phone,
                "email": client.email,
                "address": client.address,
                "first_contact": client.first_contact.isoformat() if client.first_contact else "",
                "status": client.status.value,
            },
            "identity_history": [
                {
                    "identity_number": change.identity.formatted() if change.identity else "",
                    "changed_at": change.changed_at.astimezone(zone).isoformat(),
                }
                for change in self._clients.identity_history(client_id)
            ],
            "visits": [
                {
                    "starts_at": visit.starts_at.astimezone(zone).isoformat(),
                    "ends_at": visit.ends_at.astimezone(zone).isoformat(),
                    "contact_form": visit.contact_form.value,
                    "status": visit.status.value,
                }
                for visit in sorted(
                    self._calendar.client_appointments(client_id), key=lambda v: v.starts_at
                )
            ],
            "journal": [
                {
                    "date": item.day.isoformat(),
                    "kind": item.kind,
                    "author": item.author,
                    "text": item.released,
                    "masked": item.masked,
                }
                for item in items.values()
            ],
            "questionnaires": self._questionnaires(client_id),
            "consents": [
                {
                    "kind": basis.kind.value,
                    "recipient": units.get(basis.recipient.unit_id or "", "")
                    or basis.recipient.person_name,
                    "scopes": sorted(scope.value for scope in basis.scopes),
                    "purpose": basis.purpose,
                    "given_on": basis.given_on.isoformat(),
                    "valid_until": basis.valid_until.isoformat() if basis.valid_until else "",
                    "withdrawn_on": basis.withdrawn_on.isoformat() if basis.withdrawn_on else "",
                    "legal_ground": basis.ground_label,
                }
                for basis in self._consents.of_client(client_id)
            ],
            "disclosures": [
                {
                    "date": d.disclosed_at.astimezone(zone).date().isoformat(),
                    "recipient": d.recipient,
                    "channel": d.channel.value,
                    "ground": d.basis_text,
                    "included": list(d.includes),
                }
                for d in self._letters.disclosures(client_id)
            ],
            "access": self._access(client_id),
        }

    def _access(self, client_id: str) -> list[dict[str, Any]]:
        """Who looked at or changed the record, and when, from the access log:
        by role, not by name (staff names are released only on a decision of
        their own: in this work a client may be a danger to the staff)."""
        zone = self._ctx.clinic.zone
        roles = {user.id: user.role.value for user in self._ctx.clinic.users.all()}
        entries = self._ctx.clinic.access_log.query(
            LogQuery(client_id=client_id, limit=LOG_ENTRIES)
        )
        return [
            {
                "at": entry.at.astimezone(zone).isoformat(timespec="seconds"),
                "role": roles.get(entry.user_id or "", ""),
                "action": entry.action.value,
            }
            for entry in sorted(entries, key=lambda e: (e.at, e.seq))
        ]

    def _questionnaires(self, client_id: str) -> list[dict[str, Any]]:
        found = []
        for record in self._measures.for_client(client_id):
            try:
                name = load_instrument(record.instrument_id).short_name
            except UnknownInstrument:
                name = record.instrument_id
            found.append(
                {
                    "instrument": name,
                    "date": record.administered_on.isoformat(),
                    "total": record.total,
                    "band": record.band or "",
                }
            )
        return found
