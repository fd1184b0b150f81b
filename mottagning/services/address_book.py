"""The address book of receiving units (kept by the reception and the lead),
the lead's list of legal grounds besides consent, and the letter templates
per recipient type in versions (kept by the lead).

Reading any of them is open to all staff: none says anything about a client.
"""

import re
import uuid

from mottagning.errors import InvalidInput, NotFound
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.consent import LegalGround, Unit, UnitDetails, UnitType
from mottagning.models.letters import LetterTemplate
from mottagning.services.context import Context
from mottagning.services.permissions import Action
from mottagning.storage.address_book import AddressBookRepository

MAX_TEXT = 200
MAX_TEMPLATE_TEXT = 2000
LANGUAGES = ("sv", "en")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# The built-in texts until the lead saves a version of their own.
DEFAULT_TEXTS = {
    "sv": (
        "Vi remitterar härmed klienten till er för bedömning av frågeställningen nedan. "
        "Klienten har tagit del av remissen.",
        "Vi ser fram emot ert svar. Hör gärna av er till remittenten vid frågor.",
    ),
    "en": (
        "We hereby refer the client to you for an assessment of the question below. "
        "The client has seen this referral.",
        "We look forward to your reply. Please contact the referrer with any questions.",
    ),
}


def _required(value: str, field: Text, limit: int = MAX_TEXT) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise InvalidInput(field=field, problem=Text("Fields", "required"))
    if len(cleaned) > limit:
        raise InvalidInput(field=field, problem=Text("Fields", "too long"))
    return cleaned


class AddressBookService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._book = AddressBookRepository(context.db)

    # --- Units ------------------------------------------------------------------------

    def units(self, include_inactive: bool = False) -> list[Unit]:
        self._ctx.require(Action.VIEW_CLIENTS)
        return self._book.units(include_inactive)

    def unit(self, unit_id: str) -> Unit:
        self._ctx.require(Action.VIEW_CLIENTS)
        unit = self._book.unit(unit_id)
        if unit is None:
            raise NotFound(what=Text("Things", "unit"))
        return unit

    def save_unit(self, details: UnitDetails, unit_id: str | None = None) -> Unit:
        """A new unit, or a change of one (units are made inactive, never removed:
        the letters sent to them keep their name)."""
        self._ctx.require(Action.MANAGE_ADDRESS_BOOK)
        if unit_id is not None and self._book.unit(unit_id) is None:
            raise NotFound(what=Text("Things", "unit"))
        email = details.secure_email.strip()
        if email and not _EMAIL.match(email):
            raise InvalidInput(
                field=Text("Fields", "Secure e-mail"),
                problem=Text("Fields", "not an e-mail address"),
            )
        cleaned = UnitDetails(
            name=" ".join(_required(details.name, Text("Fields", "Name")).split()),
            unit_type=UnitType(details.unit_type),
            address=details.address.strip()[:MAX_TEXT],
            phone=" ".join(details.phone.split())[:60],
            secure_email=email[:MAX_TEXT],
            active=details.active,
        )
        unit_id = unit_id or str(uuid.uuid4())
        with self._ctx.db.transaction():
            self._book.save_unit(unit_id, cleaned, self._ctx.clinic.clock.now(), self._ctx.actor.id)
            self._ctx.record(LogAction.ADDRESS_BOOK_CHANGED, target_type="unit", target_id=unit_id)
        return self.unit(unit_id)

    # --- Legal grounds ------------------------------------------------------------------

    def legal_grounds(self, include_inactive: bool = False) -> list[LegalGround]:
        self._ctx.require(Action.VIEW_CLIENTS)
        return self._book.legal_grounds(include_inactive)

    def legal_ground(self, ground_id: str) -> LegalGround:
        self._ctx.require(Action.VIEW_CLIENTS)
        ground = self._book.legal_ground(ground_id)
        if ground is None:
            raise NotFound(what=Text("Things", "legal ground"))
        return ground

    def save_legal_ground(
        self, name: str, reference: str, ground_id: str | None = None, active: bool = True
    ) -> LegalGround:
        self._ctx.require(Action.MANAGE_LEGAL_GROUNDS)
        ground = LegalGround(
            ground_id or str(uuid.uuid4()),
            " ".join(_required(name, Text("Fields", "Name")).split()),
            " ".join(_required(reference, Text("Fields", "Legal reference")).split()),
            active,
        )
        with self._ctx.db.transaction():
            self._book.save_legal_ground(ground)
            self._ctx.record(
                LogAction.LEGAL_GROUNDS_CHANGED, target_type="legal_ground", target_id=ground.id
            )
        return ground

    # --- Letter templates -----------------------------------------------------------------

    def template(self, unit_type: UnitType, language: str = "sv") -> LetterTemplate:
        """The version in use: the lead's newest, else the built-in text (version 0)."""
        self._ctx.require(Action.VIEW_CLIENTS)
        language = language if language in LANGUAGES else "sv"
        saved = self._book.template(UnitType(unit_type), language)
        if saved is not None:
            return saved
        opening, closing = DEFAULT_TEXTS[language]
        return LetterTemplate(UnitType(unit_type), language, 0, opening, closing)

    def save_template(
        self, unit_type: UnitType, language: str, opening: str, closing: str
    ) -> LetterTemplate:
        """A new version; the earlier ones stay with the letters that used them."""
        self._ctx.require(Action.EDIT_LETTER_TEMPLATES)
        if language not in LANGUAGES:
            raise InvalidInput(
                field=Text("Fields", "Language"), problem=Text("Fields", "not a known language")
            )
        for text in (opening, closing):
            if len(text) > MAX_TEMPLATE_TEXT:
                raise InvalidInput(
                    field=Text("Fields", "Template"),
                    problem=Text("Fields", "at most 2,000 characters"),
                )
        current = self._book.template(UnitType(unit_type), language)
        template = LetterTemplate(
            UnitType(unit_type),
            language,
            (current.version if current else 0) + 1,
            opening.strip(),
            closing.strip(),
        )
        template_id = str(uuid.uuid4())
        with self._ctx.db.transaction():
            self._book.add_template(
                template_id, template, self._ctx.clinic.clock.now(), self._ctx.actor.id
            )
            self._ctx.record(
                LogAction.LETTER_TEMPLATE_SAVED,
                target_type="letter_template",
                target_id=template_id,
                detail=f"{template.unit_type.value} {language} v{template.version}",
            )
        return template
