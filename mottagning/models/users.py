"""Staff accounts and their roles."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from mottagning.i18n import Text


class Role(StrEnum):
    COUNSELOR = "counselor"  # behandlare
    SCHEDULER = "scheduler"  # administratör
    LEAD = "lead"  # enhetschef

    @property
    def label(self) -> Text:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.COUNSELOR: Text("Roles", "Counselor"),
    Role.SCHEDULER: Text("Roles", "Administrator"),
    Role.LEAD: Text("Roles", "Clinic lead"),
}


@dataclass(frozen=True)
class User:
    id: str
    username: str
    full_name: str
    title: str  # professional title, printed on letters ("Socionom", "Leg. psykolog")
    role: Role
    active: bool
    must_change_password: bool
    created_at: datetime
    updated_at: datetime

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in self.full_name.split() if part).upper()


@dataclass(frozen=True)
class NewUser:
    """What the clinic lead fills in to create an account."""

    username: str
    full_name: str
    title: str
    role: Role
