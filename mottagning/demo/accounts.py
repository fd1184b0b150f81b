"""The demo clinic's staff. The first three are the fixed demo accounts listed
in the README, one per role; the others share the counselor's password."""

from dataclasses import dataclass

from mottagning.models.users import Role


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    full_name: str
    title: str
    role: Role
    active: bool = True


LEAD = DemoAccount("enhetschef", "lugn havsbris i maj", "Maria Lindqvist", "Enhetschef", Role.LEAD)
COUNSELOR = DemoAccount(
    "behandlare",
    "grön tekanna på bordet",
    "Johan Ek",
    "Socionom, leg. psykoterapeut",
    Role.COUNSELOR,
)
SCHEDULER = DemoAccount(
    "administrator", "sju röda cyklar i regn", "Sara Holm", "Administratör", Role.SCHEDULER
)

DEMO_ACCOUNTS = (
    LEAD,
    COUNSELOR,
    SCHEDULER,
    DemoAccount("amina.y", COUNSELOR.password, "Amina Yusuf", "Socionom", Role.COUNSELOR),
    DemoAccount("per.n", COUNSELOR.password, "Per Nilsson", "Leg. psykolog", Role.COUNSELOR),
    DemoAccount("lina.b", COUNSELOR.password, "Lina Berg", "Socionom", Role.COUNSELOR),
    DemoAccount(
        "karin.o", COUNSELOR.password, "Karin Öberg", "Socionom", Role.COUNSELOR, active=False
    ),
)
