"""The reception's outward work, which the council motion also asks for:
trainings for professionals, attitude work in schools, information at events
and trade fairs, outreach on the street and online, consultations."""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from mottagning.i18n import Text


class OutwardKind(StrEnum):
    TRAINING = "training"
    SCHOOL_ATTITUDE_WORK = "school_attitude_work"
    EVENT_INFORMATION = "event_information"
    OUTREACH = "outreach"
    CONSULTATION = "consultation"

    @property
    def label(self) -> Text:
        return {
            OutwardKind.TRAINING: Text("OutwardWork", "Training for professionals"),
            OutwardKind.SCHOOL_ATTITUDE_WORK: Text("OutwardWork", "Attitude work in schools"),
            OutwardKind.EVENT_INFORMATION: Text("OutwardWork", "Information at events and fairs"),
            OutwardKind.OUTREACH: Text("OutwardWork", "Outreach on the street and online"),
            OutwardKind.CONSULTATION: Text("OutwardWork", "Consultation to professionals"),
        }[self]


class Audience(StrEnum):
    SCHOOL = "school"
    SOCIAL_SERVICES = "social_services"
    POLICE = "police"
    HEALTH_CARE = "health_care"
    HOSPITALITY_EVENTS = "hospitality_events"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return {
            Audience.SCHOOL: Text("OutwardWork", "School"),
            Audience.SOCIAL_SERVICES: Text("OutwardWork", "Social services"),
            Audience.POLICE: Text("OutwardWork", "Police"),
            Audience.HEALTH_CARE: Text("OutwardWork", "Health care"),
            Audience.HOSPITALITY_EVENTS: Text("OutwardWork", "Hospitality and events"),
            Audience.OTHER: Text("OutwardWork", "Other"),
        }[self]


@dataclass(frozen=True)
class OutwardWorkDetails:
    """What the form edits."""

    occurred_on: date
    kind: OutwardKind
    audience: Audience
    participants: int
    hours: float
    staff_ids: frozenset[str]
    description: str = ""


@dataclass(frozen=True, kw_only=True)
class OutwardWork(OutwardWorkDetails):
    id: str
    recorded_by: str
    created_at: datetime
    updated_at: datetime
