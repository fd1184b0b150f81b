"""Where information may go: the address book of receiving units, and per
client the consents and other legal grounds that let it leave the reception.

Information leaves only with a consent covering the recipient and the scope
on that day, or with a recorded legal ground (DOMAIN.md, "Consent register").
"""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from mottagning.i18n import Text


class UnitType(StrEnum):
    PSYCHIATRY = "psychiatry"
    ADDICTION_CARE = "addiction_care"
    PRIMARY_CARE = "primary_care"
    WOMENS_CLINIC = "womens_clinic"
    INFECTION_CLINIC = "infection_clinic"
    YOUTH_CLINIC = "youth_clinic"
    SOCIAL_SERVICES = "social_services"
    ANTI_TRAFFICKING = "anti_trafficking"
    POLICE = "police"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return _UNIT_LABELS[self]


_UNIT_LABELS = {
    UnitType.PSYCHIATRY: Text("Letters", "Psychiatry"),
    UnitType.ADDICTION_CARE: Text("Letters", "Addiction care"),
    UnitType.PRIMARY_CARE: Text("Letters", "Primary care"),
    UnitType.WOMENS_CLINIC: Text("Letters", "Women's clinic"),
    UnitType.INFECTION_CLINIC: Text("Letters", "Infection clinic"),
    UnitType.YOUTH_CLINIC: Text("Letters", "Youth clinic"),
    UnitType.SOCIAL_SERVICES: Text("Letters", "Other social services"),
    UnitType.ANTI_TRAFFICKING: Text("Letters", "Anti-trafficking coordinator"),
    UnitType.POLICE: Text("Letters", "Police"),
    UnitType.OTHER: Text("Letters", "Other"),
}


@dataclass(frozen=True)
class UnitDetails:
    name: str
    unit_type: UnitType
    address: str = ""
    phone: str = ""
    secure_email: str = ""
    active: bool = True


@dataclass(frozen=True, kw_only=True)
class Unit(UnitDetails):
    id: str
    updated_at: datetime
    updated_by: str


class Scope(StrEnum):
    """What a consent lets go to its recipient."""

    IDENTITY = "identity"  # name and identity number
    CONTACT_DETAILS = "contact_details"  # address and phone
    ATTENDANCE = "attendance"  # that and when the client comes here
    ASSESSMENTS = "assessments"  # background, situation, plan goals
    QUESTIONNAIRES = "questionnaires"  # questionnaire results
    JOURNAL_EXTRACT = "journal_extract"

    @property
    def label(self) -> Text:
        return _SCOPE_LABELS[self]


_SCOPE_LABELS = {
    Scope.IDENTITY: Text("Letters", "identity (name, identity number)"),
    Scope.CONTACT_DETAILS: Text("Letters", "contact details"),
    Scope.ATTENDANCE: Text("Letters", "attendance"),
    Scope.ASSESSMENTS: Text("Letters", "assessments (background, situation, plan)"),
    Scope.QUESTIONNAIRES: Text("Letters", "questionnaire results"),
    Scope.JOURNAL_EXTRACT: Text("Letters", "journal extracts"),
}


class BasisKind(StrEnum):
    CONSENT = "consent"
    LEGAL_GROUND = "legal_ground"

    @property
    def label(self) -> Text:
        return {
            BasisKind.CONSENT: Text("Letters", "Consent"),
            BasisKind.LEGAL_GROUND: Text("Letters", "Legal ground"),
        }[self]


class ConsentForm(StrEnum):
    ORAL = "oral"
    WRITTEN = "written"

    @property
    def label(self) -> Text:
        return {
            ConsentForm.ORAL: Text("Letters", "Oral"),
            ConsentForm.WRITTEN: Text("Letters", "Written"),
        }[self]


@dataclass(frozen=True)
class LegalGround:
    """One entry of the clinic lead's list of grounds besides consent."""

    id: str
    name: str
    reference: str
    active: bool = True


@dataclass(frozen=True)
class Recipient:
    """A unit of the address book, or a named person (with their address)."""

    unit_id: str | None = None
    person_name: str = ""
    person_address: str = ""

    def same_as(self, other: "Recipient") -> bool:
        if self.unit_id or other.unit_id:
            return self.unit_id == other.unit_id
        return " ".join(self.person_name.lower().split()) == " ".join(
            other.person_name.lower().split()
        )


@dataclass(frozen=True)
class BasisDetails:
    """What the consent form (or the legal-ground form) records."""

    kind: BasisKind
    recipient: Recipient
    scopes: frozenset[Scope]
    purpose: str
    given_on: date
    valid_until: date | None = None
    form: ConsentForm | None = None  # consent only
    kept_at: str = ""  # where a written consent is kept
    ground_id: str | None = None  # legal ground only
    ground_name: str = ""  # as it read when recorded (the list can change)
    ground_reference: str = ""
    justification: str = ""


@dataclass(frozen=True, kw_only=True)
class DisclosureBasis(BasisDetails):
    id: str
    client_id: str
    recorded_by: str
    recorded_at: datetime
    withdrawn_on: date | None = None
    withdrawn_by: str | None = None

    def valid_on(self, day: date) -> bool:
        if day < self.given_on:
            return False
        if self.valid_until is not None and day > self.valid_until:
            return False
        return self.withdrawn_on is None or day < self.withdrawn_on

    def covers(self, scopes: frozenset[Scope], day: date) -> bool:
        return self.valid_on(day) and scopes <= self.scopes

    @property
    def ground_label(self) -> str:
        """ "Samtycke" is said by the UI; a ground by its own name and reference."""
        return f"{self.ground_name} ({self.ground_reference})" if self.ground_name else ""
