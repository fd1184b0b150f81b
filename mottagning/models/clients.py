"""Clients (klienter): known by an alias; names, identity and contact details
are optional, and everything that contacts the client obeys their rules."""

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from mottagning.i18n import Text
from mottagning.models.identity import IdentityNumber


class Strand(StrEnum):
    MIKA = "mika"  # people who sell or sold sex, harm themselves with sex, were trafficked
    KAST = "kast"  # people who buy sex and want to stop

    @property
    def label(self) -> Text:
        return {Strand.MIKA: Text("Clients", "MIKA"), Strand.KAST: Text("Clients", "KAST")}[self]


class TargetGroup(StrEnum):
    SELLING_SEX = "selling_sex"
    SEX_AS_SELF_HARM = "sex_as_self_harm"
    TRAFFICKING = "trafficking"
    BUYING_SEX = "buying_sex"
    COMPULSIVE_SEXUAL_BEHAVIOUR = "compulsive_sexual_behaviour"
    RELATIVE = "relative"
    PROFESSIONAL = "professional_consultation"

    @property
    def label(self) -> Text:
        return _TARGET_GROUP_LABELS[self]


_TARGET_GROUP_LABELS = {
    TargetGroup.SELLING_SEX: Text("Clients", "Sells or has sold sex"),
    TargetGroup.SEX_AS_SELF_HARM: Text("Clients", "Sex as self-harm"),
    TargetGroup.TRAFFICKING: Text("Clients", "Trafficking"),
    TargetGroup.BUYING_SEX: Text("Clients", "Buys sex"),
    TargetGroup.COMPULSIVE_SEXUAL_BEHAVIOUR: Text("Clients", "Compulsive sexual behaviour"),
    TargetGroup.RELATIVE: Text("Clients", "Relative"),
    TargetGroup.PROFESSIONAL: Text("Clients", "Professional consultation"),
}


class Gender(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    NON_BINARY_OTHER = "non_binary_other"
    NOT_STATED = "not_stated"

    @property
    def label(self) -> Text:
        return {
            Gender.WOMAN: Text("Clients", "Woman"),
            Gender.MAN: Text("Clients", "Man"),
            Gender.NON_BINARY_OTHER: Text("Clients", "Non-binary / other"),
            Gender.NOT_STATED: Text("Clients", "Not stated"),
        }[self]


class AgeBand(StrEnum):
    """When only an approximate age is known (the yearly numbers' bands)."""

    UNDER_18 = "under_18"
    FROM_18_TO_24 = "18_24"
    FROM_25_TO_34 = "25_34"
    FROM_35_TO_49 = "35_49"
    FROM_50 = "50_plus"

    @property
    def label(self) -> Text:
        return {
            AgeBand.UNDER_18: Text("Clients", "Under 18"),
            AgeBand.FROM_18_TO_24: Text("Clients", "18-24"),
            AgeBand.FROM_25_TO_34: Text("Clients", "25-34"),
            AgeBand.FROM_35_TO_49: Text("Clients", "35-49"),
            AgeBand.FROM_50: Text("Clients", "50 or older"),
        }[self]


class ReferralSource(StrEnum):
    SELF = "self"
    POLICE = "police"
    PSYCHIATRY = "psychiatry"
    SOCIAL_SERVICES = "social_services"
    HEALTH_CARE = "health_care"
    VOLUNTARY_ORGANISATION = "voluntary_organisation"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return {
            ReferralSource.SELF: Text("Clients", "Self"),
            ReferralSource.POLICE: Text("Clients", "Police"),
            ReferralSource.PSYCHIATRY: Text("Clients", "Psychiatry"),
            ReferralSource.SOCIAL_SERVICES: Text("Clients", "Social services"),
            ReferralSource.HEALTH_CARE: Text("Clients", "Health care"),
            ReferralSource.VOLUNTARY_ORGANISATION: Text("Clients", "Voluntary organisation"),
            ReferralSource.OTHER: Text("Clients", "Other"),
        }[self]


class ClientStatus(StrEnum):
    WAITING = "waiting"
    ACTIVE = "active"
    CLOSED = "closed"

    @property
    def label(self) -> Text:
        return {
            ClientStatus.WAITING: Text("Clients", "Waiting"),
            ClientStatus.ACTIVE: Text("Clients", "Active"),
            ClientStatus.CLOSED: Text("Clients", "Closed"),
        }[self]


@dataclass(frozen=True)
class ContactRules:
    """How the clinic may reach the client. All off until agreed with the client:
    a letter or a voicemail can put someone in danger."""

    may_phone: bool = False
    may_leave_voicemail: bool = False
    may_send_letters: bool = False
    may_use_clinic_name: bool = False  # e.g. say "Mottagningen" on the phone, print it on envelopes
    protected_identity: bool = False  # skyddade personuppgifter: extra care in every output


@dataclass(frozen=True)
class ClientDetails:
    """What the register form edits; the service validates and normalises it."""

    alias: str
    strand: Strand
    first_name: str = ""
    last_name: str = ""
    identity: IdentityNumber | None = None
    no_identity_decision: str = ""  # "no identity recorded": the committee's decision reference
    target_groups: frozenset[TargetGroup] = frozenset()
    gender: Gender = Gender.NOT_STATED
    birth_year: int | None = None
    age_band: AgeBand | None = None
    home_municipality: str = ""
    referral_source: ReferralSource | None = None
    interpreter_language: str = ""
    counselor_ids: frozenset[str] = frozenset()
    status: ClientStatus = ClientStatus.ACTIVE  # waiting means on the waiting list
    closed_reason: str = ""
    first_contact: date | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    contact_rules: ContactRules = field(default_factory=ContactRules)


@dataclass(frozen=True, kw_only=True)
class Client(ClientDetails):
    id: str
    created_at: datetime
    updated_at: datetime

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    @property
    def initials(self) -> str:
        letters = "".join(part[0] for part in (self.first_name, self.last_name) if part)
        return letters.upper() or self.alias[:2].upper()

    def display_name(self, *, show_full_names: bool) -> str:
        """Alias by default (a semi-public desk); the name only when chosen."""
        if show_full_names and self.full_name and not self.contact_rules.protected_identity:
            return f"{self.full_name} ({self.alias})"
        return self.alias

    @property
    def details(self) -> ClientDetails:
        return ClientDetails(
            **{name: getattr(self, name) for name in ClientDetails.__dataclass_fields__}
        )


@dataclass(frozen=True)
class ClientSummary:
    """A search hit or a register row: enough to recognise, little to reveal."""

    id: str
    alias: str
    first_name: str
    last_name: str
    strand: Strand
    status: ClientStatus
    identity_masked: str  # "19850312-****" or ""
    protected_identity: bool
    counselor_ids: frozenset[str] = frozenset()
    first_contact: date | None = None

    def display_name(self, *, show_full_names: bool) -> str:
        full_name = " ".join(part for part in (self.first_name, self.last_name) if part)
        if show_full_names and full_name and not self.protected_identity:
            return f"{full_name} ({self.alias})"
        return self.alias


@dataclass(frozen=True)
class IdentityChange:
    """One entry of a client's identity history."""

    identity: IdentityNumber | None
    no_identity_decision: str
    changed_at: datetime
    changed_by: str


class ConcernReason(StrEnum):
    UNDER_18 = "under_18"
    UNDER_AGE_LIMIT = "under_age_limit"


class ConcernAnswer(StrEnum):
    REPORT_MADE = "report_made"
    WILL_REPORT = "will_report"
    ALREADY_REPORTED = "already_reported"
    NOT_NEEDED = "not_needed"

    @property
    def label(self) -> Text:
        return {
            ConcernAnswer.REPORT_MADE: Text("Clients", "A report of concern has been made"),
            ConcernAnswer.WILL_REPORT: Text("Clients", "A report of concern will be made"),
            ConcernAnswer.ALREADY_REPORTED: Text("Clients", "Already reported by someone else"),
            ConcernAnswer.NOT_NEEDED: Text("Clients", "Considered: no report needed"),
        }[self]


@dataclass(frozen=True)
class ConcernConsideration:
    id: str
    client_id: str
    reason: ConcernReason
    prompted_at: datetime
    prompted_by: str
    answer: ConcernAnswer | None
    note: str
    answered_at: datetime | None
    answered_by: str | None

    @property
    def pending(self) -> bool:
        return self.answer is None
